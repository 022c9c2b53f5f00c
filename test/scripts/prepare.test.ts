/**
 * scripts/prepare.mjs, run in a throw-away project whose `build` script only leaves a mark: it builds when there is no
 * stamp, when the stamp names another Node, and when an input is newer than the stamp; it skips otherwise.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = mkdtempSync(join(tmpdir(), "cchc-prepare-"));
const mark = join(root, "built.mark");
const stamp = join(root, "dist", "bundle", "built-by.json");
afterAll(() => rmSync(root, { recursive: true, force: true }));

mkdirSync(join(root, "scripts"));
mkdirSync(join(root, "src"));
mkdirSync(join(root, "dist", "bundle"), { recursive: true });
copyFileSync(new URL("../../scripts/prepare.mjs", import.meta.url), join(root, "scripts", "prepare.mjs"));
writeFileSync(join(root, "package.json"), JSON.stringify({ name: "x", private: true, scripts: { build: `node -e "require('fs').writeFileSync('built.mark', '')"` } }));
writeFileSync(join(root, "src", "a.ts"), "export {};\n");

/** Runs prepare as npm would (with npm's own path in the environment when there is one) and says whether it built. */
function prepare(): boolean {
  rmSync(mark, { force: true });
  execFileSync(process.execPath, ["scripts/prepare.mjs"], { cwd: root, stdio: "pipe" });
  return existsSync(mark);
}

function writeStamp(node: string, at: Date): void {
  writeFileSync(stamp, JSON.stringify({ node }));
  utimesSync(stamp, at, at);
}

describe("prepare", () => {
  const past = new Date(Date.now() - 3_600_000);
  const future = new Date(Date.now() + 3_600_000);

  it("builds when dist/ has no stamp", () => {
    expect(prepare()).toBe(true);
  });

  it("skips the build when the stamp is this Node's and newer than every input", () => {
    writeStamp(process.version, future);
    expect(prepare()).toBe(false);
  });

  it("builds when the stamp names another Node (its code cache would be refused)", () => {
    writeStamp("v0.0.0", future);
    expect(prepare()).toBe(true);
  });

  it("builds when a source file is newer than the stamp", () => {
    writeStamp(process.version, past);
    expect(prepare()).toBe(true);
  });
});
