#!/usr/bin/env node
// node bench/ocr-timeline.mjs FILE [--ocr-engine auto|native|wasm]: runs `cchc parse FILE` once with
// CCHC_OCR_TIMELINE=1 (src/read/ocr/timeline.ts) and says where a scan's time went: when the first page reached an
// engine, each page's main-thread steps (drawing, levelling, rulings) and recognition, and how long the engine lanes
// stood idle between the first recognition's start and the last one's end (waiting for a page to be prepared, or at
// the tail when one lane has nothing left). A recognition ends when its words are back on the main thread (native
// tesseract's hOCR parsed), so a busy main thread lengthens it. Timings of one run on this machine: run it on a quiet one.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--ocr-engine");
if (!file) {
  process.stderr.write("usage: node bench/ocr-timeline.mjs FILE [--ocr-engine auto|native|wasm]\n");
  process.exit(2);
}
const engineIndex = args.indexOf("--ocr-engine");
const engine = engineIndex >= 0 ? args[engineIndex + 1] : "auto";
const env = { ...process.env, CCHC_OCR_TIMELINE: "1" };
// As in bench/run.mjs: a CA bundle read at start-up would be counted as cchc's time.
delete env.NODE_EXTRA_CA_CERTS;
const started = performance.now();
const run = spawnSync(process.execPath, [join(root, "bin/cchc.cjs"), "parse", file, "--ocr-engine", engine, "-q"], { env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
const wall = performance.now() - started;
if (run.status !== 0 && run.status !== 1) {
  process.stderr.write(run.stderr);
  process.exit(2);
}
const events = [];
for (const line of run.stderr.split("\n")) {
  const match = /^cchc-ocr-timeline (\S+) (\S+) (\d+)$/.exec(line);
  if (match) events.push({ at: Number(match[1]), event: match[2], page: Number(match[3]) });
}
if (events.length === 0) {
  process.stderr.write("no OCR timeline: the file had no page to OCR\n");
  process.exit(2);
}
const pages = new Map();
for (const { at, event, page } of events) {
  if (!pages.has(page)) pages.set(page, {});
  pages.get(page)[event] = at;
}
const ms = (value) => (value === undefined ? "" : value.toFixed(0));
const span = (from, to) => (from === undefined || to === undefined ? "" : (to - from).toFixed(0));
console.log(`${file} (engine ${engine}), ${new Date().toISOString().slice(0, 16)} UTC, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log(`whole run ${wall.toFixed(0)} ms; ms since the process started:`);
console.log("| page | draw | drawn | levelled | prepared | OCR start | OCR end | read | drawing | levelling | rulings | OCR (engine, then its output read on the main thread) |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const [page, p] of [...pages].sort((a, b) => a[0] - b[0])) {
  const blank = p.blank !== undefined ? " (blank)" : "";
  console.log(`| ${page}${blank} | ${ms(p.draw)} | ${ms(p.drawn)} | ${ms(p.levelled)} | ${ms(p.prepared)} | ${ms(p["ocr-start"])} | ${ms(p["ocr-end"])} | ${ms(p.read)} | ${span(p.draw, p.drawn)} | ${span(p.drawn, p.levelled)} | ${span(p.levelled, p.prepared)} | ${span(p["ocr-start"], p["ocr-end"])} |`);
}
const recognised = [...pages.values()].filter((p) => p["ocr-start"] !== undefined && p["ocr-end"] !== undefined);
if (recognised.length > 0) {
  const first = Math.min(...recognised.map((p) => p["ocr-start"]));
  const last = Math.max(...recognised.map((p) => p["ocr-end"]));
  const busy = recognised.reduce((sum, p) => sum + p["ocr-end"] - p["ocr-start"], 0);
  const lanes = Math.min(os.availableParallelism(), recognised.length);
  const mainThread = [...pages.values()].reduce((sum, p) => sum + ((p.prepared ?? p.blank ?? p.drawn ?? p.draw) - p.draw), 0);
  console.log("");
  console.log(`first page to an engine at ${first.toFixed(0)} ms; recognition ${busy.toFixed(0)} ms over ${lanes} lanes from ${first.toFixed(0)} to ${last.toFixed(0)} ms: lanes idle ${(lanes * (last - first) - busy).toFixed(0)} lane-ms (${((100 * (lanes * (last - first) - busy)) / (lanes * (last - first))).toFixed(0)}%)`);
  console.log(`main thread preparing pages ${mainThread.toFixed(0)} ms (drawing, levelling, rulings; awaits included); after the last recognition ${(wall - last).toFixed(0)} ms (layout, output, exit)`);
}
