import { describe, expect, it } from "vitest";
import { deadlineUnparsed } from "../../../src/check/rules/deadline-unparsed.js";
import { makeDocument, makeTask } from "../document.js";

const unread = { raw: "Theo quy định", start: null, end: null, recurrence: null, items: [{ raw: "Theo quy định", start: null, end: null }] };

describe("rule deadline-unparsed", () => {
  it("reports a deadline with text but no date and no recurrence", () => {
    const findings = deadlineUnparsed.check(makeDocument({ tasks: [makeTask({ deadline: unread, source: { line: 70 } })] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Theo quy định");
    expect(findings[0]!.where).toEqual({ line: 70 });
  });
  it("accepts an empty deadline and a recurrence without dates", () => {
    const empty = { raw: null, start: null, end: null, recurrence: null, items: [] };
    const continuous = { raw: "Thường xuyên", start: null, end: null, recurrence: "continuous" as const, items: [{ raw: "Thường xuyên", start: null, end: null }] };
    const document = makeDocument({ tasks: [makeTask({ deadline: empty }), makeTask({ id: "t002", deadline: continuous })] });
    expect(deadlineUnparsed.check(document)).toEqual([]);
  });
  it("adds the pipeline's item-level diagnostics at other positions, once", () => {
    const document = makeDocument({
      tasks: [makeTask({ deadline: unread, source: { line: 70 } })],
      diagnostics: [
        { severity: "warning", code: "deadline-unparsed", message: 'Cannot read the deadline "Theo quy định"', where: { line: 70 } },
        { severity: "warning", code: "deadline-unparsed", message: 'Cannot read the deadline "khi có chỉ đạo"', where: { line: 90 } },
      ],
    });
    expect(deadlineUnparsed.check(document).map((f) => f.where?.line)).toEqual([70, 90]);
  });
});
