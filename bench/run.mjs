#!/usr/bin/env node
// `npm run bench`: speed and memory of cchc, measured against bare Node, poppler's pdftotext, pdf.js alone and
// tesseract.js alone, all in one run on this machine. Prints a table on stdout and writes the figures as JSON.
//
//   node bench/run.mjs [--quick] [--json PATH] [--text N] [--docx N] [--pdf N] [--scans N] [--batch N] [--no-scans]
//
// The corpus is built in a temporary folder from the committed fixtures, each file copied (not linked: a batch does
// a plan it reaches twice only once) as often as needed. Defaults: 500 text plans, 100 DOCX, 100 text-layer PDFs,
// 10 scanned PDFs, a mixed batch of 1,000 plans for memory. `--quick` is a smoke run of a few minutes.
// Needs dist/ (`npm run build`, done by `npm ci`). Progress goes to stderr.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "bin/cchc.cjs");
const dist = (path) => pathToFileURL(join(root, "dist", path)).href;

// ---------------------------------------------------------------------------------------------------- options
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const quick = flag("--quick");
const number = (name, full, small) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : quick ? small : full;
};
const sizes = {
  text: number("--text", 500, 50),
  docx: number("--docx", 100, 10),
  pdf: number("--pdf", 100, 8),
  scans: flag("--no-scans") ? 0 : number("--scans", 10, 1),
  batch: number("--batch", 1000, 200),
};
const jsonIndex = args.indexOf("--json");
const jsonPath = jsonIndex >= 0 ? args[jsonIndex + 1] : join(root, "bench", quick ? "results.quick.json" : "results.json");
const cores = os.availableParallelism();

if (!existsSync(join(root, "dist/cli/main.js"))) {
  process.stderr.write("bench: dist/ is missing: run `npm run build` first\n");
  process.exit(2);
}
const log = (text) => process.stderr.write(`bench: ${text}\n`);

// NODE_EXTRA_CA_CERTS makes every Node process read a certificate bundle as it starts (~90 ms here): it would be
// counted in `node -e ""` and in cchc alike and flatter every start-up ratio, so the processes timed here run without it.
const childEnv = { ...process.env };
delete childEnv.NODE_EXTRA_CA_CERTS;

// ---------------------------------------------------------------------------------------------------- corpus
const fixtures = (folder, ...extensions) =>
  readdirSync(join(root, "fixtures", folder))
    .filter((name) => extensions.some((e) => name.endsWith(e)))
    .sort()
    .map((name) => join(root, "fixtures", folder, name));

const sources = {
  // The seeds and the scraped Markdown variants (web scrapes' one-pipe-per-line tables), not the folder's README.md
  // (which is no plan: it would count as a partial result).
  text: [...fixtures("plans", ".txt"), ...fixtures("unseen", "-scraped.md").filter((path) => basename(path) !== "README.md")],
  docx: fixtures("docx", ".docx"),
  pdf: fixtures("pdf", ".pdf"),
  // The three shorter scans (9, 11 and 8 pages): the 28-page one alone would be a third of the scan time.
  scans: fixtures("scan", ".scan.pdf").filter((path) => !basename(path).startsWith("004_")),
};

const work = mkdtempSync(join(os.tmpdir(), "cchc-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

/** `count` files in a new folder, cycling through `files`. */
const corpus = (name, files, count) => copies(name, Array.from({ length: count }, (_, i) => files[i % files.length]));

/** Each of `sources` copied into a new folder under its own numbered name. */
function copies(name, sources) {
  const folder = join(work, name);
  mkdirSync(folder, { recursive: true });
  return sources.map((source, i) => {
    const copy = join(folder, `${String(i).padStart(4, "0")}-${basename(source)}`);
    copyFileSync(source, copy);
    return { source, copy };
  });
}

// ---------------------------------------------------------------------------------------------------- helpers
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Wall time of one child process, in ms; throws when it fails (a benchmark of a failing command means nothing). */
function timed(command, commandArgs, options = {}) {
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { stdio: ["ignore", "ignore", "pipe"], env: childEnv, ...options });
  const ms = performance.now() - started;
  if (result.status !== 0 && !options.allowExit?.includes(result.status)) {
    throw new Error(`${command} ${commandArgs.join(" ")} exited ${result.status}: ${String(result.stderr).slice(0, 400)}`);
  }
  return ms;
}

/** Median of `runs` start-ups, after one warm-up so that every command starts from a warm file cache. */
function startup(command, commandArgs, runs) {
  timed(command, commandArgs);
  return median(Array.from({ length: runs }, () => timed(command, commandArgs)));
}

/** Runs `cchc parse DIR -o OUT` and returns its wall time and report totals. */
function batch(folder, concurrency) {
  const out = join(work, `out-${basename(folder)}-${concurrency}`);
  rmSync(out, { recursive: true, force: true });
  const ms = timed(process.execPath, [cli, "parse", folder, "-o", out, "-q", "--force", "--concurrency", String(concurrency)], { allowExit: [1] });
  const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
  rmSync(out, { recursive: true, force: true });
  return { ms, totals: report.totals };
}

/** Runs `task` over `items` with at most `limit` at once. */
async function pool(items, limit, task) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function run(command, commandArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: "ignore", env: childEnv });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))));
  });
}

const pageCounts = new Map();
async function pagesOf(path) {
  if (!pageCounts.has(path)) {
    const { readPdfPages } = await import(dist("read/pdf.js"));
    const { pages } = await readPdfPages(new Uint8Array(readFileSync(path)), {});
    pageCounts.set(path, pages.length);
  }
  return pageCounts.get(path);
}
const sumPages = async (copies) => {
  let total = 0;
  for (const { source } of copies) total += await pagesOf(source);
  return total;
};

const results = {
  machine: {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  },
  date: new Date().toISOString(),
  sizes,
};

// ---------------------------------------------------------------------------------------------------- start-up
{
  log("start-up (median of 15 runs each)");
  // "small.txt": a commune-sized plan, the header and first sections of seed 000 (its first 4 kB, cut at a line end):
  // what start-up costs when there is little to parse. The whole 24 kB seed is measured beside it.
  const seed = join(root, "fixtures/plans/000_cc8d44a7a110d77b.txt");
  const seedText = readFileSync(seed, "utf8");
  const small = join(work, "small.txt");
  writeFileSync(small, seedText.slice(0, seedText.lastIndexOf("\n", 4096) + 1));
  const runs = quick ? 5 : 15;
  const node = startup(process.execPath, ["-e", ""], runs);
  const version = startup(process.execPath, [cli, "--version"], runs);
  const parse = startup(process.execPath, [cli, "parse", small], runs);
  const eager = startup(process.execPath, ["--import", join(root, "bench/preload-heavy.mjs"), cli, "parse", small], runs);
  const whole = startup(process.execPath, [cli, "parse", seed], runs);
  results.startup = {
    nodeMs: node,
    versionMs: version,
    parseSmallTextMs: parse,
    parseSmallTextWithHeavyModulesMs: eager,
    parseWholeSeedMs: whole,
    versionRatio: version / node,
    parseRatio: parse / node,
    parseRatioWithHeavyModules: eager / node,
    parseWholeSeedRatio: whole / node,
  };
}

// ---------------------------------------------------------------------------------------------------- throughput
async function throughput(name, copies, unitsOf) {
  const folder = dirname(copies[0].copy);
  const units = await unitsOf(copies);
  log(`${name}: ${copies.length} files, ${units} units, one at a time`);
  const single = batch(folder, 1);
  log(`${name}: --concurrency auto`);
  const parallel = batch(folder, "auto");
  return {
    files: copies.length,
    units,
    single: { ms: single.ms, perSecond: units / (single.ms / 1000), totals: single.totals },
    batch: { ms: parallel.ms, perSecond: units / (parallel.ms / 1000), totals: parallel.totals },
  };
}

const textCopies = corpus("text", sources.text, sizes.text);
const docxCopies = corpus("docx", sources.docx, sizes.docx);
const pdfCopies = corpus("pdf", sources.pdf, sizes.pdf);
results.text = await throughput("text plans", textCopies, async (c) => c.length);
results.docx = await throughput("DOCX plans", docxCopies, async (c) => c.length);
results.pdf = await throughput("text-layer PDFs", pdfCopies, sumPages);

// ---------------------------------------------------------------------------------------------------- PDF baselines
{
  const pages = results.pdf.units;
  const pdftotext = spawnSync("pdftotext", ["-v"], { encoding: "utf8" });
  if (pdftotext.error) {
    log("pdftotext is not installed: no poppler comparison (apt-get install poppler-utils)");
    results.pdftotext = null;
  } else {
    const version = (pdftotext.stderr || pdftotext.stdout).split("\n")[0].trim();
    const outFile = (copy) => join(work, `${basename(copy)}.txt`);
    log(`${version}: the same PDFs, one at a time`);
    let started = performance.now();
    for (const { copy } of pdfCopies) await run("pdftotext", ["-layout", copy, outFile(copy)]);
    const singleMs = performance.now() - started;
    log(`${version}: ${cores} at a time`);
    started = performance.now();
    await pool(pdfCopies, cores, ({ copy }) => run("pdftotext", ["-layout", copy, outFile(copy)]));
    const batchMs = performance.now() - started;
    results.pdftotext = {
      version,
      single: { ms: singleMs, msPerPage: singleMs / pages },
      batch: { ms: batchMs, msPerPage: batchMs / pages },
      ratioSingle: results.pdf.single.ms / singleMs,
      ratioBatch: results.pdf.batch.ms / batchMs,
    };
  }

  log("pdf.js text extraction alone (pdf-parse getText), one process, one file at a time");
  const { PDFParse } = await import("pdf-parse");
  const started = performance.now();
  for (const { copy } of pdfCopies) {
    const parser = new PDFParse({ data: new Uint8Array(readFileSync(copy)), isEvalSupported: false });
    try {
      await parser.getText();
    } finally {
      await parser.destroy();
    }
  }
  const ms = performance.now() - started;
  results.pdfjs = { ms, msPerPage: ms / pages, ratioSingle: results.pdf.single.ms / ms };

  // The floor: the operator list of every page through cchc's own pdf.js set-up, nothing else,
  // one process over all files, then one process per core over an equal share of them.
  const floorScript = join(root, "bench/pdfjs-floor.mjs");
  const files = pdfCopies.map((c) => c.copy);
  log("pdf.js floor (the operator list of every page, nothing else), one process");
  let floorStarted = performance.now();
  await run(process.execPath, [floorScript, ...files]);
  const floorSingleMs = performance.now() - floorStarted;
  log(`pdf.js floor, ${cores} processes`);
  floorStarted = performance.now();
  await Promise.all(Array.from({ length: cores }, (_, k) => run(process.execPath, [floorScript, ...files.filter((_, i) => i % cores === k)])));
  const floorBatchMs = performance.now() - floorStarted;
  results.pdfjsFloor = {
    single: { ms: floorSingleMs, msPerPage: floorSingleMs / pages },
    batch: { ms: floorBatchMs, msPerPage: floorBatchMs / pages },
    ratioToPdftotextBatch: results.pdftotext ? floorBatchMs / results.pdftotext.batch.ms : null,
    cchcRatioBatch: results.pdf.batch.ms / floorBatchMs,
  };
}

// ---------------------------------------------------------------------------------------------------- scans
if (sizes.scans > 0) {
  const scanCopies = corpus("scan", sources.scans, sizes.scans);
  results.scan = await throughput("scanned PDFs", scanCopies, sumPages);

  // tesseract.js alone: the same pages, rendered beforehand at cchc's resolution (outside the clock), recognised by
  // one worker per core with cchc's model, settings and output (word boxes). Per page, over each distinct scan once.
  const { openForRendering, toPgm } = await import(dist("read/ocr/render.js"));
  const { DEFAULT_DPI } = await import(dist("read/ocr.js"));
  const { modelDirectory } = await import(dist("read/ocr/pool.js"));
  const distinct = [...new Set(scanCopies.map((c) => c.source))];
  const images = [];
  log(`tesseract.js alone: rendering ${distinct.length} scans at ${DEFAULT_DPI} dpi (not timed)`);
  for (const path of distinct) {
    const renderer = await openForRendering(new Uint8Array(readFileSync(path)));
    try {
      for (let page = 1; page <= renderer.pageCount; page++) {
        const r = await renderer.render(page, DEFAULT_DPI);
        images.push(Buffer.from(toPgm(r.gray, r.widthPx, r.heightPx)));
      }
    } finally {
      await renderer.close();
    }
  }
  const tesseract = (await import("tesseract.js")).default;
  const workers = await Promise.all(
    Array.from({ length: cores }, async () => {
      const worker = await tesseract.createWorker("vie", tesseract.OEM.LSTM_ONLY, { langPath: modelDirectory(), gzip: true, cacheMethod: "none", logger: () => undefined, errorHandler: () => undefined });
      await worker.setParameters({ tessedit_pageseg_mode: tesseract.PSM.AUTO, debug_file: "/dev/null" });
      return worker;
    }),
  );
  log(`tesseract.js alone: recognising ${images.length} pages with ${workers.length} workers`);
  const queue = [...images];
  const started = performance.now();
  await Promise.all(
    workers.map(async (worker) => {
      for (let image = queue.shift(); image; image = queue.shift()) {
        await worker.recognize(image, { user_defined_dpi: String(DEFAULT_DPI) }, { text: false, blocks: true });
      }
    }),
  );
  const ms = performance.now() - started;
  await Promise.all(workers.map((w) => w.terminate()));
  const baselineSecondsPerPage = ms / 1000 / images.length;
  const cchcSecondsPerPage = results.scan.single.ms / 1000 / results.scan.units;
  results.tesseract = { pages: images.length, ms, secondsPerPage: baselineSecondsPerPage, ratioSingle: cchcSecondsPerPage / baselineSecondsPerPage };

  // Character error rate of cchc's OCR on running-text pages (those without table rulings in the digital PDF),
  // against the digital PDF's own text layer, both read line by line.
  log("character error rate on the running-text pages of the scans");
  const { readPdfPages } = await import(dist("read/pdf.js"));
  const { ocrPdfPages, terminateOcrWorkers } = await import(dist("read/ocr.js"));
  const { characterErrorRate } = await import(dist("read/ocr/cer.js"));
  const perFile = [];
  for (const scan of distinct) {
    const digitalPath = join(root, "fixtures/pdf", basename(scan).replace(".scan.pdf", ".a.pdf"));
    const digital = await readPdfPages(new Uint8Array(readFileSync(digitalPath)), {});
    const prose = digital.pages.filter((p) => p.rulings.length === 0).map((p) => p.page);
    const ocr = await ocrPdfPages(new Uint8Array(readFileSync(scan)), prose);
    const expected = digital.pages.filter((p) => prose.includes(p.page)).map(readingText).join(" ");
    const actual = ocr.pages.map(readingText).join(" ");
    perFile.push({ file: basename(scan), pages: prose.length, characters: expected.length, cer: characterErrorRate(expected, actual) });
  }
  await terminateOcrWorkers();
  const characters = perFile.reduce((n, f) => n + f.characters, 0);
  results.cer = { files: perFile, overall: perFile.reduce((sum, f) => sum + f.cer * f.characters, 0) / characters };
}

/** A page's words as lines top to bottom, each line left to right: the same order for a text layer and for OCR. */
function readingText(page) {
  const items = [...page.items].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2));
  const lines = [];
  for (const item of items) {
    const centre = item.y + item.height / 2;
    const line = lines.at(-1);
    if (line && Math.abs(centre - line.centre) < 0.5 * Math.min(item.height, line.height)) line.items.push(item);
    else lines.push({ centre, height: item.height, items: [item] });
  }
  return lines.map((l) => l.items.sort((a, b) => a.x - b.x).map((i) => i.text).join(" ")).join("\n");
}

// ---------------------------------------------------------------------------------------------------- memory
{
  // A realistic mix: mostly text and Markdown, a quarter DOCX, a tenth text-layer PDF.
  const mixed = [];
  for (let i = 0; i < sizes.batch; i++) {
    const kind = i % 20 < 2 ? sources.pdf : i % 20 < 7 ? sources.docx : sources.text;
    mixed.push(kind[Math.floor(i / 20) % kind.length]);
  }
  copies("mixed", mixed);
  log(`memory: a batch of ${sizes.batch} plans (--concurrency auto), PSS and RSS of its processes sampled as plans finish`);
  results.memory = await memoryOfBatch(join(work, "mixed"), sizes.batch);
}

/**
 * Memory of the batch: the cchc process and its plan workers, which are child processes (src/batch/plan-process.ts),
 * so every figure is over the process tree. The figure for the target is the tree's proportional set size (PSS, from
 * /proc/<pid>/smaps_rollup): what the tree holds in memory, each page the processes share (Node's own code and data)
 * counted once in all, where summing their RSS would count it once per process. The sum of each process's own peak
 * RSS (VmHWM) is reported beside it as an upper bound. Sampled every 200 ms and as plans finish; "after all" is the
 * last sample taken as a plan finished while the workers were still running (they are stopped right after the last
 * plan, sometimes before its line reaches us).
 */
function memoryOfBatch(folder, count) {
  const out = join(work, "out-memory");
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, "parse", folder, "-o", out, "--force", "--concurrency", "auto"], { stdio: ["ignore", "ignore", "pipe"], env: childEnv });
    const peakRssKiBOf = new Map();
    let peakPssKiB = 0;
    let at100 = null;
    let last = null;
    let done = 0;
    let pending = "";
    const field = (text, name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? 0);
    /** The cchc process and its descendants, from /proc/<pid>/stat (this kernel has no /proc/<pid>/task/<tid>/children). */
    const tree = () => {
      const parentOf = new Map();
      for (const name of readdirSync("/proc")) {
        if (!/^\d+$/.test(name)) continue;
        try {
          const stat = readFileSync(`/proc/${name}/stat`, "utf8");
          parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
        } catch {
          // Gone since readdir.
        }
      }
      const pids = [child.pid];
      for (let i = 0; i < pids.length; i++) for (const [pid, parent] of parentOf) if (parent === pids[i]) pids.push(pid);
      return pids;
    };
    /** The tree's PSS now, in KiB, with how many processes it has; each process's peak RSS remembered. */
    const sample = () => {
      let pss = 0;
      let processes = 0;
      for (const pid of tree()) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, "utf8");
          pss += field(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"), "Pss");
          peakRssKiBOf.set(pid, Math.max(peakRssKiBOf.get(pid) ?? 0, field(status, "VmHWM")));
          processes += 1;
        } catch {
          // Ended between the reads.
        }
      }
      peakPssKiB = Math.max(peakPssKiB, pss);
      return { pss, processes };
    };
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop();
      for (const line of lines) {
        if (!/^\[\d+\/\d+\]/.test(line)) continue;
        done += 1;
        if (done < 100) continue;
        const now = sample();
        if (now.processes < 2) continue;
        if (done === 100) at100 = now.pss;
        last = { plans: done, pss: now.pss };
      }
    });
    const sampler = setInterval(sample, 200);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(sampler);
      rmSync(out, { recursive: true, force: true });
      if (code !== 0 && code !== 1) return reject(new Error(`memory batch exited ${code}`));
      resolve({
        plans: count,
        seconds: (performance.now() - started) / 1000,
        processes: peakRssKiBOf.size,
        peakPssMB: peakPssKiB / 1024,
        peakRssSumMB: [...peakRssKiBOf.values()].reduce((sum, kib) => sum + kib, 0) / 1024,
        pssAfter100MB: at100 === null ? null : at100 / 1024,
        pssAfterAllMB: last ? last.pss / 1024 : null,
        lastSampledAtPlan: last?.plans ?? null,
        growth: at100 && last ? last.pss / at100 - 1 : null,
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------------- big table
{
  log("a 100,000-row table …");
  const big = spawnSync(process.execPath, [join(root, "bench", "big-table.mjs"), "--json"], { encoding: "utf8" });
  results.bigTable = big.status === 0 ? JSON.parse(big.stdout) : null;
}

// ---------------------------------------------------------------------------------------------------- report
const fixed = (value, digits = 1) => (value === null || value === undefined ? "n/a" : value.toFixed(digits));
const rows = [];
const row = (what, value, target = "", met = null) => rows.push([what, value, target, met === null ? "" : met ? "met" : "MISSED"]);
const s = results.startup;
row("node -e \"\"", `${fixed(s.nodeMs, 0)} ms`);
row("cchc --version", `${fixed(s.versionMs, 0)} ms (${fixed(s.versionRatio, 2)}× node)`);
row("cchc parse small.txt", `${fixed(s.parseSmallTextMs, 0)} ms (${fixed(s.parseRatio, 2)}× node)`, "≤ 3× node", s.parseRatio <= 3);
row("  … if PDF/DOCX/OCR modules loaded eagerly", `${fixed(s.parseSmallTextWithHeavyModulesMs, 0)} ms (${fixed(s.parseRatioWithHeavyModules, 2)}× node)`);
row("cchc parse of a whole 24 kB plan (seed 000)", `${fixed(s.parseWholeSeedMs, 0)} ms (${fixed(s.parseWholeSeedRatio, 2)}× node)`);
const perSecond = (label, r, unit) => {
  row(`${label}, one at a time`, `${fixed(r.single.perSecond)} ${unit}/s (${r.units} ${unit} in ${fixed(r.single.ms / 1000)} s)`);
  row(`${label}, --concurrency auto (${cores} cores)`, `${fixed(r.batch.perSecond)} ${unit}/s (${fixed(r.batch.ms / 1000)} s)`);
};
perSecond("text plans", results.text, "plans");
perSecond("DOCX plans", results.docx, "plans");
perSecond("text-layer PDF pages", results.pdf, "pages");
if (results.pdftotext) {
  const p = results.pdftotext;
  row("pdftotext -layout, one at a time", `${fixed(p.single.msPerPage, 2)} ms/page; cchc ${fixed(p.ratioSingle)}×`);
  row(`pdftotext -layout, ${cores} at a time`, `${fixed(p.batch.msPerPage, 2)} ms/page; cchc ${fixed(p.ratioBatch)}×`, "cchc ≤ 5×", p.ratioBatch <= 5);
} else row("pdftotext -layout", "not installed");
row("pdf.js getText alone, one at a time", `${fixed(results.pdfjs.msPerPage, 2)} ms/page; cchc ${fixed(results.pdfjs.ratioSingle)}×`);
{
  const f = results.pdfjsFloor;
  const vsPoppler = f.ratioToPdftotextBatch === null ? "" : `, ${fixed(f.ratioToPdftotextBatch)}× pdftotext`;
  row("pdf.js floor: operator lists alone, one process", `${fixed(f.single.msPerPage, 2)} ms/page`);
  row(`pdf.js floor, ${cores} processes`, `${fixed(f.batch.msPerPage, 2)} ms/page${vsPoppler}; cchc ${fixed(f.cchcRatioBatch)}×`);
}
if (results.scan) {
  perSecond("scanned pages", results.scan, "pages");
  const t = results.tesseract;
  row(`tesseract.js recognition alone, ${cores} workers`, `${fixed(t.secondsPerPage, 2)} s/page; cchc ${fixed(t.ratioSingle, 2)}×`, "cchc ≤ 1.3×", t.ratioSingle <= 1.3);
  row("OCR character error rate (running text)", `${fixed(100 * results.cer.overall, 2)}%`);
}
const m = results.memory;
row(`peak memory (PSS of the ${m.processes} processes), batch of ${m.plans} plans`, `${fixed(m.peakPssMB, 0)} MB`, "< 400 MB", m.peakPssMB < 400);
row("… sum of each process's peak RSS (upper bound)", `${fixed(m.peakRssSumMB, 0)} MB`);
const growth = m.growth === null ? "n/a" : `${m.growth >= 0 ? "+" : ""}${fixed(100 * m.growth)}%`;
row(`PSS after 100 plans → after ${m.lastSampledAtPlan ?? "all"}`, `${fixed(m.pssAfter100MB, 0)} → ${fixed(m.pssAfterAllMB, 0)} MB (${growth})`, "within 20%", m.growth !== null && Math.abs(m.growth) <= 0.2);

if (results.bigTable) {
  const b = results.bigTable;
  row(`a ${b.rows}-row table (bench/big-table.mjs)`, `${b.records} records in ${fixed(b.seconds)} s, peak RSS ${fixed(b.peakRssMB, 0)} MB`, "every row a record", b.records === b.rows);
} else row("a 100000-row table (bench/big-table.mjs)", "failed", "every row a record", false);

const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), ["measure", "result", "target", ""][c].length));
const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
console.log(`cchc benchmark, ${results.date.slice(0, 10)}: ${results.machine.cpu}, ${cores} cores, ${results.machine.memoryGiB} GiB, Node ${process.version}`);
console.log(line(["measure", "result", "target", ""]));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const r of rows) console.log(line(r));
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
log(`figures written to ${jsonPath}`);
