/**
 * `cchc check <inputs…>`: parse and lint plans for CI, writing no data. Findings go to stdout (or --output-file) in
 * the chosen reporter's format; exit codes are ESLint's (see exit.ts).
 */
import { type Command, Option } from "commander";
import { REPORTERS, type ReporterName } from "../check/reporters/names.js";
import { RULES } from "../check/rules/index.js";
import type { OcrEngineChoice, OcrMode } from "../read/index.js";
import { addLimitOptions } from "./limits.js";

export interface CheckCommandOptions {
  reporter: ReporterName;
  rule: string[];
  maxWarnings?: string;
  config?: string;
  outputFile?: string;
  ocr: OcrMode;
  ocrEngine: OcrEngineChoice;
  password?: string;
  concurrency?: string;
  [key: string]: unknown;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function register(program: Command, run: (code: Promise<number>) => void): void {
  const command = program
    .command("check")
    .description("parse and lint plans without writing data (for CI); exit 1 on error findings")
    .argument("<inputs...>", "plan files, folders, globs and .zip archives")
    .addOption(new Option("--reporter <name>", "output format of the findings").choices([...REPORTERS]).default("pretty"))
    .option("--rule <id=setting>", "set a rule to off, warn or error (repeatable)", collect, [] as string[])
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this (-1 = no limit)")
    .option("--config <path>", `configuration file (default: ${"cchc.config.json"} found from the cwd upwards)`)
    .option("--output-file <path>", "write the report to this file instead of stdout")
    .addOption(new Option("--ocr <mode>", "read pages without a usable text layer by OCR").choices(["auto", "always", "never"]).default("auto"))
    .addOption(new Option("--ocr-engine <engine>", "OCR engine: native tesseract if installed, else the embedded tesseract.js").choices(["auto", "native", "wasm"]).default("auto"))
    .option("--password <password>", "password of encrypted PDFs")
    .option("-c, --concurrency <n>", "plans in parallel (a number or 'auto')", "auto");
  addLimitOptions(command);
  command.addHelpText("after", `\nRules (default setting):\n${RULES.map((r) => `  ${r.id.padEnd(24)} ${r.defaultSetting.padEnd(5)}  ${r.description}`).join("\n")}`);
  // Loaded when the command runs: the batch machinery and reporters are start-up time for every other command.
  command.action((inputs: string[], options: CheckCommandOptions) => run(import("./check-run.js").then((m) => m.checkCommand(inputs, options))));
}
