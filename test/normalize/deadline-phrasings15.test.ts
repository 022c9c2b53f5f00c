import { describe, expect, it } from "vitest";
import { parseDeadline, type DeadlineContext } from "../../src/normalize/deadline.js";
import { deadlineSchema, type Recurrence } from "../../src/schema/plan.js";

// Expected values are read off CONTRACT.md's Deadlines table (and README's judgement calls where it is silent).
const PLAN_2024: DeadlineContext = { year: 2024, period: { from: 2024, to: 2024 } };
const PLAN_2025: DeadlineContext = { year: 2025, period: { from: 2025, to: 2025 } };
const PLAN_2026: DeadlineContext = { year: 2026, period: { from: 2026, to: 2026 } };
const PLAN_2026_2030: DeadlineContext = { year: 2026, period: { from: 2026, to: 2030 } };

interface Expected {
  start: string | null;
  end: string | null;
  recurrence: Recurrence;
  /** The items' raw texts, when the test is about how the cell is cut. */
  items?: string[];
}

function read(paragraphs: string[], context: DeadlineContext) {
  const { value, diagnostics } = parseDeadline(paragraphs, context);
  expect(deadlineSchema.safeParse(value).success).toBe(true);
  return { value, diagnostics };
}

function expectReading(paragraphs: string[], context: DeadlineContext, expected: Expected) {
  const { value, diagnostics } = read(paragraphs, context);
  expect({ start: value.start, end: value.end, recurrence: value.recurrence }).toEqual({
    start: expected.start,
    end: expected.end,
    recurrence: expected.recurrence,
  });
  if (expected.items) expect(value.items.map((item) => item.raw)).toEqual(expected.items);
  expect(diagnostics).toEqual([]);
}

describe("a deadline broken over two lines of a cell is one phrase", () => {
  it("'Trước ngày' over '30/6/2026': a deadline, open at the start", () => {
    expectReading(["Trước ngày", "30/6/2026"], PLAN_2026, { start: null, end: "2026-06-30", recurrence: null, items: ["Trước ngày 30/6/2026"] });
  });
  it("'Chậm nhất' over 'ngày 30/6/2026'", () => {
    expectReading(["Chậm nhất", "ngày 30/6/2026"], PLAN_2026, { start: null, end: "2026-06-30", recurrence: null, items: ["Chậm nhất ngày 30/6/2026"] });
  });
  it("'Hoàn thành' over 'trong Quý I/2026': the quarter's last day, no start", () => {
    expectReading(["Hoàn thành", "trong Quý I/2026"], PLAN_2026, { start: null, end: "2026-03-31", recurrence: null });
  });
  it("'Trong Quý' over 'I/2026'", () => {
    expectReading(["Trong Quý", "I/2026"], PLAN_2026, { start: "2026-01-01", end: "2026-03-31", recurrence: null, items: ["Trong Quý I/2026"] });
  });
  it("'Quý II' over 'năm 2026' in a plan of 2025: the quarter of 2026", () => {
    expectReading(["Quý II", "năm 2026"], PLAN_2025, { start: "2026-04-01", end: "2026-06-30", recurrence: null, items: ["Quý II năm 2026"] });
  });
  it("'Trước ngày 15/12' over 'hằng năm': every year by 15 December", () => {
    expectReading(["Trước ngày 15/12", "hằng năm"], PLAN_2026, { start: null, end: "2026-12-15", recurrence: "yearly" });
  });
  it("a line in brackets under a time says more about it: 'Quý I/2026' over '(trước ngày 31/3/2026)'", () => {
    expectReading(["Quý I/2026", "(trước ngày 31/3/2026)"], PLAN_2026, {
      start: "2026-01-01",
      end: "2026-03-31",
      recurrence: null,
      items: ["Quý I/2026 (trước ngày 31/3/2026)"],
    });
  });
  it("a time phrase in lower case after a line that ends on no time word stays an item of its own", () => {
    const { value } = read(["chậm nhất vào ngày 08 của tháng cuối kỳ", "từ ngày 15/12/2025 đến ngày 08/3/2026"], PLAN_2026);
    expect(value.items.map((item) => item.raw)).toEqual(["chậm nhất vào ngày 08 của tháng cuối kỳ", "từ ngày 15/12/2025 đến ngày 08/3/2026"]);
  });
  it("two lines that each name a whole time stay two items", () => {
    expectReading(["Tháng 01/2026", "Tháng 12/2026"], PLAN_2026, {
      start: "2026-01-01",
      end: "2026-12-31",
      recurrence: null,
      items: ["Tháng 01/2026", "Tháng 12/2026"],
    });
  });
});

describe("a range whose year is written once, after its last end", () => {
  it("Quý II - Quý IV/2026 in a plan of 2025 is 2026's quarters", () => {
    expectReading(["Quý II - Quý IV/2026"], PLAN_2025, { start: "2026-04-01", end: "2026-12-31", recurrence: null });
  });
  it("Từ tháng 3 - tháng 6/2026 in a plan of 2025", () => {
    expectReading(["Từ tháng 3 - tháng 6/2026"], PLAN_2025, { start: "2026-03-01", end: "2026-06-30", recurrence: null });
  });
  it("Tháng 3 - tháng 6/2026 in a plan of 2025", () => {
    expectReading(["Tháng 3 - tháng 6/2026"], PLAN_2025, { start: "2026-03-01", end: "2026-06-30", recurrence: null });
  });
  it("a range over the new year starts in the year before the one written: Tháng 11 - tháng 02/2026", () => {
    expectReading(["Tháng 11 - tháng 02/2026"], PLAN_2024, { start: "2025-11-01", end: "2026-02-28", recurrence: null });
  });
  it("Quý IV - Quý I/2027 in a plan of 2025", () => {
    expectReading(["Quý IV - Quý I/2027"], PLAN_2025, { start: "2026-10-01", end: "2027-03-31", recurrence: null });
  });
  it("two times that each carry their year stay two items (contract: '- Tháng 01/2023 - Tháng 12/2023')", () => {
    expectReading(["Quý I/2026 - Quý IV/2026"], PLAN_2026, { start: "2026-01-01", end: "2026-12-31", recurrence: null, items: ["Quý I/2026", "Quý IV/2026"] });
  });
});

describe("days written in words, listed after one 'trước'", () => {
  it("Trước ngày 15 tháng 6 và 15 tháng 12: both deadlines, the last is the end", () => {
    expectReading(["Trước ngày 15 tháng 6 và 15 tháng 12"], PLAN_2026, { start: null, end: "2026-12-15", recurrence: null });
  });
  it("… hằng năm in a plan of 2026–2030 ends on 15 December of 2030", () => {
    expectReading(["Trước ngày 15 tháng 6 và 15 tháng 12 hằng năm"], PLAN_2026_2030, { start: null, end: "2030-12-15", recurrence: "yearly" });
  });
});

describe("several time phrases in one cell are one item each (contract's last row)", () => {
  it("Trước 30/6/2026; trước 31/12/2026", () => {
    const { value } = read(["Trước 30/6/2026; trước 31/12/2026"], PLAN_2026);
    expect(value.items).toEqual([
      { raw: "Trước 30/6/2026", start: null, end: "2026-06-30" },
      { raw: "trước 31/12/2026", start: null, end: "2026-12-31" },
    ]);
    expect([value.start, value.end]).toEqual([null, "2026-12-31"]);
  });
  it("30/6/2026; 31/12/2026 are two days, not the span between them", () => {
    const { value } = read(["30/6/2026; 31/12/2026"], PLAN_2026);
    expect(value.items).toEqual([
      { raw: "30/6/2026", start: "2026-06-30", end: "2026-06-30" },
      { raw: "31/12/2026", start: "2026-12-31", end: "2026-12-31" },
    ]);
  });
  it("a deadline inside the year before it stays one item: Năm 2026, trước ngày 15/12", () => {
    expectReading(["Năm 2026, trước ngày 15/12"], PLAN_2026, { start: "2026-01-01", end: "2026-12-15", recurrence: null, items: ["Năm 2026, trước ngày 15/12"] });
  });
  it("a cadence and the day it falls on are one item: Hàng năm, vào dịp Ngày Pháp luật Việt Nam (09/11)", () => {
    expectReading(["Hàng năm, vào dịp Ngày Pháp luật Việt Nam (09/11)"], PLAN_2026_2030, {
      start: "2026-11-09",
      end: "2030-11-09",
      recurrence: "yearly",
      items: ["Hàng năm, vào dịp Ngày Pháp luật Việt Nam (09/11)"],
    });
  });
});

describe("times set by an event", () => {
  it("an event with its day: Nhân dịp Ngày Chuyển đổi số quốc gia (10/10)", () => {
    expectReading(["Nhân dịp Ngày Chuyển đổi số quốc gia (10/10)"], PLAN_2026, { start: "2026-10-10", end: "2026-10-10", recurrence: null });
  });
  it.each(["Dịp kỷ niệm 80 năm Ngày Cách mạng tháng Tám", "Hưởng ứng Ngày Pháp luật Việt Nam", "Nhân dịp các ngày lễ lớn"])(
    "an event with no day is unspecified, like 'Khi có chỉ đạo', and no diagnostic: %s",
    (written) => {
      expectReading([written], PLAN_2026, { start: null, end: null, recurrence: null });
    },
  );
  it.each(["Chậm nhất 15 ngày sau khi kết thúc đợt kiểm tra", "Trong thời hạn 15 ngày làm việc"])(
    "a length of time counted from an event names no date: %s",
    (written) => {
      expectReading([written], PLAN_2026, { start: null, end: null, recurrence: null });
    },
  );
  it("a day of every reporting period (quarter, half-year or year: no one code) repeats: no dates, no diagnostic", () => {
    expectReading(["chậm nhất vào ngày 08 của tháng cuối kỳ báo cáo"], PLAN_2026, { start: null, end: null, recurrence: null });
  });
  it("'Sau khi … được ban hành' is relative to an event: no dates, no diagnostic", () => {
    expectReading(["Sau khi Kế hoạch được ban hành"], PLAN_2026, { start: null, end: null, recurrence: null });
  });
});

describe("judgement calls where the contract is silent (README, Deadlines)", () => {
  it("Cuối Quý II/2026 is the quarter's last month, Đầu Quý III/2026 its first", () => {
    expectReading(["Cuối Quý II/2026"], PLAN_2026, { start: "2026-06-01", end: "2026-06-30", recurrence: null });
    expectReading(["Đầu Quý III/2026"], PLAN_2026, { start: "2026-07-01", end: "2026-07-31", recurrence: null });
  });
  it("Năm học 2025-2026 runs from 1 September to 31 May", () => {
    expectReading(["Năm học 2025-2026"], PLAN_2025, { start: "2025-09-01", end: "2026-05-31", recurrence: null });
    expectReading(["Năm học 2025 - 2026"], PLAN_2025, { start: "2025-09-01", end: "2026-05-31", recurrence: null });
  });
});

describe("a deadline word followed by a colon (a label) or a stop OCR read", () => {
  it.each([
    ["Trước: 30/11/2026", "2026-11-30"],
    ["Chậm nhất: ngày 30/6/2026", "2026-06-30"],
    ["Trước. 30/11", "2026-11-30"],
  ])("%s is a deadline: no start", (written, end) => {
    expectReading([written], PLAN_2026, { start: null, end, recurrence: null });
  });
});

// "Trước cuối …" is "before the end of …": the period's last day, as "chậm nhất trong tháng 9/2026" is (contract); a
// "trước" before the period itself ("Trước Quý III/2026") still means before it begins.
describe("a deadline at the end of a period is its last day", () => {
  it("'Trước cuối năm 2026' ends on 31 December, not before the last quarter", () => {
    expectReading(["Trước cuối năm 2026"], PLAN_2026, { start: null, end: "2026-12-31", recurrence: null });
  });
  it("'Trước cuối Quý II/2026' ends on 30 June", () => {
    expectReading(["Trước cuối Quý II/2026"], PLAN_2026, { start: null, end: "2026-06-30", recurrence: null });
  });
  it("'Chậm nhất cuối tháng 6/2026' is a deadline, open at the start", () => {
    expectReading(["Chậm nhất cuối tháng 6/2026"], PLAN_2026, { start: null, end: "2026-06-30", recurrence: null });
  });
  it("'Trước Quý III/2026' and 'Trước tháng cuối quý I/2026' still end before the period begins", () => {
    expectReading(["Trước Quý III/2026"], PLAN_2026, { start: null, end: "2026-06-30", recurrence: null });
    expectReading(["Trước tháng cuối quý I/2026"], PLAN_2026, { start: null, end: "2026-02-28", recurrence: null });
  });
});
