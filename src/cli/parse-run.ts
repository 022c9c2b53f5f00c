/** `cchc parse`: one plan to stdout (or -o FILE), many as JSON Lines to stdout, or a batch of plans into -o DIR. */
import { realpathSync } from "node:fs";
import { extname, resolve } from "node:path";
import { InputError, LimitError, UsageError } from "../errors.js";
import { stat } from "../file-system.js";
import type { Limits } from "../limits.js";
import { parsePlan } from "../pipeline.js";
import { releaseReaders } from "../read/index.js";
import type { PlanDocument } from "../schema/plan.js";
import { BINARY_FORMATS, format, OUTPUT_FORMATS, type OutputFormat } from "../write/index.js";
import { batchExitCode, documentExitCode, EXIT_FAILURE } from "./exit.js";
import { limitsFrom } from "./limits.js";
import { stderrIsTerminal, writeOutputFile, writeStdout } from "./output.js";
import type { ParseCommandOptions } from "./parse.js";

/** `-` names stdin. */
const STDIN = "-";

/**
 * Inputs parsed in a worker process with the batch's heap cap: the formats whose memory does not follow their size
 * (a DOCX or PDF inflates), and any input above this size. Smaller text parses in this process: a worker's start
 * would double the time of `cchc parse plan.txt`, and its memory is bounded by its size.
 */
const ISOLATED_EXTENSIONS = new Set([".pdf", ".docx", ".doc"]);
const ISOLATED_ABOVE_BYTES = 1024 * 1024;

async function isDirectoryTarget(path: string | undefined, inputs: string[]): Promise<boolean> {
  if (!path) return false;
  if (path.endsWith("/") || inputs.length > 1) return true;
  if (inputs[0] === STDIN) return false;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return true;
  const input = await stat(inputs[0]!).catch(() => undefined);
  // A file that exists is a file even when its name holds glob characters ("Kế hoạch [2024] *.txt").
  return input?.isDirectory() === true || (input?.isFile() !== true && /[*?[{]/.test(inputs[0]!)) || /\.zip$/i.test(inputs[0]!);
}

/** -f, or the format -o's extension names (`-o tasks.csv`); both given must agree. */
export function outputFormat(explicit: string | undefined, output: string | undefined): OutputFormat {
  const extension = output ? extname(output).slice(1).toLowerCase() : "";
  const implied = (OUTPUT_FORMATS as readonly string[]).includes(extension) ? (extension as OutputFormat) : undefined;
  if (explicit !== undefined && implied !== undefined && explicit !== implied) {
    throw new UsageError(`-f ${explicit} does not match -o ${output} (a .${implied} file); drop -f or rename the output`);
  }
  return (explicit as OutputFormat | undefined) ?? implied ?? "json";
}

/** `-o` naming one of the inputs would overwrite the plan with its own output. */
function refuseOutputOverInput(output: string, inputs: string[]): void {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const target = real(output);
  for (const input of inputs) {
    if (input !== STDIN && real(input) === target) throw new UsageError(`-o ${output} is the input ${input}: it would be overwritten; choose another output`);
  }
}

export async function parseCommand(inputs: string[], options: ParseCommandOptions): Promise<number> {
  try {
    return await parseInputs(inputs, options);
  } finally {
    // OCR worker threads would keep the process alive.
    await releaseReaders();
  }
}

async function parseInputs(inputs: string[], options: ParseCommandOptions): Promise<number> {
  const limits = limitsFrom(options);
  if (inputs.includes(STDIN) && inputs.length > 1) throw new UsageError("- (stdin) must be the only input");
  if (options.output) refuseOutputOverInput(options.output, inputs);
  if (await isDirectoryTarget(options.output, inputs)) {
    if (options.format !== undefined && options.format !== "json") throw new UsageError(`-f ${options.format} is for one plan or stdout; a batch into a folder writes JSON per plan plus tasks.csv`);
    const { runBatch } = await import("../batch/run.js");
    const run = await runBatch(inputs, { ...options, output: options.output!, limits });
    if (run.interrupted && !options.quiet) process.stderr.write("cchc: interrupted; finished plans are kept, run the same command again to do the rest\n");
    return batchExitCode(run);
  }
  const chosen = outputFormat(options.format, options.output);
  if (inputs.length > 1 || (inputs[0] !== STDIN && (await stat(inputs[0]!).catch(() => undefined))?.isDirectory())) {
    if (chosen !== "jsonl" || options.output) {
      const input = inputs.length > 1 ? "several inputs" : `${inputs[0]} is a folder: it`;
      throw new UsageError(`${input} need${inputs.length > 1 ? "" : "s"} -o DIR (a batch writes one output per plan), or -f jsonl for one line per plan on stdout`);
    }
    const { printLines } = await import("../batch/lines.js");
    return batchExitCode(await printLines(inputs, { limits, ocr: options.ocr, ...(options.ocrEngine ? { ocrEngine: options.ocrEngine } : {}), concurrency: options.concurrency, out: process.stdout, ...(options.password ? { password: options.password } : {}) }));
  }
  const input = inputs[0]!;
  // Refused before parsing: a workbook's bytes would only garble the terminal.
  if (!options.output && BINARY_FORMATS.includes(chosen) && (await import("node:tty")).isatty(1)) {
    throw new UsageError(`-f ${chosen} writes a binary file: give -o FILE or redirect stdout`);
  }
  const name = input === STDIN ? (options.name ?? "stdin") : input;
  let document: PlanDocument;
  try {
    document = await parseOne(input, options, limits);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`cchc: ${name}: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  }
  const text = await format(chosen, [document]);
  if (options.output) await writeOutputFile(options.output, text);
  else await writeStdout(text);
  if (!options.quiet && stderrIsTerminal()) {
    // Loaded here: chalk's colour detection costs every start that has no terminal to colour.
    const { summaryLines } = await import("./summary.js");
    process.stderr.write(`${summaryLines(document, name).join("\n")}\n`);
  }
  return documentExitCode(document);
}

async function parseOne(input: string, options: ParseCommandOptions, limits: Limits): Promise<PlanDocument> {
  const settings = { ocr: options.ocr, ...(options.ocrEngine ? { ocrEngine: options.ocrEngine } : {}), limits, ...(options.password ? { password: options.password } : {}) };
  if (input === STDIN) {
    const bytes = await readStdin(limits.maxBytes);
    const path = options.name;
    if (bytes.length > ISOLATED_ABOVE_BYTES || (path && ISOLATED_EXTENSIONS.has(extname(path).toLowerCase())) || looksCompressed(bytes)) {
      return parseLine(await isolated({ kind: "bytes", bytes, path: path ?? "stdin" }, settings));
    }
    return withTimeout(parsePlan(bytes, { ...settings, ...(path ? { path } : {}) }), limits.timeoutMs);
  }
  const info = await stat(input).catch(() => undefined);
  if (info?.isFile() && (info.size > ISOLATED_ABOVE_BYTES || ISOLATED_EXTENSIONS.has(extname(input).toLowerCase()))) {
    // Checked here as parsePlan would: a file over --max-size is refused before a worker starts.
    if (info.size > limits.maxBytes) return parsePlan(input, settings);
    return parseLine(await isolated({ kind: "path", path: input }, settings));
  }
  return withTimeout(parsePlan(input, settings), limits.timeoutMs);
}

async function isolated(...args: Parameters<typeof import("../batch/isolated.js").parseIsolated>): Promise<string> {
  const { parseIsolated } = await import("../batch/isolated.js");
  return parseIsolated(...args);
}

function parseLine(line: string): PlanDocument {
  return JSON.parse(line) as PlanDocument;
}

/** PDF and zip (DOCX) signatures: bytes whose memory does not follow their size. */
function looksCompressed(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-") || head.startsWith("PK\x03\x04") || head.startsWith("\xd0\xcf\x11\xe0");
}

/** All of stdin, refused past --max-size (a reader of an endless pipe must not grow without bound). */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new LimitError(`${maxBytes} bytes`, "--max-size", `stdin gave more than ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function withTimeout<T>(work: Promise<T>, milliseconds: number): Promise<T> {
  if (milliseconds <= 0) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InputError(`took longer than ${milliseconds / 1000} s (limit: --timeout)`)), milliseconds);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
