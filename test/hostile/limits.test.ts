/**
 * --max-blocks and --max-columns: inputs that would build huge trees from small files are refused with the limit's
 * name (a LimitError), before the parser that would build the tree runs; raising the limit reads them. Also the
 * misnamed inputs that used to end as a quiet "0 tasks": text named .docx, .doc or .pdf.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { InputError, LimitError } from "../../src/errors.js";
import { readDocument } from "../../src/read/index.js";
import { limitsFrom } from "../../src/cli/limits.js";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { documentXml, makeDocx, wordParagraph } from "./make.js";

async function limitError(bytes: Uint8Array, path: string, limits = {}): Promise<LimitError> {
  try {
    await readDocument(bytes, { path, limits });
  } catch (error) {
    if (error instanceof LimitError) return error;
    throw error;
  }
  throw new Error("expected a LimitError");
}

describe("--max-blocks", () => {
  it("refuses a small DOCX of a million empty paragraphs before mammoth reads it", async () => {
    const docx = makeDocx(documentXml("<w:p/>".repeat(1_000_000)));
    expect(docx.length).toBeLessThan(200_000);
    const error = await limitError(docx, "million.docx");
    expect(error.message).toMatch(/more than 150000 paragraphs and table rows .*--max-blocks/);
  });

  it("counts a DOCX's paragraphs and rows against the limit given, and reads it when raised", async () => {
    const docx = makeDocx(documentXml(wordParagraph("KẾ HOẠCH") + `<w:tbl>${"<w:tr><w:tc><w:p/></w:tc></w:tr>".repeat(60)}</w:tbl>`));
    // 1 paragraph + 60 rows + 60 cell paragraphs.
    await limitError(docx, "rows.docx", { maxBlocks: 120 });
    const read = await readDocument(docx, { path: "rows.docx", limits: { maxBlocks: 121 } });
    expect(read.value.children.map((b) => b.type)).toEqual(["paragraph", "table"]);
  });

  it("refuses text of more non-blank lines than the limit, blank lines not counted", async () => {
    const text = Buffer.from("KẾ HOẠCH\n\n" + "Một dòng.\n\n".repeat(300));
    expect((await limitError(text, "plan.txt", { maxBlocks: 300 })).message).toMatch(/--max-blocks/);
    await expect(readDocument(text, { path: "plan.txt", limits: { maxBlocks: 301 } })).resolves.toBeDefined();
  });

  it("counts an HTML table's rows, not the paragraphs inside its cells", async () => {
    const html = Buffer.from(`<html><body><p>KẾ HOẠCH</p><table>${"<tr><td><p>a</p><p>b</p></td><td><p>c</p></td></tr>".repeat(50)}</table></body></html>`);
    await expect(readDocument(html, { path: "plan.html", limits: { maxBlocks: 51 } })).resolves.toBeDefined();
    expect((await limitError(html, "plan.html", { maxBlocks: 50 })).message).toMatch(/--max-blocks/);
  });
});

describe("--max-columns", () => {
  it("refuses a Markdown table of 5,000 columns from its delimiter row", async () => {
    const header = `|${Array.from({ length: 5000 }, (_, i) => `c${i}`).join("|")}|`;
    const md = Buffer.from(`# KẾ HOẠCH\n\n${header}\n|${"---|".repeat(5000)}\n|${"x|".repeat(5000)}\n`);
    expect((await limitError(md, "wide.md")).message).toMatch(/more than 1000 columns .*--max-columns/);
  });

  it("refuses a TAB row wider than the limit", async () => {
    const text = Buffer.from(`KẾ HOẠCH\n${Array.from({ length: 30 }, (_, i) => `ô ${i}`).join("\t")}\n`);
    expect((await limitError(text, "wide.txt", { maxColumns: 20 })).message).toMatch(/--max-columns/);
    await expect(readDocument(text, { path: "wide.txt", limits: { maxColumns: 30 } })).resolves.toBeDefined();
  });

  it("refuses HTML and DOCX tables whose grid grows wider than the limit (spans included)", async () => {
    const html = Buffer.from(`<table><tr><td colspan="40">a</td><td>b</td></tr></table>`);
    expect((await limitError(html, "wide.html", { maxColumns: 40 })).message).toMatch(/--max-columns/);
    const docx = makeDocx(documentXml(`<w:tbl><w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="30"/></w:tcPr><w:p/></w:tc>'.repeat(2)}</w:tr></w:tbl>`));
    expect((await limitError(docx, "wide.docx", { maxColumns: 50 })).message).toMatch(/--max-columns/);
    await expect(readDocument(docx, { path: "wide.docx", limits: { maxColumns: 60 } })).resolves.toBeDefined();
  });
});

describe("files named .doc that are not Word 97–2003 files keep the limits of the format their bytes are", () => {
  it("an HTML page saved as .doc: --max-blocks and --max-columns", async () => {
    const html = Buffer.from(`<html><body><p>KẾ HOẠCH</p><table>${"<tr><td>a</td></tr>".repeat(50)}</table></body></html>`);
    expect((await limitError(html, "web-page.doc", { maxBlocks: 50 })).message).toMatch(/--max-blocks/);
    const wide = Buffer.from(`<html><body><table><tr><td colspan="40">a</td><td>b</td></tr></table></body></html>`);
    expect((await limitError(wide, "web-page.doc", { maxColumns: 40 })).message).toMatch(/--max-columns/);
  });

  it("a DOCX renamed .doc: --max-blocks before mammoth, --max-decompressed", async () => {
    const docx = makeDocx(documentXml("<w:p/>".repeat(1_000_000)));
    expect((await limitError(docx, "renamed.doc")).message).toMatch(/--max-blocks/);
    expect((await limitError(docx, "renamed.doc", { maxDecompressedBytes: 1_000_000 })).message).toMatch(/--max-decompressed/);
  });

  it("an RTF file is refused from its first bytes, however large", async () => {
    const rtf = Buffer.concat([Buffer.from("{\\rtf1\\ansi "), Buffer.alloc(100 * 1024 * 1024, "x"), Buffer.from("}")]);
    const started = performance.now();
    await expect(readDocument(rtf, { path: "big.doc" })).rejects.toThrow(/an RTF file named \.doc/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("the limits are CLI options with their defaults", () => {
  it("parses --max-blocks and --max-columns and refuses nonsense", () => {
    const base = { maxSize: 200, maxPages: 2000, maxOcrPages: 200, maxDecompressed: 200, timeout: 600 };
    expect(limitsFrom({ ...base, maxBlocks: "5000", maxColumns: "64" })).toMatchObject({ maxBlocks: 5000, maxColumns: 64 });
    expect(() => limitsFrom({ ...base, maxBlocks: "many", maxColumns: 64 })).toThrow(/--max-blocks/);
    expect(() => limitsFrom({ ...base, maxBlocks: 10, maxColumns: 0 })).toThrow(/--max-columns/);
    expect(DEFAULT_LIMITS).toMatchObject({ maxBlocks: 150_000, maxColumns: 1000 });
  });
});

describe("files whose name says Word or PDF but whose bytes are text", () => {
  const root = new URL("../../", import.meta.url).pathname;
  const work = mkdtempSync(join(tmpdir(), "cchc-misnamed-"));

  beforeAll(() => {
    // Built once for the whole suite by test/global-setup.ts: building here again would rewrite dist/ while other
    // test files run it.
    expect(existsSync(join(root, "dist/cli/main.js"))).toBe(true);
  });

  it("parsePlan refuses them with one line", async () => {
    for (const name of ["notes.docx", "notes.doc", "notes.pdf"]) {
      await expect(parsePlan(Buffer.from("this is not a zip file"), { path: name })).rejects.toThrow(InputError);
    }
  });

  it("the CLI exits 2 with one line naming the file", () => {
    const file = join(work, "notes.docx");
    writeFileSync(file, "this is not a zip file\n");
    const result = spawnSync(process.execPath, [join(root, "bin/cchc.cjs"), "parse", file], { encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toEqual([`cchc: ${file}: not a plan document: the file is plain text but named .docx; rename it .txt if it is a plan`]);
  });
});
