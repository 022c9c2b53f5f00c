/** The resource-limit flags shared by `parse` and `check`. */
import { type Command, Option } from "commander";
import { DEFAULT_LIMITS, type Limits } from "../limits.js";
import { UsageError } from "../errors.js";

const MB = 1024 * 1024;

export function addLimitOptions(command: Command): Command {
  return command
    .addOption(new Option("--max-size <MB>", "largest input file, in MB").default(DEFAULT_LIMITS.maxBytes / MB))
    .addOption(new Option("--max-pages <n>", "most PDF pages read per file").default(DEFAULT_LIMITS.maxPages))
    .addOption(new Option("--max-ocr-pages <n>", "most pages sent to OCR per file").default(DEFAULT_LIMITS.maxOcrPages))
    .addOption(new Option("--max-decompressed <MB>", "largest uncompressed size of a DOCX, a zip or a PDF's streams, in MB").default(DEFAULT_LIMITS.maxDecompressedBytes / MB))
    .addOption(new Option("--max-blocks <n>", "most paragraphs and table rows per document").default(DEFAULT_LIMITS.maxBlocks))
    .addOption(new Option("--max-columns <n>", "most columns in one table").default(DEFAULT_LIMITS.maxColumns))
    .addOption(new Option("--max-page-operators <n>", "most drawing operators on one PDF page").default(DEFAULT_LIMITS.maxPageOperators))
    .addOption(new Option("--timeout <seconds>", "time allowed per file (0 = none)").default(DEFAULT_LIMITS.timeoutMs / 1000));
}

function positive(value: unknown, flag: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new UsageError(`${flag} takes a ${allowZero ? "non-negative" : "positive"} number, not "${String(value)}"`);
  return n;
}

export function limitsFrom(options: Record<string, unknown>): Limits {
  return {
    maxBytes: Math.round(positive(options.maxSize, "--max-size") * MB),
    maxPages: Math.round(positive(options.maxPages, "--max-pages")),
    maxOcrPages: Math.round(positive(options.maxOcrPages, "--max-ocr-pages", true)),
    maxDecompressedBytes: Math.round(positive(options.maxDecompressed, "--max-decompressed") * MB),
    maxPageOperators: Math.round(positive(options.maxPageOperators ?? DEFAULT_LIMITS.maxPageOperators, "--max-page-operators")),
    maxBlocks: Math.round(positive(options.maxBlocks, "--max-blocks")),
    maxColumns: Math.round(positive(options.maxColumns, "--max-columns")),
    timeoutMs: Math.round(positive(options.timeout, "--timeout", true) * 1000),
  };
}
