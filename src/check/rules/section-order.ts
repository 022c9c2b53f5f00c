import { PART_LETTERS, romanNumeral, romanValue } from "../../roman.js";
import type { Rule, RuleFinding } from "../types.js";

const LETTERS = [...PART_LETTERS];

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
    // Plans without Roman parts number them in Arabic ("1", "2") or letter them ("A", "B"): each run in its own scheme.
    const arabic = document.sections.every((section) => /^\d+$/u.test(section.numeral));
    const lettered = !arabic && document.sections[0]?.numeral === "A" && document.sections.every((section) => LETTERS.includes(section.numeral));
    // Many writers go from D to E without Đ.
    const letters = document.sections.some((section) => section.numeral === "Đ") ? LETTERS : LETTERS.filter((letter) => letter !== "Đ");
    const valueOf = (numeral: string) => (arabic ? Number(numeral) : lettered ? letters.indexOf(numeral) + 1 : romanValue(numeral));
    const numeralOf = (value: number) => (arabic ? String(value) : lettered ? letters[value - 1] ?? String(value) : romanNumeral(value));
    let expected = 1;
    let previous = "";
    for (const section of document.sections) {
      const value = valueOf(section.numeral);
      const where = positionOf(section.numeral);
      if (value > expected) {
        const missing = Array.from({ length: value - expected }, (_, i) => numeralOf(expected + i));
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
