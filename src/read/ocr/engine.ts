/**
 * What an OCR engine hands back for a page, whichever engine it is: lines of words with their boxes in pixels of the
 * image it was given, each line with the baseline and row height tesseract measured (the layout rebuilds type-like
 * word boxes from them, `typeBoxes` in `../ocr.ts`). tesseract.js gives them as its `blocks`, native tesseract in
 * its hOCR (`./native.ts`): the same numbers from the same library.
 */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface RecognisedWord {
  text: string;
  bbox: PixelBox;
  /** 0–100. */
  confidence: number;
}

export interface RecognisedLine {
  words: RecognisedWord[];
  /** The line's baseline from its left end to its right end, when tesseract found one. */
  baseline?: PixelBox;
  /** tesseract's row height (x-height plus ascenders) and descenders, px. */
  rowHeight?: number;
  descenders?: number;
}

/** `auto`: native tesseract when it is on the PATH with the Vietnamese model, else the embedded tesseract.js. */
export type OcrEngineChoice = "auto" | "native" | "wasm";
export type OcrEngineName = "native" | "wasm";

/**
 * How tesseract segments the image: `page` finds columns and blocks (PSM 3); `block` reads it as one block of text
 * (PSM 6), which keeps a lone short word that page analysis drops as noise (cut-out table cells, `./cells.ts`).
 */
export type PageLayout = "page" | "block";

export interface OcrEngine {
  name: OcrEngineName;
  /**
   * Reads a grey page (binary PGM) rendered at `dpi`. At most `lanes` pages are read at once; `started` is called when
   * this page's turn comes (the caller renders the next page then, not sooner, so that few rendered pages wait).
   */
  recognise(pgm: Uint8Array, dpi: number, lanes: number, started: () => void, layout?: PageLayout): Promise<RecognisedLine[]>;
  /**
   * Starts, without waiting, what reading pages will need (workers, a model), so that it happens while the first page
   * is rendered rather than after. Failures are left for `recognise` to report.
   */
  warm?(lanes: number): void;
  /** Ends the engine's workers or processes, so that the process can exit. */
  terminate(): Promise<void>;
}
