// Seconds a page on the real scans of ../shared/real (or $CCHC_REAL): cchc with each OCR engine against the engines
// alone on the same pages, and where cchc's time goes. Run after `npm run build`:
//
//   node bench/scans.mjs [--files r22,r23,r34] [--json out.json]
//
// Rows, for the pages cchc sends to OCR (blank pages are left out of every row: cchc renders them, nobody reads them):
// - native tesseract alone: the pages rendered beforehand as cchc renders them (200 dpi grey PGM), then one
//   `tesseract` process per page, single-threaded (OMP_THREAD_LIMIT=1), two at a time (one per core), with the model
//   cchc uses, and again with the system's own `vie` model (Debian's tessdata_fast) for reference;
// - tesseract.js alone: the same PGMs through two tesseract.js workers, started before the clock;
// - cchc parse FILE --ocr-engine native|wasm, the whole command (start-up, text layer, rendering, OCR, layout);
// - rendering alone: what cchc's main thread does for a page before OCR (pdf.js draws it, deskew, rulings).
// Each file is given the whole machine; the machine's load is printed, since other work moves every figure.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = (p) => path.join(root, "dist", p);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const real = process.env.CCHC_REAL ?? path.resolve(root, "../shared/real");
if (!existsSync(real)) {
  console.error(`bench/scans: no real documents at ${real} (set CCHC_REAL)`);
  process.exit(0);
}
const prefixes = option("--files", "r22,r23,r34").split(",");
const files = prefixes.map((prefix) => readdirSync(real).find((f) => f.startsWith(`${prefix}_`) && f.endsWith(".pdf"))).filter(Boolean);
const lanes = Math.min(2, os.availableParallelism());

const { readPdfPages, needsOcr } = await import(dist("read/pdf.js"));
const { openForRendering, toPgm } = await import(dist("read/ocr/render.js"));
const { isBlank, eraseRulings, terminateOcrWorkers } = await import(dist("read/ocr.js"));
const { detectRulings, rulingLimits } = await import(dist("read/ocr/rulings.js"));
const { nativeTesseractAvailable } = await import(dist("read/ocr/native.js"));
const { acquireWorker, releaseWorker, modelDirectory } = await import(dist("read/ocr/pool.js"));
const native = await nativeTesseractAvailable();

const seconds = (start) => (performance.now() - start) / 1000;

/** Runs `jobs` (functions returning promises) `lanes` at a time. */
async function inLanes(jobs) {
  let next = 0;
  await Promise.all(Array.from({ length: lanes }, async () => {
    while (next < jobs.length) await jobs[next++]();
  }));
}

function tesseract(pgm, tessdata) {
  return new Promise((resolve, reject) => {
    const dir = tessdata ? ["--tessdata-dir", tessdata] : [];
    const child = spawn("tesseract", [...dir, pgm, "stdout", "-l", "vie", "--oem", "1", "--psm", "3", "--dpi", "200", "-c", "tessedit_create_hocr=1", "-c", "hocr_font_info=0"], {
      env: { ...process.env, OMP_THREAD_LIMIT: "1" },
      stdio: ["ignore", "ignore", "ignore"],
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`tesseract exited with ${code}`))));
  });
}

function cchc(file, engine) {
  const start = performance.now();
  execFileSync(process.execPath, [path.join(root, "bin/cchc.cjs"), "parse", file, "-q", "--ocr-engine", engine], { stdio: ["ignore", "ignore", "ignore"], maxBuffer: 1 << 28 });
  return seconds(start);
}

const work = mkdtempSync(path.join(os.tmpdir(), "cchc-bench-scans-"));
const tessdata = path.join(work, "tessdata");
execFileSync("mkdir", ["-p", tessdata]);
writeFileSync(path.join(tessdata, "vie.traineddata"), (await import("node:zlib")).gunzipSync(readFileSync(path.join(modelDirectory(), "vie.traineddata.gz"))));

const rows = [];
console.log(`bench/scans: ${new Date().toISOString()}, ${os.cpus()[0]?.model ?? "?"} × ${os.availableParallelism()}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, native tesseract ${native ? "yes" : "no"}`);
try {
  for (const name of files) {
    const file = path.join(real, name);
    const data = new Uint8Array(readFileSync(file));
    const { signals } = await readPdfPages(data, {});
    const wanted = signals.filter((s) => needsOcr(s, "auto")).map((s) => s.page);
    // Render every page OCR would see, as cchc prepares it, and time that alone.
    const renderer = await openForRendering(data);
    const pgms = [];
    const renderStart = performance.now();
    for (const page of wanted) {
      const rendered = await renderer.render(page, 200);
      const limits = rulingLimits(200, rendered.gray);
      const rulings = detectRulings(rendered.gray, rendered.widthPx, rendered.heightPx, limits);
      const cleaned = eraseRulings(rendered.gray, rendered.widthPx, rendered.heightPx, rulings, 200, limits.paper);
      if (isBlank(cleaned, rendered.widthPx, rendered.heightPx)) continue;
      const pgm = path.join(work, `${path.basename(name, ".pdf")}-${page}.pgm`);
      writeFileSync(pgm, toPgm(cleaned, rendered.widthPx, rendered.heightPx));
      pgms.push(pgm);
    }
    const renderSeconds = seconds(renderStart) / wanted.length;
    await renderer.close();
    const pages = pgms.length;
    const row = { file: name, ocrPages: pages, renderedPages: wanted.length, renderSecondsPerPage: renderSeconds };
    if (native) {
      let start = performance.now();
      await inLanes(pgms.map((pgm) => () => tesseract(pgm, tessdata)));
      row.nativeAlone = seconds(start) / pages;
      start = performance.now();
      await inLanes(pgms.map((pgm) => () => tesseract(pgm)));
      row.nativeSystemModelAlone = seconds(start) / pages;
      row.cchcNative = cchc(file, "native") / pages;
    }
    // tesseract.js alone: two workers started before the clock.
    const workers = await Promise.all(Array.from({ length: lanes }, () => acquireWorker(lanes)));
    workers.forEach((w) => releaseWorker(w));
    let start = performance.now();
    await inLanes(pgms.map((pgm) => async () => {
      const worker = await acquireWorker(lanes);
      await worker.recognize(readFileSync(pgm), { user_defined_dpi: "200" }, { text: false, blocks: true });
      releaseWorker(worker);
    }));
    row.wasmAlone = seconds(start) / pages;
    await terminateOcrWorkers();
    row.cchcWasm = cchc(file, "wasm") / pages;
    rows.push(row);
    const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : "–");
    console.log(
      `${name.slice(0, 3)}: ${pages} OCR pages (${wanted.length - pages} blank); s/page: render ${renderSeconds.toFixed(2)}` +
        (native ? `, native alone ${row.nativeAlone.toFixed(2)} (system model ${row.nativeSystemModelAlone.toFixed(2)}), cchc native ${row.cchcNative.toFixed(2)} = ${ratio(row.cchcNative, row.nativeAlone)}` : "") +
        `, tesseract.js alone ${row.wasmAlone.toFixed(2)}, cchc wasm ${row.cchcWasm.toFixed(2)} = ${ratio(row.cchcWasm, row.wasmAlone)}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const out = option("--json");
if (out) writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine: `${os.cpus()[0]?.model ?? "?"} × ${os.availableParallelism()}`, load: os.loadavg(), rows }, null, 2));
