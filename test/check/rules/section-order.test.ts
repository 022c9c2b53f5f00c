import { describe, expect, it } from "vitest";
import { sectionOrder } from "../../../src/check/rules/section-order.js";
import { romanNumeral, romanValue } from "../../../src/roman.js";
import { makeDocument } from "../document.js";

const sections = (...numerals: string[]) => numerals.map((numeral) => ({ numeral, heading: "X", text: "", subsections: [] }));

describe("rule section-order", () => {
  it("reads and writes Roman numerals", () => {
    expect(["I", "IV", "IX", "XIV", "XL"].map(romanValue)).toEqual([1, 4, 9, 14, 40]);
    expect([3, 4, 9, 14].map(romanNumeral)).toEqual(["III", "IV", "IX", "XIV"]);
  });
  it("accepts I, II, III", () => expect(sectionOrder.check(makeDocument())).toEqual([]));
  it("reports a missing section, with the segmenter's position", () => {
    const document = makeDocument({
      sections: sections("I", "II", "IV"),
      diagnostics: [{ severity: "warning", code: "section-numbering", message: "section IV follows section II: one is missing", where: { line: 88 } }],
    });
    const findings = sectionOrder.check(document);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("III missing");
    expect(findings[0]!.where).toEqual({ line: 88 });
  });
  it("reports a plan starting after I, a repeat and a step back", () => {
    expect(sectionOrder.check(makeDocument({ sections: sections("II", "III") }))[0]!.message).toContain("I missing at the start");
    const messages = sectionOrder.check(makeDocument({ sections: sections("I", "II", "II", "III", "I") })).map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain("II is repeated");
    expect(messages[1]).toContain("out of order");
  });
  it("reads a plan's Arabic parts and lettered parts in their own order", () => {
    expect(sectionOrder.check(makeDocument({ sections: sections("1", "2", "3") }))).toEqual([]);
    expect(sectionOrder.check(makeDocument({ sections: sections("A", "B", "C", "D", "E") }))).toEqual([]);
    expect(sectionOrder.check(makeDocument({ sections: sections("1", "3") }))[0]!.message).toContain("section 2 missing");
    expect(sectionOrder.check(makeDocument({ sections: sections("A", "C") }))[0]!.message).toContain("section B missing");
  });
  it("reports a plan with no Roman-numeral sections", () => {
    expect(sectionOrder.check(makeDocument({ sections: [] }))).toHaveLength(1);
  });
});
