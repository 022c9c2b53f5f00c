/**
 * Offline Vietnamese OCR for PDF pages without a usable text layer. Each page is rendered by pdf.js, levelled by our
 * own skew estimate, read by tesseract.js with the Vietnamese model shipped in node_modules (nothing is ever
 * fetched), and returned as the same `PageContent` the text layer gives: one item per recognised word with
 * its box in PDF points, plus ruling lines found on the image, so that the layout code rebuilds a scanned table the
 * same way as a digital one. Recognised words are corrected against the domain lexicon (`./ocr/correct.ts`).
 *
 * The PDF reader imports this module lazily; tesseract.js, pdf.js and the canvas are in turn imported lazily here.
 */
import os from "node:os";
import type Tesseract from "tesseract.js";
import type { Diagnostic } from "../model/types.js";
import type { PageContent, PositionedText } from "./layout/types.js";
import { correctWords, correctionDiagnostic } from "./ocr/correct.js";
import { acquireWorker, discardWorker, type OcrWorker, releaseWorker, terminatePool } from "./ocr/pool.js";
import { openForRendering, type RenderedPage, toPgm } from "./ocr/render.js";
import { detectRulings, rulingLimits } from "./ocr/rulings.js";

export interface OcrOptions {
  /** Most pages read at once; default and ceiling: the machine's cores (`os.availableParallelism()`). */
  concurrency?: number;
  /** Rendering resolution; default `DEFAULT_DPI`. */
  dpi?: number;
}

/**
 * 200 dpi, measured on two scans made from seed 000 (a text page and an appendix table page; LibreOffice PDF →
 * 200 dpi greyscale → rotated 0.7–1.5° → noise, and a second set with blur and heavy noise), one worker, this
 * 2-core machine:
 *
 *   dpi | text page CER clean / noisy | table page words found clean / noisy | seconds per page
 *   150 | 0.07% / 0.56%               | 91.0% / 91.8%                        | 3.8–5.1
 *   200 | 0.13% / 0.43%               | 95.2% / 96.0%                        | 4.5–6.2
 *   300 | 0.13% / 0.27%               | 91.8% / 93.3%                        | 6.5–7.6
 *
 * 300 dpi reads running text slightly better but tables worse and costs ~40% more time; 150 dpi loses the small
 * print of tables. 200 dpi is also what scanners and our scan fixtures produce, so nothing is upsampled.
 */
export const DEFAULT_DPI = 200;

/**
 * Below this mean word confidence a page gets an `ocr-low-confidence` warning. Clean and noisy 200 dpi scans of our
 * fixtures score 91–95; pages in the 60s are the ones where whole lines come out as garbage (blurred faxes, stamps
 * over text), so 70 separates "read, check the odd word" from "do not trust this page".
 */
export const LOW_CONFIDENCE = 70;

/** Punctuation-only "words" below this confidence are specks and border fragments, not a dash or a bullet. */
const MIN_SYMBOL_CONFIDENCE = 50;

export async function ocrPdfPages(
  data: Uint8Array,
  pages: number[],
  options: OcrOptions = {},
): Promise<{ pages: PageContent[]; diagnostics: Diagnostic[] }> {
  const dpi = options.dpi ?? DEFAULT_DPI;
  const diagnostics: Diagnostic[] = [];
  const wanted = [...new Set(pages)].sort((a, b) => a - b);
  if (wanted.length === 0) return { pages: [], diagnostics };

  const renderer = await openForRendering(data);
  const results = new Map<number, PageContent>();
  const pageDiagnostics = new Map<number, Diagnostic[]>();
  try {
    const valid = wanted.filter((page) => {
      if (Number.isInteger(page) && page >= 1 && page <= renderer.pageCount) return true;
      diagnostics.push({ severity: "warning", code: "ocr-failed", message: `page ${page} does not exist in this PDF (${renderer.pageCount} pages)` });
      return false;
    });
    const cores = os.availableParallelism();
    const lanes = Math.max(1, Math.min(cores, options.concurrency ?? cores, valid.length));
    const queue = [...valid];
    // Each lane renders its next page on the main thread while the other lanes' workers recognise theirs.
    const lane = async () => {
      for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
        const own: Diagnostic[] = [];
        pageDiagnostics.set(page, own);
        try {
          const rendered = await renderer.render(page, dpi);
          const worker = await acquireWorker(lanes);
          let recognised: Tesseract.Page;
          try {
            recognised = await recognise(worker, toPgm(rendered.gray, rendered.widthPx, rendered.heightPx), dpi);
            releaseWorker(worker);
          } catch (error) {
            await discardWorker(worker);
            throw error;
          }
          results.set(page, toPageContent(rendered, recognised, dpi, own));
        } catch (error) {
          own.push({ severity: "warning", code: "ocr-failed", message: `page ${page} could not be read by OCR: ${messageOf(error)}`, where: { page } });
        }
      }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    await renderer.close().catch(() => undefined);
  }
  for (const page of wanted) diagnostics.push(...(pageDiagnostics.get(page) ?? []));
  return { pages: wanted.flatMap((page) => results.get(page) ?? []), diagnostics };
}

export async function terminateOcrWorkers(): Promise<void> {
  await terminatePool();
}

async function recognise(worker: OcrWorker, image: Uint8Array, dpi: number): Promise<Tesseract.Page> {
  const result = await worker.recognize(
    Buffer.from(image.buffer, image.byteOffset, image.byteLength),
    // The page is already level (./ocr/render.ts), so word boxes and our rulings share one frame. user_defined_dpi:
    // the render resolution, so that tesseract does not guess it from the text size.
    { user_defined_dpi: String(dpi) } as Partial<Tesseract.RecognizeOptions>,
    { text: false, blocks: true },
  );
  return result.data;
}

function toPageContent(rendered: RenderedPage, recognised: Tesseract.Page, dpi: number, diagnostics: Diagnostic[]): PageContent {
  const page = rendered.page;
  const scaleX = rendered.widthPt / rendered.widthPx;
  const scaleY = rendered.heightPt / rendered.heightPx;

  const words: Tesseract.Word[] = [];
  for (const block of recognised.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          const text = word.text.normalize("NFC").trim();
          if (text === "") continue;
          if (!/[\p{L}\p{N}]/u.test(text) && word.confidence < MIN_SYMBOL_CONFIDENCE) continue;
          words.push({ ...word, text });
        }
      }
    }
  }

  const { words: texts, corrections } = correctWords(words.map((word) => word.text));
  for (const correction of corrections) diagnostics.push(correctionDiagnostic(correction, page));

  const items: PositionedText[] = words.map((word, i) => {
    const { x0, y0, x1, y1 } = clampBox(word.bbox, rendered.widthPx, rendered.heightPx);
    return {
      text: texts[i]!,
      x: x0 * scaleX,
      y: y0 * scaleY,
      width: (x1 - x0) * scaleX,
      height: (y1 - y0) * scaleY,
      confidence: Math.round(word.confidence),
    };
  });

  const pixelRulings = detectRulings(rendered.gray, rendered.widthPx, rendered.heightPx, rulingLimits(dpi, rendered.gray));
  const rulings = pixelRulings.map((ruling) => ({
    x1: ruling.x1 * scaleX,
    y1: ruling.y1 * scaleY,
    x2: ruling.x2 * scaleX,
    y2: ruling.y2 * scaleY,
  }));

  if (items.length === 0) {
    diagnostics.push({ severity: "info", code: "ocr-page", message: `page ${page} read by OCR (no text found)`, where: { page } });
  } else {
    const mean = items.reduce((sum, item) => sum + (item.confidence ?? 0), 0) / items.length;
    diagnostics.push({ severity: "info", code: "ocr-page", message: `page ${page} read by OCR (mean confidence ${Math.round(mean)})`, where: { page } });
    if (mean < LOW_CONFIDENCE) {
      diagnostics.push({
        severity: "warning",
        code: "ocr-low-confidence",
        message: `page ${page}: OCR mean confidence ${Math.round(mean)} is below ${LOW_CONFIDENCE}; its text may be wrong`,
        where: { page },
      });
    }
  }
  return { page, width: rendered.widthPt, height: rendered.heightPt, items, rulings, ocr: true };
}

function clampBox(box: Tesseract.Bbox, width: number, height: number): Tesseract.Bbox {
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  return { x0: clamp(box.x0, width), y0: clamp(box.y0, height), x1: clamp(box.x1, width), y1: clamp(box.y1, height) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
