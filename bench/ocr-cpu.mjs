// cchc's own CPU time on scanned PDFs, without the OCR engine's: native tesseract's hOCR for every image cchc sends
// it is recorded once, then replayed in process, so that a run measures everything cchc does around OCR (start-up,
// the text layer, drawing, levelling, rulings, erasing, reading the hOCR, layout, extraction) and nothing tesseract
// does. After `npm run build`:
//
//   node bench/ocr-cpu.mjs [FILE.pdf…] [--runs N] [--also ROOT] [--cache DIR] [--json out.json]
//
// Default files: the scan fixtures (fixtures/scan/*.pdf) and the real scans r22, r23, r34 of ../shared/real (or
// $CCHC_REAL). Each run is a fresh `node` process that parses one file through dist/index.js with the native engine
// replaced by the replay, and reports its whole CPU time (user + system, all threads) and its output's SHA-256.
// `--also ROOT` times another build (ROOT/dist, e.g. a copy of main's) in the same rounds, alternating A B A B…,
// and checks that both give the same output; min and median per file.
//
// Recording runs the real `tesseract` through `CCHC_TESSERACT` (a wrapper that saves its stdout under the SHA-1 of the
// image and its page segmentation mode). A replay that meets an image it has no recording for fails: the image cchc
// would send to tesseract changed, which is itself a change of output.
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);

if (args[0] === "--child") {
  // node bench/ocr-cpu.mjs --child ROOT FILE CACHE
  const [, root, file, cache] = args;
  const { parsePlan, formatJson, releaseReaders } = await import(pathToFileURL(path.join(root, "dist/index.js")).href);
  const native = await import(pathToFileURL(path.join(root, "dist/read/ocr/native.js")).href);
  native.nativeEngine.warm = undefined;
  native.nativeEngine.recognise = async (pgm, _dpi, _lanes, started, layout = "page") => {
    started();
    const key = `${createHash("sha1").update(pgm).digest("hex")}-${layout === "block" ? 6 : 3}`;
    const saved = path.join(cache, `${key}.hocr`);
    if (!existsSync(saved)) throw new Error(`ocr-cpu: no recording for image ${key}: the image sent to OCR changed`);
    return native.parseHocr(readFileSync(saved, "utf8"));
  };
  const document = await parsePlan(file, { ocrEngine: "native" });
  const out = formatJson([document]);
  await releaseReaders?.();
  const cpu = process.cpuUsage();
  process.stdout.write(JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, sha256: createHash("sha256").update(out).digest("hex") }));
  process.exit(0);
}

const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option("--runs", 5));
const also = option("--also");
const cache = path.resolve(option("--cache", path.join(os.tmpdir(), "cchc-ocr-cpu")));
const out = option("--json");
const valued = new Set(["--runs", "--also", "--cache", "--json"]);
let files = args.filter((a, i) => !a.startsWith("--") && !valued.has(args[i - 1]));
if (files.length === 0) {
  const scans = path.join(here, "fixtures/scan");
  files = readdirSync(scans).filter((f) => f.endsWith(".pdf")).sort().map((f) => path.join(scans, f));
  const real = process.env.CCHC_REAL ?? path.resolve(here, "../shared/real");
  if (existsSync(real)) {
    for (const prefix of ["r22", "r23", "r34"]) {
      const found = readdirSync(real).find((f) => f.startsWith(`${prefix}_`) && f.endsWith(".pdf"));
      if (found) files.push(path.join(real, found));
    }
  }
}
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

// Recording: one real parse per file with tesseract behind a wrapper that keeps what it wrote.
mkdirSync(cache, { recursive: true });
const wrapper = path.join(cache, "tesseract-recorder.sh");
writeFileSync(
  wrapper,
  `#!/bin/sh
case "$1" in --version) exec tesseract "$@";; esac
psm=3; prev=""; for a in "$@"; do [ "$prev" = "--psm" ] && psm="$a"; prev="$a"; done
tmp=$(mktemp); cat > "$tmp"
key=$(sha1sum "$tmp" | cut -c1-40)-$psm
tesseract "$@" < "$tmp" > "$tmp.out"; code=$?
[ $code -eq 0 ] && cp "$tmp.out" "${cache}/$key.hocr"
cat "$tmp.out"; rm -f "$tmp" "$tmp.out"; exit $code
`,
);
chmodSync(wrapper, 0o755);
for (const file of files) {
  const marker = path.join(cache, `${createHash("sha1").update(readFileSync(file)).digest("hex")}.recorded`);
  if (existsSync(marker)) continue;
  console.error(`recording ${path.basename(file)}…`);
  execFileSync(process.execPath, [path.join(here, "bin/cchc.cjs"), "parse", file, "--ocr-engine", "native", "-q"], {
    env: { ...env, CCHC_TESSERACT: wrapper },
    stdio: ["ignore", "ignore", "inherit"],
  });
  writeFileSync(marker, "");
}

function child(root, file) {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", root, file, cache], { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${path.basename(file)} with ${root}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const load = () => os.loadavg()[0].toFixed(1);
const builds = also ? [["this", here], ["also", path.resolve(also)]] : [["this", here]];
const loadBefore = load();
const results = [];
for (const file of files) {
  const times = Object.fromEntries(builds.map(([name]) => [name, []]));
  const hashes = new Set();
  for (let r = 0; r < runs; r++) {
    // Alternating, the other build first on odd rounds, so that neither always runs right after the other.
    const order = r % 2 ? [...builds].reverse() : builds;
    for (const [name, root] of order) {
      const { cpuMs, sha256 } = child(root, file);
      times[name].push(cpuMs);
      hashes.add(sha256);
    }
  }
  const row = { file: path.basename(file), sameOutput: hashes.size === 1 };
  for (const [name] of builds) row[name] = { min: Math.min(...times[name]), median: median(times[name]), runs: times[name] };
  results.push(row);
  const cells = builds.map(([name]) => `${name} ${row[name].min.toFixed(0)}/${row[name].median.toFixed(0)} ms`);
  console.log(`${row.file.padEnd(60)} ${cells.join("  ")}${also ? `  ×${(row.this.median / row.also.median).toFixed(2)}` : ""}${row.sameOutput ? "" : "  OUTPUT DIFFERS"}`);
}
const summary = { date: new Date().toISOString(), load: `${loadBefore} → ${load()}`, runs, cpus: os.cpus().length, results };
console.log(`load average ${summary.load}; CPU ms min/median of ${runs} runs`);
if (out) writeFileSync(out, JSON.stringify(summary, null, 2));
