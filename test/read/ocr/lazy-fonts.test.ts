import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCanvas, openForRendering } from "../../../src/read/ocr/render.js";

describe("system fonts registered when the first text is written, not before a scan's pages are drawn", () => {
  it("draws a scanned page without them, then registers them at the first text call", async () => {
    const renderer = await openForRendering(new Uint8Array(readFileSync("fixtures/scan/004.hard-scan.pdf")));
    await renderer.draw(1, 100);
    await renderer.close();
    const canvas = await loadCanvas();
    // A page drawn from its image alone wrote no text: no folder was scanned.
    expect(canvas.GlobalFonts.families).toHaveLength(0);
    const context = canvas.createCanvas(10, 10).getContext("2d");
    const prototype = Object.getPrototypeOf(context) as Record<string, unknown>;
    const hooked = prototype.fillText;
    expect(context.measureText("a").width).toBeGreaterThan(0);
    // The methods are the library's own again.
    expect(prototype.fillText).not.toBe(hooked);
    // Where the machine has fonts (any with a desktop or LibreOffice), they are now registered.
    expect(canvas.GlobalFonts.families.length).toBeGreaterThan(0);
  });
});
