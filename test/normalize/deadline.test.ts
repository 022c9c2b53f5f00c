import { describe, expect, it } from "vitest";
import { parseDeadline, type DeadlineContext } from "../../src/normalize/deadline.js";
import { deadlineSchema, type Recurrence } from "../../src/schema/plan.js";

const PLAN_2023: DeadlineContext = { year: 2023, period: { from: 2023, to: 2023 } };
const PLAN_2024: DeadlineContext = { year: 2024, period: { from: 2024, to: 2024 } };
const PLAN_2025: DeadlineContext = { year: 2025, period: { from: 2025, to: 2025 } };
const PLAN_2022_2025: DeadlineContext = { year: 2022, period: { from: 2022, to: 2025 } };
const PLAN_2026_2030: DeadlineContext = { year: 2026, period: { from: 2026, to: 2030 } };

/** written, start, end, recurrence, context (PLAN_2023 when left out). */
type Row = [string, string | null, string | null, Recurrence, DeadlineContext?];

function check([written, start, end, recurrence, context]: Row) {
  const { value, diagnostics } = parseDeadline([written], context ?? PLAN_2023);
  expect({ start: value.start, end: value.end, recurrence: value.recurrence }).toEqual({ start, end, recurrence });
  expect(diagnostics).toEqual([]);
  expect(deadlineSchema.safeParse(value).success).toBe(true);
}

describe("parseDeadline: every row of CONTRACT.md's Deadlines table", () => {
  const rows: Row[] = [
    ["Tháng 3/2023", "2023-03-01", "2023-03-31", null],
    ["Tháng 03 năm 2023", "2023-03-01", "2023-03-31", null],
    ["Quý I/2023", "2023-01-01", "2023-03-31", null],
    ["Quý 1/2023", "2023-01-01", "2023-03-31", null],
    ["Quý I năm 2023", "2023-01-01", "2023-03-31", null],
    ["Quý II, III/2024", "2024-04-01", "2024-09-30", null, PLAN_2024],
    ["Quý I-IV năm 2024", "2024-01-01", "2024-12-31", null, PLAN_2024],
    ["6 tháng đầu năm 2023", "2023-01-01", "2023-06-30", null],
    ["Năm 2023", "2023-01-01", "2023-12-31", null],
    ["Trong năm 2023", "2023-01-01", "2023-12-31", null],
    ["Trong năm 2023 (nếu có)", "2023-01-01", "2023-12-31", null],
    ["Giai đoạn 2022-2025", "2022-01-01", "2025-12-31", null],
    ["15/11/2021", "2021-11-15", "2021-11-15", null],
    ["Ngày 15/11/2021", "2021-11-15", "2021-11-15", null],
    ["Trước 15/01/2024", null, "2024-01-15", null],
    ["trước ngày 30/11/2025", null, "2025-11-30", null],
    ["chậm nhất 10/12/2023", null, "2023-12-10", null],
    ["chậm nhất ngày 10/12/2023", null, "2023-12-10", null],
    ["hoàn thành trước ngày 01/4/2023", null, "2023-04-01", null],
    ["Thường xuyên", "2022-01-01", "2025-12-31", "continuous", PLAN_2022_2025],
    ["Thường xuyên trong năm 2023", "2023-01-01", "2023-12-31", "continuous", PLAN_2022_2025],
    ["Hàng quý", "2022-01-01", "2025-12-31", "quarterly", PLAN_2022_2025],
    ["Định kỳ hàng quý", "2022-01-01", "2025-12-31", "quarterly", PLAN_2022_2025],
    ["Hàng quý và năm 2023", "2023-01-01", "2023-12-31", "quarterly", PLAN_2022_2025],
    ["Hàng tháng", "2022-01-01", "2025-12-31", "monthly", PLAN_2022_2025],
    ["Hằng tháng", "2022-01-01", "2025-12-31", "monthly", PLAN_2022_2025],
    ["Hằng năm", "2022-01-01", "2025-12-31", "yearly", PLAN_2022_2025],
    ["Hàng năm", "2022-01-01", "2025-12-31", "yearly", PLAN_2022_2025],
    ["Trước ngày 05 của tháng liền kề", null, null, "monthly"],
    ["Trước ngày 05 của quý liền kề", null, null, "quarterly"],
    ["Báo cáo năm trước ngày 31/01 năm liền kề", null, "2024-01-31", null],
    ["Ngày 31/01 năm sau", "2024-01-31", "2024-01-31", null],
    ["Quý I/2023 và những năm tiếp theo", "2023-01-01", null, null],
    ["thường xuyên trong năm 2023 và những năm tiếp theo", "2023-01-01", null, "continuous"],
    ["Theo quy định", null, null, null],
    ["Theo văn bản hướng dẫn của UBND tỉnh", null, null, null],
    ["Theo lộ trình đề án được phê duyệt", null, null, null],
    ["Khi có chỉ đạo của tỉnh", null, null, null],
    ["Kiểm tra đột xuất", null, null, null],
  ];
  it.each(rows)("%s", (...row) => check(row));
});

describe("parseDeadline: spellings seen in real plans", () => {
  const rows: Row[] = [
    ["Quí IV-2025", "2025-10-01", "2025-12-31", null, PLAN_2025],
    ["Quý I, II năm 2024", "2024-01-01", "2024-06-30", null, PLAN_2024],
    ["Quý II-IV năm 2024", "2024-04-01", "2024-12-31", null, PLAN_2024],
    ["Quý II", "2024-04-01", "2024-06-30", null, PLAN_2024],
    ["Quý IV", "2024-10-01", "2024-12-31", null, PLAN_2024],
    ["Quý 2/2023", "2023-04-01", "2023-06-30", null],
    ["Quý IV/2026", "2026-10-01", "2026-12-31", null, PLAN_2025],
    // A month by its place in a named quarter; "tháng cuối quý" alone repeats every quarter.
    ["Tháng cuối quý I/2026", "2026-03-01", "2026-03-31", null, PLAN_2026_2030],
    ["tháng đầu của Quý III năm 2024", "2024-07-01", "2024-07-31", null, PLAN_2024],
    ["Tháng giữa quý IV", "2024-11-01", "2024-11-30", null, PLAN_2024],
    ["Quý II/2027", "2027-04-01", "2027-06-30", null, PLAN_2025],
    ["QUÝ I/2024", "2024-01-01", "2024-03-31", null, PLAN_2024],
    ["quý iv năm 2023", "2023-10-01", "2023-12-31", null],
    ["Quý 1 năm 2023", "2023-01-01", "2023-03-31", null],
    ["Tháng 01/2024", "2024-01-01", "2024-01-31", null, PLAN_2024],
    ["Tháng 8/2023", "2023-08-01", "2023-08-31", null],
    ["tháng 12", "2023-12-01", "2023-12-31", null],
    ["Tháng 12", "2024-12-01", "2024-12-31", null, PLAN_2024],
    ["Năm 2024", "2024-01-01", "2024-12-31", null, PLAN_2024],
    ["NĂM 2024", "2024-01-01", "2024-12-31", null, PLAN_2024],
    ["năm2024", "2024-01-01", "2024-12-31", null, PLAN_2024],
    ["2025", "2025-01-01", "2025-12-31", null, PLAN_2025],
    ["  Trong   năm  2023 ", "2023-01-01", "2023-12-31", null],
    ["Trước ngày 30/11/2025", null, "2025-11-30", null, PLAN_2025],
    ["Hoàn thành trước ngày 01/4/2023", null, "2023-04-01", null],
    ["Kế hoạch UBND tỉnh trước ngày 30/01/2023", null, "2023-01-30", null],
    ["Báo cáo chậm nhất 10/12/2023", null, "2023-12-10", null],
    ["Thường xuyên, hằng năm", "2025-01-01", "2025-12-31", "yearly", PLAN_2025],
    ["Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính", "2025-01-01", "2025-12-31", "quarterly", PLAN_2025],
    ["Theo quy định Trung ương", null, null, null],
    ["Theo kế hoạch thẩm định hằng năm", null, null, null, PLAN_2024],
    ["Sau khi có Quy chế của TW", null, null, null, PLAN_2025],
    ["6 tháng cuối năm", "2023-07-01", "2023-12-31", null],
    ["6 tháng đầu năm2023", "2023-01-01", "2023-06-30", null],
    ["2022 - 2025", "2022-01-01", "2025-12-31", null],
    ["2022 – 2025", "2022-01-01", "2025-12-31", null],
    ["Năm 2025 - 2026", "2025-01-01", "2026-12-31", null, PLAN_2025],
    ["Năm 2025-2030", "2025-01-01", "2030-12-31", null, PLAN_2025],
    ["Từ năm 2022 đến năm 2025", "2022-01-01", "2025-12-31", null],
    ["ngày 15 tháng 11 năm 2021", "2021-11-15", "2021-11-15", null],
    ["1/4/2023", "2023-04-01", "2023-04-01", null],
    ["01/04/2023", "2023-04-01", "2023-04-01", null],
    ["5/12/2023", "2023-12-05", "2023-12-05", null],
    ["15.11.2021", "2021-11-15", "2021-11-15", null],
    ["<p>Thường xuyên</p>", "2024-01-01", "2024-12-31", "continuous", PLAN_2024],
    ["Tháng 12 hằng năm", "2025-12-01", "2025-12-31", "yearly", PLAN_2025],
    ["Trước ngày 20 hằng tháng", null, null, "monthly"],
    ["Trước ngày 15 của tháng đầu quý liền kề", null, null, "quarterly"],
    ["Trước 30/6", null, "2023-06-30", null],
    ["Tháng 01 năm sau", "2024-01-01", "2024-01-31", null],
    ["Từ tháng 3 đến tháng 6/2023", "2023-03-01", "2023-06-30", null],
    ["Từ tháng 11/2023 đến tháng 02/2024", "2023-11-01", "2024-02-29", null],
    ["Từ ngày 01/3/2023 đến ngày 31/5/2023", "2023-03-01", "2023-05-31", null],
    ["15/11/2021 - 20/11/2021", "2021-11-15", "2021-11-20", null],
  ];
  it.each(rows)("%s", (...row) => check(row));

  it("reads decomposed (NFD) input and gives NFC raw text", () => {
    const { value } = parseDeadline(["Quý I/2024".normalize("NFD")], PLAN_2024);
    expect(value.raw).toBe("Quý I/2024".normalize("NFC"));
    expect(value.items[0]?.raw).toBe("Quý I/2024".normalize("NFC"));
    expect([value.start, value.end]).toEqual(["2024-01-01", "2024-03-31"]);
  });

  it("reads decomposed Hằng tháng and Thường xuyên", () => {
    expect(parseDeadline(["Hằng tháng".normalize("NFD")], PLAN_2023).value.recurrence).toBe("monthly");
    expect(parseDeadline(["THƯỜNG XUYÊN".normalize("NFD")], PLAN_2023).value.recurrence).toBe("continuous");
  });
});

describe("parseDeadline: items", () => {
  it("splits bullet items written in one line (seed 000)", () => {
    const { value, diagnostics } = parseDeadline(["- Tháng 01/2023 - Tháng 12/2023"], PLAN_2023);
    expect(value).toEqual({
      raw: "Tháng 01/2023 - Tháng 12/2023",
      start: "2023-01-01",
      end: "2023-12-31",
      recurrence: null,
      items: [
        { raw: "Tháng 01/2023", start: "2023-01-01", end: "2023-01-31" },
        { raw: "Tháng 12/2023", start: "2023-12-01", end: "2023-12-31" },
      ],
    });
    expect(diagnostics).toEqual([]);
  });

  it("gives the same result when the items are separate paragraphs", () => {
    const oneLine = parseDeadline(["- Tháng 01/2023 - Tháng 12/2023"], PLAN_2023).value;
    const twoParagraphs = parseDeadline(["- Tháng 01/2023", "- Tháng 12/2023"], PLAN_2023).value;
    expect(twoParagraphs).toEqual(oneLine);
  });

  it("keeps paragraphs without bullets apart as items", () => {
    const { value } = parseDeadline(["Tháng 01/2023", "Tháng 12/2023"], PLAN_2023);
    expect(value.raw).toBe("Tháng 01/2023 Tháng 12/2023");
    expect(value.items.map((i) => i.raw)).toEqual(["Tháng 01/2023", "Tháng 12/2023"]);
    expect([value.start, value.end]).toEqual(["2023-01-01", "2023-12-31"]);
  });

  it("is open at the start when every item is a deadline (seed 000)", () => {
    const { value } = parseDeadline(
      ['<ul style="list-style-type: none"> - Kế hoạch UBND tỉnh trước ngày 30/01/2023 - Báo cáo chậm nhất 10/12/2023'],
      PLAN_2023,
    );
    expect(value.items).toEqual([
      { raw: "Kế hoạch UBND tỉnh trước ngày 30/01/2023", start: null, end: "2023-01-30" },
      { raw: "Báo cáo chậm nhất 10/12/2023", start: null, end: "2023-12-10" },
    ]);
    expect([value.start, value.end]).toEqual([null, "2023-12-10"]);
  });

  it("takes the recurrence from any item (seed 001)", () => {
    const { value } = parseDeadline(["- Tháng 01/2023 - Định kỳ hàng quý và năm 2023"], PLAN_2023);
    expect(value.items.map((i) => [i.raw, i.start, i.end])).toEqual([
      ["Tháng 01/2023", "2023-01-01", "2023-01-31"],
      ["Định kỳ hàng quý và năm 2023", "2023-01-01", "2023-12-31"],
    ]);
    expect(value.recurrence).toBe("quarterly");
    expect([value.start, value.end]).toEqual(["2023-01-01", "2023-12-31"]);
  });

  it("joins a month and a year written as items", () => {
    const { value } = parseDeadline(["- Tháng 01/2023 - Trong năm 2023"], PLAN_2023);
    expect(value.items).toHaveLength(2);
    expect([value.start, value.end]).toEqual(["2023-01-01", "2023-12-31"]);
  });

  it("is open on both sides when one item has no date", () => {
    const { value, diagnostics } = parseDeadline(["- Tháng 01/2023 - Theo quy định"], PLAN_2023);
    expect(value.items.map((i) => [i.start, i.end])).toEqual([
      ["2023-01-01", "2023-01-31"],
      [null, null],
    ]);
    expect([value.start, value.end]).toEqual([null, null]);
    expect(diagnostics).toEqual([]);
  });

  it("is open at the end when one item is open-ended", () => {
    const { value } = parseDeadline(["- Quý I/2023", "- Quý II/2023 và những năm tiếp theo"], PLAN_2023);
    expect([value.start, value.end]).toEqual(["2023-01-01", null]);
  });

  it.each([
    ["+ Quý I/2023 + Quý III/2023", ["Quý I/2023", "Quý III/2023"], "2023-01-01", "2023-09-30"],
    ["• Năm 2023 • Năm 2024", ["Năm 2023", "Năm 2024"], "2023-01-01", "2024-12-31"],
    ["– Tháng 3/2023 – Tháng 5/2023", ["Tháng 3/2023", "Tháng 5/2023"], "2023-03-01", "2023-05-31"],
  ])("splits %s", (written, raws, start, end) => {
    const { value } = parseDeadline([written], PLAN_2023);
    expect(value.items.map((i) => i.raw)).toEqual(raws);
    expect([value.start, value.end]).toEqual([start, end]);
  });

  // "Quý I - Quý IV/2024" writes its year once, at the end: a range like "Quý I - IV/2024", not two items.
  it.each(["2022 - 2025", "Giai đoạn 2022 - 2025", "Năm 2025 - 2026", "Quý I - IV/2024", "Quý II - III năm 2024", "Quý I - Quý IV/2024", "15/11/2021 - 20/11/2021"])(
    "does not split the range %s",
    (written) => {
      const { value } = parseDeadline([written], PLAN_2024);
      expect(value.items).toHaveLength(1);
      expect(value.items[0]?.raw).toBe(written);
    },
  );

  it("reads quarter ranges with spaces", () => {
    const { value } = parseDeadline(["Quý II - III năm 2024"], PLAN_2024);
    expect([value.start, value.end]).toEqual(["2024-04-01", "2024-09-30"]);
  });
});

describe("parseDeadline: empty cells and raw text", () => {
  it.each([[[]], [[""]], [["   ", ""]], [["-"]], [["–"]], [["…"]]])("%j is empty", (paragraphs) => {
    const result = parseDeadline(paragraphs as string[], PLAN_2023);
    expect(result.value).toEqual({ raw: null, start: null, end: null, recurrence: null, items: [] });
    expect(result.diagnostics).toEqual([]);
  });

  it("folds white space and removes the leading bullet", () => {
    const { value } = parseDeadline(["  -   Trong \u00a0 năm\t2023  "], PLAN_2023);
    expect(value.raw).toBe("Trong năm 2023");
    expect(value.items).toEqual([{ raw: "Trong năm 2023", start: "2023-01-01", end: "2023-12-31" }]);
  });

  it("joins paragraphs with a space, keeping bullets after the first", () => {
    const { value } = parseDeadline(["- Kế hoạch: Quý I/2023", "- Báo cáo: Tháng 12/2023"], PLAN_2023);
    expect(value.raw).toBe("Kế hoạch: Quý I/2023 - Báo cáo: Tháng 12/2023");
  });
});

describe("parseDeadline: calendar", () => {
  it.each<Row>([
    ["29/02/2024", "2024-02-29", "2024-02-29", null],
    ["Tháng 2/2024", "2024-02-01", "2024-02-29", null],
    ["Tháng 2/2023", "2023-02-01", "2023-02-28", null],
    ["Tháng 02/2000", "2000-02-01", "2000-02-29", null],
    ["Tháng 02/2100", "2100-02-01", "2100-02-28", null],
    ["Tháng 4/2023", "2023-04-01", "2023-04-30", null],
    ["Quý I/2024", "2024-01-01", "2024-03-31", null],
    ["Quý III/2023", "2023-07-01", "2023-09-30", null],
    ["6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", null],
    ["9 tháng đầu năm 2023", "2023-01-01", "2023-09-30", null],
    ["3 tháng cuối năm 2023", "2023-10-01", "2023-12-31", null],
  ])("%s", (...row) => check(row));

  it.each(["31/02/2023", "29/02/2023", "30/02/2024", "31/04/2023", "32/01/2024", "15/13/2023", "00/01/2023", "Tháng 13/2023", "Tháng 0/2023", "Quý V/2023", "Quý 5 năm 2023", "Giai đoạn 2025-2022", "13 tháng đầu năm 2023"])(
    "%s is not a date: null, with a diagnostic",
    (written) => {
      const where = { page: 3, line: 120 };
      const { value, diagnostics } = parseDeadline([written], { ...PLAN_2023, where });
      expect(value.items).toEqual([{ raw: written, start: null, end: null }]);
      expect([value.start, value.end]).toEqual([null, null]);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ severity: "warning", code: "deadline-unparsed", where });
      expect(diagnostics[0]?.message).toContain(written);
    },
  );
});

describe("parseDeadline: what is and is not reported", () => {
  it.each(["Năm", "Lần 1", "Tháng", "Quý", "Đợt 2", "QUÝ"])("%s has a number or a time word but no date: diagnostic", (written) => {
    const { value, diagnostics } = parseDeadline([written], PLAN_2023);
    expect([value.start, value.end, value.recurrence]).toEqual([null, null, null]);
    expect(diagnostics.map((d) => d.code)).toEqual(["deadline-unparsed"]);
  });

  it("omits where when the context has none", () => {
    const { diagnostics } = parseDeadline(["31/02/2023"], PLAN_2023);
    expect(diagnostics[0]).not.toHaveProperty("where");
  });

  it.each(["Hoàn thành", "Quy chế", "Thực hiện ngay", "Theo quy định", "Theo văn bản số 12/UBND-NC ngày 03/3/2023", "Khi có yêu cầu", "Định kỳ, đột xuất"])(
    "%s is understood as unspecified: no diagnostic",
    (written) => {
      const { value, diagnostics } = parseDeadline([written], PLAN_2023);
      expect([value.start, value.end, value.recurrence]).toEqual([null, null, null]);
      expect(diagnostics).toEqual([]);
    },
  );

  it("reports only the unreadable item of a cell", () => {
    const { value, diagnostics } = parseDeadline(["- Tháng 3/2023 - Tháng 13/2023"], PLAN_2023);
    expect(value.items).toEqual([
      { raw: "Tháng 3/2023", start: "2023-03-01", end: "2023-03-31" },
      { raw: "Tháng 13/2023", start: null, end: null },
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toContain("Tháng 13/2023");
  });
});

describe("parseDeadline: judgement calls (documented in the module)", () => {
  const rows: Row[] = [
    // 1. Nested spans: the narrowest wins, and the deadline sets the end (seed 001).
    ["Giai đoạn 2022-2025 Trong năm 2023, hoàn thành trước ngày 01/01/2024.", "2023-01-01", "2024-01-01", null],
    ["Năm 2023, tháng 12/2023", "2023-12-01", "2023-12-31", null],
    ["Năm 2023 và Quý I/2024", "2023-01-01", "2024-03-31", null],
    // 2. Deadlines before a month, quarter or year.
    ["Trước quý II/2024", null, "2024-03-31", null],
    ["Trước tháng 12/2023", null, "2023-11-30", null],
    ["Trước năm 2025", null, "2024-12-31", null],
    ["Chậm nhất tháng 12/2023", null, "2023-12-31", null],
    ["Đến hết năm 2025", null, "2025-12-31", null],
    ["Năm 2024, trước ngày 15/12/2024", "2024-01-01", "2024-12-15", null],
    // 3. Recurrence: a cadence beats "thường xuyên", the finest cadence wins.
    ["Hàng tháng, hàng quý", "2023-01-01", "2023-12-31", "monthly"],
    ["Hằng ngày", "2023-01-01", "2023-12-31", "continuous"],
    ["Hằng năm, trước ngày 15/12", null, "2023-12-15", "yearly"],
    // 4. A yearless month, quarter or day that recurs yearly spans the period.
    ["Tháng 12 hằng năm", "2026-12-01", "2030-12-31", "yearly", PLAN_2026_2030],
    ["Quý II hằng năm", "2026-04-01", "2030-06-30", "yearly", PLAN_2026_2030],
    ["Tháng 2 hằng năm", "2026-02-01", "2030-02-28", "yearly", PLAN_2026_2030],
    ["Trước ngày 15/12 hằng năm", null, "2030-12-15", "yearly", PLAN_2026_2030],
    // 5. References are not read as dates.
    ["Thực hiện theo Kế hoạch số 56/KH-UBND ngày 12/4/2022", null, null, null],
    ["Quý IV/2023 (theo Kế hoạch 12/KH-UBND ngày 15/01/2023)", "2023-10-01", "2023-12-31", null],
    ["Trong năm 2023 theo quy định", "2023-01-01", "2023-12-31", null],
    ["Theo quy định, trước 15/12/2023", null, "2023-12-15", null],
    ["Thường xuyên theo Nghị định 30/2020/NĐ-CP", "2023-01-01", "2023-12-31", "continuous"],
    // 6. Start and end of a year, a year without number.
    ["Đầu năm 2024", "2024-01-01", "2024-03-31", null],
    ["Cuối năm 2024", "2024-10-01", "2024-12-31", null],
    ["Trong năm", "2023-01-01", "2023-12-31", null],
  ];
  it.each(rows)("%s", (...row) => check(row));
});

describe("parseDeadline: robustness", () => {
  const units = [
    "Quý I, ",
    "quý ",
    "tháng 1-",
    "tháng ",
    "1/",
    "1",
    "ngày 1 ",
    " ",
    "- ",
    " - a",
    "2023-",
    "2023 ",
    "theo ",
    "1-aaaa",
    "Trước ",
    "trước ngày ",
    "12/KH-",
    "6 tháng đầu ",
    "và những năm ",
    "hàng ",
    "Quý I/2023 ",
    "31/02/2023 ",
    "15/11/2021 - ",
    "ngày 05 của tháng ",
    "–1",
    "I - ",
    "1.1.",
    "ạ\u0301",
  ];
  const hundredKb = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);

  it.each(units)("returns on a 100 kB line of %j", (unit) => {
    for (const line of [hundredKb(unit), `${hundredKb(unit)}x`, `Quý ${hundredKb(unit)} năm 2023`]) {
      const { value } = parseDeadline([line], PLAN_2023);
      expect(deadlineSchema.safeParse(value).success).toBe(true);
    }
  });

  it.each(["\u0000", "🙂 2023 🙂", "////", "Quý I/", "ngày /", "năm -", "\u200b", "((((", "Quý I/99999", "Tháng 3/1899"])(
    "never throws on %j",
    (written) => {
      const { value } = parseDeadline([written], PLAN_2023);
      expect(deadlineSchema.safeParse(value).success).toBe(true);
    },
  );
});

describe("parseDeadline: cycles of n months (written for fixtures/unseen)", () => {
  const rows: Row[] = [
    // A half-year cycle has no recurrence code: the task runs over the period, read, no diagnostic.
    ["Định kỳ 6 tháng", "2025-01-01", "2025-12-31", null, PLAN_2025],
    ["6 tháng một lần", "2022-01-01", "2025-12-31", null, PLAN_2022_2025],
    ["Định kỳ 3 tháng", "2024-01-01", "2024-12-31", "quarterly", PLAN_2024],
    ["Hằng 12 tháng", "2023-01-01", "2023-12-31", "yearly"],
    // Not a cycle: a part of the year, as before.
    ["6 tháng cuối năm 2023", "2023-07-01", "2023-12-31", null],
    // A report schedule listing its periods recurs over the period, as often as its shortest period.
    ["06 tháng, năm", "2025-01-01", "2025-12-31", null, PLAN_2025],
    ["Báo cáo 6 tháng và năm", "2025-01-01", "2025-12-31", null, PLAN_2025],
    ["Quý, 6 tháng, năm", "2024-01-01", "2024-12-31", "quarterly", PLAN_2024],
    ["6 tháng đầu năm 2023", "2023-01-01", "2023-06-30", null],
  ];
  it.each(rows.map((row) => [row[0], row]))("%s", (_written, row) => check(row as Row));
});

describe("parseDeadline: the rows of schema version 2 (issue 17)", () => {
  const PLAN_2026: DeadlineContext = { year: 2026, period: { from: 2026, to: 2026 } };
  const rows: Row[] = [
    // A reference to another document's timetable, even one naming a year, commas inside the document's name.
    ["Theo Kế hoạch rà soát năm 2026 của tỉnh", null, null, null, PLAN_2026],
    ["Theo Kế hoạch rà soát, đánh giá năm 2026 của tỉnh", null, null, null, PLAN_2026],
    ["Theo Kế hoạch kiểm tra, giám sát năm 2026 của UBND tỉnh", null, null, null, PLAN_2026],
    // …but a time of its own after the reference is read.
    ["Theo kế hoạch, hoàn thành trước 30/6/2026", null, "2026-06-30", null, PLAN_2026],
    // "By the end of" a month or quarter: no start.
    ["Chậm nhất trong tháng 9/2026", null, "2026-09-30", null, PLAN_2026],
    ["hoàn thành trong tháng 9/2026", null, "2026-09-30", null, PLAN_2026],
    ["xong trong Quý II/2026", null, "2026-06-30", null, PLAN_2026],
    ["Trong tháng 9/2026", "2026-09-01", "2026-09-30", null, PLAN_2026],
    // The year before Y, and the year after.
    ["chậm nhất là ngày 31/12 năm trước liền kề", null, "2025-12-31", null, PLAN_2026],
    ["trước ngày 31/01 năm liền kề", null, "2027-01-31", null, PLAN_2026],
  ];
  it.each(rows)("%s", (...row) => check(row as Row));

  it("several time phrases in one sentence are one item each", () => {
    const { value } = parseDeadline(["Ban hành kế hoạch trong tháng 01/2026, kiểm tra chậm nhất trong tháng 6/2026"], PLAN_2026);
    expect(value.items).toEqual([
      { raw: "Ban hành kế hoạch trong tháng 01/2026", start: "2026-01-01", end: "2026-01-31" },
      { raw: "kiểm tra chậm nhất trong tháng 6/2026", start: null, end: "2026-06-30" },
    ]);
    expect({ start: value.start, end: value.end }).toEqual({ start: null, end: "2026-06-30" });
  });

  it("a list of months or quarters and a year with its deadline stay one item", () => {
    for (const written of ["Tháng 3, 4/2026", "Quý II, Quý III/2026", "Năm 2026, trước ngày 15/12/2026"]) {
      expect(parseDeadline([written], PLAN_2026).value.items).toHaveLength(1);
    }
  });
});

describe("parseDeadline: times written in prose duties (extract/duties.ts hands each phrase over)", () => {
  const PLAN_2026: DeadlineContext = { year: 2026, period: { from: 2026, to: 2026 } };
  const rows: Row[] = [
    // The marker holds for every day of its list: both days are deadlines, never a span from the second to the first.
    ["trước ngày 01/6 và 15/11 hằng năm", null, "2026-11-15", "yearly", PLAN_2026],
    ["trước ngày 01/6 và 15/11 hằng năm", null, "2030-11-15", "yearly", PLAN_2026_2030],
    ["gửi trước ngày 20/6/2026 và 20/12/2026", null, "2026-12-20", null, PLAN_2026],
    ["trước ngày 15/6, ngày 15/12", null, "2026-12-15", null, PLAN_2026],
    // A cadence and a deadline of one sentence, joined into one item by extract/duties.ts.
    ["Định kỳ hằng năm, trước ngày 15 tháng 12", null, "2026-12-15", "yearly", PLAN_2026],
    ["trước ngày 30 tháng 01 của năm tiếp theo", null, "2027-01-30", null, PLAN_2026],
    ["Hằng năm", "2026-01-01", "2026-12-31", "yearly", PLAN_2026],
    ["đến hết năm 2026", null, "2026-12-31", null, PLAN_2026],
  ];
  it.each(rows)("%s", (...row) => check(row as Row));
  it("a span after a list that is no deadline stays a span", () => {
    // "Tháng 3 và 15/11": no marker, two spans.
    const { value } = parseDeadline(["Tháng 3 và 15/11"], PLAN_2026);
    expect({ start: value.start, end: value.end }).toEqual({ start: "2026-03-01", end: "2026-11-15" });
  });
});

describe("parseDeadline: days of a schedule (inspection and event tables, issue 17)", () => {
  const PLAN_2026: DeadlineContext = { year: 2026, period: { from: 2026, to: 2026 } };
  const rows: Row[] = [
    // A visit's first day and its length in days (r34's "Thời gian kiểm tra" column).
    ["23/3/2026 - 02 ngày", "2026-03-23", "2026-03-24", null, PLAN_2026],
    ["Ngày 23/3/2026 (02 ngày)", "2026-03-23", "2026-03-24", null, PLAN_2026],
    ["31/12/2026 (3 ngày)", "2026-12-31", "2027-01-02", null, PLAN_2026],
    // Several days of one month.
    ["23-24/3/2026", "2026-03-23", "2026-03-24", null, PLAN_2026],
    ["Từ ngày 23 đến ngày 24/3/2026", "2026-03-23", "2026-03-24", null, PLAN_2026],
    ["Ngày 23, 24/3/2026", "2026-03-23", "2026-03-24", null, PLAN_2026],
    ["Ngày 15 và 16/4", "2026-04-15", "2026-04-16", null, PLAN_2026],
    // Not days of one month: a month range, and a month listed with a day.
    ["Tháng 3-4/2026", "2026-03-01", "2026-04-30", null, PLAN_2026],
    ["Tháng 3 và 15/11", "2026-03-01", "2026-11-15", null, PLAN_2026],
  ];
  it.each(rows)("%s", (...row) => check(row as Row));
});

describe("parseDeadline: forms of plans not yet seen (issue 17, written by hand)", () => {
  const PLAN_2026: DeadlineContext = { year: 2026, period: { from: 2026, to: 2026 } };
  const rows: Row[] = [
    // Forms the issue names, pinned.
    ["Quý I, II/2026", "2026-01-01", "2026-06-30", null, PLAN_2026],
    ["6 tháng đầu năm", "2026-01-01", "2026-06-30", null, PLAN_2026],
    ["Trước 15/12 hằng năm", null, "2026-12-15", "yearly", PLAN_2026],
    ["Tháng 6 và tháng 12/2026", "2026-06-01", "2026-12-31", null, PLAN_2026],
    ["Năm 2026-2027", "2026-01-01", "2027-12-31", null, PLAN_2026],
    ["trước ngày 20 của tháng cuối quý", null, null, "quarterly", PLAN_2026],
    // A quarter abbreviated "Q", read only with its year (alone, "Q.1" may be a district).
    ["Q1/2026", "2026-01-01", "2026-03-31", null, PLAN_2026],
    ["Q.II/2026", "2026-04-01", "2026-06-30", null, PLAN_2026],
    ["Q3-Q4/2026", "2026-07-01", "2026-12-31", null, PLAN_2026],
    // Half a year.
    ["Nửa đầu năm 2026", "2026-01-01", "2026-06-30", null, PLAN_2026],
    ["Nửa cuối năm 2026", "2026-07-01", "2026-12-31", null, PLAN_2026],
    ["Nửa năm đầu", "2026-01-01", "2026-06-30", null, PLAN_2026],
    // A month, or a day of it, that comes back every quarter: no dates, quarterly (like "ngày 05 của tháng liền kề").
    ["Tháng cuối quý", null, null, "quarterly", PLAN_2026],
    ["Trước 20 của tháng cuối quý", null, null, "quarterly", PLAN_2026],
    // Two days in words under one "trước": both deadlines.
    ["Trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm", null, "2026-12-15", "yearly", PLAN_2026],
    // An open end after a comma belongs to the time before it.
    ["Năm 2026, các năm tiếp theo", "2026-01-01", null, null, PLAN_2026],
    // Times per year, quarter or month: a cadence when one fits, else a cycle over the period.
    ["01 lần/năm", "2026-01-01", "2026-12-31", "yearly", PLAN_2026],
    ["1 lần/quý", "2026-01-01", "2026-12-31", "quarterly", PLAN_2026],
    ["4 lần/năm", "2026-01-01", "2026-12-31", "quarterly", PLAN_2026],
    ["02 đợt/năm", "2026-01-01", "2026-12-31", null, PLAN_2026],
  ];
  it.each(rows)("%s", (...row) => check(row as Row));
  it("a 'Q' without a year is no quarter", () => {
    const { value } = parseDeadline(["Q1"], PLAN_2026);
    expect({ start: value.start, end: value.end }).toEqual({ start: null, end: null });
  });
});

describe("parseDeadline: 'sau' before a time starts the day after it, open-ended (judgement call 10)", () => {
  const PLAN_2026: DeadlineContext = { year: 2026, period: { from: 2026, to: 2026 } };
  const rows: Row[] = [
    ["Sau ngày 15/4/2026", "2026-04-16", null, null, PLAN_2026],
    ["Sau 15/4/2026", "2026-04-16", null, null, PLAN_2026],
    ["sau ngày 15/4", "2026-04-16", null, null, PLAN_2026],
    ["Sau ngày 31/12/2026", "2027-01-01", null, null, PLAN_2026],
    // After a month or a quarter: the first day of the next one.
    ["Sau tháng 3/2026", "2026-04-01", null, null, PLAN_2026],
    ["Sau Quý I/2026", "2026-04-01", null, null, PLAN_2026],
    // A deadline in the same phrase closes it.
    ["Sau ngày 15/4/2026, chậm nhất ngày 30/6/2026", "2026-04-16", "2026-06-30", null, PLAN_2026],
    // Not an "after": an event ("sau khi"), and the "năm sau" of a year (Y + 1).
    ["Sau khi Quy chế được ban hành", null, null, null, PLAN_2026],
    ["Tháng 01 năm sau", "2027-01-01", "2027-01-31", null, PLAN_2026],
  ];
  it.each(rows)("%s", (...row) => check(row as Row));
  it("an open item makes the cell open-ended: 'Tháng 3/2026 - Sau ngày 15/4/2026'", () => {
    const { value } = parseDeadline(["- Tháng 3/2026", "- Sau ngày 15/4/2026"], PLAN_2026);
    expect(value.items.map((i) => [i.start, i.end])).toEqual([["2026-03-01", "2026-03-31"], ["2026-04-16", null]]);
    expect({ start: value.start, end: value.end }).toEqual({ start: "2026-03-01", end: null });
  });
});

describe("parseDeadline: a month named by its place in a quarter, and the end of a year", () => {
  const PLAN_2026: DeadlineContext = { year: 2026, period: { from: 2026, to: 2026 } };
  const rows: Row[] = [
    ["Tháng cuối quý I/2026", "2026-03-01", "2026-03-31", null, PLAN_2026],
    ["tháng đầu quý II/2026", "2026-04-01", "2026-04-30", null, PLAN_2026],
    ["Tháng giữa Quý 3 năm 2026", "2026-08-01", "2026-08-31", null, PLAN_2026],
    // Judgement call 6 (kept): "cuối năm" is the year's last quarter, not only December.
    ["Cuối năm 2026", "2026-10-01", "2026-12-31", null, PLAN_2026],
  ];
  it.each(rows)("%s", (...row) => check(row as Row));
});

describe("parseDeadline: a phrase broken over two lines of a cell (OCR, PDF)", () => {
  it("'Thường' over 'xuyên' is one item, continuous over the period", () => {
    const { value, diagnostics } = parseDeadline(["Thường", "xuyên"], PLAN_2022_2025);
    expect(value.items).toEqual([{ raw: "Thường xuyên", start: "2022-01-01", end: "2025-12-31" }]);
    expect({ start: value.start, end: value.end, recurrence: value.recurrence }).toEqual({ start: "2022-01-01", end: "2025-12-31", recurrence: "continuous" });
    expect(diagnostics).toEqual([]);
  });
  it("'Hàng' over 'quý' is quarterly", () => {
    const { value } = parseDeadline(["Hàng", "quý"], PLAN_2023);
    expect({ start: value.start, end: value.end, recurrence: value.recurrence }).toEqual({ start: "2023-01-01", end: "2023-12-31", recurrence: "quarterly" });
  });
  it("lines that read a time each stay items of their own", () => {
    const { value } = parseDeadline(["Quý I/2023", "quý III/2023"], PLAN_2023);
    expect(value.items.map((i) => i.raw)).toEqual(["Quý I/2023", "quý III/2023"]);
  });
  it("a line in lower case that joined reads no time stays apart", () => {
    const { value } = parseDeadline(["Theo quy định", "của tỉnh"], PLAN_2023);
    expect(value.items.map((i) => i.raw)).toEqual(["Theo quy định", "của tỉnh"]);
  });
});

describe("parseDeadline: a quarter's Roman numeral read by OCR as the digits 1", () => {
  it.each([
    ["Quý 11/2024", "2024-04-01", "2024-06-30", "11"],
    ["Quý 111/2024", "2024-07-01", "2024-09-30", "111"],
  ])("%s is the quarter of that many strokes, with a diagnostic", (written, start, end, strokes) => {
    const { value, diagnostics } = parseDeadline([written], PLAN_2024);
    expect([value.raw, value.start, value.end]).toEqual([written, start, end]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "deadline-numeral-guessed", severity: "info", message: expect.stringContaining(`"${strokes}"`) })]);
  });

  it("a quarter written 1 to 4 in digits is read as ever, with no diagnostic", () => {
    const { value, diagnostics } = parseDeadline(["Quý 2/2024"], PLAN_2024);
    expect([value.start, value.end]).toEqual(["2024-04-01", "2024-06-30"]);
    expect(diagnostics).toEqual([]);
  });
});
