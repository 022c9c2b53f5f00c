/**
 * The shape of mammoth's internal document tree (mammoth 1.x `lib/documents.js`), as far as this reader uses it.
 * mammoth ships no types for it: `transformDocument` is typed `(element: any) => any`.
 */

export interface MammothNumbering {
  isOrdered: boolean;
  level: string;
}

export interface MammothParagraph {
  type: "paragraph";
  children: MammothNode[];
  styleId: string | null;
  styleName: string | null;
  numbering: MammothNumbering | null;
}

export interface MammothRun {
  type: "run";
  children: MammothNode[];
  isBold: boolean;
  isItalic: boolean;
  /** The run's own font (`w:rFonts/@w:ascii`); absent in the trees the .doc reader builds. */
  font?: string | null;
  /** The run's character style (`w:rStyle`). */
  styleId?: string | null;
}

export interface MammothText {
  type: "text";
  value: string;
}

export interface MammothBreak {
  type: "break";
  breakType: "line" | "page" | "column";
}

export interface MammothCheckbox {
  type: "checkbox";
  checked: boolean;
}

export interface MammothNoteReference {
  type: "noteReference";
  noteType: "footnote" | "endnote";
  noteId: string;
}

export interface MammothTable {
  type: "table";
  children: MammothNode[];
}

export interface MammothTableRow {
  type: "tableRow";
  children: MammothNode[];
  isHeader: boolean;
}

export interface MammothTableCell {
  type: "tableCell";
  children: MammothNode[];
  colSpan: number;
  rowSpan: number;
}

/** Element kinds carrying children this reader walks through without meaning of their own. */
export interface MammothContainer {
  type: "hyperlink";
  children: MammothNode[];
}

export interface MammothOther {
  type: "tab" | "image" | "bookmarkStart" | "commentReference" | "comment" | "note";
}

export type MammothNode =
  | MammothParagraph
  | MammothRun
  | MammothText
  | MammothBreak
  | MammothCheckbox
  | MammothNoteReference
  | MammothTable
  | MammothTableRow
  | MammothTableCell
  | MammothContainer
  | MammothOther;

export interface MammothNote {
  noteType: string;
  noteId: string;
  body: MammothNode[];
}

export interface MammothDocument {
  type: "document";
  children: MammothNode[];
  notes: { resolve(reference: MammothNoteReference): MammothNote | null };
}

export interface MammothMessage {
  type: "warning" | "error";
  message: string;
}
