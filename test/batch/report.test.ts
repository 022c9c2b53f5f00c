import { describe, expect, it } from "vitest";
import {
  addToTotals,
  batchReportSchema,
  classify,
  emptyTotals,
  exitCodeOf,
  previousEntries,
  type ReportEntry,
  reportClosing,
  reportEntryText,
  reportOpening,
} from "../../src/batch/report.js";

const entry = (file: string, status: ReportEntry["status"], extra: Partial<ReportEntry> = {}): ReportEntry => ({
  file,
  input: `in/${file}`,
  status,
  output: status === "failed" ? null : `${file}.json`,
  tasks: status === "ok" ? 3 : 0,
  sections: 2,
  diagnostics: { error: 0, warning: 1, info: 0 },
  timeMs: 12,
  sha256: "a".repeat(64),
  cchcVersion: "0.1.0",
  ...extra,
});

describe("batch report", () => {
  it("classifies: partial = error diagnostics or no task", () => {
    expect(classify({ tasks: 4, diagnostics: { error: 0 } })).toBe("ok");
    expect(classify({ tasks: 4, diagnostics: { error: 1 } })).toBe("partial");
    expect(classify({ tasks: 0, diagnostics: { error: 0 } })).toBe("partial");
  });
  it("streams a report.json that parses back to its schema", () => {
    const totals = emptyTotals();
    const entries = [entry("a.txt", "ok"), entry("b.txt", "partial", { reused: true }), entry("c.txt", "failed", { reason: "empty file", sha256: null })];
    let text = reportOpening("0.1.0");
    entries.forEach((e, i) => {
      addToTotals(totals, e);
      text += reportEntryText(e, i === 0);
    });
    text += reportClosing(totals, false);
    const report = batchReportSchema.parse(JSON.parse(text));
    expect(report.files).toEqual(entries);
    expect(report.totals).toMatchObject({ files: 3, ok: 1, partial: 1, failed: 1, reused: 1, tasks: 3 });
    const empty = reportOpening("0.1.0") + reportClosing(emptyTotals(), true);
    expect(batchReportSchema.parse(JSON.parse(empty)).files).toEqual([]);
  });
  it("exit code: 2 on a failed plan, 1 on a partial one, else 0", () => {
    const totals = emptyTotals();
    expect(exitCodeOf(totals)).toBe(0);
    totals.partial = 1;
    expect(exitCodeOf(totals)).toBe(1);
    totals.failed = 1;
    expect(exitCodeOf(totals)).toBe(2);
  });
  it("reads the previous run: report entries, then journal lines that override them; a cut last line is ignored", () => {
    const report = JSON.stringify({ files: [entry("a.txt", "ok"), entry("b.txt", "ok"), { file: "junk" }] });
    const journal = `${JSON.stringify(entry("b.txt", "failed", { reason: "x" }))}\n${JSON.stringify(entry("c.txt", "partial"))}\n{"file":"d.txt","sta`;
    const previous = previousEntries(report, journal);
    expect([...previous.keys()]).toEqual(["a.txt", "b.txt", "c.txt"]);
    expect(previous.get("b.txt")!.status).toBe("failed");
    expect(previousEntries("{ broken", undefined).size).toBe(0);
  });
});
