import { describe, expect, it } from "vitest";
import { deadlineOutsidePeriod } from "../../../src/check/rules/deadline-outside-period.js";
import { makeDocument, makeTask } from "../document.js";

const ending = (id: string, end: string | null, line: number) =>
  makeTask({ id, source: { line }, deadline: { raw: end ?? "Thường xuyên", start: null, end, recurrence: end ? null : "continuous", items: [] } });

describe("rule deadline-outside-period", () => {
  it("reports deadlines ending before or after a one-year plan", () => {
    const document = makeDocument({
      tasks: [ending("t001", "2023-12-31", 10), ending("t002", "2024-01-01", 11), ending("t003", "2024-12-31", 12), ending("t004", "2025-01-31", 13), ending("t005", null, 14)],
    });
    const findings = deadlineOutsidePeriod.check(document);
    expect(findings.map((f) => f.where?.line)).toEqual([10, 13]);
    expect(findings[0]!.message).toContain("before the plan period 2024");
    expect(findings[1]!.message).toContain("after the plan period 2024");
  });
  it("uses a multi-year period when the plan has one", () => {
    const document = makeDocument({ tasks: [ending("t001", "2025-06-30", 10), ending("t002", "2026-01-15", 11)] }, { year: 2021, period: { from: 2021, to: 2025 } });
    expect(deadlineOutsidePeriod.check(document).map((f) => f.where?.line)).toEqual([11]);
  });
  it("falls back to the plan year, and says nothing when neither is known", () => {
    const late = [ending("t001", "2025-03-31", 10)];
    expect(deadlineOutsidePeriod.check(makeDocument({ tasks: late }, { year: 2024, period: null }))).toHaveLength(1);
    expect(deadlineOutsidePeriod.check(makeDocument({ tasks: late }, { year: null, period: null }))).toEqual([]);
  });
});
