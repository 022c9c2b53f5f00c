import { describe, expect, it } from "vitest";
import { headerNumberMissing } from "../../../src/check/rules/header-number-missing.js";
import { makeDocument } from "../document.js";

describe("rule header-number-missing", () => {
  it("reports a plan without số / ký hiệu", () => {
    expect(headerNumberMissing.check(makeDocument({}, { number: null }))).toHaveLength(1);
  });
  it("is silent when the number is known", () => expect(headerNumberMissing.check(makeDocument())).toEqual([]));
});
