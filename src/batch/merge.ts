/**
 * `cchc merge out1/ out2/ … -o all/`: the shards of a `--shard i/n` batch combined into one tasks.csv, one tasks.xlsx
 * and one report.json, exactly as one unsharded run would have written them: entries sorted by file, tasks.csv and
 * tasks.xlsx rows rebuilt from each plan's JSON in that order (one document in memory at a time). The per-plan JSON files stay in the shard
 * folders; each merged entry's `output` points at its file from the merged folder.
 */
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import { type PlanDocument, planDocumentSchema } from "../schema/plan.js";
import { type PlanSheetData, planSheetData } from "../write/columns.js";
import { formatCsvRows } from "../write/csv.js";
import { TasksWorkbookFile } from "../write/xlsx.js";
import {
  addToTotals,
  batchReportSchema,
  emptyTotals,
  exitCodeOf,
  type ReportEntry,
  reportClosing,
  reportEntryText,
  reportOpening,
} from "./report.js";
import { cchcVersion } from "./run.js";

interface Source {
  dir: string;
  entry: ReportEntry;
}

async function readReport(dir: string) {
  const path = join(dir, "report.json");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(`${dir}: no report.json (not a finished batch output folder)`);
  }
  const parsed = batchReportSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new UsageError(`${path}: not a cchc batch report (${parsed.error.issues[0]?.message ?? "invalid"})`);
  return parsed.data;
}

async function readPlan(dir: string, output: string): Promise<PlanDocument> {
  const path = join(dir, output);
  try {
    return planDocumentSchema.parse(JSON.parse(await readFile(path, "utf8")));
  } catch {
    throw new UsageError(`${path}: missing or not a cchc plan output`);
  }
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolveWrite) => {
    if (stream.write(text)) resolveWrite();
    else stream.once("drain", () => resolveWrite());
  });
}

function close(stream: ReturnType<typeof createWriteStream>): Promise<void> {
  return new Promise((resolveClose, reject) => {
    stream.once("error", reject);
    stream.end(() => resolveClose());
  });
}

export async function mergeOutputs(dirs: string[], output: string): Promise<number> {
  if (dirs.length === 0) throw new UsageError("merge needs at least one batch output folder");
  const outDir = resolve(output);
  const sources: Source[] = [];
  const owner = new Map<string, string>();
  let ignored = 0;
  let timeMs = 0;
  for (const dir of dirs.map((d) => resolve(d))) {
    const report = await readReport(dir);
    // Every shard saw the same inputs, so each counted the same ignored files.
    ignored = Math.max(ignored, report.totals.ignored);
    // Shards run side by side: the batch took as long as its longest shard.
    timeMs = Math.max(timeMs, report.totals.timeMs);
    for (const entry of report.files) {
      const other = owner.get(entry.file);
      if (other !== undefined) throw new UsageError(`${entry.file} is in both ${other} and ${dir}: merge shards of one batch, each once`);
      owner.set(entry.file, dir);
      sources.push({ dir, entry });
    }
  }
  sources.sort((a, b) => (a.entry.file < b.entry.file ? -1 : a.entry.file > b.entry.file ? 1 : 0));

  await mkdir(outDir, { recursive: true });
  const csvTemporary = join(outDir, `.tasks.csv.${process.pid}.tmp`);
  const reportTemporary = join(outDir, `.report.json.${process.pid}.tmp`);
  const csv = createWriteStream(csvTemporary, { encoding: "utf8" });
  const report = createWriteStream(reportTemporary, { encoding: "utf8" });
  await write(csv, formatCsvRows([], { bom: true, header: true }));
  await write(report, reportOpening(cchcVersion()));
  const workbook = new TasksWorkbookFile(join(outDir, "tasks.xlsx"));
  const totals = emptyTotals();
  totals.ignored = ignored;
  totals.timeMs = timeMs;
  let first = true;
  for (const { dir, entry } of sources) {
    let merged: ReportEntry = entry;
    let sheet: PlanSheetData | null = null;
    if (entry.output !== null && entry.status !== "failed") {
      const document = await readPlan(dir, entry.output);
      sheet = planSheetData(document, entry.file);
      await write(csv, formatCsvRows(sheet.rows, { bom: false, header: false }));
      merged = { ...entry, output: relative(outDir, join(dir, entry.output)).split(sep).join("/") };
    }
    workbook.addPlan({ file: entry.file, status: entry.status, reason: entry.reason ?? null, data: sheet });
    addToTotals(totals, merged);
    await write(report, reportEntryText(merged, first));
    first = false;
  }
  await write(report, reportClosing(totals, first));
  await Promise.all([close(csv), close(report)]);
  await workbook.commit();
  await rename(csvTemporary, join(outDir, "tasks.csv"));
  await rename(reportTemporary, join(outDir, "report.json"));
  return exitCodeOf(totals);
}
