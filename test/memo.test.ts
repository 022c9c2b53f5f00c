import { describe, expect, it } from "vitest";
import { memoizeText } from "../src/memo.js";

describe("memoizeText", () => {
  it("computes each text once and answers it again from memory", () => {
    const asked: string[] = [];
    const upper = memoizeText((text) => {
      asked.push(text);
      return text.toUpperCase();
    });
    expect([upper("kế hoạch"), upper("ubnd"), upper("kế hoạch")]).toEqual(["KẾ HOẠCH", "UBND", "KẾ HOẠCH"]);
    expect(asked).toEqual(["kế hoạch", "ubnd"]);
  });

  it("keeps no text longer than its bound, and starts over when full", () => {
    const asked: string[] = [];
    const same = memoizeText(
      (text) => {
        asked.push(text);
        return text;
      },
      2,
      5,
    );
    same("dài quá");
    same("dài quá");
    expect(asked).toEqual(["dài quá", "dài quá"]);
    asked.length = 0;
    for (const text of ["a", "b", "c", "a", "c"]) same(text);
    // "a" and "b" filled it; "c" started it over, so "a" was computed again and "c" was still known.
    expect(asked).toEqual(["a", "b", "c", "a"]);
  });
});
