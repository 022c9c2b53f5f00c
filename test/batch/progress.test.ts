import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { entryLine, formatDuration, Progress, progressBar, summaryTable } from "../../src/batch/progress.js";
import { emptyTotals, type ReportEntry } from "../../src/batch/report.js";

const plain = new Chalk({ level: 0 });
const ok: ReportEntry = { file: "a.txt", input: "in/a.txt", status: "ok", output: "a.txt.json", tasks: 7, sections: 3, diagnostics: { error: 0, warning: 0, info: 0 }, timeMs: 40, sha256: null, cchcVersion: "0.1.0" };

describe("progress", () => {
  it("draws done/total, rate, ETA and the current file, cut to the width", () => {
    const bar = progressBar(5, 20, 10_000, "plans/ke-hoach-2024.txt", 200);
    expect(bar).toContain(" 5/20 ");
    expect(bar).toContain("0.5 files/s");
    expect(bar).toContain("ETA 30s");
    expect(bar.endsWith("plans/ke-hoach-2024.txt")).toBe(true);
    expect(progressBar(5, 20, 10_000, "x".repeat(100), 80).length).toBeLessThanOrEqual(80);
    expect(formatDuration(3_725_000)).toBe("1h02m");
  });
  it("prints one plain line per file when stderr is not a terminal, nothing when off", () => {
    const written: string[] = [];
    const lines = new Progress(2, { write: (t: string) => written.push(t) }, "lines", plain);
    lines.start("in/a.txt");
    lines.finish(ok);
    lines.finish({ ...ok, input: "in/b.txt", status: "failed", reason: "empty file" });
    expect(written).toEqual(["[1/2] ok  in/a.txt  7 tasks  40 ms\n", "[2/2] failed  in/b.txt: empty file\n"]);
    const silent: string[] = [];
    const off = new Progress(1, { write: (t: string) => silent.push(t) }, "off", plain);
    off.start("x");
    off.finish(ok);
    off.end();
    expect(silent).toEqual([]);
  });
  it("sums up in a table", () => {
    const totals = { ...emptyTotals(), files: 4, ok: 2, partial: 1, failed: 1, reused: 2, ignored: 3, tasks: 40, timeMs: 65_000 };
    const table = summaryTable(totals, plain);
    expect(table).toMatch(/files +4/);
    expect(table).toMatch(/failed +1/);
    expect(table).toMatch(/up to date \(not redone\) +2/);
    expect(table).toMatch(/ignored \(not a plan format\) +3/);
    expect(table).toMatch(/tasks +40/);
    expect(table).toMatch(/time +1m05s/);
    expect(entryLine({ ...ok, reused: true }, 1, 1, plain)).toContain("up to date");
  });
});
