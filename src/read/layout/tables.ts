/**
 * Ruling lines → table grids. Horizontal and vertical borders that touch form one table; the distinct border
 * positions are its grid lines; a grid edge with no border drawn along it joins the two grid cells beside it, which
 * is how a merged cell (colSpan, or a vertical merge) shows in a PDF.
 */
import type { Ruling } from "./types.js";

export interface HLine {
  y: number;
  x1: number;
  x2: number;
}
export interface VLine {
  x: number;
  y1: number;
  y2: number;
}

/** One cell of the grid: the grid rows and columns it covers. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface TableGrid {
  /** Column boundaries, left to right (one more than the number of columns). */
  xs: number[];
  /** Row boundaries, top to bottom. */
  ys: number[];
  cells: GridCell[];
  /** cellAt[row][col] → index into `cells`. */
  cellAt: number[][];
  /** Whether a border is drawn along the top edge of the grid (false when the table continues from the page above). */
  closedTop: boolean;
  closedBottom: boolean;
}

const SAME_LINE = 1.5;
const TOUCH = 3;
/** Grid lines closer than this are one border (double lines, borders of adjacent cells drawn twice). */
const GRID_MERGE = 3;

function mergeHorizontal(lines: HLine[]): HLine[] {
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.x1 - b.x1);
  const merged: HLine[] = [];
  for (const line of sorted) {
    const last = merged.find((m) => Math.abs(m.y - line.y) <= SAME_LINE && line.x1 <= m.x2 + TOUCH && line.x2 >= m.x1 - TOUCH);
    if (last) {
      last.x1 = Math.min(last.x1, line.x1);
      last.x2 = Math.max(last.x2, line.x2);
    } else merged.push({ ...line });
  }
  return merged;
}

function mergeVertical(lines: VLine[]): VLine[] {
  const sorted = [...lines].sort((a, b) => a.x - b.x || a.y1 - b.y1);
  const merged: VLine[] = [];
  for (const line of sorted) {
    const last = merged.find((m) => Math.abs(m.x - line.x) <= SAME_LINE && line.y1 <= m.y2 + TOUCH && line.y2 >= m.y1 - TOUCH);
    if (last) {
      last.y1 = Math.min(last.y1, line.y1);
      last.y2 = Math.max(last.y2, line.y2);
    } else merged.push({ ...line });
  }
  return merged;
}

export function splitRulings(rulings: readonly Ruling[]): { horizontal: HLine[]; vertical: VLine[] } {
  const horizontal: HLine[] = [];
  const vertical: VLine[] = [];
  for (const r of rulings) {
    if (Math.abs(r.y1 - r.y2) <= SAME_LINE && Math.abs(r.x2 - r.x1) > SAME_LINE) {
      horizontal.push({ y: (r.y1 + r.y2) / 2, x1: Math.min(r.x1, r.x2), x2: Math.max(r.x1, r.x2) });
    } else if (Math.abs(r.x1 - r.x2) <= SAME_LINE && Math.abs(r.y2 - r.y1) > SAME_LINE) {
      vertical.push({ x: (r.x1 + r.x2) / 2, y1: Math.min(r.y1, r.y2), y2: Math.max(r.y1, r.y2) });
    }
  }
  // Merge twice: a merge can make a line long enough to reach the next piece.
  const merged = mergeHorizontal(mergeHorizontal(horizontal));
  return { horizontal: merged, vertical: bridgeBreaks(mergeVertical(mergeVertical(vertical)), merged) };
}

/** The longest break in a vertical border that `bridgeBreaks` closes (pt): less than a line of text and its leading. */
const BREAK = 16;

/**
 * A vertical border broken where no horizontal border meets the break, made whole again. On a scan a stamp's ring or
 * a dropout cuts a column border for a few points; the piece above the break then touches no horizontal border, falls
 * out of its table, and the cells on either side of it are read as one merged cell. A border that really stops (a
 * cell merged across columns, the end of a table) stops where a horizontal border meets it.
 */
function bridgeBreaks(vertical: VLine[], horizontal: readonly HLine[]): VLine[] {
  const meets = (x: number, y: number): boolean => horizontal.some((h) => touches(h, { x, y1: y, y2: y }));
  const out: VLine[] = [];
  for (const line of [...vertical].sort((a, b) => a.y1 - b.y1)) {
    const above = out.find((m) => Math.abs(m.x - line.x) <= SAME_LINE && line.y1 > m.y2 && line.y1 - m.y2 <= BREAK);
    if (above && !(meets(above.x, above.y2) && meets(line.x, line.y1))) above.y2 = Math.max(above.y2, line.y2);
    else out.push({ ...line });
  }
  return out.sort((a, b) => a.x - b.x || a.y1 - b.y1);
}

function touches(h: HLine, v: VLine): boolean {
  return v.x >= h.x1 - TOUCH && v.x <= h.x2 + TOUCH && h.y >= v.y1 - TOUCH && h.y <= v.y2 + TOUCH;
}

function clusterPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const v of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && v - last[last.length - 1]! <= GRID_MERGE) last.push(v);
    else clusters.push([v]);
  }
  return clusters.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}

/** Finds the tables the rulings of one page draw. */
export function findGrids(rulings: readonly Ruling[]): TableGrid[] {
  return findGridsInLines(splitRulings(rulings));
}

/** `findGrids` on rulings already split and merged by `splitRulings` (the page reader needs them split anyway). */
export function findGridsInLines({ horizontal, vertical }: { horizontal: HLine[]; vertical: VLine[] }): TableGrid[] {
  const parent = new Map<number, number>();
  const n = horizontal.length + vertical.length;
  for (let i = 0; i < n; i++) parent.set(i, i);
  const find = (i: number): number => {
    let root = i;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(i, root);
    return root;
  };
  horizontal.forEach((h, i) => {
    vertical.forEach((v, j) => {
      if (touches(h, v)) parent.set(find(i), find(horizontal.length + j));
    });
  });
  const groups = new Map<number, { h: HLine[]; v: VLine[] }>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const group = groups.get(root) ?? { h: [], v: [] };
    if (i < horizontal.length) group.h.push(horizontal[i]!);
    else group.v.push(vertical[i - horizontal.length]!);
    groups.set(root, group);
  }
  const grids: TableGrid[] = [];
  for (const group of groups.values()) {
    if (group.v.length < 2 || group.h.length < 1) continue;
    const grid = buildGrid(group.h, group.v);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

function buildGrid(h: HLine[], v: VLine[]): TableGrid | null {
  const left = Math.min(...v.map((l) => l.x), ...h.map((l) => l.x1));
  const right = Math.max(...v.map((l) => l.x), ...h.map((l) => l.x2));
  const top = Math.min(...h.map((l) => l.y), ...v.map((l) => l.y1));
  const bottom = Math.max(...h.map((l) => l.y), ...v.map((l) => l.y2));
  if (right - left < 20 || bottom - top < 8) return null;
  const xs = clusterPositions([left, right, ...v.map((l) => l.x)]);
  const ys = clusterPositions([top, bottom, ...h.map((l) => l.y)]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1) return null;

  const verticalAt = (col: number, row: number): boolean => {
    // Border between grid column col-1 and col, along grid row `row`.
    const x = xs[col]!;
    const y1 = ys[row]!;
    const y2 = ys[row + 1]!;
    const margin = 0.25 * (y2 - y1);
    return v.some((l) => Math.abs(l.x - x) <= GRID_MERGE && l.y1 <= y1 + margin && l.y2 >= y2 - margin);
  };
  const horizontalAt = (row: number, col: number): boolean => {
    const y = ys[row]!;
    const x1 = xs[col]!;
    const x2 = xs[col + 1]!;
    const margin = 0.25 * (x2 - x1);
    return h.some((l) => Math.abs(l.y - y) <= GRID_MERGE && l.x1 <= x1 + margin && l.x2 >= x2 - margin);
  };

  const id = (r: number, c: number): number => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !verticalAt(c + 1, r)) union(id(r, c), id(r, c + 1));
      if (r + 1 < rows && !horizontalAt(r + 1, c)) union(id(r, c), id(r + 1, c));
    }
  }
  const byRoot = new Map<number, GridCell>();
  const cellAt: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      let cell = byRoot.get(root);
      if (!cell) {
        cell = { row: r, col: c, rowSpan: 1, colSpan: 1 };
        byRoot.set(root, cell);
        cells.push(cell);
      }
      cell.rowSpan = Math.max(cell.rowSpan, r - cell.row + 1);
      cell.colSpan = Math.max(cell.colSpan, c - cell.col + 1);
      cellAt[r]![c] = cells.indexOf(cell);
    }
  }
  let closedTop = true;
  let closedBottom = true;
  for (let c = 0; c < cols; c++) {
    if (!horizontalAt(0, c)) closedTop = false;
    if (!horizontalAt(rows, c)) closedBottom = false;
  }
  return { xs, ys, cells, cellAt, closedTop, closedBottom };
}

/** The grid cell (index into `cells`) a point falls in, or -1 outside the grid. */
export function cellIndexAt(grid: TableGrid, x: number, y: number): number {
  const { xs, ys } = grid;
  if (x < xs[0]! || x > xs[xs.length - 1]! || y < ys[0]! || y > ys[ys.length - 1]!) return -1;
  let col = xs.findIndex((bound, i) => i > 0 && x <= bound) - 1;
  let row = ys.findIndex((bound, i) => i > 0 && y <= bound) - 1;
  if (col < 0) col = 0;
  if (row < 0) row = 0;
  return grid.cellAt[row]?.[col] ?? -1;
}
