/**
 * Deadline phrasings of issue 17 (round 21): times real plans write that cchc missed or read wrong, found by reading
 * every deadline of the real documents and fixtures and the time words of duty texts. Expected values are read off
 * CONTRACT.md's Deadlines table, and README's Deadlines part where the contract is silent (marked *). The fixtures u95
 * (a table) and u96 (prose) carry the phrasings through the whole pipeline; their expected records are what a reader
 * of each document writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import { PLAN_2025, PLAN_2026, PLAN_2026_2030, reading } from "./deadline-reading.js";

const guessed = ["deadline-numeral-guessed"];

describe("* a semester is its months, not the whole school year (contract: Năm học, README)", () => {
  it("'Học kỳ I năm học 2025-2026' runs from the opening to mid-January", () => {
    reading("Học kỳ I năm học 2025-2026", PLAN_2026, "2025-09-01", "2026-01-15");
  });
  it("'Học kỳ II năm học 2025 - 2026' runs from mid-January to the end of teaching", () => {
    reading("Học kỳ II năm học 2025 - 2026", PLAN_2026, "2026-01-16", "2026-05-31");
  });
  it("both semesters, 'HK I, II năm học 2026-2027', are the school year", () => {
    reading("HK I, II năm học 2026-2027", PLAN_2026, "2026-09-01", "2027-05-31");
    reading("Học kỳ I và học kỳ II năm học 2025-2026", PLAN_2026, "2025-09-01", "2026-05-31");
  });
  it("without a school year each is the one that falls mostly in Y: 'Học kỳ II' of 2026 is spring 2026, 'Học kỳ I' autumn", () => {
    reading("Học kỳ II", PLAN_2026, "2026-01-16", "2026-05-31");
    reading("Học kỳ I", PLAN_2026, "2026-09-01", "2027-01-15");
  });
  it("'Học kỳ II hằng năm' recurs to the last year of the period", () => {
    reading("Học kỳ II hằng năm", PLAN_2026_2030, "2026-01-16", "2030-05-31", "yearly");
  });
  it("a school year that is not two running years is unread: 'Học kỳ I năm học 2025-2027'", () => {
    reading("Học kỳ I năm học 2025-2027", PLAN_2026, null, null, null, ["deadline-unparsed"]);
  });
});

describe("* a season named with its year is an event without its day (as 'Trước Tết Nguyên đán 2026')", () => {
  it("'Trước mùa mưa, bão năm 2026', 'Trước mùa mưa lũ năm 2026', 'Trong mùa khô năm 2026': unspecified, no diagnostic", () => {
    reading("Trước mùa mưa, bão năm 2026", PLAN_2026, null, null);
    reading("Trước mùa mưa lũ năm 2026", PLAN_2026, null, null);
    reading("Trong mùa khô năm 2026", PLAN_2026, null, null);
  });
  it("a month written with the season is still read: 'Trước mùa mưa bão (tháng 5/2026)'", () => {
    reading("Trước mùa mưa bão (tháng 5/2026)", PLAN_2026, "2026-05-01", "2026-05-31");
  });
});

describe("* 'từ nay' is from the plan's start (its period's first day)", () => {
  it("'Từ nay đến hết năm 2026' is 2026-01-01 … 2026-12-31", () => {
    reading("Từ nay đến hết năm 2026", PLAN_2026, "2026-01-01", "2026-12-31");
  });
  it("'Từ nay đến năm 2030' in a plan of 2026-2030 is its whole period", () => {
    reading("Từ nay đến năm 2030", PLAN_2026_2030, "2026-01-01", "2030-12-31");
  });
});

describe("* cycles of years and 'các năm' (as 'định kỳ 6 tháng' and 'hằng năm')", () => {
  it("'Định kỳ 2 năm/lần', '02 năm một lần' recur over the period with no code", () => {
    reading("Định kỳ 2 năm/lần", PLAN_2026_2030, "2026-01-01", "2030-12-31");
    reading("02 năm một lần", PLAN_2026, "2026-01-01", "2026-12-31");
  });
  it("'1 năm/lần' is yearly", () => {
    reading("1 năm/lần", PLAN_2026, "2026-01-01", "2026-12-31", "yearly");
  });
  it("'Trong Quý I các năm', 'Tháng 12 các năm' are every year's, to the last year of the period", () => {
    reading("Trong Quý I các năm", PLAN_2026_2030, "2026-01-01", "2030-03-31", "yearly");
    reading("Tháng 12 các năm", PLAN_2026_2030, "2026-12-01", "2030-12-31", "yearly");
  });
  it("'các năm' before years or 'tiếp theo' is not a cadence: 'Các năm 2026, 2027', 'Năm 2026 và các năm tiếp theo'", () => {
    reading("Các năm 2026, 2027", PLAN_2026, "2026-01-01", "2027-12-31");
    reading("Năm 2026 và các năm tiếp theo", PLAN_2026, "2026-01-01", null);
  });
});

describe("* days, months and quarters written in words (contract: Tháng 3/2023, Quý I/2023, 15/11/2021)", () => {
  it("'Trước ngày mười lăm tháng 12 năm 2026' ends 2026-12-15 (not all December)", () => {
    reading("Trước ngày mười lăm tháng 12 năm 2026", PLAN_2026, null, "2026-12-15");
  });
  it("'Ngày hai mươi mốt tháng mười một năm 2026', 'ngày ba mươi tháng tư năm 2026'", () => {
    reading("Ngày hai mươi mốt tháng mười một năm 2026", PLAN_2026, "2026-11-21", "2026-11-21");
    reading("ngày ba mươi tháng tư năm 2026", PLAN_2026, "2026-04-30", "2026-04-30");
  });
  it("'ngày mười lăm tháng sáu' takes Y; 'Ngày mồng 5 tháng 6 năm 2026'", () => {
    reading("ngày mười lăm tháng sáu", PLAN_2026, "2026-06-15", "2026-06-15");
    reading("Ngày mồng 5 tháng 6 năm 2026", PLAN_2026, "2026-06-05", "2026-06-05");
  });
  it("'Tháng sáu năm 2026' is June (it was read as after 2026), 'Tháng năm năm 2026' May, 'Tháng mười hai năm 2026'", () => {
    reading("Tháng sáu năm 2026", PLAN_2026, "2026-06-01", "2026-06-30");
    reading("Tháng năm năm 2026", PLAN_2026, "2026-05-01", "2026-05-31");
    reading("Tháng mười hai năm 2026", PLAN_2026, "2026-12-01", "2026-12-31");
  });
  it("'Quý hai năm 2026' is quarter II, not the whole year", () => {
    reading("Quý hai năm 2026", PLAN_2026, "2026-04-01", "2026-06-30");
  });
  it("'tháng sau' is still the next month: 'Trước ngày 05 của tháng sau' repeats monthly", () => {
    reading("Trước ngày 05 của tháng sau", PLAN_2026, null, null, "monthly");
  });
});

describe("* OCR and font misreadings repaired where one reading is possible (info diagnostic)", () => {
  it("a day cut before its 0: '3 0/6/2026', 'Trước 3 0/6/2026'", () => {
    reading("3 0/6/2026", PLAN_2026, "2026-06-30", "2026-06-30", null, guessed);
    reading("Trước 3 0/6/2026", PLAN_2026, null, "2026-06-30", null, guessed);
  });
  it("a day whose second digit reads alone is not joined: 'Đợt 1 5/6/2026' is 5 June", () => {
    reading("Đợt 1 5/6/2026", PLAN_2026, "2026-06-05", "2026-06-05");
  });
  it("Roman strokes partly given as the digit 1: 'Quý1I/2025' is Quý II, 'Quý I, 1I/2026' Quý I, II", () => {
    reading("Quý1I/2025", PLAN_2025, "2025-04-01", "2025-06-30", null, guessed);
    reading("Quý I, 1I/2026", PLAN_2026, "2026-01-01", "2026-06-30", null, guessed);
  });
});

describe("phrasings of the brief that were already read stay so", () => {
  it("'6 tháng đầu năm', '6 tháng cuối năm 2026', 'Tháng 6 và tháng 12 hằng năm'", () => {
    reading("6 tháng đầu năm", PLAN_2026, "2026-01-01", "2026-06-30");
    reading("6 tháng cuối năm 2026", PLAN_2026, "2026-07-01", "2026-12-31");
    reading("Tháng 6 và tháng 12 hằng năm", PLAN_2026, "2026-06-01", "2026-12-31", "yearly");
  });
  it("'Trước ngày 20 tháng cuối quý', 'Chậm nhất 05 ngày làm việc sau khi …', 'Ngay sau khi Kế hoạch được ban hành'", () => {
    reading("Trước ngày 20 tháng cuối quý", PLAN_2026, null, null, "quarterly");
    reading("Chậm nhất 05 ngày làm việc sau khi kết thúc đợt kiểm tra", PLAN_2026, null, null);
    reading("Ngay sau khi Kế hoạch được ban hành", PLAN_2026, null, null);
  });
  it("'Năm 2026-2027', 'Trong năm 2026 và những năm tiếp theo', 'Trước ngày 10/12/2026 (báo cáo năm)'", () => {
    reading("Năm 2026-2027", PLAN_2026, "2026-01-01", "2027-12-31");
    reading("Trong năm 2026 và những năm tiếp theo", PLAN_2026, "2026-01-01", null);
    reading("Trước ngày 10/12/2026 (báo cáo năm)", PLAN_2026, null, "2026-12-10");
  });
  it("'Tháng 11, 12/2026', 'Quý III, IV/2026', 'Hằng năm (trước 15/12)', 'Thường xuyên; báo cáo định kỳ 6 tháng'", () => {
    reading("Tháng 11, 12/2026", PLAN_2026, "2026-11-01", "2026-12-31");
    reading("Quý III, IV/2026", PLAN_2026, "2026-07-01", "2026-12-31");
    reading("Hằng năm (trước 15/12)", PLAN_2026, null, "2026-12-15", "yearly");
    expect(reading("Thường xuyên; báo cáo định kỳ 6 tháng", PLAN_2026, "2026-01-01", "2026-12-31", "continuous").value.items).toHaveLength(2);
  });
  it("'Quí' spelling and 'T6/2026'", () => {
    reading("Quí II/2026", PLAN_2026, "2026-04-01", "2026-06-30");
    reading("T6/2026", PLAN_2026, "2026-06-01", "2026-06-30");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The whole pipeline

const fixture = (name: string) => new URL(`../../fixtures/unseen/${name}`, import.meta.url).pathname;
const times = (doc: PlanDocument) =>
  doc.tasks.map((t) => [t.number, t.deadline.raw, t.deadline.start, t.deadline.end, t.deadline.recurrence]);

describe("u95: a commune's HTML appendix table whose time column holds the phrasings (plan of 2026)", () => {
  it("reads every time cell by the rules above", async () => {
    const doc = await parsePlan(fixture("u95_xa-son-thuy-cchc-2026-deadline-phrasings.html"));
    expect(doc.meta).toMatchObject({ number: "09/KH-UBND", date: "2026-01-14", year: 2026, period: { from: 2026, to: 2026 } });
    expect(times(doc).slice(0, 22)).toEqual([
      ["1", "Ngay sau khi Kế hoạch được ban hành", null, null, null],
      ["2", "Trước ngày mười lăm tháng 12 năm 2026", null, "2026-12-15", null],
      ["3", "Trước ngày 20 tháng cuối quý", null, null, "quarterly"],
      ["4", "Thường xuyên; báo cáo định kỳ 6 tháng", "2026-01-01", "2026-12-31", "continuous"],
      ["5", "Quí III/2026", "2026-07-01", "2026-09-30", null],
      ["1", "Tháng sáu năm 2026", "2026-06-01", "2026-06-30", null],
      ["2", "Từ nay đến hết năm 2026", "2026-01-01", "2026-12-31", null],
      ["3", "Quý hai năm 2026", "2026-04-01", "2026-06-30", null],
      ["4", "Chậm nhất 05 ngày làm việc sau khi có quyết định công bố", null, null, null],
      ["5", "Trước 3 0/6/2026", null, "2026-06-30", null],
      ["1", "Học kỳ I năm học 2025-2026", "2025-09-01", "2026-01-15", null],
      ["2", "Học kỳ II", "2026-01-16", "2026-05-31", null],
      ["3", "Hằng năm (trước 15/12)", null, "2026-12-15", "yearly"],
      ["4", "6 tháng cuối năm 2026", "2026-07-01", "2026-12-31", null],
      ["5", "Tháng 6 và tháng 12 hằng năm", "2026-06-01", "2026-12-31", "yearly"],
      ["1", "Trước mùa mưa, bão năm 2026", null, null, null],
      ["2", "Trong Quý I các năm", "2026-01-01", "2026-03-31", "yearly"],
      ["3", "Định kỳ 2 năm/lần", "2026-01-01", "2026-12-31", null],
      ["4", "Trong năm 2026 và những năm tiếp theo", "2026-01-01", null, null],
      ["5", "Tháng 11, 12/2026", "2026-11-01", "2026-12-31", null],
      ["6", "Trước ngày 10/12/2026 (báo cáo năm)", null, "2026-12-10", null],
      ["7", "Quý III, IV/2026", "2026-07-01", "2026-12-31", null],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "deadline-unparsed")).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.code === "deadline-numeral-guessed").map((d) => d.message)).toEqual([
      expect.stringContaining('"3 0" in the deadline "Trước 3 0/6/2026" read as "30"'),
    ]);
  });
});

describe("u96: a ward's plan for 2026 - 2030 assigning duties in prose, each with its time", () => {
  it("reads each duty's time; a season with its year gives none", async () => {
    const doc = await parsePlan(fixture("u96_phuong-an-lac-cchc-2026-2030-prose-times.txt"));
    expect(doc.meta).toMatchObject({ number: "27/KH-UBND", year: 2026, period: { from: 2026, to: 2030 } });
    expect(doc.tasks.map((t) => t.lead)).toEqual([
      ["Văn phòng HĐND và UBND phường"],
      ["Phòng Văn hóa - Xã hội"],
      ["Phòng Kinh tế"],
      ["Trung tâm Phục vụ hành chính công phường"],
      ["Ban Chỉ huy quân sự phường"],
      ["Công an phường"],
      ["Đoàn Thanh niên phường"],
      ["Phòng Văn hóa - Xã hội"],
    ]);
    expect(times(doc)).toEqual([
      ["1", "từ nay đến hết năm 2026", "2026-01-01", "2026-12-31", null],
      ["2", "trong học kỳ II năm học 2025 - 2026", "2026-01-16", "2026-05-31", null],
      ["3", "trong Quý I các năm", "2026-01-01", "2030-03-31", "yearly"],
      ["4", "định kỳ 2 năm một lần", "2026-01-01", "2030-12-31", null],
      // "trước mùa mưa, bão năm 2026": the season's months are not given.
      ["5", null, null, null, null],
      ["6", "hoàn thành trong Quí III/2026", null, "2026-09-30", null],
      ["7", "từ nay đến năm 2030", "2026-01-01", "2030-12-31", null],
      ["8", "trong học kỳ I năm học 2026 - 2027", "2026-09-01", "2027-01-15", null],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "deadline-unparsed")).toEqual([]);
  });
});
