import { describe, expect, it } from "vitest";
import { type TableGeometry, joinPages } from "../../../src/read/layout/join.js";
import { type Row, type Table, cell, cellText } from "../../../src/model/types.js";
import type { Diagnostic } from "../../../src/diagnostics.js";

const row = (texts: string[], isHeader = false): Row => ({
  type: "row",
  isHeader,
  cells: texts.map((t) => cell(t === "" ? [] : [{ type: "paragraph", lines: [t], position: {} }], {})),
  position: {},
});
const table = (rows: Row[]): Table => ({ type: "table", rows, position: {} });
/** A ruled table drawn closed at the page's foot and at the next page's head, as LibreOffice draws a row it splits. */
const geometry = (page: number): TableGeometry => ({ xs: [60, 130, 300, 400, 470, 540], closedTop: true, closedBottom: true, page });
const header = ["Lĩnh vực", "Nhiệm vụ", "Sản phẩm", "Chủ trì", "Phối hợp"];

describe("joinPages: a row the page break cut", () => {
  it("joins it back when its first column is a group label written on every row and cut too ('Công tác chỉ đạo' / 'điều hành')", () => {
    const first = table([
      row(header, true),
      row(["Công tác chỉ đạo điều hành", "3. Kiểm tra công vụ", "Báo cáo kết quả", "Sở Nội vụ", "Các sở, ngành"]),
      row(["Công tác chỉ đạo", "- Kiểm tra, đánh giá năng lực cán bộ,", "Kế hoạch và báo cáo kết", "Sở Nội vụ", "Các cơ quan, đơn vị"]),
    ]);
    const second = table([row(["điều hành", "công chức cấp xã", "quả kiểm tra", "", "có liên quan"]), row(["Công tác chỉ đạo điều hành", "4. Tập huấn công tác CCHC", "Hội nghị", "Sở Nội vụ", "Các cơ quan có liên quan"])]);
    const diagnostics: Diagnostic[] = [];
    const blocks = joinPages(
      [
        { page: 1, placed: [{ block: first, geometry: geometry(1) }] },
        { page: 2, placed: [{ block: second, geometry: geometry(2) }] },
      ],
      diagnostics,
    );
    const tables = blocks.filter((b): b is Table => b.type === "table");
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.cells.map((c) => cellText(c).replace(/\n/g, " ")))).toEqual([
      header,
      ["Công tác chỉ đạo điều hành", "3. Kiểm tra công vụ", "Báo cáo kết quả", "Sở Nội vụ", "Các sở, ngành"],
      ["Công tác chỉ đạo điều hành", "- Kiểm tra, đánh giá năng lực cán bộ, công chức cấp xã", "Kế hoạch và báo cáo kết quả kiểm tra", "Sở Nội vụ", "Các cơ quan, đơn vị có liên quan"],
      ["Công tác chỉ đạo điều hành", "4. Tập huấn công tác CCHC", "Hội nghị", "Sở Nội vụ", "Các cơ quan có liên quan"],
    ]);
    expect(diagnostics.map((d) => d.code)).toContain("row-joined-across-page");
  });

  it("keeps a new row whose first column starts a label of its own", () => {
    const first = table([row(header, true), row(["Cải cách thể chế", "1. Rà soát văn bản", "Báo cáo", "Sở Tư pháp", "Các sở"])]);
    const second = table([row(["Cải cách thủ tục hành chính", "2. Công bố thủ tục", "Quyết định", "Văn phòng UBND tỉnh", "Các sở"])]);
    const blocks = joinPages(
      [
        { page: 1, placed: [{ block: first, geometry: geometry(1) }] },
        { page: 2, placed: [{ block: second, geometry: geometry(2) }] },
      ],
      [],
    );
    const tables = blocks.filter((b): b is Table => b.type === "table");
    expect(tables[0]!.rows).toHaveLength(3);
  });
});
