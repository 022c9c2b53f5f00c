/**
 * Text and Markdown plans → document model.
 *
 * Real text plans mix three things, and this reader splits the lines into runs of each before parsing them:
 * - TAB-separated table rows (one line a row, as document converters write tables), with blank lines where the
 *   original had page breaks;
 * - "pipe tables" of web-scraped plans: each cell a block of lines opened by a line holding only "|", two "|" lines
 *   in a row between table rows (see pipe-table.ts);
 * - prose in Markdown (remark-parse), with HTML fragments parsed by rehype.
 */
import type { Block, DocumentModel, InputFormat, Paragraph, Row, Table } from "../model/types.js";
import type { Diagnostic, Position } from "../diagnostics.js";
import { cell } from "../model/types.js";
import { append } from "./append.js";
import { htmlReader, loadHtmlReaderFor } from "./html-lazy.js";
import { markdownToBlocks, markdownToParagraphs, wrappingOf } from "./markdown.js";
import { type RawCell, parsePipeTables, usualLength } from "./pipe-table.js";

const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]{0,10}[\s>/]/;
const FOOTNOTE_START = /^⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾/;

/** `diagnostics` receives what the reader guessed (a scraped row's missing merged cells). */
export async function readText(text: string, format: Extract<InputFormat, "txt" | "md">, diagnostics: Diagnostic[] = []): Promise<DocumentModel> {
  await loadHtmlReaderFor(text);
  const raw = headerColumnsAsTabs(text.split(/\r\n|\r|\n/));
  const lines = format === "txt" ? (isLaidOut(raw) ? fromLayout(raw) : raw.map((line) => (FAR_PAGE_NUMBER.test(line) ? "" : line))) : raw;
  // Of the whole file: a run of prose between two tables is too short to tell how the writer broke lines.
  const wrapping = wrappingOf(lines);
  const children: Block[] = [];
  let prose: { start: number; lines: string[] } | undefined;
  const flushProse = () => {
    if (prose && prose.lines.some((l) => l.trim() !== "")) append(children, markFootnotes(markdownToBlocks(prose.lines.join("\n"), prose.start, { wrapping })));
    prose = undefined;
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.includes("\t") && line.replace(/\t/g, "").trim() !== "") {
      flushProse();
      const { table, end } = readTabTable(lines, i);
      children.push(table);
      i = end;
      continue;
    }
    if (line.trim() === "|") {
      flushProse();
      const { blocks, end } = parsePipeTables(lines, i);
      for (const block of blocks) {
        if (block.kind === "table") children.push(pipeTableToModel(block.rows, diagnostics));
        else append(children, markFootnotes(markdownToBlocks(block.lines.join("\n"), block.start, { wrapping })));
      }
      i = end;
      continue;
    }
    if (!prose) prose = { start: i, lines: [] };
    prose.lines.push(line);
    i += 1;
  }
  flushProse();
  return { type: "root", children, source: { format, pages: null, ocrPages: [] } };
}

/** A gap of spaces between two columns of a layout page (`pdftotext -layout`): "ỦY BAN NHÂN DÂN      CỘNG HÒA …". */
const COLUMN_GAP = / {6,}/;
const DOCUMENT_TYPE_LINE = /^[\s*#]*(?:KẾ HOẠCH|QUYẾT ĐỊNH)[\s*:]*$/u;

/**
 * Text laid out as the page was (`pdftotext -layout`) puts the two columns of the header, issuing body | national
 * motto and number | place and date, side by side on each line. Above the document type line, such a line is a row
 * of the header table: its column gap becomes a TAB, and the rows are read as the layout table they are.
 */
function headerColumnsAsTabs(lines: string[]): string[] {
  const typeLine = lines.slice(0, 200).findIndex((line) => DOCUMENT_TYPE_LINE.test(line));
  if (typeLine < 0) return lines;
  // The signature block is the same kind of table: "Nơi nhận:" | "TM. ỦY BAN NHÂN DÂN", the recipients beside the
  // signer's title and name, until the columns end.
  let signature = -1;
  // A further document in the file (a báo cáo after the plan, the plan after a decision) has a header of its own: the
  // lines from its national motto down to its type line.
  let laterHeader = -1;
  return lines.map((line, index) => {
    if (signature < 0 && index > typeLine && /^\s*Nơi nhận\b/u.test(line) && COLUMN_GAP.test(line.trim())) signature = index;
    if (index > typeLine && MOTTO_LINE.test(line)) laterHeader = index;
    if (laterHeader >= 0 && (index - laterHeader > 12 || ANY_TYPE_LINE.test(line))) laterHeader = -1;
    const inSignature = signature >= 0 && index - signature < 25;
    if ((index >= typeLine && !inSignature && laterHeader < 0) || line.includes("\t") || line.length > 400) return line;
    return asTabRow(line);
  });
}

const MOTTO_LINE = /CỘNG (?:HÒA|HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM/u;
const ANY_TYPE_LINE = /^[\s*#]*(?:KẾ HOẠCH|QUYẾT ĐỊNH|TỜ TRÌNH|PHIẾU TRÌNH|BÁO CÁO|THÔNG BÁO|CÔNG VĂN|GIẤY MỜI|BIÊN BẢN)[\s*:]*$/u;

function asTabRow(line: string): string {
  const trimmed = line.trim();
  const gap = columnGap(trimmed);
  if (!gap) return line;
  const left = trimmed.slice(0, gap.index);
  const right = trimmed.slice(gap.index + gap.length).trim();
  return right === "" || columnGap(right) ? line : `${left}\t${right}`;
}

/**
 * The first run of spaces in `text` that parts two columns. A draft leaves its number and day blank with spaces as
 * wide as a column gap ("Số:      /KH-UBND", "ngày      tháng 01 năm 2026"): a run right after "Số:", "ngày" or
 * "tháng", or right before "/", "tháng" or "năm", is that blank, inside its column.
 */
function columnGap(text: string): { index: number; length: number } | undefined {
  for (const gap of text.matchAll(COLUMN_GAP_ALL)) {
    const before = text.slice(Math.max(0, gap.index - 8), gap.index);
    const after = text.slice(gap.index + gap[0].length, gap.index + gap[0].length + 6);
    if (DRAFT_BLANK_BEFORE.test(before) || DRAFT_BLANK_AFTER.test(after)) continue;
    return { index: gap.index, length: gap[0].length };
  }
  return undefined;
}

const COLUMN_GAP_ALL = / {6,}/g;
const DRAFT_BLANK_BEFORE = /(?:Số\s*[:.]?|số\s*:|SỐ\s*:|ngày|tháng)$/u;
const DRAFT_BLANK_AFTER = /^(?:\/|tháng\s|năm\s)/u;

const INDENT = /^[ \f]*/;
/**
 * A page number copied out of a PDF with the text around it: a number alone, pushed far right or centred. It ends
 * the line's paragraph (a blank line) rather than joining it; no text indents a figure of its own that far.
 */
const FAR_PAGE_NUMBER = /^[ \f]{20,}(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/;
const PAGE_NUMBER = /^[\s\f]*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/;

/**
 * Text laid out as its pages were (`pdftotext -layout`): paragraphs open with an indented first line, lines run to the
 * margin, pages end with a form feed and a page number. Told by its many indented prose lines (Markdown would read
 * them as code), which no plan writer types by hand.
 */
function isLaidOut(lines: string[]): boolean {
  let prose = 0;
  let indented = 0;
  for (const line of lines) {
    if (line.trim() === "" || line.includes("\t") || line.trim() === "|") continue;
    prose += 1;
    if (INDENT.exec(line)![0].replace(/\f/g, "").length >= 4) indented += 1;
  }
  return prose >= 10 && indented >= 0.2 * prose;
}

/**
 * Layout text as paragraphs: a line indented deeper than the line before it, which ended a sentence, opens a
 * paragraph (a blank line is put before it); indentation is then dropped, and so are page numbers standing alone at a
 * form feed.
 */
function fromLayout(lines: string[]): string[] {
  const out: string[] = [];
  let previousIndent = -1;
  let previousText = "";
  lines.forEach((line, index) => {
    if (line.includes("\t") || line.trim() === "|") {
      out.push(line);
      previousIndent = -1;
      return;
    }
    const text = line.replace(/\f/g, "").trim();
    if (text === "") {
      out.push("");
      previousIndent = -1;
      return;
    }
    if (PAGE_NUMBER.test(line) && besideFormFeed(lines, index)) return;
    const indent = INDENT.exec(line)![0].replace(/\f/g, "").length;
    if (previousIndent >= 0 && indent >= previousIndent + 2 && /[.;:!?]$/.test(previousText)) out.push("");
    out.push(text);
    previousIndent = indent;
    previousText = text;
  });
  return out;
}

/** The nearest non-blank line before or after `index` starts a page (a form feed), or the line itself does. */
function besideFormFeed(lines: string[], index: number): boolean {
  if (lines[index]!.includes("\f")) return true;
  for (const step of [1, -1]) {
    for (let k = index + step, seen = 0; k >= 0 && k < lines.length && seen < 3; k += step, seen++) {
      if (lines[k]!.includes("\f")) return step === 1 || lines[k]!.trimStart().startsWith("\f");
      if (lines[k]!.trim() !== "") break;
    }
  }
  return false;
}

/** TAB rows run on across blank lines (page breaks) as long as the next non-blank line is a TAB row too. */
function readTabTable(lines: string[], start: number): { table: Table; end: number } {
  const rows: Row[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === "") {
      let j = i;
      while (j < lines.length && lines[j]!.trim() === "") j += 1;
      if (j < lines.length && lines[j]!.includes("\t")) {
        i = j;
        continue;
      }
      break;
    }
    if (!line.includes("\t")) break;
    const position: Position = { line: i + 1 };
    rows.push({
      type: "row",
      isHeader: false,
      cells: line.split("\t").map((raw) => cell(cellParagraphs(raw, position), position)),
      position,
    });
    i += 1;
  }
  return { table: { type: "table", rows, position: { line: start + 1 } }, end: i };
}

function cellParagraphs(raw: string, position: Position): Paragraph[] {
  const text = raw.trim();
  if (text === "") return [];
  if (HTML_TAG.test(text)) return htmlReader().htmlFragmentToParagraphs(text, position);
  if (/[*_#`]/.test(text)) return markdownToParagraphs(text, position);
  return [{ type: "paragraph", lines: [text], position }];
}

type PipeCell = Row["cells"][number];
const textOf = (c: PipeCell | undefined): string => (c ? c.content.map((p) => p.lines.join(" ")).join(" ").trim() : "");

/**
 * The scraper drops the cells a vertical merge (rowspan) covers, so a row one or two cells short of the table's
 * width lacks merged cells: they are added as `merged: "above"`. Where they go, the scraped text does not say; they
 * go where the row's cells then read most like the last full row's (a number under a number, a time under a time),
 * and at the end of the row (where merged budget and note columns sit) unless another place reads better. A two-row
 * header written as scraped ("STT | Nhiệm vụ | Cơ quan thực hiện | Thời gian", then "Chủ trì | Phối hợp") is set out
 * as the grid other formats give (see `spanningHeader`).
 */
function pipeTableToModel(rawRows: RawCell[][], diagnostics: Diagnostic[]): Table {
  const width = usualLength(rawRows) ?? 0;
  const rows: Row[] = rawRows.map((rawCells) => {
    const first = rawCells.find((c) => c.line !== undefined);
    const rowPosition: Position = first?.line === undefined ? {} : { line: first.line };
    return {
      type: "row",
      isHeader: false,
      cells: rawCells.map((c) => {
        const position: Position = c.line === undefined ? rowPosition : { line: c.line };
        const source = c.lines.join("\n").trim();
        return cell(source === "" ? [] : HTML_TAG.test(source) ? htmlReader().htmlFragmentToParagraphs(source, position) : markdownToParagraphs(source, position), position);
      }),
      position: rowPosition,
    };
  });
  for (let index = 0; index + 1 < rows.length; index++) {
    const header = spanningHeader(rows[index]!, rows[index + 1]!, width);
    if (header) rows.splice(index, 2, ...header);
  }
  let reference: Row | undefined;
  rows.forEach((row, index) => {
    const above = rows[index - 1];
    const missing = width - row.cells.length;
    if (row.cells.length >= width) reference = row;
    if (!above || row.cells.length < 2 || missing < 1) return;
    // A short "number" cell above and long text here: the row's first cell is merged (a task spanning rows).
    const atStart = textOf(row.cells[0]).length > 8 && textOf(above.cells[0]).length <= 4;
    if (!atStart && (missing > 2 || row.cells.length < 3)) return;
    const written = row.cells.length;
    if (atStart) {
      row.cells.unshift(cell(above.cells[0]?.content ?? [], row.position, { merged: "above" }));
      while (row.cells.length < width) row.cells.push(cell(above.cells[row.cells.length]?.content ?? [], row.position, { merged: "above" }));
      diagnostics.push(mergeGuessed(row, written, width, [1, ...Array.from({ length: width - written - 1 }, (_, k) => written + 2 + k)]));
      return;
    }
    const source = reference ?? above;
    const at = mergedCellsPlace(row.cells, source.cells, width - row.cells.length);
    const copies = Array.from({ length: width - row.cells.length }, (_, k) => cell(source.cells[at + k]?.content ?? [], row.position, { merged: "above" }));
    row.cells.splice(at, 0, ...copies);
    diagnostics.push(mergeGuessed(row, written, width, copies.map((_, k) => at + k + 1)));
  });
  return { type: "table", rows, position: rows[0]?.position ?? {} };
}

/** A scraped row's missing cells read as merged from above: where they go is a guess, and says so. */
function mergeGuessed(row: Row, written: number, width: number, columns: number[]): Diagnostic {
  const which = columns.length === 1 ? `column ${columns[0]}` : `columns ${columns.join(", ")}`;
  const cells = (n: number) => `${n} cell${n === 1 ? "" : "s"}`;
  return {
    severity: "info",
    code: "scraped-row-merge-guessed",
    message: `a row of ${cells(written)} under a ${width}-column table: ${which} read as merged from the row above (a scrape drops merged cells; where they were is a guess)`,
    where: row.position,
  };
}

type CellKind = "empty" | "number" | "time" | "text";
/** A bullet alone in the number cell: a "- sub-item" row. */
const SUB_ITEM_MARK = /^[-–+•]$/u;
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVX]{1,5}|[a-zđ]\))\.?$/u;
const TIME_CELL = /^(?:quý|tháng|năm|thường xuyên|hằng|hàng|định kỳ|trước|từ|trong|cả năm|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{4}|\d{1,2} tháng)/iu;

function cellKind(text: string): CellKind {
  if (text === "" || /^[-–]$/u.test(text)) return "empty";
  if (ROW_NUMBER.test(text)) return "number";
  return text.length <= 60 && TIME_CELL.test(text) ? "time" : "text";
}

/**
 * Where the merged cells a short row lacks go: the index at which inserting them makes the most of the row's cells
 * read as the same kind as the reference row's cells in their column. The end of the row unless another place
 * scores higher; among equal places before the end, the first (a lead cell merged over tasks comes before its
 * partners), never between a row's own number and its task.
 */
function mergedCellsPlace(cells: PipeCell[], reference: PipeCell[], missing: number): number {
  const score = (at: number): number => {
    let same = 0;
    cells.forEach((c, k) => {
      const column = k < at ? k : k + missing;
      if (cellKind(textOf(c)) === cellKind(textOf(reference[column]))) same += 1;
    });
    return same;
  };
  let best = cells.length;
  let bestScore = score(best);
  // A row with a number of its own, or a sub-item's bullet in the number column ("- | Khảo sát …"), has its own task
  // in the next cell: that cell is never the merged one.
  const mark = textOf(cells[0]) || (cells[0]?.content[0]?.marker ?? "");
  const first = cellKind(mark) === "number" || SUB_ITEM_MARK.test(mark) ? 2 : 1;
  for (let at = first; at < cells.length; at++) {
    const s = score(at);
    if (s > bestScore) {
      best = at;
      bestScore = s;
    }
  }
  return best;
}

/** Sub-headers under a spanning header cell: who ("Chủ trì | Phối hợp") or when ("Bắt đầu | Hoàn thành"). */
const AGENCY_SUB = /^(?:cơ quan |đơn vị )?(?:chủ trì|phối hợp)$/u;
const TIME_SUB = /^(?:thời gian )?(?:bắt đầu|kết thúc|hoàn thành|từ|đến)$|^(?:năm )?20\d\d$|^quý (?:i|ii|iii|iv)$/u;
/** The spanning cell over them: who carries the task out ("Cơ quan thực hiện", "Trách nhiệm thực hiện"), or when. */
const AGENCY_PARENT = /cơ quan|đơn vị|trách nhiệm|phân công|thực hiện/u;
const TIME_PARENT = /thời gian|tiến độ|thời hạn|lộ trình/u;

/**
 * A scrape writes a two-row header as two short rows: the top one with each spanning cell once, the next with only
 * the sub-headers under the spanning cells ("STT | Nhiệm vụ | Cơ quan thực hiện | Thời gian", then "Chủ trì |
 * Phối hợp"). Set out as the grid a Word or HTML table gives: the spanning cell copied into the columns it spans
 * (`merged: "left"`), the top row's other cells copied down (`merged: "above"`). Undefined when the two rows are not
 * of that shape, or their cells do not add up to the table's width.
 */
function spanningHeader(top: Row, sub: Row, width: number): [Row, Row] | undefined {
  if (top.cells.length >= width || sub.cells.length < 2 || sub.cells.length >= width) return undefined;
  const labels = sub.cells.map((c) => textOf(c).toLocaleLowerCase("vi").normalize("NFC").replace(/\s+/g, " "));
  const kinds = labels.map((l) => (AGENCY_SUB.test(l) ? "agency" : TIME_SUB.test(l) ? "time" : undefined));
  if (kinds.some((k) => k === undefined)) return undefined;
  // Runs of sub-headers of one kind, each under one spanning cell of the top row, in order.
  const runs: { kind: "agency" | "time"; length: number }[] = [];
  for (const kind of kinds as ("agency" | "time")[]) {
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.length += 1;
    else runs.push({ kind, length: 1 });
  }
  const topTexts = top.cells.map((c) => textOf(c).toLocaleLowerCase("vi").normalize("NFC"));
  const parents: number[] = [];
  let from = 0;
  for (const run of runs) {
    const at = topTexts.findIndex((t, k) => k >= from && (run.kind === "time" ? TIME_PARENT.test(t) : AGENCY_PARENT.test(t) && !TIME_PARENT.test(t)));
    if (at < 0) return undefined;
    parents.push(at);
    from = at + 1;
  }
  if (top.cells.length + runs.reduce((sum, run) => sum + run.length - 1, 0) !== width) return undefined;
  const topCells: PipeCell[] = [];
  const subCells: PipeCell[] = [];
  let next = 0;
  top.cells.forEach((c, k) => {
    const run = parents.indexOf(k);
    if (run < 0) {
      topCells.push(c);
      subCells.push(cell(c.content, sub.position, { merged: "above" }));
      return;
    }
    for (let j = 0; j < runs[run]!.length; j++) {
      topCells.push(j === 0 ? c : cell(c.content, top.position, { merged: "left" }));
      subCells.push(sub.cells[next]!);
      next += 1;
    }
  });
  return [
    { ...top, cells: topCells },
    { ...sub, cells: subCells },
  ];
}

function markFootnotes(blocks: Block[]): Block[] {
  for (const block of blocks) {
    if (block.type === "paragraph" && FOOTNOTE_START.test(block.lines[0] ?? "")) block.footnote = true;
  }
  return blocks;
}
