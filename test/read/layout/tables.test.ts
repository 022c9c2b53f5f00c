import { describe, expect, it } from "vitest";
import { cellIndexAt, findGrids } from "../../../src/read/layout/tables.js";
import type { Ruling } from "../../../src/read/layout/types.js";

const h = (x1: number, x2: number, y: number): Ruling => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Ruling => ({ x1: x, y1, x2: x, y2 });

describe("findGrids", () => {
  it("builds a grid and finds merged cells where a border is missing", () => {
    // 3 columns (0-100-200-300) × 3 rows (0-20-40-60). Row 0 is one cell across all columns (no inner verticals there);
    // column 0 merges rows 1 and 2 (no horizontal border at y=40 in column 0).
    const rulings = [
      h(0, 300, 0),
      h(0, 300, 20),
      h(100, 300, 40),
      h(0, 300, 60),
      v(0, 0, 60),
      v(300, 0, 60),
      v(100, 20, 60),
      v(200, 20, 60),
    ];
    const [grid] = findGrids(rulings);
    expect(grid).toBeDefined();
    expect(grid!.xs).toEqual([0, 100, 200, 300]);
    expect(grid!.ys).toEqual([0, 20, 40, 60]);
    const at = (r: number, c: number) => grid!.cells[grid!.cellAt[r]![c]!]!;
    expect(at(0, 0)).toEqual({ row: 0, col: 0, rowSpan: 1, colSpan: 3 });
    expect(at(0, 2)).toBe(at(0, 0));
    expect(at(1, 0)).toEqual({ row: 1, col: 0, rowSpan: 2, colSpan: 1 });
    expect(at(2, 0)).toBe(at(1, 0));
    expect(at(2, 1)).toEqual({ row: 2, col: 1, rowSpan: 1, colSpan: 1 });
    expect(grid!.closedTop && grid!.closedBottom).toBe(true);
    expect(grid!.cells[cellIndexAt(grid!, 150, 50)]).toBe(at(2, 1));
    expect(cellIndexAt(grid!, 350, 50)).toBe(-1);
  });

  it("treats borders drawn as pieces, and double lines, as one border", () => {
    const rulings = [h(0, 150, 0), h(150, 300, 0.4), h(0, 300, 1.6), h(0, 300, 30), v(0, 0, 30), v(150, 0, 30), v(300, 0, 15), v(300, 15, 30)];
    const [grid] = findGrids(rulings);
    expect(grid!.xs).toHaveLength(3);
    expect(grid!.ys).toHaveLength(2);
    expect(grid!.cells).toHaveLength(2);
  });

  it("sees two separate tables, and no table in a lone underline", () => {
    const table = (top: number): Ruling[] => [h(0, 100, top), h(0, 100, top + 20), v(0, top, top + 20), v(50, top, top + 20), v(100, top, top + 20)];
    const grids = findGrids([...table(300), ...table(100), h(200, 260, 500)]);
    expect(grids.map((g) => g.ys[0])).toEqual([100, 300]);
  });

  it("knows when a table is open at the bottom (the page cut it without a border)", () => {
    const [grid] = findGrids([h(0, 100, 0), h(0, 100, 20), v(0, 0, 40), v(100, 0, 40)]);
    expect(grid!.closedBottom).toBe(false);
    expect(grid!.closedTop).toBe(true);
  });

  it("mends a column border broken where no row border meets it (a stamp's ring over a scanned header)", () => {
    // 3 columns × 2 rows (0-40-80); the border at x=100 is broken from y=30 to 42 in the header row, the one at x=200
    // from 25 to 28: the header's three cells stay three.
    const rulings = [h(0, 300, 0), h(0, 300, 40), h(0, 300, 80), v(0, 0, 80), v(300, 0, 80), v(100, 0, 30), v(100, 42, 80), v(200, 0, 25), v(200, 28, 80)];
    const [grid] = findGrids(rulings);
    expect(grid!.cells).toHaveLength(6);
    expect(grid!.cells.every((c) => c.colSpan === 1 && c.rowSpan === 1)).toBe(true);
  });

  it("keeps a border that stops at row borders: a group row 12 pt high merged across the columns stays merged", () => {
    const rulings = [h(0, 300, 0), h(0, 300, 20), h(0, 300, 32), h(0, 300, 60), v(0, 0, 60), v(300, 0, 60), v(150, 0, 20), v(150, 32, 60)];
    const [grid] = findGrids(rulings);
    const at = (r: number, c: number) => grid!.cells[grid!.cellAt[r]![c]!]!;
    expect(at(1, 0)).toEqual({ row: 1, col: 0, rowSpan: 1, colSpan: 2 });
    expect(at(0, 1)).toEqual({ row: 0, col: 1, rowSpan: 1, colSpan: 1 });
  });
});
