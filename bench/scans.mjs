// Seconds a page on the real scans of ../shared/real (or $CCHC_REAL): cchc with each OCR engine against the engines
// alone on the same pages. `npm run bench` runs it (its "real scans" rows); alone, after `npm run build`:
//
//   node bench/scans.mjs [--files r22,r23,r34] [--runs N] [--quick] [--json out.json] [--also PATH/bin/cchc.cjs]
//
// Rows, for the pages cchc sends to OCR (blank pages are left out of every row: cchc skips them before OCR):
// - native tesseract alone: the pages rendered beforehand as cchc renders them (200 dpi grey PGM, rulings erased),
//   then one `tesseract` process per page, single-threaded (OMP_THREAD_LIMIT=1), one per core, with the model cchc
//   uses;
// - tesseract.js alone: the same PGMs through one tesseract.js worker per core, started before the clock;
// - cchc parse FILE --ocr-engine native|wasm, the whole command (start-up, text layer, rendering, OCR, layout);
// - rendering alone: what cchc's main thread does for a page before OCR (pdf.js draws it, deskew, rulings), once.
// The machine may be shared: each round times the four in turn on one file (A B C D, then again), so that the two
// sides of a ratio see the same machine, and a ratio is the median of the rounds' ratios; times are given as the
// minimum and the median of the rounds. The load average before and after is printed with the figures.
// `--quick`: the one shortest file (r23) with 2 rounds: the same per-page ratios on fewer pages.
// `--also CLI`: times another build of cchc (e.g. the main branch's bin/cchc.cjs) in the same rounds, for before/after.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
const quick = args.includes("--quick");
const real = process.env.CCHC_REAL ?? path.resolve(root, "../shared/real");
const out = option("--json");
if (!existsSync(real)) {
  console.error(`bench/scans: no real documents at ${real} (set CCHC_REAL): skipped`);
  if (out) writeFileSync(out, JSON.stringify({ skipped: `no real documents at ${real}` }));
  process.exit(0);
}
const prefixes = option("--files", quick ? "r23" : "r22,r23,r34").split(",");
const runs = Number(option("--runs", quick ? 2 : 3));
const also = option("--also");
const files = prefixes.map((prefix) => readdirSync(real).find((f) => f.startsWith(`${prefix}_`) && f.endsWith(".pdf"))).filter(Boolean);
const lanes = os.availableParallelism();
// As in bench/run.mjs: a CA bundle read at every Node start would measure the machine, not cchc.
const childEnv = { ...process.env };
delete childEnv.NODE_EXTRA_CA_CERTS;

const { readPdfPages, needsOcr } = await import(dist("read/pdf.js"));
const { openForRendering, toPgm } = await import(dist("read/ocr/render.js"));
const { isBlank, eraseRulings } = await import(dist("read/ocr.js"));
const { detectRulings, rulingLimits } = await import(dist("read/ocr/rulings.js"));
const { nativeTesseractAvailable } = await import(dist("read/ocr/native.js"));
const { acquireWorker, releaseWorker, modelDirectory, terminatePool } = await import(dist("read/ocr/pool.js"));
const native = await nativeTesseractAvailable();

const seconds = (start) => (performance.now() - start) / 1000;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (values) => ({ min: Math.min(...values), median: median(values), runs: values });

/** Runs `jobs` (functions returning promises) `lanes` at a time. */
async function inLanes(jobs) {
  let next = 0;
  await Promise.all(Array.from({ length: lanes }, async () => {
    while (next < jobs.length) await jobs[next++]();
  }));
}

function tesseract(pgm, tessdata) {
  return new Promise((resolve, reject) => {
    const child = spawn("tesseract", ["--tessdata-dir", tessdata, pgm, "stdout", "-l", "vie", "--oem", "1", "--psm", "3", "--dpi", "200", "-c", "tessedit_create_hocr=1", "-c", "hocr_font_info=0"], {
      env: { ...childEnv, OMP_THREAD_LIMIT: "1" },
      stdio: ["ignore", "ignore", "ignore"],
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`tesseract exited with ${code}`))));
  });
}

function cchc(cli, file, engine) {
  const start = performance.now();
  execFileSync(process.execPath, [cli, "parse", file, "-q", "--ocr-engine", engine], { stdio: ["ignore", "ignore", "ignore"], env: childEnv, maxBuffer: 1 << 28 });
  return seconds(start);
}

const work = mkdtempSync(path.join(os.tmpdir(), "cchc-bench-scans-"));
const tessdata = path.join(work, "tessdata");
mkdirSync(tessdata);
writeFileSync(path.join(tessdata, "vie.traineddata"), (await import("node:zlib")).gunzipSync(readFileSync(path.join(modelDirectory(), "vie.traineddata.gz"))));
const cli = path.join(root, "bin/cchc.cjs");

const loadAverage = () => os.loadavg().map((l) => Number(l.toFixed(2)));
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus()[0]?.model ?? "?"} × ${os.availableParallelism()}`,
  node: process.version,
  load: { start: loadAverage() },
  native,
  runs,
  quick,
  files: [],
};
console.error(`bench/scans: ${result.date}, ${result.machine}, load ${result.load.start.join(" ")}, native tesseract ${native ? "yes" : "no"}, ${runs} rounds a file`);
try {
  for (const name of files) {
    const file = path.join(real, name);
    const data = new Uint8Array(readFileSync(file));
    const { signals } = await readPdfPages(data, {});
    const wanted = signals.filter((s) => needsOcr(s, "auto")).map((s) => s.page);
    // Every page OCR would see, prepared as cchc prepares it; the time of that alone, once.
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
    const renderSecondsPerPage = seconds(renderStart) / wanted.length;
    await renderer.close();
    const pages = pgms.length;
    const images = pgms.map((pgm) => readFileSync(pgm));
    const rounds = [];
    for (let round = 0; round < runs; round++) {
      const r = {};
      if (native) {
        let start = performance.now();
        await inLanes(pgms.map((pgm) => () => tesseract(pgm, tessdata)));
        r.nativeAlone = seconds(start) / pages;
        r.cchcNative = cchc(cli, file, "native") / pages;
        if (also) r.alsoNative = cchc(also, file, "native") / pages;
      }
      // tesseract.js alone: one worker per core, started before the clock.
      const workers = await Promise.all(Array.from({ length: lanes }, () => acquireWorker(lanes)));
      workers.forEach((w) => releaseWorker(w));
      const start = performance.now();
      await inLanes(images.map((image) => async () => {
        const worker = await acquireWorker(lanes);
        await worker.recognize(image, { user_defined_dpi: "200" }, { text: false, blocks: true });
        releaseWorker(worker);
      }));
      r.wasmAlone = seconds(start) / pages;
      // The workers were taken from the pool directly, not through an engine: the pool ends them.
      await terminatePool();
      r.cchcWasm = cchc(cli, file, "wasm") / pages;
      if (also) r.alsoWasm = cchc(also, file, "wasm") / pages;
      rounds.push(r);
      console.error(`bench/scans: ${name.slice(0, 3)} round ${round + 1}: ${Object.entries(r).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ")} s/page, load ${loadAverage()[0]}`);
    }
    const of = (key) => (rounds[0][key] === undefined ? null : summary(rounds.map((r) => r[key])));
    const ratio = (a, b) => (rounds[0][a] === undefined ? null : median(rounds.map((r) => r[a] / r[b])));
    result.files.push({
      file: name,
      ocrPages: pages,
      renderedPages: wanted.length,
      renderSecondsPerPage,
      nativeAlone: of("nativeAlone"),
      cchcNative: of("cchcNative"),
      nativeRatio: ratio("cchcNative", "nativeAlone"),
      wasmAlone: of("wasmAlone"),
      cchcWasm: of("cchcWasm"),
      wasmRatio: ratio("cchcWasm", "wasmAlone"),
      ...(also ? { also, alsoNative: of("alsoNative"), alsoNativeRatio: ratio("alsoNative", "nativeAlone"), alsoWasm: of("alsoWasm"), alsoWasmRatio: ratio("alsoWasm", "wasmAlone") } : {}),
      rounds,
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
result.load.end = loadAverage();
// Over every file: each round's seconds summed over the files, per page of all of them, then the median ratio.
const allPages = result.files.reduce((n, f) => n + f.ocrPages, 0);
const total = (key) => {
  if (result.files.length === 0 || result.files[0][key] === null) return null;
  return Array.from({ length: runs }, (_, round) => result.files.reduce((sum, f) => sum + f.rounds[round][key] * f.ocrPages, 0) / allPages);
};
const overall = (a, b) => {
  const x = total(a);
  const y = total(b);
  return x && y ? { [a]: summary(x), [b]: summary(y), ratio: median(x.map((v, i) => v / y[i])) } : null;
};
result.overall = { pages: allPages, native: overall("cchcNative", "nativeAlone"), wasm: overall("cchcWasm", "wasmAlone") };
if (also) result.overall.also = { native: overall("alsoNative", "nativeAlone"), wasm: overall("alsoWasm", "wasmAlone") };

const fixed = (v, d = 2) => (v === null || v === undefined ? "–" : v.toFixed(d));
const times = (s) => (s ? `${fixed(s.median)} (min ${fixed(s.min)})` : "–");
for (const f of result.files) {
  console.log(
    `${f.file.slice(0, 3)}: ${f.ocrPages} OCR pages (${f.renderedPages - f.ocrPages} blank); s/page median (min): render ${fixed(f.renderSecondsPerPage)}` +
      (native ? `, native alone ${times(f.nativeAlone)}, cchc native ${times(f.cchcNative)} = ${fixed(f.nativeRatio)}×` : "") +
      `, tesseract.js alone ${times(f.wasmAlone)}, cchc wasm ${times(f.cchcWasm)} = ${fixed(f.wasmRatio)}×` +
      (also ? `; ${also}: native ${fixed(f.alsoNativeRatio)}×, wasm ${fixed(f.alsoWasmRatio)}×` : ""),
  );
}
console.log(`all ${allPages} pages: cchc native ${fixed(result.overall.native?.ratio)}× native alone, cchc wasm ${fixed(result.overall.wasm?.ratio)}× tesseract.js alone; load ${result.load.start[0]} → ${result.load.end[0]}`);
if (out) writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
