import { describe, expect, it } from "vitest";
import type { Matrix } from "../../../src/read/layout/paths.js";
import { type DrawnGlyph, type TextOperatorCodes, TextRunCollector, glyphKind } from "../../../src/read/layout/text-runs.js";

// The pdf.js 5 operator numbers (OPS in pdfjs-dist), written out so this test needs no pdf.js.
const OPS: TextOperatorCodes = {
  beginText: 31,
  setFont: 37,
  setTextMatrix: 42,
  moveText: 40,
  setLeadingMoveText: 41,
  nextLine: 43,
  setLeading: 36,
  setCharSpacing: 33,
  setWordSpacing: 34,
  setHScale: 35,
  setTextRise: 39,
  showText: 44,
  beginAnnotation: 80,
  endAnnotation: 81,
};
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const HELVETICA = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0] as Matrix, vertical: false };

const glyph = (unicode: string, width = 500): DrawnGlyph => ({ unicode, width, isSpace: unicode === " ", kind: glyphKind(unicode) });
const glyphs = (text: string): DrawnGlyph[] => Array.from(text, (ch) => glyph(ch));

function collector(): TextRunCollector {
  return new TextRunCollector({ ops: OPS, fontOf: () => HELVETICA, viewBox: [0, 0, 595, 842] });
}

describe("TextRunCollector", () => {
  it("puts a zero-width mark on its letter without moving the pen", () => {
    const text = collector();
    text.operator(OPS.beginText, null, IDENTITY);
    text.operator(OPS.setFont, ["f1", 10], IDENTITY);
    text.operator(OPS.moveText, [72, 700], IDENTITY);
    text.operator(OPS.showText, [[glyph("e"), glyph("\u0301", 0), glyph("m")]], IDENTITY);
    const [run] = text.finish();
    expect(run!.str).toBe("e\u0301m");
    expect(run!.width).toBeCloseTo(10);
    expect(run!.transform).toEqual([10, 0, 0, 10, 72, 700]);
  });

  it("takes a glyph whose text is a letter with its combining marks (NFD) for a letter, not a zero-width mark", () => {
    expect(glyphKind("o\u0302\u0309")).toBe("visible");
    expect(glyphKind("\u0301")).toBe("zero-width-mark");
    const text = collector();
    text.operator(OPS.beginText, null, IDENTITY);
    text.operator(OPS.setFont, ["f1", 10], IDENTITY);
    text.operator(OPS.moveText, [72, 700], IDENTITY);
    // "tổ" whose "ổ" is one glyph: it takes its width, and a glyph far to its right starts a run of its own.
    text.operator(OPS.showText, [[glyph("t"), glyph("o\u0302\u0309"), -5000, glyph("x")]], IDENTITY);
    const runs = text.finish();
    expect(runs.map((r) => r.str)).toEqual(["to\u0302\u0309", "x"]);
    expect(runs[0]!.width).toBeCloseTo(10);
  });

  it("records where a run jumped over a gap that pdf.js writes as a space: its pieces, placed exactly", () => {
    const text = collector();
    text.operator(OPS.beginText, null, IDENTITY);
    text.operator(OPS.setFont, ["f1", 10], IDENTITY);
    text.operator(OPS.moveText, [72, 700], IDENTITY);
    // "t", a hole of 0.3 em (where a fallback font will draw "ỉ"), "nh"; then a real space and "x".
    text.operator(OPS.showText, [[glyph("t"), -300, glyph("n"), glyph("h"), glyph(" "), glyph("x")]], IDENTITY);
    const [run] = text.finish();
    expect(run!.str).toBe("t nh x");
    expect(run!.pieces).toEqual([
      { text: "t", offset: 0, width: 5 },
      { text: "nh x", offset: 8, width: 20 },
    ]);
  });

  it("keeps an annotation's text as runs of its own, marked as annotation text", () => {
    const text = collector();
    text.operator(OPS.beginText, null, IDENTITY);
    text.operator(OPS.setFont, ["f1", 10], IDENTITY);
    text.operator(OPS.moveText, [72, 700], IDENTITY);
    text.operator(OPS.showText, [glyphs("So: ")], IDENTITY);
    text.operator(OPS.beginAnnotation, ["a1", [0, 0, 100, 100], IDENTITY, IDENTITY, false], IDENTITY);
    text.operator(OPS.showText, [[glyph("\u0301", 0), ...glyphs("666")]], IDENTITY);
    text.operator(OPS.endAnnotation, null, IDENTITY);
    text.operator(OPS.showText, [glyphs("/TTr")], IDENTITY);
    const runs = text.finish();
    // The page's text on either side of the annotation is not one run with it.
    expect(runs.map((r) => [r.str, r.annotation ?? false])).toEqual([
      ["So:", false],
      ["\u0301666", true],
      ["/TTr", false],
    ]);
  });

  it("takes the text matrix as pdf.js 5's typed array or as six numbers, and restores it with the state", () => {
    const text = collector();
    text.operator(OPS.beginText, null, IDENTITY);
    text.operator(OPS.setFont, ["f1", 10], IDENTITY);
    text.operator(OPS.setTextMatrix, [new Float32Array([1, 0, 0, 1, 100, 500])], IDENTITY);
    text.save();
    text.operator(OPS.setTextMatrix, [2, 0, 0, 2, 300, 400], IDENTITY);
    text.operator(OPS.setCharSpacing, [0.5], IDENTITY);
    text.operator(OPS.showText, [glyphs("ab")], IDENTITY);
    text.restore();
    text.operator(OPS.showText, [glyphs("cd")], IDENTITY);
    const runs = text.finish();
    expect(runs.map((r) => r.str)).toEqual(["ab", "cd"]);
    // Twice the size, with the character spacing after "a" inside the run (after "b", it is not counted).
    expect(runs[0]!.transform).toEqual([20, 0, 0, 20, 300, 400]);
    expect(runs[0]!.width).toBeCloseTo(2 * (5 + 0.5 + 5));
    // Back at x 100 with no character spacing.
    expect(runs[1]!.transform).toEqual([10, 0, 0, 10, 100, 500]);
    expect(runs[1]!.width).toBeCloseTo(10);
  });
});
