import { describe, expect, it } from "vitest";
import { assembleTasks } from "../../src/assemble/task.js";
import type { RawTask } from "../../src/extract/table.js";

const raw = (fields: Partial<RawTask>): RawTask => ({
  origin: "appendix", areaLabel: null, subArea: null, objective: null, number: null, task: "", parent: null,
  activities: [], products: [], lead: [], partners: [], deadline: [], budget: null, extra: {}, position: { line: 3 }, ...fields,
});

describe("assembling Task records", () => {
  it("cleans text, splits items and agencies, parses the deadline and decides the area", () => {
    const { value } = assembleTasks(
      [raw({ areaLabel: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", number: "1", task: "Rà  soát **thủ tục**", products: ["Báo cáo; Kế hoạch"], lead: ["Sở Nội vụ"], partners: ["Sở Tư pháp, Công an tỉnh"], deadline: ["Quý I/2025"] })],
      { year: 2025, period: { from: 2025, to: 2025 } },
    );
    expect(value[0]).toMatchObject({
      id: "t001",
      area: "procedures",
      areaLabel: "Cải cách thủ tục hành chính",
      task: "Rà soát thủ tục",
      products: ["Báo cáo", "Kế hoạch"],
      lead: ["Sở Nội vụ"],
      partners: ["Sở Tư pháp", "Công an tỉnh"],
      deadline: { start: "2025-01-01", end: "2025-03-31" },
      source: { line: 3 },
    });
  });
  it("numbers records in order and leaves an inline task without a table", () => {
    const { value } = assembleTasks([raw({ task: "a", table: "T1", kind: "target" }), raw({ task: "b", origin: "inline" })], { year: 2025, period: { from: 2025, to: 2025 } });
    expect(value.map((t) => [t.id, t.table, t.kind])).toEqual([
      ["t001", "T1", "target"],
      ["t002", null, "task"],
    ]);
  });

  it("lets the first agency of a Chủ trì/phối hợp column lead and the others partner", () => {
    const { value } = assembleTasks([raw({ task: "a", leadOrPartners: ["Sở Nội vụ", "Sở Tư pháp", "Công an tỉnh"] })], { year: 2025, period: { from: 2025, to: 2025 } });
    expect(value[0]).toMatchObject({ lead: ["Sở Nội vụ"], partners: ["Sở Tư pháp", "Công an tỉnh"] });
  });

  it("'(chủ trì)' in brackets tags the name it follows, first or last of a list; a role verb after a list is the list's (issue 17)", () => {
    const period = { year: 2026, period: { from: 2026, to: 2026 } };
    const lead = (cell: string) => assembleTasks([raw({ task: "a", lead: [cell] })], period).value[0];
    const both = (cell: string) => assembleTasks([raw({ task: "a", leadOrPartners: [cell] })], period).value[0];
    expect(lead("Sở Tư pháp, Văn phòng UBND tỉnh (chủ trì)")).toMatchObject({ lead: ["Văn phòng UBND tỉnh"], partners: ["Sở Tư pháp"] });
    expect(both("Sở Tư pháp, Văn phòng UBND tỉnh (chủ trì)")).toMatchObject({ lead: ["Văn phòng UBND tỉnh"], partners: ["Sở Tư pháp"] });
    expect(both("Sở Tài chính (chủ trì), Sở Nội vụ, Sở Tư pháp")).toMatchObject({ lead: ["Sở Tài chính"], partners: ["Sở Nội vụ", "Sở Tư pháp"] });
    expect(both("Sở Tư pháp, Sở Nội vụ (phối hợp)")).toMatchObject({ lead: ["Sở Tư pháp"], partners: ["Sở Nội vụ"] });
    // Without brackets the role word is said of the whole list: both lead.
    expect(lead("Sở Y tế, Sở Tài chính chủ trì")).toMatchObject({ lead: ["Sở Y tế", "Sở Tài chính"], partners: [] });
  });
});
