import { createCanvas } from "@napi-rs/canvas";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openForRendering } from "../../../src/read/ocr/render.js";
import { imagePdf } from "./synthetic-scan.js";

/** A 400×300 px RGB JPEG, white with a black 100×50 px block at (100, 80) and a grey one (128) at (250, 150). */
async function blocksJpeg(): Promise<Uint8Array> {
  const canvas = createCanvas(400, 300);
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, 400, 300);
  context.fillStyle = "#000000";
  context.fillRect(100, 80, 100, 50);
  context.fillStyle = "#808080";
  context.fillRect(250, 150, 100, 50);
  return canvas.encode("jpeg", 95);
}

const mean = (gray: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number): number => {
  let sum = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += gray[y * width + x]!;
  return sum / ((x1 - x0) * (y1 - y0));
};

describe("rendering a scanned page", () => {
  afterEach(() => vi.restoreAllMocks());

  it("decodes the page's RGB JPEG natively through an ImageDecoder, with the pixels in place", async () => {
    // 400×300 px on a 288×216 pt page is 100 dpi: drawn at 100 dpi, a pixel of the image is a pixel of the page.
    const pdf = imagePdf(await blocksJpeg(), 400, 300, 288, 216);
    const renderer = await openForRendering(pdf);
    try {
      const Decoder = (globalThis as { ImageDecoder?: { prototype: { decode(): Promise<unknown> } } }).ImageDecoder;
      expect(Decoder).toBeDefined();
      const decode = vi.spyOn(Decoder!.prototype, "decode");
      const page = await renderer.render(1, 100);
      expect(decode).toHaveBeenCalledTimes(1);
      expect([page.widthPx, page.heightPx]).toEqual([400, 300]);
      expect(page.skew).toBe(0);
      // Inside the blocks (a margin for the JPEG's ringing at their edges) and on the paper around them.
      expect(mean(page.gray, 400, 105, 85, 195, 125)).toBeLessThan(8);
      expect(Math.abs(mean(page.gray, 400, 255, 155, 345, 195) - 128)).toBeLessThan(6);
      expect(mean(page.gray, 400, 0, 0, 400, 70)).toBeGreaterThan(250);
      expect(mean(page.gray, 400, 0, 210, 400, 300)).toBeGreaterThan(250);
    } finally {
      await renderer.close();
    }
  });
});
