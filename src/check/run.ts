/**
 * `cchc check`: parse every plan on the batch's worker processes (nothing is written), lint it there, and collect the
 * findings in the batch's sorted order. Only findings come back from the workers, never documents.
 */
import { chalkStderr } from "chalk";
import { discoverPlans, createPlanWorker, describeTimeout, jobInput, parseConcurrency } from "../batch/run.js";
import { runOrdered } from "../batch/ordered.js";
import { WorkerFailure, WorkerPool } from "../batch/pool.js";
import { Progress } from "../batch/progress.js";
import type { CheckJob, JobResult, ParseSettings } from "../batch/protocol.js";
import { ZipEntryReader } from "../batch/zip.js";
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from "../cli/exit.js";
import type { Limits } from "../limits.js";
import { InputError } from "../errors.js";
import type { OcrEngineChoice, OcrMode } from "../read/index.js";
import type { FileResult, RuleSetting } from "./types.js";

export interface CheckRunOptions {
  limits: Limits;
  ocr: OcrMode;
  ocrEngine?: OcrEngineChoice;
  password?: string;
  concurrency?: unknown;
  rules: Record<string, RuleSetting>;
  /** Show a progress bar on stderr (when it is a terminal). */
  progress?: boolean;
}

export async function runCheck(inputs: string[], options: CheckRunOptions): Promise<FileResult[]> {
  const concurrency = parseConcurrency(options.concurrency);
  const { items } = await discoverPlans(inputs);
  const settings: ParseSettings = { ocr: options.ocr, ...(options.ocrEngine ? { ocrEngine: options.ocrEngine } : {}), limits: options.limits, ...(options.password ? { password: options.password } : {}) };
  const pool = new WorkerPool<CheckJob, JobResult>({ size: concurrency, create: createPlanWorker, timeoutMs: options.limits.timeoutMs, describeTimeout });
  const zips = new ZipEntryReader();
  const progress = new Progress(items.length, process.stderr, options.progress && process.stderr.isTTY ? "bar" : "off", chalkStderr);
  const results: FileResult[] = [];

  const checkOne = async (index: number): Promise<FileResult> => {
    const item = items[index]!;
    const failed = (reason: string): FileResult => ({ file: item.display, status: "failed", reason, findings: [] });
    if (item.problem) return failed(item.problem);
    progress.start(item.display);
    try {
      const { input, transfer } = await jobInput(item, zips, options.limits);
      const result = await pool.run({ mode: "check", input, settings, rules: options.rules }, transfer);
      if (result.outcome === "failed") return failed(result.reason);
      if (result.outcome !== "checked") throw new Error("a check job answered as a convert job");
      return { file: item.display, status: "checked", findings: result.findings };
    } catch (error) {
      if (error instanceof InputError || error instanceof WorkerFailure) return failed(error.message);
      throw error;
    }
  };

  try {
    await runOrdered<FileResult>({
      count: items.length,
      concurrency,
      window: concurrency * 4,
      work: checkOne,
      onResult: () => progress.finish(),
      inOrder: (_, result) => results.push(result),
    });
  } finally {
    await pool.close();
    zips.close();
    progress.end();
  }
  return results;
}

/** ESLint's exit codes: 2 when a file could not be read, 1 on an error finding or too many warnings, else 0. */
export function checkExitCode(results: FileResult[], maxWarnings: number): number {
  if (results.some((r) => r.status === "failed")) return EXIT_FAILURE;
  const findings = results.flatMap((r) => r.findings);
  if (findings.some((f) => f.severity === "error")) return EXIT_FINDINGS;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (maxWarnings >= 0 && warnings > maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}
