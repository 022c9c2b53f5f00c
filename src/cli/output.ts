/**
 * Where a single-file command's data goes: stdout, or -o FILE. Every failure to write (a full disk, a read-only
 * folder, a reader that closed the pipe) becomes an OutputError naming the output: one line, exit 2 (main.ts).
 */
import { fstatSync, writeSync } from "node:fs";
import { describeFsError, OutputError } from "../errors.js";
import { stat } from "../file-system.js";

/**
 * -o FILE: written atomically (a temporary file beside it, renamed over it), so a reader never sees half a file and a
 * failure leaves the old one. A device or a FIFO (`-o /dev/stdout`, a named pipe) cannot be renamed over: it is
 * written directly.
 */
export async function writeOutputFile(path: string, data: string | Uint8Array): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  try {
    if (info && !info.isFile() && !info.isDirectory()) {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(path, data);
    } else {
      // Loaded here: the atomic writer brings node:fs/promises, which stdout output does not need (src/file-system.ts).
      const { writeFileAtomic } = await import("../write/atomic.js");
      await writeFileAtomic(path, data);
    }
  } catch (error) {
    throw new OutputError(path, describeFsError(error));
  }
}

/**
 * Resolves when the data is handed to the OS. A file or a terminal (or /dev/null) is written straight to its
 * descriptor, as Node's stream for those would do synchronously anyway; creating the stream costs every start a few
 * milliseconds. Pipes get the stream: a pipe may be non-blocking. A reader that closes the pipe early (`| head`) is an output
 * failure like any other: the data was not all delivered (README, "Exit codes").
 */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  let written = 0;
  if (isFileOrTerminal(1)) {
    try {
      while (written < bytes.length) written += writeSync(1, bytes, written);
      return Promise.resolve();
    } catch (error) {
      // A terminal left non-blocking by another process: the stream waits for it.
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") return Promise.reject(new OutputError("stdout", describeFsError(error)));
    }
  }
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => reject(new OutputError("stdout", describeFsError(error)));
    process.stdout.once("error", failed);
    process.stdout.write(bytes.subarray(written), (error) => {
      if (error) return failed(error);
      process.stdout.removeListener("error", failed);
      resolve();
    });
  });
}

/** Asked of the descriptor first: process.stderr.isTTY creates the stream, which for a pipe loads net and tty. */
export function stderrIsTerminal(): boolean {
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
