/**
 * Scans of plans whose assignment table is not the seeds' shape and runs across a page break
 * (fixtures/unseen-office/scan/, made by fixtures/unseen-office/make/make-scans.sh from the office PDFs beside them):
 *
 * - u8-quangngai: "Đơn vị thực hiện" over "Chủ trì | Phối hợp", "Lĩnh vực" cells spanning rows (so the rule between
 *   two rows is drawn under the STT cell only), a row cut by the page break, the two-row header repeated; 240 dpi grey,
 *   a blank duplex back.
 * - u9-vanninh: ruled between rows only (no vertical lines), Roman group rows across the row, a lead cell over three
 *   rows, a row cut by the page break, the header repeated; colour, a red received stamp over the issuer's name.
 *
 * Each scan must give the records of its text PDF, whose records test/read/unseen.test.ts checks against values read
 * from the document: the same number of records, and per record the same number, task, group label, lead, partners,
 * products and deadline (start, end, recurrence). The one allowance, for OCR: a tone mark read as another in a name
 * (u9: "Thế thao" for "Thể thao", "TUYẾN TRUYỆN" for "TUYÊN TRUYỀN"), so group labels, leads and partners are compared
 * with tone marks set aside; every other mark and letter must match. Each scan is read once (about 20 s for both).
 */
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePlan, releaseReaders } from "../../src/index.js";
import type { PlanDocument, Task } from "../../src/schema/plan.js";

const office = (name: string) => new URL(`../../fixtures/unseen-office/${name}`, import.meta.url).pathname;
const PLANS = ["u8-quangngai", "u9-vanninh"] as const;
const present = PLANS.every((name) => existsSync(office(`scan/${name}.scan.pdf`)));
if (!present) console.log("office scans skipped: fixtures/unseen-office/scan/*.scan.pdf are missing (run fixtures/unseen-office/make/make-scans.sh)");

/** Tone marks (sắc, huyền, hỏi, ngã, nặng) set aside; the letters and their other marks (â, ê, ơ, ư, đ) kept. */
const withoutTones = (text: string | null): string | null => (text === null ? null : text.normalize("NFD").replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, "").normalize("NFC"));

function view(task: Task) {
  return {
    number: task.number,
    origin: task.origin,
    areaLabel: withoutTones(task.areaLabel),
    task: task.task,
    lead: task.lead.map(withoutTones),
    partners: task.partners.map(withoutTones),
    products: task.products,
    deadline: [task.deadline.start, task.deadline.end, task.deadline.recurrence],
  };
}

describe.runIf(present)("scans of office plans whose table runs across pages", () => {
  const read = new Map<string, { scan: PlanDocument; text: PlanDocument }>();
  beforeAll(async () => {
    for (const name of PLANS) {
      const scan = await parsePlan(new Uint8Array(readFileSync(office(`scan/${name}.scan.pdf`))), { path: `${name}.scan.pdf` });
      const text = await parsePlan(office(`${name}.pdf`), { ocr: "never" });
      read.set(name, { scan, text });
    }
  }, 300_000);
  afterAll(releaseReaders);

  it.each(PLANS)("%s: every record of the text PDF, number, task, group, lead, partners, products and dates", (name) => {
    const { scan, text } = read.get(name)!;
    expect(scan.source.ocr).toBe(true);
    expect(scan.tasks.map(view)).toEqual(text.tasks.map(view));
  });

  it.each(PLANS)("%s: the sections of the text PDF; the blank back skipped", (name) => {
    const { scan, text } = read.get(name)!;
    const sections = (plan: PlanDocument) => plan.sections.map((s) => [s.numeral, withoutTones(s.heading)]);
    expect(sections(scan)).toEqual(sections(text));
    expect(scan.diagnostics).toContainEqual(expect.objectContaining({ code: "blank-pages", message: expect.stringMatching(/^page 2 is blank/) }));
  });

  it("u9-vanninh: the deadline written 'Quý II/2024' and read 'Quý 11/2024' by OCR is the second quarter, and says so", () => {
    const { scan } = read.get("u9-vanninh")!;
    const task = scan.tasks.find((t) => t.number === "5")!;
    expect([task.deadline.start, task.deadline.end]).toEqual(["2024-04-01", "2024-06-30"]);
    if (task.deadline.raw !== "Quý II/2024") {
      expect(scan.diagnostics).toContainEqual(expect.objectContaining({ code: "deadline-numeral-guessed" }));
    }
  });
});
