import { describe, expect, it } from "vitest";
import { darkRuns, detectRulings, rulingLimits, type Run } from "../../../src/read/ocr/rulings.js";

/**
 * The definition `darkRuns` must keep, written the plain way: a pixel is dark where the 3 × 2 window (3 along the
 * line, 2 across, edges clamped) sums below the bound; a run bridges at most `gap` light pixels and is kept from
 * `minPiece` long.
 */
function reference(gray: Uint8Array, width: number, height: number, horizontal: boolean, bound: number, gap: number, minPiece: number): Run[][] {
  const at = (x: number, y: number): number => gray[Math.min(Math.max(y, 0), height - 1) * width + Math.min(Math.max(x, 0), width - 1)]!;
  const isDark = (i: number, j: number): boolean => {
    let sum = 0;
    for (let d = -1; d <= 1; d++) {
      for (let c = 0; c <= 1; c++) {
        // Clamped along the line at its ends; across it, the pair is the pixel and its next neighbour, clamped.
        const along = i + d;
        const across = j + c;
        sum += horizontal ? at(along, Math.min(across, height - 1)) : at(Math.min(across, width - 1), along);
      }
    }
    return sum < bound;
  };
  const along = horizontal ? width : height;
  const across = horizontal ? height : width;
  const lines: Run[][] = [];
  for (let j = 0; j < across; j++) {
    const runs: Run[] = [];
    let start = -1;
    let lastDark = -1;
    for (let i = 0; i < along; i++) {
      if (!isDark(i, j)) continue;
      if (start >= 0 && i - lastDark - 1 > gap) {
        if (lastDark + 1 - start >= minPiece) runs.push({ start, end: lastDark + 1 });
        start = i;
      } else if (start < 0) start = i;
      lastDark = i;
    }
    if (start >= 0 && lastDark + 1 - start >= minPiece) runs.push({ start, end: lastDark + 1 });
    lines.push(runs);
  }
  return lines;
}

/** A small page of paper 240 with borders (solid, faint, broken by 1–3 px gaps), "text" specks and edge-touching ink. */
function syntheticPage(width: number, height: number, seed: number): Uint8Array {
  const gray = new Uint8Array(width * height).fill(240);
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const set = (x: number, y: number, level: number): void => {
    if (x >= 0 && x < width && y >= 0 && y < height) gray[y * width + x] = level;
  };
  // Horizontal borders: a solid one, a faint two-row one, one broken by gaps of growing width, one at the last row.
  for (let x = 5; x < width - 5; x++) set(x, 10, 40);
  for (let x = 0; x < width; x++) {
    set(x, 30, 170);
    set(x, 31, 175);
  }
  for (let x = 3; x < width - 3; x++) if (![20, 40, 41, 60, 61, 62, 80, 81, 82, 83].includes(x)) set(x, 50, 60);
  for (let x = 0; x < width; x++) set(x, height - 1, 30);
  // Vertical borders: at the first column, a broken one, one at the last column.
  for (let y = 0; y < height; y++) set(0, y, 50);
  for (let y = 2; y < height - 2; y++) if (y % 37 > 2) set(40, y, 70);
  for (let y = 0; y < height; y++) set(width - 1, y, 45);
  // Specks and short strokes, like letters.
  for (let k = 0; k < 400; k++) {
    const x = Math.floor(random() * width);
    const y = Math.floor(random() * height);
    const length = 1 + Math.floor(random() * 6);
    const level = Math.floor(random() * 200);
    for (let d = 0; d < length; d++) (random() < 0.5 ? set(x + d, y, level) : set(x, y + d, level));
  }
  return gray;
}

describe("darkRuns", () => {
  it("gives each row's and column's runs as the plain definition does, in both directions", () => {
    for (const [width, height, seed] of [[120, 90, 1], [97, 131, 7], [64, 64, 42]] as const) {
      const gray = syntheticPage(width, height, seed);
      for (const [bound, gap, minPiece] of [[6 * 240 - 3 * 45, 2, 8], [6 * 240 - 3 * 45, 1, 4], [6 * 200, 3, 1], [6 * 250, 0, 2]] as const) {
        for (const horizontal of [true, false]) {
          const expected = reference(gray, width, height, horizontal, bound, gap, minPiece);
          expect(darkRuns(gray, width, height, horizontal, bound, gap, minPiece), `${width}×${height} ${horizontal ? "rows" : "columns"} bound ${bound} gap ${gap}`).toEqual(expected);
        }
      }
    }
  });

  it("bridges a gap of `gap` light pixels and no more", () => {
    const width = 60;
    const height = 4;
    const gray = new Uint8Array(width * height).fill(250);
    // Row 1: dark at 0–9, a 2 px gap, 12–19, a 4 px gap, 24–39.
    for (const [from, to] of [[0, 10], [12, 20], [24, 40]] as const) for (let x = from; x < to; x++) gray[width + x] = 0;
    // A window (3 along × 2 across) sums 6 × 250 = 1500 on paper and loses 250 per dark pixel in it: under a bound of
    // 1200, one dark pixel of the row makes it dark, so exactly the dark pixels are dark (their neighbours' windows
    // hold one too, but one of 250 and two of 500: 1250). Rows 0 and 1 both pair with the dark row.
    const bound = 6 * 250 - 3 * 100;
    expect(darkRuns(gray, width, height, true, bound, 1, 1)[1]).toEqual([{ start: 0, end: 10 }, { start: 12, end: 20 }, { start: 24, end: 40 }]);
    expect(darkRuns(gray, width, height, true, bound, 2, 1)[0]).toEqual([{ start: 0, end: 20 }, { start: 24, end: 40 }]);
    expect(darkRuns(gray, width, height, true, bound, 4, 1)[1]).toEqual([{ start: 0, end: 40 }]);
    // A run shorter than minPiece is left out, the others kept.
    expect(darkRuns(gray, width, height, true, bound, 1, 9)[1]).toEqual([{ start: 0, end: 10 }, { start: 24, end: 40 }]);
    expect(darkRuns(gray, width, height, true, bound, 4, 1)[2]).toEqual([]);
  });
});

describe("detectRulings on the runs", () => {
  it("finds a table's borders on a synthetic scan and not its text", () => {
    const width = 900;
    const height = 700;
    const gray = new Uint8Array(width * height).fill(238);
    const fill = (x0: number, y0: number, x1: number, y1: number, level: number): void => {
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) gray[y * width + x] = level;
    };
    // A 3-column table: rows at y = 100, 250, 400 (faint, 2 px), columns at x = 60, 300, 840.
    for (const y of [100, 250, 400]) fill(60, y, 841, y + 2, 165);
    for (const x of [60, 300, 840]) fill(x, 100, x + 1, 402, 120);
    // Words: dark blocks 30 px long with 8 px spaces, in lines of a cell; never a ruling.
    for (let line = 0; line < 5; line++) for (let x = 320; x + 30 < 830; x += 38) fill(x, 120 + 22 * line, x + 30, 132 + 22 * line, 30);
    const rulings = detectRulings(gray, width, height, rulingLimits(200, gray));
    const horizontal = rulings.filter((r) => r.y1 === r.y2);
    const vertical = rulings.filter((r) => r.x1 === r.x2);
    expect(horizontal.map((r) => Math.round(r.y1))).toEqual([101, 251, 401]);
    for (const r of horizontal) {
      expect(r.x1).toBeLessThanOrEqual(61);
      expect(r.x2).toBeGreaterThanOrEqual(840);
    }
    expect(vertical.map((r) => Math.round(r.x1 - 0.5))).toEqual([60, 300, 840]);
  });
});
