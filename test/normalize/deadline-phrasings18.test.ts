/**
 * Deadline phrasings of issue 18: an anniversary's run of dates, a day written "ngày 20 tháng 6/2026", "từ" before a
 * date with no "ngày", a council session named by its season, "hết năm", "giữa năm", a quarter number OCR left
 * unreadable, a length of time alone, a half-yearly cycle beside a yearly one, and relative deadlines. Expected values
 * are read off CONTRACT.md's Deadlines table, and README's Deadlines part where the contract is silent (marked *).
 */
import { describe, it } from "vitest";
import { PLAN_2024, PLAN_2025, PLAN_2026, PLAN_2026_2030, reading } from "./deadline-reading.js";

describe("* an anniversary's founding day is no start: the day celebrated is the event's day", () => {
  it("'Dịp kỷ niệm 96 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2026)' is 3 February 2026", () => {
    reading("Dịp kỷ niệm 96 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2026)", PLAN_2026, "2026-02-03", "2026-02-03");
  });
  it("'Kỷ niệm 80 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2025)' is 19 August 2025", () => {
    reading("Kỷ niệm 80 năm Cách mạng tháng Tám thành công (19/8/1945 - 19/8/2025)", PLAN_2025, "2025-08-19", "2025-08-19");
  });
  it("years alone ('(1930 - 2026)') give no day: unspecified, no diagnostic", () => {
    reading("Kỷ niệm 96 năm Ngày thành lập Đảng (1930 - 2026)", PLAN_2026, null, null);
  });
  it("a span of work from one day to another stays a span ('01/3/2026 - 30/11/2026')", () => {
    reading("01/3/2026 - 30/11/2026", PLAN_2026, "2026-03-01", "2026-11-30");
  });
});

describe("a day written in words with its year after a slash is that day (contract: 15/11/2021 · Ngày 15/11/2021)", () => {
  it("'Ngày 20 tháng 6/2026' is 20 June, not all June", () => {
    reading("Ngày 20 tháng 6/2026", PLAN_2026, "2026-06-20", "2026-06-20");
  });
  it("'Hàng tháng, ngày 20 tháng 6/2026': the day, monthly (as 'Hàng quý và năm 2023' is the year, quarterly)", () => {
    reading("Hàng tháng, ngày 20 tháng 6/2026", PLAN_2026, "2026-06-20", "2026-06-20", "monthly");
  });
  it("'Trước ngày 20 tháng 6/2026' ends that day, start null", () => {
    reading("Trước ngày 20 tháng 6/2026", PLAN_2026, null, "2026-06-20");
  });
});

describe("'Từ' before a date with no 'ngày' opens the work with no end, as 'Từ ngày 01/7/2026' does", () => {
  it("'Thực hiện từ 01/7/2025 (sau sắp xếp)'", () => {
    reading("Thực hiện từ 01/7/2025 (sau sắp xếp)", PLAN_2025, "2025-07-01", null);
  });
  it("'Từ 01/7/2025 đến 31/12/2025' is still a span", () => {
    reading("Từ 01/7/2025 đến 31/12/2025", PLAN_2025, "2025-07-01", "2025-12-31");
  });
});

describe("* a council session named by its season is an event without its day (like 'Khi có chỉ đạo')", () => {
  it("'Trước kỳ họp HĐND cuối năm': null/null, no diagnostic (not the last quarter)", () => {
    reading("Trước kỳ họp HĐND cuối năm", PLAN_2026, null, null);
  });
  it("'Trình tại kỳ họp giữa năm 2026': null/null", () => {
    reading("Trình tại kỳ họp giữa năm 2026", PLAN_2026, null, null);
  });
  it("'Cuối năm 2026' alone is still the last quarter", () => {
    reading("Cuối năm 2026", PLAN_2026, "2026-10-01", "2026-12-31");
  });
});

describe("'Hết' before a time is by its end (as 'đến hết', 'chậm nhất')", () => {
  it("'Hết năm 2026' ends 31 December, start null", () => {
    reading("Hết năm 2026", PLAN_2026, null, "2026-12-31");
  });
  it("'Hết Quý II/2026' ends 30 June", () => {
    reading("Hết Quý II/2026", PLAN_2026, null, "2026-06-30");
  });
});

describe("* 'giữa năm' is quarters II-III (as 'đầu năm' is quarter I and 'cuối năm' quarter IV)", () => {
  it("'Giữa năm 2026'", () => {
    reading("Giữa năm 2026", PLAN_2026, "2026-04-01", "2026-09-30");
  });
});

describe("a quarter number OCR left unreadable leaves the item unread, never read as the year after it", () => {
  it("'Quý 1H năm 2024' (a scan of 'Quý I, II năm 2024'): null/null, deadline-unparsed", () => {
    reading("Quý 1H năm 2024", PLAN_2024, null, null, null, ["deadline-unparsed"]);
  });
  it("'Quý I, II năm 2024' as written is quarters I-II", () => {
    reading("Quý I, II năm 2024", PLAN_2024, "2024-01-01", "2024-06-30");
  });
});

describe("* relative deadlines: a length of time counted from an event names no date (null/null, no diagnostic)", () => {
  it("'Trong 05 ngày làm việc kể từ ngày nhận được văn bản'", () => {
    reading("Trong 05 ngày làm việc kể từ ngày nhận được văn bản", PLAN_2026, null, null);
  });
  it("'15 ngày sau khi kết thúc đợt kiểm tra'", () => {
    reading("15 ngày sau khi kết thúc đợt kiểm tra", PLAN_2026, null, null);
  });
  it("a length alone, '05 ngày làm việc'", () => {
    reading("05 ngày làm việc", PLAN_2026, null, null);
  });
});

describe("cadences: 'Định kỳ 6 tháng' runs over the period (contract: Hàng quý … likewise), with no code for half-years", () => {
  it("'Định kỳ 6 tháng' in a plan of 2026-2030: the period, recurrence null", () => {
    reading("Định kỳ 6 tháng", PLAN_2026_2030, "2026-01-01", "2030-12-31");
  });
  it("* 'Định kỳ 6 tháng, hằng năm' recurs as often as its shortest cycle: recurrence null, as '6 tháng, năm'", () => {
    reading("Định kỳ 6 tháng, hằng năm", PLAN_2026, "2026-01-01", "2026-12-31");
  });
  it("'Định kỳ hằng quý, hằng năm' is quarterly (the finest code)", () => {
    reading("Định kỳ hằng quý, hằng năm", PLAN_2026, "2026-01-01", "2026-12-31", "quarterly");
  });
});

describe("phrasings of 2025-2026 plans (contract rows)", () => {
  it("'Trước ngày 15/12 hằng năm' in a plan of 2026-2030: by 15 December of the last year, yearly", () => {
    reading("Trước ngày 15/12 hằng năm", PLAN_2026_2030, null, "2030-12-15", "yearly");
  });
  it("'Năm 2026 và các năm tiếp theo': from 2026, end open", () => {
    reading("Năm 2026 và các năm tiếp theo", PLAN_2026, "2026-01-01", null);
  });
  it("'Quý II-III/2026'", () => {
    reading("Quý II-III/2026", PLAN_2026, "2026-04-01", "2026-09-30");
  });
  it("'Từ tháng 3 đến tháng 5/2026'", () => {
    reading("Từ tháng 3 đến tháng 5/2026", PLAN_2026, "2026-03-01", "2026-05-31");
  });
  it("'6 tháng đầu năm 2026'", () => {
    reading("6 tháng đầu năm 2026", PLAN_2026, "2026-01-01", "2026-06-30");
  });
  it("'Đầu quý III' takes Y: July", () => {
    reading("Đầu quý III", PLAN_2026, "2026-07-01", "2026-07-31");
  });
});

describe("* a length of calendar time counted from a written day runs from it, counting it", () => {
  it("'Trong 30 ngày kể từ ngày 15/3/2026': 15 March to 13 April", () => {
    reading("Trong 30 ngày kể từ ngày 15/3/2026", PLAN_2026, "2026-03-15", "2026-04-13");
  });
  it("'Trong 6 tháng kể từ ngày 01/7/2025': July to December", () => {
    reading("Trong 6 tháng kể từ ngày 01/7/2025", PLAN_2025, "2025-07-01", "2025-12-31");
  });
  it("'Trong 3 tháng kể từ 31/8/2026': no 31 November, so to 30 November", () => {
    reading("Trong 3 tháng kể từ 31/8/2026", PLAN_2026, "2026-08-31", "2026-11-30");
  });
  it("working days depend on holidays: 'Trong 05 ngày làm việc kể từ ngày 15/3/2026' starts then, end open", () => {
    reading("Trong 05 ngày làm việc kể từ ngày 15/3/2026", PLAN_2026, "2026-03-15", null);
  });
});

describe("* the ten-day parts of a month: thượng tuần 1-10, trung tuần 11-20, hạ tuần 21 to the end", () => {
  it("'Thượng tuần tháng 7/2026'", () => {
    reading("Thượng tuần tháng 7/2026", PLAN_2026, "2026-07-01", "2026-07-10");
  });
  it("'Trung tuần tháng 2' takes Y", () => {
    reading("Trung tuần tháng 2", PLAN_2026, "2026-02-11", "2026-02-20");
  });
  it("'Hạ tuần tháng 2/2028' ends on the 29th of a leap year", () => {
    reading("Hạ tuần tháng 2/2028", PLAN_2026, "2028-02-21", "2028-02-29");
  });
});
