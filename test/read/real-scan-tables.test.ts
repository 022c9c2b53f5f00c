/**
 * A real PDF whose text layer is garbage, read by OCR from end to end: r34 (KH 1105/KH-ĐKT, Sở Công Thương Lào Cai,
 * 2026), an inspection plan with Arabic-numbered parts and, in PHỤ LỤC I, a ruled inspection schedule (TT | Tên đơn vị
 * được kiểm tra | Đối tượng kiểm tra | Thời gian công bố Quyết định kiểm tra | Thời hạn kiểm tra) under a red seal.
 * Expected values are read from the page images. The file is OCR'd once (beforeAll), with native tesseract: without it
 * (or without ../shared/real) the tests skip with a message.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePlan, releaseReaders } from "../../src/index.js";
import { nativeTesseractAvailable } from "../../src/read/ocr/native.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const REAL = process.env.CCHC_REAL ?? new URL("../../../shared/real/", import.meta.url).pathname;
const HAS_REAL = existsSync(REAL);
const NATIVE = await nativeTesseractAvailable();
const why = !HAS_REAL ? `real documents not found at ${REAL}` : !NATIVE ? "native tesseract is not installed (tesseract.js would take minutes)" : "";

describe.skipIf(why !== "")("r34: a garbled text layer read by OCR, its inspection schedule as a table", () => {
  if (why !== "") it.skip(`skipped: ${why}`, () => {});
  let doc: PlanDocument;
  beforeAll(async () => {
    const file = readdirSync(REAL).find((name) => name.startsWith("r34_"))!;
    doc = await parsePlan(join(REAL, file), { ocrEngine: "native" });
  }, 180_000);
  afterAll(releaseReaders);

  it("gives the number whose slash OCR lost, and says it was put back", () => {
    expect(doc.meta).toMatchObject({ docType: "ke_hoach", number: "1105/KH-ĐKT", date: "2026-03-10", place: "Lào Cai", year: 2026 });
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: "number-corrected" }));
  });

  it("names the Sở heading the header as issuer, and the signer whose name a blue signature crosses", () => {
    // Page 1: "SỞ CÔNG THƯƠNG / ĐOÀN KIỂM TRA …", dated "Lào Cai"; page 3: "T/M. ĐOÀN KIỂM TRA / TRƯỞNG ĐOÀN", the seal
    // and a blue signature over "Hoàng Văn Thuân", then his office "PHÓ GIÁM ĐỐC / SỞ CÔNG THƯƠNG LÀO CAI".
    expect(doc.meta.issuer).toMatch(/^Sở Công [Tt]hương tỉnh Lào Cai$/);
    expect(doc.meta).toMatchObject({ level: "tinh", signer: "Hoàng Văn Thuân" });
  });

  it("takes its six Arabic-numbered parts as the sections", () => {
    expect(doc.sections.map((s) => s.numeral)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(doc.sections.map((s) => s.heading.toLocaleLowerCase("vi"))).toEqual([
      expect.stringMatching(/^mục tiêu/),
      expect.stringMatching(/^yêu cầu/),
      expect.stringMatching(/^đối tượng, nội dung kiểm tra/),
      expect.stringMatching(/^phân công nhiệm vụ/),
      expect.stringMatching(/^dự kiến các nguồn lực/),
      expect.stringMatching(/^những vấn đề khác/),
    ]);
  });

  it("reads PHỤ LỤC I as an appendix schedule, PHỤ LỤC II (a report outline) as no table", () => {
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]).toMatchObject({ where: "appendix", label: "I", kind: "schedule", title: "KẾ HOẠCH KIỂM TRA" });
    // "(Kèm theo Kế hoạch số 1105 /KH-ĐKT …)" is the reference; the "(*) Nếu có sự thay đổi …" note under the table is not title.
    expect(doc.tables[0]!.reference).toMatch(/^Kế hoạch .*1105.*1050\/QĐ-SCT$/);
  });

  it("gives one record per inspected unit, TT 1–3 (the lone digits in the TT column included), with its date", () => {
    const rows = doc.tasks.filter((t) => t.table === doc.tables[0]!.id);
    expect(rows.map((t) => t.number)).toEqual(["1", "2", "3"]);
    expect(rows.map((t) => t.deadline.start)).toEqual(["2026-03-23", "2025-03-25", "2025-03-27"]);
    // The unit inspected is each row's task (a schedule's subject), though OCR tore "được" in its header under the seal.
    const units = [/giao thông\s+\S*\s*Yên Bái/, /Tổng công ty xây dựng Trường Sơn/, /Công ty TNHH Hiệp Phú/];
    rows.forEach((row, i) => expect(row.task).toMatch(units[i]!));
    // Unit 1 inspects two packages (Gói thầu 13 and 14), unit 2 two (16 and 23): merged back into their unit's row.
    expect(JSON.stringify(rows[0])).toMatch(/Gói thầu số 14/);
    expect(JSON.stringify(rows[1])).toMatch(/Gói thầu số 23/);
  });
});
