import { describe, expect, it } from "vitest";
import { headerDateMissing } from "../../../src/check/rules/header-date-missing.js";
import { makeDocument } from "../document.js";

describe("rule header-date-missing", () => {
  it("reports a plan without a date of issue", () => {
    expect(headerDateMissing.check(makeDocument({}, { date: null }))).toHaveLength(1);
  });
  it("is silent when the date is known, whatever the number", () => {
    expect(headerDateMissing.check(makeDocument({}, { number: null }))).toEqual([]);
  });
});
