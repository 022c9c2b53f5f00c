import { describe, expect, it } from "vitest";
import { rowShifts, shearedRow } from "../../../src/read/ocr/deskew.js";

const slopeOf = (degrees: number): number => Math.tan((degrees * Math.PI) / 180);

/** Whether the table gives `shearedRow` for every pixel of a width × height page sampled every `step` pixels. */
function mismatches(width: number, height: number, slope: number, step: number): string[] {
  const rows = Math.ceil(height / step);
  const { shifts, exact } = rowShifts(width, slope, step, rows);
  const wrong: string[] = [];
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const row = exact[x] === 1 ? shearedRow(x, y, slope, step) : y / step + shifts[x]!;
      if (row !== shearedRow(x, y, slope, step)) wrong.push(`(${x}, ${y})`);
    }
  }
  return wrong;
}

describe("rowShifts", () => {
  it("gives the per-pixel formula's row on every pixel, at the angles the skew search tries", () => {
    // An A4 page at 200 dpi. Coarse search: every 4th pixel, -5° to 5° by 0.2°; fine: every pixel, some 0.02° steps.
    for (let degrees = -5; degrees <= 5 + 1e-9; degrees += 0.2) expect(mismatches(1654, 2339, slopeOf(degrees), 4), `${degrees}°`).toEqual([]);
    for (const degrees of [-4.98, -1.2, -0.02, 0, 0.02, 0.38, 2.46, 5.2]) expect(mismatches(1654, 2339, slopeOf(degrees), 1), `${degrees}°`).toEqual([]);
  });

  it("leaves a column whose shift is a half to the formula (which rounds y + x·slope, not the shift alone)", () => {
    // x·slope = 0.5 at x = 1 and 2.5 at x = 5: a half, where rounding the sum and adding y differ in sign cases.
    const { exact } = rowShifts(8, 0.5, 1, 100);
    expect([...exact]).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    expect(mismatches(8, 100, 0.5, 1)).toEqual([]);
    expect(mismatches(8, 100, -0.5, 1)).toEqual([]);
    expect(mismatches(40, 100, 0.125, 4)).toEqual([]);
  });

  it("takes the formula for every column when the step is not a power of two", () => {
    const { exact } = rowShifts(10, slopeOf(1), 3, 50);
    expect([...exact].every((flag) => flag === 1)).toBe(true);
    expect(mismatches(30, 60, slopeOf(1), 3)).toEqual([]);
  });
});
