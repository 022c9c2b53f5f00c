/** Messages between a batch and its worker processes (plain data: they cross Node's IPC channel by structured clone). */
import type { Finding, RuleSetting } from "../check/types.js";
import type { Limits } from "../limits.js";
import type { OcrEngineChoice, OcrMode } from "../read/index.js";
import type { PlanSheetData } from "../write/columns.js";

export type JobInput = { kind: "path"; path: string } | { kind: "bytes"; bytes: Uint8Array; path: string };

export interface ParseSettings {
  ocr: OcrMode;
  ocrEngine?: OcrEngineChoice;
  password?: string;
  limits: Limits;
}

/** Parse, write `outputPath` (atomically) and answer with the plan's tasks.csv rows. */
export interface ConvertJob {
  mode: "convert";
  input: JobInput;
  /** The plan's relative path: the `file` column of tasks.csv. */
  relative: string;
  settings: ParseSettings;
  outputPath: string;
  /** The input hash of the previous run's output, when it may be reused (same cchc version, not failed). */
  reuseIfSha256?: string;
}

/**
 * Parse and lint; only the findings come back. The rules are loaded from `lintModule` (a module URL exporting
 * `lintDocument`, given by the CLI), so the batch machinery does not depend on the checks it runs.
 */
export interface CheckJob {
  mode: "check";
  input: JobInput;
  settings: ParseSettings;
  lintModule: string;
  rules: Record<string, RuleSetting>;
}

/** Parse and answer with the document as one JSON line (`-f jsonl` of many plans to stdout). */
export interface LineJob {
  mode: "line";
  input: JobInput;
  settings: ParseSettings;
}

export type Job = ConvertJob | CheckJob | LineJob;

export interface DiagnosticCounts {
  error: number;
  warning: number;
  info: number;
}

export interface ParsedSummary {
  tasks: number;
  sections: number;
  diagnostics: DiagnosticCounts;
  docType: string;
}

export type JobResult =
  | ({ outcome: "parsed" | "reused"; sha256: string; csvRows: string; sheet: PlanSheetData } & ParsedSummary)
  | ({ outcome: "line"; line: string } & ParsedSummary)
  | { outcome: "checked"; findings: Finding[]; format: string }
  | { outcome: "failed"; reason: string; sha256: string | null }
  /** The plan was read but its output could not be written: the whole run stops (a full disk, a read-only folder). */
  | { outcome: "unwritable"; path: string; reason: string };
