/**
 * Text set in columns without drawn borders: the page header (issuing body | national motto, "Số" | place and date),
 * the signature block ("Nơi nhận" and its list | TM. … and the signer), a table drawn without rulings. Word and
 * LibreOffice write these as borderless tables or with tab stops; the DOCX reader gets a table either way, and this
 * module finds the same table in the page's geometry.
 *
 * - Blocks grow from a line of side-by-side texts (a gap wider than 2.5 em, see `splitSegments`). The block's
 *   columns are separated by gutters: x-ranges no word of the block covers. A neighbouring line joins the block when
 *   it lies close under (or over) it and crosses no gutter: a line of one column only (the recipients under "Nơi
 *   nhận", the second line of a wrapped cell), or one whose texts are closer together than 2.5 em but fall on both
 *   sides of a gutter. A line that only starts or ends a paragraph of running text across the gutter does not.
 * - Rows: the block is one row, as the layout tables of a plan are, except where a new row shows: a vertical gap
 *   wider than a paragraph's, a first column that takes up text again after a pause (the number of the next row
 *   of a table: "1", "2" …), or a wholly bold line (a header row) above a line without bold.
 * - A table's group row ("VII | XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, …" across the later columns) crosses their gutters but
 *   stays in the table, a row of its own, and the tail of a row cut by the page break (lines without the first column,
 *   going on mid-sentence) is a row of its own at the top, for join.ts to join back.
 */
import type { Cell, Paragraph, Row, Table } from "../../model/types.js";
import { cell } from "../../model/types.js";
import { type Line, isListMarker, splitSegments } from "./lines.js";
import type { VLine } from "./tables.js";
import type { PositionedText } from "./types.js";
import { LETTER, LOWER, NUMBER, re } from "../../letters.js";

/** A gap between two columns: no word of the block covers x from `left` to `right`. */
export interface Gutter {
  left: number;
  right: number;
}

export interface AlignedBlock {
  lines: Line[];
  /** The gaps between its columns, left to right. */
  gutters: Gutter[];
  table: Table;
  top: number;
}

/** How the caller turns a cell's words, which wrap at `rightEdge`, into paragraphs, and a y into a line number. */
export interface CellReader {
  paragraphs(items: PositionedText[], rightEdge: number): Paragraph[];
  lineAt(y: number): number;
}

/** The narrowest gutter, in font sizes: wider than a word space, narrower than the padding of two table cells. */
const MIN_GUTTER_EM = 0.6;
/**
 * A narrower gutter is a column's when the text after it starts at one x on several lines (a column set from the
 * left: LibreOffice pads a cell by 0.1 cm a side, so a cell's text that fills it stops 0.4 em short of the next
 * column's text). Word spaces are wider than this but never line up from line to line.
 */
const ALIGNED_GUTTER_SHARE = 0.5;
const ALIGNED_LINES = 3;
const SAME_X = 1;
/** The widest gap, in font sizes, above a merged cell's text brought down by empty lines (a dozen lines). */
const MAX_PUSHED_DOWN_EM = 16;
/** No page holds a borderless block taller than this; the bound keeps growing a block cheap on hostile pages. */
const MAX_BLOCK_LINES = 150;

/**
 * The gutters of a set of lines: gaps at least `minGap` wide between the x-ranges their words cover, with words on
 * both sides on at least `support` lines (two columns are seen side by side, not guessed from one stray gap).
 */
export function findGutters(lines: Line[], minGap: number, support: number, runningText: ReadonlySet<Line> = new Set()): Gutter[] {
  const spans = lines.flatMap((l) => l.items.map((i) => [i.x, i.x + i.width] as const)).sort((a, b) => a[0] - b[0]);
  const found: Gutter[] = [];
  let right = -Infinity;
  for (const [x1, x2] of spans) {
    if (right > -Infinity && x1 - right >= ALIGNED_GUTTER_SHARE * minGap) found.push({ left: right, right: x1 });
    right = Math.max(right, x2);
  }
  // A gap a line of running text bridges from one word to the next is a word space, however wide (a justified line
  // under a header whose centred names leave that stretch empty: a row cut by the page break goes on under the
  // repeated header).
  const bridged = (gap: Gutter): boolean =>
    [...runningText].some((line) => {
      const words = [...line.items].sort((a, b) => a.x - b.x);
      return words.some((word, k) => k + 1 < words.length && word.x + word.width <= gap.left + SAME_X && words[k + 1]!.x >= gap.right - SAME_X);
    });
  const gaps = found.filter((gap) => !bridged(gap));
  // Lines whose text after the gap starts at its right edge, with words before it: text after a list marker ("-"
  // and its item) starts at one x too, and is no column.
  const alignedStart = (gap: Gutter): boolean =>
    lines.filter((l) => {
      const before = l.items.filter((i) => i.x + i.width <= gap.left + SAME_X);
      return l.items.some((i) => Math.abs(i.x - gap.right) <= SAME_X) && before.length > 0 && !before.every((i) => isListMarker(i.text));
    }).length >= ALIGNED_LINES;
  return gaps.filter(
    (gap) => (gap.right - gap.left >= minGap || alignedStart(gap)) && lines.filter((l) => l.x < gap.left && l.right > gap.right).length >= support,
  );
}

/**
 * Whether the line runs across a column boundary: its words leave no free stretch `minGap` wide in some gutter. A
 * line may reach into a gutter (a long recipient under a short "Nơi nhận:"), which only narrows it.
 */
function crosses(line: Line, gutters: Gutter[], minGap: number): boolean {
  // Where the line's own text starts the next column at the column's start, the stretch before it may be as narrow as
  // two cells' padding (a cell's line that fills its cell stops there, see ALIGNED_GUTTER_SHARE); anywhere else a
  // stretch must be a full gutter wide, or running text whose word spaces fall in the gutter would pass.
  const beforeNextColumn = ALIGNED_GUTTER_SHARE * minGap;
  return gutters.some((g) => {
    const spans = line.items
      .map((i) => [Math.max(g.left, i.x), Math.min(g.right, i.x + i.width)] as const)
      .filter(([a, b]) => b > a)
      .sort((a, b) => a[0] - b[0]);
    if (spans.length === 0) return false;
    let free = g.left;
    for (const [a, b] of spans) {
      if (a - free >= minGap || (a - free >= beforeNextColumn && Math.abs(a - g.right) <= SAME_X)) return false;
      free = Math.max(free, b);
    }
    const startsNextColumn = line.items.some((i) => Math.abs(i.x - g.right) <= SAME_X);
    const rest = g.right - free;
    return !(rest >= minGap || (rest >= beforeNextColumn && startsNextColumn));
  });
}

function lineGap(upper: Line, lower: Line): number {
  return (lower.top - upper.top) / (Math.max(upper.fontSize, lower.fontSize) || 10);
}

interface Growth {
  lines: Line[];
  segmented: Set<Line>;
  /** Group rows whose label runs across the columns after the first (see `spansColumns`); no gutter is theirs. */
  spanning: Set<Line>;
}

/** The label of a group row in a table's first column: "II", "B", "3", "2.1", with or without a stop. */
const GROUP_LABEL = /^(?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*)\.?$/u;

/**
 * Grows a block from the segmented line at `start`, over neighbours as the module comment says. `taken` holds the
 * lines earlier blocks took.
 */
function grow(lines: Line[], start: number, segmented: boolean[], taken: Set<Line>, pitch: number): Growth {
  const block: Line[] = [lines[start]!];
  const isSegmented = new Set<Line>([lines[start]!]);
  const spanning = new Set<Line>();
  const minGap = MIN_GUTTER_EM * (lines[start]!.fontSize || 10);
  const gutterSet = (): Gutter[] => {
    const support = Math.min(2, isSegmented.size);
    const runningText = new Set(block.filter((l) => !isSegmented.has(l) && evenlySpaced(l)));
    const gutters = findGutters(block.filter((l) => !spanning.has(l)), minGap, support, runningText);
    // A bold group row taken in before the table's rows showed its columns hides the gutters its title runs across:
    // seen without it, the columns are more, and it is a group row spanning them.
    const groupRows = block.filter((l) => !spanning.has(l) && boldGroupRow(l));
    if (groupRows.length === 0) return gutters;
    const without = findGutters(block.filter((l) => !spanning.has(l) && !groupRows.includes(l)), minGap, support, runningText);
    if (without.length <= gutters.length) return gutters;
    const spans = groupRows.filter((l) => titleAcrossColumns(l, without, minGap));
    if (spans.length === 0) return gutters;
    for (const l of spans) spanning.add(l);
    return findGutters(block.filter((l) => !spanning.has(l)), minGap, support, runningText);
  };
  const crossing = (line: Line): boolean => crosses(line, gutters, minGap);
  let gutters = gutterSet();
  const tight = (upper: Line, lower: Line) => lineGap(upper, lower) <= pitch + 0.3;
  // The next row of a table: its cells' padding above it, and text in two of the block's columns or more.
  const nextRow = (upper: Line, lower: Line): boolean =>
    gutters.length > 0 && lineGap(upper, lower) <= 2 * pitch && columnsUsed(lower, gutters.map((g) => (g.left + g.right) / 2)) >= 2;
  // The text of a merged cell brought down by empty lines (Enter pressed to centre it, see splitRows): after a gap, a
  // run of tight lines in one column that is not the first, starting where that column's text starts, with the
  // table's next row (text in its first column and another) or a group row right under it.
  const pushedDown = (k: number): boolean => {
    if (gutters.length < 2 || lineGap(block[block.length - 1]!, lines[k]!) > MAX_PUSHED_DOWN_EM) return false;
    const bounds = gutters.map((g) => (g.left + g.right) / 2);
    const first = lines[k]!;
    const column = columnOf(first.x + SAME_X, bounds);
    if (column === 0 || !block.some((l) => l !== first && l.items.some((i) => Math.abs(i.x - first.x) <= SAME_X && columnOf(i.x + SAME_X, bounds) === column))) return false;
    for (let j = k; j < lines.length && j < k + MAX_BLOCK_LINES; j++) {
      const line = lines[j]!;
      if (taken.has(line)) return false;
      const columns = new Set(line.items.map((i) => columnOf(i.x + i.width / 2, bounds)));
      if (j > k && columns.has(0)) {
        const groupRow = boldGroupRow(line) && titleAcrossColumns(line, gutters, minGap);
        return lineGap(lines[j - 1]!, line) <= 2 * pitch && (groupRow || (columns.size >= 2 && !crossing(line)));
      }
      if (crossing(line)) return false;
      if (columns.size !== 1 || !columns.has(column) || (j > k && !tight(lines[j - 1]!, line))) return false;
    }
    return false;
  };
  // Running text that starts or ends right beside the candidate and crosses a gutter: the candidate is its line.
  const proseNeighbour = (neighbour: Line | undefined, candidate: Line, below: boolean): boolean =>
    neighbour !== undefined &&
    !taken.has(neighbour) &&
    (below ? tight(candidate, neighbour) : tight(neighbour, candidate)) &&
    crossing(neighbour) &&
    !(boldGroupRow(neighbour) && titleAcrossColumns(neighbour, gutters, minGap));

  // A group row of a table of three columns or more, under rows of it: its label ("VII", "B.") in the first column
  // and its title starting where the second column's text starts, running on across the later columns, with the
  // table's rows going on right under it: a line of texts side by side, or one whose words keep to the columns (cells
  // filled to their borders leave gaps no wider than a word space). A bold one may be the page's last line, the
  // table's rows going on on the next page.
  const spansColumns = (line: Line, next: Line | undefined, nextSegmented: boolean): boolean => {
    if (gutters.length < 2 || isSegmented.size < 3) return false;
    if (next === undefined) return boldGroupRow(line) && groupShape(line);
    if (taken.has(next) || !(nextSegmented || !crossing(next)) || !tight(line, next)) return false;
    return groupShape(line) && columnsUsed(next, gutters.map((g) => (g.left + g.right) / 2)) >= 3;
  };
  const groupShape = (line: Line): boolean => {
    const bounds = gutters.map((g) => (g.left + g.right) / 2);
    const label = line.items.filter((i) => columnOf(i.x + i.width / 2, bounds) === 0);
    const title = line.items.filter((i) => columnOf(i.x + i.width / 2, bounds) > 0);
    return (
      label.length > 0 &&
      title.length > 0 &&
      GROUP_LABEL.test(label.map((i) => i.text.trim()).join("")) &&
      Math.abs(Math.min(...title.map((i) => i.x)) - gutters[0]!.right) <= SAME_X &&
      !crosses(line, gutters.slice(0, 1), minGap)
    );
  };

  for (let k = start + 1; k < lines.length && block.length < MAX_BLOCK_LINES; k++) {
    const line = lines[k]!;
    if (taken.has(line)) break;
    const previous = block[block.length - 1]!;
    if (segmented[k]) isSegmented.add(line);
    else if (gutters.length > 0 && (tight(previous, line) || nextRow(previous, line)) && crossing(line) && spansColumns(line, lines[k + 1], segmented[k + 1] === true)) {
      spanning.add(line);
      block.push(line);
      continue;
    } else if (gutters.length === 0 || !(tight(previous, line) || nextRow(previous, line) || pushedDown(k)) || crossing(line) || proseNeighbour(lines[k + 1], line, true)) break;
    block.push(line);
    gutters = gutterSet();
  }
  for (let k = start - 1; k >= 0 && block.length < MAX_BLOCK_LINES; k--) {
    const line = lines[k]!;
    if (taken.has(line) || segmented[k]) break;
    if (gutters.length === 0 || !tight(line, block[0]!) || crossing(line) || proseNeighbour(lines[k - 1], line, false)) break;
    block.unshift(line);
    gutters = gutterSet();
  }
  return { lines: block, segmented: isSegmented, spanning };
}

/** A wholly bold line that starts with a group label ("I", "B.") and goes on with its title: a group row's shape. */
function boldGroupRow(line: Line): boolean {
  const items = [...line.items].sort((a, b) => a.x - b.x);
  return items.length >= 2 && allBold(line) && GROUP_LABEL.test(items[0]!.text.trim());
}

/** Its label in the first column, its title starting where the second column's text starts and crossing a later gutter. */
function titleAcrossColumns(line: Line, gutters: Gutter[], minGap: number): boolean {
  if (gutters.length < 2) return false;
  const bounds = gutters.map((g) => (g.left + g.right) / 2);
  const title = line.items.filter((i) => columnOf(i.x + i.width / 2, bounds) > 0);
  return (
    title.length > 0 &&
    line.items.some((i) => columnOf(i.x + i.width / 2, bounds) === 0) &&
    Math.abs(Math.min(...title.map((i) => i.x)) - gutters[0]!.right) <= SAME_X &&
    !crosses(line, gutters.slice(0, 1), minGap) &&
    crosses(line, gutters.slice(1), minGap)
  );
}

function columnOf(x: number, bounds: number[]): number {
  let column = 0;
  while (column < bounds.length && x > bounds[column]!) column++;
  return column;
}

function columnsUsed(line: Line, bounds: number[]): number {
  return new Set(line.items.map((i) => columnOf(i.x + i.width / 2, bounds))).size;
}

function allBold(line: Line): boolean {
  return line.items.every((i) => i.bold === true || !re("u")`[${LETTER}${NUMBER}]`.test(i.text));
}

/** The block's rows, each as its lines (see the module comment for where a row starts). */
const COLUMN_NUMBER = /^\(\d{1,2}\)$/u;

/** A line of column numbers only, "(1) (2) (3) …", under a table's header. */
function columnNumbers(line: Line): boolean {
  return line.items.length >= 3 && line.items.every((i) => COLUMN_NUMBER.test(i.text.trim()));
}

function splitRows(lines: Line[], bounds: number[], pitch: number, spanning: ReadonlySet<Line>): Line[][] {
  const rows: Line[][] = [];
  let firstColumnSeen = false;
  let firstColumnPaused = false;
  let previous: Line | undefined;
  // The tail of a row the page break cut, at the top of a table of three columns or more (under the header row the
  // page repeats): lines that leave the first column empty and go on mid-sentence (a small letter, or a number:
  // "9001:2015 tại …"). The first line that takes up the first column again (the next row's number) starts a row; the
  // tail is joined to its row across the break (join.ts).
  let inTail = false;
  const rowColumns = new Set<number>();
  const opensTail = (line: Line): boolean =>
    bounds.length >= 2 &&
    !line.items.some((i) => columnOf(i.x + i.width / 2, bounds) === 0) &&
    re("u")`^[${LOWER}0-9]`.test([...line.items].sort((a, b) => a.x - b.x)[0]?.text.trim() ?? "");
  for (const line of lines) {
    const inFirstColumn = line.items.some((i) => columnOf(i.x + i.width / 2, bounds) === 0);
    const resumes = inFirstColumn && ((firstColumnSeen && firstColumnPaused) || inTail);
    // A bold header row over a row of data, which has text in several columns (under a bold "Nơi nhận: | GIÁM
    // ĐỐC" the recipients fill one column only), or over the tail of a row the page break cut.
    const afterHeader = previous !== undefined && allBold(previous) && !line.items.some((i) => i.bold === true) && (columnsUsed(line, bounds) >= 2 || opensTail(line));
    // A group row and a column-number row "(1) | (2) | …" are rows of their own, also where no gap or rule parts them
    // from the row under them (a table ruled between columns only).
    const ownRow = spanning.has(line) || columnNumbers(line) || (previous !== undefined && (spanning.has(previous) || columnNumbers(previous)));
    // After a gap, text only in columns the row has left empty, not in the first: a merged cell's text brought down by
    // empty lines, still the row's own (the next row starts where the first column takes up text again).
    const columns = new Set(line.items.map((i) => columnOf(i.x + i.width / 2, bounds)));
    const pushedDown = previous !== undefined && !inFirstColumn && !spanning.has(previous) && [...columns].every((c) => !rowColumns.has(c));
    if (!previous || (lineGap(previous, line) > pitch + 0.3 && !pushedDown) || resumes || afterHeader || ownRow) {
      inTail = (!previous || afterHeader) && opensTail(line);
      rows.push([]);
      rowColumns.clear();
      firstColumnSeen = false;
    }
    for (const c of columns) rowColumns.add(c);
    rows[rows.length - 1]!.push(line);
    if (inFirstColumn) {
      firstColumnSeen = true;
      firstColumnPaused = false;
    } else if (firstColumnSeen) firstColumnPaused = true;
    previous = line;
  }
  return rows;
}

/**
 * Where the text of each column wraps. No border shows it; the longest line of the column's body text (bold header
 * lines left out: a header wider than its column's data wraps elsewhere) reaches it, give or take a space.
 */
function wrapEdges(lines: Line[], bounds: number[], columns: number): number[] {
  const edges = new Array<number>(columns).fill(-Infinity);
  const body = lines.filter((l) => !allBold(l));
  for (const line of body.length > 0 ? body : lines) {
    for (const item of line.items) {
      const k = columnOf(item.x + item.width / 2, bounds);
      edges[k] = Math.max(edges[k]!, item.x + item.width + 0.25 * item.height);
    }
  }
  return edges.map((edge, k) => (Number.isFinite(edge) ? Math.min(edge, bounds[k] ?? Infinity) : (bounds[k] ?? Infinity)));
}

/**
 * Where each column wraps when the table draws its column borders but no row borders: a border in a column's gutter,
 * or right of the last column's text, less the cell padding (the gap from a border to the text of the column after
 * it). The text's own widest line only comes near that edge.
 */
function ruledWrapEdges(estimated: number[], gutters: Gutter[], lines: Line[], rules: readonly VLine[]): number[] {
  if (rules.length === 0 || lines.length === 0) return estimated;
  const top = Math.min(...lines.map((l) => l.top));
  const bottom = Math.max(...lines.map((l) => l.bottom));
  // A column border runs along most of the block's height (a group row's spanned cell breaks it).
  const along = rules.filter((r) => Math.min(r.y2, bottom) - Math.max(r.y1, top) >= 0.5 * (bottom - top));
  const inGutter = gutters.map((g) => along.find((r) => r.x >= g.left - RULE_SLACK && r.x <= g.right + RULE_SLACK));
  const paddings = gutters.flatMap((g, k) => (inGutter[k] ? [g.right - inGutter[k]!.x] : []));
  if (paddings.length === 0) return estimated;
  const padding = Math.min(...paddings);
  const last = estimated.length - 1;
  const lastText = estimated[last]!;
  const size = Math.max(...lines.map((l) => l.fontSize));
  const outer = along.filter((r) => r.x >= lastText - RULE_SLACK && r.x - padding <= lastText + 3 * size).sort((a, b) => a.x - b.x)[0];
  return estimated.map((edge, k) => {
    const rule = k < last ? inGutter[k] : outer;
    return rule ? rule.x - padding : edge;
  });
}
/** How far a border may stand from the gutter it draws (pt): the width of a thick rule. */
const RULE_SLACK = 1.5;

function toTable(lines: Line[], gutters: Gutter[], pitch: number, reader: CellReader, page: number, spanning: ReadonlySet<Line>, rules: readonly VLine[]): Table {
  const bounds = gutters.map((g) => (g.left + g.right) / 2);
  const body = lines.filter((l) => !spanning.has(l));
  const wrapAt = ruledWrapEdges(wrapEdges(body, bounds, bounds.length + 1), gutters, body, rules);
  const rows: Row[] = splitRows(lines, bounds, pitch, spanning).map((rowLines) => {
    const byColumn: PositionedText[][] = wrapAt.map(() => []);
    for (const line of rowLines) {
      // A group row's title belongs to the column it starts in, however far it runs.
      const title = line.items.filter((i) => columnOf(i.x + i.width / 2, bounds) > 0);
      const titleColumn = spanning.has(line) && title.length > 0 ? columnOf(Math.min(...title.map((i) => i.x)) + SAME_X, bounds) : -1;
      for (const item of line.items) {
        const column = columnOf(item.x + item.width / 2, bounds);
        byColumn[titleColumn > 0 && column > 0 ? titleColumn : column]!.push(item);
      }
    }
    const cells: Cell[] = byColumn.map((items, k) => {
      const content = reader.paragraphs(items, wrapAt[k]!);
      return cell(content, { page, line: content[0]?.position.line ?? reader.lineAt(rowLines[0]!.top) });
    });
    const line = Math.min(...cells.map((c) => c.position.line ?? Infinity));
    return { type: "row", isHeader: false, cells, position: { page, line } } satisfies Row;
  });
  return { type: "table", rows, position: rows[0]!.position };
}

/**
 * A justified line of running text: four words or more, each drawn on its own, the spaces between them all alike. (A
 * row's cells, each drawn as one run, may stand as evenly apart: they are no words.)
 */
function evenlySpaced(line: Line): boolean {
  const words = [...line.items].sort((a, b) => a.x - b.x);
  if (words.length < 4 || words.some((word) => /\s/u.test(word.text.trim()))) return false;
  const gaps = words.slice(1).map((word, k) => word.x - (words[k]!.x + words[k]!.width));
  return Math.min(...gaps) > 0 && Math.max(...gaps) <= 1.25 * Math.min(...gaps);
}

/**
 * A justified line stretched word by word (LibreOffice spreads the words of a justified line that ends in a manual
 * line break: "TM.      ỦY      BAN      NHÂN      DÂN"): one word per segment, the gaps all alike. Not columns.
 */
function spreadWords(segments: PositionedText[][]): boolean {
  if (segments.length < 3 || segments.some((s) => s.some((i) => /\S\s+\S/u.test(i.text.trim())))) return false;
  const gaps: number[] = [];
  for (let k = 1; k < segments.length; k++) {
    const right = Math.max(...segments[k - 1]!.map((i) => i.x + i.width));
    gaps.push(Math.min(...segments[k]!.map((i) => i.x)) - right);
  }
  return Math.max(...gaps) <= 1.25 * Math.min(...gaps);
}

/** The borderless tables among a page's lines (sorted top to bottom), and the lines they took. */
export function alignedTables(lines: Line[], pitch: number, page: number, reader: CellReader, columnRules: readonly VLine[] = []): { tables: AlignedBlock[]; used: Set<Line> } {
  const segmented = lines.map((line) => {
    const segments = splitSegments(line.items);
    return segments.length >= 2 && !spreadWords(segments);
  });
  const used = new Set<Line>();
  const tables: AlignedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!segmented[i] || used.has(lines[i]!)) continue;
    const block = grow(lines, i, segmented, used, pitch);
    if (block.lines.length < 2) continue;
    const runningText = new Set(block.lines.filter((l) => !block.segmented.has(l) && evenlySpaced(l)));
    const gutters = findGutters(block.lines.filter((l) => !block.spanning.has(l)), MIN_GUTTER_EM * (lines[i]!.fontSize || 10), Math.min(2, block.segmented.size), runningText);
    if (gutters.length === 0) continue;
    for (const line of block.lines) used.add(line);
    tables.push({ lines: block.lines, gutters, table: toTable(block.lines, gutters, pitch, reader, page, block.spanning, columnRules), top: block.lines[0]!.top });
    i = lines.indexOf(block.lines[block.lines.length - 1]!);
  }
  return { tables, used };
}
