/**
 * tasks.csv (CONTRACT.md "CSV"): one line per task, UTF-8 with a byte-order mark so Excel shows Vietnamese, RFC 4180
 * quoting (csv-stringify), nested fields flattened, lists joined with "; ", a leading `file` column in batch output,
 * and cells that a spreadsheet would run as a formula neutralised.
 */
import { stringify } from "csv-stringify/sync";
import type { PlanDocument, Task } from "../schema/plan.js";

export const TASK_COLUMNS = [
  "id",
  "origin",
  "kind",
  "table",
  "table.title",
  "area",
  "areaLabel",
  "subArea",
  "objective",
  "number",
  "task",
  "parent",
  "activities",
  "products",
  "lead",
  "partners",
  "deadline.raw",
  "deadline.start",
  "deadline.end",
  "deadline.recurrence",
  "deadline.items",
  "budget",
  "extra",
  "source.page",
  "source.line",
] as const;

const BOM = "\ufeff";
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes Excel and Calc show the text instead of evaluating it. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function taskRow(task: Task, tableTitle: string | null): string[] {
  const list = (items: string[]) => items.join("; ");
  const cells: (string | number | null | undefined)[] = [
    task.id,
    task.origin,
    task.kind,
    task.table,
    tableTitle,
    task.area,
    task.areaLabel,
    task.subArea,
    task.objective,
    task.number,
    task.task,
    task.parent,
    list(task.activities),
    list(task.products),
    list(task.lead),
    list(task.partners),
    task.deadline.raw,
    task.deadline.start,
    task.deadline.end,
    task.deadline.recurrence,
    list(task.deadline.items.map((i) => i.raw)),
    task.budget,
    Object.entries(task.extra)
      .map(([k, v]) => `${k}: ${v}`)
      .join("; "),
    task.source.page,
    task.source.line,
  ];
  return cells.map((c) => neutralizeFormula(c === null || c === undefined ? "" : String(c)));
}

export interface CsvOptions {
  /** Batch output: a leading `file` column naming each task's plan. */
  withFile?: boolean;
  /** Write the byte-order mark (true for a whole file; false when appending to one). */
  bom?: boolean;
  header?: boolean;
}

export function formatCsv(documents: PlanDocument[], options: CsvOptions = {}): string {
  const withFile = options.withFile ?? documents.length > 1;
  const rows: string[][] = [];
  if (options.header ?? true) rows.push(withFile ? ["file", ...TASK_COLUMNS] : [...TASK_COLUMNS]);
  for (const document of documents) {
    const titles = new Map((document.tables ?? []).map((table) => [table.id, table.title]));
    for (const task of document.tasks) {
      const row = taskRow(task, task.table === null ? null : titles.get(task.table) ?? null);
      rows.push(withFile ? [neutralizeFormula(document.source.path ?? ""), ...row] : row);
    }
  }
  const body = stringify(rows, { record_delimiter: "\r\n", quoted_match: /[",\r\n]/ });
  return (options.bom ?? true ? BOM : "") + body;
}
