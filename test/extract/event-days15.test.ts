import { describe, expect, it } from "vitest";
import { timesIn } from "../../src/extract/duties.js";

// A duty done on a named day ("nhân ngày …", "hưởng ứng …", "nhân dịp …") is dated by that day: CONTRACT.md puts
// "a time named in the item" in `deadline`. Expected phrases are read off the sentences.
describe("timesIn: the day of the event a duty is done for", () => {
  it("a day after the event's name", () => {
    expect(timesIn(["Tổ chức các sự kiện tuyên truyền về chuyển đổi số nhân ngày Chuyển đổi số Quốc gia 10/10."])).toEqual([
      "nhân ngày Chuyển đổi số Quốc gia 10/10",
    ]);
  });
  it("a day in parentheses after the event's name", () => {
    expect(timesIn(["Tổ chức mít tinh hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)."])).toEqual([
      "hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)",
    ]);
    expect(timesIn(["Treo băng rôn, khẩu hiệu trong Ngày Quốc tế phòng, chống ma túy (26/6)."])).toEqual(["26/6"]);
  });
  it("never an anniversary's founding date or a dated document", () => {
    expect(timesIn(["Tuyên truyền nhân dịp kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)."])).toEqual([]);
    expect(timesIn(["Triển khai nhân dịp Ngày Chuyển đổi số theo Kế hoạch số 12/KH-UBND ngày 10/01/2026."])).toEqual([]);
  });
});
