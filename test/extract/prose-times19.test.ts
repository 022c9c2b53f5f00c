/**
 * Times in prose (README, "Times in prose"): a deadline marker before a time, and a span "từ … đến …". Round 19 adds
 * the times the table cells already read (CONTRACT.md's Deadlines rows) when a duty's sentence writes them: a week
 * of a month, months or quarters each named without a year, a school year, and a span ending on a year.
 */
import { describe, expect, it } from "vitest";
import { timesIn } from "../../src/extract/duties.js";

describe("timesIn: times of 2025-2026 plans written in a duty's sentence", () => {
  it("a week of a month after a marker: 'Tổ chức hội nghị vào tuần đầu tháng 3/2026'", () => {
    expect(timesIn(["Tổ chức hội nghị vào tuần đầu tháng 3/2026."])).toEqual(["vào tuần đầu tháng 3/2026"]);
    expect(timesIn(["Hoàn thành trong 02 tuần cuối tháng 12/2026."])).toEqual(["Hoàn thành trong 02 tuần cuối tháng 12/2026"]);
  });
  it("months each with its word and no year, then a cadence: both months are kept", () => {
    expect(timesIn(["Tổ chức khảo sát trong tháng 01 và tháng 7 hằng năm."])).toEqual(["trong tháng 01 và tháng 7 hằng năm"]);
    expect(timesIn(["Báo cáo trong Quý I, Quý III."])).toEqual(["trong Quý I, Quý III"]);
  });
  it("a school year after a marker: 'Triển khai trong năm học 2025-2026'", () => {
    expect(timesIn(["Triển khai trong năm học 2025-2026."])).toEqual(["trong năm học 2025-2026"]);
  });
  it("a span ending on a year: 'từ ngày 01/7/2025 đến hết năm 2026', 'từ năm 2026 đến năm 2030'", () => {
    expect(timesIn(["Thực hiện từ ngày 01/7/2025 đến hết năm 2026."])).toEqual(["từ ngày 01/7/2025 đến hết năm 2026"]);
    expect(timesIn(["Thực hiện từ năm 2026 đến năm 2030."])).toEqual(["từ năm 2026 đến năm 2030"]);
  });
  it("'quý' followed by a word is no quarter: 'trong quý vị' gives none", () => {
    expect(timesIn(["Gửi tài liệu đến quý vị đại biểu trong quý vị."])).toEqual([]);
  });
});
