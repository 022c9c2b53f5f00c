/** Serializers chosen by name. */
import type { PlanDocument } from "../schema/plan.js";
import { formatJson, formatJsonl } from "./json.js";

export const OUTPUT_FORMATS = ["json", "jsonl", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The CSV writer (csv-stringify) is imported only when CSV is asked for: it is start-up time for every JSON run. */
export async function format(name: OutputFormat, documents: PlanDocument[]): Promise<string> {
  switch (name) {
    case "json":
      return formatJson(documents);
    case "jsonl":
      return formatJsonl(documents);
    case "csv":
      return (await import("./csv.js")).formatCsv(documents);
  }
}
