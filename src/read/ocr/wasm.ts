/**
 * The embedded engine: tesseract.js (tesseract compiled to WebAssembly) with the Vietnamese model of
 * `@tesseract.js-data/vie`, in worker threads kept across pages (`./pool.ts`). Works wherever npm does.
 */
import type Tesseract from "tesseract.js";
import type { OcrEngine, PageLayout, RecognisedLine } from "./engine.js";
import { markOcr } from "./timeline.js";
import { acquireWorker, discardWorker, type OcrWorker, releaseWorker, terminatePool } from "./pool.js";

export const wasmEngine: OcrEngine = {
  name: "wasm",
  async recognise(pgm, dpi, lanes, started, layout = "page") {
    let worker: OcrWorker;
    try {
      worker = await acquireWorker(lanes);
    } finally {
      started();
    }
    let page: Tesseract.Page;
    markOcr?.("lane-busy", 0);
    try {
      page = await recogniseWith(worker, pgm, dpi, layout);
      markOcr?.("lane-free", 0);
    } catch (error) {
      markOcr?.("lane-free", 0);
      await discardWorker(worker);
      throw error;
    }
    releaseWorker(worker);
    return linesOf(page);
  },
  warm(lanes) {
    // A worker costs a wasm compile and the model's loading, in its own thread: all of them start now, in parallel
    // with the rendering of the first page on this one.
    for (let i = 0; i < lanes; i++) acquireWorker(lanes).then(releaseWorker, () => undefined);
  },
  terminate: terminatePool,
};

async function recogniseWith(worker: OcrWorker, image: Uint8Array, dpi: number, layout: PageLayout): Promise<Tesseract.Page> {
  // The pool's workers are set up for PSM 3 (./pool.ts); a block read sets PSM 6 for this image only.
  if (layout === "block") await worker.setParameters({ tessedit_pageseg_mode: "6" as Tesseract.PSM });
  try {
    return await recogniseImage(worker, image, dpi);
  } finally {
    if (layout === "block") await worker.setParameters({ tessedit_pageseg_mode: "3" as Tesseract.PSM });
  }
}

async function recogniseImage(worker: OcrWorker, image: Uint8Array, dpi: number): Promise<Tesseract.Page> {
  const result = await worker.recognize(
    Buffer.from(image.buffer, image.byteOffset, image.byteLength),
    // user_defined_dpi: the render resolution, so that tesseract does not guess it from the text size.
    { user_defined_dpi: String(dpi) } as Partial<Tesseract.RecognizeOptions>,
    { text: false, blocks: true },
  );
  return result.data;
}

function linesOf(page: Tesseract.Page): RecognisedLine[] {
  const lines: RecognisedLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const row = line.rowAttributes;
        lines.push({
          words: line.words.map((word) => ({ text: word.text, bbox: word.bbox, confidence: word.confidence })),
          ...(line.baseline ? { baseline: { x0: line.baseline.x0, y0: line.baseline.y0, x1: line.baseline.x1, y1: line.baseline.y1 } } : {}),
          ...(row ? { rowHeight: row.rowHeight, descenders: row.descenders } : {}),
        });
      }
    }
  }
  return lines;
}
