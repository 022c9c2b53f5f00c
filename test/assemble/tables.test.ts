import { describe, expect, it } from "vitest";
import { assembleTables } from "../../src/assemble/tables.js";
import type { ExtractedTable, RawTask } from "../../src/extract/table.js";
import { findTaskHeader } from "../../src/segment/task-header.js";
import { makeTable } from "../extract/make-table.js";

const raw = (fields: Partial<RawTask>): RawTask => ({
  origin: "appendix", areaLabel: null, subArea: null, objective: null, number: null, task: "", parent: null,
  activities: [], products: [], lead: [], partners: [], deadline: [], budget: null, extra: {}, position: {}, ...fields,
});
function extracted(header: string[], kind: "task" | "target" | "schedule", tasks: RawTask[], label: string | null): ExtractedTable {
  const table = makeTable([header]);
  return {
    part: { block: 0, table, header: findTaskHeader(makeTable([header, header.map(() => "x")]))!, continues: false, kind, appendix: label ? { block: 0, label, title: `T ${label}`, reference: null } : null },
    columns: header,
    tasks,
  };
}

describe("tables of the output", () => {
  it("numbers the tables that give records, and gives each record its table's id and kind", () => {
    const { tables, tasks } = assembleTables(
      [
        extracted(["TT", "Chỉ tiêu", "Chủ trì"], "target", [raw({ task: "a", lead: ["Sở A"] })], "I"),
        extracted(["STT", "Nội dung", "Chủ trì", "Thời gian"], "task", [], null),
        extracted(["STT", "Nội dung", "Chủ trì", "Thời gian"], "task", [raw({ task: "b", origin: "body" })], null),
      ],
      { issuer: "UBND tỉnh" },
    );
    expect(tables.map((t) => [t.id, t.where, t.label, t.kind])).toEqual([
      ["T1", "appendix", "I", "target"],
      ["T2", "body", null, "task"],
    ]);
    expect(tasks.map((t) => [t.table, t.kind, t.origin])).toEqual([
      ["T1", "target", "appendix"],
      ["T2", "task", "body"],
    ]);
  });
  it("lets the plan's issuer carry out a schedule that names no responsible body", () => {
    const { tasks } = assembleTables([extracted(["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"], "schedule", [raw({ task: "UBND xã A" })], "I")], { issuer: "Sở Công Thương" });
    expect(tasks[0]!.lead).toEqual(["Sở Công Thương"]);
  });
});
