import type { Rule } from "../types.js";
import { taskLabel } from "./util.js";

export const taskWithoutLead: Rule = {
  id: "task-without-lead",
  defaultSetting: "warn",
  description: "A task names no lead agency (cơ quan chủ trì).",
  check: (document) =>
    document.tasks
      .filter((task) => task.lead.length === 0)
      .map((task) => ({ message: `${taskLabel(task)} has no lead agency (cơ quan chủ trì)`, where: task.source })),
};
