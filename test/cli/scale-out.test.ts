/**
 * The README's scale-out examples, run as written: the `cchc` commands of the GitHub Actions matrix and of the
 * Kubernetes Indexed Job, taken from the README itself, for each shard and then the merge, give what one unsharded
 * run gives (tasks.csv byte for byte, the report's entries, every plan's JSON).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/cchc.cjs");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** The `npx cchc …` lines of the README's scale-out section, in the code block that holds `marker`. */
function commands(marker: string): string[] {
  const section = readme.slice(readme.indexOf("### Scale-out"), readme.indexOf("### Checking plans in CI"));
  const block = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => text.includes(marker));
  expect(block, `README scale-out block with ${marker}`).toBeDefined();
  return block!
    .split("\n")
    .map((line) => line.trim().replace(/^- /, "").replace(/^run: /, ""))
    .filter((line) => line.startsWith("npx cchc "));
}

function sh(script: string, cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync("bash", ["-c", script.replace(/^npx cchc /, `"${process.execPath}" "${bin}" `)], { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  return { code: result.status, stderr: result.stderr };
}

function archive(into: string): void {
  mkdirSync(join(into, "archive", "2023"), { recursive: true });
  mkdirSync(join(into, "archive", "2024"), { recursive: true });
  for (const name of ["000_cc8d44a7a110d77b.txt", "001_cf13d097df470f82.txt", "003_9a23d4ea0e0477f2.txt", "004_b6c2931c4fda3fce.txt"]) {
    copyFileSync(join(root, "fixtures/plans", name), join(into, "archive", "2023", name));
    copyFileSync(join(root, "fixtures/plans", name), join(into, "archive", "2024", `copy-${name}`));
  }
}

interface Entry {
  file: string;
  input: string;
  output: string | null;
  timeMs: number;
}

/**
 * tasks.csv, the report's entries without timings, output paths and `input` (the path as typed: the pods give an
 * absolute one), and each entry's plan JSON.
 */
function result(dir: string, typedPrefix = "") {
  const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as { files: Entry[]; totals: Record<string, number> };
  return {
    csv: readFileSync(join(dir, "tasks.csv"), "utf8"),
    entries: report.files.map(({ output: _output, timeMs: _timeMs, input: _input, ...rest }) => rest),
    plans: report.files.map((entry) => (entry.output === null ? null : readFileSync(join(dir, entry.output), "utf8").replaceAll(typedPrefix, ""))),
    totals: { ...report.totals, timeMs: 0 },
  };
}

let whole: ReturnType<typeof result>;
const unsharded = mkdtempSync(join(tmpdir(), "cchc-scale-"));
beforeAll(() => {
  archive(unsharded);
  expect(sh("npx cchc parse archive/ -o whole/ -q", unsharded).code).toBe(0);
  whole = result(join(unsharded, "whole"));
  expect(whole.entries).toHaveLength(8);
});

describe("scale-out as the README writes it", () => {
  it("GitHub Actions: the matrix's shard runs plus the merge job equal one unsharded run", () => {
    const [parse, merge] = commands("strategy:");
    expect(parse).toContain("--shard ${{ matrix.shard }}/3");
    const shards = /shard: \[([\d, ]+)\]/.exec(readme)![1]!.split(",").map((s) => s.trim());
    expect(shards).toEqual(["1", "2", "3"]);
    const dir = mkdtempSync(join(tmpdir(), "cchc-gha-"));
    archive(dir);
    // Each job runs in a workspace of its own; the artifacts land side by side under out/ in the merge job.
    for (const shard of shards) expect(sh(parse!.replaceAll("${{ matrix.shard }}", shard), dir).code).toBe(0);
    expect(sh(merge!, dir).code).toBe(0);
    expect(result(join(dir, "all"))).toEqual(whole);
  });
  it("Kubernetes Indexed Job: the pods' shard runs (JOB_COMPLETION_INDEX 0…2) plus the merge Job equal one unsharded run", () => {
    const [parse, merge] = commands("completionMode: Indexed");
    expect(parse).toContain("JOB_COMPLETION_INDEX");
    const dir = mkdtempSync(join(tmpdir(), "cchc-k8s-"));
    archive(dir);
    const atData = (command: string) => command.replaceAll("/data/", `${dir}/`);
    for (const index of ["0", "1", "2"]) expect(sh(atData(parse!), dir, { JOB_COMPLETION_INDEX: index }).code).toBe(0);
    expect(sh(atData(merge!), dir).code).toBe(0);
    // source.path is the path as given, absolute in the pods.
    expect(result(join(dir, "all"), `${dir}/`)).toEqual(whole);
  });
});
