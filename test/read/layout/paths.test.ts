import { describe, expect, it } from "vitest";
import { type OperatorCodes, scanOperatorList } from "../../../src/read/layout/paths.js";

// The pdf.js 5 operator numbers (OPS in pdfjs-dist), written out so this test needs no pdf.js.
const OPS: OperatorCodes = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  beginAnnotation: 80,
  endAnnotation: 81,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  paintImageXObject: 85,
  paintInlineImageXObject: 86,
  paintImageMaskXObject: 83,
};
const MOVE = 0;
const LINE = 1;
const CLOSE = 3;
/** A portrait A4 page: y flipped so that the origin is top-left. */
const viewport = { transform: [1, 0, 0, -1, 0, 842] as [number, number, number, number, number, number], width: 595, height: 842 };

describe("scanOperatorList", () => {
  it("turns stroked segments and thin filled rectangles into rulings, in top-left coordinates", () => {
    const fn = [OPS.constructPath, OPS.constructPath, OPS.constructPath];
    const args = [
      [OPS.stroke, [new Float32Array([MOVE, 50, 800, LINE, 300, 800])], null],
      [OPS.fill, [new Float32Array([MOVE, 100, 700, LINE, 100.5, 700, LINE, 100.5, 600, LINE, 100, 600, CLOSE])], null],
      // A big filled box is a shaded cell, not a border.
      [OPS.fill, [new Float32Array([MOVE, 0, 0, LINE, 200, 0, LINE, 200, 200, LINE, 0, 200, CLOSE])], null],
    ];
    const { rulings } = scanOperatorList(fn, args, viewport, OPS);
    expect(rulings).toHaveLength(2);
    expect(rulings[0]).toEqual({ x1: 50, y1: 42, x2: 300, y2: 42 });
    expect(rulings[1]!.x1).toBeCloseTo(100.25);
    expect(rulings[1]!.y1).toBeCloseTo(142);
    expect(rulings[1]!.y2).toBeCloseTo(242);
  });

  it("applies the current transformation matrix and forgets it on restore", () => {
    const fn = [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath];
    const path = [OPS.stroke, [new Float32Array([MOVE, 0, 0, LINE, 100, 0])], null];
    const args = [null, [2, 0, 0, 2, 10, 20], path, null, path];
    const { rulings } = scanOperatorList(fn, args, viewport, OPS);
    expect(rulings).toEqual([
      { x1: 10, y1: 822, x2: 210, y2: 822 },
      { x1: 0, y1: 842, x2: 100, y2: 842 },
    ]);
  });

  it("draws an annotation's appearance through its matrix and the transform onto its rectangle, from the page's base", () => {
    const fn = [OPS.transform, OPS.beginAnnotation, OPS.constructPath, OPS.endAnnotation, OPS.constructPath];
    const path = [OPS.stroke, [new Float32Array([MOVE, 0, 0, LINE, 100, 0])], null];
    // pdf.js's arguments: id, rect, transform (form box → rect), the form's matrix, own canvas.
    const annotation = ["a1", [100, 200, 300, 250], [1, 0, 0, 1, 100, 200], [2, 0, 0, 1, 0, 10], false];
    const args = [[3, 0, 0, 3, 0, 0], annotation, path, null, path];
    const { rulings } = scanOperatorList(fn, args, viewport, OPS);
    expect(rulings).toEqual([
      // Scaled by the matrix, moved by the transform, and not by the page's own matrix before the annotation.
      { x1: 100, y1: 842 - 210, x2: 300, y2: 842 - 210 },
      // The page's matrix again after it.
      { x1: 0, y1: 842, x2: 300, y2: 842 },
    ]);
  });

  it("measures how much of the page images cover", () => {
    const fn = [OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore];
    const args = [null, [595, 0, 0, 842, 0, 0], ["img"], null];
    const scan = scanOperatorList(fn, args, viewport, OPS);
    expect(scan.imageCount).toBe(1);
    expect(scan.imageCoverage).toBeCloseTo(1);
  });
});
