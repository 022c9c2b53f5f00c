/**
 * The Word 97–2003 reader. The .doc fixtures are the DOCX fixtures saved by LibreOffice (fixtures/make/
 * make-doc-fixtures.sh), so each must give the blocks the DOCX reader gives for its .docx; the expectations on the
 * cases restate what the documents hold (see test/read/docx.test.ts, which reads the same documents).
 */
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { type Block, type Cell, type DocumentModel, type Table, cellText } from "../../src/model/types.js";
import { readDoc } from "../../src/read/doc.js";
import { readDocx } from "../../src/read/docx.js";
import { readDocument } from "../../src/read/index.js";
import { checkCompoundFile } from "../../src/read/doc/container.js";
import { legacyFontOf } from "../../src/read/legacy-font.js";
import { InputError, LimitError } from "../../src/errors.js";
import { DEFAULT_LIMITS } from "../../src/limits.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const docDir = join(root, "fixtures", "doc");
const casesDir = join(root, "fixtures", "docx-cases");
const realDir = process.env.CCHC_REAL ?? join(root, "..", "shared", "real");

interface CfbEntry {
  name: string;
  content: Uint8Array;
}
interface CfbContainer {
  FileIndex: CfbEntry[];
  FullPaths: string[];
}
interface Cfb {
  read(data: Uint8Array, options: { type: "buffer" }): CfbContainer;
  write(container: CfbContainer, options: { type: "buffer" }): Buffer;
  find(container: CfbContainer, path: string): CfbEntry | null;
  utils: { cfb_new(): CfbContainer; cfb_add(container: CfbContainer, path: string, content: Uint8Array): void };
}
const CFB = createRequire(import.meta.url)("cfb") as Cfb;

const options = { maxStreamBytes: DEFAULT_LIMITS.maxDecompressedBytes, maxBlocks: DEFAULT_LIMITS.maxBlocks, maxColumns: DEFAULT_LIMITS.maxColumns };
const readDocFile = async (path: string) => readDoc(await readFile(path), options);

function tables(doc: DocumentModel): Table[] {
  return doc.children.filter((b): b is Table => b.type === "table");
}

function cellAt(table: Table, row: number, column: number): Cell {
  const found = table.rows[row]?.cells[column];
  if (!found) throw new Error(`no cell at ${row},${column}`);
  return found;
}

function texts(blocks: Block[]): string[] {
  return blocks.map((b) => (b.type === "table" ? `[table ${b.rows.length}×${b.rows[0]?.cells.length ?? 0}]` : b.type === "pageBreak" ? "[page]" : b.lines.join(" / ")));
}

/** A compound file holding the given streams, as the application that owns them would write it. */
function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, `/${name}`, content);
  return new Uint8Array(CFB.write(container, { type: "buffer" }));
}

/** A fixture with its WordDocument stream changed by `edit` (the File Information Block sits at its start). */
async function withWordStream(name: string, edit: (word: Buffer) => void): Promise<Uint8Array> {
  const container = CFB.read(await readFile(join(docDir, name)), { type: "buffer" });
  const word = CFB.find(container, "WordDocument");
  if (!word) throw new Error("no WordDocument stream");
  const copy = Buffer.from(word.content);
  edit(copy);
  word.content = copy;
  return new Uint8Array(CFB.write(container, { type: "buffer" }));
}

async function readError(bytes: Uint8Array, path = "plan.doc"): Promise<InputError> {
  try {
    await readDocument(bytes, { path });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

/**
 * Blocks without page breaks and positions. LibreOffice saves a page break inside a paragraph (body.docx) as two
 * paragraphs, the second with "page break before", a paragraph property that neither Word reader turns into a block.
 */
function withoutPageBreaks(blocks: Block[]): unknown {
  return JSON.parse(JSON.stringify(blocks.filter((b) => b.type !== "pageBreak"), (key, value: unknown) => (key === "position" ? undefined : value)));
}

describe("the .doc of each DOCX case gives the DOCX reader's blocks", () => {
  for (const name of ["body", "header-table", "merged-table", "fields"]) {
    it(`${name}.doc`, async () => {
      const fromDoc = await readDocFile(join(docDir, `${name}.doc`));
      const fromDocx = await readDocx(await readFile(join(casesDir, `${name}.docx`)));
      expect(fromDoc.value.source.format).toBe("doc");
      if (name === "body") expect(withoutPageBreaks(fromDoc.value.children)).toEqual(withoutPageBreaks(fromDocx.value.children));
      else expect(fromDoc.value.children).toEqual(fromDocx.value.children);
      // The same findings, under the format's own code prefix.
      expect(fromDoc.diagnostics.map((d) => d.code.replace(/^doc\./, ""))).toEqual(fromDocx.diagnostics.map((d) => d.code.replace(/^docx\./, "")));
    });
  }
});

describe("merged-table.doc: cell and row marks, merges from the row properties", async () => {
  const { value: doc, diagnostics } = await readDocFile(join(docDir, "merged-table.doc"));
  const [table] = tables(doc);
  if (!table) throw new Error("no table");

  it("reads six rows of six columns between the paragraphs around the table", () => {
    expect(doc.children.map((b) => b.type)).toEqual(["paragraph", "table", "paragraph"]);
    expect(table.rows.map((r) => r.cells.length)).toEqual([6, 6, 6, 6, 6, 6]);
    expect(table.rows.map((r) => r.isHeader)).toEqual([true, true, false, false, false, false]);
  });

  it("spans a cell over the grid columns between its edges", () => {
    expect(cellAt(table, 0, 3).colSpan).toBe(2);
    expect(cellAt(table, 0, 4).merged).toBe("left");
    expect(cellText(cellAt(table, 1, 3))).toBe("Bắt đầu");
    expect(cellAt(table, 2, 1).colSpan).toBe(5);
    expect(cellText(cellAt(table, 2, 5))).toBe("Cải cách thể chế");
  });

  it("merges cells down from the vertical-merge flags", () => {
    expect(cellAt(table, 0, 0).rowSpan).toBe(2);
    expect(cellAt(table, 1, 0).merged).toBe("above");
    expect(cellAt(table, 3, 2).rowSpan).toBe(3);
    for (const r of [4, 5]) expect(cellText(cellAt(table, r, 2))).toBe("Sở Tư pháp");
    expect(cellText(cellAt(table, 5, 5))).toBe("Đơn vị Phối hợp");
  });

  it("keeps a cell's paragraphs apart and flattens the nested table row by row", () => {
    expect(cellAt(table, 3, 1).content.map((p) => p.lines)).toEqual([["Rà soát văn bản QPPL"], ["Báo cáo kết quả rà soát"]]);
    expect(cellAt(table, 4, 5).content.map((p) => p.lines.join(" "))).toEqual(["Các sở", "Sở Nội vụ | Quý I", "Sở Tài chính | Quý II"]);
    expect(diagnostics.some((d) => d.code === "doc.nested-table")).toBe(true);
  });
});

describe("tracked.doc: revisions, comments, text boxes", async () => {
  const { value: doc } = await readDocFile(join(docDir, "tracked.doc"));
  const lines = texts(doc.children);

  it("keeps inserted text and drops deleted text", () => {
    expect(lines).toContain("Nội dung được thêm cuối câu.");
  });

  it("joins a paragraph whose mark was deleted to the next", () => {
    expect(lines).toContain("Nửa đầu nửa sau.");
  });

  it("keeps the commented text without the comment", () => {
    expect(lines).toContain("Văn bản có bình luận.");
    expect(lines.join("\n")).not.toMatch(/Bình luận của|comment/i);
  });

  it("puts a text box's paragraphs after the paragraph holding its anchor", () => {
    const at = lines.indexOf("Đoạn có hộp chữ.");
    expect(lines.slice(at, at + 3)).toEqual(["Đoạn có hộp chữ.", "Chữ trong hộp", "Đoạn sau hộp chữ."]);
  });
});

describe("legacy-font.doc: text stored in TCVN3 and VNI font encodings", () => {
  it("converts runs by their font (.VnTime → TCVN3, VNI-Times → VNI) and leaves Unicode runs alone", async () => {
    const { value: doc } = await readDocFile(join(docDir, "legacy-font.doc"));
    expect(texts(doc.children)).toEqual([
      "ủy ban nhân dân tỉnh lâm đồng",
      "kế hoạch cải cách hành chính năm 2026",
      "Sở Nội vụ chủ trì, phối hợp với các sở, ngành triển khai thực hiện.",
      "Ủy ban nhân dân tỉnh Lâm Đồng",
    ]);
  });

  it("names the fonts of each encoding", () => {
    expect([".VnTime", ".VnTimeH", "VnArial", "VNI-Times", "VNI Helve", "Times New Roman", "Verdana"].map(legacyFontOf)).toEqual(["tcvn3", "tcvn3", "tcvn3", "vni", "vni", null, null]);
  });
});

describe("refusals, one line each", () => {
  it("an Excel 97 workbook", async () => {
    const error = await readError(await readFile(join(docDir, "not-word.xls")), "plan.xls");
    expect(error.message).toMatch(/^not a plan document: an Excel workbook/);
  });

  it("PowerPoint, Outlook and password-protected Office files, by the streams their applications write", async () => {
    const bytes = (name: string) => compoundFile({ [name]: new Uint8Array(5000).fill(1) });
    expect((await readError(bytes("PowerPoint Document"), "x.ppt")).message).toMatch(/PowerPoint presentation/);
    expect((await readError(bytes("__properties_version1.0"), "x.msg")).message).toMatch(/Outlook message/);
    expect((await readError(bytes("EncryptedPackage"), "x.docx")).message).toMatch(/password-protected Office file/);
    expect((await readError(bytes("Something"), "x.doc")).message).toMatch(/no Word document in it/);
  });

  it("a password-protected .doc (fEncrypted in the File Information Block)", async () => {
    const bytes = await withWordStream("body.doc", (word) => word.writeUInt16LE(word.readUInt16LE(0x0a) | 0x0100, 0x0a));
    expect((await readError(bytes)).message).toMatch(/^a password-protected \.doc: .*save it as \.docx$/);
  });

  it("a Word 6.0/95 document (nFib below Word 97's)", async () => {
    const bytes = await withWordStream("body.doc", (word) => word.writeUInt16LE(0x65, 2));
    expect((await readError(bytes)).message).toMatch(/Word 6\.0\/95/);
  });

  it("text named .doc, .docx or .pdf; but an HTML page saved as .doc is read as HTML", async () => {
    const text = Buffer.from("KẾ HOẠCH\nCải cách hành chính năm 2026\n");
    for (const name of ["plan.doc", "plan.docx", "plan.pdf"]) expect((await readError(text, name)).message).toMatch(/plain text but named \.(doc|docx|pdf)/);
    const html = await readDocument(Buffer.from("<html><body><p>KẾ HOẠCH</p><p>Cải cách hành chính</p></body></html>"), { path: "saved-as-web-page.doc" });
    expect(html.value.source.format).toBe("html");
    expect(texts(html.value.children)).toEqual(["KẾ HOẠCH", "Cải cách hành chính"]);
  });
});

describe("word-processor files under a .doc name: told by their bytes, refused with what they are", () => {
  const variants = join(root, "fixtures", "doc-variants");
  const variant = (name: string) => readFile(join(variants, name));
  const save = "; open it in Word or LibreOffice and save it as .docx";

  it("RTF, under its own name, renamed .doc or .txt, and without a name", async () => {
    const rtf = await variant("header-table.rtf");
    expect((await readError(rtf, "plan.rtf")).message).toBe(`not a plan document: an RTF file${save}`);
    expect((await readError(await variant("header-table.rtf.doc"), "plan.doc")).message).toBe(`not a plan document: an RTF file named .doc${save}`);
    expect((await readError(rtf, "plan.txt")).message).toBe(`not a plan document: an RTF file named .txt${save}`);
    expect((await readError(rtf, "")).message).toBe(`not a plan document: an RTF file${save}`);
    // Pictures make an RTF file binary (\bin data); the opening `{\rtf` still tells it.
    const withBinary = Buffer.concat([Buffer.from("{\\rtf1\\ansi {\\pict\\bin6 "), Buffer.from([0, 1, 2, 0, 0, 3]), Buffer.from("}}")]);
    expect((await readError(withBinary, "plan.doc")).message).toMatch(/^not a plan document: an RTF file named \.doc/);
  });

  it("Word 2003 XML renamed .doc", async () => {
    expect((await readError(await variant("header-table.word-xml.doc"), "plan.doc")).message).toBe(
      `not a plan document: a Word XML document (Word 2003 XML or flat XML) named .doc${save}`,
    );
  });

  it("a web archive (Word's Single File Web Page) renamed .doc", async () => {
    const mhtml = Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01DA"\r\n\r\nThis document is a Single File Web Page.\r\n');
    expect((await readError(mhtml, "plan.doc")).message).toMatch(/^not a plan document: a web archive .* named \.doc; open it in Word/);
    const savedByExplorer = Buffer.from(`From: <Saved by Windows Internet Explorer 8>\r\nSubject: KE HOACH\r\n${mhtml.toString()}`);
    expect((await readError(savedByExplorer, "plan.mht")).message).toMatch(/^not a plan document: a web archive \(Word's "Single File Web Page", \.mht\); open it in Word/);
  });

  it("an OpenDocument text renamed .doc", async () => {
    expect((await readError(await variant("header-table.odt.doc"), "plan.doc")).message).toBe(
      "not a plan document: an OpenDocument text file (.odt); open it in LibreOffice and save it as .docx",
    );
  });

  it("a password-protected DOCX (an OLE file of EncryptionInfo and EncryptedPackage), under its name and as .doc", async () => {
    const encrypted = await variant("header-table.encrypted.docx");
    for (const name of ["plan.docx", "plan.doc"]) {
      expect((await readError(encrypted, name)).message).toMatch(/^not a plan document: a password-protected Office file .*save it as \.docx$/);
    }
  });

  it("an HTML page saved as .doc numbers <ol type> lists as a browser draws them", async () => {
    const html = Buffer.from(
      '<html><body><ol type="I"><li><p>MỤC ĐÍCH</p></li></ol><ol type="I" start="4"><li><p>NHIỆM VỤ</p>' +
        '<ol type="a"><li><p>Rà soát</p></li><li><p>Công khai</p></li></ol></li></ol><ol type="i" start="9"><li>Chín</li></ol><ol type="A" start="27"><li>AA</li></ol><ol><li>Một</li></ol></body></html>',
    );
    const read = await readDocument(html, { path: "web-page.doc" });
    const markers = read.value.children.map((block) => (block.type === "paragraph" || block.type === "heading" ? `${"marker" in block ? block.marker : ""} ${block.lines.join(" ")}` : block.type));
    expect(markers).toEqual(["I. MỤC ĐÍCH", "IV. NHIỆM VỤ", "a. Rà soát", "b. Công khai", "ix. Chín", "AA. AA", "1. Một"]);
  });
});

describe("hostile compound files are refused before cfb reads them", () => {
  /** The first FAT sector's offset and a stream's first sector, from the header and the directory. */
  function layout(bytes: Uint8Array, streamName: string): { fatAt: number; start: number; entryAt: number } {
    const view = Buffer.from(bytes);
    const fatAt = (view.readInt32LE(0x4c) + 1) * 512;
    const directoryAt = (view.readInt32LE(0x30) + 1) * 512;
    for (let at = directoryAt; at < directoryAt + 512 * 4; at += 128) {
      const name = view.toString("utf16le", at, at + Math.max(0, view.readUInt16LE(at + 64) - 2));
      if (name === streamName) return { fatAt, start: view.readInt32LE(at + 116), entryAt: at };
    }
    throw new Error(`no ${streamName}`);
  }

  it("a stream's sector chain that loops back on itself", async () => {
    const bytes = new Uint8Array(await readFile(join(docDir, "body.doc")));
    const { fatAt, start } = layout(bytes, "WordDocument");
    Buffer.from(bytes.buffer, bytes.byteOffset).writeInt32LE(start, fatAt + start * 4);
    expect(() => checkCompoundFile(bytes, 1e9)).toThrow(/loops or overlaps/);
    expect((await readError(bytes)).message).toMatch(/^not a readable \.doc: damaged compound file/);
  });

  it("two streams sharing sectors (a small file claiming far more than it holds)", async () => {
    const bytes = new Uint8Array(await readFile(join(docDir, "body.doc")));
    const word = layout(bytes, "WordDocument");
    const table = layout(bytes, "1Table");
    Buffer.from(bytes.buffer, bytes.byteOffset).writeInt32LE(word.start, table.entryAt + 116);
    Buffer.from(bytes.buffer, bytes.byteOffset).writeUInt32LE(20_000, table.entryAt + 120);
    expect(() => checkCompoundFile(bytes, 1e9)).toThrow(/loops or overlaps/);
  });

  it("a stream larger than --max-decompressed is a LimitError naming the flag", async () => {
    const bytes = await readFile(join(docDir, "body.doc"));
    const error = (() => {
      try {
        checkCompoundFile(bytes, 1000);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(LimitError);
    expect((error as LimitError).message).toMatch(/--max-decompressed/);
  });

  it("truncated files and garbage after the signature", async () => {
    const bytes = await readFile(join(docDir, "body.doc"));
    for (const cut of [100, 600, 5000, bytes.length - 700]) {
      await expect(readDocument(bytes.subarray(0, cut), { path: "cut.doc" })).rejects.toBeInstanceOf(InputError);
    }
    const garbage = Buffer.alloc(4096, 0x41);
    bytes.copy(garbage, 0, 0, 8);
    await expect(readDocument(garbage, { path: "garbage.doc" })).rejects.toBeInstanceOf(InputError);
  });
});

describe("--max-blocks counts a .doc's paragraphs and rows as it reads them", () => {
  it("refuses the 004 plan with a limit of 100 blocks, naming the flag", async () => {
    await expect(readDoc(await readFile(join(docDir, "004_b6c2931c4fda3fce.a.doc")), { ...options, maxBlocks: 100 })).rejects.toThrow(/--max-blocks/);
  });
});

describe("the real .doc files of ../shared/real", () => {
  const real = existsSync(realDir) ? readdirSync(realDir).filter((f) => f.endsWith(".doc")) : [];
  const find = (prefix: string) => real.find((f) => f.startsWith(prefix));

  it.skipIf(!find("r26_"))("r26 (a draft of a thi đua plan): header table, headings, recipients table, a footnote", async () => {
    const { value: doc } = await readDocFile(join(realDir, find("r26_")!));
    const [header] = tables(doc);
    expect(cellText(cellAt(header!, 0, 0))).toMatch(/^ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố:\s+\/KH-UBND$/);
    expect(cellText(cellAt(header!, 0, 1))).toMatch(/^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày/);
    const lines = texts(doc.children);
    expect(lines).toContain("KẾ HOẠCH");
    expect(lines.some((l) => l.startsWith("II. PHẠM VI, ĐỐI TƯỢNG VÀ NỘI DUNG THI ĐUA"))).toBe(true);
    const recipients = tables(doc).at(-1)!;
    expect(cellText(cellAt(recipients, 0, 0))).toMatch(/^Nơi nhận:/);
    const last = doc.children.at(-1)!;
    expect(last.type === "paragraph" && last.footnote).toBe(true);
  });

  it.skipIf(!find("r27_"))("r27 (a drug-prevention programme plan): duties by agency in section III, a) … items", async () => {
    const { value: doc } = await readDocFile(join(realDir, find("r27_")!));
    const lines = texts(doc.children);
    expect(lines).toContain("III. NỘI DUNG, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG NHIỆM VỤ");
    expect(lines).toContain("a) Các sở, ban, ngành, địa phương:");
    expect(lines.filter((l) => /^b\) Công an tỉnh:/.test(l)).length).toBeGreaterThan(0);
    const [header, draftMark] = tables(doc);
    expect(cellText(cellAt(header!, 0, 1))).toMatch(/^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(cellText(cellAt(draftMark!, 0, 0))).toBe("DỰ THẢO");
  });
});
