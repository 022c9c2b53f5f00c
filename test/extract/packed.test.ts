import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.js";
import { splitPackedRow } from "../../src/extract/packed.js";
import { columnsOf, toGridRows } from "../../src/extract/rows.js";
import { findTaskHeader } from "../../src/segment/task-header.js";
import { makeTable } from "./make-table.js";

function rowsOf(rows: string[][]) {
  const table = makeTable([["STT", "Nội dung", "Chủ trì", "Thời gian"], ...rows]);
  const header = findTaskHeader(table)!;
  return { rows: toGridRows(table, header), columns: columnsOf(header.roles) };
}

describe("rows that pack several numbered tasks", () => {
  it("splits one row per task, one agency each when the counts match", () => {
    const { rows, columns } = rowsOf([["", "2.8. Rà soát\n2.9. Kiểm tra", "Sở Nội vụ\nSở Tư pháp", "2024"]]);
    const diagnostics: Diagnostic[] = [];
    const split = splitPackedRow(rows[0]!, columns, diagnostics);
    expect(split.map((r) => r.slots.map((s) => s.paragraphs.join("|")))).toEqual([
      ["", "2.8. Rà soát", "Sở Nội vụ", "2024"],
      ["", "2.9. Kiểm tra", "Sở Tư pháp", "2024"],
    ]);
    expect(diagnostics).toEqual([]);
  });
  it("says so when the other cells had to be divided by guess", () => {
    const { rows, columns } = rowsOf([["", "1. A\n2. B", "X\nY\nZ", ""]]);
    const diagnostics: Diagnostic[] = [];
    expect(splitPackedRow(rows[0]!, columns, diagnostics)).toHaveLength(2);
    expect(diagnostics.map((d) => d.code)).toEqual(["packed-row-alignment"]);
  });
  it("splits a row numbered anew ('9') whose items carry the plan's own numbers ('2.8.', '2.9.')", () => {
    const { rows, columns } = rowsOf([["9", "2.8. Rà soát\n2.9. Kiểm tra", "Sở Nội vụ", "2024"]]);
    const diagnostics: Diagnostic[] = [];
    expect(splitPackedRow(rows[0]!, columns, diagnostics).map((r) => r.slots[1]!.paragraphs)).toEqual([["2.8. Rà soát"], ["2.9. Kiểm tra"]]);
    expect(diagnostics).toEqual([]);
  });
  it("keeps whole a row '3' whose task cell lists its own items '1.' / '2.', and says so", () => {
    const { rows, columns } = rowsOf([["3", "1. Kiểm tra tại các phòng\n2. Kiểm tra tại các xã", "Sở Nội vụ", "Quý III"]]);
    const diagnostics: Diagnostic[] = [];
    expect(splitPackedRow(rows[0]!, columns, diagnostics)).toEqual([rows[0]]);
    expect(diagnostics.map((d) => d.code)).toEqual(["numbered-items-kept"]);
  });
  it("leaves a row with one task as it is", () => {
    const { rows, columns } = rowsOf([["1", "Rà soát\nvà công khai", "Sở Nội vụ", "2024"]]);
    expect(splitPackedRow(rows[0]!, columns, [])).toEqual([rows[0]]);
  });
});
