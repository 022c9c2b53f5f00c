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
import { type Table, cell, cellText, paragraph } from "../../src/model/types.js";
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

describe("(i) a two-row header, STT written 1.1, a, -, +, and Kinh phí / Ghi chú columns", () => {
  const rows = [
    ["STT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "", "Thời hạn hoàn thành", "Sản phẩm/Kết quả", "Nguồn kinh phí", "Ghi chú"],
    ["", "", "Chủ trì", "Phối hợp", "", "", "", ""],
    ["I. CẢI CÁCH THỂ CHẾ", "", "", "", "", "", "", ""],
    ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Các sở, ban, ngành", "Quý I, II/2026", "Báo cáo kết quả rà soát", "Ngân sách tỉnh", "Trọng tâm"],
    ["1.1", "Rà soát văn bản lĩnh vực đất đai", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "6 tháng đầu năm", "Danh mục văn bản", "", ""],
    ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", "", "", ""],
    ["a", "Công bố danh mục thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ngành", "Thường xuyên", "Quyết định công bố", "Chi thường xuyên", ""],
    ["-", "Công khai thủ tục hành chính trên Cổng Dịch vụ công", "Văn phòng UBND tỉnh", "Báo Hà Nam, Cổng Thông tin điện tử tỉnh", "Hằng quý", "", "", "Cập nhật kịp thời"],
    ["+", "Số hóa hồ sơ thủ tục hành chính", "Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện tỉnh, Viettel Hà Nam", "Tháng 3-4/2026", "Hồ sơ được số hóa", "", ""],
  ];

  it("sub-headers name the agency columns; the budget and the note stay in their own fields", () => {
    const { tasks, tables, diagnostics } = read(partOf(makeTable(rows)));
    expect(tables[0]!.columns).toHaveLength(8);
    // "1.1" under "1" is numbered among the sub-items, not a repeat of "1".
    expect(diagnostics.filter((d) => d.code === "numbering")).toEqual([]);
    expect(tasks[0]).toMatchObject({
      number: "1",
      area: "institutions",
      task: "Rà soát văn bản quy phạm pháp luật",
      lead: ["Sở Tư pháp"],
      partners: ["Các sở, ban, ngành"],
      products: ["Báo cáo kết quả rà soát"],
      budget: "Ngân sách tỉnh",
      extra: { "Ghi chú": "Trọng tâm" },
      deadline: { raw: "Quý I, II/2026", start: "2026-01-01", end: "2026-06-30" },
    });
    // No note and no budget of its own: nothing leaks from the row above.
    expect(tasks[1]).toMatchObject({ number: "1.1", budget: null, extra: {}, deadline: { start: "2026-01-01", end: "2026-06-30" } });
  });

  it("a bullet in the STT column is a sub-item of the task above, numbered by nothing; a '+' is a part of the '-' above it", () => {
    const { tasks } = read(partOf(makeTable(rows)));
    expect(tasks.slice(2).map((t) => [t.number, t.task, t.parent, t.lead, t.partners, t.deadline.start, t.deadline.end])).toEqual([
      ["a", "Công bố danh mục thủ tục hành chính", null, ["Văn phòng UBND tỉnh"], ["Các sở, ngành"], "2026-01-01", "2026-12-31"],
      [null, "Công khai thủ tục hành chính trên Cổng Dịch vụ công", "Công bố danh mục thủ tục hành chính", ["Văn phòng UBND tỉnh"], ["Báo Hà Nam", "Cổng Thông tin điện tử tỉnh"], "2026-01-01", "2026-12-31"],
      [null, "Số hóa hồ sơ thủ tục hành chính", "Công khai thủ tục hành chính trên Cổng Dịch vụ công", ["Trung tâm Phục vụ hành chính công tỉnh"], ["Bưu điện tỉnh", "Viettel Hà Nam"], "2026-03-01", "2026-04-30"],
    ]);
    expect(tasks[3]!.extra).toEqual({ "Ghi chú": "Cập nhật kịp thời" });
    expect(tasks[3]!.budget).toBeNull();
  });
});

describe("(j) an activity column names the rows when there is no task column", () => {
  it("'TT | Hoạt động | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện' is a task table", () => {
    const table = makeTable([
      ["TT", "Hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
      ["1", "Xây dựng chuyên mục CCHC trên Báo Ninh Bình", "Sở Nội vụ", "Báo Ninh Bình", "Hằng tháng"],
      ["2", "Tổ chức Hội thi tìm hiểu về CCHC", "Sở Nội vụ", "Sở Tư pháp; Tỉnh đoàn", "Quý III/2026"],
    ]);
    expect(tableKindOf(findTaskHeader(table)!.roles)).toBe("task");
    const { tasks } = read(partOf(table));
    expect(tasks.map((t) => [t.number, t.task, t.activities, t.lead, t.partners, t.deadline.start, t.deadline.end, t.deadline.recurrence])).toEqual([
      ["1", "Xây dựng chuyên mục CCHC trên Báo Ninh Bình", [], ["Sở Nội vụ"], ["Báo Ninh Bình"], "2026-01-01", "2026-12-31", "monthly"],
      ["2", "Tổ chức Hội thi tìm hiểu về CCHC", [], ["Sở Nội vụ"], ["Sở Tư pháp", "Tỉnh đoàn"], "2026-07-01", "2026-09-30", null],
    ]);
  });

  it("beside a task column the activities stay the task's activities", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["TT", "Nhiệm vụ", "Hoạt động", "Chủ trì", "Thời gian"],
          ["1", "Tuyên truyền CCHC", "Tổ chức hội thi", "Sở Nội vụ", "Năm 2026"],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.task, t.activities])).toEqual([["Tuyên truyền CCHC", ["Tổ chức hội thi"]]]);
  });
});

describe("(k) a target table with a unit column and a year column", () => {
  it("'TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Cơ quan chủ trì': one target per row, the unit and the year's value kept under their headers", () => {
    const table = makeTable([
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Cơ quan chủ trì"],
      ["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "80", "Văn phòng UBND tỉnh"],
      ["2", "Số tin, bài tuyên truyền về CCHC", "Tin, bài", "120", "Báo Ninh Bình, Cổng Thông tin điện tử tỉnh"],
    ]);
    expect(tableKindOf(findTaskHeader(table)!.roles)).toBe("target");
    const { tasks } = read(partOf(table));
    expect(tasks.map((t) => [t.task, t.lead, t.extra])).toEqual([
      ["Tỷ lệ hồ sơ trực tuyến toàn trình", ["Văn phòng UBND tỉnh"], { "Đơn vị tính": "%", "Năm 2026": "80" }],
      ["Số tin, bài tuyên truyền về CCHC", ["Báo Ninh Bình", "Cổng Thông tin điện tử tỉnh"], { "Đơn vị tính": "Tin, bài", "Năm 2026": "120" }],
    ]);
  });
});

describe("(l) a body table without an STT column, its time column 'Thời hạn hoàn thành'", () => {
  it("'Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành | Sản phẩm/Kết quả'", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm/Kết quả"],
          ["Ban hành Kế hoạch kiểm tra CCHC", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Tháng 02/2026", "Kế hoạch"],
          ["Báo cáo kết quả CCHC 6 tháng", "Sở Nội vụ", "Các sở, ngành", "Trước ngày 15/6/2026", "Báo cáo"],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.number, t.task, t.lead, t.partners, t.products, t.deadline.start, t.deadline.end])).toEqual([
      [null, "Ban hành Kế hoạch kiểm tra CCHC", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"], ["Kế hoạch"], "2026-02-01", "2026-02-28"],
      [null, "Báo cáo kết quả CCHC 6 tháng", ["Sở Nội vụ"], ["Các sở, ngành"], ["Báo cáo"], null, "2026-06-15"],
    ]);
  });
});

describe("(m) a programme of legal documents: the rows are named by 'Tên văn bản'", () => {
  it("'STT | Tên văn bản | Cơ quan chủ trì soạn thảo | Cấp ban hành | Thời gian trình' is a task table", () => {
    const table = makeTable([
      ["STT", "Tên văn bản", "Cơ quan chủ trì soạn thảo", "Cấp ban hành", "Thời gian trình"],
      ["1", "Quyết định quy định chức năng, nhiệm vụ của Sở Nội vụ", "Sở Nội vụ", "UBND tỉnh", "Tháng 3/2026"],
      ["2", "Nghị quyết quy định mức chi hỗ trợ công chức làm việc tại bộ phận một cửa", "Sở Tài chính", "HĐND tỉnh", "Quý II/2026"],
    ]);
    expect(tableKindOf(findTaskHeader(table)!.roles)).toBe("task");
    const { tasks } = read(partOf(table));
    expect(tasks.map((t) => [t.number, t.task, t.lead, t.extra, t.deadline.start, t.deadline.end])).toEqual([
      ["1", "Quyết định quy định chức năng, nhiệm vụ của Sở Nội vụ", ["Sở Nội vụ"], { "Cấp ban hành": "UBND tỉnh" }, "2026-03-01", "2026-03-31"],
      ["2", "Nghị quyết quy định mức chi hỗ trợ công chức làm việc tại bộ phận một cửa", ["Sở Tài chính"], { "Cấp ban hành": "HĐND tỉnh" }, "2026-04-01", "2026-06-30"],
    ]);
  });
});

describe("(n) the agency first: 'TT | Cơ quan, đơn vị | Nhiệm vụ được giao | Thời hạn hoàn thành'", () => {
  it("the agency column leads each of its tasks, merged down across them; a district-level group is one agency", () => {
    const table = makeTable([
      ["TT", "Cơ quan, đơn vị", "Nhiệm vụ được giao", "Thời hạn hoàn thành"],
      ["1", "Sở Nội vụ", "Tham mưu Kế hoạch kiểm tra công tác CCHC năm 2026", "Tháng 02/2026"],
      ["2", "^", "Tổng hợp báo cáo CCHC định kỳ", "Hằng quý"],
      ["3", "UBND các huyện, thị xã, thành phố", "Xây dựng kế hoạch CCHC của địa phương", "Trước ngày 31/01/2026"],
    ]);
    copyMergedDown(table);
    expect(tableKindOf(findTaskHeader(table)!.roles)).toBe("task");
    const { tasks } = read(partOf(table));
    expect(tasks.map((t) => [t.number, t.task, t.lead, t.deadline.start, t.deadline.end, t.deadline.recurrence])).toEqual([
      ["1", "Tham mưu Kế hoạch kiểm tra công tác CCHC năm 2026", ["Sở Nội vụ"], "2026-02-01", "2026-02-28", null],
      ["2", "Tổng hợp báo cáo CCHC định kỳ", ["Sở Nội vụ"], "2026-01-01", "2026-12-31", "quarterly"],
      ["3", "Xây dựng kế hoạch CCHC của địa phương", ["UBND các huyện, thị xã, thành phố"], null, "2026-01-31", null],
    ]);
  });
  it("a table of comments on a draft with an agency column still assigns nothing; a unit-of-measure 'Đơn vị' leads nothing", () => {
    const comments = findTaskHeader(makeTable([["STT", "Cơ quan, đơn vị", "Nội dung góp ý", "Ý kiến tiếp thu, giải trình"], ["1", "Sở Tư pháp", "Bổ sung căn cứ", "Tiếp thu"]]));
    expect(comments === undefined || tableKindOf(comments.roles) === undefined).toBe(true);
    const statistics = findTaskHeader(makeTable([["STT", "Nội dung", "Đơn vị", "Năm 2025"], ["1", "Hồ sơ trực tuyến", "%", "80"]]));
    expect(statistics === undefined || tableKindOf(statistics.roles) === undefined).toBe(true);
  });
});

describe("(o) a title row over the header, a column-number row '1 | 2 | …', Roman groups spanning from the task column", () => {
  it("neither the title nor the column numbers are records; each Roman row is the group of the rows under it", () => {
    const table = makeTable([
      ["DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
      ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"],
      ["1", "2", "3", "4", "5", "6"],
      ["I", "CẢI CÁCH THỂ CHẾ"],
      ["1", "Rà soát văn bản quy phạm pháp luật do tỉnh ban hành", "Sở Tư pháp", "Các sở, ngành", "Quý III/2026", "Báo cáo kết quả rà soát"],
      ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
      ["2", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "Các sở, ngành", "Quý II, III/2026", "Phương án đơn giản hóa"],
    ]);
    spanRow(table, 0, "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", 6);
    for (const at of [3, 5]) {
      const [numeral, label] = table.rows[at]!.cells;
      const line = table.rows[at]!.position.line ?? 0;
      table.rows[at]!.cells = [numeral!, label!, ...Array.from({ length: 4 }, () => cell([paragraph([cellText(label!)], { line })], { line }, { merged: "left" }))];
    }
    const { tasks } = read(partOf(table));
    expect(tasks.map((t) => [t.number, t.area, t.areaLabel, t.lead, t.partners, t.products, t.deadline.start, t.deadline.end])).toEqual([
      ["1", "institutions", "Cải cách thể chế", ["Sở Tư pháp"], ["Các sở, ngành"], ["Báo cáo kết quả rà soát"], "2026-07-01", "2026-09-30"],
      ["2", "procedures", "Cải cách thủ tục hành chính", ["Văn phòng UBND tỉnh"], ["Các sở, ngành"], ["Phương án đơn giản hóa"], "2026-04-01", "2026-09-30"],
    ]);
  });
});

describe("(p) a target table whose owner column is 'Cơ quan theo dõi, đánh giá'", () => {
  it("the monitoring body is the target's lead", () => {
    const table = makeTable([
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Cơ quan theo dõi, đánh giá"],
      ["1", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", "%", "85", "Văn phòng UBND tỉnh"],
      ["2", "Tỷ lệ hài lòng của người dân, doanh nghiệp", "%", "90", "Sở Nội vụ"],
    ]);
    expect(tableKindOf(findTaskHeader(table)!.roles)).toBe("target");
    const { tasks } = read(partOf(table));
    expect(tasks.map((t) => [t.number, t.task, t.lead, t.extra])).toEqual([
      ["1", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", ["Văn phòng UBND tỉnh"], { "Đơn vị tính": "%", "Năm 2026": "85" }],
      ["2", "Tỷ lệ hài lòng của người dân, doanh nghiệp", ["Sở Nội vụ"], { "Đơn vị tính": "%", "Năm 2026": "90" }],
    ]);
  });
});

describe("(q) an inspection schedule by day: 'STT | Đơn vị được kiểm tra | Ngày kiểm tra | Đoàn kiểm tra | Ghi chú'", () => {
  it("each unit is one record at its day; the team and the note are kept under their headers", () => {
    const table = makeTable([
      ["STT", "Đơn vị được kiểm tra", "Ngày kiểm tra", "Đoàn kiểm tra", "Ghi chú"],
      ["1", "UBND xã Tân Phú", "12/5/2026", "Đoàn số 1", ""],
      ["2", "UBND phường An Lạc", "14/5/2026", "Đoàn số 1", "Kết hợp kiểm tra chuyên đề"],
    ]);
    expect(tableKindOf(findTaskHeader(table)!.roles)).toBe("schedule");
    const { tasks, tables } = read(partOf(table));
    expect(tables[0]!.part.kind).toBe("schedule");
    expect(tasks.map((t) => [t.number, t.task, t.extra, t.deadline.start, t.deadline.end])).toEqual([
      ["1", "UBND xã Tân Phú", { "Đoàn kiểm tra": "Đoàn số 1" }, "2026-05-12", "2026-05-12"],
      ["2", "UBND phường An Lạc", { "Đoàn kiểm tra": "Đoàn số 1", "Ghi chú": "Kết hợp kiểm tra chuyên đề" }, "2026-05-14", "2026-05-14"],
    ]);
  });
  it("'Lịch kiểm tra' is the time column too", () => {
    const header = findTaskHeader(makeTable([["STT", "Cơ quan, đơn vị được kiểm tra", "Lịch kiểm tra"], ["1", "Sở Xây dựng", "Tháng 6/2026"]]));
    expect(header?.roles).toEqual(["number", "subject", "deadline"]);
  });
});

describe("(r) a leader column beside the advising body: 'Lãnh đạo UBND tỉnh phụ trách | Cơ quan tham mưu'", () => {
  it("the advising body leads; the leader is kept under the column's header", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["STT", "Nhiệm vụ", "Lãnh đạo UBND tỉnh phụ trách", "Cơ quan tham mưu", "Cơ quan phối hợp", "Thời gian hoàn thành"],
          ["1", "Chỉ đạo triển khai Kế hoạch CCHC năm 2026", "Chủ tịch UBND tỉnh", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Tháng 01/2026"],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.lead, t.partners, t.extra])).toEqual([[["Sở Nội vụ"], ["Văn phòng UBND tỉnh"], { "Lãnh đạo UBND tỉnh phụ trách": "Chủ tịch UBND tỉnh" }]]);
  });
});

describe("(s) a budget table closed by a total row", () => {
  it("'Tổng cộng' with the sum of the budget column is no record", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian", "Kinh phí (triệu đồng)"],
          ["1", "Tổ chức Hội nghị triển khai nhiệm vụ CCHC", "Sở Nội vụ", "Tháng 01/2026", "50"],
          ["2", "In ấn tài liệu tuyên truyền CCHC", "Sở Văn hóa, Thể thao và Du lịch", "Quý II/2026", "120"],
          ["", "Tổng cộng", "", "", "170"],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.number, t.task, t.lead, t.budget])).toEqual([
      ["1", "Tổ chức Hội nghị triển khai nhiệm vụ CCHC", ["Sở Nội vụ"], "50"],
      ["2", "In ấn tài liệu tuyên truyền CCHC", ["Sở Văn hóa, Thể thao và Du lịch"], "120"],
    ]);
  });
});

describe("(t) no STT column, each task numbered inside its cell", () => {
  it("'1. Ban hành …' gives number 1 and the text without it", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
          ["1. Ban hành Kế hoạch tuyên truyền CCHC năm 2026", "Sở Nội vụ", "Các sở, ngành", "Tháng 01/2026"],
          ["2. Tổ chức Cuộc thi tìm hiểu về CCHC", "Sở Nội vụ", "Tỉnh đoàn", "Quý III/2026"],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.number, t.task, t.partners])).toEqual([
      ["1", "Ban hành Kế hoạch tuyên truyền CCHC năm 2026", ["Các sở, ngành"]],
      ["2", "Tổ chức Cuộc thi tìm hiểu về CCHC", ["Tỉnh đoàn"]],
    ]);
  });
});

describe("(u) numbered headings with nothing assigned over bullet rows that assign", () => {
  it("each bullet is a task under its heading; the headings are no records", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
          ["1", "Cải cách thủ tục hành chính", "", "", ""],
          ["-", "Công bố, công khai thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ngành", "Thường xuyên"],
          ["-", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công tỉnh", "", "Năm 2026"],
          ["2", "Cải cách chế độ công vụ", "", "", ""],
          ["-", "Tuyển dụng công chức theo vị trí việc làm", "Sở Nội vụ", "", "Quý III/2026"],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.number, t.task, t.parent, t.lead])).toEqual([
      [null, "Công bố, công khai thủ tục hành chính", "Cải cách thủ tục hành chính", ["Văn phòng UBND tỉnh"]],
      [null, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Cải cách thủ tục hành chính", ["Trung tâm Phục vụ hành chính công tỉnh"]],
      [null, "Tuyển dụng công chức theo vị trí việc làm", "Cải cách chế độ công vụ", ["Sở Nội vụ"]],
    ]);
  });
});

describe("(v) a general task column beside a specific one: 'Nhiệm vụ | Nội dung công việc cụ thể'", () => {
  it("each specific content is a task of its own, the general task its parent, filled down over the rows it spans", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["STT", "Nhiệm vụ", "Nội dung công việc cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
          ["1", "Tuyên truyền về cải cách hành chính", "Xây dựng chuyên mục CCHC trên Báo Lâm Đồng", "Sở Nội vụ", "Báo Lâm Đồng", "Hằng tháng"],
          ["", "", "Tổ chức Hội thi tìm hiểu CCHC", "Sở Nội vụ", "Tỉnh đoàn", "Quý III/2026"],
          ["2", "Kiểm tra công tác cải cách hành chính", "Kiểm tra tại các sở, ngành", "Sở Nội vụ", "", "Quý II/2026"],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.number, t.task, t.parent, t.lead, t.partners, t.extra])).toEqual([
      ["1", "Xây dựng chuyên mục CCHC trên Báo Lâm Đồng", "Tuyên truyền về cải cách hành chính", ["Sở Nội vụ"], ["Báo Lâm Đồng"], {}],
      ["1", "Tổ chức Hội thi tìm hiểu CCHC", "Tuyên truyền về cải cách hành chính", ["Sở Nội vụ"], ["Tỉnh đoàn"], {}],
      ["2", "Kiểm tra tại các sở, ngành", "Kiểm tra công tác cải cách hành chính", ["Sở Nội vụ"], [], {}],
    ]);
  });
  it("two task columns neither of which says it is the specific one stay as they were: the second under its header", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["STT", "Nhiệm vụ", "Giải pháp", "Cơ quan chủ trì", "Thời gian"],
          ["1", "Nâng cao chỉ số hài lòng", "Khảo sát ý kiến người dân", "Sở Nội vụ", "Năm 2026"],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.task, t.parent, t.extra])).toEqual([["Nâng cao chỉ số hài lòng", null, { "Giải pháp": "Khảo sát ý kiến người dân" }]]);
  });
});

describe("(w) lettered rows a, b under a numbered task", () => {
  const rows = [
    ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
    ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
    ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Các sở, ngành", "Quý II/2026"],
    ["a", "Rà soát văn bản về đất đai", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "Quý II/2026"],
    ["b", "Rà soát văn bản về đầu tư", "Sở Tài chính", "Sở Tư pháp", "Quý III/2026"],
    ["2", "Kiểm tra văn bản quy phạm pháp luật", "Sở Tư pháp", "", "Thường xuyên"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""],
    ["a", "Công bố thủ tục hành chính", "Văn phòng UBND tỉnh", "", "Thường xuyên"],
  ];
  it("are tasks of their own whose parent is the numbered task; a letter in the next group has none", () => {
    const { tasks } = read(partOf(makeTable(rows)));
    expect(tasks.map((t) => [t.number, t.task, t.parent, t.lead])).toEqual([
      ["1", "Rà soát văn bản quy phạm pháp luật", null, ["Sở Tư pháp"]],
      ["a", "Rà soát văn bản về đất đai", "Rà soát văn bản quy phạm pháp luật", ["Sở Nông nghiệp và Môi trường"]],
      ["b", "Rà soát văn bản về đầu tư", "Rà soát văn bản quy phạm pháp luật", ["Sở Tài chính"]],
      ["2", "Kiểm tra văn bản quy phạm pháp luật", null, ["Sở Tư pháp"]],
      ["a", "Công bố thủ tục hành chính", null, ["Văn phòng UBND tỉnh"]],
    ]);
  });
  it("a numbered sentence with nothing else over lettered rows is their heading, no record", () => {
    // A short label there would be a sub-group (table-shapes.test.ts); a sentence is a task that its letters divide.
    const sentence = "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành.";
    const { tasks } = read(partOf(makeTable([rows[0]!, ["1", sentence, "", "", ""], rows[3]!, rows[4]!])));
    expect(tasks.map((t) => [t.number, t.parent])).toEqual([
      ["a", sentence],
      ["b", sentence],
    ]);
  });
});

describe("(x) Arabic-numbered groups in a row spanning the whole width: '1. Cải cách thể chế' over tasks 1.1, 1.2", () => {
  it("the spanning row is the group of the rows under it, whatever its case, and never a record", () => {
    const table = makeTable([
      ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
      ["1. Cải cách thể chế"],
      ["1.1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "", "Quý II/2026"],
      ["1.2", "Kiểm tra văn bản quy phạm pháp luật", "Sở Tư pháp", "", "Quý III/2026"],
      ["2. Cải cách thủ tục hành chính"],
      ["2.1", "Công bố danh mục thủ tục hành chính", "Văn phòng UBND tỉnh", "", "Thường xuyên"],
    ]);
    spanRow(table, 1, "1. Cải cách thể chế", 5);
    spanRow(table, 4, "2. Cải cách thủ tục hành chính", 5);
    const { tasks } = read(partOf(table));
    expect(tasks.map((t) => [t.number, t.area, t.areaLabel, t.task, t.parent])).toEqual([
      ["1.1", "institutions", "Cải cách thể chế", "Rà soát văn bản quy phạm pháp luật", null],
      ["1.2", "institutions", "Cải cách thể chế", "Kiểm tra văn bản quy phạm pháp luật", null],
      ["2.1", "procedures", "Cải cách thủ tục hành chính", "Công bố danh mục thủ tục hành chính", null],
    ]);
  });
});

describe("(x') a label without a number in a row spanning the whole width", () => {
  it("is the group of the rows under it", () => {
    const table = makeTable([
      ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
      ["Cải cách thủ tục hành chính"],
      ["1", "Công bố danh mục thủ tục hành chính", "Văn phòng UBND tỉnh", "", "Thường xuyên"],
    ]);
    spanRow(table, 1, "Cải cách thủ tục hành chính", 5);
    const { tasks } = read(partOf(table));
    expect(tasks.map((t) => [t.number, t.area, t.areaLabel])).toEqual([["1", "procedures", "Cải cách thủ tục hành chính"]]);
  });
});

describe("(y) a note spanning the width under the last row", () => {
  it("'Ghi chú: …' across the table is no record and no copy of the row above", () => {
    const table = makeTable([
      ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
      ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "", "Quý II/2026"],
      ["2", "Kiểm tra văn bản quy phạm pháp luật", "Sở Tư pháp", "Các sở, ngành", "Quý III/2026"],
      ["Ghi chú: các cơ quan chủ trì báo cáo kết quả về Sở Nội vụ trước ngày 10/12/2026"],
    ]);
    spanRow(table, 3, "Ghi chú: các cơ quan chủ trì báo cáo kết quả về Sở Nội vụ trước ngày 10/12/2026", 5);
    const { tasks } = read(partOf(table));
    expect(tasks.map((t) => [t.number, t.task, t.lead, t.deadline.end])).toEqual([
      ["1", "Rà soát văn bản quy phạm pháp luật", ["Sở Tư pháp"], "2026-06-30"],
      ["2", "Kiểm tra văn bản quy phạm pháp luật", ["Sở Tư pháp"], "2026-09-30"],
    ]);
  });
});

describe("(z) the same headings and notes in a text table, where the merge is lost and the text stands in the STT cell", () => {
  it("'1. Cải cách thể chế' alone in the STT cell is the group; a note there is no record", () => {
    const { tasks } = read(
      partOf(
        makeTable([
          ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
          ["1. Cải cách thể chế", "", "", "", ""],
          ["1.1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "", "Quý II/2026"],
          ["2. Cải cách thủ tục hành chính", "", "", "", ""],
          ["2.1", "Công bố danh mục thủ tục hành chính", "Văn phòng UBND tỉnh", "", "Thường xuyên"],
          ["Ghi chú: các cơ quan chủ trì báo cáo kết quả về Sở Nội vụ.", "", "", "", ""],
        ]),
      ),
    );
    expect(tasks.map((t) => [t.number, t.area, t.areaLabel, t.task])).toEqual([
      ["1.1", "institutions", "Cải cách thể chế", "Rà soát văn bản quy phạm pháp luật"],
      ["2.1", "procedures", "Cải cách thủ tục hành chính", "Công bố danh mục thủ tục hành chính"],
    ]);
  });
});

describe("the new shapes through the whole pipeline (a text plan, TAB-separated table)", () => {
  it("an agency-first appendix table and an inspection schedule by day are found, kinded and read", async () => {
    const { parsePlan } = await import("../../src/pipeline.js");
    const text = [
      "KẾ HOẠCH",
      "Kiểm tra công tác cải cách hành chính năm 2026",
      "",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "",
      "Nội dung.",
      "",
      "PHỤ LỤC I",
      "",
      ["TT", "Cơ quan, đơn vị", "Nhiệm vụ được giao", "Thời hạn hoàn thành"].join("\t"),
      ["1", "Sở Nội vụ", "Tổng hợp kết quả kiểm tra", "Tháng 12/2026"].join("\t"),
      ["2", "Văn phòng UBND tỉnh", "Kiểm tra việc giải quyết thủ tục hành chính", "Q3/2026"].join("\t"),
      "",
      "PHỤ LỤC II",
      "",
      ["STT", "Đơn vị được kiểm tra", "Ngày kiểm tra", "Ghi chú"].join("\t"),
      ["1", "UBND xã Tân Phú", "12/5/2026", ""].join("\t"),
      "",
    ].join("\n");
    const doc = await parsePlan(Buffer.from(text, "utf8"), { path: "shapes.txt" });
    expect(doc.tables.map((t) => [t.label, t.kind])).toEqual([
      ["I", "task"],
      ["II", "schedule"],
    ]);
    expect(doc.tasks.map((t) => [t.table, t.task, t.lead, t.deadline.start, t.deadline.end])).toEqual([
      ["T1", "Tổng hợp kết quả kiểm tra", ["Sở Nội vụ"], "2026-12-01", "2026-12-31"],
      ["T1", "Kiểm tra việc giải quyết thủ tục hành chính", ["Văn phòng UBND tỉnh"], "2026-07-01", "2026-09-30"],
      ["T2", "UBND xã Tân Phú", [], "2026-05-12", "2026-05-12"],
    ]);
  });
});
