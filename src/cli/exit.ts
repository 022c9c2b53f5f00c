/**
 * Every exit code cchc gives, decided here and nowhere else (ESLint's convention, plus the shell's for a signal):
 *   0    success: every plan parsed (warnings allowed; files that are no plan at all are counted apart, not a defect)
 *   1    findings: a plan parsed only partially (an error diagnostic, or no task), or `check` found rule violations at
 *        error (or more warnings than --max-warnings)
 *   2    an input could not be read at all (missing, unreadable, not a plan document, a limit hit), bad usage, or an
 *        output could not be written (a full disk, a read-only folder, a closed pipe)
 *   130  stopped by SIGINT/SIGTERM (128 + SIGINT, as shells report it): finished plans are kept, the next run resumes
 * The batch and check drivers report what happened (totals, results, an interrupted flag); these functions read it.
 */
import type { Totals } from "../batch/report.js";
import type { FileResult } from "../check/types.js";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;
export const EXIT_INTERRUPTED = 130;

/** A batch, a merge, or `-f jsonl` of many plans: 2 when a plan could not be read, 1 when one parsed only partially. */
export function batchExitCode(run: { totals: Totals; interrupted: boolean }): number {
  if (run.interrupted) return EXIT_INTERRUPTED;
  if (run.totals.failed > 0) return EXIT_FAILURE;
  if (run.totals.partial > 0) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** `check`: 2 when a file could not be read, 1 on an error finding or more warnings than allowed (-1 = no limit). */
export function checkExitCode(run: { results: FileResult[]; interrupted: boolean }, maxWarnings: number): number {
  if (run.interrupted) return EXIT_INTERRUPTED;
  if (run.results.some((r) => r.status === "failed")) return EXIT_FAILURE;
  const findings = run.results.flatMap((r) => r.findings);
  if (findings.some((f) => f.severity === "error")) return EXIT_FINDINGS;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (maxWarnings >= 0 && warnings > maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** One plan parsed to stdout or a file: 1 when it carries an error diagnostic. */
export function documentExitCode(document: { diagnostics: { severity: string }[] }): number {
  return document.diagnostics.some((d) => d.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}
