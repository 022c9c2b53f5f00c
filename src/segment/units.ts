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
  /** Every break between its lines is a wrap that a page's layout made (see `Paragraph.wrapped`). */
  wrapped?: boolean;
  /** Every break between its lines is the writer's own (see `Paragraph.hardBreaks`): one list item a line. */
  hardBreaks?: boolean;
  /** The words OCR read, with its confidence in each (text read by OCR only). */
  ocrWords?: OcrWord[];
  /** See `Paragraph.boldLead`. */
  boldLead?: string;
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
    ...(paragraph.wrapped ? { wrapped: true } : {}),
    ...(paragraph.hardBreaks ? { hardBreaks: true } : {}),
    ...(paragraph.ocrWords ? { ocrWords: paragraph.ocrWords } : {}),
    ...(paragraph.boldLead ? { boldLead: cleanInline(paragraph.boldLead) } : {}),
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
      if (!unit.wrapped) delete lastText.wrapped;
      // The page break between the halves is no break of the writer's.
      delete lastText.hardBreaks;
      if (unit.ocrWords) lastText.ocrWords = [...(lastText.ocrWords ?? []), ...unit.ocrWords];
      continue;
    }
    out.push(unit);
    if (!unit.footnote) lastText = unit;
  }
  return out;
}

/**
 * What an e-signature or a certified copy writes on a page (Nghị định 30/2020 copies, signing software's visible
 * signature): "Ký bởi: …", "Thời gian ký: 22.12.2025 09:10:11 +07:00", "SAO Y" / "SAO LỤC" / "TRÍCH SAO". A paragraph
 * holding such a line is the stamp's (signing software sets it apart in its own small print). "Người ký:" and "Ngày
 * ký:" are not such lines: web pages' info boxes label a document's signer and date with them.
 */
const STAMP_LINE = /^(?:(?:(?:được\s+)?ký(?:\s+số)?\s+bởi|thời\s+gian\s+ký|signed\s+by)\s*:|(?:SAO Y|SAO LỤC|TRÍCH SAO)(?:\s+BẢN CHÍNH)?\s*$)/iu;
/** The stamp's other lines, taken only beside a stamp line: the signer's e-mail, office, title. */
const STAMP_COMPANION = /^(?:email|e-mail|cơ\s+quan|chức\s+vụ|đơn\s+vị|tổ\s+chức)\s*:/iu;
/** A line between two stamp lines (the copying body's name under "SAO Y") is the stamp's when it is this short. */
const STAMP_NAME_LENGTH = 80;

export interface StampSplit {
  units: Unit[];
  /** The stamps left out, each as its run of units. */
  stamps: Unit[][];
}

/**
 * A unit holding a stamp's lines and other text (a stamp set in the body's type right under a paragraph, read into
 * it): the runs of stamp lines (a stamp line and the companion lines beside it) and of other lines as units of their own.
 */
function splitAtStampLines(unit: Unit): Unit[] {
  const stampy = unit.lines.map((l) => STAMP_LINE.test(l.trim()));
  if (!stampy.includes(true)) return [unit];
  for (let grown = true; grown; ) {
    grown = false;
    unit.lines.forEach((l, k) => {
      if (stampy[k] || !(stampy[k - 1] === true || stampy[k + 1] === true) || !STAMP_COMPANION.test(l.trim())) return;
      stampy[k] = true;
      grown = true;
    });
  }
  const parts: Unit[] = [];
  let from = 0;
  for (let k = 1; k <= unit.lines.length; k++) {
    if (k < unit.lines.length && stampy[k] === stampy[from]) continue;
    const lines = unit.lines.slice(from, k);
    const position = unit.position.line === undefined ? unit.position : { ...unit.position, line: unit.position.line + from };
    parts.push({ ...unit, lines, text: lines.join(" "), marker: from === 0 ? unit.marker : undefined, position });
    from = k;
  }
  return parts;
}

/** The units without e-signature and copy stamps: never a header fact, a section's text or a duty. */
export function withoutSignatureStamps(input: Unit[]): StampSplit {
  if (!input.some((u) => u.lines.some((l) => STAMP_LINE.test(l.trim())))) return { units: input, stamps: [] };
  const units = input.flatMap((u) => (u.footnote ? [u] : splitAtStampLines(u)));
  const isStamp = units.map((u) => !u.footnote && u.lines.some((l) => STAMP_LINE.test(l.trim())));
  // Companion lines join the stamp beside them, in either direction, as far as they run.
  let grown = true;
  while (grown) {
    grown = false;
    units.forEach((u, i) => {
      if (isStamp[i]) return;
      const beside = isStamp[i - 1] === true || isStamp[i + 1] === true;
      const between = isStamp[i - 1] === true && isStamp[i + 1] === true && u.text.length <= STAMP_NAME_LENGTH;
      if ((beside && u.lines.every((l) => STAMP_COMPANION.test(l.trim()))) || between) {
        isStamp[i] = true;
        grown = true;
      }
    });
  }
  const stamps: Unit[][] = [];
  const kept: Unit[] = [];
  units.forEach((u, i) => {
    if (!isStamp[i]) kept.push(u);
    else if (isStamp[i - 1] === true && stamps.length > 0) stamps[stamps.length - 1]!.push(u);
    else stamps.push([u]);
  });
  return { units: kept, stamps };
}

