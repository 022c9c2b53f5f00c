/**
 * Times in prose (issue 18): a cadence listed after a plan's horizon names a kind of plan, not when the duty recurs
 * (found in a real programme's funding duty: "danh mục dự án đầu tư công trung hạn, hằng năm"; README: a cadence in a
 * clause about money gives no time); a day in words keeps the year written after a slash; the ten-day parts of a
 * month are times. Expected values are a reader's.
 */
import { describe, expect, it } from "vitest";
import { timesIn } from "../../src/extract/duties.js";

describe("timesIn: a cadence after a plan's horizon", () => {
  it("'dự án đầu tư công trung hạn, hằng năm được đầu tư từ nguồn ngân sách': no time", () => {
    expect(timesIn(["Tham mưu điều chỉnh danh mục dự án đầu tư công trung hạn, hằng năm được đầu tư từ nguồn ngân sách địa phương."])).toEqual([]);
  });
  it("'xây dựng kế hoạch 5 năm và hằng năm': no time", () => {
    expect(timesIn(["Hướng dẫn các đơn vị xây dựng kế hoạch 5 năm và hằng năm về chuyển đổi số."])).toEqual([]);
  });
  it("a cadence that opens a clause after a comma is still the duty's time", () => {
    expect(timesIn(["Theo dõi, đôn đốc việc thực hiện, hằng năm báo cáo Ủy ban nhân dân tỉnh."])).toEqual(["hằng năm"]);
  });
  it("'Báo cáo kết quả thực hiện hằng năm' is yearly", () => {
    expect(timesIn(["Báo cáo kết quả thực hiện hằng năm về Sở Nội vụ."])).toEqual(["hằng năm"]);
  });
});

describe("timesIn: days and parts of a month written in words", () => {
  it("'trước ngày 20 tháng 6/2026' keeps its year", () => {
    expect(timesIn(["Báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 6/2026."])).toEqual(["trước ngày 20 tháng 6/2026"]);
  });
  it("'vào thượng tuần tháng 7/2026' is a time", () => {
    expect(timesIn(["Tổ chức hội nghị sơ kết vào thượng tuần tháng 7/2026."])).toEqual(["vào thượng tuần tháng 7/2026"]);
  });
});
