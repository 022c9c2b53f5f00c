/**
 * The CLI as a user runs it: the built `bin/cchc.cjs` (npm test builds first), stdout data, stderr messages, exit codes.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planDocumentSchema } from "../../src/schema/plan.js";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/cchc.cjs");
const seed = join(root, "fixtures/plans/001_cf13d097df470f82.txt");

function cchc(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: root });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("cchc parse", () => {
  it("prints a valid document as JSON on stdout and nothing else", () => {
    const { code, stdout, stderr } = cchc("parse", seed);
    expect(code).toBe(0);
    const document = planDocumentSchema.parse(JSON.parse(stdout));
    expect(document.meta.number).toBe("192/KH-UBND");
    // 40 appendix rows and 3 duties assigned by agency in section IV.
    expect(document.tasks).toHaveLength(43);
    expect(stderr).toBe("");
  });
  it("writes CSV with a BOM and one line per task", () => {
    const { code, stdout } = cchc("parse", seed, "--format", "csv");
    expect(code).toBe(0);
    expect(stdout.startsWith("\ufefffile,meta.number,meta.issuer,meta.year,id,origin,kind,table,table.title,area,")).toBe(true);
    expect(stdout.trimEnd().split("\r\n")).toHaveLength(44);
  });
  it("writes -o atomically and jsonl on one line", () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-"));
    const out = join(dir, "plan.jsonl");
    expect(cchc("parse", seed, "-f", "jsonl", "-o", out).code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(text).schemaVersion).toBe("2");
  });
  it("fails with one line and exit 2 on a missing, empty or binary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-"));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const binary = join(dir, "garbage.txt");
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    for (const [file, reason] of [
      [join(dir, "missing.txt"), "no such file"],
      [empty, "empty file"],
      [binary, "binary content"],
    ] as const) {
      const { code, stdout, stderr } = cchc("parse", file);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toContain(file);
      expect(stderr).toContain(reason);
    }
  });
  it("rejects bad usage with exit 2", () => {
    expect(cchc("parse", seed, "--format", "xml").code).toBe(2);
    expect(cchc("nonsense").code).toBe(2);
    expect(cchc("parse", seed, "--max-size", "-1").code).toBe(2);
  });
});

describe("cchc schema, --version, --help", () => {
  it("prints the JSON Schema generated from the Zod schema", () => {
    const { code, stdout } = cchc("schema");
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.properties.tasks.items.properties.deadline.properties.recurrence).toBeDefined();
  });
  it("prints the version and help", () => {
    expect(cchc("--version").stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
    const help = cchc("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("parse");
  });
  it("writes the same bytes when stdout is a file (written directly) as through a pipe", () => {
    const large = join(root, "fixtures/plans/004_b6c2931c4fda3fce.txt");
    const target = join(mkdtempSync(join(tmpdir(), "cchc-stdout-")), "out.json");
    const descriptor = openSync(target, "w");
    try {
      const toFile = spawnSync(process.execPath, [bin, "parse", large], { stdio: ["ignore", descriptor, "pipe"], cwd: root });
      expect(toFile.status).toBe(0);
    } finally {
      closeSync(descriptor);
    }
    const piped = cchc("parse", large);
    const written = readFileSync(target, "utf8");
    expect(written.length).toBeGreaterThan(100_000);
    expect(written).toBe(piped.stdout);
  });
  it("ends quietly when the reader closes the pipe early (| head)", () => {
    const large = join(root, "fixtures/plans/004_b6c2931c4fda3fce.txt");
    const result = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" parse "${large}" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("0");
  });
});
