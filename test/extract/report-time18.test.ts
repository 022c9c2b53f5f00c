/**
 * Two time columns that are not a start and an end (issue 18): "Thời gian thực hiện | Thời hạn báo cáo". The record's
 * deadline is the timeline of the work (CONTRACT.md: the timeline cell, "Thời gian thực hiện / hoàn thành"); the
 * report's time is another column no Task field fits, kept under its header in `extra` (nothing in a table is lost).
 * Expected values are a reader's.
 */
import { describe, expect, it } from "vitest";
import { PROVINCE_HEAD as HEAD, htmlPlan, markdownPlan, row, rule } from "./table-plan.js";

const markdown = (...lines: string[]) => markdownPlan(HEAD, lines);
const dates = (doc: Awaited<ReturnType<typeof markdownPlan>>) => doc.tasks.map((t) => [t.deadline.raw, t.deadline.start, t.deadline.end, t.deadline.recurrence]);

describe("a work time column beside a report time column", () => {
  it("'Thời gian thực hiện | Thời hạn báo cáo': the deadline is the work's, the report's time stays in extra", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Chủ trì", "Thời gian thực hiện", "Thời hạn báo cáo"),
      rule(5),
      row("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý II/2026", "Trước 30/6/2026"),
      row("2", "Kiểm tra công tác cải cách hành chính", "Sở Nội vụ", "Thường xuyên", "Hằng quý"),
    );
    expect(dates(doc)).toEqual([
      ["Quý II/2026", "2026-04-01", "2026-06-30", null],
      ["Thường xuyên", "2026-01-01", "2026-12-31", "continuous"],
    ]);
    expect(doc.tasks.map((t) => t.extra)).toEqual([{ "Thời hạn báo cáo": "Trước 30/6/2026" }, { "Thời hạn báo cáo": "Hằng quý" }]);
  });
  it("the report column first ('Thời gian gửi báo cáo | Thời gian hoàn thành'), HTML", async () => {
    const doc = await htmlPlan(
      HEAD,
      "<tr><td>STT</td><td>Nhiệm vụ</td><td>Chủ trì</td><td>Thời gian gửi báo cáo</td><td>Thời gian hoàn thành</td></tr>" +
        "<tr><td>1</td><td>Xây dựng kế hoạch kiểm tra</td><td>Sở Nội vụ</td><td>Trước ngày 15/12/2026</td><td>Tháng 3/2026</td></tr>",
    );
    expect(dates(doc)).toEqual([["Tháng 3/2026", "2026-03-01", "2026-03-31", null]]);
    expect(doc.tasks[0]!.extra).toEqual({ "Thời gian gửi báo cáo": "Trước ngày 15/12/2026" });
  });
  it("a report time column alone is the deadline (a table of reports)", async () => {
    const doc = await markdown(
      row("STT", "Nội dung báo cáo", "Cơ quan chủ trì", "Thời hạn báo cáo"),
      rule(4),
      row("1", "Báo cáo công tác cải cách hành chính quý", "Sở Nội vụ", "Trước ngày 15 của tháng cuối quý"),
    );
    expect(dates(doc)).toEqual([["Trước ngày 15 của tháng cuối quý", null, null, "quarterly"]]);
  });
  it("'Thời gian bắt đầu | Thời gian hoàn thành' is still one time, from start to end", async () => {
    const doc = await markdown(
      row("STT", "Nhiệm vụ", "Chủ trì", "Thời gian bắt đầu", "Thời gian hoàn thành"),
      rule(5),
      row("1", "Khảo sát sự hài lòng của người dân", "Sở Nội vụ", "Tháng 6/2026", "Trước 30/6/2026"),
    );
    expect(dates(doc)).toEqual([["Tháng 6/2026 - Trước 30/6/2026", "2026-06-01", "2026-06-30", null]]);
  });
});
