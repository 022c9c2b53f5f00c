import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub } from "../../../src/check/reporters/github.js";
import { sampleReport } from "../report-fixture.js";

describe("github reporter", () => {
  it("escapes as the Actions runner expects", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
  });
  it("writes one workflow command per finding and per unreadable file", () => {
    const lines = formatGithub(sampleReport()).trimEnd().split("\n");
    expect(lines[0]).toBe('::error file=plans/Kế hoạch 01 & <2024>.txt,title=cchc no-tasks::no tasks found: "PHỤ LỤC" missing');
    expect(lines[1]).toBe("::warning file=plans/Kế hoạch 01 & <2024>.txt,line=42,title=cchc task-without-lead::task 3 has no lead, agency: none%0Asecond line 100%25");
    expect(lines[2]).toBe("::error file=scans/plan.pdf,title=cchc scanned-page-unread::page 2: page 2 has no usable text layer");
    expect(lines[3]).toBe("::error file=broken.docx,title=cchc%3A unreadable::could not be read: not a DOCX file: damaged zip\u0001");
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe("cchc check: 4 files, 2 errors, 1 warnings, 1 unreadable");
  });
});
