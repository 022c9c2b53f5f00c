import { describe, expect, it } from "vitest";
import * as classes from "../src/letters.js";
import { FORMAT, LETTER, LOWER, MARK, NONSPACING_MARK, NUMBER, PUNCTUATION, SPACE_SEPARATOR, SYMBOL, UPPER, re } from "../src/letters.js";

/** The blocks the classes cover (src/letters.ts). */
const covered = (code: number): boolean => code <= 0x052f || (code >= 0x1e00 && code <= 0x2bff);

describe("letter classes", () => {
  const properties: [string, string][] = [
    ["L", LETTER], ["Lu", UPPER], ["Ll", LOWER], ["N", NUMBER], ["M", MARK], ["Mn", NONSPACING_MARK],
    ["P", PUNCTUATION], ["S", SYMBOL], ["Zs", SPACE_SEPARATOR], ["Cf", FORMAT],
  ];

  it("are their Unicode property inside the covered blocks, and hold nothing outside them", () => {
    expect(Object.keys(classes).filter((name) => name !== "re")).toHaveLength(properties.length);
    for (const [property, body] of properties) {
      const reference = new RegExp(`^\\p{${property}}$`, "u");
      const written = new RegExp(`^[${body}]$`, "u");
      const wrong: string[] = [];
      for (let code = 0; code <= 0x2fff; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const character = String.fromCodePoint(code);
        if (written.test(character) !== (covered(code) && reference.test(character))) wrong.push(code.toString(16));
      }
      expect(wrong, `\\p{${property}}`).toEqual([]);
    }
  });

  it("leave letters of other scripts out", () => {
    for (const word of "Ủy ban nhân dân phường Đông Hòa".split(" ")) expect(re("u")`^[${LETTER}]+$`.test(word)).toBe(true);
    expect(re("u")`[${LETTER}]`.test("漢字")).toBe(false);
    expect(re("u")`[${LETTER}]`.test("\u{1d400}")).toBe(false);
  });
});

describe("re", () => {
  it("reads the template as a literal's source, with the classes put in", () => {
    const expression = re("iu")`^(?:các|những)\s+\d{1,2}\/(?![${LETTER}])`;
    expect(expression.flags).toBe("iu");
    expect(expression.test("CÁC 12/")).toBe(true);
    expect(expression.test("các 12/a")).toBe(false);
  });

  it("builds an expression once per place in the code, and copies one with state", () => {
    const plain = () => re("u")`^[${UPPER}]`;
    expect(plain()).toBe(plain());
    const global = () => re("gu")`[${UPPER}]`;
    const first = global();
    first.exec("AB");
    expect(first.lastIndex).toBe(1);
    const second = global();
    expect(second).not.toBe(first);
    expect(second.lastIndex).toBe(0);
    expect(second.source).toBe(first.source);
  });
});
