/**
 * `report.json` of a batch: one entry per plan, in the batch's (sorted) order, and the totals.
 *
 * Status: `ok` = parsed with at least one task and no error diagnostic; `partial` = parsed, but with an error
 * diagnostic (e.g. the output failed schema validation) or no task at all (nothing usable came out); `not-a-plan` =
 * read, but neither a Kế hoạch nor a Quyết định and nothing assigned in it (a README, notes, a letter kept in the
 * same folder): counted apart, not a defect of the batch; `failed` = could not be read at all (the reason says why).
 * `reused` marks an entry whose output was kept from an earlier run (same input bytes, same cchc version).
 */
import * as z from "zod";

export const FILE_STATUSES = ["ok", "partial", "not-a-plan", "failed"] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

export const reportEntrySchema = z.object({
  file: z.string(),
  input: z.string(),
  status: z.enum(FILE_STATUSES),
  reason: z.string().optional(),
  output: z.string().nullable(),
  tasks: z.number().int().nonnegative(),
  sections: z.number().int().nonnegative(),
  diagnostics: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  timeMs: z.number().nonnegative(),
  sha256: z.string().nullable(),
  cchcVersion: z.string(),
  reused: z.boolean().optional(),
});
export type ReportEntry = z.infer<typeof reportEntrySchema>;

export const totalsSchema = z.object({
  files: z.number().int(),
  ok: z.number().int(),
  partial: z.number().int(),
  // Absent from reports written before the status existed.
  notAPlan: z.number().int().default(0),
  failed: z.number().int(),
  reused: z.number().int(),
  ignored: z.number().int(),
  tasks: z.number().int(),
  timeMs: z.number(),
});
export type Totals = z.infer<typeof totalsSchema>;

export const batchReportSchema = z.object({
  cchcVersion: z.string(),
  files: z.array(reportEntrySchema),
  totals: totalsSchema,
});

export interface PlanSummary {
  tasks: number;
  diagnostics: { error: number };
  /** The document's kind as segment found it (`meta.docType`). */
  docType: string;
}

export function classify(summary: PlanSummary): Exclude<FileStatus, "failed"> {
  // An error (an unreadable encoding, say) keeps it partial: a plan read as garbage is not "no plan".
  if (summary.docType === "other" && summary.tasks === 0 && summary.diagnostics.error === 0) return "not-a-plan";
  return summary.diagnostics.error > 0 || summary.tasks === 0 ? "partial" : "ok";
}

export function emptyTotals(): Totals {
  return { files: 0, ok: 0, partial: 0, notAPlan: 0, failed: 0, reused: 0, ignored: 0, tasks: 0, timeMs: 0 };
}

const TOTAL_OF_STATUS = { ok: "ok", partial: "partial", "not-a-plan": "notAPlan", failed: "failed" } as const;

export function addToTotals(totals: Totals, entry: ReportEntry): void {
  totals.files++;
  totals[TOTAL_OF_STATUS[entry.status]]++;
  if (entry.reused) totals.reused++;
  totals.tasks += entry.tasks;
}

/** Entries of report.json followed by the lines of an interrupted run's journal (later lines win), by file. */
export function previousEntries(reportText: string | undefined, journalText: string | undefined): Map<string, ReportEntry> {
  const entries = new Map<string, ReportEntry>();
  if (reportText) {
    try {
      const parsed = z.object({ files: z.array(z.unknown()) }).parse(JSON.parse(reportText));
      for (const candidate of parsed.files) {
        const entry = reportEntrySchema.safeParse(candidate);
        if (entry.success) entries.set(entry.data.file, entry.data);
      }
    } catch {
      // An unreadable report only means nothing can be reused.
    }
  }
  for (const line of journalText?.split("\n") ?? []) {
    if (line.trim() === "") continue;
    try {
      const entry = reportEntrySchema.safeParse(JSON.parse(line));
      if (entry.success) entries.set(entry.data.file, entry.data);
    } catch {
      // The last line of a killed run may be cut short.
    }
  }
  return entries;
}

/** report.json streamed entry by entry: the opening, each entry, and the closing with the totals. */
export function reportOpening(version: string): string {
  return `{\n  "cchcVersion": ${JSON.stringify(version)},\n  "files": [`;
}

export function reportEntryText(entry: ReportEntry, first: boolean): string {
  return `${first ? "" : ","}\n    ${JSON.stringify(entry)}`;
}

export function reportClosing(totals: Totals, empty: boolean): string {
  return `${empty ? "" : "\n  "}],\n  "totals": ${JSON.stringify(totals)}\n}\n`;
}
