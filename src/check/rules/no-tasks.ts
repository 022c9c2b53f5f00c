import type { Rule } from "../types.js";

export const noTasks: Rule = {
  id: "no-tasks",
  defaultSetting: "error",
  description: "The plan yields no task: no appendix task table and no numbered task section were found.",
  check: (document) =>
    document.tasks.length === 0 ? [{ message: "no tasks found: no appendix task table (PHỤ LỤC) and no numbered task section" }] : [],
};
