/**
 * OCR repairs of issue 18 (scanned plans whose task table runs across pages), each a guess the table's order or a
 * dictionary settles, each reported:
 * - an STT cell OCR read one mark away from the number due between its neighbours ("11" read "1U" or "1", "4" read
 *   "3"), on a row read by OCR only: a typed table's slip stays as written;
 * - "Quý 17/2026" (no quarter 17; OCR's reading of a serif "I/") is Quý I;
 * - a signer's surname read with a mark changed ("Nguyên" for "Nguyễn") is the one surname with its letters.
 */
import { describe, expect, it } from "vitest";
import { assembleTasks } from "../../src/assemble/task.js";
import { extractTableTasks } from "../../src/extract/table.js";
import type { Table } from "../../src/model/types.js";
import { parseDeadline } from "../../src/normalize/deadline.js";
import { readText } from "../../src/read/text.js";
import { tableKindOf } from "../../src/schema/roles.js";
import type { AssignmentTablePart } from "../../src/segment/tables.js";
import { findTaskHeader } from "../../src/segment/task-header.js";
import { segment } from "../../src/segment/index.js";
import { restoredSurname } from "../../src/segment/surnames.js";
import { makeTable } from "./make-table.js";

/** The table as OCR gives it: every paragraph carries the words the engine read. */
function scanned(table: Table): Table {
  for (const row of table.rows) for (const cell of row.cells) for (const paragraph of cell.content) paragraph.ocrWords = [{ text: "x", confidence: 80 }];
  return table;
}

function read(rows: string[][], ocr: boolean) {
  const table = ocr ? scanned(makeTable(rows)) : makeTable(rows);
  const header = findTaskHeader(table)!;
  const part: AssignmentTablePart = { block: 0, table, header, continues: false, kind: tableKindOf(header.roles) ?? "task", appendix: null };
  const extracted = extractTableTasks([part]);
  const assembled = assembleTasks(extracted.value.flatMap((t) => t.tasks), { year: 2026, period: { from: 2026, to: 2026 } });
  return { numbers: assembled.value.map((t) => t.number), diagnostics: [...extracted.diagnostics, ...assembled.diagnostics] };
}

const HEADER = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
const row = (number: string, text: string) => [number, text, "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Quý II/2026"];
const ROWS = [
  HEADER,
  row("10", "Đo lường sự hài lòng của người dân"),
  row("1U", "Triển khai thanh toán trực tuyến phí, lệ phí"),
  row("12", "Duy trì Hệ thống quản lý chất lượng"),
  row("3", "Rà soát đơn vị sự nghiệp công lập"),
  row("14", "Ứng dụng trí tuệ nhân tạo hỗ trợ người dân"),
  row("15", "Cập nhật danh mục vị trí việc làm"),
  row("1", "Kiểm tra kỷ luật, kỷ cương hành chính"),
  row("17", "Tổng hợp, báo cáo kết quả"),
];

describe("an OCR'd STT cell one mark from the number due between its neighbours", () => {
  it("is that number, each guess reported", () => {
    const { numbers, diagnostics } = read(ROWS, true);
    expect(numbers).toEqual(["10", "11", "12", "13", "14", "15", "16", "17"]);
    expect(diagnostics.filter((d) => d.code === "number-guessed").map((d) => d.message)).toEqual([
      `the row number reads "1U": taken as 11, between 10 and 12 (a misread number)`,
      `the row number reads "3": taken as 13, between 12 and 14 (a misread number)`,
      `the row number reads "1": taken as 16, between 15 and 17 (a misread number)`,
    ]);
  });
  it("stays as written in a typed table, further than one mark, or where the neighbours do not bracket one number", () => {
    expect(read(ROWS, false).numbers).toEqual(["10", "1U", "12", "3", "14", "15", "1", "17"]);
    const far = read([HEADER, row("4", "Rà soát"), row("27", "Công khai"), row("6", "Số hóa"), row("8", "Báo cáo"), row("2", "Kiểm tra"), row("9", "Tổng kết")], true);
    expect(far.numbers).toEqual(["4", "27", "6", "8", "2", "9"]);
    expect(far.diagnostics.map((d) => d.code)).not.toContain("number-guessed");
  });
});

describe("a quarter OCR read '17'", () => {
  it("'Quý 17/2026' is Quý I, said to be a guess", () => {
    const { value, diagnostics } = parseDeadline(["Quý 17/2026"], { year: 2026, period: { from: 2026, to: 2026 } });
    expect([value.start, value.end]).toEqual(["2026-01-01", "2026-03-31"]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "deadline-numeral-guessed", message: expect.stringContaining("a guess") }));
  });
  it("'Tháng 17/2026' and 'Quý 27/2026' are not read", () => {
    for (const raw of ["Tháng 17/2026", "Quý 27/2026"]) {
      const { value } = parseDeadline([raw], { year: 2026, period: { from: 2026, to: 2026 } });
      expect(value.end, raw).toBeNull();
    }
  });
});

describe("a signer's surname read with a mark changed", () => {
  it("is the one surname of the dictionary with its letters", () => {
    expect(restoredSurname("Nguyên Văn Hùng")).toEqual({ name: "Nguyễn Văn Hùng", read: "Nguyên", surname: "Nguyễn" });
    expect(restoredSurname("Trân Thị Mai")?.name).toBe("Trần Thị Mai");
    expect(restoredSurname("Đồ Minh Tuấn")?.name).toBe("Đỗ Minh Tuấn");
  });
  it("stays as read when it is a surname, when two surnames share its letters, or when it matches none", () => {
    for (const name of ["Nguyễn Văn Hùng", "Lã Văn Nam", "Dướng Văn Bình", "Rơ Châm Long", "Hùng", "NGUYÊN VĂN HÙNG"]) expect(restoredSurname(name), name).toBeUndefined();
  });
});

describe("the signer's surname in a plan's signature block", () => {
  const lines = ["**UBND HUYỆN ĐỨC THỌ**", "Số: 42/KH-UBND", "Đức Thọ, ngày 20 tháng 01 năm 2026", "**KẾ HOẠCH**", "**Cải cách hành chính năm 2026**", "**I. MỤC ĐÍCH**", "Nội dung.", "Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyên Văn Hùng"];
  const parse = async (ocr: boolean) => {
    const doc = await readText(lines.join("\n\n"), "md");
    if (ocr) {
      // As the OCR reader gives it: every block on page 1, a page OCR read.
      for (const block of doc.children) block.position = { ...block.position, page: 1 };
      doc.source = { ...doc.source, ocrPages: [1] };
    }
    return segment(doc);
  };
  it("read by OCR with a mark changed, is restored and reported", async () => {
    const plan = await parse(true);
    expect(plan.value.meta.signer).toBe("Nguyễn Văn Hùng");
    expect(plan.diagnostics).toContainEqual(expect.objectContaining({ code: "ocr-correction", message: expect.stringContaining(`"Nguyên", corrected to "Nguyễn"`) }));
  });
  it("typed, stays as written", async () => {
    expect((await parse(false)).value.meta.signer).toBe("Nguyên Văn Hùng");
  });
});
