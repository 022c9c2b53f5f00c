/**
 * The one document model every reader produces (unist-style plain objects).
 *
 * Nothing after the readers looks at the input format again: a DOCX table, a PDF table rebuilt from geometry and a
 * TAB-separated text table are all the same `Table` node. Text in the model has markup removed (no `**`, no HTML
 * tags) but is otherwise as written: normalisation (NFC, folding white space, bullets) happens in `normalize/`.
 */
import type { Position } from "../diagnostics.js";

/** Every input format cchc reads: the one list that detection, batch discovery and the output schema use. */
export const INPUT_FORMATS = ["txt", "md", "html", "docx", "doc", "pdf"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The file extensions that name each format (detection falls back to them; batch discovery looks for them). */
export const INPUT_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  ".pdf": "pdf",
  ".docx": "docx",
  ".doc": "doc",
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
};


/** Inline emphasis that layout readers can tell; the segmenter uses it to recognise header lines. */
export interface Emphasis {
  bold?: boolean;
  italic?: boolean;
}

/**
 * One paragraph of running text. `lines` keeps the source's line breaks inside the paragraph (soft wraps, `<br>`,
 * Markdown hard breaks): the header of a plan puts one fact per line, and the segmenter needs them apart.
 */
export interface Paragraph {
  type: "paragraph";
  lines: string[];
  /**
   * True when the breaks between `lines` are the writer's own (HTML `<br>`), not a layout's wrapping: in a lead or
   * partner cell they can separate two agencies.
   */
  hardBreaks?: boolean;
  /**
   * True when the reader laid the lines out from a page's geometry (a PDF's text layer, a scan) and ended the
   * paragraph wherever a line stopped short: every break left between `lines` is a wrap at the edge of the text, so
   * a line ending in ":" or ";" there ends no item of a list.
   */
  wrapped?: boolean;
  /** A list marker the source gave this paragraph ("-", "•", "1.", "a)"), removed from `lines`. */
  marker?: string;
  emphasis?: Emphasis;
  /**
   * The paragraph's text up to the end of its first bold stretch, when plain text follows it on its first line
   * ("2. Bộ phận Một cửa" of "**2. Bộ phận Một cửa** Tiếp nhận …"): where a body's name set in bold ends. Readers of
   * formats that record emphasis by runs (DOCX, HTML, Markdown) set it.
   */
  boldLead?: string;
  /** Footnote text (⁽¹⁾ … at the foot of a page), kept out of the running text. */
  footnote?: boolean;
  /** One row of a table set inside a table cell, its cells joined by " | " (the model has no tables in cells). */
  nestedRow?: true;
  /**
   * Text read by OCR: the paragraph's words as the engine read them, in reading order, each with its confidence. The
   * header reader takes no số / ký hiệu or date from digits OCR was unsure of.
   */
  ocrWords?: OcrWord[];
  position: Position;
}

/** A word OCR read and the engine's confidence in it, 0–100 (tesseract's word confidence). */
export interface OcrWord {
  text: string;
  confidence: number;
}

export interface Heading {
  type: "heading";
  /** 1–6 where the source says (Markdown `#`, Word heading styles); 0 when only emphasis marks it. */
  depth: number;
  lines: string[];
  position: Position;
}

/** A cell's content: its paragraphs (and list items, as paragraphs with a marker) kept apart. */
export interface Cell {
  type: "cell";
  content: Paragraph[];
  rowSpan: number;
  colSpan: number;
  /**
   * Set on the grid positions a merged cell covers other than its own top-left one: `above` for a vertical merge,
   * `left` for a horizontal one. Such a cell carries a copy of the merged content; `merged` says it is not new text.
   */
  merged?: "above" | "left";
  position: Position;
}

export interface Row {
  type: "row";
  /** True when the source marks the row as a header (Word's repeat-header flag, `<th>`, a recognised header line). */
  isHeader: boolean;
  cells: Cell[];
  position: Position;
}

export interface Table {
  type: "table";
  rows: Row[];
  position: Position;
}

export interface PageBreak {
  type: "pageBreak";
  position: Position;
}

export type Block = Heading | Paragraph | Table | PageBreak;

export interface SourceInfo {
  format: InputFormat;
  pages: number | null;
  /** Pages (1-based) whose text came from OCR. */
  ocrPages: number[];
  /** The OCR engine that read them (native `tesseract` or the embedded tesseract.js), when any page was OCR'd. */
  ocrEngine?: "native" | "wasm";
  /**
   * Pen ink (a handwritten number or day, a signature) on OCR'd lines, left out of the text: each place by the printed
   * words before it on its line. The header reader says "written by hand" from them.
   */
  handwriting?: Array<{ page: number; after: string }>;
}

export interface DocumentModel {
  type: "root";
  children: Block[];
  source: SourceInfo;
}

export function paragraph(lines: string[], position: Position, extra: Partial<Paragraph> = {}): Paragraph {
  return { type: "paragraph", lines, position, ...extra };
}

export function cell(content: Paragraph[], position: Position, extra: Partial<Cell> = {}): Cell {
  return { type: "cell", content, rowSpan: 1, colSpan: 1, position, ...extra };
}

/** The paragraph's text with its line breaks folded to spaces (the usual way to read it). */
export function paragraphText(node: Paragraph | Heading): string {
  return node.lines.join(" ");
}

/** A cell's text, paragraphs joined by newlines (markers kept, so a reader can still see the list). */
export function cellText(node: Cell): string {
  return node.content.map((p) => (p.marker ? `${p.marker} ` : "") + p.lines.join(" ")).join("\n");
}

export function isEmptyCell(node: Cell): boolean {
  return node.content.every((p) => p.lines.every((l) => l.trim() === "") && !p.marker);
}
