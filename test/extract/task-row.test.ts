import { describe, expect, it } from "vitest";
import { columnsOf, toGridRows } from "../../src/extract/rows.js";
import { type RawTask, type RowContext, fillDown, identifyRow, isHeadingRow, isSubNumber, ownCells, splitNumber, subItemParent } from "../../src/extract/task-row.js";
import { findTaskHeader } from "../../src/segment/task-header.js";
import { makeTable } from "./make-table.js";

const HEADER = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Ghi chú"];
function grid(rows: string[][]) {
  const table = makeTable([HEADER, ...rows]);
  const header = findTaskHeader(table)!;
  return { rows: toGridRows(table, header), columns: columnsOf(header.roles), header };
}
const raw = (fields: Partial<RawTask>): RawTask => ({
  origin: "appendix", areaLabel: null, subArea: null, objective: null, number: null, task: "", parent: null,
  activities: [], products: [], lead: [], partners: [], deadline: [], budget: null, extra: {}, position: {}, ...fields,
});
const empty: RowContext = { objective: null, previous: undefined, numbered: undefined, headerOnly: undefined };

describe("one row → one record, step by step", () => {
  it("splits a task's own number from its text", () => {
    expect(splitNumber("2.1. Rà soát")).toEqual({ number: "2.1", text: "Rà soát" });
    expect(splitNumber("Rà soát 2 lần")).toEqual({ number: null, text: "Rà soát 2 lần" });
    expect(isSubNumber("2.1", "2")).toBe(true);
    expect(isSubNumber("21", "2")).toBe(false);
  });
  it("identifies a row of the task above, a sub-item and a task of its own", () => {
    const { rows, columns } = grid([["", "", "Sở Tư pháp", "", "", ""], ["", "- Rà soát văn bản", "", "", "", ""], ["3", "Kiểm tra", "", "", "", ""]]);
    const previous = raw({ number: "2", task: "Rà soát" });
    expect(identifyRow(rows[0]!, columns, { ...empty, previous })).toMatchObject({ shape: "sameTask", number: "2", text: "Rà soát" });
    expect(identifyRow(rows[1]!, columns, { ...empty, numbered: previous })).toEqual({ shape: "subItem", number: null, text: "Rà soát văn bản", parent: "Rà soát" });
    expect(identifyRow(rows[2]!, columns, empty)).toEqual({ shape: "own", number: "3", text: "Kiểm tra", parent: null });
  });
  it("gives a sub-item to the numbered task right above it ('1' over '1.1' over '- …': 1.1), else to the heading row", () => {
    const headerOnly = raw({ task: "Hoạt động kiểm tra" });
    const numbered = raw({ task: "Kiểm tra tại các xã", parent: "Hoạt động kiểm tra" });
    expect(subItemParent({ ...empty, numbered, headerOnly })).toBe(numbered);
    expect(subItemParent({ ...empty, headerOnly })).toBe(headerOnly);
    expect(subItemParent(empty)).toBeUndefined();
  });
  it("reads the row's own cells; unmapped columns go to extra under their header", () => {
    const { rows, columns, header } = grid([["1", "Rà soát", "Sở Nội vụ", "Sở Tư pháp\nCông an tỉnh", "Quý I", "Trọng tâm"]]);
    expect(ownCells(rows[0]!, columns, header)).toMatchObject({ lead: ["Sở Nội vụ"], partners: ["Sở Tư pháp", "Công an tỉnh"], deadline: ["Quý I"], extra: { "Ghi chú": "Trọng tâm" } });
  });
  it("fills lead and partners down into another row of the same task, never the deadline", () => {
    const { rows, columns } = grid([["", "", "", "", "Quý II", ""]]);
    const previous = raw({ task: "Rà soát", lead: ["Sở Nội vụ"], partners: ["Các sở"], deadline: ["Quý I"] });
    const task = raw({ deadline: ["Quý II"] });
    fillDown(task, rows[0]!, columns, "sameTask", false, { ...empty, previous });
    expect(task).toMatchObject({ lead: ["Sở Nội vụ"], partners: ["Các sở"], deadline: ["Quý II"] });
  });
  it("fills a sub-item's empty block from its parent, and fills nothing into a task of its own", () => {
    const { rows, columns } = grid([["", "- Công khai", "", "", "", ""]]);
    const numbered = raw({ task: "Rà soát", lead: ["Sở Nội vụ"], products: ["Báo cáo"] });
    const sub = raw({});
    fillDown(sub, rows[0]!, columns, "subItem", false, { ...empty, numbered });
    expect(sub).toMatchObject({ lead: ["Sở Nội vụ"], products: ["Báo cáo"] });
    const own = raw({});
    fillDown(own, rows[0]!, columns, "own", true, { ...empty, previous: numbered });
    expect(own.lead).toEqual([]);
  });
  it("takes a numbered row with nothing but its text and sub-items below as a heading row", () => {
    const { rows, columns } = grid([["3", "Hoạt động kiểm tra", "", "", "", ""], ["", "- Kiểm tra sở", "Sở Nội vụ", "", "", ""], ["4", "Tuyên truyền", "", "", "", ""]]);
    const identity = identifyRow(rows[0]!, columns, empty);
    expect(isHeadingRow(rows[0]!, rows[1], columns, identity)).toBe(true);
    expect(isHeadingRow(rows[0]!, rows[2], columns, identity)).toBe(false);
  });
});
