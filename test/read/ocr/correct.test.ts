import { describe, expect, it } from "vitest";
import { correctWords, correctionDiagnostic, skeleton } from "../../../src/read/ocr/correct.js";

const correct = (text: string) => correctWords(text.split(" ")).words.join(" ");

describe("correctWords", () => {
  it("turns the eth (U+00D0) into Đ wherever it appears", () => {
    expect(correct("H\u00D0ND huyện \u00D0ề án")).toBe("HĐND huyện Đề án");
  });

  it("reads a fraction or division slash (U+2044, U+2215) as /, reported", () => {
    expect(correct("hoàn thành I\u20442024, số 56\u2215KH-UBND")).toBe("hoàn thành I/2024, số 56/KH-UBND");
    expect(correct("Nghị định số 117/2013\u2044/NĐ-CP")).toBe("Nghị định số 117/2013/NĐ-CP");
    const { corrections } = correctWords(["Quý", "I\u20442024"]);
    expect(corrections).toMatchObject([{ index: 1, from: "I\u20442024", to: "I/2024" }]);
  });

  it("restores acronyms misread through look-alike letters, keeping punctuation", () => {
    expect(correct("công tác CCHƠ năm 2023")).toBe("công tác CCHC năm 2023");
    expect(correct("Ủy ban nhân dân (UBNĐ),")).toBe("Ủy ban nhân dân (UBND),");
    expect(correct("giải quyết TTIIC")).toBe("giải quyết TTHC");
    expect(correct("số 192/KH-UBNĐ")).toBe("số 192/KH-UBND");
  });

  it("leaves upper-case words that are no misread acronym alone", () => {
    const heading = "IV. TỔ CHỨC THỰC HIỆN CHƯƠNG TRÌNH ĐỒNG BỘ";
    expect(correct(heading)).toBe(heading);
  });

  it("restores a tone mark inside a lexicon phrase", () => {
    expect(correct("thực hiện cái cách hành chính")).toBe("thực hiện cải cách hành chính");
    expect(correct("Báo cáo kêt quả")).toBe("Báo cáo kết quả");
    expect(correct("Phòng Nôi vụ")).toBe("Phòng Nội vụ");
  });

  it("restores the marks of frequent words of duties: mass organisations, compliance, storage, 'relating to'", () => {
    expect(correct("Ủy ban MTTQ Việt Nam phường và các đoàn thế")).toBe("Ủy ban MTTQ Việt Nam phường và các đoàn thể");
    expect(correct("kiểm tra việc chập hành quy định")).toBe("kiểm tra việc chấp hành quy định");
    expect(correct("hoạt động hợp pháp liên quan đền ma túy")).toBe("hoạt động hợp pháp liên quan đến ma túy");
    expect(correct("kho bảo quán vật liệu")).toBe("kho bảo quản vật liệu");
  });

  it("keeps the printed letter case", () => {
    expect(correct("KÊ HOẠCH")).toBe("KẾ HOẠCH");
    expect(correct("Căn cừ")).toBe("Căn cứ");
  });

  it("never changes a lone word, nor words outside the lexicon", () => {
    expect(correct("cái")).toBe("cái");
    expect(correct("phòng chống bão lũ")).toBe("phòng chống bão lũ");
  });

  it("does not change a misread form that is itself a word of the lexicon", () => {
    // "quan" is a lexicon word (cơ quan), so "quan lý" is not forced into "quản lý".
    expect(correct("quan lý")).toBe("quan lý");
  });

  it("treats old and new tone placement as the same spelling", () => {
    expect(correct("hiện đại hoá nền hành chính")).toBe("hiện đại hoá nền hành chính");
  });

  it("reports every correction", () => {
    const result = correctWords(["H\u00D0ND", "cái", "cách"]);
    expect(result.words).toEqual(["HĐND", "cải", "cách"]);
    expect(result.corrections.map((c) => [c.index, c.from, c.to])).toEqual([
      [0, "H\u00D0ND", "HĐND"],
      [1, "cái", "cải"],
    ]);
    const diagnostic = correctionDiagnostic(result.corrections[1]!, 3);
    expect(diagnostic).toMatchObject({ severity: "info", code: "ocr-correction", where: { page: 3 } });
    expect(diagnostic.message).toContain('"cái"');
    expect(diagnostic.message).toContain('"cải"');
  });
});

describe("skeleton", () => {
  it("drops every diacritic and folds đ into d", () => {
    expect(skeleton("Đường")).toBe("duong");
    expect(skeleton("cải")).toBe(skeleton("cái"));
  });
});
