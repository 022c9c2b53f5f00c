/**
 * cchc in pipes and in the users' folders (issue 20): stdin with --name, JSON Lines of many plans on stdout, colour
 * switches, the output format from -o's extension, -o over an input refused, files that are no plan counted apart.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planDocumentSchema } from "../../src/schema/plan.js";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/cchc.cjs");
const seed = join(root, "fixtures/plans/001_cf13d097df470f82.txt");
const other = join(root, "fixtures/plans/003_9a23d4ea0e0477f2.txt");
const work = mkdtempSync(join(tmpdir(), "cchc-pipes-"));

function cchc(args: string[], options: { input?: Buffer | string; env?: Record<string, string | undefined> } = {}) {
  const env = { ...process.env, ...options.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: work, env, ...(options.input !== undefined ? { input: options.input } : {}) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("stdin", () => {
  it("- reads the plan from stdin; --name names it in the output and in messages", () => {
    const result = cchc(["parse", "-", "--name", "kh-192.txt"], { input: readFileSync(seed) });
    expect(result.code).toBe(0);
    const document = planDocumentSchema.parse(JSON.parse(result.stdout));
    expect(document.source.path).toBe("kh-192.txt");
    expect(document.meta.number).toBe("192/KH-UBND");
    expect(document.tasks.filter((task) => task.origin === "appendix")).toHaveLength(40);
    const empty = cchc(["parse", "-", "--name", "nothing.txt"], { input: "" });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe("cchc: nothing.txt: empty file\n");
  });
  it("without --name, the format comes from the bytes and messages say stdin", () => {
    const result = cchc(["parse", "-", "-f", "csv"], { input: readFileSync(seed) });
    expect(result.code).toBe(0);
    // One line per record (40 appendix rows, 3 duties in prose) and the header.
    expect(result.stdout.trimEnd().split("\r\n")).toHaveLength(44);
    expect(cchc(["parse", "-"], { input: Buffer.alloc(64) }).stderr).toMatch(/^cchc: stdin: /);
  });
  it("- must be the only input", () => {
    const result = cchc(["parse", "-", seed]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/only input/);
  });
});

describe("-f jsonl with many inputs", () => {
  it("writes one line per plan, in sorted order, and names an unreadable one on stderr", () => {
    const dir = join(work, "jsonl");
    mkdirSync(dir);
    copyFileSync(seed, join(dir, "b.txt"));
    copyFileSync(other, join(dir, "a.txt"));
    writeFileSync(join(dir, "c.txt"), "");
    const result = cchc(["parse", "jsonl", "-f", "jsonl"]);
    expect(result.code).toBe(2);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => planDocumentSchema.parse(JSON.parse(line)).source.path)).toEqual(["jsonl/a.txt", "jsonl/b.txt"]);
    expect(result.stderr).toBe("cchc: jsonl/c.txt: empty file\n");
    const two = cchc(["parse", seed, other, "-f", "jsonl"]);
    expect(two.code).toBe(0);
    expect(two.stdout.trimEnd().split("\n")).toHaveLength(2);
  });
  it("other formats of several inputs still need -o DIR", () => {
    const result = cchc(["parse", seed, other]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/-o DIR.*-f jsonl/);
  });
});

describe("-o and -f", () => {
  it("-o's extension chooses the format when -f is absent; a mismatch is a usage error", () => {
    for (const [name, check] of [
      ["plan.csv", (text: string) => text.startsWith("\ufefffile,")],
      ["plan.jsonl", (text: string) => text.trimEnd().split("\n").length === 1 && JSON.parse(text).schemaVersion === "2"],
      ["plan.json", (text: string) => text.startsWith("{\n")],
    ] as const) {
      const out = join(work, name);
      expect(cchc(["parse", seed, "-o", out]).code).toBe(0);
      expect(check(readFileSync(out, "utf8"))).toBe(true);
    }
    const mismatch = cchc(["parse", seed, "-o", join(work, "x.csv"), "-f", "json"]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toMatch(/^cchc: -f json does not match -o .*x\.csv/);
  });
  it("-o naming the input is refused and the plan is left as it was", () => {
    const plan = join(work, "self.txt");
    copyFileSync(seed, plan);
    const result = cchc(["parse", plan, "-o", plan]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is the input/);
    expect(readFileSync(plan)).toEqual(readFileSync(seed));
  });
});

describe("colour", () => {
  const colored = /\x1b\[/;
  const check = (env: Record<string, string | undefined>, ...flags: string[]) => cchc(["check", seed, "--rule", "task-without-lead=warn", ...flags], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } });
  it("FORCE_COLOR colours a piped report; NO_COLOR and --no-color do not", () => {
    expect(check({ FORCE_COLOR: "1" }).stdout).toMatch(colored);
    expect(check({}).stdout).not.toMatch(colored);
    expect(check({ NO_COLOR: "1", FORCE_COLOR: "1" }).stdout).toMatch(colored);
    expect(check({ FORCE_COLOR: "1" }, "--no-color").stdout).not.toMatch(colored);
  });
});

describe("files that are no plan", () => {
  it("a folder of plans plus a README and notes exits 0, the others counted as not-a-plan", () => {
    const dir = join(work, "archive");
    mkdirSync(dir);
    copyFileSync(seed, join(dir, "plan.txt"));
    writeFileSync(join(dir, "README.md"), "# Hồ sơ lưu trữ\n\nThư mục này chứa các kế hoạch đã quét của năm 2024.\n");
    writeFileSync(join(dir, "ghi-chu.txt"), "Ghi chú: gọi lại cho chị Lan về bản scan bị mờ.\n");
    const out = join(work, "archive-out");
    const result = cchc(["parse", dir, "-o", out, "-q"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
    expect(report.totals).toMatchObject({ files: 3, ok: 1, notAPlan: 2, partial: 0, failed: 0 });
    expect(report.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ["README.md", "not-a-plan"],
      ["ghi-chu.txt", "not-a-plan"],
      ["plan.txt", "ok"],
    ]);
    // check keeps its no-tasks rule for plans only: the notes raise nothing.
    const checked = cchc(["check", dir, "--reporter", "json"]);
    expect(JSON.parse(checked.stdout).results.filter((r: { findings: { ruleId: string }[] }) => r.findings.some((f) => f.ruleId === "no-tasks"))).toEqual([]);
  });
});
