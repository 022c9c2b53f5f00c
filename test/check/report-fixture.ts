/** A check report with every case the reporters must render: findings at lines and pages, file-wide ones, a rule
 * that is off, an unreadable file, and text that needs escaping in XML, workflow commands and URIs. */
import type { CheckReport } from "../../src/check/types.js";

export function sampleReport(): CheckReport {
  return {
    toolVersion: "0.1.0",
    rules: [
      { id: "no-tasks", description: "The plan yields no task.", setting: "error" },
      { id: "task-without-lead", description: "A task names no lead agency.", setting: "warn" },
      { id: "scanned-page-unread", description: "A page was not read.", setting: "error" },
      { id: "columns-unmapped", description: "A column has no field.", setting: "off" },
    ],
    results: [
      {
        file: "plans/Kế hoạch 01 & <2024>.txt",
        status: "checked",
        findings: [
          { ruleId: "no-tasks", severity: "error", message: 'no tasks found: "PHỤ LỤC" missing' },
          { ruleId: "task-without-lead", severity: "warning", message: "task 3 has no lead, agency: none\nsecond line 100%", where: { line: 42 } },
        ],
      },
      {
        file: "scans/plan.pdf",
        status: "checked",
        findings: [{ ruleId: "scanned-page-unread", severity: "error", message: "page 2 has no usable text layer", where: { page: 2 } }],
      },
      { file: "clean.md", status: "checked", findings: [] },
      { file: "broken.docx", status: "failed", reason: "not a DOCX file: damaged zip\u0001", findings: [] },
    ],
  };
}
