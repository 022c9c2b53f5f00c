/**
 * Deadline phrasings of issue 17: a time column split into a start and an end cell, an event named with its year,
 * dates OCR misread, weeks of a month, and phrasings 2025-2026 plans use that the corpus lacks. Expected values are
 * read off CONTRACT.md's Deadlines table, and README's Deadlines part where the contract is silent (marked *).
 */
import { describe, expect, it } from "vitest";
import { parseDeadline, parseSplitDeadline, type DeadlineContext } from "../../src/normalize/deadline.js";
import { deadlineSchema, type Recurrence } from "../../src/schema/plan.js";

const PLAN_2024: DeadlineContext = { year: 2024, period: { from: 2024, to: 2024 } };
const PLAN_2025: DeadlineContext = { year: 2025, period: { from: 2025, to: 2025 } };
const PLAN_2026: DeadlineContext = { year: 2026, period: { from: 2026, to: 2026 } };

interface Expected {
  start: string | null;
  end: string | null;
  recurrence: Recurrence;
  items?: [string, string | null, string | null][];
}

function expectValue(result: ReturnType<typeof parseDeadline>, expected: Expected, codes: string[] = []) {
  const { value, diagnostics } = result;
  expect(deadlineSchema.safeParse(value).success).toBe(true);
  expect({ start: value.start, end: value.end, recurrence: value.recurrence }).toEqual({ start: expected.start, end: expected.end, recurrence: expected.recurrence });
  if (expected.items) expect(value.items.map((item) => [item.raw, item.start, item.end])).toEqual(expected.items);
  expect(diagnostics.map((d) => d.code)).toEqual(codes);
}

const reading = (text: string, context: DeadlineContext, expected: Expected, codes: string[] = []) =>
  expectValue(parseDeadline([text], context), expected, codes);

/** A split time column's two cells, joined as the table reader joins them. */
const split = (start: string, end: string, context: DeadlineContext, expected: Expected, codes: string[] = []) =>
  expectValue(parseSplitDeadline([`${start} - ${end}`], { start, end }, context), expected, codes);

describe("a time column split into 'Bắt đầu' and 'Hoàn thành': the start cell gives the start, the end cell the end", () => {
  it("'Tháng 6/2026' | 'Trước 30/6/2026': from 1 June, by 30 June; each cell an item", () => {
    split("Tháng 6/2026", "Trước 30/6/2026", PLAN_2026, {
      start: "2026-06-01",
      end: "2026-06-30",
      recurrence: null,
      items: [
        ["Tháng 6/2026", "2026-06-01", "2026-06-30"],
        ["Trước 30/6/2026", null, "2026-06-30"],
      ],
    });
  });
  it("'Quý I/2026' | 'Chậm nhất ngày 31/3/2026'", () => {
    split("Quý I/2026", "Chậm nhất ngày 31/3/2026", PLAN_2026, { start: "2026-01-01", end: "2026-03-31", recurrence: null });
  });
  it("'Tháng 3/2026' | 'Hoàn thành trong tháng 9/2026': the end cell's deadline ends the span", () => {
    split("Tháng 3/2026", "Hoàn thành trong tháng 9/2026", PLAN_2026, { start: "2026-03-01", end: "2026-09-30", recurrence: null });
  });
  it("an unspecified start ('Khi có chỉ đạo' | '30/6/2026') leaves the start open and still ends on 30 June", () => {
    split("Khi có chỉ đạo", "30/6/2026", PLAN_2026, {
      start: null,
      end: "2026-06-30",
      recurrence: null,
      items: [
        ["Khi có chỉ đạo", null, null],
        ["30/6/2026", "2026-06-30", "2026-06-30"],
      ],
    });
  });
  it("a start cell that is itself a deadline ('Trước 01/3/2026') starts nowhere", () => {
    split("Trước 01/3/2026", "30/6/2026", PLAN_2026, { start: null, end: "2026-06-30", recurrence: null });
  });
  it("an open end cell ('Năm 2026 và các năm tiếp theo') leaves the end open", () => {
    split("Tháng 01/2026", "Năm 2026 và các năm tiếp theo", PLAN_2026, { start: "2026-01-01", end: null, recurrence: null });
  });
  it("a range whose year the end cell writes once ('Tháng 3' | 'Tháng 6/2026' in a plan of 2025) runs in 2026", () => {
    split("Tháng 3", "Tháng 6/2026", PLAN_2025, { start: "2026-03-01", end: "2026-06-30", recurrence: null });
  });
  it("'Thường xuyên' | 'Trước 15/12/2026': continuous from the period's start, by 15 December", () => {
    split("Thường xuyên", "Trước 15/12/2026", PLAN_2026, { start: "2026-01-01", end: "2026-12-15", recurrence: "continuous" });
  });
});

describe("* an event named with its year: which year's event, not the whole year", () => {
  it("'Dịp Tết Nguyên đán 2026': unspecified, raw kept, no diagnostic", () => {
    const { value, diagnostics } = parseDeadline(["Dịp Tết Nguyên đán 2026"], PLAN_2026);
    expect(value).toMatchObject({ raw: "Dịp Tết Nguyên đán 2026", start: null, end: null, recurrence: null });
    expect(diagnostics).toEqual([]);
  });
  it("'Trước Tết Nguyên đán 2026' and 'Trước, trong và sau Tết Nguyên đán Bính Ngọ 2026'", () => {
    reading("Trước Tết Nguyên đán 2026", PLAN_2026, { start: null, end: null, recurrence: null });
    reading("Trước, trong và sau Tết Nguyên đán Bính Ngọ 2026", PLAN_2026, { start: null, end: null, recurrence: null });
  });
  it("'Hưởng ứng Ngày Pháp luật Việt Nam năm 2026'", () => {
    reading("Hưởng ứng Ngày Pháp luật Việt Nam năm 2026", PLAN_2026, { start: null, end: null, recurrence: null });
  });
  it("an anniversary's years in brackets after it ('Dịp kỷ niệm 80 năm Cách mạng tháng Tám (1945 - 2025)')", () => {
    reading("Dịp kỷ niệm 80 năm Cách mạng tháng Tám (1945 - 2025)", PLAN_2025, { start: null, end: null, recurrence: null });
  });
  it("the event's day, or a month given with it, is still read", () => {
    reading("Dịp kỷ niệm Ngày Quốc khánh 02/9/2026", PLAN_2026, { start: "2026-09-02", end: "2026-09-02", recurrence: null });
    reading("Dịp Tết Nguyên đán 2026 (tháng 01-02/2026)", PLAN_2026, { start: "2026-01-01", end: "2026-02-28", recurrence: null });
  });
  it("a year written before the event is the time: 'Năm 2026 (dịp Tết Nguyên đán)'", () => {
    reading("Năm 2026 (dịp Tết Nguyên đán)", PLAN_2026, { start: "2026-01-01", end: "2026-12-31", recurrence: null });
  });
  it("a year the text says is the time stays the time: 'Tổ chức kỷ niệm 80 năm ngày thành lập trong năm 2026'", () => {
    reading("Tổ chức kỷ niệm 80 năm ngày thành lập trong năm 2026", PLAN_2026, { start: "2026-01-01", end: "2026-12-31", recurrence: null });
  });
});

describe("dates OCR misread: repaired where one reading only is possible, with an info diagnostic", () => {
  const guessed = ["deadline-numeral-guessed"];
  it("'Qúy 1/2026' (the accent on the wrong letter) is Quý 1", () => {
    reading("Qúy 1/2026", PLAN_2026, { start: "2026-01-01", end: "2026-03-31", recurrence: null });
  });
  it("'Tháng 6/2O26': the letter O in the year is 0", () => {
    reading("Tháng 6/2O26", PLAN_2026, { start: "2026-06-01", end: "2026-06-30", recurrence: null }, guessed);
  });
  it("'31/l2/2026': the letter l in the month is 1", () => {
    reading("31/l2/2026", PLAN_2026, { start: "2026-12-31", end: "2026-12-31", recurrence: null }, guessed);
  });
  it("'Trước 3O/6/2026' and 'Tháng 1O/2026'", () => {
    reading("Trước 3O/6/2026", PLAN_2026, { start: null, end: "2026-06-30", recurrence: null }, guessed);
    reading("Tháng 1O/2026", PLAN_2026, { start: "2026-10-01", end: "2026-10-31", recurrence: null }, guessed);
  });
  it("'Năm 2O26' and 'Giai đoạn 2O26 - 2O3O'", () => {
    reading("Năm 2O26", PLAN_2026, { start: "2026-01-01", end: "2026-12-31", recurrence: null }, guessed);
    reading("Giai đoạn 2O26 - 2O3O", PLAN_2026, { start: "2026-01-01", end: "2030-12-31", recurrence: null }, guessed);
  });
  it("stray spaces: '30 /6/2026', 'Trước ngày 30 / 6 / 2026', and a year cut in two 'Trước 15/01/20 24'", () => {
    reading("30 /6/2026", PLAN_2026, { start: "2026-06-30", end: "2026-06-30", recurrence: null });
    reading("Trước ngày 30 / 6 / 2026", PLAN_2026, { start: null, end: "2026-06-30", recurrence: null });
    reading("Trước 15/01/20 24", PLAN_2024, { start: null, end: "2024-01-15", recurrence: null }, guessed);
  });
  it("Roman strokes whose number is certain: 'Quý lll/2024' is III, 'Quý lV/2024' and 'Quý I-TV năm 2024' end with IV", () => {
    reading("Quý lll/2024", PLAN_2024, { start: "2024-07-01", end: "2024-09-30", recurrence: null }, guessed);
    reading("Quý lV/2024", PLAN_2024, { start: "2024-10-01", end: "2024-12-31", recurrence: null }, guessed);
    reading("Quý I-TV năm 2024", PLAN_2024, { start: "2024-01-01", end: "2024-12-31", recurrence: null }, guessed);
  });
  it("ambiguous strokes stay unread with the raw text kept: 'Quýl, III/2024' (l may be I or II), 'Quý ll/2024'", () => {
    const { value, diagnostics } = parseDeadline(["Quýl, III/2024"], PLAN_2024);
    expect(value).toMatchObject({ raw: "Quýl, III/2024", start: null, end: null });
    expect(diagnostics.map((d) => d.code)).toEqual(["deadline-unparsed"]);
    reading("Quý ll/2024", PLAN_2024, { start: null, end: null, recurrence: null }, ["deadline-unparsed"]);
  });
  it("a group with no digit of its own is not guessed: 'l/6/2026', '3?/6/2026' stay unread", () => {
    reading("l/6/2026", PLAN_2026, { start: null, end: null, recurrence: null }, ["deadline-unparsed"]);
    reading("3?/6/2026", PLAN_2026, { start: null, end: null, recurrence: null }, ["deadline-unparsed"]);
  });
  it("a repair that would give no date is not made: 'Tháng 6/2S26' stays unread", () => {
    reading("Tháng 6/2S26", PLAN_2026, { start: null, end: null, recurrence: null }, ["deadline-unparsed"]);
  });
});

describe("* weeks of a month", () => {
  it("'Tuần đầu tháng 3' is days 1-7 of March in the plan's year", () => {
    reading("Tuần đầu tháng 3", PLAN_2026, { start: "2026-03-01", end: "2026-03-07", recurrence: null });
  });
  it("'Tuần thứ 2 của tháng 3/2026' is days 8-14, 'Tuần thứ ba tháng 4/2026' 15-21", () => {
    reading("Tuần thứ 2 của tháng 3/2026", PLAN_2026, { start: "2026-03-08", end: "2026-03-14", recurrence: null });
    reading("Tuần thứ ba tháng 4/2026", PLAN_2026, { start: "2026-04-15", end: "2026-04-21", recurrence: null });
  });
  it("'Tuần cuối tháng 12/2026' is its last seven days; '02 tuần đầu tháng 3/2026' days 1-14", () => {
    reading("Tuần cuối tháng 12/2026", PLAN_2026, { start: "2026-12-25", end: "2026-12-31", recurrence: null });
    reading("02 tuần đầu tháng 3/2026", PLAN_2026, { start: "2026-03-01", end: "2026-03-14", recurrence: null });
  });
  it("'Chậm nhất tuần đầu tháng 3/2026': by the week's last day", () => {
    reading("Chậm nhất tuần đầu tháng 3/2026", PLAN_2026, { start: null, end: "2026-03-07", recurrence: null });
  });
  it("'Tuần đầu hằng tháng' repeats like 'ngày 05 của tháng liền kề': no dates, monthly", () => {
    reading("Tuần đầu hằng tháng", PLAN_2026, { start: null, end: null, recurrence: "monthly" });
  });
});

describe("a day with no month beside a cadence repeats, like 'Trước ngày 05 của tháng liền kề': no dates", () => {
  it("'Hằng tháng (trước ngày 20)' and 'Hằng tháng, trước ngày 25' read as 'Trước ngày 20 hằng tháng' does", () => {
    reading("Trước ngày 20 hằng tháng", PLAN_2026, { start: null, end: null, recurrence: "monthly" });
    reading("Hằng tháng (trước ngày 20)", PLAN_2026, { start: null, end: null, recurrence: "monthly" });
    reading("Hằng tháng, trước ngày 25", PLAN_2026, { start: null, end: null, recurrence: "monthly" });
  });
  it("'Định kỳ hằng quý, trước ngày 15': quarterly", () => {
    reading("Định kỳ hằng quý, trước ngày 15", PLAN_2026, { start: null, end: null, recurrence: "quarterly" });
  });
  it("a day with its month stays a date: 'Hằng năm, trước ngày 15/12', 'Định kỳ hằng năm, trước ngày 15 tháng 12'", () => {
    reading("Hằng năm, trước ngày 15/12", PLAN_2026, { start: null, end: "2026-12-15", recurrence: "yearly" });
    reading("Định kỳ hằng năm, trước ngày 15 tháng 12", PLAN_2026, { start: null, end: "2026-12-15", recurrence: "yearly" });
  });
  it("'Hằng tháng' alone still spans the period", () => {
    reading("Hằng tháng", PLAN_2026, { start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
  });
});

describe("phrasings 2025-2026 plans use that the corpus lacks", () => {
  it("* 'Trước ngày 25 của tháng cuối kỳ báo cáo' repeats with every report: no dates, no code, no diagnostic", () => {
    reading("Trước ngày 25 của tháng cuối kỳ báo cáo", PLAN_2026, { start: null, end: null, recurrence: null });
  });
  it("'Theo lộ trình' refers to another timetable: null/null", () => {
    reading("Theo lộ trình", PLAN_2026, { start: null, end: null, recurrence: null });
  });
  it("'Giai đoạn 2026-2030'", () => {
    reading("Giai đoạn 2026-2030", PLAN_2026, { start: "2026-01-01", end: "2030-12-31", recurrence: null });
  });
  it("'Năm 2026, 2027': first year's start to last year's end", () => {
    reading("Năm 2026, 2027", PLAN_2026, { start: "2026-01-01", end: "2027-12-31", recurrence: null });
  });
  it("'Trong quý I, II/2026'", () => {
    reading("Trong quý I, II/2026", PLAN_2026, { start: "2026-01-01", end: "2026-06-30", recurrence: null });
  });
  it("* '15 ngày sau khi Kế hoạch được ban hành': counted from an event, null/null", () => {
    reading("15 ngày sau khi Kế hoạch được ban hành", PLAN_2026, { start: null, end: null, recurrence: null });
  });
  it("'Thường xuyên, báo cáo trước 15/12': two items, the report's open start makes the start null", () => {
    reading("Thường xuyên, báo cáo trước 15/12", PLAN_2026, {
      start: null,
      end: "2026-12-31",
      recurrence: "continuous",
      items: [
        ["Thường xuyên", "2026-01-01", "2026-12-31"],
        ["báo cáo trước 15/12", null, "2026-12-15"],
      ],
    });
  });
  it("'Hoàn thành trước 30/9/2026, báo cáo kết quả trước 15/10/2026': two items, the latest end", () => {
    reading("Hoàn thành trước 30/9/2026, báo cáo kết quả trước 15/10/2026", PLAN_2026, {
      start: null,
      end: "2026-10-15",
      recurrence: null,
      items: [
        ["Hoàn thành trước 30/9/2026", null, "2026-09-30"],
        ["báo cáo kết quả trước 15/10/2026", null, "2026-10-15"],
      ],
    });
  });
  it("'Quý IV/2026 và Quý I/2027': over the new year", () => {
    reading("Quý IV/2026 và Quý I/2027", PLAN_2026, { start: "2026-10-01", end: "2027-03-31", recurrence: null });
  });
  it("'Hàng năm, trước ngày 31/01 năm sau': by 31 January of Y + 1, yearly", () => {
    reading("Hàng năm, trước ngày 31/01 năm sau", PLAN_2026, { start: null, end: "2027-01-31", recurrence: "yearly" });
  });
  it("'Đợt 1: Tháng 4/2026; Đợt 2: Tháng 10/2026': two items", () => {
    reading("Đợt 1: Tháng 4/2026; Đợt 2: Tháng 10/2026", PLAN_2026, { start: "2026-04-01", end: "2026-10-31", recurrence: null });
  });
  it("'Đến hết năm 2026' and 'Trước năm 2027'", () => {
    reading("Đến hết năm 2026", PLAN_2026, { start: null, end: "2026-12-31", recurrence: null });
    reading("Trước năm 2027", PLAN_2026, { start: null, end: "2026-12-31", recurrence: null });
  });
  it("'Theo Kế hoạch của UBND tỉnh năm 2026': another document's timetable, its year included", () => {
    reading("Theo Kế hoạch của UBND tỉnh năm 2026", PLAN_2026, { start: null, end: null, recurrence: null });
  });
});
