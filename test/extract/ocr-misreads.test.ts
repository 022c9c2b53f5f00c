/**
 * Table cells as OCR misreads them on scans (fixtures/unseen-office/scan): an STT cell whose digit came out as marks
 * ("7" read "T/", "5" read "ơi"), a group row's Roman numeral whose strokes ran together ("III." read "HI."). Each is
 * read as what the table's order says it is, with a diagnostic; anything the order does not settle stays as written.
 */
import { describe, expect, it } from "vitest";
import { assembleTasks } from "../../src/assemble/task.js";
import { extractTableTasks } from "../../src/extract/table.js";
import type { AssignmentTablePart } from "../../src/segment/tables.js";
import { findTaskHeader } from "../../src/segment/task-header.js";
import { tableKindOf } from "../../src/schema/roles.js";
import { makeTable } from "./make-table.js";

function part(rows: string[][]): AssignmentTablePart {
  const table = makeTable(rows);
  const header = findTaskHeader(table)!;
  return { block: 0, table, header, continues: false, kind: tableKindOf(header.roles) ?? "task", appendix: null };
}

function read(rows: string[][]) {
  const extracted = extractTableTasks([part(rows)]);
  const assembled = assembleTasks(extracted.value.flatMap((t) => t.tasks), { year: 2025, period: { from: 2025, to: 2025 } });
  return { tasks: assembled.value, diagnostics: [...extracted.diagnostics, ...assembled.diagnostics] };
}

const HEADER = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"];
const task = (number: string, text: string) => [number, text, "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Quý III/2025"];

describe("an STT cell OCR misread", () => {
  it("between rows 6 and 8 is 7, and at the table's end after 4 it is 5; each guess reported", () => {
    const { tasks, diagnostics } = read([
      HEADER,
      task("6", "Đào tạo, bồi dưỡng cán bộ, công chức"),
      task("T/", "Đánh giá, xếp loại chất lượng cán bộ, công chức"),
      task("8", "Vận hành Hệ thống quản lý văn bản và điều hành"),
    ]);
    expect(tasks.map((t) => [t.number, t.task])).toEqual([
      ["6", "Đào tạo, bồi dưỡng cán bộ, công chức"],
      ["7", "Đánh giá, xếp loại chất lượng cán bộ, công chức"],
      ["8", "Vận hành Hệ thống quản lý văn bản và điều hành"],
    ]);
    expect(diagnostics.filter((d) => d.code === "number-guessed").map((d) => d.message)).toEqual([`the row number reads "T/": taken as 7, between 6 and 8 (a misread number)`]);

    const end = read([HEADER, task("4", "Theo dõi việc sắp xếp tổ chức bộ máy"), task("ơi", "Tổ chức thi tuyển công chức")]);
    expect(end.tasks.map((t) => t.number)).toEqual(["4", "5"]);
    expect(end.diagnostics.filter((d) => d.code === "number-guessed")).toHaveLength(1);
  });

  it("is left as written where the rows around it do not bracket one number, and a letter, numeral or bullet is no misreading", () => {
    const { tasks, diagnostics } = read([
      HEADER,
      task("3", "Rà soát thủ tục hành chính"),
      task("T/", "Công khai thủ tục hành chính"),
      task("6", "Số hóa hồ sơ"),
      task("a", "Số hóa kết quả giải quyết"),
      task("-", "Cập nhật dữ liệu"),
      task("7", "Báo cáo kết quả"),
    ]);
    // The "-" row is a sub-item with its own agencies: a record without a number.
    expect(tasks.map((t) => t.number)).toEqual(["3", "T/", "6", "a", null, "7"]);
    expect(diagnostics.map((d) => d.code)).not.toContain("number-guessed");
  });
});

describe("a group row's Roman numeral OCR misread", () => {
  it("'HI. TUYÊN TRUYỀN TRỰC QUAN' is group III, its label without the numeral, reported", () => {
    const { tasks, diagnostics } = read([
      HEADER,
      ["II. TUYÊN TRUYỀN THÔNG QUA HỘI NGHỊ", "", "", "", ""],
      task("5", "Tổ chức Hội thi tìm hiểu về cải cách hành chính"),
      ["HI. TUYÊN TRUYỀN TRỰC QUAN", "", "", "", ""],
      task("6", "Treo băng rôn, khẩu hiệu tuyên truyền"),
    ]);
    expect(tasks.map((t) => [t.number, t.areaLabel])).toEqual([
      ["5", "Tuyên truyền thông qua hội nghị"],
      ["6", "Tuyên truyền trực quan"],
    ]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "group-numeral-misread", message: expect.stringContaining(`"TUYÊN TRUYỀN TRỰC QUAN": its numeral "HI" read as III`) }));
  });
});

describe("a group's Roman numeral in its own STT cell, OCR misread", () => {
  it("'H' after group I is group II, 'l HI' after II is III; each reported", () => {
    const { tasks, diagnostics } = read([
      HEADER,
      ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
      task("1", "Rà soát văn bản quy phạm pháp luật"),
      ["H", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""],
      task("2", "Công khai thủ tục hành chính"),
      ["l HI", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "", "", ""],
      task("3", "Sắp xếp, kiện toàn tổ chức"),
    ]);
    expect(tasks.map((t) => [t.number, t.areaLabel, t.area])).toEqual([
      ["1", "Cải cách thể chế", "institutions"],
      ["2", "Cải cách thủ tục hành chính", "procedures"],
      ["3", "Cải cách tổ chức bộ máy", "organization"],
    ]);
    expect(diagnostics.filter((d) => d.code === "group-numeral-misread").map((d) => d.message)).toEqual([
      `group row "CẢI CÁCH THỦ TỤC HÀNH CHÍNH": its numeral "H" read as II (OCR misread its strokes)`,
      `group row "CẢI CÁCH TỔ CHỨC BỘ MÁY": its numeral "l HI" read as III (OCR misread its strokes)`,
    ]);
  });

  it("digits stay an Arabic group, and a letter after a lettered sub-group stays a letter", () => {
    const { tasks, diagnostics } = read([
      HEADER,
      ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
      ["1", "RÀ SOÁT VĂN BẢN", "", "", ""],
      task("1.1", "Rà soát văn bản quy phạm pháp luật"),
      ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""],
      ["G", "MỘT CỬA", "", "", ""],
      task("2.1", "Công khai thủ tục hành chính"),
      ["H", "DỊCH VỤ CÔNG", "", "", ""],
      task("2.2", "Cung cấp dịch vụ công trực tuyến"),
    ]);
    expect(tasks.map((t) => [t.number, t.areaLabel, t.subArea])).toEqual([
      // Under a Roman group that names a reform area, an Arabic group is its sub-group (README, "Tables").
      ["1.1", "Cải cách thể chế", "Rà soát văn bản"],
      ["2.1", "Cải cách thủ tục hành chính", "MỘT CỬA"],
      ["2.2", "Cải cách thủ tục hành chính", "DỊCH VỤ CÔNG"],
    ]);
    expect(diagnostics.map((d) => d.code)).not.toContain("group-numeral-misread");
  });
});
