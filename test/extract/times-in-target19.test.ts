/**
 * A target in a duty's text ("phấn đấu … ít nhất 20% … trong năm 2025") names when the target is met, not when the
 * duty is done (README, Deadlines, judgement call): its times are not the duty's, a deadline in it still is.
 */
import { describe, expect, it } from "vitest";
import { timesIn } from "../../src/extract/duties.js";

describe("timesIn: the times of a target are not the duty's", () => {
  it("a share to reach within a year and by a horizon: no time", () => {
    expect(
      timesIn([
        "Triển khai các giải pháp chuyển hóa địa bàn, phấn đấu xây dựng được ít nhất 20% xã, phường không có ma túy ngay trong năm 2025 và xây dựng lộ trình thực hiện hằng năm, đến năm 2030 ít nhất 50% xã, phường không có ma túy.",
      ]),
    ).toEqual([]);
  });
  it("'mục tiêu … 80%': the cadence before it in its own sentence stays", () => {
    expect(timesIn(["Định kỳ hằng quý báo cáo kết quả. Mục tiêu trong năm 2026 đạt 80% hồ sơ trực tuyến."])).toEqual(["Định kỳ hằng quý"]);
  });
  it("the time of the work before the target stays: 'Rà soát … trong Quý I/2026, phấn đấu đến hết năm 2026 có 100% …'", () => {
    expect(timesIn(["Rà soát thủ tục hành chính trong Quý I/2026, phấn đấu đến hết năm 2026 có 100% hồ sơ được số hóa."])).toEqual(["trong Quý I/2026"]);
  });
  it("a deadline in a target is the duty's: 'Phấn đấu hoàn thành 100% nhiệm vụ trước ngày 30/11/2026'", () => {
    expect(timesIn(["Phấn đấu hoàn thành 100% nhiệm vụ trước ngày 30/11/2026."])).toEqual(["trước ngày 30/11/2026"]);
  });
  it("'phấn đấu' with no share or floor is the duty's time: 'Phấn đấu hoàn thành việc số hóa trong Quý II/2026'", () => {
    expect(timesIn(["Phấn đấu hoàn thành việc số hóa trong Quý II/2026."])).toEqual(["trong Quý II/2026"]);
  });
});
