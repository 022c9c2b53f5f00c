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

export interface CheckJob {
  mode: "check";
  input: JobInput;
  settings: ParseSettings;
  rules: Record<string, RuleSetting>;
}

export type Job = ConvertJob | CheckJob;

export interface DiagnosticCounts {
  error: number;
  warning: number;
  info: number;
}

export interface ParsedSummary {
  tasks: number;
  sections: number;
  diagnostics: DiagnosticCounts;
}

export type JobResult =
  | ({ outcome: "parsed" | "reused"; sha256: string; csvRows: string; sheet: PlanSheetData } & ParsedSummary)
  | { outcome: "checked"; findings: Finding[] }
  | { outcome: "failed"; reason: string; sha256: string | null };

