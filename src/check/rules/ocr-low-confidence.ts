import type { Rule } from "../types.js";
import { findingsFromDiagnostics } from "./util.js";

export const ocrLowConfidence: Rule = {
  id: "ocr-low-confidence",
  defaultSetting: "warn",
  description: "A page read by OCR has a low mean confidence: its text may be wrong.",
  check: (document) => findingsFromDiagnostics(document, "ocr-low-confidence"),
};
