/**
 * `cchc parse <inputs…> -o DIR`: a batch. Discovers the plans, parses them in worker processes and writes, as results
 * come in, `DIR/<relative>.json` per plan (atomically, by the worker), `DIR/tasks.csv`, `DIR/tasks.xlsx` and
 * `DIR/report.json` (streamed to temporary files in the batch's sorted order, renamed into place at the end).
 *
 * Resuming: every finished plan is appended at once to `DIR/.cchc-journal.jsonl`; the next run reads report.json and
 * the journal, and a plan whose input bytes (sha256) and cchc version match an entry that is not `failed` is not
 * parsed again: its existing output is reused (`--force` redoes everything). The journal is removed once report.json
 * is written.
 */
import { appendFileSync, createWriteStream, readFileSync, type WriteStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { chalkStderr } from "chalk";
import { UsageError } from "../errors.js";
import type { Limits } from "../limits.js";
import { InputError } from "../errors.js";
import type { OcrEngineChoice, OcrMode } from "../read/index.js";
import type { PlanSheetData } from "../write/columns.js";
import { formatCsv } from "../write/csv.js";
import { TasksWorkbookFile } from "../write/xlsx.js";
import { discoverInputs, PLAN_EXTENSIONS, type PlanInput } from "./discover.js";
import { runOrdered } from "./ordered.js";
import { PlanProcess } from "./plan-process.js";
import { WorkerFailure, WorkerPool } from "./pool.js";
import { Progress, type ProgressMode, summaryTable } from "./progress.js";
import type { ConvertJob, JobInput, JobResult, ParseSettings } from "./protocol.js";
import {
  addToTotals,
  classify,
  emptyTotals,
  exitCodeOf,
  previousEntries,
  type ReportEntry,
  reportClosing,
  reportEntryText,
  reportOpening,
} from "./report.js";
import { inShard, parseShard } from "./shard.js";
import { ZipEntryReader } from "./zip.js";

export const JOURNAL_NAME = ".cchc-journal.jsonl";
/** Exit code of a run stopped by SIGINT/SIGTERM (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

export interface BatchOptions {
  output: string;
  limits: Limits;
  ocr: OcrMode;
  ocrEngine?: OcrEngineChoice;
  password?: string;
  quiet?: boolean;
  concurrency?: unknown;
  force?: unknown;
  shard?: unknown;
}

export function cchcVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

export function parseConcurrency(value: unknown): number {
  if (value === undefined || value === "auto") return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency takes a positive whole number or "auto", not "${String(value)}"`);
  return n;
}

/**
 * Heap limits of a plan worker. With V8's defaults (sized from the machine's memory) each worker's heap grew to
 * whatever it was allowed, and a batch of a few hundred mixed plans peaked at ~370–500 MB on two workers; with an old
 * generation capped at 1 GiB V8 collects earlier. The young generation trades memory for time: a batch of 450 mixed
 * plans (a quarter of them PDFs) on two workers took 80 s and peaked at 265 MB with 8 MB, 73 s and 285 MB with 16 MB,
 * 70 s and 315 MB with 32 MB (fewer scavenges, each on the worker's own time); those were worker threads' young
 * generations, whose semi-spaces V8 rounds up to 4, 8 and 16 MB. As processes, semi-spaces of 8 MB made 100 PDFs
 * ~5% slower than 16 MB for ~15 MB less per worker. 1 GiB still parses a 12.7 MB text plan with a table of 100,000
 * rows; a plan that needs more fails alone ("worker crashed: out of memory …").
 */
const WORKER_HEAP = { maxOldSpaceMb: 1024, maxSemiSpaceMb: 16 };

export function createPlanWorker(): PlanProcess {
  return new PlanProcess(new URL("./worker.js", import.meta.url), WORKER_HEAP);
}

export function describeTimeout(milliseconds: number): string {
  return `took longer than ${milliseconds / 1000} s (limit: --timeout)`;
}

/** Discovers the inputs, refusing a batch that found nothing to do. */
export async function discoverPlans(inputs: string[]): Promise<{ items: PlanInput[]; ignored: number }> {
  const discovery = await discoverInputs(inputs);
  if (discovery.items.length === 0) {
    throw new UsageError(`no plans found in ${inputs.join(", ")} (looked for ${PLAN_EXTENSIONS.join(" ")} and .zip archives of them)`);
  }
  return discovery;
}

/** The job input of a plan: its path, or the bytes of an archive entry (extracted here, handed over to the worker). */
export async function jobInput(item: PlanInput, zips: ZipEntryReader, limits: Limits): Promise<{ input: JobInput; transfer: ArrayBuffer[] }> {
  if (item.source.kind === "file") return { input: { kind: "path", path: item.source.path }, transfer: [] };
  const bytes = await zips.read(item.source.zipPath, item.source.entry, limits.maxBytes);
  return { input: { kind: "bytes", bytes, path: item.display }, transfer: [bytes.buffer as ArrayBuffer] };
}

interface Outcome {
  entry: ReportEntry;
  csvRows: string;
  sheet: PlanSheetData | null;
}

function openStream(path: string): WriteStream {
  return createWriteStream(path, { encoding: "utf8" });
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((resolveClose, reject) => {
    stream.once("error", reject);
    stream.end(() => resolveClose());
  });
}

async function removeStaleTemporaries(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (/^\.(tasks\.csv|tasks\.xlsx|report\.json)\.\d+\.tmp$/.test(name)) await rm(join(dir, name), { force: true });
  }
}

export async function runBatch(inputs: string[], options: BatchOptions): Promise<number> {
  const concurrency = parseConcurrency(options.concurrency);
  const shard = typeof options.shard === "string" ? parseShard(options.shard) : undefined;
  const force = options.force === true;
  const version = cchcVersion();
  const started = performance.now();

  const outDir = resolve(options.output);
  const outInfo = await stat(outDir).catch(() => undefined);
  if (outInfo && !outInfo.isDirectory()) throw new UsageError(`${options.output} is a file: -o of a batch names a folder`);

  const discovery = await discoverPlans(inputs);
  const items = shard ? discovery.items.filter((item) => inShard(item.relative, shard)) : discovery.items;
  await mkdir(outDir, { recursive: true });
  await removeStaleTemporaries(outDir);

  const journalPath = join(outDir, JOURNAL_NAME);
  const reportPath = join(outDir, "report.json");
  const previous = previousEntries(
    await readFile(reportPath, "utf8").catch(() => undefined),
    await readFile(journalPath, "utf8").catch(() => undefined),
  );

  const csvTemporary = join(outDir, `.tasks.csv.${process.pid}.tmp`);
  const reportTemporary = join(outDir, `.report.json.${process.pid}.tmp`);
  const csv = openStream(csvTemporary);
  const report = openStream(reportTemporary);
  csv.write(formatCsv([], { withFile: true, bom: true, header: true }));
  report.write(reportOpening(version));
  const workbook = new TasksWorkbookFile(join(outDir, "tasks.xlsx"));

  const settings: ParseSettings = { ocr: options.ocr, ...(options.ocrEngine ? { ocrEngine: options.ocrEngine } : {}), limits: options.limits, ...(options.password ? { password: options.password } : {}) };
  const pool = new WorkerPool<ConvertJob, JobResult>({ size: concurrency, create: createPlanWorker, timeoutMs: options.limits.timeoutMs, describeTimeout });
  const zips = new ZipEntryReader();
  const mode: ProgressMode = options.quiet ? "off" : process.stderr.isTTY ? "bar" : "lines";
  const progress = new Progress(items.length, process.stderr, mode, chalkStderr);
  const totals = emptyTotals();
  totals.ignored = discovery.ignored;

  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
    void pool.close();
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);

  const convertOne = async (item: PlanInput): Promise<Outcome> => {
    const begin = performance.now();
    const entryBase = { file: item.relative, input: item.display, cchcVersion: version };
    const failed = (reason: string, sha256: string | null = null): Outcome => ({
      entry: { ...entryBase, status: "failed", reason, output: null, tasks: 0, sections: 0, diagnostics: { error: 0, warning: 0, info: 0 }, timeMs: Math.round(performance.now() - begin), sha256 },
      csvRows: "",
      sheet: null,
    });
    if (item.problem) return failed(item.problem);
    progress.start(item.display);
    const output = `${item.relative}.json`;
    const outputPath = join(outDir, output);
    let result: JobResult;
    try {
      const { input, transfer } = await jobInput(item, zips, options.limits);
      const last = previous.get(item.relative);
      const reusable = !force && last && last.status !== "failed" && last.cchcVersion === version && last.sha256 ? last.sha256 : undefined;
      result = await pool.run({ mode: "convert", input, relative: item.relative, settings, outputPath, ...(reusable ? { reuseIfSha256: reusable } : {}) }, transfer);
    } catch (error) {
      if (error instanceof InputError || error instanceof WorkerFailure) result = { outcome: "failed", reason: error.message, sha256: null };
      else throw error;
    }
    if (result.outcome === "failed") {
      // An output left from an earlier run of other bytes must not pass for this run's.
      if (!interrupted) await rm(outputPath, { force: true });
      return failed(result.reason, result.sha256);
    }
    if (result.outcome === "checked") throw new Error("a convert job answered as a check job");
    const summary = { tasks: result.tasks, diagnostics: result.diagnostics };
    return {
      entry: {
        ...entryBase,
        status: classify(summary),
        output,
        tasks: result.tasks,
        sections: result.sections,
        diagnostics: result.diagnostics,
        timeMs: Math.round(performance.now() - begin),
        sha256: result.sha256,
        ...(result.outcome === "reused" ? { reused: true } : {}),
      },
      csvRows: result.csvRows,
      sheet: result.sheet,
    };
  };

  let first = true;
  const failures: ReportEntry[] = [];
  try {
    await runOrdered<Outcome>({
      count: items.length,
      concurrency,
      window: concurrency * 4,
      stopped: () => interrupted,
      work: (index) => convertOne(items[index]!),
      onResult: (_, outcome) => {
        if (interrupted) return;
        appendFileSync(journalPath, `${JSON.stringify(outcome.entry)}\n`);
        progress.finish(outcome.entry);
      },
      inOrder: (_, outcome) => {
        if (interrupted) return;
        addToTotals(totals, outcome.entry);
        if (outcome.entry.status === "failed") failures.push(outcome.entry);
        if (outcome.csvRows) csv.write(outcome.csvRows);
        workbook.addPlan({ file: outcome.entry.file, status: outcome.entry.status, reason: outcome.entry.reason ?? null, data: outcome.sheet });
        report.write(reportEntryText(outcome.entry, first));
        first = false;
      },
    });
  } finally {
    process.removeListener("SIGINT", interrupt);
    process.removeListener("SIGTERM", interrupt);
    await pool.close();
    zips.close();
    progress.end();
  }

  totals.timeMs = Math.round(performance.now() - started);
  report.write(reportClosing(totals, first));
  await Promise.all([closeStream(csv), closeStream(report)]);
  if (interrupted) {
    await Promise.all([rm(csvTemporary, { force: true }), rm(reportTemporary, { force: true }), workbook.abort()]);
    if (!options.quiet) process.stderr.write(`cchc: interrupted; finished plans are kept, run the same command again to do the rest\n`);
    return EXIT_INTERRUPTED;
  }
  await workbook.commit();
  await rename(csvTemporary, join(outDir, "tasks.csv"));
  await rename(reportTemporary, reportPath);
  await rm(journalPath, { force: true });

  // Unreadable plans are named even with -q, as a single-file parse names its input; the per-file lines already did.
  if (mode !== "lines") for (const entry of failures) process.stderr.write(`cchc: ${entry.input}: ${entry.reason ?? "failed"}\n`);
  if (!options.quiet) process.stderr.write(`${summaryTable(totals, chalkStderr)}\n`);
  return exitCodeOf(totals);
}
