import { describe, expect, it } from "vitest";
import { extractTableTasks } from "../../src/extract/table.js";
import type { AssignmentTablePart } from "../../src/segment/tables.js";
import { findTaskHeader } from "../../src/segment/task-header.js";
import { makeTable } from "./make-table.js";

function part(rows: string[][], block = 0): AssignmentTablePart {
  const table = makeTable(rows);
  return { block, table, header: findTaskHeader(table)!, continues: false, kind: "task", appendix: null };
}

describe("reading an assignment table by the roles segment found", () => {
  it("gives one record per task row, in its group, with merged cells filled down", () => {
    const { value: tables, diagnostics } = extractTableTasks([
      part([
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Tình trạng"],
        ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", ""],
        ["1", "Rà soát văn bản", "Sở Tư pháp", "Các sở", "Quý I", ""],
        ["", "", "", "", "Quý III", ""],
        ["2", "Kiểm tra", "Sở Nội vụ", "", "Năm 2025", "mới"],
      ]),
    ]);
    const value = tables[0]!.tasks;
    expect(value.every((t) => t.origin === "body")).toBe(true);
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
    const { value: tables } = extractTableTasks([first, { ...first, block: 1, table: rest, header: { ...first.header, rowIndex: -1 }, continues: true }]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.tasks.map((t) => [t.areaLabel, t.number])).toEqual([
      ["CẢI CÁCH TTHC", "1"],
      ["CẢI CÁCH TTHC", "2"],
    ]);
  });

  it("reads a targets table (TT | Chỉ tiêu | Chủ trì): the Chỉ tiêu is the record's text, group rows at any depth are no records", () => {
    const table = makeTable([
      ["TT", "Chỉ tiêu", "Chủ trì"],
      ["I", "Giai đoạn 2025-2027", ""],
      ["I.1", "Cung cấp dịch vụ số", ""],
      ["1", "Tỉ lệ dịch vụ công trực tuyến toàn trình đạt 100%", "Văn phòng Chính phủ"],
      ["II", "Giai đoạn 2028-2030", ""],
      ["1", "Tỉ lệ hồ sơ được số hóa đạt 100%", "Bộ Công an"],
    ]);
    const { value } = extractTableTasks([{ block: 0, table, header: findTaskHeader(table)!, continues: false, kind: "target", appendix: null }]);
    expect(value[0]!.tasks.map((t) => [t.areaLabel, t.subArea, t.number, t.task, t.objective, t.lead])).toEqual([
      ["Giai đoạn 2025-2027", "Cung cấp dịch vụ số", "1", "Tỉ lệ dịch vụ công trực tuyến toàn trình đạt 100%", null, ["Văn phòng Chính phủ"]],
      ["Giai đoạn 2028-2030", null, "1", "Tỉ lệ hồ sơ được số hóa đạt 100%", null, ["Bộ Công an"]],
    ]);
  });
  it("reads a schedule by the unit inspected, and drops a repeated header row that lost its STT cell", () => {
    const table = makeTable([
      ["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"],
      ["1", "UBND xã A", "Tháng 3/2026"],
      ["Đơn vị được kiểm tra", "Thời gian kiểm tra", ""],
      ["2", "UBND xã B", "Tháng 4/2026"],
    ]);
    const header = findTaskHeader(table)!;
    const { value } = extractTableTasks([{ block: 0, table, header, continues: false, kind: "schedule", appendix: null }]);
    expect(value[0]!.tasks.map((t) => [t.number, t.task, t.deadline])).toEqual([
      ["1", "UBND xã A", ["Tháng 3/2026"]],
      ["2", "UBND xã B", ["Tháng 4/2026"]],
    ]);
  });
  it("reads a row numbered 1000 or more as a row of its own", () => {
    const rows = [["Nội dung", "Chủ trì", "Thời gian"]];
    for (let n = 998; n <= 1001; n++) rows.push([`${n}. Rà soát thủ tục ${n}`, "Sở Nội vụ", "2025"]);
    const table = makeTable(rows);
    const { value } = extractTableTasks([{ block: 0, table, header: findTaskHeader(table)!, continues: false, kind: "task", appendix: null }]);
    expect(value[0]!.tasks.map((t) => t.number)).toEqual(["998", "999", "1000", "1001"]);
  });
  it("gives a cell merged across Chủ trì and Phối hợp to the lead only", () => {
    const table = makeTable([
      ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
      ["1", "Rà soát", "Theo phân công tại Quyết định số 1441/QĐ-UBND", "^", "2025"],
    ]);
    table.rows[1]!.cells[3]!.merged = "left";
    table.rows[1]!.cells[3]!.content = table.rows[1]!.cells[2]!.content;
    const { value } = extractTableTasks([{ block: 0, table, header: findTaskHeader(table)!, continues: false, kind: "task", appendix: null }]);
    expect(value[0]!.tasks[0]).toMatchObject({ lead: ["Theo phân công tại Quyết định số 1441/QĐ-UBND"], partners: [] });
  });
  it("reports a join that is a guess", () => {
    const table = makeTable([
      ["STT", "Nội dung", "Chủ trì", "Thời gian"],
      ["1", "Rà soát thủ tục", "Sở Nội vụ", "2025"],
      ["", "Công khai kết quả", "", ""],
    ]);
    const { value, diagnostics } = extractTableTasks([{ block: 0, table, header: findTaskHeader(table)!, continues: false, kind: "task", appendix: null }]);
    expect(value[0]!.tasks).toHaveLength(1);
    expect(diagnostics.map((d) => d.code)).toContain("row-joined");
  });
});
