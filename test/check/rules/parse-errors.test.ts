import { describe, expect, it } from "vitest";
import { parseErrors } from "../../../src/check/rules/parse-errors.js";
import { makeDocument } from "../document.js";

describe("rule parse-errors", () => {
  it("reports error diagnostics only, naming their code", () => {
    const document = makeDocument({
      diagnostics: [
        { severity: "error", code: "schema", message: "tasks.0.deadline.end: Invalid ISO date" },
        { severity: "warning", code: "number-missing", message: "no số" },
      ],
    });
    expect(parseErrors.check(document)).toEqual([{ message: "schema: tasks.0.deadline.end: Invalid ISO date" }]);
  });
  it("defaults to error", () => expect(parseErrors.defaultSetting).toBe("error"));
});
