/**
 * Deadline phrasings of issue 17 (round 20): times as plans write them that no recogniser read, found by reading every
 * deadline of the real documents and fixtures and the time columns and prose of the real plans. Expected values are
 * read off CONTRACT.md's Deadlines table, and README's Deadlines part where the contract is silent (marked *). The
 * fixtures u85 (a table) and u86 (prose) carry the phrasings through the whole pipeline; their expected records are
 * what a reader of each document writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import { PLAN_2026, PLAN_2026_2030, reading } from "./deadline-reading.js";

const unread = ["deadline-unparsed"];

describe("* a period named without its years is the plan's period (contract: Giai đoạn 2022-2025)", () => {
  it("'Cả giai đoạn', 'Trong cả giai đoạn', 'Suốt giai đoạn', 'Toàn giai đoạn' in a plan of 2026-2030", () => {
    for (const text of ["Cả giai đoạn", "Trong cả giai đoạn", "Suốt giai đoạn", "Toàn giai đoạn"]) {
      reading(text, PLAN_2026_2030, "2026-01-01", "2030-12-31");
    }
  });
  it("'Trong suốt giai đoạn thực hiện Kế hoạch'; a plan of one year gives that year", () => {
    reading("Trong suốt giai đoạn thực hiện Kế hoạch", PLAN_2026_2030, "2026-01-01", "2030-12-31");
    reading("Cả giai đoạn", PLAN_2026, "2026-01-01", "2026-12-31");
  });
  it("years written still win: 'Cả giai đoạn 2027-2030'", () => {
    reading("Cả giai đoạn 2027-2030", PLAN_2026_2030, "2027-01-01", "2030-12-31");
  });
  it("a phase is not the period: 'Giai đoạn 1' stays unread", () => {
    reading("Trong giai đoạn 1", PLAN_2026_2030, null, null, null, unread);
  });
});

describe("* a two-digit year near the plan's year is that year of this century (contract: 15/11/2021, Tháng 3/2023)", () => {
  it("'15/3/26', 'Ngày 15/3/26' are 2026-03-15", () => {
    reading("15/3/26", PLAN_2026, "2026-03-15", "2026-03-15");
    reading("Ngày 15/3/26", PLAN_2026, "2026-03-15", "2026-03-15");
  });
  it("'Trước 30/6/26' ends 2026-06-30 with no start; 'Trước 31/12/26' 2026-12-31", () => {
    reading("Trước 30/6/26", PLAN_2026, null, "2026-06-30");
    reading("Trước 31/12/26", PLAN_2026, null, "2026-12-31");
  });
  it("'Tháng 6/26' is June 2026; 'Tháng 01/27' in a plan of 2026 is January 2027", () => {
    reading("Tháng 6/26", PLAN_2026, "2026-06-01", "2026-06-30");
    reading("Tháng 01/27", PLAN_2026, "2027-01-01", "2027-01-31");
  });
  it("a two-digit year far from the plan's is not read so: '15/3/98' stays unread", () => {
    reading("15/3/98", PLAN_2026, null, null, null, unread);
  });
});

describe("* cycles written 'N tháng/lần', 'hai lần/năm' (as 'Định kỳ 6 tháng', '01 lần/quý')", () => {
  it("'6 tháng/lần' and 'Hai lần/năm' recur over the period with no code", () => {
    reading("6 tháng/lần", PLAN_2026_2030, "2026-01-01", "2030-12-31");
    reading("Hai lần/năm", PLAN_2026, "2026-01-01", "2026-12-31");
  });
  it("'3 tháng/lần' is quarterly, '12 tháng/lần' yearly, 'một lần/năm' yearly", () => {
    reading("3 tháng/lần", PLAN_2026, "2026-01-01", "2026-12-31", "quarterly");
    reading("12 tháng/lần", PLAN_2026, "2026-01-01", "2026-12-31", "yearly");
    reading("Một lần/năm", PLAN_2026, "2026-01-01", "2026-12-31", "yearly");
  });
});

describe("* 'Cuối quý', 'Cuối tháng' with no number: every quarter's or month's end, as 'Cuối mỗi quý'", () => {
  it("'Cuối quý' is quarterly over the period; 'Cuối tháng' monthly", () => {
    reading("Cuối quý", PLAN_2026, "2026-01-01", "2026-12-31", "quarterly");
    reading("Cuối tháng", PLAN_2026, "2026-01-01", "2026-12-31", "monthly");
  });
  it("a numbered quarter or month is still that one: 'Cuối Quý II/2026', 'Trước ngày 15 tháng cuối quý'", () => {
    reading("Cuối Quý II/2026", PLAN_2026, "2026-06-01", "2026-06-30");
    reading("Trước ngày 15 tháng cuối quý", PLAN_2026, null, null, "quarterly");
  });
});

describe("* a start and a deadline in one item are one run: the deadline closes what 'từ' opened", () => {
  it("'Từ Quý II/2026, hoàn thành trong Quý IV/2026' is 2026-04-01 … 2026-12-31", () => {
    reading("Từ Quý II/2026, hoàn thành trong Quý IV/2026", PLAN_2026, "2026-04-01", "2026-12-31");
    reading("Triển khai từ Quý II/2026, hoàn thành trong Quý IV/2026", PLAN_2026, "2026-04-01", "2026-12-31");
  });
  it("'Từ tháng 3/2026, hoàn thành trước 30/6/2026' is 2026-03-01 … 2026-06-30", () => {
    reading("Bắt đầu từ tháng 3/2026, hoàn thành trước 30/6/2026", PLAN_2026, "2026-03-01", "2026-06-30");
  });
  it("'Từ Quý II/2026' alone keeps its end open", () => {
    reading("Từ Quý II/2026", PLAN_2026, "2026-04-01", null);
  });
});

describe("* a cadence that runs until a time starts with the period ('trước' keeps its open start)", () => {
  it("'Hằng năm đến năm 2030' and 'Đến năm 2030, hằng năm' are 2026-01-01 … 2030-12-31, yearly", () => {
    reading("Hằng năm đến năm 2030", PLAN_2026_2030, "2026-01-01", "2030-12-31", "yearly");
    reading("Đến năm 2030, hằng năm", PLAN_2026_2030, "2026-01-01", "2030-12-31", "yearly");
  });
  it("'Thường xuyên đến hết năm 2026'", () => {
    reading("Thường xuyên đến hết năm 2026", PLAN_2026, "2026-01-01", "2026-12-31", "continuous");
  });
  it("'Hằng năm, trước ngày 15/12' still has no start (README: a cadence and its deadline)", () => {
    reading("Hằng năm, trước ngày 15/12", PLAN_2026, null, "2026-12-15", "yearly");
  });
});

describe("* the start, middle and end of a month are its ten-day parts (as 'thượng / trung / hạ tuần')", () => {
  it("'Đầu tháng 3/2026' days 1-10, 'Giữa tháng 3/2026' 11-20, 'Cuối tháng 3/2026' 21-31", () => {
    reading("Đầu tháng 3/2026", PLAN_2026, "2026-03-01", "2026-03-10");
    reading("Giữa tháng 3/2026", PLAN_2026, "2026-03-11", "2026-03-20");
    reading("Cuối tháng 3/2026", PLAN_2026, "2026-03-21", "2026-03-31");
  });
  it("without a year they take Y: 'Đầu tháng 3'", () => {
    reading("Đầu tháng 3", PLAN_2026, "2026-03-01", "2026-03-10");
  });
  it("after a deadline word the end of a month is its last day: 'Chậm nhất cuối tháng 6/2026'", () => {
    reading("Chậm nhất cuối tháng 6/2026", PLAN_2026, null, "2026-06-30");
  });
  it("weeks stay weeks: 'Tuần đầu tháng 4' is days 1-7", () => {
    reading("Tuần đầu tháng 4", PLAN_2026, "2026-04-01", "2026-04-07");
  });
});

describe("* a school year's start and end; its opening named without a year is an event", () => {
  it("'Đầu năm học 2026-2027' is September 2026, not the first quarter of 2026", () => {
    reading("Đầu năm học 2026-2027", PLAN_2026, "2026-09-01", "2026-09-30");
  });
  it("'Cuối năm học 2025-2026' is May 2026", () => {
    reading("Cuối năm học 2025-2026", PLAN_2026, "2026-05-01", "2026-05-31");
  });
  it("'Trước khai giảng năm học mới' is unspecified, with no diagnostic", () => {
    reading("Trước khai giảng năm học mới", PLAN_2026, null, null);
  });
});

describe("phrasings of the brief that were already read stay so", () => {
  it("'Định kỳ 6 tháng, hằng năm', 'Tháng 3, 6, 9, 12 hằng năm', 'Quý I và Quý III/2026'", () => {
    reading("Định kỳ 6 tháng, hằng năm", PLAN_2026_2030, "2026-01-01", "2030-12-31");
    reading("Tháng 3, 6, 9, 12 hằng năm", PLAN_2026, "2026-03-01", "2026-12-31", "yearly");
    reading("Quý I và Quý III/2026", PLAN_2026, "2026-01-01", "2026-09-30");
  });
  it("'Quý IV/2026 - Quý I/2027' (two items, each with its year) and OCR spacing 'Quý I / 2026'", () => {
    expect(reading("Quý IV/2026 - Quý I/2027", PLAN_2026, "2026-10-01", "2027-03-31").value.items).toHaveLength(2);
    reading("Quý I / 2026", PLAN_2026, "2026-01-01", "2026-03-31");
  });
  it("'Theo tiến độ của Trung ương', 'Trước Tết Nguyên đán', 'Sau khi Kế hoạch được ban hành 30 ngày': unspecified", () => {
    reading("Theo tiến độ của Trung ương", PLAN_2026, null, null);
    reading("Trước Tết Nguyên đán", PLAN_2026, null, null);
    reading("Sau khi Kế hoạch được ban hành 30 ngày", PLAN_2026, null, null);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The whole pipeline

const fixture = (name: string) => new URL(`../../fixtures/unseen/${name}`, import.meta.url).pathname;
const times = (doc: PlanDocument) =>
  doc.tasks.map((t) => [t.number, t.deadline.raw, t.deadline.start, t.deadline.end, t.deadline.recurrence]);

describe("u85: a commune's table whose time column holds the phrasings (plan of 2026, signed in December 2025)", () => {
  it("reads the plan's year from its title, and every time cell by the rules above", async () => {
    const doc = await parsePlan(fixture("u85_xa-tan-phong-cds-cchc-2026-deadline-phrasings.md"));
    expect(doc.meta).toMatchObject({ number: "214/KH-UBND", date: "2025-12-26", year: 2026, period: { from: 2026, to: 2026 } });
    expect(times(doc)).toEqual([
      ["1", "Định kỳ 6 tháng, hằng năm", "2026-01-01", "2026-12-31", null],
      ["2", "Tháng 3, 6, 9, 12 hằng năm", "2026-03-01", "2026-12-31", "yearly"],
      ["3", "Quý I và Quý III/2026", "2026-01-01", "2026-09-30", null],
      ["4", "Trước ngày 15 của tháng cuối quý", null, null, "quarterly"],
      ["5", "Trong tháng 01 hàng năm", "2026-01-01", "2026-01-31", "yearly"],
      ["1", "Từ tháng 3 đến hết tháng 6/2026", "2026-03-01", "2026-06-30", null],
      // The year is the plan's (its title), not the year it was signed in.
      ["2", "Tuần đầu tháng 4", "2026-04-01", "2026-04-07", null],
      ["3", "Dịp 19/5", "2026-05-19", "2026-05-19", null],
      ["4", "Trước Tết Nguyên đán", null, null, null],
      ["5", "Sau khi Kế hoạch được ban hành 30 ngày", null, null, null],
      ["1", "Cả giai đoạn", "2026-01-01", "2026-12-31", null],
      ["2", "Theo tiến độ của Trung ương", null, null, null],
      ["3", "Trước 30/6/26", null, "2026-06-30", null],
      ["4", "Quý IV/2026 - Quý I/2027", "2026-10-01", "2027-03-31", null],
      ["5", "Quý I / 2026", "2026-01-01", "2026-03-31", null],
      ["6", "Từ Quý II/2026, hoàn thành trong Quý IV/2026", "2026-04-01", "2026-12-31", null],
      ["7", "6 tháng/lần", "2026-01-01", "2026-12-31", null],
      ["8", "Cuối quý", "2026-01-01", "2026-12-31", "quarterly"],
      ["9", "Đầu tháng 3", "2026-03-01", "2026-03-10", null],
      ["10", "Tháng 6/26", "2026-06-01", "2026-06-30", null],
      ["11", "Năm 2026 và các năm tiếp theo", "2026-01-01", null, null],
      [null, "trước ngày 10/12/2026", null, "2026-12-10", null],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "deadline-unparsed")).toEqual([]);
  });
});

describe("u86: a ward's plan for 2026 - 2030 assigning duties in prose, each with its time", () => {
  it("reads each duty's time; a cadence closing an index's name is no time of the duty", async () => {
    const doc = await parsePlan(fixture("u86_phuong-hoa-binh-cds-2026-2030-prose-times.txt"));
    expect(doc.meta).toMatchObject({ number: "18/KH-UBND", year: 2026, period: { from: 2026, to: 2030 } });
    expect(doc.tasks.map((t) => t.lead)).toEqual([
      ["Văn phòng HĐND và UBND phường"],
      ["Phòng Kinh tế"],
      ["Công an phường"],
      ["Phòng Văn hóa - Xã hội"],
      ["Đoàn Thanh niên phường"],
      ["Hội Liên hiệp Phụ nữ phường"],
      ["Trung tâm Phục vụ hành chính công phường"],
      ["Ban Chỉ huy quân sự phường"],
      ["Đài Truyền thanh phường"],
      ["Tổ công nghệ số cộng đồng các khu phố"],
    ]);
    expect(times(doc)).toEqual([
      ["1", "định kỳ 6 tháng, hằng năm", "2026-01-01", "2030-12-31", null],
      // Prose reads the deadline; "triển khai từ …" alone is no time phrase of prose.
      ["2", "hoàn thành trong Quý IV/2026", null, "2026-12-31", null],
      ["3", "trước ngày 30/6/26", null, "2026-06-30", null],
      ["4", "vào tuần đầu tháng 4 hằng năm", "2026-04-01", "2030-04-07", "yearly"],
      ["5", "hưởng ứng phong trào bình dân học vụ số nhân dịp 19/5", "2026-05-19", "2026-05-19", null],
      ["6", "từ tháng 3 đến hết tháng 6/2026", "2026-03-01", "2026-06-30", null],
      ["7", "trước ngày 15 của tháng cuối quý", null, null, "quarterly"],
      ["8", "hoàn thành trong Quý I và Quý III/2026", null, "2026-09-30", null],
      // "… xác định Chỉ số cải cách hành chính của phường hằng năm": the yearly index, not a yearly duty.
      ["9", null, null, null, null],
      ["10", "trong tháng 01 hàng năm", "2026-01-01", "2030-01-31", "yearly"],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "deadline-unparsed")).toEqual([]);
  });
});
