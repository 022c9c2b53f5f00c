/**
 * Appendix tables whose shapes are hard to read back from a PDF (fixtures/pdf-tables/, made by
 * fixtures/pdf-tables/make/make.sh; what each plan varies is in that folder's README): a table over five pages with
 * its header and "(1) … (6)" rows repeated, the same table printed once in a landscape section, rows cut by a page
 * break under lead and "Kinh phí" cells merged across it, agency columns so narrow that names wrap at every word,
 * a table ruled between rows only and one with no rules at all.
 *
 * Each plan's cells are written in fixtures/pdf-tables/make/content.json, from which the DOCX is made; the records
 * below are what those cells say, as CONTRACT.md reads them (the deadlines, the group labels and the merged cells
 * filled down are written here by hand). Each DOCX is checked against them, then each PDF against its DOCX.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const fixture = (name: string) => new URL(`../../fixtures/pdf-tables/${name}`, import.meta.url).pathname;

const cache = new Map<string, Promise<PlanDocument>>();
function parsed(name: string): Promise<PlanDocument> {
  if (!cache.has(name)) cache.set(name, parsePlan(fixture(name), { ocr: "never" }));
  return cache.get(name)!;
}

interface ContentRow {
  group?: string;
  label?: string;
  task?: string;
  bullets?: string[];
  lead?: string[];
  leadMerge?: "restart" | "continue";
  partners?: string[];
  time?: string;
  products?: string[];
  budget?: string;
  budgetMerge?: "restart" | "continue";
}
interface ContentPlan {
  number: string;
  /** "10/01/2025" */
  appendixDate: string;
  title: string;
  signer: string;
  layout: { rows: string; columns: string[]; budgetByGroup?: string; headerNames?: Record<string, string> };
}
const CONTENT = JSON.parse(readFileSync(fixture("make/content.json"), "utf8")) as { plans: Record<string, ContentPlan> } & Record<string, ContentRow[]>;

/** Group rows "I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH": the label as a record carries it, and its reform area. */
const GROUPS: Record<string, [string, string]> = {
  "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH": ["Công tác chỉ đạo, điều hành", "direction"],
  "CẢI CÁCH THỂ CHẾ": ["Cải cách thể chế", "institutions"],
  "CẢI CÁCH THỦ TỤC HÀNH CHÍNH": ["Cải cách thủ tục hành chính", "procedures"],
  "CẢI CÁCH TỔ CHỨC BỘ MÁY": ["Cải cách tổ chức bộ máy", "organization"],
  "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ": ["Cải cách chế độ công vụ", "civil_service"],
  "CẢI CÁCH TÀI CHÍNH CÔNG": ["Cải cách tài chính công", "public_finance"],
  "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ": ["Xây dựng chính quyền điện tử, chính quyền số", "digital_government"],
};

/** Every "Thời gian" cell of the plans, read by CONTRACT.md's table for a 2025 plan: start, end, recurrence. */
const Y = { start: "2025-01-01", end: "2025-12-31" };
const DEADLINES: Record<string, [string | null, string | null, string | null]> = {
  "Quý I/2025": ["2025-01-01", "2025-03-31", null],
  "Quý II/2025": ["2025-04-01", "2025-06-30", null],
  "Quý III/2025": ["2025-07-01", "2025-09-30", null],
  "Quý IV/2025": ["2025-10-01", "2025-12-31", null],
  "Tháng 02/2025": ["2025-02-01", "2025-02-28", null],
  "Tháng 6/2025": ["2025-06-01", "2025-06-30", null],
  "Tháng 11/2025": ["2025-11-01", "2025-11-30", null],
  "Tháng 12/2025": ["2025-12-01", "2025-12-31", null],
  "6 tháng đầu năm 2025": ["2025-01-01", "2025-06-30", null],
  "Năm 2025": [Y.start, Y.end, null],
  "Thường xuyên": [Y.start, Y.end, "continuous"],
  "Hằng tháng": [Y.start, Y.end, "monthly"],
  "Hằng quý": [Y.start, Y.end, "quarterly"],
  "Hằng năm": [Y.start, Y.end, "yearly"],
  "Trước ngày 15/12/2025": [null, "2025-12-15", null],
  "Trước ngày 30/11/2025": [null, "2025-11-30", null],
};

interface TaskView {
  number: string | null;
  /** Only under a group row: without one, the area is the task's own wording's, which this test does not read. */
  area?: string;
  areaLabel: string | null;
  task: string;
  lead: string[];
  partners: string[];
  deadline: [string | null, string | null, string | null, string | null];
  products: string[];
  budget: string | null;
}

/** The records a plan's table gives, from its cells: numbered 1… through the table, merged cells filled down. */
function expectedTasks(plan: ContentPlan): TaskView[] {
  const out: TaskView[] = [];
  let group: [string, string] | null = null;
  let lead: string[] = [];
  let budget: string | null = null;
  let groupBudget: string | null = null;
  for (const row of CONTENT[plan.layout.rows]!) {
    if (row.group) {
      group = GROUPS[row.label!]!;
      groupBudget = plan.layout.budgetByGroup ?? null;
      continue;
    }
    if (row.leadMerge !== "continue") lead = row.lead!;
    if (row.budgetMerge !== "continue") budget = row.budget ?? null;
    const hasBudget = plan.layout.columns.includes("budget");
    const deadline = DEADLINES[row.time!]!;
    out.push({
      number: String(out.length + 1),
      ...(group ? { area: group[1] } : {}),
      areaLabel: group?.[0] ?? null,
      task: [row.task!, ...(row.bullets ?? []).map((item) => `- ${item}`)].join(" "),
      lead,
      partners: row.partners!,
      deadline: [row.time!, ...deadline],
      products: plan.layout.columns.includes("products") ? row.products! : [],
      budget: hasBudget ? (groupBudget ?? budget) : null,
    });
  }
  return out;
}

const view = (task: PlanDocument["tasks"][number]): TaskView => ({
  number: task.number,
  ...(task.areaLabel !== null ? { area: task.area } : {}),
  areaLabel: task.areaLabel,
  task: task.task,
  lead: task.lead,
  partners: task.partners,
  deadline: [task.deadline.raw, task.deadline.start, task.deadline.end, task.deadline.recurrence],
  products: task.products,
  budget: task.budget,
});

/** The header row's cells, unless a plan's layout names them otherwise. */
const COLUMN_HEADERS: Record<string, string> = {
  number: "TT", task: "Nhiệm vụ", lead: "Cơ quan chủ trì", partners: "Cơ quan phối hợp", time: "Thời gian hoàn thành", products: "Sản phẩm", budget: "Kinh phí",
};

describe("appendix tables that are hard in PDF (fixtures/pdf-tables)", () => {
  for (const [name, plan] of Object.entries(CONTENT.plans)) {
    const place = plan.title.replace(/^Cải cách hành chính huyện (.+) năm 2025$/u, "$1");
    describe(name, () => {
      it("docx: meta, sections, the table and every record as the document reads", async () => {
        const document = await parsed(`${name}.docx`);
        expect(document.meta).toMatchObject({
          docType: "ke_hoach",
          number: plan.number,
          date: plan.appendixDate.split("/").reverse().join("-"),
          place,
          issuer: `UBND huyện ${place}`,
          level: "huyen",
          title: plan.title,
          year: 2025,
          period: { from: 2025, to: 2025 },
          signer: plan.signer,
          legalBases: ["Kế hoạch số 08/KH-UBND ngày 06/01/2025 của UBND tỉnh Hòa Bình về cải cách hành chính năm 2025"],
          recipients: ["Sở Nội vụ", "TT Huyện ủy, TT HĐND huyện", "Các cơ quan, đơn vị thuộc huyện", "UBND các xã, thị trấn", "Lưu: VT"],
        });
        expect(document.sections.map((s) => [s.numeral, s.heading, s.subsections.map((x) => `${x.number} ${x.heading}`)])).toEqual([
          ["I", "MỤC ĐÍCH, YÊU CẦU", ["1 Mục đích", "2 Yêu cầu"]],
          ["II", "NHIỆM VỤ TRỌNG TÂM", []],
          ["III", "TỔ CHỨC THỰC HIỆN", []],
        ]);
        const headers = { ...COLUMN_HEADERS, ...plan.layout.headerNames };
        expect(document.tables).toHaveLength(1);
        expect(document.tables[0]).toMatchObject({
          where: "appendix",
          kind: "task",
          title: "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
          reference: expect.stringMatching(new RegExp(`^Kế hoạch số ${plan.number} ngày \\d\\d/\\d\\d/2025 của UBND huyện ${place}$`, "u")),
          columns: plan.layout.columns.map((column) => headers[column]),
        });
        expect(document.tasks.filter((t) => t.origin === "appendix").map(view)).toEqual(expectedTasks(plan));
      });

      it("the PDF gives what the DOCX gives", async () => {
        const [docx, pdf] = await Promise.all([parsed(`${name}.docx`), parsed(`${name}.pdf`)]);
        expect(pdf.source.format).toBe("pdf");
        expect(pdf.meta).toEqual(docx.meta);
        expect(pdf.sections).toEqual(docx.sections);
        expect(pdf.tables).toEqual(docx.tables);
        const strip = (plan: PlanDocument) => plan.tasks.map(({ source: _source, ...task }) => task);
        expect(strip(pdf)).toEqual(strip(docx));
      });
    });
  }
});
