/**
 * tasks.csv (CONTRACT.md "CSV"): one line per task, UTF-8 with a byte-order mark so Excel shows Vietnamese, RFC 4180
 * quoting (csv-stringify), nested fields flattened, lists joined with "; ", a leading `file` column in batch output,
 * and cells that a spreadsheet would run as a formula neutralised.
 */
import { stringify } from "csv-stringify/sync";
import type { PlanDocument, Task } from "../schema/plan.js";
import { ROLE_FIELDS } from "../schema/roles.js";

/** The record's keys, then one column per Task field a table column fills (the role table's order), then its source. */
export const TASK_COLUMNS: readonly string[] = ["id", "origin", "kind", "table", "table.title", ...ROLE_FIELDS, "source.page", "source.line"];

const BOM = "\ufeff";
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes Excel and Calc show the text instead of evaluating it. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A field of the task by its dotted path, as one cell: lists joined with "; ", deadline items by their text. */
function cellOf(task: Task, column: string, tableTitle: string | null): string | number | null | undefined {
  if (column === "table.title") return tableTitle;
  if (column === "extra") {
    return Object.entries(task.extra)
      .map(([k, v]) => `${k}: ${v}`)
      .join("; ");
  }
  let value: unknown = task;
  for (const key of column.split(".")) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
  if (Array.isArray(value)) return value.map((item) => (typeof item === "string" ? item : String((item as { raw: string }).raw))).join("; ");
  return value as string | number | null | undefined;
}

function taskRow(task: Task, tableTitle: string | null): string[] {
  return TASK_COLUMNS.map((column) => {
    const c = cellOf(task, column, tableTitle);
    return neutralizeFormula(c === null || c === undefined ? "" : String(c));
  });
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
