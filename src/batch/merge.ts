/**
 * `cchc merge out1/ out2/ … -o all/`: the shards of a `--shard i/n` batch combined into one tasks.csv, one
 * tasks.xlsx and one report.json, exactly as one unsharded run would have written them: entries sorted by file,
 * tasks.csv and tasks.xlsx rows rebuilt from each plan's JSON in that order (one document in memory at a time). The per-plan JSON files stay in the shard
 * folders; each merged entry's `output` points at its file from the merged folder.
 */
import { readFile } from "node:fs/promises";
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
  type ReportEntry,
  reportClosing,
  reportEntryText,
  reportOpening,
  type Totals,
} from "./report.js";
import { lockFolder } from "./lock.js";
import { commitOutputs, displayPath, makeOutputFolder, OutputFile } from "./output-file.js";
import { cchcVersion } from "./version.js";

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

/** Writes the merged folder; returns its totals (the exit code is the CLI's: cli/exit.ts). */
export async function mergeOutputs(dirs: string[], output: string): Promise<Totals> {
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

  makeOutputFolder(outDir, output);
  const lock = await lockFolder(outDir, output);
  try {
    return await writeMerged(outDir, sources, ignored, timeMs);
  } finally {
    await lock.release();
  }
}

async function writeMerged(outDir: string, sources: Source[], ignored: number, timeMs: number): Promise<Totals> {
  const csv = new OutputFile(join(outDir, "tasks.csv"), displayPath(join(outDir, "tasks.csv")));
  const workbookPath = join(outDir, "tasks.xlsx");
  const workbook = new TasksWorkbookFile(workbookPath);
  let report: OutputFile | undefined;
  try {
    report = new OutputFile(join(outDir, "report.json"), displayPath(join(outDir, "report.json")));
    csv.write(formatCsvRows([], { bom: true, header: true }));
    report.write(reportOpening(cchcVersion()));
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
        csv.write(formatCsvRows(sheet.rows, { bom: false, header: false }));
        merged = { ...entry, output: relative(outDir, join(dir, entry.output)).split(sep).join("/") };
      }
      workbook.addPlan({ file: entry.file, status: entry.status, reason: entry.reason ?? null, data: sheet });
      addToTotals(totals, merged);
      report.write(reportEntryText(merged, first));
      first = false;
    }
    report.write(reportClosing(totals, first));
    await commitOutputs(workbook, workbookPath, [csv, report]);
    return totals;
  } catch (error) {
    csv.discard();
    report?.discard();
    await workbook.abort();
    throw error;
  }
}
