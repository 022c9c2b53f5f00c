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
  if (page === 0) continue;
  if (!pages.has(page)) pages.set(page, {});
  pages.get(page)[event] = at;
}
const ms = (value) => (value === undefined ? "" : value.toFixed(0));
const span = (from, to) => (from === undefined || to === undefined ? "" : (to - from).toFixed(0));
console.log(`${file} (engine ${engine}), ${new Date().toISOString().slice(0, 16)} UTC, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log(`whole run ${wall.toFixed(0)} ms; ms since the process started:`);
console.log("| page | text layer read | draw | drawn | levelled | prepared | OCR start | OCR end | read | drawing | levelling | rulings | OCR (engine, then its output read on the main thread) |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const [page, p] of [...pages].sort((a, b) => a[0] - b[0])) {
  const blank = p.blank !== undefined ? " (blank)" : "";
  console.log(`| ${page}${blank} | ${ms(p["text-layer"])} | ${ms(p.draw)} | ${ms(p.drawn)} | ${ms(p.levelled)} | ${ms(p.prepared)} | ${ms(p["ocr-start"])} | ${ms(p["ocr-end"])} | ${ms(p.read)} | ${span(p.draw, p.drawn)} | ${span(p.drawn, p.levelled)} | ${span(p.levelled, p.prepared)} | ${span(p["ocr-start"], p["ocr-end"])} |`);
}
const lanes = events.filter((e) => e.event === "lane-busy" || e.event === "lane-free").sort((a, b) => a.at - b.at);
if (lanes.length > 0) {
  // Lane-time idle between the first recognition's start and the last one's end: waiting for a prepared page, or at
  // the tail when one lane has nothing left.
  const first = lanes[0].at;
  const last = lanes[lanes.length - 1].at;
  const laneCount = Math.min(os.availableParallelism(), lanes.filter((e) => e.event === "lane-busy").length);
  let busyLanes = 0;
  let busy = 0;
  let previous = first;
  for (const { at, event } of lanes) {
    busy += Math.min(busyLanes, laneCount) * (at - previous);
    previous = at;
    busyLanes += event === "lane-busy" ? 1 : -1;
  }
  const idle = laneCount * (last - first) - busy;
  const mainThread = [...pages.values()].filter((p) => p.draw !== undefined).reduce((sum, p) => sum + ((p.prepared ?? p.blank ?? p.drawn ?? p.draw) - p.draw), 0);
  const firstDraw = Math.min(...[...pages.values()].map((p) => p.draw).filter((at) => at !== undefined));
  console.log("");
  const textLayerRead = Math.max(...[...pages.values()].map((p) => p["text-layer"] ?? 0));
  console.log(`first page drawn from ${firstDraw.toFixed(0)} ms (before: Node, cchc, the text layer up to that page), the whole text layer read at ${textLayerRead.toFixed(0)} ms, first recognition at ${first.toFixed(0)} ms, last one ended at ${last.toFixed(0)} ms`);
  console.log(`engines busy ${busy.toFixed(0)} lane-ms over ${laneCount} lanes, idle ${idle.toFixed(0)} lane-ms (${((100 * idle) / (laneCount * (last - first))).toFixed(0)}%)`);
  console.log(`main thread preparing pages ${mainThread.toFixed(0)} ms (drawing, levelling, rulings; awaits included); after the last recognition ${(wall - last).toFixed(0)} ms (layout, output, exit)`);
}
