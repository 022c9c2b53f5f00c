import { describe, expect, it } from "vitest";
import type { Paragraph, Table } from "../../../src/model/types.js";
import { layoutPages } from "../../../src/read/layout/index.js";
import type { PageContent, PositionedText } from "../../../src/read/layout/types.js";

/** A line of text on a 12 pt grid: words laid out at 6 pt per character. */
function line(text: string, x: number, y: number, extra: Partial<PositionedText> = {}): PositionedText[] {
  const words: PositionedText[] = [];
  let cursor = x;
  for (const w of text.split(" ")) {
    words.push({ text: w, x: cursor, y, width: w.length * 6, height: 12, ...extra });
    cursor += w.length * 6 + 4;
  }
  return words;
}

function page(n: number, items: PositionedText[]): PageContent {
  return { page: n, width: 595, height: 842, items, rulings: [], ocr: false };
}

describe("layoutPages", () => {
  it("drops a running header repeated on most pages and lone page numbers, and puts breaks between pages", () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [...line("UBND HUYEN DUC THO", 200, 30), ...line(`Body text of page ${n}.`, 60, 200), ...line(String(n), 290, 800)]),
    );
    const { value } = layoutPages(pages);
    expect(value.map((b) => (b.type === "paragraph" ? b.lines.join(" ") : b.type))).toEqual([
      "Body text of page 1.",
      "pageBreak",
      "Body text of page 2.",
      "pageBreak",
      "Body text of page 3.",
    ]);
    expect(value[1]!.position).toEqual({ page: 2 });
    expect(value[2]!.position).toEqual({ page: 2, line: 1 });
  });

  it("splits paragraphs on list markers, vertical gaps and first-line indents, and takes bullets into marker", () => {
    const items = [
      ...line("I. MUC TIEU", 60, 100, { bold: true }),
      ...line("The first paragraph runs over two lines and fills the", 80, 130),
      ...line("measure of the page to the right edge of the text.", 60, 144),
      ...line("- a dashed item", 60, 158),
      ...line("- another one", 60, 172),
      ...line("After a gap comes a new paragraph.", 80, 210),
    ];
    const { value } = layoutPages([page(1, items)]);
    const paragraphs = value as Paragraph[];
    expect(paragraphs.map((p) => p.lines)).toEqual([
      ["I. MUC TIEU"],
      ["The first paragraph runs over two lines and fills the", "measure of the page to the right edge of the text."],
      ["a dashed item"],
      ["another one"],
      ["After a gap comes a new paragraph."],
    ]);
    expect(paragraphs[0]!.emphasis).toEqual({ bold: true });
    expect(paragraphs[2]!.marker).toBe("-");
    expect(paragraphs.map((p) => p.position.line)).toEqual([1, 2, 4, 5, 6]);
  });

  it("reads side-by-side text blocks as a borderless table", () => {
    const items = [
      ...line("UY BAN NHAN DAN", 60, 40),
      ...line("CONG HOA XA HOI CHU NGHIA", 330, 40),
      ...line("HUYEN DUC THO", 70, 54),
      ...line("Doc lap Tu do Hanh phuc", 340, 54),
      ...line("Body text below.", 60, 120),
    ];
    const { value } = layoutPages([page(1, items)]);
    const table = value[0] as Table;
    expect(table.type).toBe("table");
    expect(table.rows).toHaveLength(1);
    // Each block's lines stay in its own cell, in order (centred short lines may be paragraphs of their own).
    expect(table.rows[0]!.cells.map((c) => c.content.flatMap((p) => p.lines))).toEqual([
      ["UY BAN NHAN DAN", "HUYEN DUC THO"],
      ["CONG HOA XA HOI CHU NGHIA", "Doc lap Tu do Hanh phuc"],
    ]);
    expect(value[1]).toMatchObject({ type: "paragraph", lines: ["Body text below."] });
  });

  it("marks small print at the foot of the page as a footnote", () => {
    const items = [
      ...line("Body text with a note.", 60, 100),
      { text: "1 The note itself.", x: 60, y: 780, width: 90, height: 9 },
    ];
    const { value } = layoutPages([page(1, items)]);
    expect(value.map((b) => b.type === "paragraph" && b.footnote === true)).toEqual([false, true]);
  });
});

describe("layoutPages: blocks set in columns without borders", () => {
  /** One text item (a text chunk as LibreOffice and Word draw it), 13 pt, width from Times-like metrics. */
  const chunk = (text: string, x: number, y: number, extra: Partial<PositionedText> = {}): PositionedText => ({
    text,
    x,
    y,
    width: text.length * 6,
    height: 13,
    ...extra,
  });
  const cells = (table: Table) => table.rows.map((r) => r.cells.map((c) => c.content.map((p) => (p.marker ? `${p.marker} ` : "") + p.lines.join(" "))));
  /** Each column's lines, top to bottom over all rows (how short centred lines group into paragraphs aside). */
  const columnLines = (table: Table) =>
    table.rows[0]!.cells.map((_, k) => table.rows.flatMap((r) => r.cells[k]!.content.flatMap((p) => p.lines.map((l, i) => (i === 0 && p.marker ? `${p.marker} ${l}` : l)))));

  it("reads a signature block as one row: the recipients in one column, the signing titles in the other", () => {
    const items = [
      chunk("Trên đây là Kế hoạch cải cách hành chính năm 2024 của UBND huyện.", 60, 440),
      chunk("Nơi nhận:", 60, 480, { bold: true }),
      chunk("TM. ỦY BAN NHÂN DÂN", 340, 480, { bold: true }),
      chunk("- UBND tỉnh;", 60, 495),
      chunk("KT. CHỦ TỊCH", 370, 495, { bold: true }),
      chunk("- Sở Nội vụ;", 60, 510),
      chunk("PHÓ CHỦ TỊCH", 365, 525, { bold: true }),
      chunk("- Các cơ quan, đơn vị thuộc huyện;", 60, 525),
      chunk("- Lưu: VT.", 60, 540),
    ];
    const { value } = layoutPages([page(1, items)]);
    const tables = value.filter((b): b is Table => b.type === "table");
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toHaveLength(1);
    expect(columnLines(tables[0]!)).toEqual([
      ["Nơi nhận:", "- UBND tỉnh;", "- Sở Nội vụ;", "- Các cơ quan, đơn vị thuộc huyện;", "- Lưu: VT."],
      ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    ]);
    // The running text above it stays out of the block.
    expect(value[0]).toMatchObject({ type: "paragraph", lines: ["Trên đây là Kế hoạch cải cách hành chính năm 2024 của UBND huyện."] });
  });

  it("gives centred header texts their column by the gutter, also on a line whose gap is narrower than 2.5 em", () => {
    const items = [
      { ...chunk("UỶ BAN NHÂN DÂN", 115, 40), width: 121 },
      { ...chunk("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", 262, 40, { bold: true }), width: 270 },
      { ...chunk("XÃ HÒA BÌNH", 132, 55, { bold: true }), width: 87 },
      { ...chunk("Độc lập - Tự do - Hạnh phúc", 317, 55, { bold: true }), width: 159 },
      { ...chunk("Số: 08/KH-UBND", 127, 78), width: 97 },
      { ...chunk("Hòa Bình, ngày 05 tháng 02 năm 2024", 295, 78, { italic: true }), width: 202 },
      chunk("KẾ HOẠCH", 276, 120, { bold: true }),
    ];
    const { value } = layoutPages([page(1, items)]);
    expect(value[0]!.type).toBe("table");
    expect(columnLines(value[0] as Table)).toEqual([
      ["UỶ BAN NHÂN DÂN", "XÃ HÒA BÌNH", "Số: 08/KH-UBND"],
      ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa Bình, ngày 05 tháng 02 năm 2024"],
    ]);
    expect(value[1]).toMatchObject({ type: "paragraph", lines: ["KẾ HOẠCH"] });
  });

  it("reads a table drawn without rulings: columns from its gutters, a row where the number column takes up again", () => {
    const items = [
      chunk("STT", 60, 100, { bold: true }),
      chunk("Nội dung kiểm tra", 130, 100, { bold: true }),
      chunk("Đơn vị chủ trì", 330, 100, { bold: true }),
      chunk("Thời gian", 450, 100, { bold: true }),
      chunk("1", 66, 115),
      chunk("Kiểm tra việc thực hiện kế hoạch", 94, 115),
      chunk("Phòng Nội vụ", 310, 115),
      chunk("Tháng 5/2024", 430, 115),
      chunk("cải cách hành chính", 94, 130),
      chunk("2", 66, 145),
      chunk("Kiểm tra kỷ luật, kỷ cương", 94, 145),
      chunk("Văn phòng HĐND", 310, 145),
      chunk("Quý III/2024", 430, 145),
      chunk("và UBND thị xã", 310, 160),
    ];
    const { value } = layoutPages([page(1, items)]);
    expect(value).toHaveLength(1);
    expect(cells(value[0] as Table)).toEqual([
      [["STT"], ["Nội dung kiểm tra"], ["Đơn vị chủ trì"], ["Thời gian"]],
      [["1"], ["Kiểm tra việc thực hiện kế hoạch cải cách hành chính"], ["Phòng Nội vụ"], ["Tháng 5/2024"]],
      [["2"], ["Kiểm tra kỷ luật, kỷ cương"], ["Văn phòng HĐND và UBND thị xã"], ["Quý III/2024"]],
    ]);
  });

  it("keeps a borderless table's columns past a bold group row that runs across them, and a merged cell's text brought down by empty lines in its row", () => {
    const items = [
      chunk("TT", 60, 100, { bold: true }),
      chunk("Nhiệm vụ", 150, 100, { bold: true }),
      chunk("Cơ quan", 320, 100, { bold: true }),
      chunk("Cơ quan", 400, 100, { bold: true }),
      chunk("Thời gian", 500, 100, { bold: true }),
      chunk("chủ trì", 320, 115, { bold: true }),
      chunk("phối hợp", 400, 115, { bold: true }),
      chunk("hoàn thành", 500, 115, { bold: true }),
      // The group row's title runs on over the "Cơ quan chủ trì" column, before any row shows that column's text.
      chunk("I", 62, 130, { bold: true }),
      chunk("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", 94, 130, { bold: true }),
      chunk("1", 66, 145),
      chunk("Ban hành kế hoạch cải cách", 94, 145),
      chunk("UBND huyện", 310, 145),
      chunk("Văn phòng", 400, 145),
      chunk("Quý I/2025", 500, 145),
      chunk("hành chính năm 2025", 94, 160),
      chunk("2", 66, 175),
      chunk("Kiểm tra công tác cải cách", 94, 175),
      chunk("Các cơ quan", 400, 175),
      chunk("Quý III/2025", 500, 175),
      chunk("hành chính", 94, 190),
      // Row 2's lead cell: Enter pressed above its text, which falls below the row's other cells.
      chunk("Phòng Nội vụ", 310, 250),
      chunk("Phòng Tư pháp", 310, 265),
      chunk("3", 66, 280),
      chunk("Tổ chức tự đánh giá", 94, 280),
      chunk("Các phòng", 400, 280),
      chunk("Tháng 11/2025", 500, 280),
    ];
    const { value } = layoutPages([page(1, items)]);
    expect(value).toHaveLength(1);
    expect(cells(value[0] as Table)).toEqual([
      [["TT"], ["Nhiệm vụ"], ["Cơ quan chủ trì"], ["Cơ quan phối hợp"], ["Thời gian hoàn thành"]],
      [["I"], ["CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"], [], [], []],
      [["1"], ["Ban hành kế hoạch cải cách hành chính năm 2025"], ["UBND huyện"], ["Văn phòng"], ["Quý I/2025"]],
      [["2"], ["Kiểm tra công tác cải cách hành chính"], ["Phòng Nội vụ Phòng Tư pháp"], ["Các cơ quan"], ["Quý III/2025"]],
      [["3"], ["Tổ chức tự đánh giá"], [], ["Các phòng"], ["Tháng 11/2025"]],
    ]);
  });

  it("does not read a justified line spread word by word as columns", () => {
    const items = [
      chunk("TM.", 300, 500, { bold: true }),
      chunk("ỦY", 345, 500, { bold: true }),
      chunk("BAN", 384, 500, { bold: true }),
      chunk("NHÂN", 429, 500, { bold: true }),
      chunk("DÂN", 480, 500, { bold: true }),
      chunk("CHỦ TỊCH", 300, 515, { bold: true }),
    ];
    const { value } = layoutPages([page(1, items)]);
    expect(value.some((b) => b.type === "table")).toBe(false);
  });
});

describe("layoutPages: a full stop OCR made up where a cell's line wraps", () => {
  // A ruled table x 50–345: columns 50 | 250 | 345, a header row (y 100–120) and one row (y 120–160). The partner cell
  // wraps "Các phòng, đơn" over "vị thuộc Sở"; OCR read the line's last word as "đơn." with a low confidence.
  const h = (y: number) => ({ x1: 50, y1: y, x2: 345, y2: y });
  const v = (x: number) => ({ x1: x, y1: 100, x2: x, y2: 160 });
  function scanned(last: string, confidence: number, next: string): PageContent {
    const ocr = (words: PositionedText[]) => words.map((w) => ({ ...w, confidence: 95 }));
    const cut = ocr(line(`Các phòng, ${last}`, 255, 124));
    cut[cut.length - 1]!.confidence = confidence;
    const items = [...ocr(line("Chủ trì", 55, 104)), ...ocr(line("Phối hợp", 255, 104)), ...ocr(line("Văn phòng Sở", 55, 124)), ...cut, ...ocr(line(next, 255, 140))];
    return { page: 1, width: 595, height: 842, items, rulings: [h(100), h(120), h(160), v(50), v(250), v(345)], ocr: true };
  }
  const partnerCell = (content: PageContent) => {
    const { value, diagnostics } = layoutPages([content]);
    const table = value.find((b): b is Table => b.type === "table")!;
    return { text: table.rows[1]!.cells[1]!.content.map((p) => p.lines.join(" ")).join(" | "), diagnostics };
  };

  it("is dropped before a line going on in lower case, and the drop reported", () => {
    const { text, diagnostics } = partnerCell(scanned("đơn.", 74, "vị thuộc Sở"));
    expect(text).toBe("Các phòng, đơn vị thuộc Sở");
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "ocr-stop-dropped", message: expect.stringContaining(`OCR read "đơn." (confidence 74)`) }));
  });

  it("is dropped after a joining word whatever the next line ('HĐND và.' over 'UBND huyện')", () => {
    expect(partnerCell(scanned("và.", 70, "UBND huyện")).text).toBe("Các phòng, và UBND huyện");
  });

  it("stays where OCR was sure of it, or where the next line starts a new sentence", () => {
    expect(partnerCell(scanned("đơn.", 96, "vị thuộc Sở")).text).toBe("Các phòng, đơn. vị thuộc Sở");
    expect(partnerCell(scanned("đơn.", 74, "Văn phòng UBND")).text).toContain("đơn.");
  });
});
