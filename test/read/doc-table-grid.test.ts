/**
 * How the .doc reader lays rows out as tables from their cell boundaries (twips): tables that touch are told apart
 * by their column lines, and edges a twip or two apart are one grid line.
 */
import { describe, expect, it } from "vitest";
import type { MammothTable, MammothTableCell } from "../../src/read/docx/mammoth-tree.js";
import { type RowWithProperties, tableNode, tablesOf } from "../../src/read/doc/tree.js";

function row(texts: string[], boundaries: number[]): RowWithProperties {
  return {
    cells: texts.map((text) => ({ children: [{ type: "text", value: text }] })),
    props: { isHeader: false, boundaries, verticalMerge: texts.map(() => 0), horizontalMerge: texts.map(() => 0) },
  };
}

function layout(table: MammothTable): [string, number][][] {
  return table.children.map((r) =>
    r.type === "tableRow"
      ? r.children.map((c) => {
          const cell = c as MammothTableCell;
          const text = cell.children.map((n) => (n.type === "text" ? n.value : "")).join("");
          return [text, cell.colSpan];
        })
      : [],
  );
}

const TASK = [-108, 591, 4191, 5991, 7791, 9492];

describe(".doc table rows → tables", () => {
  it("starts a new table where a row's column lines neither split nor merge the row before's", () => {
    const rows = [row(["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"], TASK), row(["1", "a", "b", "c", "d"], TASK), row(["Nơi nhận:", "TM. UBND"], [-108, 4492, 9492])];
    expect(tablesOf(rows).map((t) => t.length)).toEqual([2, 1]);
  });

  it("keeps rows that merge or split cells of the rows around them in one table", () => {
    const rows = [row(["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"], TASK), row(["I", "Nhóm"], [-108, 591, 9492]), row(["1", "a", "b", "c", "d"], TASK), row(["Tổng"], [-108, 9492])];
    const tables = tablesOf(rows);
    expect(tables.map((t) => t.length)).toEqual([4]);
    expect(layout(tableNode(tables[0]!))[1]).toEqual([["I", 1], ["Nhóm", 4]]);
  });

  it("reads edges a twip or two apart as one grid line", () => {
    const rows = [row(["STT", "Nội dung", "Chủ trì"], [-108, 591, 4191, 9492]), row(["1", "a", "b"], [-108, 592, 4190, 9491])];
    const tables = tablesOf(rows);
    expect(tables).toHaveLength(1);
    expect(layout(tableNode(tables[0]!))).toEqual([
      [["STT", 1], ["Nội dung", 1], ["Chủ trì", 1]],
      [["1", 1], ["a", 1], ["b", 1]],
    ]);
  });
});
