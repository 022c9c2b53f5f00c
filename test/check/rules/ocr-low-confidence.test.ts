import { describe, expect, it } from "vitest";
import { ocrLowConfidence } from "../../../src/check/rules/ocr-low-confidence.js";
import { makeDocument } from "../document.js";

describe("rule ocr-low-confidence", () => {
  it("reports each `ocr-low-confidence` diagnostic of the pipeline at its position", () => {
    const document = makeDocument({
      diagnostics: [
        { severity: "warning", code: "ocr-low-confidence", message: "page 2: OCR mean confidence 41 is below 60; its text may be wrong", where: { page: 2 } },
        { severity: "warning", code: "number-missing", message: "no số / ký hiệu in the header" },
        { severity: "warning", code: "ocr-low-confidence", message: "second", where: { page: 5 } },
      ],
    });
    const findings = ocrLowConfidence.check(document);
    expect(findings.map((f) => f.where)).toEqual([{ page: 2 }, { page: 5 }]);
    expect(findings[1]!.message).toBe("second");
  });
  it("is silent without such diagnostics", () => expect(ocrLowConfidence.check(makeDocument())).toEqual([]));
  it("defaults to warn", () => expect(ocrLowConfidence.defaultSetting).toBe("warn"));
});
