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
  it("a day of this century alone in brackets after the event", () => {
    expect(timesIn(["Tổ chức Hội thi trong dịp kỷ niệm Ngày Pháp luật Việt Nam (09/11/2026)."])).toEqual([
      "dịp kỷ niệm Ngày Pháp luật Việt Nam (09/11/2026)",
    ]);
    expect(timesIn(["Tổ chức hoạt động nhân dịp kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944)."])).toEqual([]);
  });
  it("never an anniversary's founding date or a dated document", () => {
    expect(timesIn(["Tuyên truyền nhân dịp kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)."])).toEqual([]);
    expect(timesIn(["Triển khai nhân dịp Ngày Chuyển đổi số theo Kế hoạch số 12/KH-UBND ngày 10/01/2026."])).toEqual([]);
  });
});

describe("timesIn: the end of a year, and a time that goes on in the years after", () => {
  it("'vào cuối năm 2026' is a time (the year's last quarter)", () => {
    expect(timesIn(["Tổ chức hội nghị tổng kết vào cuối năm 2026."])).toEqual(["vào cuối năm 2026"]);
  });
  it("'… và các năm tiếp theo' stays with the time before it (contract: an open end)", () => {
    expect(timesIn(["Triển khai thực hiện trong năm 2026 và các năm tiếp theo."])).toEqual(["trong năm 2026 và các năm tiếp theo"]);
  });
});
