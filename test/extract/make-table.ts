/** Builds document-model tables for unit tests: one string per cell, "\n" between paragraphs, "^" a cell merged from above. */
import { type Row, type Table, cell, paragraph } from "../../src/model/types.js";

export function makeTable(rows: string[][], firstLine = 1): Table {
  return {
    type: "table",
    position: { line: firstLine },
    rows: rows.map(
      (cells, r): Row => ({
        type: "row",
        isHeader: false,
        position: { line: firstLine + r },
        cells: cells.map((text, c) =>
          text === "^"
            ? cell([], { line: firstLine + r }, { merged: "above" })
            : cell(text === "" ? [] : text.split("\n").map((line) => paragraph([line], { line: firstLine + r })), { line: firstLine + r, page: c >= 0 ? undefined : 1 }),
        ),
      }),
    ),
  };
}
