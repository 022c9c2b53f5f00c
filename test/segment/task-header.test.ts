import { describe, expect, it } from "vitest";
import { findTaskHeader, repeatsHeader, roleOf } from "../../src/segment/task-header.js";
import { makeTable } from "../extract/make-table.js";

describe("task-table header", () => {
  it("maps columns to roles by their words, whatever their order", () => {
    const header = findTaskHeader(makeTable([["Thời gian thực hiện", "Nội dung", "STT", "Cơ quan chủ trì", "Cơ quan phối hợp"], ["Quý I", "Rà soát", "1", "Sở Nội vụ", ""]]));
    expect(header?.roles).toEqual(["deadline", "task", "number", "lead", "partners"]);
    expect(header?.rowIndex).toBe(0);
  });
  it("ignores spaces Word lost between runs and a leading column number", () => {
    expect(roleOf("Chủ trìthực hiện")).toBe("lead");
    expect(roleOf("(3) Thời hạn")).toBe("deadline");
  });
  it("reads a two-row header: sub-headers under a spanning cell", () => {
    const header = findTaskHeader(
      makeTable([
        ["STT", "Nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian"],
        ["", "", "Chủ trì", "Phối hợp", ""],
        ["1", "Rà soát", "Sở Nội vụ", "Các sở", "2024"],
      ]),
    );
    expect(header?.rowIndex).toBe(1);
    expect(header?.roles).toEqual(["number", "task", "lead", "partners", "deadline"]);
    expect(header?.labels[2]).toBe("Cơ quan thực hiện chủ trì");
  });
  it("takes a column-number row as OCR misreads it ('G)', '(9)', one lost) as part of the header, and as a repeat", () => {
    const rows = [
      ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
      ["G)", "", "(3)", "(4)", "(9)", "(6)"],
      ["1", "Rà soát thủ tục hành chính", "Báo cáo", "Phòng Nội vụ", "Các phòng", "Quý I/2024"],
    ];
    const header = findTaskHeader(makeTable(rows));
    expect(header?.rowIndex).toBe(1);
    expect(repeatsHeader(makeTable([["(69)", "o)", "3)", "(4)", "(9)", "(6)"]]).rows[0]!.cells, header!)).toBe(true);
    // A row with a word in it is data, whatever its numbers.
    expect(repeatsHeader(makeTable([["5", "Báo cáo", "", "(4)", "(5)", "(6)"]]).rows[0]!.cells, header!)).toBe(false);
    expect(findTaskHeader(makeTable([rows[0]!, ["1", "", "(3)", "Phòng Nội vụ", "", "(6)"], rows[2]!]))?.rowIndex).toBe(0);
  });
  it("takes a column-number row under the header as part of it", () => {
    const header = findTaskHeader(makeTable([["TT", "Nội dung", "Chủ trì", "Thời gian"], ["(1)", "(2)", "(3)", "(4)"], ["1", "Rà soát", "Sở Nội vụ", "2024"]]));
    expect(header?.rowIndex).toBe(1);
  });
  it("finds no header in a table that names no task and no responsibility", () => {
    expect(findTaskHeader(makeTable([["Chỉ số", "Điểm"], ["Chỉ số PAR", "85"]]))).toBeUndefined();
  });
  it("tells a repeated header row (on a new page) from a data row", () => {
    const table = makeTable([["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"], ["1", "Rà soát", "Sở Nội vụ", "Các sở", "2024"]]);
    const header = findTaskHeader(table)!;
    expect(repeatsHeader(makeTable([["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]]).rows[0]!.cells, header)).toBe(true);
    expect(repeatsHeader(makeTable([["1", "2", "3", "4", "5"]]).rows[0]!.cells, header)).toBe(true);
    expect(repeatsHeader(table.rows[1]!.cells, header)).toBe(false);
  });
});
