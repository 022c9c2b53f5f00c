/** `cchc check` as CI runs it: the built CLI on the seed plans, reporters, configuration and exit codes. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/cchc.cjs");
const plans = join(root, "fixtures/plans");

function cchc(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd, env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  expect(existsSync(join(root, "dist/cli/check.js"))).toBe(true);
});

describe("cchc check", () => {
  // A folder without cchc.config.json above it, so only defaults and flags apply.
  const cwd = mkdtempSync(join(tmpdir(), "cchc-check-"));

  it("prints findings grouped by file and exits 0 when there are only warnings", () => {
    const { code, stdout, stderr } = cchc(cwd, "check", plans, "-c", "2");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    // 001 line 170: the deadline cell reads "Theo quy định Trung ương", which names no date.
    expect(stdout).toMatch(/001_cf13d097df470f82\.txt\n(.*\n)*? {2}line 170 +warning +.*"Theo quy định Trung ương" could not be read +deadline-unparsed/);
    expect(stdout).toMatch(/✖ \d+ problems \(0 errors, \d+ warnings\) in 4 files/);
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });

  it("exits 1 on an error finding or on more warnings than allowed", () => {
    expect(cchc(cwd, "check", plans, "-c", "2", "--rule", "deadline-unparsed=error").code).toBe(1);
    expect(cchc(cwd, "check", plans, "-c", "2", "--max-warnings", "0").code).toBe(1);
    expect(cchc(cwd, "check", plans, "-c", "2", "--max-warnings", "1000").code).toBe(0);
  });

  it("exits 2 on a file that cannot be read, and on bad usage", () => {
    const empty = join(cwd, "empty.txt");
    writeFileSync(empty, "");
    const { code, stdout } = cchc(cwd, "check", empty, join(plans, "003_9a23d4ea0e0477f2.txt"));
    expect(code).toBe(2);
    expect(stdout).toContain("could not be read: empty file");
    expect(cchc(cwd, "check", plans, "--rule", "no-such-rule=off").code).toBe(2);
    expect(cchc(cwd, "check", plans, "--reporter", "xml").code).toBe(2);
  });

  it("reads cchc.config.json from the cwd upwards, and --config", () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-check-config-"));
    writeFileSync(join(dir, "cchc.config.json"), JSON.stringify({ rules: { "deadline-unparsed": "error" } }));
    expect(cchc(dir, "check", plans, "-c", "2").code).toBe(1);
    const quiet = join(dir, "quiet.json");
    writeFileSync(quiet, JSON.stringify({ rules: { "deadline-unparsed": "off", "deadline-outside-period": "off", "task-without-lead": "off", numbering: "off" } }));
    const { code, stdout } = cchc(dir, "check", plans, "-c", "2", "--config", quiet);
    expect(code).toBe(0);
    expect(stdout).toBe("✔ 4 files checked, no problems\n");
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ rules: { "deadline-unparsed": "loud" } }));
    expect(cchc(dir, "check", plans, "--config", "bad.json").code).toBe(2);
  });

  it("writes junit, sarif, json and github reports", () => {
    const junit = cchc(cwd, "check", plans, "-c", "2", "--reporter", "junit");
    expect(junit.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cchc check"')).toBe(true);
    expect(junit.stdout.match(/<testsuite /g)).toHaveLength(4);
    const sarif = JSON.parse(cchc(cwd, "check", plans, "-c", "2", "--reporter", "sarif").stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    const json = JSON.parse(cchc(cwd, "check", plans, "-c", "2", "--reporter", "json").stdout);
    expect(json.results.map((r: { file: string }) => r.file.split("/").pop())).toEqual([
      "000_cc8d44a7a110d77b.txt",
      "001_cf13d097df470f82.txt",
      "003_9a23d4ea0e0477f2.txt",
      "004_b6c2931c4fda3fce.txt",
    ]);
    const github = cchc(cwd, "check", plans, "-c", "2", "--reporter", "github").stdout;
    expect(github).toMatch(/^::warning file=.*001_cf13d097df470f82\.txt,line=170,title=cchc deadline-unparsed::/m);
    const file = join(cwd, "report.xml");
    const written = cchc(cwd, "check", plans, "-c", "2", "--reporter", "junit", "--output-file", file);
    expect(written.stdout).toBe("");
    expect(readFileSync(file, "utf8")).toBe(junit.stdout);
  });
});
