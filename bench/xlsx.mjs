#!/usr/bin/env node
// tasks.xlsx of a large batch: time and memory of streaming a workbook of N tasks (default 100,000) to a file, as a
// batch does it (one plan after another, the event loop turning between plans as it does between workers' answers).
//
//   node bench/xlsx.mjs [--tasks N] [--json PATH]
//
// The plans are the committed text fixtures, parsed once and handed to the writer again and again under new file
// names until N tasks are written. Memory is the process's resident set, sampled every 20 ms, against the resident
// set before the workbook was opened; a streamed workbook should not grow with N. Needs dist/ (`npm run build`).
import { readdirSync, rmSync, statSync, writeFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (path) => pathToFileURL(join(root, "dist", path)).href;
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const target = Number(option("--tasks", "100000"));
const jsonPath = option("--json", undefined);

const { parsePlan } = await import(dist("pipeline.js"));
const { planSheetData } = await import(dist("write/columns.js"));
const { formatCsvRows } = await import(dist("write/csv.js"));
const { TasksWorkbookFile } = await import(dist("write/xlsx.js"));

const fixtures = join(root, "fixtures/plans");
const samples = [];
for (const name of readdirSync(fixtures).sort()) samples.push(await parsePlan(join(fixtures, name)));

const dir = mkdtempSync(join(os.tmpdir(), "cchc-bench-xlsx-"));
const path = join(dir, "tasks.xlsx");
global.gc?.();
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);

const turn = () => new Promise((resolve) => setImmediate(resolve));
const started = performance.now();
const workbook = new TasksWorkbookFile(path);
let tasks = 0;
let plans = 0;
let csvMs = 0;
while (tasks < target) {
  const document = samples[plans % samples.length];
  const file = `batch/${String(plans).padStart(5, "0")}-${document.source.path.split("/").pop()}`;
  const data = planSheetData(document, file);
  if (tasks + data.rows.length > target) {
    data.rows = data.rows.slice(0, target - tasks);
    data.leads = data.leads.slice(0, target - tasks);
  }
  // The CSV rows of the same plan, as the batch's worker makes them: the figure to compare the workbook with.
  const csvStart = performance.now();
  formatCsvRows(data.rows, { bom: false, header: false });
  csvMs += performance.now() - csvStart;
  workbook.addPlan({ file, status: "ok", reason: null, data });
  tasks += data.rows.length;
  plans++;
  await turn();
}
await workbook.commit();
const elapsed = performance.now() - started;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.availableParallelism(),
  tasks,
  plans,
  seconds: Math.round(elapsed) / 1000,
  tasksPerSecond: Math.round(tasks / (elapsed / 1000)),
  csvRowsSeconds: Math.round(csvMs) / 1000,
  fileMb: Math.round(statSync(path).size / 1e5) / 10,
  rssBeforeMb: Math.round(baseline / 1e6),
  rssPeakMb: Math.round(peak / 1e6),
  rssGrowthMb: Math.round((peak - baseline) / 1e6),
};
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify(result, null, 2));
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
