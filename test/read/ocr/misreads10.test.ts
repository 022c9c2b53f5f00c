/**
 * Misreads tesseract made on the scans of fixtures/unseen-office/scan (u1, u5) and that plans' scans make again and
 * again, each written by hand in the shape OCR gave it: bracketed item numbers read with look-alike strokes or
 * brackets, a lexicon phrase around a lone dash, a lexicon word that alone differs in a long phrase ("tỉnh giản biên
 * chế"), a word run together after an opening bracket, a column-number row with a bracket read with letters, and a
 * quarter's numeral whose strokes ran together ("Quý H").
 */
import { describe, expect, it } from "vitest";
import { bracketedNumbers, correctWords } from "../../../src/read/ocr/correct.js";
import { splitRunTogether } from "../../../src/read/ocr/syllables.js";
import { findTaskHeader, repeatsHeader } from "../../../src/segment/task-header.js";
import { parseDeadline } from "../../../src/normalize/deadline.js";
import { makeTable } from "../../extract/make-table.js";

const correct = (text: string) => correctWords(text.split(" ")).words.join(" ");

describe("bracketed item numbers", () => {
  it("strokes for 1 and mismatched brackets are read as the digits", () => {
    expect(correct("(l) Chủ trì tổ chức; (2) Phối hợp với; (3} Báo cáo; {4) Tổng hợp; (5] Kiểm tra; (|) Gửi")).toBe(
      "(1) Chủ trì tổ chức; (2) Phối hợp với; (3) Báo cáo; (4) Tổng hợp; (5) Kiểm tra; (1) Gửi",
    );
    expect(correct("(l2) Tổng kết; (1!) Báo cáo")).toBe("(12) Tổng kết; (11) Báo cáo");
  });

  it("(I) and (i) are (1) where the page numbers its items (2), (3) and never (ii)", () => {
    expect(correct("(I) Tuyên bố lý do; (2) Phát biểu khai mạc")).toBe("(1) Tuyên bố lý do; (2) Phát biểu khai mạc");
    expect(correct("(i) Tuyên bố lý do; (2) Phát biểu khai mạc")).toBe("(1) Tuyên bố lý do; (2) Phát biểu khai mạc");
    expect(correct("(i) Tuyên bố lý do; (ii) Phát biểu khai mạc")).toBe("(i) Tuyên bố lý do; (ii) Phát biểu khai mạc");
    expect(correct("(I) Tuyên bố lý do")).toBe("(I) Tuyên bố lý do");
  });

  it("markers as written are left alone, and each change is reported", () => {
    expect(bracketedNumbers(["(1)", "[2]", "{3}", "(0)", "(k)", "(l)"])).toEqual([]);
    expect(correctWords(["(l)", "Chủ", "trì"]).corrections).toEqual([expect.objectContaining({ from: "(l)", to: "(1)" })]);
  });
});

describe("lexicon phrases", () => {
  it("a lone dash inside a phrase neither takes part nor breaks it", () => {
    expect(correct("Trung tâm Văn hóa - Thế thao và Truyền thanh")).toBe("Trung tâm Văn hóa - Thể thao và Truyền thanh");
    expect(correct("Phòng Tài chính - Kể hoạch")).toBe("Phòng Tài chính - Kế hoạch");
  });

  it("a lexicon word that alone differs in a phrase of four is corrected; in a shorter phrase it is left", () => {
    expect(correct("thực hiện tỉnh giản biên chế theo lộ trình")).toBe("thực hiện tinh giản biên chế theo lộ trình");
    expect(correct("tỉnh giản")).toBe("tỉnh giản");
  });
});

describe("an acronym with one letter read as a digit", () => {
  it("'1SO' is ISO ('TCVN 1SO 9001:2015', fixtures/scan 001), 'IS0' too; unit codes of letters and digits stay", () => {
    expect(correct("TCVN 1SO 9001:2015")).toBe("TCVN ISO 9001:2015");
    expect(correct("IS0 điện tử")).toBe("ISO điện tử");
    expect(correct("C04 chủ trì, V01 và H01 phối hợp; PA08")).toBe("C04 chủ trì, V01 và H01 phối hợp; PA08");
  });
});

describe("words run together after an opening bracket", () => {
  it("keeps the bracket before the first syllable", () => {
    expect(splitRunTogether("(Cáccơquan")).toEqual(["(Các", "cơ", "quan"]);
    expect(splitRunTogether("(CCHC)")).toEqual(["(CCHC)"]);
  });
});

describe("a column-number row read with letters", () => {
  const rows = [
    ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    ["1", "Rà soát thủ tục hành chính", "Báo cáo", "Phòng Nội vụ", "Các phòng", "Quý I/2024"],
  ];
  const header = findTaskHeader(makeTable(rows))!;

  it("'(Đài' for '(2)' among bracketed numbers is the row repeated on the next page", () => {
    expect(repeatsHeader(makeTable([["G)", "(Đài", "(3)", "(4)", "(9)", "(6)"]]).rows[0]!.cells, header)).toBe(true);
  });

  it("a row with a word that is not bracketed, or too few numbers of its own, is data", () => {
    expect(repeatsHeader(makeTable([["G)", "Đài", "(3)", "(4)", "(9)", "(6)"]]).rows[0]!.cells, header)).toBe(false);
    expect(repeatsHeader(makeTable([["G)", "(Đài", "(3)", "(9)", "(9)", "(8)"]]).rows[0]!.cells, header)).toBe(false);
  });
});

describe("a quarter whose Roman strokes OCR ran together", () => {
  const PLAN = { year: 2024, period: { from: 2024, to: 2024 } };
  it.each([
    ["Quý H, III/2024", "2024-04-01", "2024-09-30", '"H"'],
    ["Quý IH/2024", "2024-07-01", "2024-09-30", '"IH"'],
    ["Quý H năm 2024", "2024-04-01", "2024-06-30", '"H"'],
  ])("%s", (written, start, end, reading) => {
    const { value, diagnostics } = parseDeadline([written], PLAN);
    expect([value.start, value.end]).toEqual([start, end]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "deadline-numeral-guessed", message: expect.stringContaining(reading) })]);
  });
});

describe("a speck read as a comma between Quý and its Roman numeral", () => {
  const PLAN = { year: 2024, period: { from: 2024, to: 2024 } };
  it("'Quý, II năm 2024' is the second quarter (fixtures/scan 004), not the year", () => {
    const { value } = parseDeadline(["Quý, II năm 2024"], PLAN);
    expect([value.start, value.end]).toEqual(["2024-04-01", "2024-06-30"]);
  });
  it("'hằng quý, trước ngày 15 …' keeps its comma as a separator", () => {
    const { value } = parseDeadline(["Định kỳ hằng quý, trước ngày 15 của tháng cuối quý"], PLAN);
    expect(value.recurrence).toBe("quarterly");
    expect([value.start, value.end]).toEqual([null, null]);
  });
});
