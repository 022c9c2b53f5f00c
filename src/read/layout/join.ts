/**
 * Pages → one block list with `pageBreak` between pages, and tables that run across a page break joined into one:
 * the table that ends a page and the table that starts the next are one table when their column boundaries line up.
 * The header row the next page repeats is dropped (the first one is marked `isHeader`), a row cut by the break is
 * joined back into its row, and a merged cell that goes on over the break stays merged.
 */
import { type Block, type Cell, type Paragraph, type Row, type Table, cell, cellText, isEmptyCell } from "../../model/types.js";
import type { Diagnostic } from "../../diagnostics.js";
import { startsListItem, syllableBrokenAcross } from "./flow.js";
import { LOWER, re } from "../../letters.js";

/** Where a ruled table's columns are and whether its top and bottom borders are drawn. */
export interface TableGeometry {
  xs: number[];
  /**
   * A borderless table's (`aligned.ts`): the gaps between its columns instead of borders. Its first and last row
   * show no border, so a row cut by the page break is told by its text alone.
   */
  gutters?: Array<{ left: number; right: number }>;
  closedTop: boolean;
  closedBottom: boolean;
  page: number;
}

/** Where a page's running text starts and ends, for a paragraph that the page break cut. */
export interface FlowEdges {
  /** The page's left text edge and its body text's size. */
  left: number;
  size: number;
  /** Set on the first paragraph of a run of text: where its first line starts. */
  startX?: number;
  /** Set on the last paragraph of a run of text: the room its last line left before the right text edge. */
  roomAtEnd?: number;
}

interface Placed {
  block: Block;
  geometry?: TableGeometry;
  edges?: FlowEdges;
}

const SAME_X = 4;

const HEADER_WORDS =
  /\b(?:s?tt|stt|nội dung|nhiệm vụ|mục tiêu|chỉ tiêu|hoạt động|sản phẩm|kết quả|cơ quan|chủ trì|phối hợp|thời gian|thời hạn|kinh phí|ghi chú|đơn vị|lĩnh vực|tiến độ)\b/iu;

export function looksLikeHeaderRow(row: Row): boolean {
  const texts = row.cells.filter((c) => !c.merged && !isEmptyCell(c));
  if (texts.length === 0) return false;
  // A group row ("II | CẢI CÁCH THỂ CHẾ" across the table) is bold too, but one wide cell is no header.
  if (row.cells.some((c) => !c.merged && c.colSpan * 2 > row.cells.length)) return false;
  const allBold = texts.every((c) => c.content.every((p) => p.emphasis?.bold === true));
  if (allBold && texts.length >= 2) return true;
  const named = texts.filter((c) => {
    const text = cellText(c);
    return text.length < 80 && HEADER_WORDS.test(text);
  });
  return named.length >= 2 && named.length * 2 >= texts.length;
}

function rowKey(row: Row): string {
  return row.cells.map((c) => cellText(c).replace(/\s+/g, " ").trim().toLowerCase()).join("\u0001");
}

/** For each column of `next`, the range of `prev` columns it covers; null when the boundaries do not line up. */
function columnMap(prev: number[], next: number[]): Array<[number, number]> | null {
  if (Math.abs(prev[0]! - next[0]!) > SAME_X || Math.abs(prev[prev.length - 1]! - next[next.length - 1]!) > SAME_X) return null;
  const indexOf = (x: number): number => prev.findIndex((p) => Math.abs(p - x) <= SAME_X);
  const mapped = next.map(indexOf);
  if (mapped.some((i) => i < 0)) return null;
  const ranges: Array<[number, number]> = [];
  for (let j = 0; j + 1 < mapped.length; j++) ranges.push([mapped[j]!, mapped[j + 1]!]);
  return ranges.every(([a, b]) => b > a) ? ranges : null;
}

/** Re-expresses a row of the next page's table in the columns of the table it continues. */
function remapRow(row: Row, ranges: Array<[number, number]>, width: number): Row {
  if (ranges.every(([a, b], j) => a === j && b === j + 1) && row.cells.length === width) return row;
  const cells: Cell[] = new Array<Cell>(width);
  row.cells.forEach((c, j) => {
    const range = ranges[j];
    if (!range) return;
    const [a, b] = range;
    if (c.merged === "left") {
      for (let k = a; k < b; k++) cells[k] = cell(c.content, c.position, { merged: "left" });
      return;
    }
    const covered = c.merged ? 1 : c.colSpan;
    const end = ranges[Math.min(ranges.length - 1, j + covered - 1)]![1];
    cells[a] = c.merged ? { ...c } : { ...c, colSpan: end - a };
    for (let k = a + 1; k < b; k++) cells[k] = cell(c.content, c.position, { merged: c.merged ?? "left" });
  });
  for (let k = 0; k < width; k++) cells[k] ??= cell([], row.position);
  return { ...row, cells };
}

function originOf(table: Table, rowIndex: number, col: number): Cell | undefined {
  let r = rowIndex;
  let c = col;
  for (let guard = 0; guard < 10_000; guard++) {
    const current = table.rows[r]?.cells[c];
    if (!current) return undefined;
    if (current.merged === "above") r--;
    else if (current.merged === "left") c--;
    else return current;
  }
  return undefined;
}

/** Text that goes on from the line before: a lower-case start, or a number that is no list number ("62/2020/NĐ-CP"). */
function continuesText(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (startsListItem(t)) return false;
  return re("u")`^[${LOWER}]`.test(t) || /^\d/.test(t) || /^[),.;:]/.test(t);
}

/** Dice similarity of the character bigrams of two texts (1 = same bigrams). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const bigrams = (text: string): Map<string, number> => {
    const counts = new Map<string, number>();
    const chars = Array.from(text);
    for (let i = 0; i + 1 < chars.length; i++) {
      const key = chars[i]! + chars[i + 1]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [key, count] of left) {
    shared += Math.min(count, right.get(key) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * The same row again: the same text, or, for a header row, nearly the same text: OCR reads a header repeated on
 * every page a little differently each time ("Nhiệm vụ cụ thể" / "Ngon vụ bự thế", "Sản phẩm" / "Sảnphẩm").
 */
const SAME_HEADER_SIMILARITY = 0.7;

function sameRow(next: Row, first: Row): boolean {
  const key = rowKey(next);
  if (key.replace(/\u0001/g, "") === "") return false;
  if (key === rowKey(first)) return true;
  if (!first.isHeader && !looksLikeHeaderRow(first)) return false;
  if (next.cells.length !== first.cells.length) return false;
  const fold = (text: string) => text.replace(/\s+/g, "");
  return similarity(fold(key), fold(rowKey(first))) >= SAME_HEADER_SIMILARITY;
}

/** Every reading of a table's header rows, for the vote below. */
const headerReadings = new WeakMap<Table, Map<number, Row[]>>();

/**
 * Several readings of one header row (OCR of the header repeated on each page): each cell takes the reading most of
 * the others resemble, so one page's misread ("Cơ quan ng" for "Cơ quan chủ trì") does not decide the columns.
 */
function voteHeader(table: Table, index: number, reading: Row): void {
  const byRow = headerReadings.get(table) ?? new Map<number, Row[]>();
  headerReadings.set(table, byRow);
  const current = table.rows[index]!;
  const readings = byRow.get(index) ?? [current];
  readings.push(reading);
  byRow.set(index, readings);
  current.cells.forEach((target, col) => {
    if (target.merged) return;
    const texts = readings.map((r) => r.cells[col]).filter((c): c is Cell => c !== undefined && !c.merged);
    let best: Cell | undefined;
    let bestScore = -1;
    for (const candidate of texts) {
      const text = cellText(candidate);
      const score = texts.reduce((sum, other) => sum + similarity(text, cellText(other)), 0);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best && best !== target && cellText(best) !== cellText(target)) target.content = best.content;
  });
}

/**
 * Whether the next page's first row is the rest of the row the break cut: "seen" when the borders show it (no rule
 * under the last row or over the first), "guessed" when only the text says so (a first cell without a number and
 * text going on mid-sentence), as it must in a table drawn without rules.
 */
function isCutRow(last: Row, first: Row, after: Row | undefined, prev: TableGeometry, next: TableGeometry): "seen" | "guessed" | "merged" | "unnumbered" | false {
  const borderless = prev.gutters !== undefined || next.gutters !== undefined;
  if (!borderless && (!prev.closedBottom || !next.closedTop)) return "seen";
  const filled = first.cells.map((c, k) => ({ c, k })).filter(({ c }) => !c.merged && !isEmptyCell(c));
  if (filled.length === 0) return false;
  const firstCell = first.cells[0];
  const firstColumnEmpty = firstCell !== undefined && (firstCell.merged !== undefined || isEmptyCell(firstCell));
  // A first column of words (a group label written on every row, not a number) may itself be cut: "Công tác chỉ
  // đạo" / "điều hành" goes on in lower case.
  const firstColumnGoesOn = firstCell !== undefined && re("u")`^[${LOWER}]`.test(cellText(firstCell).trim());
  if (!firstColumnEmpty && !firstColumnGoesOn) return false;
  // The text of cells merged down the rows above the break, pushed over it (brought down the merged cell by empty
  // lines, or centred in it by Word): no number, and text only in the columns where the last row is part of a
  // vertical merge.
  const inMergedCells = filled.every(({ k }) => {
    const above = last.cells[k];
    return above !== undefined && (above.merged === "above" || above.rowSpan > 1);
  });
  if (firstColumnEmpty && inMergedCells) return "merged";
  // A row without a number between two numbered rows, at the top of the page, that starts no list item ("- …",
  // "a) …", a sub-item of the row above) and has text in the task's column: the rest of the numbered row the break
  // cut, even where the text goes on with a capital ("… do HĐND," / "UBND huyện ban hành …").
  const numbered = (row: Row | undefined): boolean => row?.cells[0] !== undefined && !row.cells[0].merged && !isEmptyCell(row.cells[0]);
  const startsItem = filled.some(({ c }) => startsListItem(cellText(c).trim()));
  if (firstColumnEmpty && numbered(last) && numbered(after) && !startsItem && filled.some(({ k }) => k === 1)) return "unnumbered";
  // Most of the row's text going on mid-sentence: the tail of a row the page break cut.
  const continuing = filled.filter(({ c }) => continuesText(cellText(c))).length;
  if (continuing * 2 >= filled.length) return "guessed";
  // A lone cell going on under a row whose other columns are all done is the tail of that row's cell.
  if (filled.length === 1) {
    const above = last.cells[filled[0]!.k];
    return above !== undefined && !isEmptyCell(above) ? "guessed" : false;
  }
  return false;
}

function appendContent(target: Cell, addition: Paragraph[]): void {
  if (addition.length === 0) return;
  const [head, ...tail] = addition;
  const lastParagraph = target.content[target.content.length - 1];
  if (lastParagraph && head && !head.marker && !startsListItem(head.lines[0] ?? "")) {
    // A word of a narrow column broken at the page's foot ("Kế hoạc" / "h" on the next page) is written together.
    const lastLine = lastParagraph.lines[lastParagraph.lines.length - 1] ?? "";
    const firstLine = head.lines[0] ?? "";
    if (syllableBrokenAcross(lastLine, firstLine)) {
      lastParagraph.lines[lastParagraph.lines.length - 1] = lastLine + firstLine;
      lastParagraph.lines.push(...head.lines.slice(1));
    } else lastParagraph.lines.push(...head.lines);
    if (head.ocrWords) lastParagraph.ocrWords = [...(lastParagraph.ocrWords ?? []), ...head.ocrWords];
  } else if (head) target.content.push(head);
  target.content.push(...tail);
}

/**
 * Two borderless tables are one across a page break when they have the same columns: as many gutters (three columns
 * at least: a page header or a signature block is two), each overlapping its counterpart. The ragged text of each
 * page moves a gutter's edges, never off its column boundary.
 */
function gutterMap(prev: TableGeometry, next: TableGeometry): Array<[number, number]> | null {
  const a = prev.gutters;
  const b = next.gutters;
  if (!a || !b || a.length < 2 || a.length !== b.length) return null;
  if (!a.every((g, k) => Math.min(g.right, b[k]!.right) > Math.max(g.left, b[k]!.left))) return null;
  return Array.from({ length: a.length + 1 }, (_, k): [number, number] => [k, k + 1]);
}

function joinTables(prev: Table, prevGeometry: TableGeometry, next: Table, nextGeometry: TableGeometry, diagnostics: Diagnostic[]): boolean {
  const borderless = prevGeometry.gutters !== undefined || nextGeometry.gutters !== undefined;
  const ranges = borderless ? gutterMap(prevGeometry, nextGeometry) : columnMap(prevGeometry.xs, nextGeometry.xs);
  if (!ranges) return false;
  const width = borderless ? ranges.length : prevGeometry.xs.length - 1;
  let rows = next.rows.map((row) => remapRow(row, ranges, width));
  const page = nextGeometry.page;

  let repeated = 0;
  while (repeated < Math.min(3, rows.length, prev.rows.length) && sameRow(rows[repeated]!, prev.rows[repeated]!)) repeated++;
  if (repeated > 0) {
    for (let k = 0; k < repeated; k++) {
      prev.rows[k]!.isHeader = true;
      voteHeader(prev, k, rows[k]!);
    }
    rows = rows.slice(repeated);
    diagnostics.push({ severity: "info", code: "repeated-header-dropped", message: `page ${page}: the table's header row repeated at the top of the page was dropped`, where: { page } });
  }

  const last = prev.rows[prev.rows.length - 1];
  const first = rows[0];
  const cut = last && first ? isCutRow(last, first, rows[1], prevGeometry, nextGeometry) : false;
  if (last && first && cut) {
    const lastIndex = prev.rows.length - 1;
    first.cells.forEach((c, k) => {
      if (c.merged) return;
      const target = originOf(prev, lastIndex, k);
      if (!target) return;
      if (!isEmptyCell(c)) appendContent(target, c.content);
      // A merged cell of the cut row that reaches further down stays one cell with the row's own.
      if (c.rowSpan > 1 && target.colSpan === c.colSpan) {
        target.rowSpan += c.rowSpan - 1;
        for (let r = 1; r < c.rowSpan && r < rows.length; r++) {
          for (let j = k; j < k + c.colSpan; j++) rows[r]!.cells[j] = cell(target.content, rows[r]!.position, { merged: "above" });
        }
      }
    });
    rows = rows.slice(1);
    const how =
      cut === "guessed"
        ? " (a guess: its number cell is empty and its text goes on)"
        : cut === "merged"
          ? " (a guess: its only text is in the cells merged down the rows above the break)"
          : cut === "unnumbered"
            ? " (a guess: it has no number of its own between two numbered rows)"
            : "";
    diagnostics.push({ severity: "info", code: "row-joined-across-page", message: `page ${page}: a table row cut by the page break was joined back into its row${how}`, where: { page } });
  }

  // A vertically merged cell that goes on over the break: its empty continuation becomes part of the merge.
  const head = rows[0];
  // Over a page break a merge cannot be seen, only guessed: Word and LibreOffice close a merged cell at the foot of
  // the page as any other. A row without a first cell of its own goes on with the merges above it. Where the break
  // fell between two rows, a row with its own number does too where its cell is empty under a cell merged down to
  // the foot of the page (a lead or "Kinh phí" cell spanning several tasks, the last of them on the next page); a
  // group row starts afresh. Where the break cut a row, the next page's rules show how far its merged cells go.
  const startsAfresh = head !== undefined && head.cells[0] !== undefined && !head.cells[0].merged && !isEmptyCell(head.cells[0]);
  const groupRow = head !== undefined && head.cells.some((c) => !c.merged && c.colSpan * 2 > head.cells.length);
  if (last && head && !groupRow && !(startsAfresh && cut)) {
    const lastIndex = prev.rows.length - 1;
    let guessed = 0;
    head.cells.forEach((c, k) => {
      if (c.merged || !isEmptyCell(c) || c.colSpan !== 1) return;
      const above = last.cells[k];
      if (!above || (above.merged !== "above" && above.rowSpan <= 1)) return;
      const origin = originOf(prev, lastIndex, k);
      if (!origin || isEmptyCell(origin) || origin.colSpan !== 1) return;
      const span = c.rowSpan;
      origin.rowSpan += span;
      for (let r = 0; r < span && r < rows.length; r++) rows[r]!.cells[k] = cell(origin.content, rows[r]!.position, { merged: "above" });
      if (startsAfresh) guessed++;
    });
    // A merged cell's text cut by the break ("Phòng Nội" / "vụ"): its last words open the next page's cell mid-word.
    head.cells.forEach((c, k) => {
      if (c.merged || isEmptyCell(c) || c.colSpan !== 1 || c.rowSpan !== 1 || k === 0 || !re("u")`^[${LOWER}]`.test(cellText(c).trim())) return;
      const above = last.cells[k];
      if (!above || (above.merged !== "above" && above.rowSpan <= 1)) return;
      const origin = originOf(prev, lastIndex, k);
      if (!origin || isEmptyCell(origin) || origin.colSpan !== 1) return;
      appendContent(origin, c.content);
      origin.rowSpan += 1;
      head.cells[k] = cell(origin.content, head.position, { merged: "above" });
      guessed++;
    });
    if (guessed > 0) {
      diagnostics.push({
        severity: "info",
        code: "merge-continued-across-page",
        message: `page ${page}: ${guessed === 1 ? "a cell" : `${guessed} cells`} of the first row, empty or going on mid-sentence under a cell merged down to the foot of the page above, read as part of that merge (a guess: a PDF does not show whether a merge goes on over a page break)`,
        where: { page },
      });
    }
  }

  // Only the table's own first rows are its header; a fragment's first row that looked like one is not.
  for (const row of rows) row.isHeader = false;
  prev.rows.push(...rows);
  return true;
}

/**
 * The last paragraph of a page's running text filled its last line to the right edge and ended no sentence, and the
 * next page's text starts at the left margin with no list marker or indent: one paragraph the page break cut, even
 * when its second half starts with a capital ("… để làm cơ sở thực hiện" / "Chương trình."), which the text alone
 * cannot tell.
 */
function goesOnAcrossPages(before: Placed, after: Placed): before is Placed & { block: Paragraph } {
  const last = before.block;
  const next = after.block;
  if (last.type !== "paragraph" || next.type !== "paragraph" || last.footnote || next.footnote || next.marker) return false;
  const room = before.edges?.roomAtEnd;
  const start = after.edges?.startX;
  if (room === undefined || start === undefined || !after.edges) return false;
  const text = last.lines[last.lines.length - 1] ?? "";
  const nextText = next.lines[0] ?? "";
  if (/[.;:!?]$/u.test(text.trim()) || nextText.trim() === "" || startsListItem(nextText.trim())) return false;
  return room < FULL_LINE_ROOM_EM * (before.edges?.size ?? 10) && start <= after.edges.left + SAME_X;
}

/** Less room than this, in font sizes, at the end of a line: no word of the next line would have fitted there. */
const FULL_LINE_ROOM_EM = 1.5;

export function joinPages(pages: Array<{ page: number; placed: Placed[] }>, diagnostics: Diagnostic[]): Block[] {
  const blocks: Block[] = [];
  let open: { table: Table; geometry: TableGeometry } | null = null;
  /** The page's last paragraph of running text, when nothing but footnotes follows it on its page. */
  let cutParagraph: Placed | null = null;
  pages.forEach(({ page, placed }, index) => {
    // The break goes after the table the page's first fragment is joined into, which is where it already is.
    if (index > 0) blocks.push({ type: "pageBreak", position: { page } });
    let joinedWhole = false;
    const firstText = placed.find((p) => !(p.block.type === "paragraph" && p.block.footnote));
    placed.forEach((p, k) => {
      if (k === 0 && open && p.block.type === "table" && p.geometry && joinTables(open.table, open.geometry, p.block, p.geometry, diagnostics)) {
        open = { table: open.table, geometry: { ...p.geometry, xs: open.geometry.xs } };
        joinedWhole = placed.length === 1;
        return;
      }
      if (p === firstText && cutParagraph && goesOnAcrossPages(cutParagraph, p) && p.block.type === "paragraph") {
        cutParagraph.block.lines.push(...p.block.lines);
        return;
      }
      blocks.push(p.block);
    });
    const lastText = [...placed].reverse().find((p) => !(p.block.type === "paragraph" && p.block.footnote));
    // A paragraph that took the next page's text in keeps it, and may go on over the next break too.
    cutParagraph = lastText?.block.type === "paragraph" ? (lastText === firstText && cutParagraph && !blocks.includes(lastText.block) ? { ...cutParagraph, edges: lastText.edges } : lastText) : null;
    if (joinedWhole) return;
    const lastPlaced = placed[placed.length - 1];
    open = lastPlaced && lastPlaced.block.type === "table" && lastPlaced.geometry ? { table: lastPlaced.block, geometry: lastPlaced.geometry } : null;
  });
  return blocks;
}
