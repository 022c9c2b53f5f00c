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

/** A fixture of fixtures/unseen/. */
export const unseenFixture = (name: string) => new URL(`../../fixtures/unseen/${name}`, import.meta.url).pathname;
/** The records of the document's tables (prose duties have tests of their own). */
export const tableTasks = (doc: PlanDocument) => doc.tasks.filter((t) => t.table !== null);
/** How many diagnostics of `code` the document has. */
export const codes = (doc: PlanDocument, code: string) => doc.diagnostics.filter((d) => d.code === code).length;
/** A deadline's dates and recurrence, as records are compared. */
export const when = (start: string | null, end: string | null, recurrence: string | null = null) => ({ start, end, recurrence });

/** A province plan's header up to its first part, for tables that need a plan around them. */
export const PROVINCE_HEAD = [
  "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
  "",
  "Số: 33/KH-UBND",
  "",
  "Phú Thọ, ngày 14 tháng 01 năm 2026",
  "",
  "KẾ HOẠCH",
  "",
  "Cải cách hành chính năm 2026",
  "",
  "I. NHIỆM VỤ",
  "",
].join("\n");
