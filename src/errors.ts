/**
 * The errors that end a run, in one module that imports nothing. Everything else a stage finds is a diagnostic.
 * - `InputError`: the input cannot be read at all; its message is a single line the CLI prints after the file name.
 * - `LimitError`: a configured limit was exceeded; the message names the limit and the flag that raises it.
 * - `UsageError`: bad command-line usage.
 * - `OutputError`: an output could not be written (a full disk, a read-only folder, a closed pipe); it names the
 *   output, never an input, and ends the run: nothing more can be delivered.
 * The CLI maps each to its exit code (`cli/exit.ts`).
 */
export class InputError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "InputError";
  }
}

export class LimitError extends InputError {
  constructor(
    readonly limit: string,
    readonly flag: string,
    detail: string,
  ) {
    super(`${detail} (limit: ${limit}; raise it with ${flag})`);
    this.name = "LimitError";
  }
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = "OutputError";
  }
}

/** A file-system error as the one line a user reads after the file name. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many symbolic links (a loop?)";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EROFS":
      return "read-only file system";
    case "EPIPE":
      return "closed by the reader before all output was written";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    default:
      return error instanceof Error ? error.message.split("\n")[0]! : String(error);
  }
}
