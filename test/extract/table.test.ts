import { describe, expect, it } from "vitest";
import { extractTableTasks } from "../../src/extract/table.js";
import type { AssignmentTablePart } from "../../src/segment/tables.js";
import { findTaskHeader } from "../../src/segment/task-header.js";
import { makeTable } from "./make-table.js";

function part(rows: string[][], block = 0): AssignmentTablePart {
  const table = makeTable(rows);
  return { block, table, header: findTaskHeader(table)!, continues: false };
}

describe("reading an assignment table by the roles segment found", () => {
  it("gives one record per task row, in its group, with merged cells filled down", () => {
    const { value, diagnostics } = extractTableTasks([
      part([
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Tình trạng"],
        ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", ""],
        ["1", "Rà soát văn bản", "Sở Tư pháp", "Các sở", "Quý I", ""],
        ["", "", "", "", "Quý III", ""],
        ["2", "Kiểm tra", "Sở Nội vụ", "", "Năm 2025", "mới"],
      ]),
    ]);
    expect(value.map((t) => [t.areaLabel, t.number, t.task, t.lead, t.deadline])).toEqual([
      ["CẢI CÁCH THỂ CHẾ", "1", "Rà soát văn bản", ["Sở Tư pháp"], ["Quý I"]],
      ["CẢI CÁCH THỂ CHẾ", "1", "Rà soát văn bản", ["Sở Tư pháp"], ["Quý III"]],
      ["CẢI CÁCH THỂ CHẾ", "2", "Kiểm tra", ["Sở Nội vụ"], ["Năm 2025"]],
    ]);
    expect(value[2]!.extra).toEqual({ "Tình trạng": "mới" });
    expect(diagnostics.map((d) => d.code)).toEqual(["column-unmapped"]);
  });
  it("carries group and numbering across a continuation table", () => {
    const first = part([["STT", "Nội dung", "Chủ trì", "Thời gian"], ["II", "CẢI CÁCH TTHC", "", ""], ["1", "Rà soát", "Sở Nội vụ", "2025"]]);
    const rest = makeTable([["2", "Công khai", "Sở Tư pháp", "2025"]]);
    const { value } = extractTableTasks([first, { block: 1, table: rest, header: { ...first.header, rowIndex: -1 }, continues: true }]);
    expect(value.map((t) => [t.areaLabel, t.number])).toEqual([
      ["CẢI CÁCH TTHC", "1"],
      ["CẢI CÁCH TTHC", "2"],
    ]);
  });
});
