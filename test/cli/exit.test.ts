/** Every exit code is decided in cli/exit.ts: each rule once, from what the drivers report. */
import { describe, expect, it } from "vitest";
import { emptyTotals } from "../../src/batch/report.js";
import { batchExitCode, checkExitCode, documentExitCode } from "../../src/cli/exit.js";
import type { FileResult } from "../../src/check/types.js";

describe("exit codes", () => {
  it("batch: 130 when interrupted, 2 on a failed plan, 1 on a partial one, else 0; not-a-plan is no defect", () => {
    const totals = emptyTotals();
    expect(batchExitCode({ totals, interrupted: false })).toBe(0);
    totals.notAPlan = 3;
    expect(batchExitCode({ totals, interrupted: false })).toBe(0);
    totals.partial = 1;
    expect(batchExitCode({ totals, interrupted: false })).toBe(1);
    totals.failed = 1;
    expect(batchExitCode({ totals, interrupted: false })).toBe(2);
    expect(batchExitCode({ totals, interrupted: true })).toBe(130);
  });
  it("check: 2 on an unreadable file, 1 on an error finding or too many warnings", () => {
    const warned: FileResult = { file: "a", status: "checked", findings: [{ ruleId: "r", severity: "warning", message: "m" }] };
    const erred: FileResult = { file: "b", status: "checked", findings: [{ ruleId: "r", severity: "error", message: "m" }] };
    const failed: FileResult = { file: "c", status: "failed", reason: "empty file", findings: [] };
    expect(checkExitCode({ results: [warned], interrupted: false }, -1)).toBe(0);
    expect(checkExitCode({ results: [warned], interrupted: false }, 0)).toBe(1);
    expect(checkExitCode({ results: [warned, erred], interrupted: false }, -1)).toBe(1);
    expect(checkExitCode({ results: [erred, failed], interrupted: false }, -1)).toBe(2);
    expect(checkExitCode({ results: [], interrupted: true }, -1)).toBe(130);
  });
  it("one document: 1 when it carries an error diagnostic", () => {
    expect(documentExitCode({ diagnostics: [{ severity: "warning" }] })).toBe(0);
    expect(documentExitCode({ diagnostics: [{ severity: "error" }] })).toBe(1);
  });
});
