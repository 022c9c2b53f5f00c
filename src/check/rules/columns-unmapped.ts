import type { Rule } from "../types.js";
import { findingsFromDiagnostics } from "./util.js";

export const columnsUnmapped: Rule = {
  id: "columns-unmapped",
  defaultSetting: "warn",
  description: "An appendix table column has no task field; its cells only reach the task's `extra`.",
  check: (document) => findingsFromDiagnostics(document, "column-unmapped"),
};
