import { describe, expect, it } from "vitest";
import { effectiveSettings, lintDocument } from "../../src/check/lint.js";
import { RULES } from "../../src/check/rules/index.js";
import { makeDocument, makeTask } from "./document.js";

describe("lintDocument", () => {
  const document = makeDocument(
    { tasks: [makeTask({ lead: [], source: { line: 60 } }), makeTask({ id: "t002", lead: [], source: { line: 20 } })] },
    { number: null },
  );

  it("gives rules their default setting unless told otherwise", () => {
    const settings = effectiveSettings({ numbering: "off" });
    expect(Object.keys(settings)).toHaveLength(RULES.length);
    expect(settings.numbering).toBe("off");
    expect(settings["no-tasks"]).toBe("error");
  });
  it("attaches the configured severity and orders file-wide findings first, then by line", () => {
    const findings = lintDocument(document, { "header-number-missing": "error" });
    expect(findings.map((f) => [f.ruleId, f.severity, f.where?.line])).toEqual([
      ["header-number-missing", "error", undefined],
      ["task-without-lead", "warning", 20],
      ["task-without-lead", "warning", 60],
    ]);
  });
  it("skips rules that are off", () => {
    expect(lintDocument(document, { "task-without-lead": "off", "header-number-missing": "off" })).toEqual([]);
  });
  it("every rule has a unique kebab-case id, a description and a valid default", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(15);
      expect(["off", "warn", "error"]).toContain(rule.defaultSetting);
    }
  });
});
