/** The default reporter: findings grouped by file, as ESLint's "stylish" prints them. */
import { Chalk } from "chalk";
import { type CheckReport, describeWhere } from "../types.js";
import { reportCounts } from "./counts.js";

export interface PrettyOptions {
  color?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function formatPretty(report: CheckReport, options: PrettyOptions = {}): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  for (const result of report.results) {
    if (result.status === "failed") {
      lines.push(chalk.underline(result.file), `  ${chalk.red("error")}  could not be read: ${result.reason ?? "unknown reason"}`, "");
      continue;
    }
    if (result.findings.length === 0) continue;
    lines.push(chalk.underline(result.file));
    const wheres = result.findings.map((f) => describeWhere(f.where, result.format) || "file");
    const width = Math.max(...wheres.map((w) => w.length));
    result.findings.forEach((finding, i) => {
      const severity = finding.severity === "error" ? chalk.red("error  ") : chalk.yellow("warning");
      lines.push(`  ${chalk.dim(wheres[i]!.padEnd(width))}  ${severity}  ${finding.message}  ${chalk.dim(finding.ruleId)}`);
    });
    lines.push("");
  }
  const counts = reportCounts(report);
  const problems = counts.errors + counts.warnings + counts.failed;
  const checked = plural(counts.files, "file");
  if (problems === 0) {
    lines.push(chalk.green(`✔ ${checked} checked, no problems`));
  } else {
    const summary = `✖ ${plural(problems, "problem")} (${plural(counts.errors + counts.failed, "error")}, ${plural(counts.warnings, "warning")}) in ${checked}`;
    lines.push(counts.errors + counts.failed > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
    if (counts.failed > 0) lines.push(chalk.red(`  ${plural(counts.failed, "file")} could not be read`));
  }
  return `${lines.join("\n")}\n`;
}
