/**
 * Table shapes of real plans that the shared real documents do not all show (issue 17): numbered sub-group rows at
 * any depth, a table that goes on after elided rows, merged "chủ trì/phối hợp" columns and lead cells that say who
 * leads, column-number rows, two-row headers, Ghi chú / Kinh phí / Thời hạn / Sản phẩm columns. Each table is small
 * and synthetic; the expected records are what a reader of such a table writes down.
 */
import { describe, expect, it } from "vitest";
import { assembleTasks } from "../../src/assemble/task.js";
import { extractTableTasks } from "../../src/extract/table.js";
import type { AssignmentTablePart } from "../../src/segment/tables.js";
import { findTaskHeader } from "../../src/segment/task-header.js";
import { tableKindOf } from "../../src/schema/roles.js";
import { makeTable } from "./make-table.js";

function part(rows: string[][], block = 0): AssignmentTablePart {
  const table = makeTable(rows);
  const header = findTaskHeader(table)!;
  return { block, table, header, continues: false, kind: tableKindOf(header.roles) ?? "task", appendix: null };
}

function read(...parts: AssignmentTablePart[]) {
  const extracted = extractTableTasks(parts);
  const assembled = assembleTasks(extracted.value.flatMap((t) => t.tasks), { year: 2026, period: { from: 2026, to: 2026 } });
  return { tables: extracted.value, tasks: assembled.value, diagnostics: [...extracted.diagnostics, ...assembled.diagnostics] };
}

const HEADER = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];

describe("numbered sub-group rows are groups, never records", () => {
  it("'5.1 | | Thương mại': a number and a label outside the task column", () => {
    const { tasks } = read(
      part([
        HEADER,
        ["V", "PHÁT TRIỂN KINH TẾ SỐ", "", "", ""],
        ["5.1", "", "Thương mại", "", ""],
        ["1", "Thúc đẩy thương mại điện tử", "Sở Công Thương", "UBND cấp xã", "Năm 2026"],
        ["5.2", "", "Nông nghiệp", "", ""],
        ["1", "Xây dựng bản đồ số nông sản", "Sở Nông nghiệp và Môi trường", "", "Quý II/2026"],
      ]),
    );
    expect(tasks.map((t) => [t.areaLabel, t.subArea, t.number, t.task, t.lead])).toEqual([
      ["Phát triển kinh tế số", "Thương mại", "1", "Thúc đẩy thương mại điện tử", ["Sở Công Thương"]],
      ["Phát triển kinh tế số", "Nông nghiệp", "1", "Xây dựng bản đồ số nông sản", ["Sở Nông nghiệp và Môi trường"]],
    ]);
  });
  it("'2.3 | Nông nghiệp' in the task column over rows numbered from 1 again; nested '3 | Kinh tế số' over '3.1 | Thương mại'", () => {
    const { tasks } = read(
      part([
        HEADER,
        ["3", "Kinh tế số", "", "", ""],
        ["3.1", "Thương mại", "", "", ""],
        ["1", "Hỗ trợ doanh nghiệp lên sàn", "Sở Công Thương", "", "Thường xuyên"],
        ["2", "Phát triển logistics số", "Sở Công Thương", "Sở Xây dựng", "Năm 2026"],
        ["3.2", "Nông nghiệp", "", "", ""],
        ["1", "Truy xuất nguồn gốc nông sản", "Sở Nông nghiệp và Môi trường", "", "Năm 2026"],
      ]),
    );
    expect(tasks.map((t) => [t.areaLabel, t.subArea, t.number])).toEqual([
      ["Kinh tế số", "Thương mại", "1"],
      ["Kinh tế số", "Thương mại", "2"],
      ["Kinh tế số", "Nông nghiệp", "1"],
    ]);
  });
  it("a numbered row with nothing but its text followed by its sibling stays a task (its merged cells were lost)", () => {
    const { tasks } = read(
      part([
        HEADER,
        ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "", "Quý I/2026"],
        ["2", "Tổ chức Hội nghị sơ kết", "", "", ""],
        ["3", "Kiểm tra công vụ", "Sở Nội vụ", "", "Quý III/2026"],
      ]),
    );
    expect(tasks.map((t) => [t.number, t.task])).toEqual([
      ["1", "Rà soát thủ tục hành chính"],
      ["2", "Tổ chức Hội nghị sơ kết"],
      ["3", "Kiểm tra công vụ"],
    ]);
  });
  it("a number with an agency alone is a row of the task above, not a group", () => {
    const { tasks } = read(part([HEADER, ["1", "Rà soát", "Sở Tư pháp", "", "Quý I/2026"], ["1", "", "Sở Nội vụ", "", ""]]));
    expect(tasks.every((t) => t.task === "Rà soát")).toBe(true);
  });
});

describe("a table that goes on after elided rows", () => {
  it("rows numbered anew after the gap are in no known group; rows that carry on the numbering stay in theirs", () => {
    const first = part([HEADER, ["II", "CẢI CÁCH TTHC", "", "", ""], ["7", "Công khai thủ tục", "Văn phòng UBND tỉnh", "", "Năm 2026"], ["8", "Rà soát quy trình", "Sở Nội vụ", "", "Năm 2026"]]);
    const elided = { ...first, block: 2, table: makeTable([["2", "Thành lập Quỹ", "Sở Tài chính", "", "Năm 2026"]]), header: { ...first.header, rowIndex: -1 }, continues: true, interrupted: true };
    const carried = { ...first, block: 2, table: makeTable([["9", "Số hóa hồ sơ", "Sở Tư pháp", "", "Năm 2026"]]), header: { ...first.header, rowIndex: -1 }, continues: true, interrupted: true };
    const gap = read(first, elided);
    expect(gap.tasks.map((t) => [t.number, t.areaLabel])).toEqual([
      ["7", "Cải cách TTHC"],
      ["8", "Cải cách TTHC"],
      ["2", null],
    ]);
    expect(gap.diagnostics.map((d) => d.code)).toContain("group-unknown");
    expect(read(first, carried).tasks.map((t) => t.areaLabel)).toEqual(["Cải cách TTHC", "Cải cách TTHC", "Cải cách TTHC"]);
  });
});

describe("who leads: merged columns and cells that say it", () => {
  it("'Cơ quan chủ trì, cơ quan phối hợp' in one column: the first named leads, unless the cell says which is which", () => {
    const { tasks, tables } = read(
      part([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì, cơ quan phối hợp", "Thời hạn hoàn thành"],
        ["1", "Rà soát văn bản", "Sở Tư pháp; các sở, ngành", "Quý II/2026"],
        ["2", "Kiểm tra công vụ", "Các sở, ngành phối hợp; Sở Nội vụ chủ trì", "Quý III/2026"],
      ]),
    );
    expect(tables[0]!.columns).toEqual(["STT", "Nhiệm vụ", "Cơ quan chủ trì, cơ quan phối hợp", "Thời hạn hoàn thành"]);
    expect(tasks.map((t) => [t.lead, t.partners])).toEqual([
      [["Sở Tư pháp"], ["các sở, ngành"]],
      [["Sở Nội vụ"], ["Các sở, ngành"]],
    ]);
  });
  it("'Trách nhiệm thực hiện' saying 'X chủ trì, phối hợp với Y': X leads, Y partners; the activity is reported", () => {
    const { tasks, diagnostics } = read(
      part([
        ["TT", "Nội dung", "Trách nhiệm thực hiện", "Thời gian"],
        ["1", "Tổ chức Cuộc thi tìm hiểu về CCHC", "Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, Tỉnh đoàn", "Quý III/2026"],
        ["2", "Công bố dữ liệu mở", "Sở KH&CN chủ trì hướng dẫn; các sở, ngành thực hiện công bố", "Hằng năm"],
      ]),
    );
    expect(tasks.map((t) => [t.lead, t.partners])).toEqual([
      [["Sở Nội vụ"], ["Sở Tư pháp", "Tỉnh đoàn"]],
      [["Sở KH&CN"], ["các sở, ngành"]],
    ]);
    expect(diagnostics.filter((d) => d.code === "agency-activity").map((d) => d.message.split('"')[1])).toEqual(["chủ trì hướng dẫn", "thực hiện công bố"]);
  });
});

describe("column shapes", () => {
  it("a two-row header with a column-number row; Sản phẩm, Kinh phí and Ghi chú columns", () => {
    const { tasks, tables } = read(
      part([
        ["TT", "Nội dung công việc", "Cơ quan thực hiện", "", "Thời gian hoàn thành", "Sản phẩm", "Nguồn kinh phí", "Ghi chú"],
        ["", "", "Chủ trì", "Phối hợp", "", "", "", ""],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
        ["1", "Xây dựng kế hoạch tuyên truyền", "Sở Nội vụ", "Báo và Phát thanh, Truyền hình tỉnh", "Tháng 3/2026", "Kế hoạch", "Ngân sách tỉnh", "Trọng tâm"],
        ["TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Nguồn kinh phí", "Ghi chú"],
        ["2", "Tập huấn nghiệp vụ CCHC", "Sở Nội vụ", "", "Quý II/2026", "Lớp tập huấn", "", ""],
      ]),
    );
    expect(tables[0]!.columns).toEqual(["TT", "Nội dung công việc", "Cơ quan thực hiện chủ trì", "Cơ quan thực hiện phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Nguồn kinh phí", "Ghi chú"]);
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({
      number: "1",
      lead: ["Sở Nội vụ"],
      partners: ["Báo và Phát thanh, Truyền hình tỉnh"],
      products: ["Kế hoạch"],
      budget: "Ngân sách tỉnh",
      extra: { "Ghi chú": "Trọng tâm" },
      deadline: { start: "2026-03-01", end: "2026-03-31" },
    });
    expect(tasks[1]).toMatchObject({ number: "2", task: "Tập huấn nghiệp vụ CCHC", products: ["Lớp tập huấn"], deadline: { start: "2026-04-01", end: "2026-06-30" } });
  });
});
