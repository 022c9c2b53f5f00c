import { describe, expect, it } from "vitest";
import { columnsOf, isContinuation, mergeInto, readGroupRow, toGridRows } from "../../src/extract/rows.js";
import { findTaskHeader } from "../../src/segment/task-header.js";
import { makeTable } from "./make-table.js";

const HEADER = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"];
function grid(rows: string[][]) {
  const table = makeTable([HEADER, ...rows]);
  const header = findTaskHeader(table)!;
  return { rows: toGridRows(table, header), columns: columnsOf(header.roles) };
}

describe("grid rows", () => {
  it("gives every row one slot per column, drops a leading empty cell that shifts a row, and drops repeated headers", () => {
    const { rows } = grid([["", "1", "Rà soát", "Sở Nội vụ", "", "2024"], HEADER, ["2", "Kiểm tra", "Sở Tư pháp", "", ""]]);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.slots.map((s) => s.paragraphs.join(""))).toEqual(["1", "Rà soát", "Sở Nội vụ", "", "2024"]);
  });
  it("reads Roman, lettered and capitalised Arabic group rows", () => {
    const { rows, columns } = grid([["I", "CÔNG TÁC CHỈ ĐẠO", "", "", ""], ["B", "Cải cách thể chế", "", "", ""], ["1. CẢI CÁCH TTHC", "", "", "", ""], ["1", "Rà soát", "Sở Nội vụ", "", "2024"]]);
    expect(readGroupRow(rows[0]!, columns)).toEqual({ kind: "area", label: "CÔNG TÁC CHỈ ĐẠO", numeral: "I" });
    expect(readGroupRow(rows[1]!, columns)).toEqual({ kind: "subArea", label: "Cải cách thể chế", numeral: "B" });
    expect(readGroupRow(rows[2]!, columns)).toEqual({ kind: "area", label: "CẢI CÁCH TTHC", numeral: "1" });
    expect(readGroupRow(rows[3]!, columns)).toBeUndefined();
  });
  it("takes a row cut by a page break as a continuation, and a numbered row never", () => {
    const { rows, columns } = grid([["1", "Rà soát các thủ tục", "Sở Nội vụ", "", "2024"], ["", "hành chính của tỉnh", "", "", ""], ["2", "kiểm tra", "", "", ""]]);
    expect(isContinuation(rows[1]!, columns, undefined)).toBe("sentence");
    expect(isContinuation(rows[2]!, columns, undefined)).toBe(false);
    mergeInto(rows[0]!, rows[1]!, columns);
    expect(rows[0]!.slots[1]!.paragraphs).toEqual(["Rà soát các thủ tục hành chính của tỉnh"]);
  });
  it("takes a row with an agency of its own as no continuation", () => {
    const { rows, columns } = grid([["1", "Rà soát", "Sở Nội vụ", "", "2024"], ["", "Công khai kết quả", "Sở Tư pháp", "", ""], ["", "Công khai kết quả", "", "", ""]]);
    expect(isContinuation(rows[2]!, columns, undefined)).toBe("fragments");
    expect(isContinuation(rows[1]!, columns, undefined)).toBe(false);
  });
});
