/** `cchc parse`: one plan to stdout (or -o FILE), or a batch of plans into -o DIR. */
import { fstatSync, writeSync } from "node:fs";
import { stat } from "../file-system.js";
import { parsePlan } from "../pipeline.js";
import { InputError } from "../errors.js";
import { releaseReaders } from "../read/index.js";
import type { PlanDocument } from "../schema/plan.js";
import { BINARY_FORMATS, format } from "../write/index.js";
import { UsageError } from "../errors.js";
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from "./exit.js";
import { limitsFrom } from "./limits.js";
import type { ParseCommandOptions } from "./parse.js";

async function isDirectoryTarget(path: string | undefined, inputs: string[]): Promise<boolean> {
  if (!path) return false;
  if (path.endsWith("/") || inputs.length > 1) return true;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return true;
  const input = await stat(inputs[0]!).catch(() => undefined);
  // A file that exists is a file even when its name holds glob characters ("Kế hoạch [2024] *.txt").
  return input?.isDirectory() === true || (input?.isFile() !== true && /[*?[{]/.test(inputs[0]!)) || /\.zip$/i.test(inputs[0]!);
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
  if (await isDirectoryTarget(options.output, inputs)) {
    const { runBatch } = await import("../batch/run.js");
    return runBatch(inputs, { ...options, output: options.output!, limits });
  }
  if (inputs.length !== 1) throw new UsageError("several inputs need -o DIR (a batch writes one output per plan)");
  const input = inputs[0]!;
  // Refused before parsing: a workbook's bytes would only garble the terminal.
  if (!options.output && BINARY_FORMATS.includes(options.format) && (await import("node:tty")).isatty(1)) {
    throw new UsageError(`-f ${options.format} writes a binary file: give -o FILE or redirect stdout`);
  }
  const inputInfo = await stat(input).catch(() => undefined);
  if (inputInfo?.isDirectory()) throw new UsageError(`${input} is a folder: give -o DIR to convert a folder of plans`);
  let document: PlanDocument;
  try {
    document = await withTimeout(
      parsePlan(input, { ocr: options.ocr, ocrEngine: options.ocrEngine, limits, ...(options.password ? { password: options.password } : {}) }),
      limits.timeoutMs,
    );
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`cchc: ${input}: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  }
  const text = await format(options.format, [document]);
  if (options.output) {
    // Loaded here: the atomic writer brings node:fs/promises, which stdout output does not need (src/file-system.ts).
    const { writeFileAtomic } = await import("../write/atomic.js");
    await writeFileAtomic(options.output, text);
  } else {
    await writeStdout(text);
  }
  if (!options.quiet && stderrIsTerminal()) {
    // Loaded here: chalk's colour detection costs every start that has no terminal to colour.
    const { summaryLines } = await import("./summary.js");
    process.stderr.write(`${summaryLines(document, input).join("\n")}\n`);
  }
  return document.diagnostics.some((d) => d.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * Resolves when the data is handed to the OS, so a closed pipe (`| head`) ends quietly. A file or a terminal (or
 * /dev/null) is written straight to its descriptor, as Node's stream for those would do synchronously anyway:
 * creating that stream costs a start ~4 ms. Pipes get the stream: a pipe may be non-blocking, and a closed one must
 * end quietly (bin/cchc.cjs).
 */
function writeStdout(text: string | Uint8Array): Promise<void> {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  let written = 0;
  if (isFileOrTerminal(1)) {
    try {
      while (written < bytes.length) written += writeSync(1, bytes, written);
      return Promise.resolve();
    } catch (error) {
      // A terminal left non-blocking by another process: the stream waits for it.
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
    }
  }
  return new Promise((resolve) => {
    process.stdout.write(bytes.subarray(written), () => resolve());
  });
}

/** Asked of the descriptor first: process.stderr.isTTY creates the stream, which for a pipe loads net and tty. */
function stderrIsTerminal(): boolean {
  return describe(2) === "device" && process.stderr.isTTY === true;
}

function isFileOrTerminal(fd: number): boolean {
  const kind = describe(fd);
  // Windows terminals take UTF-16 through the stream; bytes written to them directly come out in the code page.
  return kind === "file" || (kind === "device" && process.platform !== "win32");
}

function describe(fd: number): "file" | "device" | "other" {
  try {
    const info = fstatSync(fd);
    return info.isFile() ? "file" : info.isCharacterDevice() ? "device" : "other";
  } catch {
    return "other";
  }
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
