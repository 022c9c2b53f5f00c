/**
 * A cadence listed after a plan's horizon names a kind of plan, not when the duty recurs (issue 18, found in a real
 * programme's funding duty: "danh mục dự án đầu tư công trung hạn, hằng năm"). README: a cadence in a clause about
 * money gives no time. Expected values are a reader's.
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
