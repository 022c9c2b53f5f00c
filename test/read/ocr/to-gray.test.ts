import { describe, expect, it } from "vitest";
import { isBlankDrawing } from "../../../src/read/ocr.js";
import { greyAt, toGray } from "../../../src/read/ocr/render.js";

/** Pixels of every kind `greyAt` tells apart: opaque grey, translucent grey, near-grey, red seal, pen ink, colours. */
function mixedDrawing(pixels: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(4 * pixels);
  let state = 12345;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * n);
  };
  for (let i = 0; i < pixels; i++) {
    const kind = random(6);
    const level = random(256);
    const pixel =
      kind === 0 ? [level, level, level, 255]
      : kind === 1 ? [level, level, level, random(256)]
      : kind === 2 ? [level, Math.min(255, level + 1), level, 255]
      : kind === 3 ? [200, 30, 40, 255]
      : kind === 4 ? [40, 60, 190, 255]
      : [random(256), random(256), random(256), random(2) ? 255 : random(256)];
    rgba.set(pixel, 4 * i);
  }
  return rgba;
}

describe("toGray, greyAt written out", () => {
  it("gives greyAt's grey and pen marks on every kind of pixel, but for print under a seal", () => {
    const width = 64;
    const height = 50;
    const rgba = mixedDrawing(width * height);
    const ink = new Uint8Array(width * height);
    const gray = toGray(rgba, width, height, ink);
    // Print under a seal (a seal-red pixel dark in red, beside a stroke) is found from its neighbours: paper for
    // `greyAt`, its red channel's grey in the image.
    const underSeal = (i: number) => rgba[4 * i]! - Math.max(rgba[4 * i + 1]!, rgba[4 * i + 2]!) > 30 && rgba[4 * i]! < 160;
    for (let i = 0; i < width * height; i++) {
      const grey = greyAt(rgba, i);
      if (underSeal(i)) expect(grey, `pixel ${i}`).toBe(255);
      else expect(gray[i], `pixel ${i}`).toBe(grey < 0 ? 255 : grey);
      expect(ink[i], `pixel ${i}`).toBe(grey < 0 ? 1 : 0);
    }
    // Some of each: the test would say nothing if no pixel were pen ink or red.
    expect(ink.some((v) => v === 1)).toBe(true);
    // Without colouredInk, pen ink is not dropped (greyAt's dropPen false).
    const plain = toGray(rgba, width, height);
    for (let i = 0; i < width * height; i++) if (!underSeal(i)) expect(plain[i], `pixel ${i}`).toBe(greyAt(rgba, i, false));
  });

  it("puts back print under a seal where it joins print outside it, and leaves the seal's own ink paper", () => {
    // A 40 × 20 page: a seal's ring (red 200) over the right half; a black stroke (row 10) runs from the paper into
    // the ring, where the stamp multiplies it (red 40); dark seal ink (red 130, a real seal's uneven pressure) and an
    // isolated dark speck in the ring (red 40) touch no print.
    const width = 40;
    const height = 20;
    const rgba = new Uint8ClampedArray(4 * width * height).fill(255);
    const put = (x: number, y: number, pixel: number[]) => rgba.set(pixel, 4 * (y * width + x));
    for (let y = 0; y < height; y++) for (let x = 20; x < width; x++) put(x, y, [200, 40, 50, 255]);
    for (let x = 5; x < 30; x++) put(x, 10, x < 20 ? [0, 0, 0, 255] : [40, 5, 6, 255]);
    put(30, 3, [130, 26, 33, 255]);
    put(35, 16, [40, 5, 6, 255]);
    const gray = toGray(rgba, width, height);
    const at = (x: number, y: number) => gray[y * width + x]!;
    expect(at(10, 10)).toBe(0);
    // The stroke under the ring is ink, read from its red channel (40 of the 160 that reads as paper).
    for (let x = 20; x < 30; x++) expect(at(x, 10), `x ${x}`).toBe(64);
    expect(at(25, 5)).toBe(255);
    expect(at(30, 3)).toBe(255);
    expect(at(35, 16)).toBe(255);
    // The single-pixel grey (the blank test's) keeps every seal-red pixel paper.
    expect(greyAt(rgba, 10 * width + 25)).toBe(255);
  });

  it("gives greyAt's grey for every opaque colour", () => {
    // Every red level in turn: one 256 × 256 image of all green and blue levels.
    const rgba = new Uint8ClampedArray(4 * 256 * 256);
    let wrong = 0;
    for (let red = 0; red < 256; red++) {
      for (let i = 0; i < 256 * 256; i++) rgba.set([red, i >> 8, i & 255, 255], 4 * i);
      const ink = new Uint8Array(256 * 256);
      const gray = toGray(rgba, 256, 256, ink);
      for (let i = 0; i < 256 * 256; i++) {
        const grey = greyAt(rgba, i);
        if (gray[i] !== (grey < 0 ? 255 : grey) || ink[i] !== (grey < 0 ? 1 : 0)) wrong++;
      }
    }
    expect(wrong).toBe(0);
  });

  it("reads any byte offset of its buffer", () => {
    const width = 20;
    const height = 10;
    const rgba = mixedDrawing(width * height);
    const shifted = new Uint8ClampedArray(rgba.length + 1);
    shifted.set(rgba, 1);
    expect(toGray(shifted.subarray(1), width, height, new Uint8Array(width * height))).toEqual(toGray(rgba, width, height, new Uint8Array(width * height)));
  });

  it("isBlankDrawing and the grey image agree on ink at the threshold", () => {
    const width = 200;
    const height = 200;
    for (const level of [100, 127, 128, 200]) {
      const rgba = new Uint8ClampedArray(4 * width * height).fill(255);
      // A few pixels of ink at `level` inside the margins: blank only from 128 up (the ink threshold).
      for (let i = 0; i < 3; i++) rgba.set([level, level, level, 255], 4 * ((100 + i) * width + 100));
      expect(isBlankDrawing(rgba, width, height), `level ${level}`).toBe(level >= 128);
    }
  });

  it("isBlankDrawing judges paper that is not opaque white by its grey, at any byte offset of the drawing", () => {
    const width = 200;
    const height = 200;
    for (const [pixel, blank] of [
      [[0, 0, 0, 0], true],
      [[255, 255, 255, 254], true],
      [[60, 60, 60, 255], false],
      [[60, 60, 60, 40], true],
    ] as const) {
      const rgba = new Uint8ClampedArray(4 * width * height).fill(255);
      for (let i = 0; i < 3; i++) rgba.set(pixel, 4 * ((100 + i) * width + 100));
      const shifted = new Uint8ClampedArray(rgba.length + 1);
      shifted.set(rgba, 1);
      expect(isBlankDrawing(rgba, width, height), `${pixel}`).toBe(blank);
      expect(isBlankDrawing(shifted.subarray(1), width, height), `${pixel}, shifted`).toBe(blank);
    }
  });
});
