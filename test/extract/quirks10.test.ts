/**
 * Small general quirks (issue 17), each on a short hand-written plan: the expected records are what a reader of the
 * plan writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const HEAD = "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG SƠN\nSố: 15/KH-UBND\nĐông Sơn, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\n";

function parse(body: string, path: string): Promise<PlanDocument> {
  return parsePlan(Buffer.from(`${HEAD}${body}`, "utf8"), { path });
}

const rows = (table: string[][]) => table.map((row) => row.join("\t")).join("\n");

describe("a sentence that only points to the table or appendix", () => {
  it("is no task of 'Các đơn vị' when it introduces the table after it", async () => {
    const doc = await parse(
      [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "",
        "Nâng cao hiệu quả cải cách hành chính.",
        "",
        "II. NHIỆM VỤ VÀ TỔ CHỨC THỰC HIỆN",
        "",
        "Giao các đơn vị thực hiện các nhiệm vụ sau:",
        "",
        rows([
          ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
          ["1", "Rà soát quy trình nội bộ giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND xã", "Quý I/2026"],
          ["2", "Số hóa hồ sơ thủ tục hành chính", "Trung tâm Phục vụ hành chính công xã", "Năm 2026"],
        ]),
        "",
      ].join("\n"),
      "lead-in.txt",
    );
    expect(doc.tasks.map((t) => [t.number, t.task, t.lead])).toEqual([
      ["1", "Rà soát quy trình nội bộ giải quyết thủ tục hành chính", ["Văn phòng HĐND và UBND xã"]],
      ["2", "Số hóa hồ sơ thủ tục hành chính", ["Trung tâm Phục vụ hành chính công xã"]],
    ]);
  });

  it.each([
    "Các đơn vị có trách nhiệm thực hiện các nhiệm vụ sau:",
    "Ủy ban nhân dân xã phân công nhiệm vụ cụ thể như sau:",
    "Giao các cơ quan, đơn vị thực hiện các nhiệm vụ cụ thể như sau:",
  ])("is no task when it reads %j over the table", async (intro) => {
    const doc = await parse(
      [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "",
        "Nâng cao hiệu quả cải cách hành chính.",
        "",
        "II. TỔ CHỨC THỰC HIỆN",
        "",
        intro,
        "",
        rows([
          ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
          ["1", "Kiểm tra công tác cải cách hành chính tại các thôn", "Văn phòng HĐND và UBND xã", "Quý III/2026"],
        ]),
        "",
      ].join("\n"),
      "lead-in.txt",
    );
    expect(doc.tasks.map((t) => [t.number, t.lead])).toEqual([["1", ["Văn phòng HĐND và UBND xã"]]]);
  });

  it("is no task when it hands the work over by the appendix, but a duty asking for more stays one", async () => {
    const doc = await parse(
      [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "",
        "Nâng cao hiệu quả cải cách hành chính.",
        "",
        "II. TỔ CHỨC THỰC HIỆN",
        "",
        "1. Các cơ quan, đơn vị thực hiện nhiệm vụ được giao tại Phụ lục kèm theo.",
        "2. Các sở, ban, ngành căn cứ Kế hoạch này xây dựng kế hoạch triển khai tại cơ quan, đơn vị mình trước ngày 31/01/2026.",
        "3. Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.",
        "",
      ].join("\n"),
      "appendix-pointer.txt",
    );
    expect(doc.tasks.map((t) => [t.number, t.lead])).toEqual([
      ["2", ["Các sở, ban, ngành"]],
      ["3", ["Sở Nội vụ"]],
    ]);
    expect(doc.tasks[0]?.deadline.end).toBe("2026-01-31");
    // The pointer is no record, but its words stay in the section's text.
    expect(doc.sections.find((s) => s.heading === "TỔ CHỨC THỰC HIỆN")?.text).toContain("được giao tại Phụ lục kèm theo");
  });
});

describe("a note mark in parentheses", () => {
  it("stays as written in Markdown, however many a paragraph holds", async () => {
    const doc = await parse(
      [
        "## I. MỤC TIÊU",
        "",
        "Tỷ lệ hồ sơ giải quyết đúng hạn (*) đạt 100%; tỷ lệ hồ sơ trực tuyến (**) đạt 80%; mức độ hài lòng (*) trên 90%.",
        "",
        "## II. NHIỆM VỤ",
        "",
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |",
        "| --- | --- | --- | --- |",
        "| 1 | Số hóa hồ sơ (*) | Văn phòng HĐND và UBND xã | Năm 2026 |",
        "| 2 | Khảo sát sự hài lòng **(*)** | Văn phòng HĐND và UBND xã | Quý IV/2026 |",
        "",
      ].join("\n"),
      "note-marks.md",
    );
    expect(doc.sections[0]?.text).toBe("Tỷ lệ hồ sơ giải quyết đúng hạn (*) đạt 100%; tỷ lệ hồ sơ trực tuyến (**) đạt 80%; mức độ hài lòng (*) trên 90%.");
    expect(doc.tasks.map((t) => t.task)).toEqual(["Số hóa hồ sơ (*)", "Khảo sát sự hài lòng (*)"]);
  });
});

describe("a total row", () => {
  it("is dropped with a diagnostic quoting its own label", async () => {
    const doc = await parse(
      [
        "I. MỤC TIÊU",
        "",
        "Nâng cao hiệu quả cải cách hành chính.",
        "",
        "PHỤ LỤC",
        "",
        rows([
          ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "Kinh phí (triệu đồng)"],
          ["1", "Tuyên truyền cải cách hành chính", "Văn phòng HĐND và UBND xã", "Năm 2026", "20"],
          ["2", "Kiểm tra cải cách hành chính", "Văn phòng HĐND và UBND xã", "Quý III/2026", "15"],
          ["", "Tổng kinh phí dự kiến", "", "", "35"],
        ]),
        "",
      ].join("\n"),
      "total.txt",
    );
    expect(doc.tasks.map((t) => t.number)).toEqual(["1", "2"]);
    const dropped = doc.diagnostics.filter((d) => d.code === "total-row-dropped");
    expect(dropped.map((d) => d.message)).toEqual(['a row totalling the table ("Tổng kinh phí dự kiến") is no record']);
  });
});

describe("an item whose assignment comes before its duty", () => {
  it("reads the lead, partners and time written first, and the sentence after them as the task", async () => {
    const doc = await parse(
      [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "",
        "Nâng cao nhận thức về cải cách hành chính.",
        "",
        "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
        "",
        "1. Chủ trì: Công chức Văn phòng - Thống kê; phối hợp: Công chức Tư pháp - Hộ tịch. Triển khai tuyên truyền Kế hoạch cải cách hành chính trên Trang thông tin điện tử xã.",
        "2. Chủ trì: Công chức Văn hóa - Xã hội. Phối hợp: Đoàn Thanh niên xã. Thời gian: Quý II/2026. Tổ chức cuộc thi tìm hiểu về cải cách hành chính.",
        "",
      ].join("\n"),
      "label-first.txt",
    );
    expect(doc.tasks.map((t) => [t.number, t.task, t.lead, t.partners])).toEqual([
      ["1", "Triển khai tuyên truyền Kế hoạch cải cách hành chính trên Trang thông tin điện tử xã.", ["Công chức Văn phòng - Thống kê"], ["Công chức Tư pháp - Hộ tịch"]],
      ["2", "Tổ chức cuộc thi tìm hiểu về cải cách hành chính.", ["Công chức Văn hóa - Xã hội"], ["Đoàn Thanh niên xã"]],
    ]);
    expect(doc.tasks[1]?.deadline).toMatchObject({ start: "2026-04-01", end: "2026-06-30" });
  });
});
