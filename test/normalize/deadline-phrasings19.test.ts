/**
 * Deadline phrasings of issue 17 (round 19): a quarter's Roman numeral OCR read as a bracket or bar ("Quý], II/2026"),
 * and 2025-2026 phrasings not in the corpus. Expected values are read off CONTRACT.md's Deadlines table, and README's
 * Deadlines part where the contract is silent (marked *).
 */
import { describe, expect, it } from "vitest";
import { PLAN_2025, PLAN_2026, PLAN_2026_2030, reading } from "./deadline-reading.js";

const guessed = ["deadline-numeral-guessed"];
const unread = ["deadline-unparsed"];

describe("* a quarter's numeral OCR read as a bracket or bar: repaired where the list's order leaves one number", () => {
  it("'Quý], II/2026' is Quý I, II/2026 (contract: Quý II, III/2024 → first quarter's start, last quarter's end)", () => {
    const { diagnostics } = reading("Quý], II/2026", PLAN_2026, "2026-01-01", "2026-06-30", null, guessed);
    expect(diagnostics[0]!.severity).toBe("info");
    expect(diagnostics[0]!.message).toContain("Quý I, II");
  });
  it("'Quý|, II/2026' and 'Quý !, II năm 2026' likewise", () => {
    reading("Quý|, II/2026", PLAN_2026, "2026-01-01", "2026-06-30", null, guessed);
    reading("Quý !, II năm 2026", PLAN_2026, "2026-01-01", "2026-06-30", null, guessed);
  });
  it("between I and III the glyph is II: 'Quý I, |, III/2026' ends 2026-09-30", () => {
    reading("Quý I, |, III/2026", PLAN_2026, "2026-01-01", "2026-09-30", null, guessed);
  });
  it("a glyph with a repeated 'Quý': 'Quý], Quý II năm 2026'", () => {
    reading("Quý], Quý II năm 2026", PLAN_2026, "2026-01-01", "2026-06-30", null, guessed);
  });
  it("a stroke before V is IV: 'Quý ]V/2026'", () => {
    reading("Quý ]V/2026", PLAN_2026, "2026-10-01", "2026-12-31", null, guessed);
  });
  it("the item goes on with its other times: 'Quý], II/2026; Quý IV/2026'", () => {
    const { value } = reading("Quý], II/2026; Quý IV/2026", PLAN_2026, "2026-01-01", "2026-12-31", null, guessed);
    expect(value.items).toHaveLength(2);
  });
});

describe("* a glyph the order does not fix is unread, the raw kept, never read in part", () => {
  it("alone: 'Quý]/2026', 'Quý |/2026' (I, II or III)", () => {
    expect(reading("Quý]/2026", PLAN_2026, null, null, null, unread).value.raw).toBe("Quý]/2026");
    reading("Quý |/2026", PLAN_2026, null, null, null, unread);
  });
  it("before III: 'Quý ], III/2026' (I or II)", () => {
    reading("Quý ], III/2026", PLAN_2026, null, null, null, unread);
  });
  it("'Quý I|/2026' is not quarter I (I with a bar is II or III)", () => {
    reading("Quý I|/2026", PLAN_2026, null, null, null, unread);
  });
  it("'Quý I], II/2026' is not quarter I alone", () => {
    reading("Quý I], II/2026", PLAN_2026, null, null, null, unread);
  });
});

describe("a year glued to a quarter's Roman numeral (OCR lost the slash) is still that quarter (contract: Quý I/2023)", () => {
  it("'Quý III2025' is 2025-07-01 … 2025-09-30, not the whole year", () => {
    reading("Quý III2025", PLAN_2025, "2025-07-01", "2025-09-30");
  });
  it("'Quý IV2026' in a plan of 2025 is that quarter of 2026", () => {
    reading("Quý IV2026", PLAN_2025, "2026-10-01", "2026-12-31");
  });
  it("'Trước Quý III2025' ends before the quarter begins (as 'Trước Quý III/2025')", () => {
    reading("Trước Quý III2025", PLAN_2025, null, "2025-06-30");
  });
});

describe("* the period a report's figures cover, in brackets beside its deadline, is not the time of the work", () => {
  it("'Trước 20/12/2025 (số liệu tính từ 15/12/2024 đến 14/12/2025)': start null, end 2025-12-20 (contract: Trước …)", () => {
    reading("Trước 20/12/2025 (số liệu tính từ 15/12/2024 đến 14/12/2025)", PLAN_2025, null, "2025-12-20");
  });
  it("'Báo cáo 6 tháng trước 20/6/2026 (kỳ báo cáo từ 15/12/2025 đến 14/6/2026)'", () => {
    reading("Báo cáo 6 tháng trước 20/6/2026 (kỳ báo cáo từ 15/12/2025 đến 14/6/2026)", PLAN_2026, null, "2026-06-20");
  });
  it("the deadline after a comma in the same brackets stays: '(số liệu tính từ … đến 14/6/2026, gửi trước ngày 20/6/2026)'", () => {
    reading("(số liệu tính từ 15/12/2025 đến 14/6/2026, gửi trước ngày 20/6/2026)", PLAN_2026, null, "2026-06-20");
  });
  it("the figures' window alone is no time and no error: null/null, no diagnostic", () => {
    reading("(Số liệu từ 15/12/2025 đến 14/6/2026)", PLAN_2026, null, null);
  });
  it("a span in brackets that is not the figures' stays the time: 'Tháng 6/2026 (từ ngày 01/6 đến 15/6/2026)'", () => {
    reading("Tháng 6/2026 (từ ngày 01/6 đến 15/6/2026)", PLAN_2026, "2026-06-01", "2026-06-15");
  });
});

describe("2025-2026 phrasings, by the contract's rows", () => {
  it("'Trước ngày 20 của tháng cuối quý' repeats: null/null, quarterly", () => {
    reading("Trước ngày 20 của tháng cuối quý", PLAN_2026, null, null, "quarterly");
  });
  it("'Chậm nhất ngày 25/11/2026': null … that day", () => {
    reading("Chậm nhất ngày 25/11/2026", PLAN_2026, null, "2026-11-25");
  });
  it("* 'Tuần đầu tháng 3/2026' is days 1-7", () => {
    reading("Tuần đầu tháng 3/2026", PLAN_2026, "2026-03-01", "2026-03-07");
  });
  it("* 'Trong tháng 01 và tháng 7 hằng năm' in a plan of 2026-2030: January 2026 to July 2030, yearly", () => {
    reading("Trong tháng 01 và tháng 7 hằng năm", PLAN_2026_2030, "2026-01-01", "2030-07-31", "yearly");
  });
  it("* 'Năm học 2025-2026' is 2025-09-01 … 2026-05-31", () => {
    reading("Năm học 2025-2026", PLAN_2025, "2025-09-01", "2026-05-31");
  });
  it("'Giai đoạn 2026-2030, hằng năm': the span, yearly", () => {
    reading("Giai đoạn 2026-2030, hằng năm", PLAN_2026_2030, "2026-01-01", "2030-12-31", "yearly");
  });
  it("'Sau khi có hướng dẫn của Bộ Nội vụ': unspecified, no diagnostic", () => {
    reading("Sau khi có hướng dẫn của Bộ Nội vụ", PLAN_2026, null, null);
  });
  it("'Trước 30/6/2026 (đợt 1); trước 30/11/2026 (đợt 2)': two items, end the later", () => {
    const { value } = reading("Trước 30/6/2026 (đợt 1); trước 30/11/2026 (đợt 2)", PLAN_2026, null, "2026-11-30");
    expect(value.items.map((i) => i.end)).toEqual(["2026-06-30", "2026-11-30"]);
  });
  it("'Từ ngày 01/7/2025 đến hết năm 2026' is a span", () => {
    reading("Từ ngày 01/7/2025 đến hết năm 2026", PLAN_2025, "2025-07-01", "2026-12-31");
  });
  it("'Tháng 9 - 10/2026' is September to October", () => {
    reading("Tháng 9 - 10/2026", PLAN_2026, "2026-09-01", "2026-10-31");
  });
  it("'Đến hết 31/12/2026' is a deadline: null … that day", () => {
    reading("Đến hết 31/12/2026", PLAN_2026, null, "2026-12-31");
  });
});
