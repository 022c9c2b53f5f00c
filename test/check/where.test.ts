/** Positions in findings say what a person can find: lines in text, page and line in a PDF, paragraph/row in Word. */
import { describe, expect, it } from "vitest";
import { formatGithub } from "../../src/check/reporters/github.js";
import { formatSarif } from "../../src/check/reporters/sarif.js";
import { describeWhere, type CheckReport } from "../../src/check/types.js";

describe("describeWhere", () => {
  it("says line for text, page and line for PDF, paragraph/row for DOCX", () => {
    expect(describeWhere({ line: 12 }, "txt")).toBe("line 12");
    expect(describeWhere({ page: 3, line: 12 }, "pdf")).toBe("page 3, line 12");
    expect(describeWhere({ line: 87 }, "docx")).toBe("paragraph/row 87");
    expect(describeWhere({ page: 2, line: 87 }, "docx")).toBe("page 2, paragraph/row 87");
    expect(describeWhere(undefined, "docx")).toBe("");
  });
});

describe("CI annotations point at lines of text files only", () => {
  const report = (format: string): CheckReport => ({
    toolVersion: "0.1.0",
    rules: [{ id: "task-without-lead", description: "d", setting: "warn" }],
    results: [{ file: "plan", status: "checked", format, findings: [{ ruleId: "task-without-lead", severity: "warning", message: "no lead", where: { line: 87 } }] }],
  });
  it("github: line= for text; the position in the message for DOCX", () => {
    expect(formatGithub(report("txt"))).toContain("::warning file=plan,line=87,");
    const docx = formatGithub(report("docx"));
    expect(docx).not.toContain("line=87");
    expect(docx).toContain("::paragraph/row 87: no lead");
  });
  it("sarif: a region for text; the position in the message for DOCX", () => {
    const text = JSON.parse(formatSarif(report("txt")));
    expect(text.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 87 });
    const docx = JSON.parse(formatSarif(report("docx")));
    expect(docx.runs[0].results[0].locations[0].physicalLocation.region).toBeUndefined();
    expect(docx.runs[0].results[0].message.text).toBe("paragraph/row 87: no lead");
  });
});
