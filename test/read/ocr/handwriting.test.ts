/**
 * Pen ink on a scan: dropped out of the image OCR reads (like red seals), and found again on the printed lines so
 * that the header can say a number or day was written by hand instead of trusting OCR's reading of it.
 */
import { describe, expect, it } from "vitest";
import { handwritingOnLines } from "../../../src/read/ocr.js";
import type { RecognisedLine } from "../../../src/read/ocr/engine.js";
import { toGray } from "../../../src/read/ocr/render.js";

function pixels(...colours: Array<[number, number, number]>): Uint8Array {
  return new Uint8Array(colours.flatMap(([r, g, b]) => [r, g, b, 255]));
}

describe("toGray with a coloured-ink mask", () => {
  it("drops blue and violet pen ink and marks it; keeps black print, its chroma noise and light tints; drops red unmarked", () => {
    const rgba = pixels([20, 20, 20], [62, 70, 84], [40, 60, 190], [90, 40, 150], [200, 30, 30], [180, 200, 250]);
    const mask = new Uint8Array(6);
    const gray = toGray(rgba, 6, 1, mask);
    expect([...mask]).toEqual([0, 0, 1, 1, 0, 0]);
    expect(gray[0]).toBe(20);
    expect(gray[1]).toBeLessThan(80);
    expect([gray[2], gray[3], gray[4]]).toEqual([255, 255, 255]);
    expect(gray[5]).toBeGreaterThan(180);
  });

  it("keeps blue ink when no mask is asked for (as before)", () => {
    expect(toGray(pixels([40, 60, 190]), 1, 1)[0]).toBeLessThan(100);
  });
});

describe("handwritingOnLines", () => {
  const width = 300;
  const height = 40;
  const word = (text: string, x0: number, x1: number) => ({ text, confidence: 95, bbox: { x0, y0: 10, x1, y1: 30 } });
  const line: RecognisedLine = { words: [word("Số:", 10, 40), word("/KH-UBND", 90, 170), word("Hà", 200, 220), word("Nội,", 225, 250), word("ngày", 255, 290)] };
  const page = (ink: Array<[number, number, number, number]>) => {
    const colouredInk = new Uint8Array(width * height);
    for (const [x0, y0, x1, y1] of ink) for (let y = y0; y < y1; y++) colouredInk.fill(1, y * width + x0, y * width + x1);
    return { page: 1, colouredInk, widthPx: width, heightPx: height };
  };

  it("names the printed words before each piece of writing on the line", () => {
    const found = handwritingOnLines(page([[50, 12, 58, 28], [62, 12, 70, 28], [292, 12, 299, 28]]), [line]);
    expect(found).toEqual([
      { page: 1, after: "Số:" },
      { page: 1, after: "Số: /KH-UBND Hà Nội, ngày" },
    ]);
  });

  it("takes a speck for nothing, and a page without pen ink has none", () => {
    expect(handwritingOnLines(page([[60, 15, 62, 17]]), [line])).toEqual([]);
    expect(handwritingOnLines(page([]), [line])).toEqual([]);
  });
});
