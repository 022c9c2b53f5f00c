import { describe, expect, it } from "vitest";
import { numbering } from "../../../src/check/rules/numbering.js";
import { makeDocument } from "../document.js";

describe("rule numbering", () => {
  it("passes on the table walk's numbering diagnostics with their positions", () => {
    const document = makeDocument({
      diagnostics: [
        { severity: "info", code: "numbering", message: "task number 5 follows 3", where: { line: 120 } },
        { severity: "info", code: "column-unmapped", message: 'column "Ghi chú" has no task field', where: { line: 30 } },
        { severity: "info", code: "numbering", message: "task number 2 repeats", where: { page: 4 } },
      ],
    });
    expect(numbering.check(document)).toEqual([
      { message: "task number 5 follows 3", where: { line: 120 } },
      { message: "task number 2 repeats", where: { page: 4 } },
    ]);
  });
  it("is silent without numbering diagnostics", () => expect(numbering.check(makeDocument())).toEqual([]));
});
