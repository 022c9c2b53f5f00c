import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { commonFolder, discoverInputs, globBase, isPlanPath, unsafeEntryName } from "../../src/batch/discover.js";

async function tree() {
  const root = mkdtempSync(join(tmpdir(), "cchc-discover-"));
  for (const dir of ["archive/2024/huyen", "archive/2023", "other"]) mkdirSync(join(root, dir), { recursive: true });
  const files: Record<string, string> = {
    "archive/2024/huyen/kh-01.txt": "x",
    "archive/2024/kh-tinh.PDF": "x",
    "archive/2024/notes.json": "x",
    "archive/2023/kh.docx": "x",
    "archive/2023/page.html": "x",
    "archive/2023/page.htm": "x",
    "archive/2023/readme.md": "x",
    "archive/2023/script.py": "x",
    "other/b.txt": "x",
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  // A loop back up the tree and a second name for a plan: neither may hang the walk or duplicate the plan.
  symlinkSync("../..", join(root, "archive/2024/huyen/loop"));
  symlinkSync("kh-01.txt", join(root, "archive/2024/huyen/same.txt"));
  const zip = new JSZip();
  zip.file("ke-hoach/a.txt", "plan a");
  zip.file("ke-hoach/b.md", "plan b");
  zip.file("image.png", "png");
  zip.file("inner.zip", "zip");
  zip.file("../evil.txt", "escape");
  zip.file("/abs.txt", "absolute");
  writeFileSync(join(root, "archive/2024/bundle.zip"), await zip.generateAsync({ type: "nodebuffer" }));
  return root;
}

describe("discoverInputs", () => {
  it("walks folders recursively, keeps plan formats, counts the rest, follows links once", async () => {
    const root = await tree();
    const { items, ignored } = await discoverInputs(["archive"], { cwd: root });
    const plain = items.filter((i) => !i.problem).map((i) => i.relative);
    expect(plain).toEqual([
      "2023/kh.docx",
      "2023/page.htm",
      "2023/page.html",
      "2023/readme.md",
      "2024/bundle.zip/ke-hoach/a.txt",
      "2024/bundle.zip/ke-hoach/b.md",
      "2024/huyen/kh-01.txt",
      "2024/kh-tinh.PDF",
    ]);
    // notes.json, script.py; in the archive image.png and the nested inner.zip
    expect(ignored).toBe(4);
    const refused = items.filter((i) => i.problem);
    expect(refused.map((i) => i.display).sort()).toEqual(["archive/2024/bundle.zip/../evil.txt", "archive/2024/bundle.zip//abs.txt"]);
    expect(refused[0]!.problem).toContain("refused");
    const entry = items.find((i) => i.relative === "2024/bundle.zip/ke-hoach/a.txt")!;
    expect(entry.source).toEqual({ kind: "zip", zipPath: "archive/2024/bundle.zip", entry: "ke-hoach/a.txt" });
    expect(entry.display).toBe("archive/2024/bundle.zip/ke-hoach/a.txt");
  });
  it("names plans from the folder holding all the inputs, for files, folders and globs", async () => {
    const root = await tree();
    const mixed = await discoverInputs(["archive/2023/kh.docx", "other", "archive/2024/huyen/*.txt"], { cwd: root });
    expect(mixed.items.map((i) => i.relative)).toEqual(["archive/2023/kh.docx", "archive/2024/huyen/kh-01.txt", "other/b.txt"]);
    expect(mixed.items.map((i) => i.display)).toEqual(["archive/2023/kh.docx", "archive/2024/huyen/kh-01.txt", "other/b.txt"]);
    const single = await discoverInputs(["archive/2023/kh.docx"], { cwd: root });
    expect(single.items.map((i) => i.relative)).toEqual(["kh.docx"]);
  });
  it("reports a missing input as a plan that cannot be read", async () => {
    const root = await tree();
    const { items } = await discoverInputs(["archive/2023/kh.docx", "archive/missing.txt"], { cwd: root });
    expect(items.map((i) => [i.relative, i.problem])).toEqual([
      ["2023/kh.docx", undefined],
      ["missing.txt", "no such file"],
    ]);
  });
  it("takes word-processor files the readers refuse (.rtf, .odt, .mht) as inputs, on disk and in archives, not as ignored", async () => {
    const root = mkdtempSync(join(tmpdir(), "cchc-discover-"));
    for (const name of ["kh-2023.rtf", "kh-2024.ODT", "kh-web.mht", "kh.txt", "bang.xlsx"]) writeFileSync(join(root, name), "x");
    const zip = new JSZip();
    zip.file("cu/kh-2022.rtf", "x");
    zip.file("cu/anh.png", "x");
    writeFileSync(join(root, "luu-tru.zip"), await zip.generateAsync({ type: "nodebuffer" }));
    const { items, ignored } = await discoverInputs([root]);
    expect(items.map((i) => [i.relative, i.problem])).toEqual([
      ["kh-2023.rtf", undefined],
      ["kh-2024.ODT", undefined],
      ["kh-web.mht", undefined],
      ["kh.txt", undefined],
      ["luu-tru.zip/cu/kh-2022.rtf", undefined],
    ]);
    // bang.xlsx, and anh.png in the archive
    expect(ignored).toBe(2);
  });
  it("reports an archive that is not a zip", async () => {
    const root = await tree();
    writeFileSync(join(root, "other/broken.zip"), "not a zip at all");
    const { items } = await discoverInputs(["other"], { cwd: root });
    expect(items.find((i) => i.relative === "broken.zip")?.problem).toMatch(/not a readable zip/);
  });
});

describe("discovery helpers", () => {
  it("tells plan extensions, glob bases, common folders and unsafe entry names", () => {
    expect(["a.PDF", "b.docx", "c.htm", "d.md"].every(isPlanPath)).toBe(true);
    expect(isPlanPath("e.doc")).toBe(true);
    expect(isPlanPath("e.xls")).toBe(false);
    expect(globBase("fixtures/**/*.txt")).toBe("fixtures");
    expect(globBase("*.txt")).toBe(".");
    expect(globBase("/data/plans/{a,b}/*.md")).toBe("/data/plans");
    expect(commonFolder(["/a/b/c", "/a/b/d/e", "/a/b"])).toBe("/a/b");
    expect(commonFolder(["/x", "/y"])).toBe("/");
    expect(["../a.txt", "a/../../b.txt", "/etc/passwd", "C:\\x.txt", "a\\..\\..\\b.txt"].every(unsafeEntryName)).toBe(true);
    expect(["a.txt", "dir/b..c.txt", "..a.txt"].some(unsafeEntryName)).toBe(false);
  });
});
