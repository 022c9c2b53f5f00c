/**
 * A folder holding a plan saved as RTF and one saved as OpenDocument beside a readable plan: each refused file is a
 * failed entry of the batch with the one-line reason `cchc parse` gives it, never counted as ignored, and the batch
 * exits 2 (README, "Exit codes (batch, check, merge)").
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin", "cchc.cjs");
const variants = join(root, "fixtures", "doc-variants");

describe("cchc parse <folder> -o DIR with refused formats in the folder", () => {
  it("reports each refused file as failed with its reason, counts only other files as ignored, exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-refused-"));
    const inbox = join(dir, "inbox");
    mkdirSync(inbox);
    copyFileSync(join(root, "fixtures", "plans", "001_cf13d097df470f82.txt"), join(inbox, "kh-001.txt"));
    copyFileSync(join(variants, "header-table.rtf"), join(inbox, "kh-rtf.rtf"));
    copyFileSync(join(variants, "header-table.odt.doc"), join(inbox, "kh-odt.odt"));
    writeFileSync(join(inbox, "ghi-chu.csv"), "x\n");
    const run = spawnSync(process.execPath, [bin, "parse", "inbox", "-o", "out", "-c", "1"], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("inbox/kh-rtf.rtf: not a plan document: an RTF file; open it in Word or LibreOffice and save it as .docx");
    expect(run.stderr).toContain("inbox/kh-odt.odt: not a plan document: an OpenDocument text file (.odt)");
    const report = JSON.parse(readFileSync(join(dir, "out", "report.json"), "utf8")) as {
      files: Array<{ file: string; status: string; reason?: string }>;
      totals: Record<string, number>;
    };
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ["kh-001.txt", "ok"],
      ["kh-odt.odt", "failed"],
      ["kh-rtf.rtf", "failed"],
    ]);
    expect(report.files[2]!.reason).toBe("not a plan document: an RTF file; open it in Word or LibreOffice and save it as .docx");
    expect(report.totals).toMatchObject({ files: 3, ok: 1, failed: 2, ignored: 1 });
  });
});
