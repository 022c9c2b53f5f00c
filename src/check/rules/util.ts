/** Small helpers shared by rules. */
import type { PlanDocument, Task } from "../../schema/plan.js";
import type { RuleFinding, Where } from "../types.js";

/** "task 3 (Rà soát thủ tục…)" : how a finding names a task. */
export function taskLabel(task: Task): string {
  const text = task.task.length > 60 ? `${task.task.slice(0, 59)}…` : task.task;
  return `task ${task.number ?? task.id} (${text})`;
}

/** Rules that pass on what the pipeline already diagnosed: one finding per diagnostic of `code`. */
export function findingsFromDiagnostics(document: PlanDocument, code: string): RuleFinding[] {
  return document.diagnostics
    .filter((d) => d.code === code)
    .map((d) => ({ message: d.message, ...(d.where ? { where: d.where } : {}) }));
}

export function sameWhere(a: Where | undefined, b: Where | undefined): boolean {
  return (a?.page ?? null) === (b?.page ?? null) && (a?.line ?? null) === (b?.line ?? null);
}
