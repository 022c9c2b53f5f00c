/**
 * tasks.csv: one line per task, UTF-8 with a byte-order mark so Excel shows Vietnamese, RFC 4180 quoting
 * (csv-stringify), the columns of columns.ts (provenance first, nested fields flattened, lists joined with "; "), and
 * cells that a spreadsheet would run as a formula neutralised.
 */
import { stringify } from "csv-stringify/sync";
import type { PlanDocument } from "../schema/plan.js";
import { type CellValue, TASK_COLUMN_NAMES, taskRows } from "./columns.js";

/** The header of tasks.csv. */
export const TASK_COLUMNS: readonly string[] = TASK_COLUMN_NAMES;

const BOM = "\ufeff";
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes Excel and Calc show the text instead of evaluating it. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvCell(value: CellValue): string {
  return neutralizeFormula(value === null ? "" : String(value));
}

export interface CsvOptions {
  /** @deprecated Every row starts with its `file` column now, one plan or many; the option is ignored. */
  withFile?: boolean;
  /** Write the byte-order mark (true for a whole file; false when appending to one). */
  bom?: boolean;
  header?: boolean;
}

/** Rows already made by `taskRows` (a batch's worker makes them once for tasks.csv and tasks.xlsx). */
export function formatCsvRows(rows: readonly (readonly CellValue[])[], options: Omit<CsvOptions, "withFile"> = {}): string {
  const lines: string[][] = [];
  if (options.header ?? true) lines.push([...TASK_COLUMN_NAMES]);
  for (const row of rows) lines.push(row.map(csvCell));
  const body = lines.length ? stringify(lines, { record_delimiter: "\r\n", quoted_match: /[",\r\n]/ }) : "";
  return (options.bom ?? true ? BOM : "") + body;
}

/** tasks.csv of these plans (an array, even for one plan): a header, then every task of every plan in order. */
export function formatCsv(documents: PlanDocument[], options: CsvOptions = {}): string {
  return formatCsvRows(documents.flatMap((document) => taskRows(document)), options);
}
