import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { PlanDocument, Task } from "../../src/schema/plan.js";
import { TASK_COLUMNS, formatCsv, neutralizeFormula } from "../../src/write/csv.js";

function task(overrides: Partial<Task>): Task {
  return {
    id: "t001",
    origin: "appendix",
    kind: "task",
    table: "T1",
    area: "procedures",
    areaLabel: "Cải cách TTHC",
    subArea: null,
    objective: null,
    number: "3",
    task: "Thực hiện rà soát, kiến nghị",
    parent: null,
    activities: [],
    products: ["Quyết định", "Báo cáo"],
    lead: ["Văn phòng UBND tỉnh"],
    partners: ["Sở, ban ngành", "UBND cấp huyện"],
    deadline: { raw: "Hàng quý", start: "2021-01-01", end: "2021-12-31", recurrence: "quarterly", items: [{ raw: "Hàng quý", start: "2021-01-01", end: "2021-12-31" }] },
    budget: null,
    extra: { "Ghi chú": "x" },
    source: { line: 12 },
    ...overrides,
  };
}

function document(path: string, tasks: Task[]): PlanDocument {
  return { source: { path }, tables: [{ id: "T1", title: "PHÂN CÔNG NHIỆM VỤ" }], tasks } as unknown as PlanDocument;
}

describe("formatCsv", () => {
  it("starts with a BOM, flattens nested fields and joins lists with '; '", () => {
    const csv = formatCsv([document("a.txt", [task({})])]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual([...TASK_COLUMNS]);
    const row = Object.fromEntries(rows[0]!.map((name, i) => [name, rows[1]![i]]));
    expect(row).toMatchObject({
      kind: "task",
      table: "T1",
      "table.title": "PHÂN CÔNG NHIỆM VỤ",
      products: "Quyết định; Báo cáo",
      partners: "Sở, ban ngành; UBND cấp huyện",
      "deadline.start": "2021-01-01",
      "deadline.recurrence": "quarterly",
      extra: "Ghi chú: x",
      "source.line": "12",
      "source.page": "",
    });
  });
  it("quotes commas, quotes and newlines (RFC 4180) so they round-trip", () => {
    const tricky = 'Nội dung "trích dẫn", dòng\nmới';
    const rows = parse(formatCsv([document("a.txt", [task({ task: tricky })])]).slice(1)) as string[][];
    expect(rows[1]![TASK_COLUMNS.indexOf("task")]).toBe(tricky);
  });
  it("starts every row with its provenance, one plan or many: file, plan number, issuer, year", () => {
    const plan = { ...document("plans/a.docx", [task({ number: "2.10" })]), meta: { number: "07/KH-UBND", issuer: "UBND huyện Thanh Trì", year: 2023 } } as PlanDocument;
    const rows = parse(formatCsv([plan]).slice(1)) as string[][];
    expect(rows[0]!.slice(0, 4)).toEqual(["file", "meta.number", "meta.issuer", "meta.year"]);
    expect(rows[1]!.slice(0, 4)).toEqual(["plans/a.docx", "07/KH-UBND", "UBND huyện Thanh Trì", "2023"]);
    expect(rows[1]![TASK_COLUMNS.indexOf("number")]).toBe("2.10");
  });
  it("adds a leading file column in batch output", () => {
    const csv = formatCsv([document("a.txt", [task({})]), document("b.docx", [task({ id: "t001" })])]);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]![0]).toBe("file");
    expect(rows.slice(1).map((r) => r[0])).toEqual(["a.txt", "b.docx"]);
  });
  it.each(["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx"])("neutralises a cell starting %j", (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
    const rows = parse(formatCsv([document("a.txt", [task({ task: value })])]).slice(1), { relax_quotes: true }) as string[][];
    expect(rows[1]![TASK_COLUMNS.indexOf("task")]!.startsWith("'")).toBe(true);
  });
  it("leaves ordinary text alone", () => {
    expect(neutralizeFormula("Sở Nội vụ")).toBe("Sở Nội vụ");
  });
});
