import { describe, expect, it } from "vitest";
import { formatReport } from "../../../src/check/reporters/index.js";
import { formatJsonReport } from "../../../src/check/reporters/json.js";
import { formatPretty } from "../../../src/check/reporters/pretty.js";
import { sampleReport } from "../report-fixture.js";

describe("pretty reporter", () => {
  it("groups findings under their file and sums them up, without colour when asked", () => {
    const text = formatPretty(sampleReport(), { color: false });
    expect(text).not.toContain("\x1b[");
    const lines = text.split("\n");
    expect(lines[0]).toBe("plans/Kế hoạch 01 & <2024>.txt");
    expect(lines[1]).toMatch(/^ {2}file +error +no tasks found: "PHỤ LỤC" missing +no-tasks$/);
    expect(lines[2]).toMatch(/^ {2}line 42 +warning +task 3 has no lead/);
    expect(text).toContain("broken.docx\n  error  could not be read: not a DOCX file");
    expect(text).not.toContain("clean.md");
    expect(text).toContain("✖ 4 problems (3 errors, 1 warning) in 4 files");
  });
  it("colours when asked and says so when there is nothing to report", () => {
    expect(formatPretty(sampleReport(), { color: true })).toContain("\x1b[");
    expect(formatPretty({ ...sampleReport(), results: [{ file: "a.txt", status: "checked", findings: [] }] })).toBe("✔ 1 file checked, no problems\n");
  });
});

describe("json reporter", () => {
  it("gives counts per file and in total, positions as numbers", () => {
    const value = JSON.parse(formatJsonReport(sampleReport()));
    expect([value.errorCount, value.warningCount, value.failedCount]).toEqual([2, 1, 1]);
    expect(value.results[0].findings[1]).toEqual({ ruleId: "task-without-lead", severity: "warning", message: "task 3 has no lead, agency: none\nsecond line 100%", line: 42 });
    expect(value.results[1].findings[0].page).toBe(2);
    expect(value.results[3]).toMatchObject({ file: "broken.docx", status: "failed", errorCount: 0 });
    expect(formatReport("json", sampleReport())).toBe(formatJsonReport(sampleReport()));
  });
});
