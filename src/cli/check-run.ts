/** `cchc check`: runs the checks and writes the report (options in check.ts). */
import chalk from "chalk";
import { cchcVersion } from "../batch/run.js";
import { resolveCheckConfig } from "../check/config.js";
import { formatReport } from "../check/reporters/index.js";
import { RULES } from "../check/rules/index.js";
import { checkExitCode, runCheck } from "../check/run.js";
import { writeFileAtomic } from "../write/atomic.js";
import type { CheckCommandOptions } from "./check.js";
import { limitsFrom } from "./limits.js";

export async function checkCommand(inputs: string[], options: CheckCommandOptions): Promise<number> {
  const limits = limitsFrom(options);
  const config = resolveCheckConfig({
    cwd: process.cwd(),
    ruleFlags: options.rule,
    ...(options.config !== undefined ? { configPath: options.config } : {}),
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
  });
  const results = await runCheck(inputs, {
    limits,
    ocr: options.ocr,
    ocrEngine: options.ocrEngine,
    rules: config.rules,
    concurrency: options.concurrency,
    progress: true,
    ...(options.password ? { password: options.password } : {}),
  });
  const report = {
    toolVersion: cchcVersion(),
    rules: RULES.map((rule) => ({ id: rule.id, description: rule.description, setting: config.rules[rule.id] ?? rule.defaultSetting })),
    results,
  };
  const color = options.outputFile === undefined && chalk.level > 0 && process.stdout.isTTY === true;
  const text = formatReport(options.reporter, report, { color });
  if (options.outputFile) await writeFileAtomic(options.outputFile, text);
  else await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
  return checkExitCode(results, config.maxWarnings);
}
