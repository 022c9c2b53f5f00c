/** `cchc parse`: its options. The work is in parse-run.ts, loaded only when the command runs. */
import { type Command, Option } from "commander";
import type { OcrEngineChoice, OcrMode } from "../read/index.js";
import { OUTPUT_FORMATS, type OutputFormat } from "../write/index.js";
import { addLimitOptions } from "./limits.js";

export interface ParseCommandOptions {
  output?: string;
  format: OutputFormat;
  ocr: OcrMode;
  ocrEngine: OcrEngineChoice;
  password?: string;
  quiet?: boolean;
  [key: string]: unknown;
}

export function registerParse(program: Command, run: (code: Promise<number>) => void): void {
  const command = program
    .command("parse")
    .description("parse plans (PDF, DOCX, text, Markdown, HTML) into JSON, CSV or an Excel workbook")
    .argument("<inputs...>", "plan files; with -o DIR also folders, globs and .zip archives")
    .option("-o, --output <path>", "write to this file (one plan) or into this folder (a batch) instead of stdout")
    .addOption(new Option("-f, --format <format>", "output format").choices([...OUTPUT_FORMATS]).default("json"))
    .addOption(new Option("--ocr <mode>", "read pages without a usable text layer by OCR").choices(["auto", "always", "never"]).default("auto"))
    .addOption(new Option("--ocr-engine <engine>", "OCR engine: native tesseract if installed, else the embedded tesseract.js").choices(["auto", "native", "wasm"]).default("auto"))
    .option("--password <password>", "password of an encrypted PDF")
    .option("-q, --quiet", "no summary or progress on stderr")
    .option("-c, --concurrency <n>", "batch: plans in parallel (a number or 'auto')", "auto")
    .option("--force", "batch: redo plans whose output is up to date")
    .option("--shard <i/n>", "batch: process only the i-th of n deterministic shards of the inputs");
  addLimitOptions(command);
  // The pipeline is imported when a parse runs, not when the program starts: `cchc --help` and `--version` stay fast.
  command.action((inputs: string[], options: ParseCommandOptions) => run(import("./parse-run.js").then((m) => m.parseCommand(inputs, options))));
}
