import { romanNumeral, romanValue } from "../../roman.js";
import type { Rule, RuleFinding } from "../types.js";

/**
 * The Roman-numeral sections must run I, II, III … with none missing, repeated or out of order. The segmenter's
 * `section-numbering` diagnostics give the line where a gap shows.
 */
export const sectionOrder: Rule = {
  id: "section-order",
  defaultSetting: "warn",
  description: "A Roman-numeral section (I, II, III …) is missing, repeated or out of order.",
  check: (document) => {
    if (document.sections.length === 0) return [{ message: "no Roman-numeral sections (I, II, III …) found" }];
    const positionOf = (numeral: string) => document.diagnostics.find((d) => d.code === "section-numbering" && d.message.startsWith(`section ${numeral} `))?.where;
    const findings: RuleFinding[] = [];
    let expected = 1;
    let previous = "";
    for (const section of document.sections) {
      const value = romanValue(section.numeral);
      const where = positionOf(section.numeral);
      if (value > expected) {
        const missing = Array.from({ length: value - expected }, (_, i) => romanNumeral(expected + i));
        const after = previous ? `after section ${previous}` : "at the start";
        findings.push({ message: `section${missing.length > 1 ? "s" : ""} ${missing.join(", ")} missing ${after} (next is ${section.numeral})`, ...(where ? { where } : {}) });
      } else if (value < expected) {
        findings.push({ message: `section ${section.numeral} ${value === expected - 1 ? "is repeated" : "is out of order"} (after section ${previous})`, ...(where ? { where } : {}) });
      }
      expected = Math.max(expected, value + 1);
      previous = section.numeral;
    }
    return findings;
  },
};
