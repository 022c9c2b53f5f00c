import { describe, expect, it } from "vitest";
import { greyHistogram, paperStretch, paperStretchOf, stretchedHistogram, stretchGrey } from "../../../src/read/ocr/contrast.js";
import { inkPixels } from "../../../src/read/ocr/deskew.js";
import { toGray } from "../../../src/read/ocr/render.js";
import { rulingLimits } from "../../../src/read/ocr/rulings.js";

/**
 * A 60 × 40 drawing on grey paper (190, the kind `paperStretch` stretches): black and grey print, pen ink, a seal's
 * ring with a stroke of print running under it (put back by `toGray`, which moves those pixels out of the paper's
 * count), translucent pixels and JPEG-like colour noise.
 */
function drawing(width: number, height: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(4 * width * height);
  let state = 987;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * n);
  };
  for (let i = 0; i < width * height; i++) {
    const noise = random(7) - 3;
    rgba.set([190 + noise, 188 + random(3), 186, 255], 4 * i);
  }
  const put = (x: number, y: number, pixel: number[]) => rgba.set(pixel, 4 * (y * width + x));
  for (let y = 0; y < height; y++) for (let x = 40; x < width; x++) put(x, y, [200, 40, 50, 255]);
  for (let x = 5; x < 50; x++) put(x, 20, x < 40 ? [10, 10, 10, 255] : [40, 5, 6, 255]);
  for (let x = 5; x < 35; x++) put(x, 8, [60 + random(40), 60, 60, 255]);
  for (let x = 10; x < 20; x++) put(x, 30, [40, 60, 190, 255]);
  for (let x = 0; x < 8; x++) put(x, 35, [120, 120, 120, random(256)]);
  return rgba;
}

describe("grey levels counted as the grey image is made", () => {
  const width = 60;
  const height = 40;

  it("toGray's counts are the counts of the image it returns, print under a seal included", () => {
    const histogram = new Uint32Array(256);
    const gray = toGray(drawing(width, height), width, height, new Uint8Array(width * height), histogram);
    // The seal's stroke was put back (grey 64 from red 40): the test would say nothing about the seal otherwise.
    expect(gray[20 * width + 45]).toBe(64);
    expect([...histogram]).toEqual([...greyHistogram(gray)]);
  });

  it("the same grey image from pixels that do not start on a 4-byte boundary", () => {
    const rgba = drawing(width, height);
    const shifted = new Uint8ClampedArray(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect([...toGray(shifted, width, height, new Uint8Array(width * height))]).toEqual([...toGray(rgba, width, height, new Uint8Array(width * height))]);
  });

  it("a stretch's counts, its ink and the paper level follow from the counts without counting the stretched image", () => {
    const histogram = new Uint32Array(256);
    const gray = toGray(drawing(width, height), width, height, new Uint8Array(width * height), histogram);
    const stretch = paperStretchOf(histogram, gray.length);
    expect(stretch).toEqual(paperStretch(gray));
    // Grey paper: the page is stretched, or the counts below would be the image's own.
    expect(stretch).toBeDefined();
    stretchGrey(gray, stretch);
    const stretched = stretchedHistogram(histogram, stretch);
    expect([...stretched]).toEqual([...greyHistogram(gray)]);
    expect(inkPixels(gray, width, height, stretched)).toEqual(inkPixels(gray, width, height));
    expect(rulingLimits(200, gray, stretched)).toEqual(rulingLimits(200, gray));
  });
});
