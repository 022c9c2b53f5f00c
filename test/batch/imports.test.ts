/** The batch, check and CLI layers talk only downward (issue 16): checked on the import statements themselves. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const src = new URL("../../src/", import.meta.url).pathname;

/** Every module specifier imported (statically or by `import(…)`) by the .ts files under `folder`, by file. */
function imports(folder: string): { file: string; specifier: string; dynamic: boolean }[] {
  const found: { file: string; specifier: string; dynamic: boolean }[] = [];
  for (const name of readdirSync(join(src, folder), { recursive: true }) as string[]) {
    if (!name.endsWith(".ts")) continue;
    const file = `${folder}/${name}`;
    const text = readFileSync(join(src, file), "utf8");
    for (const match of text.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)) found.push({ file, specifier: match[1]!, dynamic: false });
    for (const match of text.matchAll(/import\(\s*"([^"]+)"\s*\)/g)) found.push({ file, specifier: match[1]!, dynamic: true });
  }
  return found;
}

describe("import rules", () => {
  it("batch/ imports nothing from cli/", () => {
    expect(imports("batch").filter((i) => i.specifier.includes("/cli/"))).toEqual([]);
  });
  it("check/ imports nothing from batch/ or cli/", () => {
    expect(imports("check").filter((i) => /\/(batch|cli)\//.test(i.specifier))).toEqual([]);
  });
  it("the batch worker does not import the lint rules (they come by a module URL)", () => {
    expect(imports("batch").filter((i) => i.file === "batch/worker.ts" && /check\/(lint|rules)/.test(i.specifier))).toEqual([]);
  });
  it("every exit code is decided in cli/exit.ts", () => {
    const deciding = (readdirSync(src, { recursive: true }) as string[])
      .filter((name) => name.endsWith(".ts") && name !== join("cli", "exit.ts"))
      .filter((name) => /\bEXIT_(OK|FINDINGS|FAILURE|INTERRUPTED)\s*=|\bexitCodeOf\b/.test(readFileSync(join(src, name), "utf8")));
    expect(deciding).toEqual([]);
  });
});
