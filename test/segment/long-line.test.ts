/**
 * One line of a megabyte: a run of one mark ended by another character. A pattern that strips trailing marks
 * (`/[-–_]+$/`) tries every start inside the run and scans to its end from each: quadratic, 3 s on 200 kB and
 * hours on a megabyte. No timing assertion: such a pattern makes the test hit the (generous) timeout; the result is
 * what is checked.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { resolveIssuer } from "../../src/segment/meta.js";
import { isDepartmentLine } from "../../src/segment/header.js";
import type { Unit } from "../../src/segment/units.js";

const MEGABYTE = 1_000_000;
/** The marks header lines end with (separator rules under the agency), emphasis marks, and their neighbours. */
const MARKS = ["-", "–", "_", "*", "- ", "-x"];

const lineOf = (mark: string): string => `${mark.repeat(Math.ceil(MEGABYTE / mark.length))}x`;

function unit(text: string): Unit {
  return { block: 0, lines: [text], text, marker: undefined, kind: "paragraph", bold: false, italic: false, footnote: false, inTable: false, position: {} };
}

describe("a 1 MB line of one mark finishes", () => {
  it.each(MARKS.map((mark) => [JSON.stringify(mark), mark]))("through the pipeline: %s then 'x', in the header and in a section", async (_label, mark) => {
    const line = lineOf(mark);
    const text = `ỦY BAN NHÂN DÂN\n${line}\n\nKẾ HOẠCH\nCải cách hành chính năm 2024\n\nI. NHIỆM VỤ\n\n${line}\n`;
    const document = await parsePlan(Buffer.from(text, "utf8"), { path: "long-line.txt" });
    expect(document.meta.docType).toBe("ke_hoach");
    expect(document.sections.map((s) => s.numeral)).toEqual(["I"]);
  });

  it.each(MARKS.map((mark) => [JSON.stringify(mark), mark]))("through the header readers: %s then 'x'", (_label, mark) => {
    const line = lineOf(mark);
    expect(isDepartmentLine(line)).toBe(false);
    // A committee line ending in the run: read as the committee's line, the run no name.
    expect(resolveIssuer([unit(`ỦY BAN NHÂN DÂN ${line}`)], [], [], undefined)).toBeUndefined();
  });
});
