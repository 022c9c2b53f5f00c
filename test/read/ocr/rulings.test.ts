import { describe, expect, it } from "vitest";
import { detectRulings, paperLevel, rulingLimits } from "../../../src/read/ocr/rulings.js";

const WIDTH = 800;
const HEIGHT = 600;
const DPI = 200;

function page(paper = 245): Uint8Array {
  return new Uint8Array(WIDTH * HEIGHT).fill(paper);
}

function fill(gray: Uint8Array, x0: number, y0: number, x1: number, y1: number, level: number): void {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) gray[y * WIDTH + x] = level;
}

describe("detectRulings", () => {
  it("finds the borders of a grid, also when faint", () => {
    const gray = page();
    // Horizontal borders at y = 100 and 300 (x 50..750), vertical ones at x = 50, 400, 750 (y 100..300).
    fill(gray, 50, 100, 750, 101, 150);
    fill(gray, 50, 300, 750, 302, 60);
    for (const x of [50, 400, 750]) fill(gray, x, 100, x + 1, 302, 150);
    const rulings = detectRulings(gray, WIDTH, HEIGHT, rulingLimits(DPI, gray));
    const horizontal = rulings.filter((r) => r.y1 === r.y2);
    const vertical = rulings.filter((r) => r.x1 === r.x2);
    // Pixel rows 100 and 300–301: centres 100.5 and 301 in continuous coordinates.
    expect(horizontal).toHaveLength(2);
    expect(horizontal[0]!.y1).toBeCloseTo(100.5, 0);
    expect(horizontal[1]!.y1).toBeCloseTo(301, 0);
    for (const r of horizontal) {
      expect(r.x1).toBeLessThanOrEqual(51);
      expect(r.x2).toBeGreaterThanOrEqual(749);
    }
    expect(vertical.map((r) => Math.round(r.x1 - 0.5)).sort((a, b) => a - b)).toEqual([50, 400, 750]);
  });

  it("follows a border that is still slightly skewed", () => {
    const gray = page();
    // Climbs one pixel every 200: 3 rows over 600 px.
    for (let x = 100; x < 700; x++) fill(gray, x, 200 + Math.floor((x - 100) / 200), x + 1, 201 + Math.floor((x - 100) / 200), 90);
    const rulings = detectRulings(gray, WIDTH, HEIGHT, rulingLimits(DPI, gray));
    expect(rulings).toHaveLength(1);
    expect(rulings[0]!.x2 - rulings[0]!.x1).toBeGreaterThanOrEqual(595);
  });

  it("ignores text-like marks, short dashes and filled areas", () => {
    const gray = page();
    // "Words": 30 px wide blobs with 8 px spaces, on several lines.
    for (let line = 0; line < 5; line++) {
      for (let x = 40; x + 30 < 760; x += 38) fill(gray, x, 50 + line * 30, x + 30, 70 + line * 30, 20);
    }
    fill(gray, 100, 400, 280, 402, 20); // a 180 px dash, as long as a word of touching letters: under an inch
    fill(gray, 300, 350, 700, 550, 30); // a photo or stamp
    const rulings = detectRulings(gray, WIDTH, HEIGHT, rulingLimits(DPI, gray));
    expect(rulings).toEqual([]);
  });

  it("does not mistake noise for lines", () => {
    const gray = page();
    let state = 7;
    for (let i = 0; i < gray.length; i++) {
      state = (state * 48271) % 2147483647;
      gray[i] = 245 - Math.floor((state / 2147483647) * 60);
    }
    expect(detectRulings(gray, WIDTH, HEIGHT, rulingLimits(DPI, gray))).toEqual([]);
  });
});

describe("detectRulings: the rule under a narrow cell whose neighbours merge down", () => {
  // A table at x 50..750, y 100..500, columns at 50 | 120 | 400 | 750. The rule between its two rows (y 300) is drawn
  // under the STT cell only (x 50..120, 70 px: a third of an inch), the next columns' cells spanning both rows.
  function tableWithShortRule(): Uint8Array {
    const gray = page();
    fill(gray, 50, 100, 751, 101, 120);
    fill(gray, 50, 500, 751, 501, 120);
    for (const x of [50, 120, 400, 750]) fill(gray, x, 100, x + 1, 501, 120);
    fill(gray, 50, 300, 121, 301, 120);
    fill(gray, 400, 300, 751, 301, 120); // the same rule under the last column, which does not merge
    return gray;
  }

  it("finds a rule shorter than an inch that runs from one column border to the next", () => {
    const gray = tableWithShortRule();
    const horizontal = detectRulings(gray, WIDTH, HEIGHT, rulingLimits(DPI, gray)).filter((r) => r.y1 === r.y2);
    expect(horizontal.map((r) => [Math.round(r.y1 / 10) * 10, r.x2 - r.x1 > 200 ? "long" : "short"])).toEqual([[100, "long"], [300, "short"], [300, "long"], [500, "long"]]);
    const short = horizontal[1]!;
    expect(short.x1).toBeLessThanOrEqual(51);
    expect(short.x2).toBeGreaterThanOrEqual(120);
  });

  it("finds a short border between two cells of a header's second row, in line with the column border below", () => {
    const gray = tableWithShortRule();
    // "Cơ quan" over "Chủ trì | Phối hợp": a rule at y 160 under the last column, its border at x 575 from 160 to 200
    // (40 px) going on below the header from 200.
    fill(gray, 400, 160, 751, 161, 120);
    fill(gray, 400, 200, 751, 201, 120);
    fill(gray, 575, 160, 576, 200, 120);
    fill(gray, 575, 200, 576, 501, 120);
    const vertical = detectRulings(gray, WIDTH, HEIGHT, rulingLimits(DPI, gray)).filter((r) => r.x1 === r.x2 && Math.abs(r.x1 - 576) < 3);
    expect(vertical.some((r) => r.y1 <= 162 && r.y2 >= 198)).toBe(true);
  });

  it("takes no letter stroke that spans a tight row out of line with any border", () => {
    const gray = tableWithShortRule();
    fill(gray, 400, 160, 751, 161, 120);
    fill(gray, 400, 200, 751, 201, 120);
    fill(gray, 500, 161, 504, 200, 60); // a bold capital's stem from rule to rule
    const vertical = detectRulings(gray, WIDTH, HEIGHT, rulingLimits(DPI, gray)).filter((r) => r.x1 === r.x2);
    expect(vertical.map((r) => Math.round(r.x1 / 10) * 10)).toEqual([50, 120, 400, 750]);
  });

  it("takes no short dash that meets one border only, nor one inside a cell", () => {
    const gray = tableWithShortRule();
    fill(gray, 50, 300, 121, 301, 245);
    fill(gray, 400, 300, 751, 301, 245);
    fill(gray, 400, 200, 470, 201, 120); // from the border at 400 into the cell
    fill(gray, 150, 250, 220, 251, 120); // inside a cell, touching nothing
    const horizontal = detectRulings(gray, WIDTH, HEIGHT, rulingLimits(DPI, gray)).filter((r) => r.y1 === r.y2);
    expect(horizontal.map((r) => Math.round(r.y1 / 10) * 10)).toEqual([100, 500]);
  });
});

describe("paperLevel", () => {
  it("is the grey of most of the page", () => {
    const gray = page(230);
    fill(gray, 0, 0, 100, 100, 10);
    expect(paperLevel(gray)).toBe(230);
  });
});
