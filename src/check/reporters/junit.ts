/**
 * JUnit XML, as CI servers read it (Jenkins, GitLab, GitHub test reporters): one <testsuite> per file, one <testcase>
 * per rule; a rule with error findings is a <failure>, a rule that is off is <skipped/>, warnings pass and are listed
 * in <system-out>. A file that could not be read is a suite with one "read" testcase in <error>.
 */
import { type CheckReport, describeWhere, type Finding } from "../types.js";

/** Characters XML 1.0 cannot carry at all (control characters other than TAB, LF, CR; lone surrogates; U+FFFE/F). */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

/** Element text keeps its line breaks; only markup characters are escaped. */
function escapeText(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function findingLine(finding: Finding, format: string | undefined): string {
  const where = describeWhere(finding.where, format);
  return `${where ? `${where}: ` : ""}${finding.message}`;
}

export function formatJunit(report: CheckReport): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const result of report.results) {
    const name = escapeXml(result.file);
    if (result.status === "failed") {
      tests++;
      errors++;
      suites.push(
        `  <testsuite name="${name}" tests="1" failures="0" errors="1" skipped="0">\n` +
          `    <testcase name="read" classname="${name}">\n` +
          `      <error message="${escapeXml(`could not be read: ${result.reason ?? "unknown reason"}`)}" type="input"/>\n` +
          `    </testcase>\n  </testsuite>`,
      );
      continue;
    }
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    for (const rule of report.rules) {
      const open = `    <testcase name="${escapeXml(rule.id)}" classname="${name}">`;
      if (rule.setting === "off") {
        suiteSkipped++;
        cases.push(`${open}\n      <skipped message="rule is off"/>\n    </testcase>`);
        continue;
      }
      const found = result.findings.filter((f) => f.ruleId === rule.id);
      const failing = found.filter((f) => f.severity === "error");
      const warnings = found.filter((f) => f.severity === "warning");
      const body: string[] = [];
      if (failing.length > 0) {
        suiteFailures++;
        const message = `${failing.length} error${failing.length === 1 ? "" : "s"}: ${failing[0]!.message}`;
        body.push(`      <failure message="${escapeXml(message)}" type="${escapeXml(rule.id)}">${escapeText(failing.map((f) => findingLine(f, result.format)).join("\n"))}</failure>`);
      }
      if (warnings.length > 0) body.push(`      <system-out>${escapeText(warnings.map((w) => `warning: ${findingLine(w, result.format)}`).join("\n"))}</system-out>`);
      cases.push(body.length ? `${open}\n${body.join("\n")}\n    </testcase>` : `${open}</testcase>`);
    }
    tests += report.rules.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${name}" tests="${report.rules.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="cchc check" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">\n` +
    (suites.length ? `${suites.join("\n")}\n` : "") +
    `</testsuites>\n`
  );
}
