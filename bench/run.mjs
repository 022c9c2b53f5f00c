#!/usr/bin/env node
// `npm run bench`: speed and memory of cchc, measured against bare Node, poppler's pdftotext, pdf.js alone and
// tesseract.js alone, all in one run on this machine. Prints a table on stdout and writes the figures as JSON.
//
//   node bench/run.mjs [--quick] [--only startup] [--json PATH] [--text N] [--docx N] [--pdf N] [--scans N]
//                      [--batch N] [--no-scans]
//
// The corpus is built in a temporary folder from the committed fixtures, each file copied (not linked: a batch does
// a plan it reaches twice only once) as often as needed. Defaults: 500 text plans, 100 DOCX, 100 text-layer PDFs,
// 10 scanned PDFs, a mixed batch of 1,000 plans for memory. `--only startup` runs the start-up rows alone.
// Where the real documents are (../shared/real or $CCHC_REAL), bench/scans.mjs adds the real scans' rows: cchc with
// each OCR engine against native tesseract and tesseract.js alone on the same pages (`--no-scans` leaves them out).
//
// `--quick` (a few minutes) measures the same things on fewer files of the same kinds and sizes: every fixture once
// (one scan), the start-up rows exactly as in a full run. A batch has a fixed cost (its processes start, pdf.js and
// the OCR model load) that a full corpus spreads over a thousand pages and a quick one over a hundred, so the quick
// run also times a batch of one file and reports the PDF ratio on what each further page costs; its throughput,
// OCR and memory verdicts are printed as "indicative", never as met or MISSED. Start-up verdicts are real in both, and
// so are the real scans' (paired per-page ratios of each engine against itself, on one scan instead of three).
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
const onlyIndex = args.indexOf("--only");
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : null;
if (only !== null && only !== "startup") {
  process.stderr.write("bench: --only takes `startup` (the other sections share their corpus)\n");
  process.exit(2);
}
const jsonIndex = args.indexOf("--json");
const jsonPath = jsonIndex >= 0 ? args[jsonIndex + 1] : join(root, "bench", only ? `results.${only}.json` : quick ? "results.quick.json" : "results.json");
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

const sizes = {
  // Quick: every fixture of each kind once.
  text: number("--text", 500, sources.text.length),
  docx: number("--docx", 100, sources.docx.length),
  pdf: number("--pdf", 100, sources.pdf.length),
  scans: flag("--no-scans") ? 0 : number("--scans", 10, 1),
  batch: number("--batch", 1000, 200),
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

/**
 * CPU seconds (user + system) of the children this process has waited for, from /proc/self/stat (Linux; null
 * elsewhere). Counted in clock ticks (10 ms), too coarse for one start-up but not for the sum of fifteen.
 */
const clockTicks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;
function childrenCpuMs() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // cutime and cstime: fields 16 and 17 of stat(5), 14 and 15 after the command name.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTicks;
  } catch {
    return null;
  }
}

/**
 * A command's start-up against `node -e ""`, in pairs: the two run in turn, `runs` times each after one warm-up of
 * each (a warm file cache for both), and the ratio is the median of each pair's ratio. On a shared machine whose
 * speed drifts over seconds, the two runs of a pair see the same machine; a ratio of two separate medians would not.
 * The CPU time of all runs of each is summed as well: on a loaded machine a longer process is also preempted more
 * often, which stretches its wall time more than its CPU time, so the CPU ratio is the steadier of the two.
 */
function pairedStartup(commandArgs, runs) {
  const node = [process.execPath, ["-e", ""]];
  timed(...node);
  timed(process.execPath, commandArgs);
  let nodeCpuMs = 0;
  let cpuMs = 0;
  const pairs = Array.from({ length: runs }, () => {
    const before = childrenCpuMs();
    const nodeMs = timed(...node);
    const between = childrenCpuMs();
    const ms = timed(process.execPath, commandArgs);
    const after = childrenCpuMs();
    if (before !== null) {
      nodeCpuMs += between - before;
      cpuMs += after - between;
    }
    return { nodeMs, ms };
  });
  return {
    ms: median(pairs.map((p) => p.ms)),
    nodeMs: median(pairs.map((p) => p.nodeMs)),
    nodeRunsMs: pairs.map((p) => p.nodeMs),
    ratio: median(pairs.map((p) => p.ms / p.nodeMs)),
    cpuRatio: nodeCpuMs > 0 ? cpuMs / nodeCpuMs : null,
  };
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
    // How busy the machine was (1-minute load average, at the start and the end): figures of a loaded run stretch.
    loadAverage: { start: os.loadavg()[0] },
  },
  date: new Date().toISOString(),
  sizes,
  quick,
  only,
};

// ---------------------------------------------------------------------------------------------------- start-up
{
  // The same in a quick run: it is cheap, and its verdicts are the ones a user feels.
  const runs = 15;
  log(`start-up (${runs} runs each, paired with node -e "")`);
  // "small.txt": a commune-sized plan, the header and first sections of seed 000 (its first 4 kB, cut at a line end):
  // what start-up costs when there is little to parse. The whole seed plans are what users parse.
  const seeds = fixtures("plans", ".txt");
  const seedText = readFileSync(seeds[0], "utf8");
  const small = join(work, "small.txt");
  writeFileSync(small, seedText.slice(0, seedText.lastIndexOf("\n", 4096) + 1));
  const version = pairedStartup([cli, "--version"], runs);
  const parseSmall = pairedStartup([cli, "parse", small], runs);
  const eager = pairedStartup(["--import", join(root, "bench/preload-heavy.mjs"), cli, "parse", small], runs);
  const wholeSeeds = seeds.map((seed) => ({ file: basename(seed), kB: readFileSync(seed).length / 1000, ...pairedStartup([cli, "parse", seed], runs) }));
  results.startup = {
    runs,
    nodeMs: median([version, parseSmall, eager, ...wholeSeeds].flatMap((r) => r.nodeRunsMs)),
    version,
    parseSmall,
    parseSmallWithHeavyModules: eager,
    wholeSeeds,
    worstWholeSeedRatio: Math.max(...wholeSeeds.map((r) => r.ratio)),
  };
}

if (!only) {
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
    if (quick) {
      // The batch's fixed cost weighs ten times more on the quick corpus than on the full one: both tools are timed
      // on one file too, and the ratio is taken on what the other files cost.
      log("quick: cchc and pdftotext on one PDF, for the batch's fixed cost");
      const [one] = copies("pdf-one", [pdfCopies[0].source]);
      const cchcOneMs = batch(dirname(one.copy), "auto").ms;
      const oneStarted = performance.now();
      await run("pdftotext", ["-layout", one.copy, outFile(one.copy)]);
      const pdftotextOneMs = performance.now() - oneStarted;
      results.pdftotext.oneFile = { file: basename(one.source), cchcMs: cchcOneMs, pdftotextMs: pdftotextOneMs };
      results.pdftotext.ratioBatchPastFirstFile = (results.pdf.batch.ms - cchcOneMs) / (batchMs - pdftotextOneMs);
    }
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
  const { nativeTesseractAvailable } = await import(dist("read/ocr/native.js"));
  results.tesseract = {
    pages: images.length,
    ms,
    secondsPerPage: baselineSecondsPerPage,
    ratioSingle: cchcSecondsPerPage / baselineSecondsPerPage,
    engine: (await nativeTesseractAvailable()) ? "native" : "wasm",
  };

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

// ---------------------------------------------------------------------------------------------------- real scans
if (!flag("--no-scans")) {
  // bench/scans.mjs in its own process (it loads both OCR engines and pdf.js, which this process should not keep):
  // paired rounds on each real scan, or with --quick on the shortest one; skipped without the real documents.
  log(`real scans: bench/scans.mjs${quick ? " --quick" : ""} (paired rounds, a few minutes)`);
  const scansJson = join(work, "scans.json");
  const scans = spawnSync(process.execPath, [join(root, "bench/scans.mjs"), "--json", scansJson, ...(quick ? ["--quick"] : [])], {
    stdio: ["ignore", "ignore", "inherit"],
    env: childEnv,
  });
  results.realScans = scans.status === 0 && existsSync(scansJson) ? JSON.parse(readFileSync(scansJson, "utf8")) : { failed: `bench/scans.mjs exited ${scans.status}` };
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
}

// ---------------------------------------------------------------------------------------------------- big table
if (!only) {
  log("a 100,000-row table …");
  const big = spawnSync(process.execPath, [join(root, "bench", "big-table.mjs"), "--json"], { encoding: "utf8" });
  results.bigTable = big.status === 0 ? JSON.parse(big.stdout) : null;
}

// ---------------------------------------------------------------------------------------------------- report
const fixed = (value, digits = 1) => (value === null || value === undefined ? "n/a" : value.toFixed(digits));
const rows = [];
/** A quick run's throughput, OCR and memory figures are indicative: fewer files carry more of the fixed costs. */
const row = (what, value, target = "", met = null, { indicative = quick } = {}) =>
  rows.push([what, value, target, met === null ? "" : indicative ? "indicative" : met ? "met" : "MISSED"]);
const s = results.startup;
const times = (r) => `${fixed(r.ms, 0)} ms (${fixed(r.ratio, 2)}× node; CPU ${fixed(r.cpuRatio, 2)}×)`;
row(`node -e "" (median of the ${s.runs * (3 + s.wholeSeeds.length)} runs paired with the rows below)`, `${fixed(s.nodeMs, 0)} ms`);
row("cchc --version", times(s.version));
row("cchc parse small.txt (the first 4 kB of a plan)", times(s.parseSmall));
row("  … if PDF/DOCX/OCR modules loaded eagerly", times(s.parseSmallWithHeavyModules));
for (const seed of s.wholeSeeds) {
  row(`cchc parse ${seed.file} (whole plan, ${fixed(seed.kB, 0)} kB)`, times(seed), "≤ 2× node", seed.ratio <= 2, { indicative: false });
}
const perSecond = (label, r, unit) => {
  row(`${label}, one at a time`, `${fixed(r.single.perSecond)} ${unit}/s (${r.units} ${unit} in ${fixed(r.single.ms / 1000)} s)`);
  row(`${label}, --concurrency auto (${cores} cores)`, `${fixed(r.batch.perSecond)} ${unit}/s (${fixed(r.batch.ms / 1000)} s)`);
};
if (!only) {
  perSecond("text plans", results.text, "plans");
  perSecond("DOCX plans", results.docx, "plans");
  perSecond("text-layer PDF pages", results.pdf, "pages");
  if (results.pdftotext) {
    const p = results.pdftotext;
    row("pdftotext -layout, one at a time", `${fixed(p.single.msPerPage, 2)} ms/page; cchc ${fixed(p.ratioSingle)}×`);
    row(`pdftotext -layout, ${cores} at a time`, `${fixed(p.batch.msPerPage, 2)} ms/page; cchc ${fixed(p.ratioBatch)}×`, "cchc ≤ 3×", p.ratioBatch <= 3);
    if (p.ratioBatchPastFirstFile !== undefined) {
      row("  … past the first file (the batch's fixed cost taken out)", `cchc ${fixed(p.ratioBatchPastFirstFile)}×`, "cchc ≤ 3×", p.ratioBatchPastFirstFile <= 3);
    }
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
    // cchc ran with its default engine (native tesseract where installed): the engines' own targets are in the real
    // scans' rows, which time each engine against itself.
    row(`tesseract.js recognition alone, ${cores} workers`, `${fixed(t.secondsPerPage, 2)} s/page; cchc (${t.engine} engine) ${fixed(t.ratioSingle, 2)}×`);
    row("OCR character error rate (running text)", `${fixed(100 * results.cer.overall, 2)}%`);
  }
  const real = results.realScans;
  if (real?.files?.length) {
    const sPage = (s) => (s ? `${fixed(s.median, 2)} s/page (min ${fixed(s.min, 2)})` : "n/a");
    const names = real.files.map((f) => f.file.slice(0, 3)).join(", ");
    const o = real.overall;
    // Ratios of paired rounds on the same pages: a quick run measures them on fewer pages, not differently.
    if (o.native) {
      row(`real scans (${names}, ${o.pages} OCR pages): native tesseract alone, one process a page, ${cores} at a time`, sPage(o.native.nativeAlone));
      row("  cchc parse --ocr-engine native, the whole command", `${sPage(o.native.cchcNative)}; ${fixed(o.native.ratio, 2)}× native alone`, "≤ 1.3×", o.native.ratio <= 1.3, { indicative: false });
    } else row("real scans: native tesseract", "not installed (apt-get install tesseract-ocr)");
    row(`real scans: tesseract.js alone, ${cores} workers`, sPage(o.wasm.wasmAlone));
    row("  cchc parse --ocr-engine wasm, the whole command", `${sPage(o.wasm.cchcWasm)}; ${fixed(o.wasm.ratio, 2)}× tesseract.js alone`, "≤ 1.1×", o.wasm.ratio <= 1.1, { indicative: false });
    for (const f of real.files) {
      row(`  ${f.file.slice(0, 3)}: ${f.ocrPages} OCR pages of ${f.renderedPages}`, `native ${fixed(f.nativeRatio, 2)}×, wasm ${fixed(f.wasmRatio, 2)}×; rendering ${fixed(f.renderSecondsPerPage, 2)} s/page`);
    }
  } else if (real?.failed || real?.skipped) row("real scans (bench/scans.mjs)", real.failed ?? real.skipped);
  const m = results.memory;
  row(`peak memory (PSS of the ${m.processes} processes), batch of ${m.plans} plans`, `${fixed(m.peakPssMB, 0)} MB`, "< 400 MB", m.peakPssMB < 400);
  row("… sum of each process's peak RSS (upper bound)", `${fixed(m.peakRssSumMB, 0)} MB`);
  const growth = m.growth === null ? "n/a" : `${m.growth >= 0 ? "+" : ""}${fixed(100 * m.growth)}%`;
  row(`PSS after 100 plans → after ${m.lastSampledAtPlan ?? "all"}`, `${fixed(m.pssAfter100MB, 0)} → ${fixed(m.pssAfterAllMB, 0)} MB (${growth})`, "within 20%", m.growth !== null && Math.abs(m.growth) <= 0.2);
}

if (!only) {
  if (results.bigTable) {
    const b = results.bigTable;
    row(`a ${b.rows}-row table (bench/big-table.mjs)`, `${b.records} records in ${fixed(b.seconds)} s, peak RSS ${fixed(b.peakRssMB, 0)} MB`, "every row a record", b.records === b.rows);
  } else row("a 100000-row table (bench/big-table.mjs)", "failed", "every row a record", false);
}

results.machine.loadAverage.end = os.loadavg()[0];
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), ["measure", "result", "target", ""][c].length));
const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
console.log(`cchc benchmark${quick ? " (quick)" : only ? ` (${only} only)` : ""}, ${results.date.slice(0, 16).replace("T", " ")} UTC: ${results.machine.cpu}, ${cores} cores, ${results.machine.memoryGiB} GiB, Node ${process.version}, load average ${fixed(results.machine.loadAverage.start, 1)} → ${fixed(results.machine.loadAverage.end, 1)}`);
console.log(line(["measure", "result", "target", ""]));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const r of rows) console.log(line(r));
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
log(`figures written to ${jsonPath}`);
