/**
 * A file as archives hold a plan sent up for signature (fixtures/pdf/003.cover-plan.pdf, made by
 * fixtures/make/make-composite.sh): a tờ trình of the district's Phòng Nội vụ submitting the plan (25/TTr-PNV, dated
 * 15/02/2023, with a "Căn cứ Kế hoạch số 12/KH-UBND …" of its own), the blank back of its sheet, then seed plan 003's
 * PDF (KH 341/KH-UBND, UBND huyện Chợ Mới, 22/02/2023). The plan is the file's subject: its meta, sections and records
 * are those of the plan's own PDF, the cover is named in a diagnostic, and the blank page is skipped without OCR.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePlan, releaseReaders } from "../../src/index.js";
import type { PlanDocument, Task } from "../../src/schema/plan.js";

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url).pathname;

describe("a cover letter and its blank back before the plan, in one PDF", () => {
  let composite: PlanDocument;
  let plan: PlanDocument;
  beforeAll(async () => {
    composite = await parsePlan(fixture("pdf/003.cover-plan.pdf"));
    plan = await parsePlan(fixture("pdf/003_9a23d4ea0e0477f2.a.pdf"));
  }, 120_000);
  afterAll(releaseReaders);

  it("gives the plan's header, not the cover's", () => {
    // As plan 003's header reads; the cover's own "Số: 25 /TTr-PNV" and date 15/02/2023 are not taken.
    expect(composite.meta).toMatchObject({ docType: "ke_hoach", number: "341/KH-UBND", date: "2023-02-22", issuer: "UBND huyện Chợ Mới" });
    expect(composite.meta.legalBases.join(" ")).not.toMatch(/12\/KH-UBND/);
    expect(composite.meta.recipients).not.toContain("Như trên");
    expect(composite.meta).toEqual(plan.meta);
  });

  it("names the cover in a diagnostic", () => {
    expect(composite.diagnostics).toContainEqual(expect.objectContaining({ code: "cover-document", message: expect.stringMatching(/tờ trình \(25\/TTr-PNV\)/) }));
  });

  it("skips the blank back with one diagnostic and reads no page by OCR", () => {
    expect(composite.diagnostics.filter((d) => d.code === "blank-pages").map((d) => d.message)).toEqual([expect.stringMatching(/^page 2 is blank/)]);
    expect(composite.source).toMatchObject({ pages: 10, ocr: false });
    expect(composite.diagnostics.map((d) => d.code)).not.toContain("ocr-page");
  });

  it("gives the plan's sections and records, two pages further on", () => {
    expect(composite.sections).toEqual(plan.sections);
    const moved = (t: Task) => ({ ...t, source: { ...t.source, page: (t.source.page ?? 0) - 2 } });
    expect(composite.tasks.map(moved)).toEqual(plan.tasks);
    expect(composite.tasks.length).toBeGreaterThan(10);
  });
});
