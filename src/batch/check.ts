/**
 * `cchc check`'s driver: every plan parsed and linted on the batch's worker processes (nothing is written), the
 * findings collected in the batch's sorted order. Only findings come back from the workers, never documents. The
 * rules themselves are loaded by the workers from `lintModule`: this module knows what a finding is, not how one is
 * found.
 */
import { chalkStderr } from "chalk";
import type { FileResult, RuleSetting } from "../check/types.js";
import type { Limits } from "../limits.js";
import type { OcrEngineChoice, OcrMode } from "../read/index.js";
import { discoverPlans, drivePlans, parseConcurrency } from "./drive.js";
import { Progress } from "./progress.js";
import type { ParseSettings } from "./protocol.js";

export interface CheckRunOptions {
  limits: Limits;
  ocr: OcrMode;
  ocrEngine?: OcrEngineChoice;
  password?: string;
  concurrency?: unknown;
  rules: Record<string, RuleSetting>;
  /** URL of a module exporting `lintDocument(document, rules)`. */
  lintModule: string;
  /** Show a progress bar on stderr (when it is a terminal). */
  progress?: boolean;
}

export interface CheckRun {
  results: FileResult[];
  /** Stopped by SIGINT/SIGTERM: `results` holds the plans checked before. */
  interrupted: boolean;
}

export async function runCheck(inputs: string[], options: CheckRunOptions): Promise<CheckRun> {
  const concurrency = parseConcurrency(options.concurrency);
  const { items } = await discoverPlans(inputs);
  const settings: ParseSettings = { ocr: options.ocr, ...(options.ocrEngine ? { ocrEngine: options.ocrEngine } : {}), limits: options.limits, ...(options.password ? { password: options.password } : {}) };
  const progress = new Progress(items.length, process.stderr, options.progress && process.stderr.isTTY ? "bar" : "off", chalkStderr);
  const results: FileResult[] = [];
  const run = await drivePlans<FileResult>({
    items,
    concurrency,
    limits: options.limits,
    progress,
    watch: [process.stderr],
    job: (_, input) => ({ mode: "check", input, settings, lintModule: options.lintModule, rules: options.rules }),
    settle: (item, answer) => {
      if (answer.outcome === "failed") return { file: item.display, status: "failed", reason: answer.reason, findings: [] };
      if (answer.outcome !== "checked") throw new Error(`a check job answered as a ${answer.outcome} job`);
      return { file: item.display, status: "checked", format: answer.format, findings: answer.findings };
    },
    inOrder: (_, result) => results.push(result),
  });
  if (run.outputFailure) throw run.outputFailure;
  return { results, interrupted: run.interrupted };
}
