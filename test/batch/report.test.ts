import { describe, expect, it } from "vitest";
import {
  addToTotals,
  batchReportSchema,
  classify,
  emptyTotals,
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
  it("classifies: partial = error diagnostics or no task; not-a-plan = no plan kind, no task, no error", () => {
    expect(classify({ tasks: 4, diagnostics: { error: 0 }, docType: "ke_hoach" })).toBe("ok");
    expect(classify({ tasks: 4, diagnostics: { error: 1 }, docType: "ke_hoach" })).toBe("partial");
    expect(classify({ tasks: 0, diagnostics: { error: 0 }, docType: "ke_hoach" })).toBe("partial");
    expect(classify({ tasks: 0, diagnostics: { error: 0 }, docType: "other" })).toBe("not-a-plan");
    // Unreadable text (an encoding error) is not "no plan": it stays a defect to look at.
    expect(classify({ tasks: 0, diagnostics: { error: 1 }, docType: "other" })).toBe("partial");
    expect(classify({ tasks: 2, diagnostics: { error: 0 }, docType: "other" })).toBe("ok");
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
  it("counts not-a-plan entries apart", () => {
    const totals = emptyTotals();
    addToTotals(totals, entry("readme.md", "not-a-plan"));
    expect(totals).toMatchObject({ files: 1, notAPlan: 1, ok: 0, partial: 0, failed: 0 });
  });
  it("reads totals written before not-a-plan existed", () => {
    const old = { cchcVersion: "0.1.0", files: [], totals: { files: 0, ok: 0, partial: 0, failed: 0, reused: 0, ignored: 0, tasks: 0, timeMs: 1 } };
    expect(batchReportSchema.parse(old).totals.notAPlan).toBe(0);
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
