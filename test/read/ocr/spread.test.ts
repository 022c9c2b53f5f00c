/**
 * Two pages side by side on one landscape sheet are cut down the clear paper between them (`spreadCut`); a landscape
 * table that runs across the middle, a portrait page, and a sheet with print on one side only are not.
 */
import { describe, expect, it } from "vitest";
import { spreadCut } from "../../../src/read/ocr/spread.js";

const DPI = 100;

/**
 * A white sheet of `width` × `height` px with "lines of text" (dark bars 6 px high every 20 px) between x0 and x1,
 * from a tenth of the height down to `to` of it.
 */
function sheet(width: number, height: number, blocks: ReadonlyArray<readonly [number, number]>, to = 0.9): Uint8Array {
  const gray = new Uint8Array(width * height).fill(250);
  for (const [x0, x1] of blocks) {
    for (let y = Math.floor(height * 0.1); y < height * to; y++) {
      if (y % 20 >= 6) continue;
      for (let x = x0; x < x1; x++) gray[y * width + x] = 20;
    }
  }
  return gray;
}

describe("a sheet holding two pages side by side", () => {
  // A3 landscape at 100 dpi: 1654 × 1169 px; each A4 half's text from 0.8 inch in from its edges.
  const [width, height] = [1654, 1169];
  it("is cut in the middle of the clear paper between the two pages", () => {
    const cut = spreadCut(sheet(width, height, [[80, 747], [907, 1574]]), width, height, DPI);
    expect(cut).not.toBeNull();
    expect(cut!).toBeGreaterThan(747);
    expect(cut!).toBeLessThan(907);
    expect(Math.abs(cut! - 827)).toBeLessThanOrEqual(2);
  });
  it("is left whole when print crosses the middle (a landscape table, a line run across)", () => {
    expect(spreadCut(sheet(width, height, [[80, 1574]]), width, height, DPI)).toBeNull();
  });
  it("is left whole when the clear band is narrower than two margins (a gap between table columns)", () => {
    expect(spreadCut(sheet(width, height, [[80, 815], [840, 1574]]), width, height, DPI)).toBeNull();
  });
  it("is left whole when the print stops after a few rows (the end of a landscape table with a wide gap between two columns)", () => {
    expect(spreadCut(sheet(width, height, [[80, 600], [900, 1574]], 0.2), width, height, DPI)).toBeNull();
  });
  it("is left whole when one side holds no print", () => {
    expect(spreadCut(sheet(width, height, [[80, 747]]), width, height, DPI)).toBeNull();
  });
  it("is never asked of a portrait page", () => {
    expect(spreadCut(sheet(height, width, [[80, 500], [640, 1090]]), height, width, DPI)).toBeNull();
  });
});
