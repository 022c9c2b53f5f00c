/**
 * Defects of general kinds (issue 17, round 13), each reproduced in a small plan written as offices write them: the rest
 * of a row that a page break cut, under the header drawn again; plan parts that start at "II." (the "I." cut off);
 * agency names cut at a capital or cased wrongly; a bare "Đơn vị" column in a task table. The expected records are what
 * a reader of each plan writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import { codes } from "./table-plan.js";

const HEAD = ["ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "", "Số: 33/KH-UBND", "", "Phú Thọ, ngày 14 tháng 01 năm 2026", "", "KẾ HOẠCH", "", "Cải cách hành chính năm 2026", ""];
const textPlan = (lines: string[]): Promise<PlanDocument> => parsePlan(Buffer.from(`${[...HEAD, ...lines].join("\n")}\n`, "utf8"), { path: "plan.txt" });
const tab = (...cells: string[]) => cells.join("\t");

describe("a row cut by a page break: its rest under the header drawn again", () => {
  const header = tab("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm");
  const plan = () =>
    textPlan([
      "I. NHIỆM VỤ",
      "",
      "Các nhiệm vụ cụ thể tại Phụ lục kèm theo.",
      "",
      "PHỤ LỤC",
      "",
      "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
      "",
      header,
      tab("1", "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026.", "Sở Nội vụ", "Các sở, ban, ngành;", "Quý I/2026", "Kế hoạch kiểm tra;"),
      "\f",
      header,
      tab("", "", "", "UBND các xã, phường", "", "Báo cáo kết quả kiểm tra"),
      tab("2", "Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Quý II/2026", "Báo cáo rà soát"),
      "\f",
      header,
      tab("", "Công bố danh mục thủ tục hành chính được chuẩn hóa.", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Quý III/2026", "Quyết định công bố"),
      tab("3", "Kiểm tra việc giải quyết thủ tục hành chính tại cấp xã.", "Văn phòng UBND tỉnh", "Sở Nội vụ", "Quý III/2026", "Báo cáo"),
      "\f",
      header,
      tab("", "", "", "Công an tỉnh", "Quý IV/2026", "Báo cáo bổ sung"),
    ]);

  it("joins the rest of row 1 to it (one record numbered 1), with a diagnostic; a new row or a row with its own time stays", async () => {
    const doc = await plan();
    expect(doc.tasks.map((t) => [t.number, t.task, t.partners, t.products, t.deadline.raw])).toEqual([
      ["1", "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026.", ["Các sở, ban, ngành", "UBND các xã, phường"], ["Kế hoạch kiểm tra", "Báo cáo kết quả kiểm tra"], "Quý I/2026"],
      ["2", "Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.", ["Các sở, ban, ngành"], ["Báo cáo rà soát"], "Quý II/2026"],
      // A row naming its own task after the break is a task of its own, un-numbered as written.
      [null, "Công bố danh mục thủ tục hành chính được chuẩn hóa.", ["Sở Tư pháp"], ["Quyết định công bố"], "Quý III/2026"],
      ["3", "Kiểm tra việc giải quyết thủ tục hành chính tại cấp xã.", ["Sở Nội vụ"], ["Báo cáo"], "Quý III/2026"],
      // A row with a time of its own is another row of task 3 (its task cell merged down), not the rest of a cut.
      ["3", "Kiểm tra việc giải quyết thủ tục hành chính tại cấp xã.", ["Công an tỉnh"], ["Báo cáo bổ sung"], "Quý IV/2026"],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "row-joined").map((d) => d.message)).toEqual([
      "a row after a page break with no number, task or time of its own was joined to the row above as the rest of the row the break cut",
    ]);
    expect(codes(doc, "row-joined")).toBe(1);
  });
});

describe("a plan whose parts start at II. (its part I cut off by the copy)", () => {
  const plan = () =>
    parsePlan(
      Buffer.from(
        [
          "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN",
          "",
          "Số: 12/KH-UBND",
          "",
          "Đông Sơn, ngày 10 tháng 02 năm 2026",
          "",
          "KẾ HOẠCH",
          "",
          "Tuyên truyền cải cách hành chính năm 2026",
          "",
          "II. NỘI DUNG TUYÊN TRUYỀN",
          "",
          "1. Tuyên truyền các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính.",
          "",
          "2. Tuyên truyền kết quả thực hiện cải cách thủ tục hành chính, cơ chế một cửa, một cửa liên thông.",
          "",
          "III. TỔ CHỨC THỰC HIỆN",
          "",
          "1. Văn phòng HĐND và UBND xã: chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này; tổng hợp kết quả, báo cáo UBND xã trước ngày 15/12/2026.",
          "",
          "2. Công an xã: phối hợp tuyên truyền về dịch vụ công trực tuyến lĩnh vực cư trú, căn cước; thời gian thực hiện trong Quý II/2026.",
          "",
          "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã: phối hợp vận động Nhân dân tham gia giám sát việc giải quyết thủ tục hành chính.",
          "",
          "Nơi nhận:",
          "- UBND huyện;",
          "- Lưu: VT.",
          "",
          "TM. ỦY BAN NHÂN DÂN",
          "CHỦ TỊCH",
          "",
          "Nguyễn Văn An",
          "",
        ].join("\n"),
        "utf8",
      ),
      { path: "plan.txt" },
    );

  it("reads parts II and III with their subsections, and says the parts before II are missing", async () => {
    const doc = await plan();
    expect(doc.sections.map((s) => [s.numeral, s.heading, s.subsections.length])).toEqual([
      ["II", "NỘI DUNG TUYÊN TRUYỀN", 2],
      ["III", "TỔ CHỨC THỰC HIỆN", 3],
    ]);
    expect(codes(doc, "section-numbering")).toBe(1);
  });
  it("reads the duties of part III by agency", async () => {
    const doc = await plan();
    expect(doc.tasks.map((t) => [t.origin, t.number, t.lead, t.deadline.end])).toEqual([
      ["inline", "1", ["Văn phòng HĐND và UBND xã"], "2026-12-15"],
      ["inline", "2", ["Công an xã"], "2026-06-30"],
      ["inline", "3", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"], null],
    ]);
    expect(doc.tasks[0]!.partners).toEqual(["các đơn vị liên quan"]);
  });
});

describe("a bare 'Đơn vị' column in a task table: its cells say whether it names bodies or units", () => {
  const head = [...HEAD, "I. NHIỆM VỤ", "", "Các nhiệm vụ cụ thể như sau:", ""].join("\n");
  const md = (rows: string[]) => parsePlan(Buffer.from(`${head}\n${rows.join("\n")}\n`, "utf8"), { path: "plan.md" });
  it("agency names: the column leads its rows", async () => {
    const doc = await md([
      "| STT | Nội dung công việc | Đơn vị | Thời gian |",
      "| --- | --- | --- | --- |",
      "| 1 | Rà soát thủ tục hành chính thuộc thẩm quyền của xã | Văn phòng HĐND và UBND xã | Quý I/2026 |",
      "| 2 | Tuyên truyền cải cách hành chính trên hệ thống truyền thanh | Phòng Văn hóa - Xã hội | Hằng tháng |",
      "| 3 | Kiểm tra công vụ tại các bộ phận | Phòng Nội vụ | Quý III/2026 |",
    ]);
    expect(doc.tasks.map((t) => [t.number, t.lead, t.extra])).toEqual([
      ["1", ["Văn phòng HĐND và UBND xã"], {}],
      ["2", ["Phòng Văn hóa - Xã hội"], {}],
      ["3", ["Phòng Nội vụ"], {}],
    ]);
    expect(codes(doc, "column-unmapped")).toBe(0);
  });
  it("units of measure: the column stays under its header", async () => {
    const doc = await md([
      "| STT | Nội dung công việc | Đơn vị | Số lượng | Thời gian |",
      "| --- | --- | --- | --- | --- |",
      "| 1 | Tổ chức hội nghị tập huấn cải cách hành chính | Cuộc | 02 | Quý II/2026 |",
      "| 2 | Ban hành văn bản chỉ đạo, điều hành | Văn bản | 05 | Năm 2026 |",
      "| 3 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 80 | Năm 2026 |",
    ]);
    expect(doc.tasks.map((t) => [t.number, t.lead, t.extra])).toEqual([
      ["1", [], { "Đơn vị": "Cuộc", "Số lượng": "02" }],
      ["2", [], { "Đơn vị": "Văn bản", "Số lượng": "05" }],
      ["3", [], { "Đơn vị": "%", "Số lượng": "80" }],
    ]);
  });
});

describe("a cadence written without 'định kỳ' in a duty", () => {
  it("'báo cáo hằng quý', 'phát sóng hằng tháng', 'hằng năm' after the work: the duty recurs", async () => {
    const doc = await textPlan([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "",
      "Nâng cao hiệu quả công tác tuyên truyền cải cách hành chính.",
      "",
      "II. TỔ CHỨC THỰC HIỆN",
      "",
      "1. Sở Nội vụ: theo dõi, đôn đốc việc thực hiện Kế hoạch, tổng hợp kết quả báo cáo UBND tỉnh hằng quý.",
      "",
      "2. Báo và Phát thanh, Truyền hình tỉnh: xây dựng chuyên mục cải cách hành chính, phát sóng hàng tháng.",
      "",
      "3. Sở Tài chính: tham mưu bố trí kinh phí chi thường xuyên hằng năm để thực hiện Kế hoạch.",
      "",
      "4. Các sở, ban, ngành: đánh giá kết quả thực hiện Kế hoạch hằng năm, gửi Sở Nội vụ.",
      "",
      "Nơi nhận:",
      "- Lưu: VT.",
      "",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "",
      "Nguyễn Văn An",
    ]);
    expect(doc.tasks.map((t) => [t.number, t.lead, t.deadline.raw, t.deadline.start, t.deadline.end, t.deadline.recurrence])).toEqual([
      ["1", ["Sở Nội vụ"], "hằng quý", "2026-01-01", "2026-12-31", "quarterly"],
      ["2", ["Báo và Phát thanh, Truyền hình tỉnh"], "hàng tháng", "2026-01-01", "2026-12-31", "monthly"],
      // The yearly budget is the money's cadence, not a time of the duty.
      ["3", ["Sở Tài chính"], null, null, null, null],
      ["4", ["Các sở, ban, ngành"], "hằng năm", "2026-01-01", "2026-12-31", "yearly"],
    ]);
  });
});
