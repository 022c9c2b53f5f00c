/** A small valid PlanDocument for rule and reporter tests, with parts overridden per test. */
import type { PlanDocument, Task } from "../../src/schema/plan.js";
import { planDocumentSchema } from "../../src/schema/plan.js";

export function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    id: "t001",
    origin: "appendix",
    kind: "task",
    table: "T1",
    area: "procedures",
    areaLabel: "Cải cách thủ tục hành chính",
    subArea: null,
    objective: null,
    number: "1",
    task: "Rà soát, đơn giản hóa thủ tục hành chính",
    parent: null,
    activities: [],
    products: ["Báo cáo"],
    lead: ["Văn phòng UBND"],
    partners: [],
    deadline: { raw: "Quý II/2024", start: "2024-04-01", end: "2024-06-30", recurrence: null, items: [{ raw: "Quý II/2024", start: "2024-04-01", end: "2024-06-30" }] },
    budget: null,
    extra: {},
    source: { line: 40 },
    ...overrides,
  };
}

export function makeDocument(overrides: Partial<PlanDocument> = {}, meta: Partial<PlanDocument["meta"]> = {}): PlanDocument {
  const document: PlanDocument = {
    schemaVersion: "2",
    source: { path: "plan.txt", format: "txt", sha256: "0".repeat(64), pages: null, ocr: false },
    meta: {
      docType: "ke_hoach",
      number: "12/KH-UBND",
      date: "2024-01-15",
      place: "Đức Thọ",
      issuer: "UBND huyện Đức Thọ",
      level: "huyen",
      title: "Kế hoạch cải cách hành chính năm 2024",
      year: 2024,
      period: { from: 2024, to: 2024 },
      signer: null,
      legalBases: [],
      recipients: [],
      ...meta,
    },
    sections: [
      { numeral: "I", heading: "MỤC ĐÍCH, YÊU CẦU", text: "", subsections: [] },
      { numeral: "II", heading: "NHIỆM VỤ", text: "", subsections: [] },
      { numeral: "III", heading: "TỔ CHỨC THỰC HIỆN", text: "", subsections: [] },
    ],
    tables: [{ id: "T1", where: "appendix", label: null, title: "PHỤ LỤC", reference: null, kind: "task", columns: ["STT", "Nhiệm vụ"] }],
    tasks: [makeTask()],
    diagnostics: [],
    ...overrides,
  };
  // The fixture must itself be a valid output, or the rules would be tested on shapes cchc never produces.
  return planDocumentSchema.parse(document);
}
