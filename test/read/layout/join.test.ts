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

describe("joinPages: cells merged down to the foot of a page", () => {
  /** A ruled table of four columns: TT | Nhiệm vụ | Chủ trì | Kinh phí. */
  const geometry4 = (page: number): TableGeometry => ({ xs: [60, 90, 300, 420, 540], closedTop: true, closedBottom: true, page });
  const head = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Kinh phí"];
  /** Rows whose cell in column `col` is one cell merged down them all (its text, possibly none, in the first). */
  const mergedDown = (rows: Row[], col: number, text: string): Row[] => {
    const content = text === "" ? [] : [{ type: "paragraph" as const, lines: [text], position: {} }];
    rows.forEach((r, k) => {
      r.cells[col] = k === 0 ? cell(content, {}, { rowSpan: rows.length }) : cell(content, {}, { merged: "above" });
    });
    return rows;
  };
  const texts = (blocks: ReturnType<typeof joinPages>) =>
    blocks.filter((b): b is Table => b.type === "table").map((t) => t.rows.map((r) => r.cells.map((c) => cellText(c).replace(/\n/g, " "))));
  const join = (first: Table, second: Table, diagnostics: Diagnostic[]) =>
    joinPages(
      [
        { page: 1, placed: [{ block: first, geometry: geometry4(1) }] },
        { page: 2, placed: [{ block: second, geometry: geometry4(2) }] },
      ],
      diagnostics,
    );

  it("goes on beside the next page's first task where that task's cell is empty (a 'Kinh phí' merged over a group)", () => {
    const first = table([row(head, true), ...mergedDown([row(["1", "Rà soát thủ tục", "Văn phòng", ""]), row(["2", "Công khai thủ tục", "Văn phòng", ""])], 3, "Ngân sách huyện")]);
    const second = table([row(head, true), row(["3", "Số hóa hồ sơ", "Văn phòng", ""]), row(["4", "Khảo sát mức độ hài lòng", "Phòng Nội vụ", "Không"])]);
    const diagnostics: Diagnostic[] = [];
    expect(texts(join(first, second, diagnostics))).toEqual([
      [
        head,
        ["1", "Rà soát thủ tục", "Văn phòng", "Ngân sách huyện"],
        ["2", "Công khai thủ tục", "Văn phòng", "Ngân sách huyện"],
        ["3", "Số hóa hồ sơ", "Văn phòng", "Ngân sách huyện"],
        ["4", "Khảo sát mức độ hài lòng", "Phòng Nội vụ", "Không"],
      ],
    ]);
    expect(diagnostics.map((d) => d.code)).toContain("merge-continued-across-page");
  });

  it("does not go on into a group row, nor into a cell of its own", () => {
    const group = row(["II", "CẢI CÁCH THỂ CHẾ", "", ""]);
    group.cells[1] = cell([{ type: "paragraph", lines: ["CẢI CÁCH THỂ CHẾ"], position: {} }], {}, { colSpan: 3 });
    group.cells[2] = cell(group.cells[1].content, {}, { merged: "left" });
    group.cells[3] = cell(group.cells[1].content, {}, { merged: "left" });
    const first = table([row(head, true), ...mergedDown([row(["1", "Rà soát thủ tục", "Văn phòng", ""]), row(["2", "Công khai thủ tục", "Văn phòng", ""])], 3, "Ngân sách huyện")]);
    const diagnostics: Diagnostic[] = [];
    const rows = texts(join(first, table([row(head, true), group, row(["3", "Rà soát văn bản", "Phòng Tư pháp", ""])]), diagnostics))[0]!;
    expect(rows.slice(3)).toEqual([
      ["II", "CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỂ CHẾ"],
      ["3", "Rà soát văn bản", "Phòng Tư pháp", ""],
    ]);
    const own = texts(join(
      table([row(head, true), ...mergedDown([row(["1", "Rà soát thủ tục", "Văn phòng", ""]), row(["2", "Công khai thủ tục", "Văn phòng", ""])], 3, "Ngân sách huyện")]),
      table([row(head, true), row(["3", "Số hóa hồ sơ", "Văn phòng", "Ngân sách tỉnh"])]),
      [],
    ))[0]!;
    expect(own[3]).toEqual(["3", "Số hóa hồ sơ", "Văn phòng", "Ngân sách tỉnh"]);
    expect(diagnostics.map((d) => d.code)).not.toContain("merge-continued-across-page");
  });

  it("takes the merged cells' text the break pushed onto the next page, alone in a row without a number", () => {
    const rows = mergedDown([row(["4", "Phát triển hạ tầng số", "", ""]), row(["5", "Phát triển dữ liệu số", "", ""])], 2, "");
    mergedDown(rows, 3, "");
    const second = table([row(head, true), row(["", "", "Phòng Văn hóa, Khoa học và Thông tin", "Nguồn kinh phí chuyển đổi số"]), row(["6", "Đánh giá chuyển đổi số", "Phòng Nội vụ", "Không"])]);
    const diagnostics: Diagnostic[] = [];
    expect(texts(join(table([row(head, true), ...rows]), second, diagnostics))).toEqual([
      [
        head,
        ["4", "Phát triển hạ tầng số", "Phòng Văn hóa, Khoa học và Thông tin", "Nguồn kinh phí chuyển đổi số"],
        ["5", "Phát triển dữ liệu số", "Phòng Văn hóa, Khoa học và Thông tin", "Nguồn kinh phí chuyển đổi số"],
        ["6", "Đánh giá chuyển đổi số", "Phòng Nội vụ", "Không"],
      ],
    ]);
    expect(diagnostics.find((d) => d.code === "row-joined-across-page")?.message).toMatch(/merged down the rows above/);
  });

  it("joins a merged name the break cut mid-way ('Phòng Nội' / 'vụ')", () => {
    const rows = mergedDown([row(["15", "Rà soát chức năng", "", "Không"]), row(["16", "Tinh giản biên chế", "", "Không"])], 2, "Phòng Nội");
    const second = table([row(head, true), row(["17", "Sắp xếp đơn vị sự nghiệp", "vụ", "Không"])]);
    expect(texts(join(table([row(head, true), ...rows]), second, []))[0]!.map((r) => r[2])).toEqual(["Cơ quan chủ trì", "Phòng Nội vụ", "Phòng Nội vụ", "Phòng Nội vụ"]);
  });
});

describe("joinPages: a row without a number at the top of a page", () => {
  const geometry4 = (page: number): TableGeometry => ({ xs: [60, 90, 300, 420, 540], closedTop: true, closedBottom: true, page });
  const head = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"];
  const join = (tail: string[]) =>
    joinPages(
      [
        { page: 1, placed: [{ block: table([row(head, true), row(["7", "Rà soát văn bản quy phạm pháp luật do HĐND,", "Phòng Tư pháp", "Văn phòng HĐND và"])]), geometry: geometry4(1) }] },
        { page: 2, placed: [{ block: table([row(head, true), row(tail), row(["8", "Tự kiểm tra văn bản", "Phòng Tư pháp", "Các cơ quan"])]), geometry: geometry4(2) }] },
      ],
      [],
    ).filter((b): b is Table => b.type === "table")[0]!.rows.map((r) => r.cells.map((c) => cellText(c).replace(/\n/g, " ")));

  it("between two numbered rows is the rest of the row the break cut, though it goes on with a capital", () => {
    expect(join(["", "UBND huyện ban hành", "", "UBND huyện"])).toEqual([
      head,
      ["7", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành", "Phòng Tư pháp", "Văn phòng HĐND và UBND huyện"],
      ["8", "Tự kiểm tra văn bản", "Phòng Tư pháp", "Các cơ quan"],
    ]);
  });

  it("that starts a list item is a sub-item of its own", () => {
    expect(join(["", "- Công bố danh mục văn bản", "Văn phòng", "Các cơ quan"])).toHaveLength(4);
  });
});
