import type { Rule } from "../types.js";

export const headerDateMissing: Rule = {
  id: "header-date-missing",
  defaultSetting: "warn",
  description: "The plan has no date of issue, neither in its header nor in the appendix reference.",
  check: (document) => (document.meta.date === null ? [{ message: "no date of issue in the header or the appendix reference" }] : []),
};
