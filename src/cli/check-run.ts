/** `cchc check`: runs the checks and writes the report (options in check.ts). */
import chalk from "chalk";
import { runCheck } from "../batch/check.js";
import { cchcVersion } from "../batch/version.js";
import { resolveCheckConfig } from "../check/config.js";
import { formatReport } from "../check/reporters/index.js";
import { RULES } from "../check/rules/index.js";
import type { CheckCommandOptions } from "./check.js";
import { checkExitCode, EXIT_INTERRUPTED } from "./exit.js";
import { limitsFrom } from "./limits.js";
import { writeOutputFile, writeStdout } from "./output.js";

/** The rules run in the batch's workers, which load them from here (batch/ does not import check/'s rules). */
const LINT_MODULE = new URL("../check/lint.js", import.meta.url).href;

export async function checkCommand(inputs: string[], options: CheckCommandOptions): Promise<number> {
  const limits = limitsFrom(options);
  const config = resolveCheckConfig({
    cwd: process.cwd(),
    ruleFlags: options.rule,
    ...(options.config !== undefined ? { configPath: options.config } : {}),
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
  });
  const run = await runCheck(inputs, {
    limits,
    ocr: options.ocr,
    ocrEngine: options.ocrEngine,
    rules: config.rules,
    lintModule: LINT_MODULE,
    concurrency: options.concurrency,
    progress: true,
    ...(options.password ? { password: options.password } : {}),
  });
  if (run.interrupted) {
    process.stderr.write("cchc: interrupted; no report written\n");
    return EXIT_INTERRUPTED;
  }
  const report = {
    toolVersion: cchcVersion(),
    rules: RULES.map((rule) => ({ id: rule.id, description: rule.description, setting: config.rules[rule.id] ?? rule.defaultSetting })),
    results: run.results,
  };
  // chalk's level already says whether stdout is a terminal, and honours FORCE_COLOR, NO_COLOR and --no-color (main.ts).
  const color = options.outputFile === undefined && chalk.level > 0;
  const text = formatReport(options.reporter, report, { color });
  if (options.outputFile) await writeOutputFile(options.outputFile, text);
  else await writeStdout(text);
  return checkExitCode(run, config.maxWarnings);
}
