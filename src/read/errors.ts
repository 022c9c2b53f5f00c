/**
 * The one kind of error a reader may throw: the input cannot be read at all. Its message is a single line that the
 * CLI prints after the file name, and it maps to exit code 2. Everything else a stage finds is a diagnostic.
 */
export class InputError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "InputError";
  }
}

/** A configured limit was exceeded; the message names the limit and the flag that raises it. */
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
