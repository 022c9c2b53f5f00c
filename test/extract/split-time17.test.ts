/**
 * A time column split into a start and an end (issue 17): "Thời gian bắt đầu | Thời gian hoàn thành", a bare
 * "Bắt đầu | Hoàn thành" (or "Kết thúc") in one header row, and "Thời gian thực hiện" over "Bắt đầu | Hoàn thành".
 * The start cell gives the record's start and the end cell its end, whatever each says of its other side (README,
 * Deadlines). Expected values are a reader's: "Tháng 6/2026" under Bắt đầu starts on 1 June.
 */
import { describe, expect, it } from "vitest";
import { PROVINCE_HEAD as HEAD, htmlPlan, markdownPlan, row, rule } from "./table-plan.js";

const markdown = (...lines: string[]) => markdownPlan(HEAD, lines);
const dates = (doc: Awaited<ReturnType<typeof markdownPlan>>) => doc.tasks.map((t) => [t.deadline.raw, t.deadline.start, t.deadline.end]);

const rows = [
  row("1", "Khảo sát sự hài lòng của người dân", "Sở Nội vụ", "Tháng 6/2026", "Trước 30/6/2026"),
  row("2", "Rà soát quy chế làm việc", "Sở Tư pháp", "Quý I/2026", "Chậm nhất ngày 31/3/2026"),
  row("3", "Sắp xếp đơn vị sự nghiệp", "Sở Nội vụ", "Khi có chỉ đạo", "30/6/2026"),
  row("4", "Sơ kết công tác cải cách hành chính", "Văn phòng UBND tỉnh", "Tháng 5/2026", "Tháng 6/2026"),
];
const expected = [
  ["Tháng 6/2026 - Trước 30/6/2026", "2026-06-01", "2026-06-30"],
  ["Quý I/2026 - Chậm nhất ngày 31/3/2026", "2026-01-01", "2026-03-31"],
  ["Khi có chỉ đạo - 30/6/2026", null, "2026-06-30"],
  ["Tháng 5/2026 - Tháng 6/2026", "2026-05-01", "2026-06-30"],
];

describe("a time column split into a start and an end", () => {
  it("'Thời gian bắt đầu | Thời gian hoàn thành'", async () => {
    const doc = await markdown(row("STT", "Nhiệm vụ", "Chủ trì", "Thời gian bắt đầu", "Thời gian hoàn thành"), rule(5), ...rows);
    expect(dates(doc)).toEqual(expected);
  });
  it("'Bắt đầu | Hoàn thành' alone in one header row: the two bounds of the time, no column kept apart", async () => {
    const doc = await markdown(row("STT", "Nhiệm vụ", "Chủ trì", "Bắt đầu", "Hoàn thành"), rule(5), ...rows);
    expect(dates(doc)).toEqual(expected);
    expect(doc.tasks.map((t) => t.extra)).toEqual([{}, {}, {}, {}]);
  });
  it("'Bắt đầu | Kết thúc' alone in one header row", async () => {
    const doc = await markdown(row("STT", "Nhiệm vụ", "Chủ trì", "Bắt đầu", "Kết thúc"), rule(5), rows[0]!);
    expect(dates(doc)).toEqual([expected[0]]);
  });
  it("'Thời gian thực hiện' over 'Bắt đầu | Hoàn thành' (HTML, a two-row header)", async () => {
    const doc = await htmlPlan(
      HEAD,
      "<tr><td rowspan=2>STT</td><td rowspan=2>Nhiệm vụ</td><td rowspan=2>Chủ trì</td><td colspan=2>Thời gian thực hiện</td></tr>" +
        "<tr><td>Bắt đầu</td><td>Hoàn thành</td></tr>" +
        "<tr><td>1</td><td>Khảo sát sự hài lòng của người dân</td><td>Sở Nội vụ</td><td>Tháng 6/2026</td><td>Trước 30/6/2026</td></tr>",
    );
    expect(dates(doc)).toEqual([expected[0]]);
  });
  it("'Hoàn thành' without a start beside it is no time column", async () => {
    const doc = await markdown(row("STT", "Nhiệm vụ", "Chủ trì", "Thời gian", "Hoàn thành"), rule(5), row("1", "Rà soát quy chế", "Sở Tư pháp", "Quý I/2026", "x"));
    expect(dates(doc)).toEqual([["Quý I/2026", "2026-01-01", "2026-03-31"]]);
    expect(doc.tasks[0]!.extra).toEqual({ "Hoàn thành": "x" });
  });
});
