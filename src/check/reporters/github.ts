/**
 * GitHub Actions workflow commands: `::error file=…,line=…,title=…::message` (and `::warning`), which the runner turns
 * into annotations on the file. Escaping follows the runner's own rules (toolkit `command.ts`): `%`, CR and LF in
 * the message; also `:` and `,` in properties.
 */
import { type CheckReport, describeWhere, hasTextLines } from "../types.js";
import { reportCounts } from "./counts.js";

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function formatGithub(report: CheckReport): string {
  const lines: string[] = [];
  for (const result of report.results) {
    const file = `file=${escapeProperty(result.file)}`;
    if (result.status === "failed") {
      lines.push(`::error ${file},title=${escapeProperty("cchc: unreadable")}::${escapeData(`could not be read: ${result.reason ?? "unknown reason"}`)}`);
      continue;
    }
    for (const finding of result.findings) {
      // Annotations point at lines of the file: a text file's. A PDF or Word finding, and a page without a line, say
      // their position in the message.
      const textual = hasTextLines(result.format);
      const line = textual && finding.where?.line !== undefined ? `,line=${finding.where.line}` : "";
      const said = finding.where !== undefined && (!textual || finding.where.line === undefined) ? describeWhere(finding.where, result.format) : "";
      const page = said ? `${said}: ` : "";
      lines.push(`::${finding.severity} ${file}${line},title=${escapeProperty(`cchc ${finding.ruleId}`)}::${escapeData(page + finding.message)}`);
    }
  }
  const counts = reportCounts(report);
  lines.push(`cchc check: ${counts.files} files, ${counts.errors} errors, ${counts.warnings} warnings, ${counts.failed} unreadable`);
  return `${lines.join("\n")}\n`;
}
