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
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "group-numeral-misread", message: expect.stringContaining(`its numeral "HI" read as III`) }));
  });
});
