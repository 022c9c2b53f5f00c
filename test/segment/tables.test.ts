import { describe, expect, it } from "vitest";
import type { Block, DocumentModel } from "../../src/model/types.js";
import { paragraph } from "../../src/model/types.js";
import { collectTaskTables, tableWidth } from "../../src/segment/tables.js";
import { makeTable } from "../extract/make-table.js";

const doc = (children: Block[]): DocumentModel => ({ type: "root", children, source: { format: "md", pages: null, ocrPages: [] } });
const header = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"];

describe("assignment tables of a document", () => {
  it("hands each table over with its header, and a header-less table of the same width as its continuation", () => {
    const parts = collectTaskTables(
      doc([paragraph(["PHỤ LỤC"], { line: 1 }), makeTable([header, ["1", "A", "B", "C", "2024"]]), makeTable([["2", "D", "E", "F", "2025"]]), makeTable([["x", "y"]])]),
      0,
    );
    expect(parts.map((p) => [p.block, p.continues, p.header.rowIndex])).toEqual([
      [1, false, 0],
      [2, true, -1],
    ]);
    expect(parts[1]!.header.roles).toEqual(parts[0]!.header.roles);
  });
  it("looks in the whole document when nothing follows the appendix heading", () => {
    const parts = collectTaskTables(doc([makeTable([header, ["1", "A", "B", "C", "2024"]]), paragraph(["PHỤ LỤC"], { line: 9 })]), 1);
    expect(parts).toHaveLength(1);
  });
  it("measures a table by its widest row", () => {
    expect(tableWidth(makeTable([["a"], ["a", "b", "c"]]))).toBe(3);
  });
});
