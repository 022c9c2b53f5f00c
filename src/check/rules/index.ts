/** Every lint rule, in the order reports list them. */
import type { Rule } from "../types.js";
import { columnsUnmapped } from "./columns-unmapped.js";
import { deadlineOutsidePeriod } from "./deadline-outside-period.js";
import { deadlineUnparsed } from "./deadline-unparsed.js";
import { headerDateMissing } from "./header-date-missing.js";
import { headerNumberMissing } from "./header-number-missing.js";
import { noTasks } from "./no-tasks.js";
import { numbering } from "./numbering.js";
import { ocrLowConfidence } from "./ocr-low-confidence.js";
import { parseErrors } from "./parse-errors.js";
import { scannedPageUnread } from "./scanned-page-unread.js";
import { sectionOrder } from "./section-order.js";
import { taskWithoutLead } from "./task-without-lead.js";

export const RULES: readonly Rule[] = [
  parseErrors,
  noTasks,
  taskWithoutLead,
  deadlineUnparsed,
  deadlineOutsidePeriod,
  numbering,
  sectionOrder,
  headerNumberMissing,
  headerDateMissing,
  scannedPageUnread,
  ocrLowConfidence,
  columnsUnmapped,
];

export const RULE_IDS = RULES.map((rule) => rule.id) as [string, ...string[]];

