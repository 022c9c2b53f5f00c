/** Resource limits with their defaults and the CLI flag that raises each (listed in the README). */
export interface Limits {
  /** Largest input file, bytes (--max-size). */
  maxBytes: number;
  /** Most PDF pages read (--max-pages). */
  maxPages: number;
  /** Most pages sent to OCR in one file (--max-ocr-pages). */
  maxOcrPages: number;
  /** Largest total uncompressed size of a DOCX / zip / a PDF's compressed streams (--max-decompressed). */
  maxDecompressedBytes: number;
  /** Most drawing operators on one PDF page (--max-page-operators). */
  maxPageOperators: number;
  /**
   * Most blocks in one document (--max-blocks): paragraphs and table rows. In DOCX and .doc files paragraphs inside
   * table cells count too, each costing the Word reader as much as a body paragraph.
   */
  maxBlocks: number;
  /** Most columns in one table (--max-columns). */
  maxColumns: number;
  /** Wall-clock time per file, milliseconds (--timeout); 0 = none. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 200 * 1024 * 1024,
  maxPages: 2000,
  maxOcrPages: 200,
  maxDecompressedBytes: 200 * 1024 * 1024,
  maxPageOperators: 2_000_000,
  maxBlocks: 150_000,
  maxColumns: 1000,
  timeoutMs: 10 * 60 * 1000,
};
