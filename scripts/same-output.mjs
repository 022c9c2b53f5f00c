#!/usr/bin/env node
// Shows that a refactoring changed nothing users see: builds a git ref (default: main) in a temporary worktree, parses
// every fixture with that build and with the current one (dist/, run `npm run build` first), and compares the JSON and
// CSV outputs byte for byte. Exit 0 when all agree, 1 with one line per differing file otherwise.
//
//   node scripts/same-output.mjs [REF] [--no-scans] [--dir DIR …]
//
// --no-scans skips fixtures/scan (OCR: slow); --dir adds a folder of documents (e.g. ../shared/real).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const noScans = args.includes("--no-scans");
const dirs = [];
for (let i = 0; i < args.length; i++) if (args[i] === "--dir") dirs.push(resolve(args[++i]));
const ref = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--dir") ?? "main";

const INPUT = /\.(?:txt|md|markdown|html?|docx|pdf)$/i;
function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (INPUT.test(name) && name !== "README.md") out.push(path);
  }
  return out;
}
const fixtures = walk(join(root, "fixtures")).filter((p) => !(noScans && p.includes(`${join("fixtures", "scan")}`)));
const files = [...fixtures, ...dirs.flatMap(walk)];

const work = mkdtempSync(join(tmpdir(), "cchc-same-output-"));
const tree = join(work, "tree");
try {
  execFileSync("git", ["-C", root, "worktree", "add", "--detach", tree, ref], { stdio: ["ignore", "ignore", "inherit"] });
  symlinkSync(join(root, "node_modules"), join(tree, "node_modules"), "dir");
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: tree, stdio: "inherit" });

  const load = (dist) => import(pathToFileURL(join(dist, "index.js")).href);
  const before = await load(join(tree, "dist"));
  const after = await load(join(root, "dist"));
  const outputs = async (build, file) => {
    try {
      const doc = await build.parsePlan(file);
      return { json: build.formatJson([doc]), csv: build.formatCsv([doc]) };
    } catch (error) {
      return { json: `error: ${error.message}`, csv: "" };
    }
  };
  let differing = 0;
  for (const file of files) {
    const name = relative(root, file);
    const a = await outputs(before, file);
    const b = await outputs(after, file);
    const diff = [a.json !== b.json && "JSON", a.csv !== b.csv && "CSV"].filter(Boolean);
    if (diff.length) {
      differing += 1;
      console.log(`differs: ${name} (${diff.join(", ")})`);
    }
  }
  await before.releaseReaders?.();
  await after.releaseReaders?.();
  console.log(`${files.length - differing} of ${files.length} documents give the same JSON and CSV as ${ref}`);
  process.exitCode = differing ? 1 : 0;
} finally {
  execFileSync("git", ["-C", root, "worktree", "remove", "--force", tree], { stdio: "ignore" });
  rmSync(work, { recursive: true, force: true });
}
