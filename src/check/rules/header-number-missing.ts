import type { Rule } from "../types.js";

export const headerNumberMissing: Rule = {
  id: "header-number-missing",
  defaultSetting: "warn",
  description: "The plan has no số / ký hiệu (document number), neither in its header nor in the appendix reference.",
  check: (document) => (document.meta.number === null ? [{ message: "no số / ký hiệu (document number) in the header or the appendix reference" }] : []),
};
