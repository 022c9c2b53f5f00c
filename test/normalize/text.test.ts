import { describe, expect, it } from "vitest";
import { cleanText, foldForMatch, isUpperCaseText, sentenceCase } from "../../src/normalize/text.js";

describe("cleanText", () => {
  it.each([
    ["  - Kế hoạch của UBND huyện  ", "Kế hoạch của UBND huyện"],
    ["**Cải cách** thể chế", "Cải cách thể chế"],
    ["## I. MỤC TIÊU", "I. MỤC TIÊU"],
    ["<b>I</b> &amp; II", "I & II"],
    ["trong thời gian qua⁽¹⁾.", "trong thời gian qua."],
    ["Ca\u0309i ca\u0301ch", "Cải cách"],
    ["•\tSở Nội vụ", "Sở Nội vụ"],
    ["a\u00a0\u00a0b\n c", "a b c"],
  ])("%j → %j", (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe("case helpers", () => {
  it("folds diacritics and đ for matching", () => {
    expect(foldForMatch("Thời gian THỰC HIỆN, Đức Thọ")).toBe("thoi gian thuc hien, duc tho");
  });
  it("tells upper-case text", () => {
    expect(isUpperCaseText("CẢI CÁCH THỂ CHẾ")).toBe(true);
    expect(isUpperCaseText("Cải cách thể chế")).toBe(false);
    expect(isUpperCaseText("2023")).toBe(false);
  });
  it("sentence-cases capitals but keeps abbreviations, with punctuation attached", () => {
    expect(sentenceCase("CẢI CÁCH TTHC, MỘT CỬA")).toBe("Cải cách TTHC, một cửa");
    expect(sentenceCase("KẾ HOẠCH (CCHC) NĂM 2023")).toBe("Kế hoạch (CCHC) năm 2023");
  });
  it("keeps the capitals of any word no Vietnamese syllable is spelt like: an abbreviation not listed", () => {
    expect(sentenceCase("NÂNG CAO CHỈ SỐ PCI VÀ DTI")).toBe("Nâng cao chỉ số PCI và DTI");
    expect(sentenceCase("KHẮC PHỤC HẠN CHẾ (PAPI), BHXH, KT-XH")).toBe("Khắc phục hạn chế (PAPI), BHXH, KT-XH");
    expect(sentenceCase("NGƯỜI ĐỨNG ĐẦU GIƯỜNG QUY KHUYÊN NGHIÊNG")).toBe("Người đứng đầu giường quy khuyên nghiêng");
    // Words OCR ran together carry their marks: no abbreviation.
    expect(sentenceCase("CẢICÁCH THỂ CHẾ")).toBe("Cảicách thể chế");
  });
});
