/** The short coloured summary printed on stderr when it is a terminal. */
import chalk from "chalk";
import type { PlanDocument } from "../schema/plan.js";

export function summaryLines(document: PlanDocument, file: string): string[] {
  const { meta } = document;
  const count = (severity: string) => document.diagnostics.filter((d) => d.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  const kind = meta.docType === "quyet_dinh" ? "Quyết định" : meta.docType === "ke_hoach" ? "Kế hoạch" : "Document";
  return [
    `${chalk.bold(file)}  ${kind}${meta.number ? ` ${meta.number}` : ""}${meta.date ? ` (${meta.date})` : ""}`,
    `  ${chalk.dim("plan")}      ${meta.title ?? chalk.yellow("(no title)")}`,
    `  ${chalk.dim("year")}      ${meta.year ?? "?"}${meta.period && meta.period.to !== meta.period.from ? `–${meta.period.to}` : ""}   ${chalk.dim("issuer")} ${meta.issuer ?? "?"}`,
    `  ${chalk.dim("sections")}  ${document.sections.length} (${document.sections.map((s) => s.numeral).join(", ")})`,
    `  ${chalk.dim("tasks")}     ${chalk.green(String(document.tasks.length))}${document.tasks.length ? ` (${document.tasks[0]!.origin})` : ""}`,
    `  ${chalk.dim("diagnostics")} ${errors ? chalk.red(`${errors} errors`) : "0 errors"}, ${warnings ? chalk.yellow(`${warnings} warnings`) : "0 warnings"}, ${count("info")} info`,
  ];
}
