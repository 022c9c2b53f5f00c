import { describe, expect, it } from "vitest";
import { isRomanNumeral, romanNumeral, romanValue } from "../src/roman.js";

describe("Roman numerals", () => {
  it("reads and writes them both ways", () => {
    expect(romanValue("XIV")).toBe(14);
    expect(romanNumeral(14)).toBe("XIV");
    for (let n = 1; n < 40; n++) expect(romanValue(romanNumeral(n))).toBe(n);
  });
  it("tells a numeral from a letter or a malformed one", () => {
    expect(isRomanNumeral("IV")).toBe(true);
    expect(isRomanNumeral("XXXIX")).toBe(true);
    expect(isRomanNumeral("IIII")).toBe(false);
    expect(isRomanNumeral("A")).toBe(false);
    expect(isRomanNumeral("")).toBe(false);
  });
});
