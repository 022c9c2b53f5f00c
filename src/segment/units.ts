/**
 * The segmenter reads the document as a sequence of "units": the paragraphs and headings of the body in order,
 * with the paragraphs of small layout tables (the page-header table "agency | motto / Số | place, date", the
 * signature table "Nơi nhận | TM. ỦY BAN NHÂN DÂN …") spliced in where the table stands, because Vietnamese
 * documents put header facts in such tables. Task tables stay tables.
 */
import type { Block, OcrWord, Paragraph, Table } from "../model/types.js";
import type { Position } from "../diagnostics.js";
import { findTaskHeader } from "./task-header.js";
import { cleanInline } from "../normalize/text.js";

export interface Unit {
  /** Index of the block in the document's children. */
  block: number;
  /** The unit's lines, markup removed, white space folded (the marker, if any, is the start of the first line). */
  lines: string[];
  /** All lines joined by a space. */
  text: string;
  marker: string | undefined;
  kind: "heading" | "paragraph";
  bold: boolean;
  italic: boolean;
  footnote: boolean;
  /** True for paragraphs that sit in a (layout) table cell. */
  inTable: boolean;
  /** The words OCR read, with its confidence in each (text read by OCR only). */
  ocrWords?: OcrWord[];
  position: Position;
}

/** Tables that are not task tables (page header, signature block, a web page's info box) hold header facts. */
function isLayoutTable(table: Table): boolean {
  return table.rows.length <= 40 && findTaskHeader(table) === undefined;
}

export function toUnits(children: Block[]): Unit[] {
  const units: Unit[] = [];
  children.forEach((block, index) => {
    if (block.type === "paragraph") pushParagraph(units, block, index, false);
    else if (block.type === "heading") {
      const lines = block.lines.map(cleanInline).filter((l) => l !== "");
      if (lines.length) units.push({ block: index, lines, text: lines.join(" "), marker: undefined, kind: "heading", bold: true, italic: false, footnote: false, inTable: false, position: block.position });
    } else if (block.type === "table" && isLayoutTable(block)) {
      for (const row of block.rows) for (const c of row.cells) if (!c.merged) for (const p of c.content) pushParagraph(units, p, index, true);
    }
  });
  return mergeBrokenParagraphs(units);
}

function pushParagraph(units: Unit[], paragraph: Paragraph, index: number, inTable: boolean): void {
  const lines = paragraph.lines.map(cleanInline).filter((l) => l !== "");
  if (lines.length === 0) return;
  if (paragraph.marker) lines[0] = `${paragraph.marker} ${lines[0]}`;
  units.push({
    block: index,
    lines,
    text: lines.join(" "),
    marker: paragraph.marker,
    kind: "paragraph",
    bold: paragraph.emphasis?.bold === true,
    italic: paragraph.emphasis?.italic === true,
    // Footnote text starts with its marker (⁽¹⁾ …) in every format; readers that know footnotes flag them too.
    footnote: paragraph.footnote === true || /^\s*⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾/u.test(paragraph.lines[0] ?? ""),
    inTable,
    ...(paragraph.ocrWords ? { ocrWords: paragraph.ocrWords } : {}),
    position: paragraph.position,
  });
}

/**
 * A page break (with a footnote or blank lines in between) can cut a paragraph in two; the second half starts
 * with a lower-case letter and no marker. Join it back to the last running-text paragraph.
 */
function mergeBrokenParagraphs(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  let lastText: Unit | undefined;
  for (const unit of units) {
    const first = unit.text.charAt(0);
    const continues =
      lastText !== undefined &&
      lastText.kind === "paragraph" &&
      unit.kind === "paragraph" &&
      !unit.footnote &&
      !unit.marker &&
      !/^[a-zđ][).]\s/u.test(unit.text) &&
      !unit.inTable &&
      !lastText.inTable &&
      first !== "" &&
      first === first.toLocaleLowerCase("vi") &&
      first !== first.toLocaleUpperCase("vi") &&
      !/[.:;!?]$/.test(lastText.text);
    if (continues && lastText) {
      lastText.lines.push(...unit.lines);
      lastText.text = `${lastText.text} ${unit.text}`;
      if (unit.ocrWords) lastText.ocrWords = [...(lastText.ocrWords ?? []), ...unit.ocrWords];
      continue;
    }
    out.push(unit);
    if (!unit.footnote) lastText = unit;
  }
  return out;
}
