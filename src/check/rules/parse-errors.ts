import type { Rule } from "../types.js";

/** Error diagnostics of the pipeline itself, e.g. an output that failed schema validation. */
export const parseErrors: Rule = {
  id: "parse-errors",
  defaultSetting: "error",
  description: "The pipeline reported an error while parsing (for example an output that failed schema validation).",
  check: (document) =>
    document.diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => ({ message: `${d.code}: ${d.message}`, ...(d.where ? { where: d.where } : {}) })),
};
