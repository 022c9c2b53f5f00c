/**
 * pdf.js operator list → ruling lines and image coverage. Pure: the operator codes come in as a parameter, so this
 * module never loads pdf.js and can be tested with hand-built operator lists.
 *
 * pdf.js 5 folds every path into one `constructPath` operator whose arguments are `[paintOp, [Float32Array], minMax]`,
 * the path in user space with `DrawOPS` codes (moveTo 0, lineTo 1, curveTo 2, closePath 3). The current transformation
 * matrix is not applied, so it is tracked here through save / restore / transform and form XObjects.
 */
import type { TextRunCollector } from "./text-runs.js";
import type { Ruling } from "./types.js";

export type Matrix = [number, number, number, number, number, number];

/** The operator codes this module reads (a subset of pdf.js `OPS`). */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginAnnotation: number;
  endAnnotation: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat?: number;
}

/** The operators whose arguments `scanOperatorList` reads: an operator list may come without the others'. */
export function operatorsWithArgumentsRead(ops: OperatorCodes): number[] {
  return [ops.transform, ops.constructPath, ops.paintFormXObjectBegin, ops.beginAnnotation];
}

export interface PathScan {
  rulings: Ruling[];
  /** Share of the page area covered by painted images (0–1, overlaps counted twice, capped at 1). */
  imageCoverage: number;
  imageCount: number;
}

const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_CLOSE = 3;

/** A filled rectangle thinner than this (points) is a drawn line: Word and LibreOffice paint borders that way. */
const MAX_RULE_THICKNESS = 2.5;
/** Segments shorter than this are glyph-like decoration, not table borders. */
const MIN_RULE_LENGTH = 4;
/** How far from axis-parallel a segment may lean (points over its length) and still count. */
const AXIS_TOLERANCE = 1;

export function multiply(m: Matrix, n: Matrix): Matrix {
  // Applies m first, then n (pdf.js `Util.transform(n, m)` order).
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

export function applyPoint(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function isMatrix(value: unknown): value is Matrix {
  return Array.isArray(value) || ArrayBuffer.isView(value)
    ? (value as ArrayLike<unknown>).length === 6 && Array.from(value as ArrayLike<unknown>).every((v) => typeof v === "number")
    : false;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Walks the operator list and returns the axis-parallel lines a reader would see as table borders, in viewport
 * coordinates (top-left origin), given the viewport transform of the page. It reads the arguments of the operators
 * `operatorsWithArgumentsRead` names only: the PDF reader has pdf.js leave out all others (keep the two in step).
 * Given a `TextRunCollector`, the same walk feeds it the text operators, with the graphics state they depend on.
 */
export function scanOperatorList(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  viewport: { transform: Matrix; width: number; height: number },
  ops: OperatorCodes,
  text?: TextRunCollector,
): PathScan {
  const strokeOps = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fillOps = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const imageOps = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject]);
  if (ops.paintImageXObjectRepeat !== undefined) imageOps.add(ops.paintImageXObjectRepeat);

  const identity: Matrix = [1, 0, 0, 1, 0, 0];
  let ctm: Matrix = identity;
  const stack: Matrix[] = [];
  const formStack: Matrix[] = [];
  const rulings: Ruling[] = [];
  let imageArea = 0;
  let imageCount = 0;

  // The CTM times the viewport, made again only when the CTM changes (a page's paths share a few).
  let toPageCtm: Matrix | null = null;
  let toPageMatrix: Matrix = viewport.transform;
  const toPage = (x: number, y: number): [number, number] => {
    if (toPageCtm !== ctm) {
      toPageMatrix = multiply(ctm, viewport.transform);
      toPageCtm = ctm;
    }
    return applyPoint(toPageMatrix, x, y);
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) {
      stack.push(ctm);
      text?.save();
    } else if (fn === ops.restore) {
      ctm = stack.pop() ?? identity;
      text?.restore();
    } else if (fn === ops.transform) {
      if (isMatrix(args)) ctm = multiply(Array.from(args) as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectBegin) {
      formStack.push(ctm);
      const matrix = Array.isArray(args) ? args[0] : undefined;
      if (isMatrix(matrix)) ctm = multiply(Array.from(matrix) as Matrix, ctm);
      // A form's text is a run of its own, drawn in a copy of the state (pdf.js's text content does the same).
      text?.breakRun();
      text?.save();
    } else if (fn === ops.paintFormXObjectEnd) {
      ctm = formStack.pop() ?? identity;
      text?.breakRun();
      text?.restore();
    } else if (fn === ops.beginAnnotation) {
      // An annotation's appearance (a signature box, a stamp, a form field's value) is drawn from the page's base
      // space through the matrix that maps its form box onto its rectangle (pdf.js's [id, rect, transform, matrix]).
      formStack.push(ctm);
      const transform = Array.isArray(args) ? args[2] : undefined;
      const matrix = Array.isArray(args) ? args[3] : undefined;
      ctm = identity;
      if (isMatrix(transform)) ctm = multiply(Array.from(transform) as Matrix, ctm);
      if (isMatrix(matrix)) ctm = multiply(Array.from(matrix) as Matrix, ctm);
      text?.save();
      text?.operator(fn, args, ctm);
    } else if (fn === ops.endAnnotation) {
      text?.operator(fn, args, ctm);
      text?.restore();
      ctm = formStack.pop() ?? identity;
    } else if (fn !== undefined && text?.handles(fn)) {
      text.operator(fn, args, ctm);
    } else if (fn !== undefined && imageOps.has(fn)) {
      // Images are drawn into the unit square of the current matrix.
      const corners = [toPage(0, 0), toPage(1, 0), toPage(0, 1), toPage(1, 1)];
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      const w = Math.min(viewport.width, Math.max(...xs)) - Math.max(0, Math.min(...xs));
      const h = Math.min(viewport.height, Math.max(...ys)) - Math.max(0, Math.min(...ys));
      if (w > 0 && h > 0) imageArea += w * h;
      imageCount++;
    } else if (fn === ops.constructPath && Array.isArray(args)) {
      const paintOp = args[0];
      const data = Array.isArray(args[1]) ? args[1][0] : undefined;
      if (typeof paintOp !== "number" || !data || !ArrayBuffer.isView(data)) continue;
      const stroked = strokeOps.has(paintOp);
      const filled = fillOps.has(paintOp);
      if (!stroked && !filled) continue;
      for (const sub of subpaths(data as unknown as ArrayLike<number>)) {
        const points = sub.points.map(([x, y]) => toPage(x, y));
        if (stroked) rulings.push(...segmentsOf(points, sub.closed));
        if (filled && !stroked) {
          const box = boxOf(points);
          if (box && isRectangle(points)) rulings.push(...thinBoxAsRuling(box));
        }
      }
    }
  }
  const pageArea = viewport.width * viewport.height;
  return { rulings, imageCoverage: pageArea > 0 ? Math.min(1, imageArea / pageArea) : 0, imageCount };
}

interface Subpath {
  points: Array<[number, number]>;
  closed: boolean;
}

function subpaths(data: ArrayLike<number>): Subpath[] {
  const result: Subpath[] = [];
  let current: Subpath | null = null;
  for (let k = 0; k < data.length; ) {
    const op = data[k++];
    if (op === DRAW_MOVE) {
      current = { points: [[data[k] ?? 0, data[k + 1] ?? 0]], closed: false };
      result.push(current);
      k += 2;
    } else if (op === DRAW_LINE) {
      current?.points.push([data[k] ?? 0, data[k + 1] ?? 0]);
      k += 2;
    } else if (op === DRAW_CURVE) {
      // A curve breaks the run of straight segments: start a new subpath from its end point.
      current = { points: [[data[k + 4] ?? 0, data[k + 5] ?? 0]], closed: false };
      result.push(current);
      k += 6;
    } else if (op === DRAW_CLOSE) {
      if (current) current.closed = true;
    } else break;
  }
  return result;
}

function segmentsOf(points: Array<[number, number]>, closed: boolean): Ruling[] {
  const result: Ruling[] = [];
  const count = closed ? points.length : points.length - 1;
  for (let i = 0; i < count; i++) {
    const a = points[i];
    const b = points[(i + 1) % points.length];
    if (!a || !b) continue;
    const ruling = axisRuling(a[0], a[1], b[0], b[1]);
    if (ruling) result.push(ruling);
  }
  return result;
}

function axisRuling(x1: number, y1: number, x2: number, y2: number): Ruling | null {
  const dx = Math.abs(x2 - x1);
  const dy = Math.abs(y2 - y1);
  if (dy <= AXIS_TOLERANCE && dx >= MIN_RULE_LENGTH) {
    const y = (y1 + y2) / 2;
    return { x1: Math.min(x1, x2), y1: y, x2: Math.max(x1, x2), y2: y };
  }
  if (dx <= AXIS_TOLERANCE && dy >= MIN_RULE_LENGTH) {
    const x = (x1 + x2) / 2;
    return { x1: x, y1: Math.min(y1, y2), x2: x, y2: Math.max(y1, y2) };
  }
  return null;
}

function boxOf(points: Array<[number, number]>): Box | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** Four or five points whose every edge is axis-parallel (a `re` operator, or the same drawn by hand). */
function isRectangle(points: Array<[number, number]>): boolean {
  if (points.length < 2 || points.length > 5) return false;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[i + 1]!;
    if (Math.abs(ax - bx) > AXIS_TOLERANCE && Math.abs(ay - by) > AXIS_TOLERANCE) return false;
  }
  return true;
}

function thinBoxAsRuling(box: Box): Ruling[] {
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) {
    const y = (box.y1 + box.y2) / 2;
    return [{ x1: box.x1, y1: y, x2: box.x2, y2: y }];
  }
  if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH) {
    const x = (box.x1 + box.x2) / 2;
    return [{ x1: x, y1: box.y1, x2: x, y2: box.y2 }];
  }
  return [];
}
