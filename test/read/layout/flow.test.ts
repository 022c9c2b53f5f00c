import { describe, expect, it } from "vitest";
import { type FlowLine, gluesAcrossBreak, linesToParagraphs, syllableBrokenAcross } from "../../../src/read/layout/flow.js";
import { makeLine } from "../../../src/read/layout/lines.js";

/** One line of a cell: its text as a single item at (x, top), `width` wide, 11 pt. */
function line(text: string, x: number, top: number, width: number, lineNo: number): FlowLine {
  return { ...makeLine([{ text, x, y: top, width, height: 11 }]), lineNo };
}

const cell = { rightEdge: 491.4, pitch: 1.15, page: 1 };

describe("linesToParagraphs in a narrow cell", () => {
  it("joins a date the cell width broke in two without a space (LibreOffice: 'Trước' / '15/01/20' / '24')", () => {
    const lines = [line("Trước", 450.2, 188.7, 26.95, 1), line("15/01/20", 450.2, 201.4, 39.09, 2), line("24", 450.2, 214.0, 11, 3)];
    const paragraphs = linesToParagraphs(lines, cell);
    expect(paragraphs.map((p) => p.lines.join(" "))).toEqual(["Trước 15/01/2024"]);
  });

  it("joins a date broken in a centred cell: its rest centred under the line it filled ('15/12/202' / '5')", () => {
    // A 60 pt cell from 431.4 to 491.4: "Trước ngày" centred, "15/12/202" filling the line, "5" centred under it.
    const lines = [line("Trước ngày", 436.4, 188.7, 50, 1), line("15/12/202", 432.4, 201.4, 58, 2), line("5", 458.4, 214.0, 6, 3)];
    expect(linesToParagraphs(lines, cell).map((p) => p.lines.join(" "))).toEqual(["Trước ngày 15/12/2025"]);
    // A centred label stacked word by word fills no line: its words stay apart.
    const label = [line("Quý", 452.4, 188.7, 18, 1), line("IV/2025", 444.4, 201.4, 34, 2)];
    expect(linesToParagraphs(label, cell).map((p) => p.lines.join(" "))).toEqual(["Quý IV/2025"]);
  });

  it("keeps two words apart when the first line stopped short of the edge", () => {
    const lines = [line("Trước", 450.2, 188.7, 26.95, 1), line("ngày", 450.2, 201.4, 22, 2)];
    expect(linesToParagraphs(lines, cell).map((p) => p.lines.join(" "))).toEqual(["Trước ngày"]);
  });

  it("does not glue the words of a label centred word by word", () => {
    // "CẢI CÁCH TTHC" stacked in a narrow cell: each line is one word, but none starts at the cell's left edge.
    const lines = [line("CẢI", 66.1, 100, 20, 1), line("CÁCH", 60.8, 111.5, 28.9, 2), line("TTHC", 61.9, 123, 26.6, 3), line("VÀ", 57.2, 134.5, 14, 4)];
    const paragraphs = linesToParagraphs(lines, { rightEdge: 93, pitch: 1.15, page: 1 });
    expect(paragraphs.map((p) => p.lines.join(" "))).toEqual(["CẢI CÁCH TTHC VÀ"]);
  });

  it("starts a new item at a numbered line set off by paragraph spacing, though the number would not have fitted", () => {
    // Pitch 12.6 pt inside an item, 13.6 pt before "3.12.": Word's spacing after a paragraph.
    const lines = [
      line("3.11. Triển", 242.7, 442.2, 48.54, 1),
      line("khai chứng", 242.7, 454.8, 48.96, 2),
      line("thực điện tử", 242.7, 467.5, 52.78, 3),
      line("3.12. Kiểm", 242.7, 481.1, 49.1, 4),
      line("tra danh tính", 242.7, 493.8, 55.54, 5),
    ];
    const paragraphs = linesToParagraphs(lines, { rightEdge: 303.3, pitch: 1.15, page: 1 });
    expect(paragraphs.map((p) => p.lines.join(" "))).toEqual(["3.11. Triển khai chứng thực điện tử", "3.12. Kiểm tra danh tính"]);
  });

  it("wraps 'Trung tâm' / 'HCC huyện' as one name: 'HCC' and its space would not have fitted", () => {
    const lines = [line("Trung tâm", 577.6, 136.4, 45.49, 1), line("HCC huyện, bộ", 577.6, 147.9, 68.3, 2)];
    const paragraphs = linesToParagraphs(lines, { rightEdge: 645.9, pitch: 1.15, page: 1 });
    expect(paragraphs).toHaveLength(1);
  });
});

describe("linesToParagraphs: centred cells and emphasis inside a sentence", () => {
  it("keeps a centred cell's shorter last line in its paragraph ('Lãnh đạo Sở Nông' / 'nghiệp và Môi' / 'trường')", () => {
    // Centred on x = 290 in a cell whose text area ends at 330: each line's left edge moves right as it gets shorter.
    const lines = [line("Lãnh đạo Sở Nông", 252.5, 100, 75, 1), line("nghiệp và Môi", 259, 112.6, 62, 2), line("trường", 275, 125.2, 30, 3)];
    const paragraphs = linesToParagraphs(lines, { rightEdge: 330, pitch: 1.15, page: 1 });
    expect(paragraphs.map((p) => p.lines.join(" "))).toEqual(["Lãnh đạo Sở Nông nghiệp và Môi trường"]);
  });

  it("still starts a new paragraph at a first-line indent under a full line", () => {
    const lines = [
      line("Tổ chức thực hiện nghiêm túc các nội dung của kế hoạch", 85, 100, 436, 1),
      line("và báo cáo kết quả về Sở Nội vụ trước ngày 15/12", 85, 112.6, 300, 2),
      line("Các cơ quan, đơn vị chủ động bố trí kinh phí thực hiện", 120, 125.2, 400, 3),
    ];
    const paragraphs = linesToParagraphs(lines, { rightEdge: 523, pitch: 1.15, page: 1 });
    expect(paragraphs).toHaveLength(2);
  });

  it("keeps bold words that a sentence wraps onto in the sentence ('… chậm nhất là ngày' / bold '30/01/2026.')", () => {
    const bold = { ...line("30/01/2026.", 85, 112.6, 55, 2), bold: true };
    const lines = [line("doanh nghiệp. Thời gian hoàn thành ban hành kế hoạch chậm nhất là ngày", 85, 100, 436, 1), bold];
    const paragraphs = linesToParagraphs(lines, { rightEdge: 523, pitch: 1.15, page: 1 });
    expect(paragraphs.map((p) => p.lines.join(" "))).toEqual([
      "doanh nghiệp. Thời gian hoàn thành ban hành kế hoạch chậm nhất là ngày 30/01/2026.",
    ]);
  });

  it("starts a bold heading after a sentence that ended, or after a line that stopped short", () => {
    const heading = { ...line("Sở Nội vụ", 85, 112.6, 50, 2), bold: true };
    const ended = [line("Các đơn vị báo cáo kết quả thực hiện về Sở Nội vụ đúng thời hạn quy định.", 85, 100, 436, 1), heading];
    expect(linesToParagraphs(ended, { rightEdge: 523, pitch: 1.15, page: 1 })).toHaveLength(2);
    const short = [line("Trách nhiệm của các cơ quan", 85, 100, 150, 1), heading];
    expect(linesToParagraphs(short, { rightEdge: 523, pitch: 1.15, page: 1 })).toHaveLength(2);
  });
});

describe("gluesAcrossBreak", () => {
  it("writes tokens that never hold a space together", () => {
    expect(gluesAcrossBreak("15/01/20", "24")).toBe(true);
    expect(gluesAcrossBreak("HĐND&UB", "ND")).toBe(true);
    expect(gluesAcrossBreak("130/2005/NĐ", "-CP")).toBe(true);
    expect(gluesAcrossBreak('"istorage.soctrang.gov.vn', '"')).toBe(true);
    expect(gluesAcrossBreak("đốc/hướn", "g")).toBe(true);
  });

  it("keeps words apart otherwise", () => {
    expect(gluesAcrossBreak("Trung", "tâm")).toBe(false);
    expect(gluesAcrossBreak("huyện", "UBND")).toBe(false);
    expect(gluesAcrossBreak('"Chính', 'quyền"')).toBe(false);
  });
});

describe("linesToParagraphs: a bold label on an indented first line", () => {
  /** A 14 pt body line at `x`, running to `right`; page text between 85 and 524.5 pt. */
  function bodyLine(text: string, x: number, right: number, top: number, lineNo: number, bold: boolean): FlowLine {
    return { ...makeLine([{ text, x, y: top, width: right - x, height: 14, bold }]), lineNo };
  }
  const page = { rightEdge: 524.5, pitch: 1.2, page: 1 };

  it("goes on at the left margin when the label fills the first line (Word's first-line indent, justified)", () => {
    const lines = [
      bodyLine("e) Đề nghị Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Lâm", 120.5, 524.3, 100, 1, true),
      bodyLine("Đồng: Chỉ đạo các ngân hàng, tổ chức tín dụng triển khai các chính sách hỗ", 85, 524.4, 117, 2, false),
      bodyLine("trợ cho vay.", 85, 160, 134, 3, false),
    ];
    const paragraphs = linesToParagraphs(lines, page);
    expect(paragraphs.map((p) => p.lines.join(" "))).toEqual([
      "e) Đề nghị Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Lâm Đồng: Chỉ đạo các ngân hàng, tổ chức tín dụng triển khai các chính sách hỗ trợ cho vay.",
    ]);
  });

  it("goes on when the label ends with its colon at the end of the first line", () => {
    const lines = [
      bodyLine("d) Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh:", 120.5, 524.2, 100, 1, true),
      bodyLine("Phối hợp chặt chẽ với Công an tỉnh nâng cao hiệu quả áp dụng các biện pháp", 85, 524.4, 117, 2, false),
      bodyLine("xử lý hành chính.", 85, 190, 134, 3, false),
    ];
    expect(linesToParagraphs(lines, page).map((p) => p.lines.length)).toEqual([3]);
  });

  it("still ends a bold heading that stopped short, and one whose next paragraph is indented as it is", () => {
    const short = [bodyLine("1. Mục đích", 120.5, 190, 100, 1, true), bodyLine("Nâng cao chất lượng công tác cải cách hành chính trên địa bàn tỉnh, tạo", 85, 524.4, 117, 2, false)];
    expect(linesToParagraphs(short, page).map((p) => p.lines.join(" "))).toEqual(["1. Mục đích", "Nâng cao chất lượng công tác cải cách hành chính trên địa bàn tỉnh, tạo"]);
    const full = [
      bodyLine("2. Nhiệm vụ trọng tâm về cải cách thủ tục hành chính và chuyển đổi số:", 120.5, 524.2, 100, 1, true),
      bodyLine("Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành", 120.5, 524.4, 117, 2, false),
    ];
    expect(linesToParagraphs(full, page)).toHaveLength(2);
  });

  it("marks its paragraphs as wrapped by the layout", () => {
    const lines = [bodyLine("Sở Y tế tham mưu triển khai thực hiện các nội dung tại Dự án 6:", 120.5, 524.3, 100, 1, false), bodyLine("Tăng cường đáp ứng y tế.", 85, 230, 117, 2, false)];
    const paragraphs = linesToParagraphs(lines, page);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.wrapped).toBe(true);
  });
});

describe("syllableBrokenAcross (a narrow cell's word broken at the foot of a page)", () => {
  it("takes a lone consonant cluster after a lower-case letter for the end of the syllable", () => {
    expect(syllableBrokenAcross("Phòng Tài chính - Kế hoạc", "h")).toBe(true);
    expect(syllableBrokenAcross("Phòn", "g Tài")).toBe(true);
  });

  it("keeps words, list letters and capitals apart", () => {
    expect(syllableBrokenAcross("Văn", "phòng HĐND")).toBe(false);
    expect(syllableBrokenAcross("các nội dung sau", "b) Tổ chức")).toBe(false);
    expect(syllableBrokenAcross("các nội dung sau", "c. Tổ chức")).toBe(false);
    expect(syllableBrokenAcross("HĐND", "UBND")).toBe(false);
    expect(syllableBrokenAcross("Kế hoạc.", "h")).toBe(false);
  });
});
