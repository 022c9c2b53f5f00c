// The short cuts taken for speed in reading give the verdicts of the whole computation they stand in for: each check
// below holds the function to the plain reading of its rule, written out here, on inputs made to reach every branch.
import { describe, expect, it } from "vitest";
import { couldBeUnmarkedSyllable, decodeText } from "../../src/read/decode.js";
import { looksLikeText, looksLikeTextByCount } from "../../src/read/detect.js";
import { isUnaccentedVietnamese } from "../../src/read/pdf.js";

/** A small deterministic generator, so that a failure names inputs that can be made again. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The whole count, with the BOMs `looksLikeText` answers before it. */
function looksLikeTextByCountWithBom(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return true;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  return looksLikeTextByCount(bytes);
}

describe("looksLikeText", () => {
  it("gives the byte count's verdict on text, text with a few controls, binary and UTF-16 without a BOM", () => {
    const next = generator(21);
    const text = Buffer.from("Kế hoạch cải cách hành chính năm 2026\r\n\t- Sở Nội vụ chủ trì; \x1b[0m thời gian: Quý I\n", "utf8");
    const cases: Uint8Array[] = [new Uint8Array(0), text, Buffer.from("plain ASCII only\n")];
    for (let n = 0; n < 300; n++) {
      const length = 1 + Math.floor(next() * 3000);
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = text[i % text.length]!;
      // From no odd byte to many: every control byte value (and NUL) in turn, at random places.
      const odd = Math.floor(next() ** 3 * length * 0.1);
      for (let k = 0; k < odd; k++) bytes[Math.floor(next() * length)] = Math.floor(next() * 0x20);
      cases.push(bytes);
    }
    cases.push(Buffer.from("Kế hoạch số 12/KH-UBND\n".repeat(40), "utf16le"));
    cases.push(Buffer.from("Kế hoạch số 12/KH-UBND\n".repeat(40), "utf16le").subarray(1));
    const big = new Uint8Array(70000).fill(0x41);
    big[68000] = 0x01; // past the 64 KiB looked at
    cases.push(big);
    for (const bytes of cases) expect(looksLikeText(bytes)).toBe(looksLikeTextByCountWithBom(bytes));
    expect(cases.some((bytes) => !looksLikeTextByCountWithBom(bytes))).toBe(true);
  });
});

describe("UTF-16 without a byte-order mark", () => {
  it("is still found by its NULs, and text without any NUL is never taken for it", () => {
    const plan = "Kế hoạch cải cách hành chính năm 2026. Sở Nội vụ chủ trì.\n".repeat(20);
    expect(decodeText(Buffer.from(plan, "utf16le")).encoding).toBe("utf-16le");
    expect(decodeText(Buffer.from(plan, "utf8")).encoding).toBe("utf-8");
    expect(decodeText(Buffer.from(plan, "utf8")).value).toBe(plan);
  });
});

/** isUnaccentedVietnamese's rule, every word counted for all three tallies. */
function unaccentedByCount(text: string): boolean {
  let words = 0;
  let marked = 0;
  let syllables = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    words++;
    if (/[^\u0000-\u007f]/.test(match[0])) marked++;
    if (couldBeUnmarkedSyllable(match[0])) syllables++;
  }
  return words >= 30 && marked < 0.4 * words && syllables >= 0.7 * words;
}

describe("isUnaccentedVietnamese", () => {
  it("gives the full count's verdict on pages from all marked to none, with English words mixed in", () => {
    const marked = "Để tiếp tục triển khai công tác cải cách hành chính tại địa phương Ủy ban nhân dân tỉnh ban hành Kế hoạch".split(" ");
    const unmarked = "De tiep tuc trien khai cong tac cai cach hanh chinh tai dia phuong Uy ban nhan dan tinh ban hanh Ke hoach".split(" ");
    const english = "the committee issues this plan to carry out reform covering procedures and public finance".split(" ");
    const next = generator(2026);
    let trueCount = 0;
    for (let n = 0; n < 400; n++) {
      const length = Math.floor(next() * 80);
      const pMarked = next();
      const pEnglish = next() * 0.5;
      const words = Array.from({ length }, () => {
        const pick = next();
        const list = pick < pEnglish ? english : pick < pEnglish + (1 - pEnglish) * pMarked ? marked : unmarked;
        return list[Math.floor(next() * list.length)]!;
      });
      const text = words.join(" ");
      const expected = unaccentedByCount(text);
      if (expected) trueCount++;
      expect(isUnaccentedVietnamese(text)).toBe(expected);
    }
    // Both verdicts were reached.
    expect(trueCount).toBeGreaterThan(0);
    expect(trueCount).toBeLessThan(400);
  });
});
