/**
 * Merged cells → a full grid, for every reader whose format records merges (DOCX, .doc, HTML).
 *
 * A cell spanning rows or columns stays at its top-left position with its `rowSpan`/`colSpan`; every other grid
 * position it covers gets a cell marked `merged` ("above" below a vertical merge, over all the columns it spans;
 * "left" right of a horizontal span) holding a copy of its content, so every row has every column and the extractor
 * knows which cells are fill-downs. Rows are laid out as Word and browsers do: positions covered from above are
 * taken first, and the row's own cells fill the free columns in order.
 */
import { type Cell, type Paragraph, type Row, cell } from "../model/types.js";
import type { Position } from "../diagnostics.js";
import { InputError, LimitError } from "../errors.js";
import { DEFAULT_LIMITS } from "../limits.js";

/** As HTML caps colspan (Word itself stops at 63 columns): a larger span is broken or hostile. */
export const MAX_SPAN = 1000;
/**
 * Cells (and copied cell lines) that expanding merged cells and padding rows may create in one table. The largest
 * plan tables have a few tens of thousands; spans of a 50 kB hostile file can ask for billions and exhaust the heap.
 */
export const MAX_TABLE_CELLS = 2_000_000;

export class TableGrid {
  readonly rows: Row[] = [];
  /** Per column: the merged cell still reaching down into later rows, and how many rows it has left. */
  private readonly pending: ({ content: Paragraph[]; rowsLeft: number } | undefined)[] = [];
  private column = 0;
  private spent = 0;

  /**
   * `what` names the format in the error a hostile table gets ("DOCX", "HTML", ".doc"); a row wider than
   * `maxColumns` (the --max-columns limit) fails with that limit's name.
   */
  constructor(
    private readonly what: string,
    private readonly maxColumns: number = DEFAULT_LIMITS.maxColumns,
  ) {}

  startRow(isHeader: boolean, position: Position): void {
    const cells: Cell[] = [];
    this.pending.forEach((span, column) => {
      if (!span || span.rowsLeft <= 0) return;
      this.spend(span.content);
      cells[column] = cell(copyContent(span.content), { ...position }, { merged: "above" });
      span.rowsLeft -= 1;
      if (span.rowsLeft === 0) this.pending[column] = undefined;
    });
    this.rows.push({ type: "row", isHeader, cells, position });
    this.column = 0;
  }

  addCell(content: Paragraph[], rowSpan: number, colSpan: number, position: Position): void {
    const row = this.rows[this.rows.length - 1];
    if (!row) throw new Error("addCell before startRow");
    while (row.cells[this.column]) this.column += 1;
    const columns = Math.min(MAX_SPAN, Math.max(1, colSpan | 0));
    const rows = Math.max(1, rowSpan | 0);
    this.spend([]);
    row.cells[this.column] = cell(content, { ...position }, { rowSpan: rows, colSpan: columns });
    for (let k = 1; k < columns; k++) {
      this.spend(content);
      row.cells[this.column + k] = cell(copyContent(content), { ...position }, { merged: "left" });
    }
    if (rows > 1) for (let k = 0; k < columns; k++) this.pending[this.column + k] = { content, rowsLeft: rows - 1 };
    this.column += columns;
    if (this.column > this.maxColumns) throw tooManyColumns(this.maxColumns);
  }

  /**
   * Ends the table: every row gets the table's full column count, holes (rows with fewer cells) becoming empty
   * cells. Returns how many were added.
   */
  finish(): number {
    // reduce, not Math.max(...spread): a spread of a hundred thousand rows overflows the stack.
    const width = this.rows.reduce((widest, r) => Math.max(widest, r.cells.length), 0);
    this.spend([], this.rows.length * width);
    let padded = 0;
    for (const row of this.rows) {
      for (let c = 0; c < width; c++) {
        if (!row.cells[c]) {
          row.cells[c] = cell([], { ...row.position });
          padded += 1;
        }
      }
    }
    return padded;
  }

  private spend(content: Paragraph[], cells = 1): void {
    for (const paragraph of content) this.spent += paragraph.lines.length;
    this.spent += cells;
    if (this.spent > MAX_TABLE_CELLS) {
      throw new InputError(`not a readable ${this.what}: a table whose merged cells expand to more than ${MAX_TABLE_CELLS} cells`);
    }
  }
}

export function tooManyColumns(maxColumns: number): LimitError {
  return new LimitError(`${maxColumns} columns`, "--max-columns", `a table of more than ${maxColumns} columns`);
}

function copyContent(content: Paragraph[]): Paragraph[] {
  return content.map((p) => ({ ...p, lines: [...p.lines], position: { ...p.position } }));
}

/**
 * A table inside a cell as paragraphs, one per inner row, its cells' text joined by " | ": the model has no tables in
 * cells, and plans use them only for small layouts.
 */
export function nestedTableAsParagraphs(rows: Row[], position?: Position): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const row of rows) {
    const text = row.cells
      .filter((c) => !c.merged)
      .map((c) => c.content.map((p) => (p.marker ? `${p.marker} ` : "") + p.lines.join(" ")).join(" "))
      .join(" | ");
    if (text.replace(/[|\s]/g, "") !== "") paragraphs.push({ type: "paragraph", lines: [text], nestedRow: true, position: { ...(position ?? row.position) } });
  }
  return paragraphs;
}
