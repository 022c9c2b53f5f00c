/**
 * OCR repairs of issue 18, each of a misreading that has one reading only (written from what the scans of s2, r23
 * and seed 004 printed and what OCR gave for it):
 * - a syllable read with a capital inside ("sỞ" for "sở"): not split into a lone "s" and "Ở";
 * - a word in capitals run together ("CẢICÁCH") split into syllables of the lexicon, acronyms left whole;
 * - a first letter lost in a lexicon phrase ("hát triển" for "phát triển");
 * - a recipient's purpose "(đề báo cáo)" for "(để báo cáo)";
 * - "Sö 18/KH-UBND" for "Số: 18/KH-UBND" (the colon is not put back: it is not known to be printed); "ngày 05 thúng 3 năm 2026" for "tháng".
 */
import { describe, expect, it } from "vitest";
import { correctWords } from "../../../src/read/ocr/correct.js";
import { recaseSyllable, splitRunTogether } from "../../../src/read/ocr/syllables.js";

const correct = (text: string) => correctWords(text.split(" ")).words.join(" ");

describe("a syllable mis-cased by OCR", () => {
  it("is one word in small letters, not two", () => {
    expect(splitRunTogether("sỞ,")).toEqual(["sở,"]);
    expect(splitRunTogether("thÔn")).toEqual(["thôn"]);
    expect(recaseSyllable("sỞ")).toBe("sở");
  });
  it("leaves words that start with their capital, and two syllables run together, to the split", () => {
    expect(recaseSyllable("Sở")).toBeNull();
    expect(recaseSyllable("UBND")).toBeNull();
    expect(splitRunTogether("SởNội")).toEqual(["Sở", "Nội"]);
    expect(splitRunTogether("sởNội")).toEqual(["sở", "Nội"]);
  });
});

describe("capitals run together", () => {
  it("splits a group label's words into lexicon syllables", () => {
    expect(splitRunTogether("CẢICÁCH")).toEqual(["CẢI", "CÁCH"]);
    expect(splitRunTogether("THỦTỤC")).toEqual(["THỦ", "TỤC"]);
  });
  it("leaves acronyms and single syllables whole", () => {
    for (const word of ["UBND", "HĐND", "CCHC", "ISO", "TTHC", "NGHĨA", "HOẠCH", "KH-UBND", "MTTQ"]) expect(splitRunTogether(word), word).toEqual([word]);
  });
});

describe("a first letter lost", () => {
  it("is put back inside a lexicon phrase read exactly otherwise", () => {
    expect(correct("Xây dựng và hát triển chính quyền số")).toBe("Xây dựng và phát triển chính quyền số");
    expect(correct("ông tác cải cách")).toBe("công tác cải cách");
  });
  it("is not put back when the rest of the phrase differs or the word is longer", () => {
    expect(correct("hát triền")).toBe("hát triền");
    expect(correct("hát bài")).toBe("hát bài");
  });
});

describe("a recipient's purpose", () => {
  it("reads \"(đề báo cáo)\" as \"(để báo cáo)\"", () => {
    expect(correct("- UBND các tỉnh (đề báo cáo);")).toBe("- UBND các tỉnh (để báo cáo);");
    expect(correct("- Vụ KGVX (đê theo dõi):")).toBe("- Vụ KGVX (để theo dõi):");
    expect(correct("- Tổ công tác (đề b/c);")).toBe("- Tổ công tác (để b/c);");
  });
  it("leaves \"(Đề án …)\" and \"đề nghị\" alone", () => {
    expect(correct("thực hiện (Đề án 06)")).toBe("thực hiện (Đề án 06)");
    expect(correct("(đề nghị bổ sung)")).toBe("(đề nghị bổ sung)");
  });
});

describe("the header's number and date", () => {
  it("reads the label before a document number as \"Số\"", () => {
    expect(correct("Sö 18/KH-UBND")).toBe("Số 18/KH-UBND");
    expect(correct("Sõ: 18/KH-UBND")).toBe("Sõ: 18/KH-UBND");
    expect(correct("Kế hoạch sö 18/KH-UBND")).toBe("Kế hoạch số 18/KH-UBND");
    expect(correct("Phối hợp: Sở 35/KH-SNV")).toBe("Phối hợp: Sở 35/KH-SNV");
    expect(correct("Kế hoạch số 18/KH-UBND")).toBe("Kế hoạch số 18/KH-UBND");
    expect(correct("Số: 18/KH-UBND")).toBe("Số: 18/KH-UBND");
    expect(correct("so sánh 18/KH-UBND")).toBe("so sánh 18/KH-UBND");
  });
  it("reads the month's word of a date as \"tháng\"", () => {
    expect(correct("Hòa Phú, ngày 05 thúng 3 năm 2026")).toBe("Hòa Phú, ngày 05 tháng 3 năm 2026");
    expect(correct("ngày 05 tháng 3 năm 2026")).toBe("ngày 05 tháng 3 năm 2026");
  });
  it("reports every repair", () => {
    expect(correctWords("ngày 05 thúng 3 năm 2026".split(" ")).corrections).toMatchObject([{ index: 2, from: "thúng", to: "tháng" }]);
  });
});

describe("an onset left in small letters before a mis-cased syllable", () => {
  it("goes with the syllable it starts", () => {
    expect(splitRunTogether("hóahỒ")).toEqual(["hóa", "hồ"]);
    expect(splitRunTogether("SởNộivụ")).toEqual(["Sở", "Nội", "vụ"]);
  });
});
