import { describe, expect, it } from "vitest";
import { type FlowEdges, type TableGeometry, joinPages } from "../../../src/read/layout/join.js";
import { type Paragraph, type Row, type Table, cell, cellText } from "../../../src/model/types.js";
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

describe("joinPages: a paragraph the page break cut", () => {
  const para = (lines: string[], extra: Partial<Paragraph> = {}): Paragraph => ({ type: "paragraph", lines, position: {}, ...extra });
  const edges = (extra: Partial<FlowEdges>): FlowEdges => ({ left: 85, size: 14, ...extra });

  it("goes on over the break when its last line is full and the next page's text starts at the margin, though with a capital", () => {
    const cut = para(["- Tổ chức rà soát, phân loại tuyến, địa bàn trọng điểm, phức tạp về ma", "túy, địa bàn không có ma túy theo tiêu chí đề ra để làm cơ sở thực hiện"]);
    const note = para(["1 Theo Quyết định số 12/QĐ-UBND."], { footnote: true });
    const rest = para(["Chương trình."]);
    const next = para(["b) Bộ Chỉ huy quân sự tỉnh chủ trì."]);
    const blocks = joinPages(
      [
        { page: 1, placed: [{ block: cut, edges: edges({ startX: 120, roomAtEnd: 3 }) }, { block: note }] },
        { page: 2, placed: [{ block: rest, edges: edges({ startX: 85.2 }) }, { block: next, edges: edges({ roomAtEnd: 200 }) }] },
      ],
      [],
    );
    expect(blocks.map((b) => (b.type === "paragraph" ? b.lines.join(" ") : b.type))).toEqual([
      "- Tổ chức rà soát, phân loại tuyến, địa bàn trọng điểm, phức tạp về ma túy, địa bàn không có ma túy theo tiêu chí đề ra để làm cơ sở thực hiện Chương trình.",
      "1 Theo Quyết định số 12/QĐ-UBND.",
      "pageBreak",
      "b) Bộ Chỉ huy quân sự tỉnh chủ trì.",
    ]);
  });

  it("leaves two paragraphs apart when the first ended short, ended a sentence, or the next one is indented or an item", () => {
    const cases: Array<[Paragraph, FlowEdges, Paragraph, FlowEdges]> = [
      [para(["Tăng cường công tác kiểm tra"]), edges({ roomAtEnd: 180 }), para(["Các sở, ngành chủ động."]), edges({ startX: 85 })],
      [para(["… tổ chức thực hiện có hiệu quả."]), edges({ roomAtEnd: 2 }), para(["Các sở, ngành chủ động."]), edges({ startX: 85 })],
      [para(["… tổ chức thực hiện có hiệu quả các nội dung của"]), edges({ roomAtEnd: 2 }), para(["Các sở, ngành chủ động."]), edges({ startX: 120 })],
      [para(["… tổ chức thực hiện có hiệu quả các nội dung của"]), edges({ roomAtEnd: 2 }), para(["3. Sở Tư pháp chủ trì."]), edges({ startX: 85 })],
    ];
    for (const [before, beforeEdges, after, afterEdges] of cases) {
      const blocks = joinPages([{ page: 1, placed: [{ block: before, edges: beforeEdges }] }, { page: 2, placed: [{ block: after, edges: afterEdges }] }], []);
      expect(blocks.filter((b) => b.type === "paragraph")).toHaveLength(2);
    }
  });
});
