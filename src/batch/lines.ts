/**
 * `cchc parse <inputs…> -f jsonl` without -o: JSON Lines on stdout, one line per plan in the batch's sorted order,
 * parsed on the batch's workers. A plan that cannot be read gets no line (stdout carries documents only) and one line
 * on stderr naming it, as in a batch.
 */
import type { Limits } from "../limits.js";
import type { OcrEngineChoice, OcrMode } from "../read/index.js";
import { discoverPlans, drivePlans, parseConcurrency } from "./drive.js";
import { Progress } from "./progress.js";
import type { ParseSettings } from "./protocol.js";
import { addToTotals, classify, emptyTotals, type ReportEntry, type Totals } from "./report.js";
import { cchcVersion } from "./version.js";

export interface LinesOptions {
  limits: Limits;
  ocr: OcrMode;
  ocrEngine?: OcrEngineChoice;
  password?: string;
  concurrency?: unknown;
  /** Where the lines go (process.stdout). */
  out: NodeJS.WritableStream;
}

export async function printLines(inputs: string[], options: LinesOptions): Promise<{ totals: Totals; interrupted: boolean }> {
  const concurrency = parseConcurrency(options.concurrency);
  const discovery = await discoverPlans(inputs);
  const settings: ParseSettings = { ocr: options.ocr, ...(options.ocrEngine ? { ocrEngine: options.ocrEngine } : {}), limits: options.limits, ...(options.password ? { password: options.password } : {}) };
  const version = cchcVersion();
  const totals = emptyTotals();
  totals.ignored = discovery.ignored;
  const run = await drivePlans<{ entry: ReportEntry; line: string }>({
    items: discovery.items,
    concurrency,
    limits: options.limits,
    progress: new Progress(discovery.items.length, process.stderr, "off"),
    watch: [options.out, process.stderr],
    job: (_, input) => ({ mode: "line", input, settings }),
    settle: (item, answer, timeMs) => {
      const base = { file: item.relative, input: item.display, cchcVersion: version, timeMs, output: null };
      if (answer.outcome === "failed") {
        return {
          entry: { ...base, status: "failed", reason: answer.reason, tasks: 0, sections: 0, diagnostics: { error: 0, warning: 0, info: 0 }, sha256: answer.sha256 },
          line: "",
        };
      }
      if (answer.outcome !== "line") throw new Error(`a line job answered as a ${answer.outcome} job`);
      return { entry: { ...base, status: classify(answer), tasks: answer.tasks, sections: answer.sections, diagnostics: answer.diagnostics, sha256: null }, line: answer.line };
    },
    inOrder: (_, { entry, line }) => {
      addToTotals(totals, entry);
      if (entry.status === "failed") process.stderr.write(`cchc: ${entry.input}: ${entry.reason ?? "failed"}\n`);
      else options.out.write(line);
    },
  });
  if (run.outputFailure) throw run.outputFailure;
  return { totals, interrupted: run.interrupted };
}
