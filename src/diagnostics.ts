/**
 * Messages are values (mammoth's `Result`, unified's `vfile.messages`): every stage returns what it built plus
 * positioned diagnostics. This module imports nothing, so every stage can use it without reaching up.
 */

/** Where something came from: 1-based page (paged formats) and 1-based line (text formats, or line order in a page). */
export interface Position {
  page?: number;
  line?: number;
}

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  where?: Position;
}

/** What every stage returns: its value plus the diagnostics it raised. */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export function result<T>(value: T, diagnostics: Diagnostic[] = []): Result<T> {
  return { value, diagnostics };
}

/** The value transformed, the diagnostics kept. */
export function mapResult<T, U>(from: Result<T>, transform: (value: T) => U): Result<U> {
  return { value: transform(from.value), diagnostics: from.diagnostics };
}

/** Several results as one: their values in order, their diagnostics concatenated. */
export function combineResults<T>(results: Result<T>[]): Result<T[]> {
  return { value: results.map((r) => r.value), diagnostics: results.flatMap((r) => r.diagnostics) };
}
