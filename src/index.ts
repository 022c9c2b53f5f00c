/**
 * cchc as a library: the same pipeline the CLI runs.
 *
 *   import { parsePlan } from "cchc";
 *   const plan = await parsePlan("plans/ducTho-2024.pdf");   // or parsePlan(buffer, { path: "x.pdf" })
 *   plan.tasks.forEach((t) => console.log(t.number, t.task, t.lead));
 */
export { parsePlan, type ParseOptions } from "./pipeline.js";
export { InputError, LimitError } from "./errors.js";
export { releaseReaders } from "./read/index.js";
export { DEFAULT_LIMITS, type Limits } from "./limits.js";
export {
  planDocumentSchema,
  planJsonSchema,
  SCHEMA_VERSION,
  type PlanDocument,
  type Task,
  type Meta,
  type Section,
  type Deadline,
  type Area,
} from "./schema/plan.js";
export { formatCsv } from "./write/csv.js";
export { formatJson, formatJsonl } from "./write/json.js";
