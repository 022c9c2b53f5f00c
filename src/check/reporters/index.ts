/** Reporters by name: pure functions of a check report to text. */
import type { CheckReport } from "../types.js";
import { formatGithub } from "./github.js";
import { formatJsonReport } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatPretty } from "./pretty.js";
import { formatSarif } from "./sarif.js";

export const REPORTERS = ["pretty", "json", "junit", "github", "sarif"] as const;
export type ReporterName = (typeof REPORTERS)[number];

export function formatReport(name: ReporterName, report: CheckReport, options: { color?: boolean } = {}): string {
  switch (name) {
    case "pretty":
      return formatPretty(report, options);
    case "json":
      return formatJsonReport(report);
    case "junit":
      return formatJunit(report);
    case "github":
      return formatGithub(report);
    case "sarif":
      return formatSarif(report);
  }
}
