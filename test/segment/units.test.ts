import { describe, expect, it } from "vitest";
import { paragraph } from "../../src/model/types.js";
import { toUnits } from "../../src/segment/units.js";
import { makeTable } from "../extract/make-table.js";

describe("units", () => {
  it("splices the paragraphs of a small layout table in where it stands, and keeps a task table a table", () => {
    const units = toUnits([
      makeTable([["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 15/KH-UBND", "Hà Tĩnh, ngày 5 tháng 1 năm 2025"]]),
      paragraph(["KẾ HOẠCH"], { line: 5 }),
      makeTable([["STT", "Nội dung", "Chủ trì", "Thời gian"], ["1", "Rà soát", "Sở Nội vụ", "2025"]]),
    ]);
    expect(units.map((u) => [u.text, u.inTable])).toEqual([
      ["ỦY BAN NHÂN DÂN", true],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true],
      ["Số: 15/KH-UBND", true],
      ["Hà Tĩnh, ngày 5 tháng 1 năm 2025", true],
      ["KẾ HOẠCH", false],
    ]);
  });
  it("joins a paragraph a page break cut in two (the second half starts in lower case)", () => {
    const units = toUnits([paragraph(["Tổ chức rà soát các thủ tục"], { line: 1 }), paragraph(["hành chính của tỉnh."], { line: 2 }), paragraph(["Kiểm tra."], { line: 3 })]);
    expect(units.map((u) => u.text)).toEqual(["Tổ chức rà soát các thủ tục hành chính của tỉnh.", "Kiểm tra."]);
  });
});
