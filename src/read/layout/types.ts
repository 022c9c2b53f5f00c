/**
 * What paged readers (PDF text layer, OCR) hand to the geometry-based layout reconstruction: positioned words and
 * drawn ruling lines of one page, in page coordinates with the origin at the top-left and y growing downwards.
 * Both the pdf.js text layer and tesseract's word boxes are turned into this shape, so a table from a scan and a
 * table from a digital PDF are rebuilt by the same code.
 */

export interface PositionedText {
  text: string;
  /** Left edge, top edge, width, height, in the page's units (PDF points; for OCR, points scaled from pixels). */
  x: number;
  y: number;
  width: number;
  height: number;
  bold?: boolean;
  italic?: boolean;
  /** Recognition confidence 0–100, OCR only. */
  confidence?: number;
  /**
   * A PDF text run's pieces between the gaps its producer left in it (see `RunPiece` in text-runs.ts), placed on the
   * page: the layout reads them as items of their own, so that what another font drew into a gap lands in it.
   */
  pieces?: Array<{ text: string; x: number; width: number }>;
  /** Set on a piece that followed such a gap: pdf.js read the gap as a space, unless something fills it. */
  afterGap?: boolean;
}

/** A drawn line segment (a table border): horizontal when y1 === y2, vertical when x1 === x2 (within tolerance). */
export interface Ruling {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PositionedText[];
  rulings: Ruling[];
  /** True when the words came from OCR. */
  ocr: boolean;
  /** True when OCR turned the page (fed upside down or sideways) before reading it: its size is the turned page's. */
  turned?: boolean;
  /** Pen ink (handwriting) on the page's printed lines, dropped out before OCR. */
  handwriting?: HandwrittenWord[];
}

/** Pen ink on a printed OCR line (left out of the image OCR reads): where it is, by the printed words before it. */
export interface HandwrittenWord {
  page: number;
  /** The line's printed words before it, as OCR read them ("Số:", "Hà Nội, ngày"). */
  after: string;
}
