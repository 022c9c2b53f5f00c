/**
 * Output-side failures through the built CLI (issue 19): a full disk (ENOSPC), a read-only file system (EROFS), a
 * read-only folder (EACCES), a reader that closes stdout or stderr (EPIPE), two batches into one folder, a FIFO among
 * the inputs. Each ends as one line `cchc: <path>: <reason>` and exit 2 (README "Exit codes"), leaves no temporary
 * file, and a batch keeps its journal and resumes to the same outputs as a run that never failed.
 *
 * Full and read-only disks are real ones: a small tmpfs mounted in a mount namespace of the test's own
 * (`unshare -m`, or `unshare -U -r -m` for a user without root); the tests say why they skip where that is refused.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/cchc.cjs");
const PLANS = ["000_cc8d44a7a110d77b.txt", "001_cf13d097df470f82.txt", "003_9a23d4ea0e0477f2.txt", "004_b6c2931c4fda3fce.txt"];
const work = mkdtempSync(join(tmpdir(), "cchc-outputs-"));

function cchc(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function sh(script: string, cwd = work) {
  const result = spawnSync("bash", ["-c", script], { encoding: "utf8", cwd, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder of the four seed plans, copied twice (8 plans, ~0.8 MB of JSON output). */
function inbox(name: string): string {
  const dir = join(work, name);
  for (const copy of ["a", "b"]) {
    mkdirSync(join(dir, copy), { recursive: true });
    for (const plan of PLANS) copyFileSync(join(root, "fixtures/plans", plan), join(dir, copy, plan));
  }
  return dir;
}

/**
 * Every file below `dir`, with its bytes (report.json without its timings). tasks.xlsx is a zip with its own time
 * stamps: only that it is there (its content is tasks.csv's, tested in test/write).
 */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    if (name === "tasks.xlsx") {
      files[name] = "(present)";
      continue;
    }
    let text = readFileSync(path, "utf8");
    if (name === "report.json") text = text.replace(/"timeMs":\d+/g, '"timeMs":0');
    files[relative(dir, path)] = text;
  }
  return files;
}

function temporaries(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith(".tmp"));
}

/** `unshare` prefix that gives a private mount namespace, or undefined where the system refuses one. */
const namespace = (() => {
  for (const prefix of [["unshare", "-m"], ["unshare", "-U", "-r", "-m"]]) {
    if (spawnSync(prefix[0]!, [...prefix.slice(1), "true"]).status === 0) return prefix.join(" ");
  }
  return undefined;
})();
const unshareReason = "no private mount namespace here (unshare -m refused): cannot make a small or read-only disk";

/** The one line of an output failure. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^cchc: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

describe("one plan, output errors", () => {
  const seed = join(root, "fixtures/plans/001_cf13d097df470f82.txt");
  it("-o on a full device (ENOSPC): one line naming it, exit 2", () => {
    const result = cchc(work, "parse", seed, "-o", "/dev/full");
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /^cchc: \/dev\/full: no space left on the device$/);
  });
  it("stdout on a full device (ENOSPC): one line naming stdout, exit 2", () => {
    const result = sh(`"${process.execPath}" "${bin}" parse "${seed}" > /dev/full`);
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /^cchc: stdout: no space left on the device$/);
  });
  it("-o into a read-only folder (EACCES, or EROFS where root writes anywhere): one line, exit 2, nothing left", () => {
    if (process.getuid?.() !== 0) {
      const dir = join(work, "readonly");
      mkdirSync(dir);
      chmodSync(dir, 0o555);
      const result = cchc(work, "parse", seed, "-o", join(dir, "plan.json"));
      expect(result.code).toBe(2);
      expectOneLine(result.stderr, /readonly\/plan\.json: permission denied$/);
      expect(readdirSync(dir)).toEqual([]);
      return;
    }
    if (!namespace) return void console.warn(`skipped: ${unshareReason}`);
    const mount = join(work, "ro-single");
    mkdirSync(mount);
    const result = sh(`${namespace} sh -c 'mount -t tmpfs -o ro tmpfs "${mount}" && exec "${process.execPath}" "${bin}" parse "${seed}" -o "${mount}/plan.json"'`);
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /ro-single\/plan\.json: read-only file system$/);
  });
});

describe("a batch that cannot write its outputs", () => {
  it("a full disk mid-batch: one line, exit 2, no temporary file, journal kept; resumes to the outputs of a clean run", () => {
    if (!namespace) return void console.warn(`skipped: ${unshareReason}`);
    const input = inbox("full-in");
    const clean = join(work, "full-clean");
    expect(cchc(work, "parse", input, "-o", clean, "-q", "-c", "1").code).toBe(0);
    const mount = join(work, "full-mnt");
    const kept = join(work, "full-kept");
    mkdirSync(mount);
    // 300 KiB holds some plans' JSON, not all eight; what the run left is copied out before the namespace ends.
    const result = sh(
      `${namespace} sh -c 'mount -t tmpfs -o size=300k tmpfs "${mount}" && "${process.execPath}" "${bin}" parse "${input}" -o "${mount}/out" -q -c 1; echo "exit=$?" >&2; cp -a "${mount}/out" "${kept}"'`,
    );
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines.at(-1)).toBe("exit=2");
    expectOneLine(lines.slice(0, -1).join("\n"), /full-mnt\/out\/\S+: no space left on the device$/);
    expect(temporaries(kept)).toEqual([]);
    expect(existsSync(join(kept, ".cchc-journal.jsonl"))).toBe(true);
    expect(existsSync(join(kept, "report.json"))).toBe(false);
    expect(existsSync(join(kept, ".cchc-lock"))).toBe(false);
    // With room again, the same command finishes the rest and gives what a run that never failed gave.
    const resumed = cchc(work, "parse", input, "-o", kept, "-q", "-c", "1");
    expect(resumed.code).toBe(0);
    const journalled = readFileSync(join(kept, "report.json"), "utf8");
    expect(journalled).toMatch(/"reused":true/);
    const strip = (files: Record<string, string>) => {
      const copy = { ...files };
      copy["report.json"] = copy["report.json"]!.replace(/,"reused":true/g, "").replace(/"reused":\d+/, '"reused":0');
      return copy;
    };
    expect(strip(tree(kept))).toEqual(strip(tree(clean)));
  });
  it("a read-only output file system (EROFS): one line naming the folder, exit 2", () => {
    if (!namespace) return void console.warn(`skipped: ${unshareReason}`);
    const input = inbox("ro-in");
    const mount = join(work, "ro-mnt");
    mkdirSync(mount);
    const result = sh(`${namespace} sh -c 'mount -t tmpfs -o ro tmpfs "${mount}" && exec "${process.execPath}" "${bin}" parse "${input}" -o "${mount}/out" -q'`);
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /ro-mnt\/out: read-only file system$/);
  });
  it("stderr closed by its reader (2>&1 | head -1): stops cleanly, exit 2, journal kept, the next run completes", () => {
    const input = inbox("epipe-in");
    const out = join(work, "epipe-out");
    // Progress lines go to stderr one per plan; head takes two and leaves.
    const result = sh(`"${process.execPath}" "${bin}" parse "${input}" -o "${out}" -c 1 2>&1 | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`);
    expect(result.stdout.trim()).toBe("2");
    expect(result.stderr).toBe("");
    expect(temporaries(out)).toEqual([]);
    expect(existsSync(join(out, ".cchc-lock"))).toBe(false);
    expect(existsSync(join(out, "report.json"))).toBe(false);
    const again = cchc(work, "parse", input, "-o", out, "-q");
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "report.json"), "utf8")).totals).toMatchObject({ files: 8, ok: 8 });
  });
});

describe("one batch per output folder", () => {
  it("a second batch fails at once with one line naming the owner; a lock left by a dead process is taken over", () => {
    const input = inbox("lock-in");
    const out = join(work, "lock-out");
    mkdirSync(out);
    // The test process itself stands for a batch that is running.
    writeFileSync(join(out, ".cchc-lock"), JSON.stringify({ pid: process.pid, host: hostname(), since: "2026-01-01T00:00:00.000Z" }));
    const busy = cchc(work, "parse", input, "-o", out, "-q");
    expect(busy.code).toBe(2);
    expectOneLine(busy.stderr, new RegExp(`lock-out: another cchc batch \\(pid ${process.pid}, since 2026-01-01T00:00:00.000Z\\) is writing here`));
    expect(existsSync(join(out, "report.json"))).toBe(false);
    // A pid that cannot be running (beyond the kernel's largest) left it: the lock is stale.
    writeFileSync(join(out, ".cchc-lock"), JSON.stringify({ pid: 2 ** 31 - 2, host: hostname(), since: "x" }));
    const after = cchc(work, "parse", input, "-o", out, "-q");
    expect(after.code).toBe(0);
    expect(existsSync(join(out, ".cchc-lock"))).toBe(false);
  });
});

describe("special files among the inputs", () => {
  it("a FIFO given or found in a folder is refused at discovery, counted and named; it holds no worker", () => {
    inbox("fifo-in");
    if (spawnSync("mkfifo", [join(work, "fifo-in", "a", "pipe.txt"), join(work, "given.txt")]).status !== 0) return void console.warn("skipped: mkfifo failed");
    const out = join(work, "fifo-out");
    // The default --timeout is 600 s: a FIFO that held a worker would hold this test past its own limit.
    const result = cchc(work, "parse", "fifo-in", "given.txt", "-o", out, "-q");
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split("\n").sort()).toEqual([
      "cchc: fifo-in/a/pipe.txt: refused: a FIFO (named pipe), not a regular file",
      "cchc: given.txt: refused: a FIFO (named pipe), not a regular file",
    ]);
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
    expect(report.totals).toMatchObject({ files: 10, ok: 8, failed: 2 });
  });
});
