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

/** The positions of a finding as text, "line 12", "page 3", "page 3, line 12" or "". */
export function describeWhere(where: Where | undefined): string {
  if (!where) return "";
  const parts: string[] = [];
  if (where.page !== undefined) parts.push(`page ${where.page}`);
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  return parts.join(", ");
}
