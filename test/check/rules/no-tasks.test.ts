import { describe, expect, it } from "vitest";
import { noTasks } from "../../../src/check/rules/no-tasks.js";
import { makeDocument } from "../document.js";

describe("rule no-tasks", () => {
  it("is an error by default and has a description", () => {
    expect(noTasks.defaultSetting).toBe("error");
    expect(noTasks.description.length).toBeGreaterThan(10);
  });
  it("reports a plan without tasks once, file-wide", () => {
    const findings = noTasks.check(makeDocument({ tasks: [] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.where).toBeUndefined();
  });
  it("is silent on a file that is no plan at all (no plan kind, nothing assigned)", () => {
    expect(noTasks.check(makeDocument({ tasks: [] }, { docType: "other" }))).toEqual([]);
    expect(noTasks.check(makeDocument({ tasks: [] }, { docType: "quyet_dinh" }))).toHaveLength(1);
  });
  it("is silent when the plan has a task", () => {
    expect(noTasks.check(makeDocument())).toEqual([]);
  });
});
