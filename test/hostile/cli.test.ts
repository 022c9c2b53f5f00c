/**
 * Hostile input through the built CLI (`node bin/cchc.cjs`): exit code 2, exactly one line on stderr naming the file
 * and the reason, nothing on stdout, no stack trace; odd file names passed through untouched.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { planDocumentSchema } from "../../src/schema/plan.js";
import { makePdf, randomBytes } from "./make.js";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/cchc.cjs");
const seed = join(root, "fixtures/plans/001_cf13d097df470f82.txt");
const work = mkdtempSync(join(tmpdir(), "cchc-cli-hostile-"));

function cchc(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: work, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The failure shape of the README: exit 2, `cchc: <file>: <reason>` on one line, stdout empty. */
function expectCleanFailure(result: ReturnType<typeof cchc>, file: string, reason: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`cchc: ${file}: `)).toBe(true);
  expect(lines[0]).toMatch(reason);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
}

beforeAll(() => {
  // Built once for the whole suite by test/global-setup.ts: building here again would rewrite dist/ while other
  // test files run it.
  expect(existsSync(join(root, "dist/cli/main.js"))).toBe(true);
});

describe("cchc parse on broken input", () => {
  it("an empty file", () => {
    const file = join(work, "empty.txt");
    writeFileSync(file, "");
    expectCleanFailure(cchc("parse", file), file, /empty/);
  });

  it("binary garbage named .pdf, .docx and .txt", () => {
    for (const name of ["garbage.pdf", "garbage.docx", "garbage.txt"]) {
      const file = join(work, name);
      writeFileSync(file, randomBytes(10_000, 99));
      expectCleanFailure(cchc("parse", file), file, /not a|binary|corrupt|damaged/);
    }
  });

  it("a PDF over --max-pages names the flag", () => {
    const file = join(work, "long.pdf");
    writeFileSync(file, makePdf(Array.from({ length: 12 }, () => ({ content: "" }))));
    expectCleanFailure(cchc("parse", file, "--max-pages", "10"), file, /12 pages.*--max-pages/);
  });

  it("a file over --max-size names the flag", () => {
    expectCleanFailure(cchc("parse", seed, "--max-size", "0.001"), seed, /--max-size/);
  });

  it("a missing file", () => {
    const file = join(work, "không có.txt");
    expectCleanFailure(cchc("parse", file), file, /no such file/);
  });

  it("a directory given as a file: one line, exit 2, nothing on stdout", () => {
    const dir = join(work, "a folder");
    mkdirSync(dir, { recursive: true });
    const result = cchc("parse", dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/folder|directory/);
  });

  it("an unreadable file (chmod 000), unless running as root, who reads it anyway", () => {
    const file = join(work, "locked.txt");
    copyFileSync(seed, file);
    chmodSync(file, 0o000);
    const result = cchc("parse", file);
    if (process.getuid?.() === 0) expect(result.code).toBe(0);
    else expectCleanFailure(result, file, /permission denied/);
  });

  it("a failed parse with -o leaves no output and no temporary file", () => {
    const dir = join(work, "out-fail");
    mkdirSync(dir);
    const file = join(work, "empty2.txt");
    writeFileSync(file, "");
    const target = join(dir, "plan.json");
    expectCleanFailure(cchc("parse", file, "-o", target), file, /empty/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a --timeout of 0.001 s on a large plan fails with a one-line message naming --timeout", () => {
    const file = join(work, "big.txt");
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i + 1}\tRà soát thủ tục ${i + 1}\tSở Nội vụ\tQuý IV/2024`);
    writeFileSync(file, ["KẾ HOẠCH", "Cải cách hành chính năm 2024", "PHỤ LỤC", "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành", ...rows].join("\n"));
    const result = cchc("parse", file, "--timeout", "0.001");
    // The text pipeline yields to the event loop only between stages, so a tiny timeout fires after reading at the
    // latest; what matters here is the shape of the failure.
    expectCleanFailure(result, file, /--timeout/);
  });
});

describe("file names with spaces, Vietnamese letters and shell metacharacters", () => {
  const names = ["kế hoạch [2024] {a,b} ?.txt", "kế hoạch 2024.txt", "Quyết định số 1.txt", "$(touch pwned) `id`; rm -rf x & | > < *.txt", "'quote\" and \\back.txt", "-dash-first.txt"];
  for (const name of names) {
    it(`parses ${JSON.stringify(name)} and writes -o beside it`, () => {
      const file = join(work, name);
      copyFileSync(seed, file);
      const result = cchc("parse", file);
      expect(result.code).toBe(0);
      const document = planDocumentSchema.parse(JSON.parse(result.stdout));
      expect(document.source.path).toBe(file);
      // 40 appendix rows and the 3 duties of section IV.
      expect(document.tasks).toHaveLength(43);
      const out = join(work, `${name}.json`);
      expect(cchc("parse", file, "-o", out, "-q").code).toBe(0);
      // A file, not a batch folder: names with glob characters are files when they exist.
      expect(statSync(out).isFile()).toBe(true);
      expect(planDocumentSchema.parse(JSON.parse(readFileSync(out, "utf8"))).tasks).toHaveLength(43);
      expect(existsSync(join(work, "pwned"))).toBe(false);
    });
  }
});
