/**
 * Tables of web-scraped plans. The scraper writes `| c1 | c2 | … |` with every pipe on a line of its own and each
 * cell's text wrapped over lines in between, so a row boundary is two "|" lines in a row (the closing pipe of one
 * row and the opening pipe of the next), and an empty cell is also two "|" lines in a row. The column count, learnt
 * from the first row, tells the two apart; a single "|" after a complete row closes the table.
 *
 * A table that follows another with only a little text between them and no blank line (the signature block, a
 * "PHỤ LỤC" title, the appendix table) reads at first as one table whose first row is too long; `splitRunOnRow`
 * takes it apart again.
 */

export interface RawCell {
  lines: string[];
  /** 1-based line of the cell's first text line. */
  line: number | undefined;
}

export type PipeBlock = { kind: "table"; rows: RawCell[][] } | { kind: "prose"; lines: string[]; start: number };

/** Real cells hold a few wrapped lines (a recipients list at most ~20); a "cell" longer than this is the body. */
const MAX_CELL_LINES = 40;

const isPipe = (line: string | undefined): boolean => line !== undefined && line.trim() === "|";
const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === "";

/** `start` is the 0-based index of a "|" line. Returns the blocks found and the index after the table. */
export function parsePipeTables(lines: string[], start: number): { blocks: PipeBlock[]; end: number } {
  // First a naive pass (every "||" a row boundary) to learn the usual row length: the first row alone can mislead,
  // when a small table ran into the next one without a blank line.
  const naive = scan(lines, start, { naive: true }).rows;
  const usual = headerLength(naive[0], leadingUsualLength(naive.slice(1)));
  const { rows, end } = scan(lines, start, { naive: false, ...(usual === undefined ? {} : { columns: usual }) });
  return { blocks: splitRunOnRow(rows), end };
}

function scan(lines: string[], start: number, options: { naive: boolean; columns?: number }): { rows: RawCell[][]; end: number } {
  const rows: RawCell[][] = [];
  let row: RawCell[] = [];
  let columns: number | undefined;
  let i = start;
  let first = true;

  const readCell = (): boolean => {
    const cellLines: string[] = [];
    const cellStart = i;
    while (i < lines.length && !isPipe(lines[i]) && !isBlank(lines[i])) {
      cellLines.push(lines[i]!);
      i += 1;
    }
    // Text that runs into a blank line or the end of the input, or runs on for pages, is prose after the table.
    if (!isPipe(lines[i]) || cellLines.length > MAX_CELL_LINES) {
      i = cellStart;
      return false;
    }
    row.push({ lines: cellLines, line: cellStart + 1 });
    return true;
  };

  for (;;) {
    let run = 0;
    while (isPipe(lines[i + run])) run += 1;
    const after = i + run;
    const contentFollows = !isBlank(lines[after]);

    if (first) {
      first = false;
      for (let k = 1; k < run; k++) row.push(empty());
    } else if (run === 1) {
      if (!contentFollows || (columns !== undefined && row.length >= columns)) {
        i = after;
        break;
      }
    } else {
      const ahead = options.naive ? { cells: 0, emptyAfter: 0 } : cellsBeforeRowEnd(lines, after);
      // The run is empty cells inside the row when the cells up to the next run complete it (that run's own empty
      // cells counted as this row's last), and what follows the run is no row number opening the next row.
      const short = columns === undefined ? -1 : columns - (row.length + (run - 1) + ahead.cells);
      const completes = short >= 0 && short <= ahead.emptyAfter;
      if (!options.naive && columns !== undefined && row.length > 0 && completes && !opensRow(lines[after], row)) {
        for (let k = 1; k < run; k++) row.push(empty());
      } else {
        // At the table's end no next row opens: every pipe after the first closes an empty cell.
        let extra = contentFollows ? run - 2 : run - 1;
        const room = columns === undefined ? extra : Math.max(0, Math.min(extra, columns - row.length));
        for (let k = 0; k < room; k++) row.push(empty());
        extra -= room;
        rows.push(row);
        if (columns === undefined && !options.naive) columns = options.columns ?? row.length;
        // A blank row (a page break the source left in the table) is its opening pipe and one closing pipe per empty
        // cell; more empty cells than a row holds are such rows, and carry no text.
        if (columns !== undefined) while (extra >= columns + 1) extra -= columns + 1;
        row = [];
        for (let k = 0; k < extra; k++) row.push(empty());
      }
    }
    i = after;
    if (!contentFollows) break;
    if (!readCell()) break;
  }
  if (row.some((c) => c.lines.length > 0)) rows.push(row);
  return { rows, end: i };
}

function empty(): RawCell {
  return { lines: [], line: undefined };
}

/**
 * How many cells follow `from` before the next run of two or more pipes (or the end of the table), and how many empty
 * cells that run may hold besides the row boundary (its pipes beyond two).
 */
function cellsBeforeRowEnd(lines: string[], from: number): { cells: number; emptyAfter: number } {
  let cells = 0;
  let i = from;
  for (let guard = 0; guard < 10_000 && i < lines.length; guard++) {
    while (i < lines.length && !isPipe(lines[i]) && !isBlank(lines[i])) i += 1;
    if (!isPipe(lines[i])) return { cells: cells + 1, emptyAfter: 0 };
    cells += 1;
    if (isPipe(lines[i + 1])) {
      let run = 1;
      while (run < 64 && isPipe(lines[i + run])) run += 1;
      return { cells, emptyAfter: isBlank(lines[i + run]) ? run - 1 : run - 2 };
    }
    i += 1;
  }
  return { cells, emptyAfter: 0 };
}

/** A row number alone, bold or not: "1", "1.2", "II", "a", "b)". */
const ROW_NUMBER = /^\**\s*(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,5}|[a-zđ])\s*[.)]?\s*\**$/u;

/**
 * The text after a run of pipes opens the next row: it is a row number, and the row so far opened with one (or with
 * an empty cell), so the table numbers its rows. An empty cell is never followed by a row number in such a table.
 */
function opensRow(line: string | undefined, row: readonly RawCell[]): boolean {
  if (line === undefined || !ROW_NUMBER.test(line.trim())) return false;
  const first = row[0];
  return first !== undefined && (first.lines.length === 0 || (first.lines.length === 1 && ROW_NUMBER.test(first.lines[0]!.trim())));
}

/**
 * The column count: the header row's length when it is longer than the usual row length the naive pass saw and every
 * one of its cells is a short label (a scrape that writes empty cells makes the naive rows short); otherwise the
 * usual length (the first row may be a run-on of the table before, or half of a two-row header).
 */
function headerLength(first: RawCell[] | undefined, usual: number | undefined): number | undefined {
  if (!first || usual === undefined || first.length <= usual) return usual;
  const label = (cell: RawCell) => cell.lines.length > 0 && cell.lines.length <= 3 && cell.lines.join(" ").length <= 60 && !/\b(?:nơi nhận|phụ lục|kèm theo)\b/iu.test(cell.lines.join(" "));
  return first.every(label) ? first.length : usual;
}

/**
 * When the first row is longer than the table's usual row, its head is a table of its own that ended without a
 * blank line, one cell of prose, and the real table's first row.
 */
function splitRunOnRow(rows: RawCell[][]): PipeBlock[] {
  const head = rows[0];
  const usual = usualLength(rows.slice(1));
  if (!head || usual === undefined || head.length <= usual) return rows.length ? [{ kind: "table", rows }] : [];
  const surplus = head.length - usual;
  // One surplus cell is a header over a table whose rows lack a merged cell; two or more are a run-on.
  if (surplus < 2) return [{ kind: "table", rows }];
  const blocks: PipeBlock[] = [];
  const before = head.slice(0, surplus - 1);
  if (before.some((c) => c.lines.length > 0)) blocks.push({ kind: "table", rows: [before] });
  const prose = head[surplus - 1];
  if (prose && prose.lines.length > 0) blocks.push({ kind: "prose", lines: prose.lines, start: (prose.line ?? 1) - 1 });
  blocks.push({ kind: "table", rows: [head.slice(surplus), ...rows.slice(1)] });
  return blocks;
}

/**
 * The table's column count: the longest row length seen at least twice (rows missing a vertically merged cell are
 * shorter, so the most common length can be one short), else the most common length.
 */
export function usualLength(rows: RawCell[][]): number | undefined {
  const counts = new Map<number, number>();
  for (const row of rows) if (row.length >= 3) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count >= 2).map(([length]) => length);
  return repeated.length ? Math.max(...repeated) : mostCommonLength(rows);
}

/**
 * The usual row length of the rows before any row holding more than two rows' worth of cells: there the table ended
 * with no blank line and the next one ran on ("| Bộ Công an | PHỤ LỤC II … | TT | Nhiệm vụ …"), and the next
 * table's rows must not set this one's width.
 */
function leadingUsualLength(rows: RawCell[][]): number | undefined {
  const counts = new Map<number, number>();
  let usual: number | undefined;
  for (const row of rows) {
    if (usual !== undefined && row.length > 2 * usual) return usual;
    if (row.length < 3) continue;
    counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    // As usualLength, kept up as rows come: the longest length seen twice, else the first length seen.
    const repeated = [...counts].filter(([, count]) => count >= 2).map(([length]) => length);
    usual = repeated.length ? Math.max(...repeated) : usual ?? row.length;
  }
  return usualLength(rows);
}

function mostCommonLength(rows: RawCell[][]): number | undefined {
  const counts = new Map<number, number>();
  for (const row of rows) if (row.length >= 3) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [length, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && length > best)) {
      best = length;
      bestCount = count;
    }
  }
  return best;
}
