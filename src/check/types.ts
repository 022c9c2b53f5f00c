/** What a lint rule is and what it finds. Rules are pure functions of a parsed plan: they never see the input. */
import type { PlanDocument } from "../schema/plan.js";

/** How a rule is configured: ESLint's three words. */
export const RULE_SETTINGS = ["off", "warn", "error"] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/** Where in the input a finding points (the document model's positions: 1-based page and line). */
export interface Where {
  page?: number;
  line?: number;
}

/** What a rule reports, before its configured severity is attached. */
export interface RuleFinding {
  message: string;
  where?: Where;
}

export interface Rule {
  id: string;
  defaultSetting: RuleSetting;
  description: string;
  check(document: PlanDocument): RuleFinding[];
}

export type FindingSeverity = "error" | "warning";

export interface Finding {
  ruleId: string;
  severity: FindingSeverity;
  message: string;
  where?: Where;
}

/** One input's outcome: its findings, or why it could not be read at all. */
export interface FileResult {
  file: string;
  status: "checked" | "failed";
  /** The input's format (`source.format`): what its positions count (see describeWhere). */
  format?: string;
  reason?: string;
  findings: Finding[];
}

/** A rule as the reporters list it: its effective setting for this run. */
export interface RuleInfo {
  id: string;
  description: string;
  setting: RuleSetting;
}

/** Everything a reporter needs: reporters are pure functions of this. */
export interface CheckReport {
  toolVersion: string;
  rules: RuleInfo[];
  results: FileResult[];
}

/** Whether a format's positions are lines of the file itself, which an editor or a CI annotation can go to. */
export function hasTextLines(format: string | undefined): boolean {
  return format === undefined || format === "txt" || format === "md" || format === "html";
}

/**
 * A finding's position as a person finds it: "line 12" in a text file; "page 3, line 12" in a PDF (the line on the
 * page); "paragraph/row 87" in a Word file, whose positions count its paragraphs and table rows from the top (Word
 * has no reliable pages or lines), "page 2, paragraph/row 87" where a page break says the page; "" for none.
 */
export function describeWhere(where: Where | undefined, format?: string): string {
  if (!where) return "";
  const parts: string[] = [];
  if (where.page !== undefined) parts.push(`page ${where.page}`);
  if (where.line !== undefined) parts.push(format === "docx" || format === "doc" ? `paragraph/row ${where.line}` : `line ${where.line}`);
  return parts.join(", ");
}
