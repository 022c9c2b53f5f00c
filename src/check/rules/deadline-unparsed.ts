import type { Rule, RuleFinding } from "../types.js";
import { sameWhere, taskLabel } from "./util.js";

/**
 * A task whose deadline cell has text but no date and no recurrence could be read from it; then any item-level
 * `deadline-unparsed` diagnostic of the pipeline at a position not already reported (one item of several unread).
 */
export const deadlineUnparsed: Rule = {
  id: "deadline-unparsed",
  defaultSetting: "warn",
  description: "A deadline (thời gian hoàn thành) was written but could not be read as dates or a recurrence.",
  check: (document) => {
    const findings: RuleFinding[] = [];
    for (const task of document.tasks) {
      const { raw, start, end, recurrence } = task.deadline;
      if (raw !== null && start === null && end === null && recurrence === null) {
        findings.push({ message: `${taskLabel(task)}: deadline "${raw}" could not be read`, where: task.source });
      }
    }
    for (const diagnostic of document.diagnostics) {
      if (diagnostic.code !== "deadline-unparsed") continue;
      if (findings.some((f) => sameWhere(f.where, diagnostic.where))) continue;
      findings.push({ message: diagnostic.message, ...(diagnostic.where ? { where: diagnostic.where } : {}) });
    }
    return findings;
  },
};
