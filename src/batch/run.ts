/**
 * `cchc parse <inputs…> -o DIR`: a batch. Discovers the plans, parses them in worker processes (drive.ts) and writes,
 * as results come in, `DIR/<relative>.json` per plan (atomically, by the worker), `DIR/tasks.csv`, `DIR/tasks.xlsx`
 * and `DIR/report.json` (written to temporary files in the batch's sorted order, renamed into place at the end).
 *
 * Resuming: every finished plan is appended at once to `DIR/.cchc-journal.jsonl`; the next run reads report.json and
 * the journal, and a plan whose input bytes (sha256) and cchc version match an entry that is not `failed` is not
 * parsed again: its existing output is reused (`--force` redoes everything). The journal is removed once report.json
 * is written; a run stopped by a signal or by an output it could not write (a full disk) keeps it.
 *
 * One batch at a time per DIR (lock.ts). The exit code is the CLI's to decide (cli/exit.ts) from what this returns.
 */
import { appendFileSync } from "node:fs";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { chalkStderr } from "chalk";
import { describeFsError, OutputError, UsageError } from "../errors.js";
import type { Limits } from "../limits.js";
import type { OcrEngineChoice, OcrMode } from "../read/index.js";
import type { PlanSheetData } from "../write/columns.js";
import { formatCsvRows } from "../write/csv.js";
import { TasksWorkbookFile } from "../write/xlsx.js";
import { discoverPlans, drivePlans, parseConcurrency } from "./drive.js";
import { lockFolder } from "./lock.js";
import { commitOutputs, displayPath, makeOutputFolder, OutputFile, TEMPORARY_NAME } from "./output-file.js";
import { Progress, type ProgressMode, summaryTable } from "./progress.js";
import type { ParseSettings } from "./protocol.js";
import {
  addToTotals,
  classify,
  emptyTotals,
  previousEntries,
  type ReportEntry,
  reportClosing,
  reportEntryText,
  reportOpening,
  type Totals,
} from "./report.js";
import { inShard, parseShard } from "./shard.js";
import { cchcVersion } from "./version.js";

export const JOURNAL_NAME = ".cchc-journal.jsonl";

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

/** What a batch did: its totals, and whether a signal stopped it before the end (then nothing was renamed in place). */
export interface BatchRun {
  totals: Totals;
  interrupted: boolean;
}

interface Outcome {
  entry: ReportEntry;
  csvRows: string;
  sheet: PlanSheetData | null;
}

/** Temporary files left by a run that was killed: with the folder locked, none of them belongs to a live writer. */
export async function removeStaleTemporaries(dir: string): Promise<void> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  for (const name of names) {
    const base = name.split(/[\\/]/).pop() ?? "";
    if (TEMPORARY_NAME.test(base)) await rm(join(dir, name), { force: true });
  }
}

/** Appends to the journal; a line cut short by a crash is closed first, so the next line stays readable. */
function openJournal(path: string, previousText: string | undefined): (entry: ReportEntry) => void {
  let pending = previousText !== undefined && previousText !== "" && !previousText.endsWith("\n") ? "\n" : "";
  return (entry) => {
    try {
      appendFileSync(path, `${pending}${JSON.stringify(entry)}\n`);
      pending = "";
    } catch (error) {
      throw new OutputError(displayPath(path), describeFsError(error));
    }
  };
}

export async function runBatch(inputs: string[], options: BatchOptions): Promise<BatchRun> {
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
  makeOutputFolder(outDir, options.output);
  const lock = await lockFolder(outDir, options.output);
  try {
    return await runLocked();
  } catch (error) {
    await removeStaleTemporaries(outDir);
    throw error;
  } finally {
    await lock.release();
  }

  async function runLocked(): Promise<BatchRun> {
    await removeStaleTemporaries(outDir);
    const journalPath = join(outDir, JOURNAL_NAME);
    const reportPath = join(outDir, "report.json");
    const journalText = await readFile(journalPath, "utf8").catch(() => undefined);
    const previous = previousEntries(await readFile(reportPath, "utf8").catch(() => undefined), journalText);
    const journal = openJournal(journalPath, journalText);

    const csv = new OutputFile(join(outDir, "tasks.csv"), displayPath(join(outDir, "tasks.csv")));
    const report = new OutputFile(reportPath, displayPath(reportPath));
    const workbookPath = join(outDir, "tasks.xlsx");
    const workbook = new TasksWorkbookFile(workbookPath);
    const discardAll = async () => {
      csv.discard();
      report.discard();
      await workbook.abort();
      // Workers stopped in the middle of an atomic write leave its temporary file.
      await removeStaleTemporaries(outDir);
    };

    const settings: ParseSettings = { ocr: options.ocr, ...(options.ocrEngine ? { ocrEngine: options.ocrEngine } : {}), limits: options.limits, ...(options.password ? { password: options.password } : {}) };
    const mode: ProgressMode = options.quiet ? "off" : process.stderr.isTTY ? "bar" : "lines";
    const progress = new Progress(items.length, process.stderr, mode, chalkStderr);
    const totals = emptyTotals();
    totals.ignored = discovery.ignored;
    const failures: ReportEntry[] = [];
    let first = true;

    let result;
    try {
      csv.write(formatCsvRows([], { bom: true, header: true }));
      report.write(reportOpening(version));
      result = await drivePlans<Outcome>({
        items,
        concurrency,
        limits: options.limits,
        progress,
        watch: [process.stderr],
        job: (item, input) => {
          const last = previous.get(item.relative);
          const reusable = !force && last && last.status !== "failed" && last.cchcVersion === version && last.sha256 ? last.sha256 : undefined;
          return { mode: "convert", input, relative: item.relative, settings, outputPath: join(outDir, `${item.relative}.json`), ...(reusable ? { reuseIfSha256: reusable } : {}) };
        },
        settle: async (item, answer, timeMs) => {
          const entryBase = { file: item.relative, input: item.display, cchcVersion: version, timeMs };
          if (answer.outcome === "failed") {
            // An output left from an earlier run of other bytes must not pass for this run's.
            if (!item.problem) await rm(join(outDir, `${item.relative}.json`), { force: true }).catch(() => undefined);
            return {
              entry: { ...entryBase, status: "failed", reason: answer.reason, output: null, tasks: 0, sections: 0, diagnostics: { error: 0, warning: 0, info: 0 }, sha256: answer.sha256 },
              csvRows: "",
              sheet: null,
            };
          }
          if (answer.outcome !== "parsed" && answer.outcome !== "reused") throw new Error(`a convert job answered as a ${answer.outcome} job`);
          return {
            entry: {
              ...entryBase,
              status: classify(answer),
              output: `${item.relative}.json`,
              tasks: answer.tasks,
              sections: answer.sections,
              diagnostics: answer.diagnostics,
              sha256: answer.sha256,
              ...(answer.outcome === "reused" ? { reused: true } : {}),
            },
            csvRows: answer.csvRows,
            sheet: answer.sheet,
          };
        },
        entryOf: (outcome) => outcome.entry,
        finished: (_, outcome) => journal(outcome.entry),
        inOrder: (_, outcome) => {
          addToTotals(totals, outcome.entry);
          if (outcome.entry.status === "failed") failures.push(outcome.entry);
          csv.write(outcome.csvRows);
          workbook.addPlan({ file: outcome.entry.file, status: outcome.entry.status, reason: outcome.entry.reason ?? null, data: outcome.sheet });
          report.write(reportEntryText(outcome.entry, first));
          first = false;
        },
      });
      if (result.outputFailure) throw result.outputFailure;
      totals.timeMs = Math.round(performance.now() - started);
      if (!result.interrupted) {
        report.write(reportClosing(totals, first));
        await commitOutputs(workbook, workbookPath, [csv, report]);
      }
    } catch (error) {
      await discardAll();
      throw error;
    }
    if (result.interrupted) {
      await discardAll();
      return { totals, interrupted: true };
    }
    await rm(journalPath, { force: true });

    // Unreadable plans are named even with -q, as a single-file parse names its input; the per-file lines already did.
    if (mode !== "lines") for (const entry of failures) process.stderr.write(`cchc: ${entry.input}: ${entry.reason ?? "failed"}\n`);
    if (!options.quiet) process.stderr.write(`${summaryTable(totals, chalkStderr)}\n`);
    return { totals, interrupted: false };
  }
}
