import type { Rule } from "../types.js";

export const noTasks: Rule = {
  id: "no-tasks",
  defaultSetting: "error",
  description: "The plan yields no task: no appendix task table and no numbered task section were found.",
  // A file that is neither a Kế hoạch nor a Quyết định and assigns nothing is no plan at all (a README, notes): not a
  // plan without tasks. A batch counts it apart as `not-a-plan` (batch/report.ts); the check is silent on it.
  check: (document) =>
    document.tasks.length === 0 && document.meta.docType !== "other"
      ? [{ message: "no tasks found: no appendix task table (PHỤ LỤC) and no numbered task section" }]
      : [],
};
