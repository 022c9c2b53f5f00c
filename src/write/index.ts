/** Serializers chosen by name. */
import type { PlanDocument } from "../schema/plan.js";
import { formatCsv } from "./csv.js";
import { formatJson, formatJsonl } from "./json.js";

export const OUTPUT_FORMATS = ["json", "jsonl", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function format(name: OutputFormat, documents: PlanDocument[]): string {
  switch (name) {
    case "json":
      return formatJson(documents);
    case "jsonl":
      return formatJsonl(documents);
    case "csv":
      return formatCsv(documents);
  }
}
