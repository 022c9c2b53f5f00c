import { describe, expect, it } from "vitest";
import { columnsUnmapped } from "../../../src/check/rules/columns-unmapped.js";
import { makeDocument } from "../document.js";

describe("rule columns-unmapped", () => {
  it("reports each `column-unmapped` diagnostic of the pipeline at its position", () => {
    const document = makeDocument({
      diagnostics: [
        { severity: "warning", code: "column-unmapped", message: "column \"Ghi chú\" has no task field; its cells go to \"extra\"", where: { page: 2 } },
        { severity: "warning", code: "number-missing", message: "no số / ký hiệu in the header" },
        { severity: "warning", code: "column-unmapped", message: "second", where: { page: 5 } },
      ],
    });
    const findings = columnsUnmapped.check(document);
    expect(findings.map((f) => f.where)).toEqual([{ page: 2 }, { page: 5 }]);
    expect(findings[1]!.message).toBe("second");
  });
  it("is silent without such diagnostics", () => expect(columnsUnmapped.check(makeDocument())).toEqual([]));
  it("defaults to warn", () => expect(columnsUnmapped.defaultSetting).toBe("warn"));
});
