import type { PlanDocument } from "../../schema/plan.js";
import type { Rule, RuleFinding } from "../types.js";
import { taskLabel } from "./util.js";

/** The plan period as ISO dates: `meta.period`, else the plan year, else unknown. */
export function periodDates(document: PlanDocument): { start: string; end: string; label: string } | undefined {
  const period = document.meta.period ?? (document.meta.year !== null ? { from: document.meta.year, to: document.meta.year } : null);
  if (!period) return undefined;
  return {
    start: `${period.from}-01-01`,
    end: `${period.to}-12-31`,
    label: period.from === period.to ? String(period.from) : `${period.from}–${period.to}`,
  };
}

export const deadlineOutsidePeriod: Rule = {
  id: "deadline-outside-period",
  defaultSetting: "warn",
  description: "A task's deadline ends before the plan period starts or after it ends.",
  check: (document) => {
    const period = periodDates(document);
    if (!period) return [];
    const findings: RuleFinding[] = [];
    for (const task of document.tasks) {
      const end = task.deadline.end;
      if (end === null) continue;
      if (end < period.start) findings.push({ message: `${taskLabel(task)}: deadline ${end} is before the plan period ${period.label}`, where: task.source });
      else if (end > period.end) findings.push({ message: `${taskLabel(task)}: deadline ${end} is after the plan period ${period.label}`, where: task.source });
    }
    return findings;
  },
};
