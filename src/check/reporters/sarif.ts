/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning and most security dashboards import: one run, the rules as the
 * driver's `rules` with their configured level, one result per finding, and unreadable files as tool execution
 * notifications of the invocation (they are not findings of a rule).
 */
import { type CheckReport, describeWhere, hasTextLines, type Where } from "../types.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

/** A relative path as a URI reference: each segment percent-encoded (spaces, Vietnamese letters, `#`, `?`). */
export function pathToUri(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

function location(file: string, where: Where | undefined, format?: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: pathToUri(file) },
      // Regions are lines of the artifact: only a text file's positions are.
      ...(where?.line !== undefined && hasTextLines(format) ? { region: { startLine: where.line } } : {}),
    },
  };
}

export function formatSarif(report: CheckReport): string {
  const ruleIndex = new Map(report.rules.map((rule, i) => [rule.id, i]));
  const results = report.results.flatMap((result) =>
    result.findings.map((finding) => {
      // SARIF regions have lines, not pages: a page-only position, and any position in a PDF or Word file, goes in
      // the message (and the page in the property bag).
      const said = finding.where !== undefined && (!hasTextLines(result.format) || finding.where.line === undefined);
      return {
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
        level: finding.severity,
        message: { text: said ? `${describeWhere(finding.where, result.format)}: ${finding.message}` : finding.message },
        locations: [location(result.file, finding.where, result.format)],
        ...(finding.where?.page !== undefined ? { properties: { page: finding.where.page } } : {}),
      };
    }),
  );
  const unreadable = report.results.filter((r) => r.status === "failed");
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "cchc",
            version: report.toolVersion,
            rules: report.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { enabled: rule.setting !== "off", level: rule.setting === "off" ? "none" : rule.setting === "warn" ? "warning" : "error" },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((r) => ({
              level: "error",
              message: { text: `could not be read: ${r.reason ?? "unknown reason"}` },
              locations: [location(r.file, undefined)],
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
