import { describe, expect, it } from "vitest";
import { characterErrorRate, levenshtein } from "../../../src/read/ocr/cer.js";

const chars = (text: string) => [...text];

describe("levenshtein", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(levenshtein(chars("kitten"), chars("sitting"))).toBe(3);
    expect(levenshtein(chars("flaw"), chars("lawn"))).toBe(2);
    expect(levenshtein(chars(""), chars("abc"))).toBe(3);
    expect(levenshtein(chars("abc"), chars(""))).toBe(3);
    expect(levenshtein(chars("same"), chars("same"))).toBe(0);
  });
});

describe("characterErrorRate", () => {
  it("is 0 for the same text, whatever its line breaks", () => {
    expect(characterErrorRate("Kế hoạch\ncải cách  hành chính", "Kế hoạch cải cách hành chính\n")).toBe(0);
  });

  it("counts a wrong tone mark as one wrong character, also when one side is decomposed", () => {
    // "cải" vs "cái": one substitution over the 8 characters of "cải cách".
    expect(characterErrorRate("cải cách", "cái cách")).toBeCloseTo(1 / 8, 10);
    expect(characterErrorRate("cải cách", "cải cách".normalize("NFD"))).toBe(0);
  });

  it("divides by the expected length", () => {
    expect(characterErrorRate("UBND", "UBNDX")).toBeCloseTo(1 / 4, 10);
    expect(characterErrorRate("UBND", "")).toBe(1);
    expect(characterErrorRate("", "")).toBe(0);
  });
});
