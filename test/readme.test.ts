/**
 * README.md as a user reads it: every code block says, in the comment line above it, whether it is run here
 * (`<!-- readme-test: run -->`) or why not (`<!-- readme-test: skip (reason) -->`), and the ones marked `run` are run
 * on the repository's fixtures with the built CLI and library, in a fresh folder, as a user would type them.
 *
 * - `sh` blocks run in bash with `set -euo pipefail`, `npx cchc` standing for the built `bin/cchc.cjs` (npx would
 *   look for the package on the registry in a folder that is not the repository); every exit must be 0, and every
 *   `-o PATH` must exist afterwards.
 * - `js` blocks run as ES modules (or as CommonJS when their first line names a `.cjs` file) with `cchc` resolving to
 *   this repository, as it does in a project that installed it; they must exit 0 and print something.
 * - `json` blocks must parse, and a `$schema` they name must exist.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url).pathname;
const readme = readFileSync(join(root, "README.md"), "utf8");
const bin = join(root, "bin/cchc.cjs");

interface Block {
  line: number;
  language: string;
  code: string;
  marker: { run: true } | { run: false; reason: string } | null;
}

const MARKER = /^<!-- readme-test: (?:(run)|skip \((.+)\)) -->$/;

function blocks(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const close = lines.findIndex((line, j) => j > i && /^```\s*$/.test(line));
    if (close < 0) throw new Error(`README.md:${i + 1}: a code block is never closed`);
    let above = i - 1;
    while (above >= 0 && lines[above]!.trim() === "") above--;
    const marked = above >= 0 ? MARKER.exec(lines[above]!.trim()) : null;
    found.push({
      line: i + 1,
      language: open[1] ?? "",
      code: lines.slice(i + 1, close).join("\n"),
      marker: marked ? (marked[1] ? { run: true } : { run: false, reason: marked[2]! }) : null,
    });
    i = close;
  }
  return found;
}

/** A fresh folder holding what a clone holds for the examples: the fixtures, and `cchc` resolvable as a package. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "cchc-readme-"));
  symlinkSync(join(root, "fixtures"), join(dir, "fixtures"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(root.replace(/\/$/, ""), join(dir, "node_modules", "cchc"));
  return dir;
}

const all = blocks(readme);
const runnable = all.filter((block) => block.marker?.run === true);

describe("README.md", () => {
  it("marks every code block as run or skipped with a reason", () => {
    expect(all.length).toBeGreaterThan(5);
    const unmarked = all.filter((block) => block.marker === null).map((block) => `README.md:${block.line} (${block.language || "no language"})`);
    expect(unmarked, "code blocks without a <!-- readme-test: … --> line above them").toEqual([]);
  });

  it("stands alone: its links lead to files in the repository, none outside it", () => {
    // The real corpus (../shared/real) is the tests' and is named as such; the contract and design notes are not users'.
    expect(readme).not.toMatch(/CONTRACT\.md|DESIGN\.md/);
    expect(readme).not.toMatch(/\bthis machine\b/);
    for (const [, target] of readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      expect(existsSync(join(root, target!)), `README links to ${target}`).toBe(true);
    }
  });

  it("has blocks to run: the quick start, a batch, the library", () => {
    expect(runnable.map((block) => block.language)).toEqual(expect.arrayContaining(["sh", "js", "json"]));
  });

  describe.each(runnable.map((block) => [`line ${block.line} (${block.language})`, block] as const))("the block at %s", (_, block) => {
    it("runs as written", () => {
      const dir = workspace();
      switch (block.language) {
        case "sh": {
          const script = `set -euo pipefail\n${block.code.replace(/\bnpx cchc\b/g, `node ${JSON.stringify(bin)}`)}\n`;
          const run = spawnSync("bash", ["-c", script], { cwd: dir, encoding: "utf8", timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
          expect(run.status, `${block.code}\n${run.stderr}`).toBe(0);
          expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
          for (const [, path] of block.code.matchAll(/(?:^|\s)-o\s+(\S+)/g)) expect(existsSync(join(dir, path!)), `${path} written`).toBe(true);
          break;
        }
        case "js": {
          const named = /^\/\/\s*(\S+\.c?js)\s*$/m.exec(block.code.split("\n")[0]!);
          const file = join(dir, named ? named[1]! : "example.mjs");
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, block.code);
          const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8", timeout: 120_000 });
          expect(run.status, `${block.code}\n${run.stderr}`).toBe(0);
          expect(run.stderr).toBe("");
          expect(run.stdout.trim()).not.toBe("");
          break;
        }
        case "json": {
          const value = JSON.parse(block.code) as { $schema?: string };
          if (value.$schema) expect(existsSync(join(root, value.$schema)), `${value.$schema} exists`).toBe(true);
          break;
        }
        default:
          throw new Error(`README.md:${block.line}: no way to run a ${block.language || "plain"} block; mark it skip with a reason`);
      }
    });
  });
});
