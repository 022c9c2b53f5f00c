/**
 * The columns of a task row, once for every tabular output: tasks.csv writes them as text, tasks.xlsx as typed cells.
 * A row starts with its provenance (the plan's file, number, issuer and year) so that rows of several plans can be
 * combined and still say where each came from; the table's title stays next to the table's id.
 * The Plans sheet's columns are here too: a batch's worker makes the rows of both (plain data) without loading the
 * workbook writer.
 */
import type { Meta, PlanDocument, Task } from "../schema/plan.js";
import { ROLE_FIELDS } from "../schema/roles.js";

/** How a cell is typed in a workbook: text (even when it looks like a number: "2.10"), a whole number, or a date. */
export type CellKind = "text" | "integer" | "date";

/** A cell as plain data (it crosses a worker's IPC channel): a date is its ISO string, an empty cell null. */
export type CellValue = string | number | null;

export interface Column<Source> {
  /** The header, as in tasks.csv: the JSON field's path with nested fields flattened ("deadline.start"). */
  readonly name: string;
  readonly kind: CellKind;
  /** Width in a workbook, in characters. */
  readonly width: number;
  readonly value: (source: Source) => CellValue;
}

/** What one task row is made from: the task and the plan it belongs to. */
export interface TaskRowSource {
  file: string | null;
  meta: Pick<Meta, "number" | "issuer" | "year">;
  tableTitle: string | null;
  task: Task;
}

const list = (items: readonly string[]): string => items.join("; ");

type TaskColumn = Column<TaskRowSource>;
type CellSpec = Omit<TaskColumn, "name">;

/**
 * How each Task field is written where it is not plain text: its cell kind, its width, and how a list or a record
 * becomes one cell. The columns and their order come from the role table (schema/roles.ts); a field it gains and this
 * table does not know is written as text, read by its dotted path.
 */
const FIELD_CELLS: Record<string, CellSpec> = {
  id: { kind: "text", width: 7, value: (s) => s.task.id },
  origin: { kind: "text", width: 9, value: (s) => s.task.origin },
  kind: { kind: "text", width: 8, value: (s) => s.task.kind },
  table: { kind: "text", width: 6, value: (s) => s.task.table },
  "table.title": { kind: "text", width: 30, value: (s) => s.tableTitle },
  area: { kind: "text", width: 14, value: (s) => s.task.area },
  areaLabel: { kind: "text", width: 24, value: (s) => s.task.areaLabel },
  subArea: { kind: "text", width: 18, value: (s) => s.task.subArea },
  objective: { kind: "text", width: 24, value: (s) => s.task.objective },
  number: { kind: "text", width: 7, value: (s) => s.task.number },
  task: { kind: "text", width: 60, value: (s) => s.task.task },
  parent: { kind: "text", width: 24, value: (s) => s.task.parent },
  activities: { kind: "text", width: 30, value: (s) => list(s.task.activities) },
  products: { kind: "text", width: 30, value: (s) => list(s.task.products) },
  lead: { kind: "text", width: 26, value: (s) => list(s.task.lead) },
  partners: { kind: "text", width: 26, value: (s) => list(s.task.partners) },
  "deadline.raw": { kind: "text", width: 22, value: (s) => s.task.deadline.raw },
  "deadline.start": { kind: "date", width: 11, value: (s) => s.task.deadline.start },
  "deadline.end": { kind: "date", width: 11, value: (s) => s.task.deadline.end },
  "deadline.recurrence": { kind: "text", width: 11, value: (s) => s.task.deadline.recurrence },
  "deadline.items": { kind: "text", width: 22, value: (s) => list(s.task.deadline.items.map((item) => item.raw)) },
  budget: { kind: "text", width: 16, value: (s) => s.task.budget },
  extra: {
    kind: "text",
    width: 24,
    value: (s) =>
      Object.entries(s.task.extra)
        .map(([header, cell]) => `${header}: ${cell}`)
        .join("; "),
  },
  "source.page": { kind: "integer", width: 6, value: (s) => s.task.source.page ?? null },
  "source.line": { kind: "integer", width: 6, value: (s) => s.task.source.line ?? null },
};

/** A field this module has no entry for, read by its dotted path: lists joined with "; ", items by their text. */
function byPath(path: string): CellSpec {
  const keys = path.split(".");
  return {
    kind: "text",
    width: 16,
    value: (s) => {
      let value: unknown = s.task;
      for (const key of keys) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
      if (Array.isArray(value)) return value.map((item) => (typeof item === "string" ? item : String((item as { raw?: unknown }).raw ?? JSON.stringify(item)))).join("; ");
      if (value === undefined || value === null) return null;
      return typeof value === "object" ? JSON.stringify(value) : String(value);
    },
  };
}

const taskColumn = (name: string): TaskColumn => ({ name, ...(FIELD_CELLS[name] ?? byPath(name)) });

/** Provenance (which plan), the record's keys, one column per Task field a table column fills (the role table's order), its source. */
export const TASK_COLUMNS: readonly TaskColumn[] = [
  { name: "file", kind: "text", width: 28, value: (s) => s.file },
  { name: "meta.number", kind: "text", width: 14, value: (s) => s.meta.number },
  { name: "meta.issuer", kind: "text", width: 24, value: (s) => s.meta.issuer },
  { name: "meta.year", kind: "integer", width: 8, value: (s) => s.meta.year },
  ...["id", "origin", "kind", "table", "table.title", ...ROLE_FIELDS, "source.page", "source.line"].map(taskColumn),
];

export const TASK_COLUMN_NAMES: readonly string[] = TASK_COLUMNS.map((column) => column.name);

/** What the Plans sheet shows of a parsed plan: plain data, made wherever the document is (a batch's worker). */
export interface PlanFacts {
  docType: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
  level: string | null;
  title: string | null;
  year: number | null;
  periodFrom: number | null;
  periodTo: number | null;
  format: string;
  pages: number | null;
  ocr: boolean;
  tables: number;
  sections: number;
  tasks: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Diagnostic codes with their counts, most frequent first: "deadline-unparsed ×3; cover-document". */
  diagnostics: string;
}

/** A parsed plan's share of the workbook: its facts, its task rows and each row's lead agencies. */
export interface PlanSheetData {
  facts: PlanFacts;
  rows: CellValue[][];
  leads: string[][];
}

/** One plan of the run as the workbook receives it; `data` is null for a plan that could not be read. */
export interface WorkbookPlan {
  file: string;
  /** ok | partial | failed …, as report.json says. */
  status: string;
  reason: string | null;
  data: PlanSheetData | null;
}

export function planFacts(document: PlanDocument): PlanFacts {
  const codes = new Map<string, number>();
  const severities = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of document.diagnostics) {
    severities[diagnostic.severity]++;
    codes.set(diagnostic.code, (codes.get(diagnostic.code) ?? 0) + 1);
  }
  const { meta, source } = document;
  return {
    docType: meta.docType,
    number: meta.number,
    date: meta.date,
    issuer: meta.issuer,
    level: meta.level,
    title: meta.title,
    year: meta.year,
    periodFrom: meta.period?.from ?? null,
    periodTo: meta.period?.to ?? null,
    format: source.format,
    pages: source.pages,
    ocr: source.ocr,
    tables: document.tables.length,
    sections: document.sections.length,
    tasks: document.tasks.length,
    errors: severities.error,
    warnings: severities.warning,
    infos: severities.info,
    diagnostics: [...codes]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([code, count]) => (count > 1 ? `${code} ×${count}` : code))
      .join("; "),
  };
}

/** A plan's share of the workbook; `file` overrides the document's own path (a batch's relative path). */
export function planSheetData(document: PlanDocument, file: string | null = document.source.path): PlanSheetData {
  return { facts: planFacts(document), rows: taskRows(document, file), leads: document.tasks.map((task) => task.lead) };
}

/** The status a single parse gives a plan, by the batch's rule: usable tasks and no error, else partial. */
export function planStatus(document: PlanDocument): string {
  return document.tasks.length > 0 && !document.diagnostics.some((d) => d.severity === "error") ? "ok" : "partial";
}

interface PlanRowSource {
  plan: WorkbookPlan;
  facts: PlanFacts | null;
}

const fact = <K extends keyof PlanFacts>(key: K) => (s: PlanRowSource): CellValue => {
  const value = s.facts?.[key] ?? null;
  return typeof value === "boolean" ? (value ? "yes" : "no") : value;
};

export const PLAN_COLUMNS: readonly Column<PlanRowSource>[] = [
  { name: "file", kind: "text", width: 32, value: (s) => s.plan.file },
  { name: "status", kind: "text", width: 9, value: (s) => s.plan.status },
  { name: "reason", kind: "text", width: 30, value: (s) => s.plan.reason },
  { name: "meta.docType", kind: "text", width: 10, value: fact("docType") },
  { name: "meta.number", kind: "text", width: 14, value: fact("number") },
  { name: "meta.date", kind: "date", width: 11, value: fact("date") },
  { name: "meta.issuer", kind: "text", width: 26, value: fact("issuer") },
  { name: "meta.level", kind: "text", width: 7, value: fact("level") },
  { name: "meta.title", kind: "text", width: 50, value: fact("title") },
  { name: "meta.year", kind: "integer", width: 8, value: fact("year") },
  { name: "meta.period.from", kind: "integer", width: 8, value: fact("periodFrom") },
  { name: "meta.period.to", kind: "integer", width: 8, value: fact("periodTo") },
  { name: "source.format", kind: "text", width: 7, value: fact("format") },
  { name: "source.pages", kind: "integer", width: 6, value: fact("pages") },
  { name: "source.ocr", kind: "text", width: 5, value: fact("ocr") },
  { name: "tables", kind: "integer", width: 7, value: fact("tables") },
  { name: "sections", kind: "integer", width: 8, value: fact("sections") },
  { name: "tasks", kind: "integer", width: 7, value: fact("tasks") },
  { name: "errors", kind: "integer", width: 7, value: fact("errors") },
  { name: "warnings", kind: "integer", width: 8, value: fact("warnings") },
  { name: "infos", kind: "integer", width: 6, value: fact("infos") },
  { name: "diagnostics", kind: "text", width: 40, value: fact("diagnostics") },
];

/** The index of a task column by name. */
export function taskColumnIndex(name: string): number {
  const index = TASK_COLUMNS.findIndex((column) => column.name === name);
  if (index < 0) throw new Error(`no task column ${name}`);
  return index;
}

/** The task rows of a plan, in document order; `file` overrides the document's own path (a batch's relative path). */
export function taskRows(document: PlanDocument, file: string | null = document.source.path): CellValue[][] {
  const titles = new Map((document.tables ?? []).map((table) => [table.id, table.title]));
  return document.tasks.map((task) => {
    const source: TaskRowSource = { file, meta: document.meta ?? { number: null, issuer: null, year: null }, tableTitle: task.table === null ? null : titles.get(task.table) ?? null, task };
    return TASK_COLUMNS.map((column) => column.value(source));
  });
}
