/**
 * tasks.xlsx: the tasks of one plan or of a whole batch as a workbook a spreadsheet opens without an import dialog.
 *
 * - `Tasks`: one row per task, the columns of tasks.csv (columns.ts) as typed cells: text stays text ("2.10" is not
 *   the number 2.1), deadline.start/end are date cells, years, pages and lines are numbers.
 * - `Plans`: one row per plan of the run, failed ones too: status, the plan's header, counts, diagnostics by code.
 * - `Agencies`: one row per lead agency across all plans: how many tasks it leads and when they fall due, by quarter
 *   of the plans' periods.
 *
 * Written with exceljs's streaming WorkbookWriter: task rows are committed as they come (a batch never holds its tasks
 * in memory), inline strings instead of a shared-string table (which would hold every distinct text until the end);
 * the Plans and Agencies sheets are small and written at the end.
 */
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { PassThrough, type Writable } from "node:stream";
import type ExcelJS from "exceljs";
// The streaming writer alone: exceljs's entry also loads the in-memory workbook, the readers and the CSV support, more
// than twice the modules to compile in every batch that writes tasks.xlsx.
import WorkbookWriter from "exceljs/lib/stream/xlsx/workbook-writer.js";
import type { PlanDocument } from "../schema/plan.js";
import {
  type CellKind,
  type CellValue,
  type Column,
  PLAN_COLUMNS,
  type PlanSheetData,
  planSheetData,
  planStatus,
  TASK_COLUMNS,
  taskColumnIndex,
  type WorkbookPlan,
} from "./columns.js";

export type { PlanSheetData, WorkbookPlan } from "./columns.js";

/** Excel shows at most this many characters in a cell and reports a longer one as damage. */
export const MAX_CELL_TEXT = 32767;
const DATE_FORMAT = "yyyy-mm-dd";

/**
 * The Agencies sheet: lead agencies counted across plans. Agencies are told apart by their name as written, with
 * case and spacing ignored ("Sở Nội vụ" and "sở nội  vụ" are one agency, shown as first written); a task led jointly
 * counts for each of its leads. A task falls due in the quarter of its deadline's end, unless it recurs (continuous,
 * monthly…), which it does across the whole period: those are counted apart, as are tasks with no end date.
 */
class AgencyTally {
  private readonly agencies = new Map<string, { name: string; tasks: number; plans: Set<number>; quarters: Map<number, number>; recurring: number; undated: number }>();
  private firstYear = Number.POSITIVE_INFINITY;
  private lastYear = Number.NEGATIVE_INFINITY;
  private plans = 0;

  /** Names repeat across thousands of tasks: each spelling is folded once. */
  private readonly keys = new Map<string, string>();

  private keyOf(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      // Vietnamese has no locale-specific case mapping: the plain lower case is the right one.
      key = name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
      this.keys.set(name, key);
    }
    return key;
  }

  private static readonly END = taskColumnIndex("deadline.end");
  private static readonly RECURRENCE = taskColumnIndex("deadline.recurrence");

  add(data: PlanSheetData): void {
    const plan = this.plans++;
    const { periodFrom, periodTo } = data.facts;
    if (periodFrom !== null && periodTo !== null && periodFrom <= periodTo) {
      this.firstYear = Math.min(this.firstYear, periodFrom);
      this.lastYear = Math.max(this.lastYear, periodTo);
    }
    data.rows.forEach((row, index) => {
      const end = row[AgencyTally.END];
      const recurring = row[AgencyTally.RECURRENCE] !== null;
      const quarter = typeof end === "string" && !recurring ? quarterOf(end) : null;
      for (const lead of new Set(data.leads[index] ?? [])) {
        const key = this.keyOf(lead);
        if (key === "") continue;
        let agency = this.agencies.get(key);
        if (!agency) {
          agency = { name: lead, tasks: 0, plans: new Set(), quarters: new Map(), recurring: 0, undated: 0 };
          this.agencies.set(key, agency);
        }
        agency.tasks++;
        agency.plans.add(plan);
        if (recurring) agency.recurring++;
        else if (quarter === null) agency.undated++;
        else agency.quarters.set(quarter, (agency.quarters.get(quarter) ?? 0) + 1);
      }
    });
  }

  /** The header and rows: quarters of the plans' periods (all of them, from the first plan year to the last). */
  table(): { columns: Column<CellValue[]>[]; rows: CellValue[][] } {
    const quarters: number[] = [];
    if (this.firstYear <= this.lastYear) for (let q = this.firstYear * 4; q < (this.lastYear + 1) * 4; q++) quarters.push(q);
    const first = quarters[0] ?? Number.POSITIVE_INFINITY;
    const last = quarters.at(-1) ?? Number.NEGATIVE_INFINITY;
    const at = (index: number) => (row: CellValue[]) => row[index] ?? null;
    const headers: [string, CellKind, number][] = [
      ["agency", "text", 36],
      ["tasks", "integer", 7],
      ["plans", "integer", 7],
      ...quarters.map((q): [string, CellKind, number] => [`${Math.floor(q / 4)} Q${(q % 4) + 1}`, "integer", 8]),
      ["earlier", "integer", 8],
      ["later", "integer", 7],
      ["recurring", "integer", 9],
      ["no end date", "integer", 11],
    ];
    const columns = headers.map(([name, kind, width], index): Column<CellValue[]> => ({ name, kind, width, value: at(index) }));
    const rows = [...this.agencies.values()]
      .sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name, "vi"))
      .map((agency) => {
        let earlier = 0;
        let later = 0;
        for (const [quarter, count] of agency.quarters) {
          if (quarter < first) earlier += count;
          else if (quarter > last) later += count;
        }
        return [
          agency.name,
          agency.tasks,
          agency.plans.size,
          ...quarters.map((q) => agency.quarters.get(q) ?? 0),
          earlier,
          later,
          agency.recurring,
          agency.undated,
        ];
      });
    return { columns, rows };
  }
}

/** Year × 4 + quarter index of an ISO date. */
function quarterOf(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(iso);
  return match ? Number(match[1]) * 4 + Math.floor((Number(match[2]) - 1) / 3) : null;
}

function cellValue(kind: CellKind, value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === "date" && typeof value === "string") {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    // A UTC midnight: exceljs turns it into a whole serial day number, which every time zone reads as that day.
    if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  }
  if (kind === "integer" && typeof value === "number") return value;
  const text = String(value);
  // An empty text (an empty list) is an empty cell: Excel's "blanks" filter and COUNTA see it as one.
  if (text === "") return null;
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

type Sheet = ExcelJS.Worksheet;

/**
 * One style object per kind of cell, shared by every cell of that kind: exceljs recognises a style object it has seen
 * (a WeakMap) and otherwise renders each cell's style to XML to look its number up, which cost more than writing the
 * cell itself.
 */
const STYLES: Record<CellKind | "header", Partial<ExcelJS.Style>> = {
  text: {},
  integer: {},
  date: { numFmt: DATE_FORMAT },
  header: { font: { bold: true } },
};

function prepareSheet(sheet: Sheet, columns: readonly Pick<Column<never>, "name" | "kind" | "width">[]): void {
  sheet.columns = columns.map((column) => ({ width: Math.max(column.width, column.name.length + 2) }));
  const header = sheet.addRow(columns.map((column) => column.name));
  columns.forEach((_, index) => {
    header.getCell(index + 1).style = STYLES.header;
  });
  header.commit();
}

function addRow(sheet: Sheet, columns: readonly Pick<Column<never>, "kind">[], values: readonly CellValue[]): void {
  const row = sheet.addRow(columns.map((column, index) => cellValue(column.kind, values[index] ?? null)));
  columns.forEach((column, index) => {
    row.getCell(index + 1).style = STYLES[column.kind];
  });
  row.commit();
}

interface FilterName {
  name: "_xlnm._FilterDatabase";
  localSheetId: number;
  ranges: string[];
}

/** A1-style name of a column number (1 → A, 27 → AA). */
function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function finishSheet(sheet: Sheet, columnCount: number, rowCount: number): FilterName {
  // The filter covers the data written, so that Excel and Calc sort and filter every row, not only the header.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rowCount + 1, column: columnCount } };
  sheet.commit();
  return { name: "_xlnm._FilterDatabase", localSheetId: sheet.id - 1, ranges: [`${sheet.name}!$A$1:$${columnLetters(columnCount)}$${rowCount + 1}`] };
}

/**
 * LibreOffice shows a sheet's autofilter only when the workbook also defines the sheet's hidden `_xlnm._FilterDatabase`
 * name, as Excel writes it. exceljs's public `definedNames.add` cannot say which sheet a name belongs to
 * (`localSheetId`), which its writer otherwise supports: the names are handed to it through the model it reads at
 * commit. Should a later exceljs keep them elsewhere, the filters stay (Excel needs no name) and the LibreOffice test
 * says so.
 */
function defineFilterNames(workbook: ExcelJS.stream.xlsx.WorkbookWriter, names: FilterName[]): void {
  const holder = workbook as unknown as { _definedNames?: { model: unknown } };
  if (!holder._definedNames || !Array.isArray(holder._definedNames.model)) return;
  const others = holder._definedNames.model as unknown[];
  Object.defineProperty(holder, "_definedNames", { value: { model: [...others, ...names] } });
}

/** Streams a workbook into `stream`: plans go in one by one, `finish` writes the small sheets and closes the file. */
export class TasksWorkbookWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly tasks: Sheet;
  private readonly plans: Sheet;
  private readonly agencies: Sheet;
  private readonly planRows: CellValue[][] = [];
  private readonly tally = new AgencyTally();
  private taskCount = 0;

  constructor(stream: Writable) {
    this.workbook = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    this.workbook.creator = "cchc";
    const frozen = { views: [{ state: "frozen" as const, ySplit: 1, xSplit: 0 }] };
    this.tasks = this.workbook.addWorksheet("Tasks", frozen);
    this.plans = this.workbook.addWorksheet("Plans", frozen);
    this.agencies = this.workbook.addWorksheet("Agencies", frozen);
    prepareSheet(this.tasks, TASK_COLUMNS);
  }

  addPlan(plan: WorkbookPlan): void {
    this.planRows.push(PLAN_COLUMNS.map((column) => column.value({ plan, facts: plan.data?.facts ?? null })));
    if (!plan.data) return;
    for (const row of plan.data.rows) addRow(this.tasks, TASK_COLUMNS, row);
    this.taskCount += plan.data.rows.length;
    this.tally.add(plan.data);
  }

  /** Writes the Plans and Agencies sheets and the workbook's closing parts; resolves when the stream is finished. */
  async finish(): Promise<void> {
    const filters = [finishSheet(this.tasks, TASK_COLUMNS.length, this.taskCount)];
    prepareSheet(this.plans, PLAN_COLUMNS);
    for (const row of this.planRows) addRow(this.plans, PLAN_COLUMNS, row);
    filters.push(finishSheet(this.plans, PLAN_COLUMNS.length, this.planRows.length));
    const { columns, rows } = this.tally.table();
    prepareSheet(this.agencies, columns);
    for (const row of rows) addRow(this.agencies, columns, row);
    filters.push(finishSheet(this.agencies, columns.length, rows.length));
    defineFilterNames(this.workbook, filters);
    await this.workbook.commit();
  }
}

/**
 * tasks.xlsx written beside its final path and renamed into place by `commit`, as tasks.csv is: a run that stops
 * leaves no half-written workbook.
 */
export class TasksWorkbookFile {
  readonly temporaryPath: string;
  private readonly writer: TasksWorkbookWriter;
  private readonly closed: Promise<void>;

  constructor(readonly path: string) {
    this.temporaryPath = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    const stream = createWriteStream(this.temporaryPath);
    this.closed = new Promise((resolve, reject) => {
      stream.once("close", resolve);
      stream.once("error", reject);
    });
    // A write error (a full disk) is reported by commit(); until then it must not count as an unhandled rejection.
    this.closed.catch(() => undefined);
    this.writer = new TasksWorkbookWriter(stream);
  }

  addPlan(plan: WorkbookPlan): void {
    this.writer.addPlan(plan);
  }

  async commit(): Promise<void> {
    await this.writer.finish();
    await this.closed;
    await rename(this.temporaryPath, this.path);
  }

  async abort(): Promise<void> {
    await this.writer.finish().catch(() => undefined);
    await this.closed.catch(() => undefined);
    await rm(this.temporaryPath, { force: true });
  }
}

/** The workbook of these plans (`cchc parse plan.pdf -f xlsx`), in memory. */
export async function formatXlsx(documents: PlanDocument[]): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.once("end", resolve);
    sink.once("error", reject);
  });
  const writer = new TasksWorkbookWriter(sink);
  for (const document of documents) {
    writer.addPlan({ file: document.source.path ?? "", status: planStatus(document), reason: null, data: planSheetData(document) });
  }
  await writer.finish();
  await ended;
  return Buffer.concat(chunks);
}
