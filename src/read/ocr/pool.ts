/**
 * A module-level pool of tesseract.js workers. Starting a worker costs a wasm compile plus loading the Vietnamese
 * model (~0.3–0.5 s), so workers are kept across pages and across calls until `terminatePool()`; a worker thread
 * keeps Node's event loop alive, which is why the CLI must terminate them before it can exit.
 *
 * Everything comes from node_modules, nothing from the network: in Node tesseract.js requires its wasm core from the
 * `tesseract.js-core` package (it ignores `corePath`), the model is read from the `@tesseract.js-data/vie` folder
 * given as `langPath` (a local path is read with fs, a URL would be fetched), and `cacheMethod: "none"` stops it
 * from reading or writing `./vie.traineddata` in the user's working directory.
 */
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type Tesseract from "tesseract.js";

export type OcrWorker = Tesseract.Worker;

/**
 * `4.0.0_best_int` is the LSTM-only integer model that tesseract.js itself picks for OEM 1: on our test pages it read
 * exactly what the 3.8 MB `4.0.0` file (legacy + LSTM) read, and it is 1.4 MB, so workers start faster.
 */
const MODEL_FOLDER = "4.0.0_best_int";

export function modelDirectory(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("@tesseract.js-data/vie/package.json")), MODEL_FOLDER);
}

const workers: OcrWorker[] = [];
const idle: OcrWorker[] = [];
interface Waiter {
  resolve: (worker: OcrWorker) => void;
  reject: (error: unknown) => void;
}
const waiting: Waiter[] = [];
let starting = 0;
/** Workers still starting, which `terminatePool` waits for (a warm-up may start some that no page ever used). */
const pendingStarts = new Set<Promise<OcrWorker>>();
/** Counts `terminatePool` calls: a worker whose start began before one is ended as soon as it is up. */
let generation = 0;

/** Starts a worker, one `terminatePool` may wait for; a worker the pool was terminated under is ended, not kept. */
async function startTracked(): Promise<OcrWorker> {
  const started = generation;
  const start = startWorker();
  pendingStarts.add(start);
  let worker: OcrWorker;
  try {
    worker = await start;
  } finally {
    pendingStarts.delete(start);
  }
  if (started !== generation) {
    await worker.terminate().catch(() => undefined);
    throw new Error("OCR workers were terminated");
  }
  return worker;
}

async function startWorker(): Promise<OcrWorker> {
  const tesseract = await import("tesseract.js");
  const createWorker = tesseract.default.createWorker;
  const worker = await createWorker("vie", tesseract.default.OEM.LSTM_ONLY, {
    langPath: modelDirectory(),
    gzip: true,
    cacheMethod: "none",
    // Unused with cacheMethod "none"; set so that no code path can fall back to the working directory.
    cachePath: os.tmpdir(),
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  await worker.setParameters({
    // Automatic page segmentation: on a table page it read 95% of the words where the default single-block mode
    // read 72%, since cells side by side are not one line of text.
    tessedit_pageseg_mode: tesseract.default.PSM.AUTO,
    // tesseract's progress chatter ("Detected 357 diacritics") would otherwise go to the CLI's stderr.
    debug_file: "/dev/null",
  });
  return worker;
}

/** Waits for a free worker, starting a new one while fewer than `limit` exist. */
export async function acquireWorker(limit: number): Promise<OcrWorker> {
  const free = idle.pop();
  if (free) return free;
  if (workers.length + starting < limit) {
    starting++;
    try {
      const worker = await startTracked();
      workers.push(worker);
      return worker;
    } catch (error) {
      // Whoever waits for a worker would otherwise wait for this one forever: they hear why it did not start.
      if (workers.length + starting <= 1) for (const waiter of waiting.splice(0, waiting.length)) waiter.reject(error);
      throw error;
    } finally {
      starting--;
    }
  }
  return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
}

export function releaseWorker(worker: OcrWorker): void {
  if (!workers.includes(worker)) return;
  const next = waiting.shift();
  if (next) next.resolve(worker);
  else idle.push(worker);
}

/** A worker whose job failed may be left in a bad state: drop it rather than hand it out again. */
export async function discardWorker(worker: OcrWorker): Promise<void> {
  const index = workers.indexOf(worker);
  if (index >= 0) workers.splice(index, 1);
  await worker.terminate().catch(() => undefined);
  // Someone may be waiting for the worker that is gone: start its replacement for them.
  const next = waiting.shift();
  if (next) {
    starting++;
    startTracked()
      .then((replacement) => {
        workers.push(replacement);
        next.resolve(replacement);
      }, next.reject)
      .finally(() => starting--);
  }
}

export function poolSize(): number {
  return workers.length;
}

export async function terminatePool(): Promise<void> {
  generation++;
  await Promise.allSettled([...pendingStarts]);
  const all = workers.splice(0, workers.length);
  idle.length = 0;
  for (const waiter of waiting.splice(0, waiting.length)) waiter.reject(new Error("OCR workers were terminated"));
  await Promise.all(all.map((worker) => worker.terminate().catch(() => undefined)));
}
