/** Machine-readable findings: one object per file with its counts. */
import type { CheckReport } from "../types.js";
import { fileCounts, reportCounts } from "./counts.js";

export function formatJsonReport(report: CheckReport): string {
  const counts = reportCounts(report);
  const value = {
    tool: { name: "cchc", version: report.toolVersion },
    rules: report.rules,
    errorCount: counts.errors,
    warningCount: counts.warnings,
    failedCount: counts.failed,
    results: report.results.map((result) => ({
      file: result.file,
      status: result.status,
      ...(result.reason !== undefined ? { reason: result.reason } : {}),
      errorCount: fileCounts(result).errors,
      warningCount: fileCounts(result).warnings,
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        ...(f.where?.page !== undefined ? { page: f.where.page } : {}),
        ...(f.where?.line !== undefined ? { line: f.where.line } : {}),
      })),
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
