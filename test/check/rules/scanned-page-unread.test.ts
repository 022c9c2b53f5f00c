import { describe, expect, it } from "vitest";
import { scannedPageUnread } from "../../../src/check/rules/scanned-page-unread.js";
import { makeDocument } from "../document.js";

describe("rule scanned-page-unread", () => {
  it("reports each `scanned-page` diagnostic of the pipeline at its position", () => {
    const document = makeDocument({
      diagnostics: [
        { severity: "warning", code: "scanned-page", message: "page 2 has no usable text layer and OCR is off (--ocr never): its text is missing", where: { page: 2 } },
        { severity: "warning", code: "number-missing", message: "no số / ký hiệu in the header" },
        { severity: "warning", code: "scanned-page", message: "second", where: { page: 5 } },
      ],
    });
    const findings = scannedPageUnread.check(document);
    expect(findings.map((f) => f.where)).toEqual([{ page: 2 }, { page: 5 }]);
    expect(findings[1]!.message).toBe("second");
  });
  it("is silent without such diagnostics", () => expect(scannedPageUnread.check(makeDocument())).toEqual([]));
  it("defaults to error", () => expect(scannedPageUnread.defaultSetting).toBe("error"));
});
