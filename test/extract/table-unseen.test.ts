/**
 * Table shapes that real plans have and none of ../shared/real shows (issue 17): merged lead / partner / time cells
 * across task rows and a group row spanning the width, one responsibility column saying who leads in words, a split
 * time column, a table going on after a page break with its header repeated and its first row cut, groups "A." over
 * "I." over rows numbered 1, 2, 3, and tables that assign nothing. Each table is small and synthetic; the expected
 * records are what a reader of such a table writes down.
 */
import { describe, expect, it } from "vitest";
import { assembleTasks } from "../../src/assemble/task.js";
import { extractTableTasks } from "../../src/extract/table.js";
import { type Table, cell, paragraph } from "../../src/model/types.js";
import type { AssignmentTablePart } from "../../src/segment/tables.js";
import { findTaskHeader } from "../../src/segment/task-header.js";
import { tableKindOf } from "../../src/schema/roles.js";
import { makeTable } from "./make-table.js";

function partOf(table: Table, continues = false, header = findTaskHeader(table)!): AssignmentTablePart {
  return { block: 0, table, header, continues, kind: tableKindOf(header.roles) ?? "task", appendix: null };
}

function read(...parts: AssignmentTablePart[]) {
  const extracted = extractTableTasks(parts);
  const assembled = assembleTasks(extracted.value.flatMap((t) => t.tasks), { year: 2026, period: { from: 2026, to: 2026 } });
  return { tables: extracted.value, tasks: assembled.value, diagnostics: [...extracted.diagnostics, ...assembled.diagnostics] };
}

/** A row whose first cell spans the whole width (DOCX gridSpan, HTML colspan): the other positions merged from the left. */
function spanRow(table: Table, at: number, text: string, width: number): void {
  const line = table.rows[at]!.position.line ?? 0;
  table.rows[at]!.cells = [cell([paragraph([text], { line })], { line }), ...Array.from({ length: width - 1 }, () => cell([paragraph([text], { line })], { line }, { merged: "left" }))];
}

/** A DOCX reader's vertical merge: each covered cell carries a copy of the content above, marked `merged: "above"`. */
function copyMergedDown(table: Table): Table {
  table.rows.forEach((row, r) =>
    row.cells.forEach((c, i) => {
      if (c.merged === "above" && r > 0) c.content = table.rows[r - 1]!.cells[i]!.content;
    }),
  );
  return table;
}

const HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];

describe("(a) merged cells recorded by the format", () => {
  it("a lead, partner and time cell merged down across three tasks fills each; a group row spanning the width is a group", () => {
    const table = makeTable([
      HEADER,
      ["I. CẢI CÁCH THỂ CHẾ"],
      ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Các sở, ngành", "Quý II/2026"],
      ["2", "Kiểm tra văn bản", "^", "^", "^"],
      ["3", "Hệ thống hóa văn bản", "^", "^", "^"],
      ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
      ["4", "Công bố thủ tục hành chính", "Văn phòng UBND tỉnh", "", "Thường xuyên"],
    ]);
    copyMergedDown(table);
    spanRow(table, 1, "I. CẢI CÁCH THỂ CHẾ", 5);
    spanRow(table, 5, "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 5);
    const { tasks } = read(partOf(table));
    expect(tasks.map((t) => [t.number, t.area, t.lead, t.partners, t.deadline.raw])).toEqual([
      ["1", "institutions", ["Sở Tư pháp"], ["Các sở, ngành"], "Quý II/2026"],
      ["2", "institutions", ["Sở Tư pháp"], ["Các sở, ngành"], "Quý II/2026"],
      ["3", "institutions", ["Sở Tư pháp"], ["Các sở, ngành"], "Quý II/2026"],
      ["4", "procedures", ["Văn phòng UBND tỉnh"], [], "Thường xuyên"],
    ]);
  });
});

describe("(b) one responsibility column that says who leads", () => {
  it("'Sở X (chủ trì); Sở Y, Sở Z', 'Chủ trì: X. Phối hợp: Y', 'X chủ trì, phối hợp Y'", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["TT", "Nội dung", "Trách nhiệm thực hiện", "Thời gian"],
          ["1", "Tuyên truyền cải cách hành chính", "Sở Văn hóa, Thể thao và Du lịch (chủ trì); Sở Nội vụ, Sở Tư pháp", "Năm 2026"],
          ["2", "Khảo sát sự hài lòng", "Chủ trì: Sở Nội vụ. Phối hợp: UBND các xã, phường", "Quý IV/2026"],
          ["3", "Số hóa hồ sơ", "Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng UBND tỉnh", "Năm 2026"],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.lead, t.partners])).toEqual([
      [["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Nội vụ", "Sở Tư pháp"]],
      [["Sở Nội vụ"], ["UBND các xã, phường"]],
      [["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"]],
    ]);
  });
});

describe("(c) a time column split in two", () => {
  it("'Bắt đầu | Hoàn thành' in one header row", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian bắt đầu", "Thời gian hoàn thành"],
          ["1", "Xây dựng cơ sở dữ liệu", "Sở Nội vụ", "", "Tháng 3/2026", "Tháng 9/2026"],
        ]),
      ),
    );
    expect(tasks[0]!.deadline).toMatchObject({ start: "2026-03-01", end: "2026-09-30" });
  });
  it("'Thời gian thực hiện' over 'Từ | Đến'", () => {
    const { tasks, tables } = read(
      partOf(
        makeTable([
          ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian thực hiện", ""],
          ["", "", "", "", "Từ", "Đến"],
          ["1", "Xây dựng cơ sở dữ liệu", "Sở Nội vụ", "Sở Tài chính", "Tháng 3/2026", "Tháng 9/2026"],
        ]),
      ),
    );
    expect(tables[0]!.columns).toHaveLength(6);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ lead: ["Sở Nội vụ"], partners: ["Sở Tài chính"], deadline: { start: "2026-03-01", end: "2026-09-30" } });
  });
});

describe("(d) a table going on after a page break, its header repeated and its first row cut", () => {
  it("the row without an STT under the repeated header finishes the last row of the page before", () => {
    const first = makeTable([
      HEADER,
      ["1", "Rà soát, đánh giá thủ tục hành chính", "Sở Tư pháp", "", "Quý I/2026"],
      ["2", "Xây dựng kế hoạch kiểm tra công tác", "Sở Nội vụ", "Các sở, ngành", "Quý II/2026"],
    ]);
    const second = makeTable([HEADER, ["", "cải cách hành chính năm 2026", "", "", ""], ["3", "Tổng kết công tác", "Sở Nội vụ", "", "Tháng 12/2026"]], 20);
    const { tasks } = read(partOf(first), partOf(second, true));
    expect(tasks.map((t) => [t.number, t.task])).toEqual([
      ["1", "Rà soát, đánh giá thủ tục hành chính"],
      ["2", "Xây dựng kế hoạch kiểm tra công tác cải cách hành chính năm 2026"],
      ["3", "Tổng kết công tác"],
    ]);
  });
  it("a part whose repeated header orders its columns otherwise is read under its own header", () => {
    const first = makeTable([HEADER, ["1", "Rà soát, đánh giá thủ tục hành chính", "Sở Tư pháp", "", "Quý I/2026"]]);
    const second = makeTable(
      [
        ["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
        ["2", "Tổng kết công tác cải cách hành chính", "Tháng 12/2026", "Sở Nội vụ", "Các sở, ngành"],
      ],
      20,
    );
    const { tasks } = read(partOf(first), partOf(second, true));
    expect(tasks.map((t) => [t.number, t.lead, t.partners, t.deadline.raw])).toEqual([
      ["1", ["Sở Tư pháp"], [], "Quý I/2026"],
      ["2", ["Sở Nội vụ"], ["Các sở, ngành"], "Tháng 12/2026"],
    ]);
  });
});

describe("(g) STT numbered 1, 2, 3 under lettered parts and Roman groups", () => {
  it("the Roman group under a lettered part is the group (it names the reform area); the next letter starts a part again", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          HEADER,
          ["A", "NHIỆM VỤ TRỌNG TÂM", "", "", ""],
          ["I", "Cải cách thể chế", "", "", ""],
          ["1", "Rà soát văn bản", "Sở Tư pháp", "", "Quý II/2026"],
          ["II", "Cải cách thủ tục hành chính", "", "", ""],
          ["2", "Công bố thủ tục", "Văn phòng UBND tỉnh", "", "Thường xuyên"],
          ["B", "NHIỆM VỤ THƯỜNG XUYÊN", "", "", ""],
          ["3", "Báo cáo định kỳ", "Sở Nội vụ", "", "Hằng quý"],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.number, t.area, t.areaLabel, t.subArea])).toEqual([
      ["1", "institutions", "Cải cách thể chế", null],
      ["2", "procedures", "Cải cách thủ tục hành chính", null],
      ["3", "other", "Nhiệm vụ thường xuyên", null],
    ]);
  });
});

describe("(h) tables that assign nothing", () => {
  it.each([
    ["statistics", [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025"], ["1", "Tỷ lệ hồ sơ trực tuyến", "%", "65", "80"]]],
    ["criteria", [["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm"], ["1", "Công tác chỉ đạo, điều hành", "10", "9"]]],
    ["comments on a draft", [["STT", "Nội dung góp ý", "Ý kiến tiếp thu, giải trình"], ["1", "Bổ sung căn cứ", "Tiếp thu"]]],
  ])("a %s table is no assignment table", (_name, rows) => {
    const header = findTaskHeader(makeTable(rows));
    expect(header === undefined || tableKindOf(header.roles) === undefined).toBe(true);
  });
});

describe("a row packing unnumbered tasks, each with its own lead", () => {
  it("splits when each agency of the lead cell is named again in the partner cell for the other task", () => {
    const { tasks, diagnostics } = read(
      partOf(
        makeTable([
          ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
          ["4", "Bố trí nhân lực thu thập dữ liệu.\nBố trí nhân lực vận hành hệ thống.", "Các sở, ngành\nSở Tài chính", "Sở Tài chính\nCác sở, ngành", "Năm 2026"],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.number, t.task, t.lead, t.partners, t.deadline.raw])).toEqual([
      ["4", "Bố trí nhân lực thu thập dữ liệu.", ["Các sở, ngành"], ["Sở Tài chính"], "Năm 2026"],
      ["4", "Bố trí nhân lực vận hành hệ thống.", ["Sở Tài chính"], ["Các sở, ngành"], "Năm 2026"],
    ]);
    expect(diagnostics.map((d) => d.code)).toContain("packed-row-cross-listed");
  });
  it("leaves two sentences beside two joint leads as one task", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
          ["1", "Xây dựng hệ thống.\nĐưa hệ thống vào vận hành.", "Sở Khoa học và Công nghệ\nTrung tâm Chuyển đổi số", "Các sở, ngành", "Năm 2026"],
        ]),
      ),
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.lead).toEqual(["Sở Khoa học và Công nghệ", "Trung tâm Chuyển đổi số"]);
  });
});

describe("a schedule whose header word is torn by a seal", () => {
  it("'Tên đơn vị ềrỚc kiểm tra' names the unit: each unit one record, a second object inspected at the same time joined", () => {
    const { tasks, tables, diagnostics } = read(
      partOf(
        makeTable([
          ["TT", "Tên đơn vị ềrỚc kiểm tra", "Đối tượng kiểm tra", "Thời hạn kiểm tra"],
          ["1", "Công ty cổ phần Xây dựng A", "Gói thầu số 13", "23/3/2026"],
          ["", "", "Gói thầu số 14", "23/3/2026"],
          ["2", "Công ty TNHH B", "Gói thầu số 15", "27/3/2026"],
        ]),
      ),
    );
    expect(tables[0]!.part.kind).toBe("schedule");
    expect(tasks.map((t) => [t.number, t.task, t.extra, t.deadline.end])).toEqual([
      ["1", "Công ty cổ phần Xây dựng A", { "Đối tượng kiểm tra": "Gói thầu số 13 Gói thầu số 14" }, "2026-03-23"],
      ["2", "Công ty TNHH B", { "Đối tượng kiểm tra": "Gói thầu số 15" }, "2026-03-27"],
    ]);
    expect(diagnostics.map((d) => d.code)).toContain("row-joined");
  });
});
