/** Reporters by name: pure functions of a check report to text. */
import type { CheckReport } from "../types.js";
import { formatGithub } from "./github.js";
import { formatJsonReport } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatPretty } from "./pretty.js";
import { formatSarif } from "./sarif.js";

import type { ReporterName } from "./names.js";

export { REPORTERS, type ReporterName } from "./names.js";

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
