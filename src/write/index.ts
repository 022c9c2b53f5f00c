/** Serializers chosen by name. */
import type { PlanDocument } from "../schema/plan.js";
import { formatJson, formatJsonl } from "./json.js";

export const OUTPUT_FORMATS = ["json", "jsonl", "csv", "xlsx"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Formats whose output is bytes, not text: never written to a terminal. */
export const BINARY_FORMATS: readonly OutputFormat[] = ["xlsx"];

/**
 * The CSV writer (csv-stringify) and the workbook writer (exceljs) are imported only when asked for: they are start-up
 * time for every JSON run.
 */
export async function format(name: OutputFormat, documents: PlanDocument[]): Promise<string | Uint8Array> {
  switch (name) {
    case "json":
      return formatJson(documents);
    case "jsonl":
      return formatJsonl(documents);
    case "csv":
      return (await import("./csv.js")).formatCsv(documents);
    case "xlsx":
      return (await import("./xlsx.js")).formatXlsx(documents);
  }
}
