import { describe, expect, it } from "vitest";
import { paragraph } from "../../src/model/types.js";
import { findAppendixStart, readAppendixHead } from "../../src/segment/appendix.js";
import { toUnits } from "../../src/segment/units.js";

const units = (lines: string[]) => toUnits(lines.map((line, i) => paragraph([line], { line: i + 1 })));

describe("appendix head", () => {
  it("finds a PHỤ LỤC title line after the body and reads its title and reference", () => {
    const u = units(["KẾ HOẠCH", "I. MỤC ĐÍCH", "Nội dung.", "PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025", "(Kèm theo Kế hoạch số 15/KH-UBND ngày 5/1/2025 của UBND tỉnh)"]);
    const start = findAppendixStart(u, 0);
    expect(start).toBe(3);
    expect(readAppendixHead(u, start)).toEqual({
      title: "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
      reference: "Kế hoạch số 15/KH-UBND ngày 5/1/2025 của UBND tỉnh",
    });
  });
  it("finds an appendix titled otherwise by the capitals above its (Kèm theo …) line", () => {
    const u = units(["KẾ HOẠCH", "I. MỤC ĐÍCH", "Nội dung.", "BIỂU PHÂN CÔNG NHIỆM VỤ", "(Kèm theo Kế hoạch số 15/KH-UBND)"]);
    expect(findAppendixStart(u, 0)).toBe(3);
  });
  it("ends the title where the table begins: a note under the table and the next appendix are not title", () => {
    // Blocks: 0–3 body and head, 4 the (task) table, which is no unit, 5 the note under it, 6 the next appendix.
    const blocks = ["KẾ HOẠCH", "1. Mục tiêu", "PHỤ LỤC I", "KẾ HOẠCH KIỂM TRA", "", "(*) Nếu có sự thay đổi về thời gian, Sở sẽ thông báo.", "PHỤ LỤC II"];
    const u = toUnits(blocks.map((line, i) => (i === 4 ? { type: "table" as const, rows: [], position: { line: 5 } } : paragraph([line], { line: i + 1 }))));
    const start = u.findIndex((unit) => unit.text === "PHỤ LỤC I");
    expect(readAppendixHead(u, start)).toEqual({ title: "KẾ HOẠCH KIỂM TRA", reference: null });
  });
  it("takes a reference whose 'theo' OCR garbled as the reference, and a note in parentheses after it as no title", () => {
    const u = units(["PHỤ LỤC I", "KẾ HOẠCH KIỂM TRA", "(Kèm ,heo Kế hoạch số 1105/KH-ĐKT ngày 10/3/2026)", "(Đơn vị tính: triệu đồng)"]);
    expect(readAppendixHead(u, 0)).toEqual({ title: "KẾ HOẠCH KIỂM TRA", reference: "Kế hoạch số 1105/KH-ĐKT ngày 10/3/2026" });
    const noted = units(["PHỤ LỤC I", "KẾ HOẠCH KIỂM TRA", "(Đơn vị tính: triệu đồng)"]);
    expect(readAppendixHead(noted, 0).title).toBe("KẾ HOẠCH KIỂM TRA");
  });
  it("takes a reference whose 'theo' OCR read with a stray tone mark as the reference", () => {
    const u = units(["PHỤ LỤC I", "KẾ HOẠCH KIỂM TRA", "(Kèm ,hẹo Kế hoạch sể 1105 /KH-ĐKT ngày10/3/2026 của Đoàn kiểm tra)"]);
    expect(readAppendixHead(u, 0)).toEqual({ title: "KẾ HOẠCH KIỂM TRA", reference: "Kế hoạch sể 1105 /KH-ĐKT ngày10/3/2026 của Đoàn kiểm tra" });
  });
  it("finds none in a plan without one", () => {
    expect(findAppendixStart(units(["KẾ HOẠCH", "I. MỤC ĐÍCH", "Nội dung."]), 0)).toBe(-1);
  });
});

describe("every appendix", () => {
  it("finds PHỤ LỤC I and PHỤ LỤC II with their own numbers", async () => {
    const { appendixLabel, findAppendixStarts } = await import("../../src/segment/appendix.js");
    const u = units(["KẾ HOẠCH", "I. MỤC ĐÍCH", "Nội dung.", "PHỤ LỤC I", "DANH MỤC CÁC CHỈ TIÊU", "(Kèm theo Quyết định số 2629/QĐ-TTg)", "PHỤ LỤC II", "DANH MỤC CÁC NHIỆM VỤ"]);
    const starts = findAppendixStarts(u, 0);
    expect(starts).toEqual([3, 6]);
    expect(starts.map((i) => appendixLabel(u[i]!.lines[0]!))).toEqual(["I", "II"]);
    expect(appendixLabel("Phụ lục số 02")).toBe("02");
    expect(appendixLabel("PHỤ LỤC")).toBeNull();
  });
});
