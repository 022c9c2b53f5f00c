/**
 * tasks.xlsx read back: with exceljs (cell types and values), with JSZip (the workbook's own XML: what Excel and
 * LibreOffice read), and with LibreOffice itself where it is installed.
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { PlanDocument, Task } from "../../src/schema/plan.js";
import { TASK_COLUMN_NAMES, planSheetData } from "../../src/write/columns.js";
import { MAX_CELL_TEXT, TasksWorkbookWriter, formatXlsx } from "../../src/write/xlsx.js";

function task(overrides: Partial<Task>): Task {
  return {
    id: "t001",
    origin: "appendix",
    kind: "task",
    table: "T1",
    area: "direction",
    areaLabel: "Công tác chỉ đạo, điều hành",
    subArea: null,
    objective: null,
    number: "1",
    task: "Ban hành kế hoạch",
    parent: null,
    activities: [],
    products: [],
    lead: ["Sở Nội vụ"],
    partners: [],
    deadline: { raw: null, start: null, end: null, recurrence: null, items: [] },
    budget: null,
    extra: {},
    source: { page: 3, line: 40 },
    ...overrides,
  };
}

function deadline(raw: string, start: string | null, end: string | null, recurrence: Task["deadline"]["recurrence"] = null): Task["deadline"] {
  return { raw, start, end, recurrence, items: [{ raw, start, end }] };
}

function plan(path: string, meta: Partial<PlanDocument["meta"]>, tasks: Task[], diagnostics: PlanDocument["diagnostics"] = []): PlanDocument {
  return {
    schemaVersion: "2",
    source: { path, format: "docx", sha256: "0".repeat(64), pages: 5, ocr: false },
    meta: {
      docType: "ke_hoach",
      number: null,
      date: null,
      place: null,
      issuer: null,
      level: null,
      title: null,
      year: null,
      period: null,
      signer: null,
      legalBases: [],
      recipients: [],
      ...meta,
    },
    sections: [],
    tables: [{ id: "T1", where: "appendix", label: "I", title: "PHÂN CÔNG NHIỆM VỤ", reference: null, kind: "task", columns: [] }],
    tasks,
    diagnostics,
  };
}

/** Two plans of 2024 and 2025 and a file that could not be read. */
const a2024 = plan(
  "in/a.docx",
  { number: "12/KH-UBND", issuer: "UBND huyện A", year: 2024, period: { from: 2024, to: 2024 }, date: "2024-01-15", title: "Cải cách hành chính năm 2024" },
  [
    task({ id: "t001", number: "2.10", task: "Kiểm tra công tác CCHC", lead: ["Sở Nội vụ"], deadline: deadline("Quý II/2024", "2024-04-01", "2024-06-30"), products: ["Báo cáo", "Kế hoạch"] }),
    task({ id: "t002", number: "2.1", task: "=1+1", lead: ["Sở Nội vụ", "Văn phòng UBND"], deadline: deadline("Thường xuyên", "2024-01-01", "2024-12-31", "continuous") }),
    task({ id: "t003", number: "3", lead: ["sở  nội vụ"], deadline: deadline("Theo quy định", null, null) }),
    task({ id: "t004", number: "4", lead: ["Văn phòng UBND"], deadline: deadline("31/01 năm liền kề", "2025-01-31", "2025-01-31"), source: { line: 90 } }),
  ],
  [
    { severity: "warning", code: "deadline-unparsed", message: "…" },
    { severity: "warning", code: "deadline-unparsed", message: "…" },
    { severity: "info", code: "cover-document", message: "…" },
  ],
);
const b2025 = plan("in/b.docx", { number: "5/KH-SNV", issuer: "Sở Nội vụ", year: 2025, period: { from: 2025, to: 2025 } }, [
  task({ id: "t001", number: "1", lead: ["Sở Nội vụ"], deadline: deadline("Tháng 12/2025", "2025-12-01", "2025-12-31") }),
  task({ id: "t002", number: "2", lead: ["Sở Tài chính"], deadline: deadline("Trước 15/01/2024", null, "2024-01-15") }),
]);

async function workbookOf(build: (writer: TasksWorkbookWriter) => void): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const writer = new TasksWorkbookWriter(sink);
  build(writer);
  await writer.finish();
  return Buffer.concat(chunks);
}

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A sheet's rows as objects keyed by its header row. */
function records(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Object.fromEntries(header.map((name, i) => [name, row.getCell(i + 1).value ?? null])));
  }
  return rows;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("the workbook of a batch", async () => {
  const bytes = await workbookOf((writer) => {
    writer.addPlan({ file: "a.docx", status: "ok", reason: null, data: planSheetData(a2024, "a.docx") });
    writer.addPlan({ file: "broken.pdf", status: "failed", reason: "not a PDF (no %PDF header)", data: null });
    writer.addPlan({ file: "b.docx", status: "ok", reason: null, data: planSheetData(b2025, "b.docx") });
  });
  const workbook = await read(bytes);
  const tasks = workbook.getWorksheet("Tasks")!;

  it("has the sheets Tasks, Plans and Agencies, in that order", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Tasks", "Plans", "Agencies"]);
  });

  it("Tasks: the CSV's columns, one row per task with its provenance", () => {
    expect((tasks.getRow(1).values as unknown[]).slice(1)).toEqual([...TASK_COLUMN_NAMES]);
    const rows = records(tasks);
    expect(rows).toHaveLength(6);
    expect(rows.map((row) => [row.file, row["meta.number"], row["meta.issuer"], row["meta.year"], row["table.title"]])).toEqual([
      ...Array(4).fill(["a.docx", "12/KH-UBND", "UBND huyện A", 2024, "PHÂN CÔNG NHIỆM VỤ"]),
      ...Array(2).fill(["b.docx", "5/KH-SNV", "Sở Nội vụ", 2025, "PHÂN CÔNG NHIỆM VỤ"]),
    ]);
  });

  it("keeps task numbers as text, dates as date cells, years and lines as numbers", () => {
    const first = tasks.getRow(2);
    const cell = (name: string) => first.getCell(TASK_COLUMN_NAMES.indexOf(name) + 1);
    expect(cell("number").type).toBe(ExcelJS.ValueType.String);
    expect(cell("number").value).toBe("2.10");
    expect(cell("deadline.start").type).toBe(ExcelJS.ValueType.Date);
    expect(cell("deadline.start").value).toEqual(utc(2024, 4, 1));
    expect(cell("deadline.end").value).toEqual(utc(2024, 6, 30));
    expect(cell("deadline.end").numFmt).toBe("yyyy-mm-dd");
    expect(cell("meta.year").type).toBe(ExcelJS.ValueType.Number);
    expect(cell("source.line").value).toBe(40);
    expect(cell("products").value).toBe("Báo cáo; Kế hoạch");
    // An empty list is an empty cell, not an empty string.
    expect(cell("partners").type).toBe(ExcelJS.ValueType.Null);
    // A formula-looking text is a text cell: a workbook needs no apostrophe to keep it from running.
    const formula = tasks.getRow(3).getCell(TASK_COLUMN_NAMES.indexOf("task") + 1);
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.value).toBe("=1+1");
  });

  it("freezes the header row, filters every sheet's data and sizes the columns", () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    expect(tasks.autoFilter).toBe("A1:AC7");
    expect(tasks.getColumn(TASK_COLUMN_NAMES.indexOf("task") + 1).width).toBe(60);
    expect(tasks.getColumn(TASK_COLUMN_NAMES.indexOf("id") + 1).width).toBeLessThan(10);
  });

  it("Plans: one row per plan of the run, failed ones too, with the header, counts and diagnostics by code", () => {
    const rows = records(workbook.getWorksheet("Plans")!);
    expect(rows.map((row) => [row.file, row.status, row.reason])).toEqual([
      ["a.docx", "ok", null],
      ["broken.pdf", "failed", "not a PDF (no %PDF header)"],
      ["b.docx", "ok", null],
    ]);
    expect(rows[0]).toMatchObject({
      "meta.number": "12/KH-UBND",
      "meta.date": utc(2024, 1, 15),
      "meta.title": "Cải cách hành chính năm 2024",
      "meta.period.from": 2024,
      "meta.period.to": 2024,
      "source.format": "docx",
      "source.pages": 5,
      tasks: 4,
      tables: 1,
      errors: 0,
      warnings: 2,
      infos: 1,
      diagnostics: "deadline-unparsed ×2; cover-document",
    });
    expect(rows[1]!["meta.number"]).toBeNull();
  });

  it("Agencies: tasks per lead agency across plans, due by quarter of the plans' periods", () => {
    const sheet = workbook.getWorksheet("Agencies")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    // 2024 and 2025: eight quarters.
    expect(header).toEqual(["agency", "tasks", "plans", "2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4", "2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4", "earlier", "later", "recurring", "no end date"]);
    const rows = records(sheet);
    // Sở Nội vụ: a.t001 (Q2 2024), a.t002 (continuous), a.t003 ("sở  nội vụ", no end date), b.t001 (Q4 2025).
    expect(rows[0]).toEqual({
      agency: "Sở Nội vụ",
      tasks: 4,
      plans: 2,
      "2024 Q1": 0,
      "2024 Q2": 1,
      "2024 Q3": 0,
      "2024 Q4": 0,
      "2025 Q1": 0,
      "2025 Q2": 0,
      "2025 Q3": 0,
      "2025 Q4": 1,
      earlier: 0,
      later: 0,
      recurring: 1,
      "no end date": 1,
    });
    // Văn phòng UBND: a.t002 (continuous, led jointly) and a.t004 (2025-01-31, next year).
    expect(rows[1]).toMatchObject({ agency: "Văn phòng UBND", tasks: 2, plans: 1, recurring: 1, "2025 Q1": 1 });
    expect(rows[2]).toMatchObject({ agency: "Sở Tài chính", tasks: 1, plans: 1, "2024 Q1": 1 });
    expect(rows).toHaveLength(3);
  });

  it("writes what LibreOffice needs to show the filters, and the frozen pane, in the sheets' own XML", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="0">Tasks!$A$1:$AC$7</definedName>');
    expect(book).toContain('localSheetId="1">Plans!$A$1:$V$4<');
    const sheet1 = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet1).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);
    // "2.10" is a string cell (t="str" or an inline string), never a bare number.
    expect(sheet1).toMatch(/<c r="N2" t="(?:str|inlineStr)"><v>2\.10<\/v>|<c r="N2" t="inlineStr"><is><t>2\.10<\/t>/);
    // No shared-string table: the writer keeps nothing per distinct text.
    expect(zip.file("xl/sharedStrings.xml")).toBeNull();
  });
});

describe("formatXlsx", () => {
  it("writes one plan, its file from the document's path", async () => {
    const workbook = await read(Buffer.from(await formatXlsx([a2024])));
    const rows = records(workbook.getWorksheet("Tasks")!);
    expect(rows).toHaveLength(4);
    expect(rows[0]!.file).toBe("in/a.docx");
    expect(records(workbook.getWorksheet("Plans")!)[0]).toMatchObject({ file: "in/a.docx", status: "ok" });
  });

  it("cuts a text longer than a cell holds, with an ellipsis", async () => {
    const long = "x".repeat(MAX_CELL_TEXT + 10);
    const workbook = await read(Buffer.from(await formatXlsx([plan("long.txt", {}, [task({ task: long })])])));
    const value = workbook.getWorksheet("Tasks")!.getRow(2).getCell(TASK_COLUMN_NAMES.indexOf("task") + 1).value as string;
    expect(value).toHaveLength(MAX_CELL_TEXT);
    expect(value.endsWith("…")).toBe(true);
  });

  it("an empty run still makes a valid workbook with headers", async () => {
    const workbook = await read(Buffer.from(await formatXlsx([])));
    expect(workbook.getWorksheet("Tasks")!.rowCount).toBe(1);
    expect((workbook.getWorksheet("Agencies")!.getRow(1).values as unknown[]).slice(1)).toEqual(["agency", "tasks", "plans", "earlier", "later", "recurring", "no end date"]);
  });
});
