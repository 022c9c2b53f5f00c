import { describe, expect, it } from "vitest";
import { taskWithoutLead } from "../../../src/check/rules/task-without-lead.js";
import { makeDocument, makeTask } from "../document.js";

describe("rule task-without-lead", () => {
  it("reports each task with no lead agency at the task's line", () => {
    const document = makeDocument({
      tasks: [makeTask(), makeTask({ id: "t002", number: "2", lead: [], source: { line: 51 } }), makeTask({ id: "t003", number: null, lead: [], source: { page: 3 } })],
    });
    const findings = taskWithoutLead.check(document);
    expect(findings.map((f) => f.where)).toEqual([{ line: 51 }, { page: 3 }]);
    expect(findings[0]!.message).toContain("task 2");
    expect(findings[1]!.message).toContain("task t003");
  });
  it("accepts tasks that name a lead, even without partners", () => {
    expect(taskWithoutLead.check(makeDocument({ tasks: [makeTask({ partners: [] })] }))).toEqual([]);
  });
  it("warns by default", () => expect(taskWithoutLead.defaultSetting).toBe("warn"));
});
