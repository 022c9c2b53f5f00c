import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { listZipEntries, ZipEntryReader } from "../../src/batch/zip.js";
import { InputError, LimitError } from "../../src/errors.js";

async function archive() {
  const path = join(mkdtempSync(join(tmpdir(), "cchc-zip-")), "plans.zip");
  const zip = new JSZip();
  zip.file("a.txt", "Kế hoạch số 1");
  // 2 MB of one letter deflates to a few kB: a small bomb.
  zip.file("big.txt", "a".repeat(2 * 1024 * 1024));
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return path;
}

describe("zip archives", () => {
  it("lists entries and reads one into a buffer of its own", async () => {
    const path = await archive();
    expect(await listZipEntries(path)).toEqual({ entries: ["a.txt", "big.txt"] });
    const reader = new ZipEntryReader();
    const bytes = await reader.read(path, "a.txt", 1024);
    expect(Buffer.from(bytes).toString("utf8")).toBe("Kế hoạch số 1");
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });
  it("stops inflating at the size limit", async () => {
    const path = await archive();
    const reader = new ZipEntryReader();
    await expect(reader.read(path, "big.txt", 64 * 1024)).rejects.toThrow(LimitError);
    await expect(reader.read(path, "big.txt", 64 * 1024)).rejects.toThrow(/--max-size/);
    expect((await reader.read(path, "big.txt", 4 * 1024 * 1024)).byteLength).toBe(2 * 1024 * 1024);
  });
  it("reports unreadable archives and missing entries", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-zip-"));
    writeFileSync(join(dir, "bad.zip"), "PK but not really");
    expect(await listZipEntries(join(dir, "bad.zip"))).toHaveProperty("problem");
    expect(await listZipEntries(join(dir, "none.zip"))).toEqual({ problem: "no such file" });
    await expect(new ZipEntryReader().read(await archive(), "nope.txt", 10)).rejects.toThrow(InputError);
  });
});
