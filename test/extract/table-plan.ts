/** Builds small whole plans around one table, as Markdown or HTML, for table tests that run the whole pipeline. */
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

/** A Markdown plan: the header text, then the table's lines. */
export function markdownPlan(head: string, lines: string[]): Promise<PlanDocument> {
  return parsePlan(Buffer.from(`${head}${lines.join("\n")}\n`, "utf8"), { path: "plan.md" });
}

/** An HTML plan: the header text's paragraphs, then `before` (e.g. a heading), then the table's rows. */
export function htmlPlan(head: string, table: string, before = ""): Promise<PlanDocument> {
  const paragraphs = head.split("\n\n").map((p) => (p.trim() === "" ? "" : `<p>${p}</p>`)).join("\n");
  return parsePlan(Buffer.from(`<html><body>${paragraphs}${before}<table>${table}</table></body></html>`, "utf8"), { path: "plan.html" });
}

/** One Markdown table row, and the rule under a header of `width` columns. */
export const row = (...cells: string[]) => `| ${cells.join(" | ")} |`;
export const rule = (width: number) => `|${" --- |".repeat(width)}`;
