#!/usr/bin/env node
// The 100,000-row table: a TAB-separated plan whose appendix table has ROWS numbered rows (default 100,000; the
// number written in the task cell, "1000. …", as plans without an STT column do), parsed by the built library in a
// child process. Prints the records, the wall time and the child's peak RSS; `--json` prints them as one JSON line
// (bench/run.mjs reads that). Asserts that every row gave exactly one record.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const rowsArg = process.argv.find((a) => /^\d+$/.test(a));
const rows = rowsArg ? Number(rowsArg) : 100_000;
const dir = mkdtempSync(join(tmpdir(), "cchc-big-table-"));
try {
  const lines = ["KẾ HOẠCH", "Cải cách hành chính năm 2025", "", "I. MỤC ĐÍCH", "Nội dung.", "", "PHỤ LỤC", "", "Nội dung\tChủ trì\tPhối hợp\tThời gian"];
  for (let n = 1; n <= rows; n++) lines.push(`${n}. Rà soát, công khai thủ tục hành chính số ${n}\tSở Nội vụ\tCác sở, ngành\tQuý ${1 + (n % 4)}/2025`);
  const file = join(dir, "big-table.txt");
  writeFileSync(file, `${lines.join("\n")}\n`);
  const child = `
    const { parsePlan } = await import(${JSON.stringify(pathToFileURL(join(root, "dist", "index.js")).href)});
    const started = performance.now();
    const doc = await parsePlan(${JSON.stringify(file)});
    const ms = performance.now() - started;
    const numbers = doc.tasks.map((t) => t.number);
    const exact = numbers.length === ${rows} && numbers.every((n, i) => n === String(i + 1));
    process.stdout.write(JSON.stringify({ rows: ${rows}, records: doc.tasks.length, exact, seconds: ms / 1000, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", child], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`the parse failed: ${run.stderr.trim().split("\n").pop()}`);
  const result = JSON.parse(run.stdout);
  if (!result.exact) throw new Error(`${result.records} records for ${rows} rows`);
  if (process.argv.includes("--json")) console.log(JSON.stringify(result));
  else console.log(`${rows}-row table: ${result.records} records in ${result.seconds.toFixed(1)} s, peak RSS ${Math.round(result.peakRssMB)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
