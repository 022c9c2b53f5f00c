/**
 * Heavy libraries load only when their format appears: a text plan never loads pdf.js, mammoth, tesseract.js or the
 * zip reader (they would double the start-up of `cchc parse plan.txt`, see the README's Performance section). The CLI
 * runs as a user runs it, with a module-resolution hook that records every package it imports.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/cchc.cjs");
const HEAVY = /node_modules\/(pdfjs-dist|pdf-parse|mammoth|tesseract\.js|@napi-rs\/canvas|jszip)\//;

/** The node_modules packages the CLI imported while parsing `file`. */
function importedPackages(file: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "cchc-lazy-"));
  const log = join(dir, "imports.log");
  const hooks = join(dir, "hooks.mjs");
  writeFileSync(
    hooks,
    `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, result.url + "\\n");
  return result;
}
`,
  );
  const register = join(dir, "register.mjs");
  writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  writeFileSync(log, "");
  // Through NODE_OPTIONS, so that the worker process a PDF or DOCX is parsed in (src/cli/parse-run.ts) records too.
  const env = { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(register).href}` };
  const result = spawnSync(process.execPath, [bin, "parse", file, "-q"], { encoding: "utf8", cwd: root, env });
  expect(result.status).toBe(0);
  return readFileSync(log, "utf8")
    .split("\n")
    .filter((url) => HEAVY.test(url))
    .map((url) => HEAVY.exec(url)![1]!);
}

describe("lazy loading", () => {
  it("parses a text plan without loading pdf.js, mammoth, tesseract.js or jszip", () => {
    expect(importedPackages(join(root, "fixtures/plans/004_b6c2931c4fda3fce.txt"))).toEqual([]);
  });
  it("loads pdf.js for a PDF (the hook does see the imports)", () => {
    const packages = importedPackages(join(root, "fixtures/pdf/003_9a23d4ea0e0477f2.a.pdf"));
    expect(packages).toContain("pdfjs-dist");
    expect(packages).not.toContain("mammoth");
    expect(packages).not.toContain("tesseract.js");
  });
});
