/** Applies the rules to one parsed plan. Pure: the same document and settings give the same findings. */
import type { PlanDocument } from "../schema/plan.js";
import { RULES } from "./rules/index.js";
import type { Finding, RuleSetting } from "./types.js";

/** Each rule's setting: the given one, else its default. */
export function effectiveSettings(overrides: Partial<Record<string, RuleSetting>> = {}): Record<string, RuleSetting> {
  return Object.fromEntries(RULES.map((rule) => [rule.id, overrides[rule.id] ?? rule.defaultSetting]));
}

/** Findings of the rules that are not off, ordered by position (file-wide ones first), then by rule. */
export function lintDocument(document: PlanDocument, settings: Partial<Record<string, RuleSetting>> = {}): Finding[] {
  const effective = effectiveSettings(settings);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = effective[rule.id];
    if (setting === "off" || setting === undefined) continue;
    for (const found of rule.check(document)) {
      findings.push({ ruleId: rule.id, severity: setting === "error" ? "error" : "warning", message: found.message, ...(found.where ? { where: found.where } : {}) });
    }
  }
  const key = (f: Finding) => [f.where?.page ?? 0, f.where?.line ?? 0];
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => {
      const [pa, la] = key(a.finding);
      const [pb, lb] = key(b.finding);
      return pa! - pb! || la! - lb! || a.order - b.order;
    })
    .map(({ finding }) => finding);
}
