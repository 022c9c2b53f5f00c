import type { Rule } from "../types.js";
import { findingsFromDiagnostics } from "./util.js";

/** The PDF reader says `scanned-page` for a page without a text layer that OCR did not read (--ocr never, no OCR). */
export const scannedPageUnread: Rule = {
  id: "scanned-page-unread",
  defaultSetting: "error",
  description: "A PDF page has no text layer and was not read by OCR, so its text is missing.",
  check: (document) => findingsFromDiagnostics(document, "scanned-page"),
};
