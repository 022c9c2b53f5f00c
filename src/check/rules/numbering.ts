import type { Rule } from "../types.js";
import { findingsFromDiagnostics } from "./util.js";

/** The table walk already notices gaps and repeats in a group's task numbers (`numbering` diagnostics). */
export const numbering: Rule = {
  id: "numbering",
  defaultSetting: "warn",
  description: "Task numbers inside a group have a gap or a duplicate.",
  check: (document) => findingsFromDiagnostics(document, "numbering"),
};
