/**
 * An opt-in timeline of a scan's OCR, for finding where its time goes (bench/ocr-timeline.mjs reads it): with
 * `CCHC_OCR_TIMELINE=1`, one stderr line per event, `cchc-ocr-timeline <ms since start> <event> <page>`. Events: a
 * page's text layer is read (`text-layer`), its drawing starts (`draw`), it is drawn (`drawn`), found blank (`blank`), levelled (`levelled`), ready for OCR
 * with its rulings erased (`prepared`); its recognition is given an engine lane (`ocr-start`), its words are back on
 * the main thread (`ocr-end`) and placed on the page (`read`). The engines mark when a lane starts and stops working
 * (`lane-busy`, `lane-free`, page 0: a lane does not know its page, and table cells read again take a lane too).
 * Off (undefined) otherwise, so that a run pays one comparison per event.
 */
export const markOcr: ((event: string, page: number) => void) | undefined =
  process.env.CCHC_OCR_TIMELINE === "1"
    ? (event, page) => {
        process.stderr.write(`cchc-ocr-timeline ${performance.now().toFixed(1)} ${event} ${page}\n`);
      }
    : undefined;
