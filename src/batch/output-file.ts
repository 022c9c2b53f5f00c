/**
 * A batch's own outputs (tasks.csv, report.json): streamed into a temporary file beside the target in the batch's
 * order, renamed into place only when complete, so a reader never sees half a file. Written synchronously: the main
 * process writes a few rows per plan, and a failure (a full disk) is then thrown where the write is, as an
 * OutputError naming the target, instead of surfacing later on a stream nobody listens to.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import { describeFsError, OutputError } from "../errors.js";

/** Temporary files of cchc's writers: `.NAME.PID.tmp` (this module) and `.NAME.PID.RANDOM.tmp` (write/atomic.ts). */
export const TEMPORARY_NAME = /^\..+\.\d+(\.[0-9a-f]{8})?\.tmp$/;

export class OutputFile {
  readonly temporary: string;
  private fd: number | undefined;

  constructor(
    readonly path: string,
    private readonly display: string,
  ) {
    this.temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    this.fd = this.attempt(() => openSync(this.temporary, "w"));
  }

  write(text: string): void {
    if (text === "") return;
    const bytes = Buffer.from(text, "utf8");
    let written = 0;
    while (written < bytes.length) written += this.attempt(() => writeSync(this.fd!, bytes, written));
  }

  /** Closes and renames into place. */
  commit(): void {
    this.close();
    this.attempt(() => renameSync(this.temporary, this.path));
  }

  /** Closes and removes the temporary file (nothing is left half-written). */
  discard(): void {
    try {
      this.close();
    } catch {
      // Closing a file on a full disk can fail; it is removed all the same.
    }
    rmSync(this.temporary, { force: true });
  }

  private close(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    this.attempt(() => closeSync(fd));
  }

  private attempt<T>(action: () => T): T {
    try {
      return action();
    } catch (error) {
      throw new OutputError(this.display, describeFsError(error));
    }
  }
}

/** A path for a message: relative to the cwd when it lies below it, as the user most likely typed it. */
export function displayPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd !== "" && !fromCwd.startsWith("..") && !isAbsolute(fromCwd) ? fromCwd : path;
}

/**
 * Makes an output folder (and its parents), failing as an OutputError naming it. A recursive mkdir reports some
 * failures (a read-only file system) as ENOENT; the last step is then retried alone for the real reason.
 */
export function makeOutputFolder(path: string, display: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    let reason = describeFsError(error);
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      try {
        mkdirSync(path);
      } catch (single) {
        reason = describeFsError(single);
      }
    }
    throw new OutputError(display, reason);
  }
}

/**
 * Commits a batch's outputs at its end: the workbook first, since only its writing can still fail for lack of room,
 * then the files that are renamed into place. A workbook that cannot be written is an output error naming it.
 */
export async function commitOutputs(
  workbook: { commit(): Promise<void> },
  workbookPath: string,
  files: readonly OutputFile[],
): Promise<void> {
  try {
    await workbook.commit();
  } catch (error) {
    throw new OutputError(displayPath(workbookPath), describeFsError(error));
  }
  for (const file of files) file.commit();
}
