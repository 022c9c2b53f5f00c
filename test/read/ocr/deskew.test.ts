import { createCanvas } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { estimateSkew } from "../../../src/read/ocr/deskew.js";
import { toGray } from "../../../src/read/ocr/render.js";

/** Lines of "words" (dark bars) on a page, the whole page turned clockwise by `degrees`. */
function turnedPage(degrees: number): { gray: Uint8Array; width: number; height: number } {
  const width = 1200;
  const height = 1600;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  ctx.fillStyle = "#000";
  for (let y = 150; y < 1450; y += 40) {
    for (let x = 120; x < 1050; x += 70) ctx.fillRect(x, y, 55, 18);
  }
  return { gray: toGray(ctx.getImageData(0, 0, width, height).data, width, height), width, height };
}

describe("estimateSkew", () => {
  it.each([1, -1.5, 3])("measures a page turned by %f° and undoes it", (degrees) => {
    const { gray, width, height } = turnedPage(degrees);
    const correction = (estimateSkew(gray, width, height) * 180) / Math.PI;
    expect(correction).toBeCloseTo(-degrees, 1);
  });

  it("leaves a level page alone", () => {
    const { gray, width, height } = turnedPage(0);
    expect(Math.abs((estimateSkew(gray, width, height) * 180) / Math.PI)).toBeLessThan(0.05);
  });

  it("returns 0 for a blank page", () => {
    expect(estimateSkew(new Uint8Array(400 * 400).fill(255), 400, 400)).toBe(0);
  });
});
