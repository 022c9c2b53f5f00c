import type { CheckReport, FileResult } from "../types.js";

export interface Counts {
  errors: number;
  warnings: number;
  failed: number;
  files: number;
}

export function fileCounts(result: FileResult): { errors: number; warnings: number } {
  return {
    errors: result.findings.filter((f) => f.severity === "error").length,
    warnings: result.findings.filter((f) => f.severity === "warning").length,
  };
}

export function reportCounts(report: CheckReport): Counts {
  const counts: Counts = { errors: 0, warnings: 0, failed: 0, files: report.results.length };
  for (const result of report.results) {
    const { errors, warnings } = fileCounts(result);
    counts.errors += errors;
    counts.warnings += warnings;
    if (result.status === "failed") counts.failed++;
  }
  return counts;
}
