import { describe, expect, it } from "vitest";
import type { Block, DocumentModel } from "../../src/model/types.js";
import { paragraph } from "../../src/model/types.js";
import { type AppendixHead, collectTaskTables, tableWidth } from "../../src/segment/tables.js";
import { makeTable } from "../extract/make-table.js";

const doc = (children: Block[]): DocumentModel => ({ type: "root", children, source: { format: "md", pages: null, ocrPages: [] } });
const header = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"];
const appendix = (block: number, label: string): AppendixHead => ({ block, label, title: `Phụ lục ${label}`, reference: null });

describe("assignment tables of a document", () => {
  it("hands each table over with its header, and a header-less table of the same width as its continuation", () => {
    const parts = collectTaskTables(
      doc([paragraph(["PHỤ LỤC"], { line: 1 }), makeTable([header, ["1", "A", "B", "C", "2024"]]), makeTable([["2", "D", "E", "F", "2025"]]), makeTable([["x", "y"]])]),
      [appendix(0, "I")],
    );
    expect(parts.map((p) => [p.block, p.continues, p.header.rowIndex, p.appendix?.label])).toEqual([
      [1, false, 0, "I"],
      [2, true, -1, "I"],
    ]);
    expect(parts[1]!.header.roles).toEqual(parts[0]!.header.roles);
  });
  it("tells body tables from appendix tables, and never continues a table into the next appendix", () => {
    const parts = collectTaskTables(
      doc([makeTable([header, ["1", "A", "B", "C", "2024"]]), paragraph(["PHỤ LỤC I"], { line: 9 }), makeTable([header, ["1", "A", "B", "C", "2024"]]), paragraph(["PHỤ LỤC II"], { line: 20 }), makeTable([["1", "D", "E", "F", "2025"]])]),
      [appendix(1, "I"), appendix(3, "II")],
    );
    expect(parts.map((p) => [p.block, p.appendix?.label ?? "body", p.continues])).toEqual([
      [0, "body", false],
      [2, "I", false],
    ]);
  });
  it("gives a table its kind from its roles, and leaves out tables that assign nothing", () => {
    const parts = collectTaskTables(
      doc([
        makeTable([["TT", "Chỉ tiêu", "Chủ trì"], ["1", "Kinh tế số chiếm 30% GRDP", "Sở Tài chính"]]),
        paragraph(["…"], { line: 5 }),
        makeTable([["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"], ["1", "UBND xã A", "Tháng 3"]]),
        paragraph(["…"], { line: 9 }),
        makeTable([["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "Ghi chú"], ["1", "Số văn bản", "82", ""]]),
      ]),
      [],
    );
    expect(parts.map((p) => p.kind)).toEqual(["target", "schedule"]);
  });
  it("takes the same header again in the same appendix as the same table going on", () => {
    const parts = collectTaskTables(doc([paragraph(["PHỤ LỤC"], { line: 1 }), makeTable([header, ["1", "A", "B", "C", "2024"]]), paragraph(["Trang 2"], { line: 5 }), makeTable([header, ["2", "D", "E", "F", "2025"]])]), [appendix(0, "I")]);
    expect(parts.map((p) => [p.continues, p.header.rowIndex])).toEqual([
      [false, 0],
      [true, 0],
    ]);
  });
  it("measures a table by its widest row", () => {
    expect(tableWidth(makeTable([["a"], ["a", "b", "c"]]))).toBe(3);
  });
});
