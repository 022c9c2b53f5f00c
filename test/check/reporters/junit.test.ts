/**
 * The JUnit output checked against the structure of the JUnit XML schema that CI servers use (Jenkins' junit-10.xsd /
 * the Ant JUnit XSD): a <testsuites> root; <testsuite> with name, tests, failures, errors (non-negative integers) and
 * exactly `tests` <testcase> children; <testcase> with name and classname; <failure>/<error> with a message; counts
 * that agree with the elements. There is no XSD validator in node_modules, so these are checked with a DOM parser.
 */
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { formatJunit } from "../../../src/check/reporters/junit.js";
import { sampleReport } from "../report-fixture.js";

function parse(xml: string) {
  const problems: string[] = [];
  const document = new DOMParser({ errorHandler: { warning: () => {}, error: (m: string) => problems.push(m), fatalError: (m: string) => problems.push(m) } }).parseFromString(xml, "text/xml");
  expect(problems).toEqual([]);
  return document;
}

const children = (element: Element, name: string): Element[] =>
  Array.from(element.childNodes as unknown as ArrayLike<Element>).filter((n) => n.nodeType === 1 && n.nodeName === name);

const count = (element: Element, attribute: string): number => {
  const value = element.getAttribute(attribute);
  expect(value, `${element.nodeName} @${attribute}`).toMatch(/^\d+$/);
  return Number(value);
};

describe("junit reporter", () => {
  const xml = formatJunit(sampleReport());
  const root = parse(xml).documentElement!;

  it("is well-formed XML with the schema's required elements and attributes", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.nodeName).toBe("testsuites");
    const suites = children(root, "testsuite");
    expect(suites).toHaveLength(4);
    let tests = 0;
    let failures = 0;
    let errors = 0;
    for (const suite of suites) {
      expect(suite.getAttribute("name")).not.toBe("");
      const cases = children(suite, "testcase");
      expect(count(suite, "tests")).toBe(cases.length);
      expect(count(suite, "failures")).toBe(cases.filter((c) => children(c, "failure").length > 0).length);
      expect(count(suite, "errors")).toBe(cases.filter((c) => children(c, "error").length > 0).length);
      expect(count(suite, "skipped")).toBe(cases.filter((c) => children(c, "skipped").length > 0).length);
      for (const testcase of cases) {
        expect(testcase.getAttribute("name")).not.toBe("");
        expect(testcase.getAttribute("classname")).toBe(suite.getAttribute("name"));
        for (const failure of [...children(testcase, "failure"), ...children(testcase, "error")]) expect(failure.getAttribute("message")).not.toBe("");
      }
      tests += cases.length;
      failures += count(suite, "failures");
      errors += count(suite, "errors");
    }
    expect(count(root, "tests")).toBe(tests);
    expect(count(root, "failures")).toBe(failures);
    expect(count(root, "errors")).toBe(errors);
  });

  it("has one suite per file, one case per rule, failures only for error findings", () => {
    const [first, scan, clean, broken] = children(root, "testsuite");
    expect(first!.getAttribute("name")).toBe("plans/Kế hoạch 01 & <2024>.txt");
    expect(children(first!, "testcase").map((c) => c.getAttribute("name"))).toEqual(["no-tasks", "task-without-lead", "scanned-page-unread", "columns-unmapped"]);
    expect(count(first!, "failures")).toBe(1);
    const lead = children(first!, "testcase")[1]!;
    expect(children(lead, "failure")).toHaveLength(0);
    expect(children(lead, "system-out")[0]!.textContent).toContain("line 42: task 3 has no lead");
    expect(children(children(first!, "testcase")[3]!, "skipped")).toHaveLength(1);
    expect(children(children(scan!, "testcase")[2]!, "failure")[0]!.textContent).toContain("page 2:");
    expect(count(clean!, "failures")).toBe(0);
    expect(count(broken!, "errors")).toBe(1);
    expect(children(children(broken!, "testcase")[0]!, "error")[0]!.getAttribute("message")).toContain("damaged zip");
  });

  it("writes a valid document for no files", () => {
    const empty = parse(formatJunit({ ...sampleReport(), results: [] })).documentElement!;
    expect(count(empty, "tests")).toBe(0);
  });
});
