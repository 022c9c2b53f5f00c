/** JSON writers: pure functions of documents (ESLint's formatters are the model). */
import type { PlanDocument } from "../schema/plan.js";

export function formatJson(documents: PlanDocument[]): string {
  const value = documents.length === 1 ? documents[0] : documents;
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One document per line. */
export function formatJsonl(documents: PlanDocument[]): string {
  return documents.map((d) => JSON.stringify(d)).join("\n") + (documents.length ? "\n" : "");
}
