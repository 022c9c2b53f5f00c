import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Block, type Cell, type Table, cellText } from "../../src/model/types.js";
import { InputError } from "../../src/errors.js";
import { readPdf } from "../../src/read/pdf.js";
import { makePdf } from "./make-pdf.js";

const text = (x: number, y: number, s: string, font = "F1", size = 10): string => `BT /${font} ${size} Tf ${x} ${y} Td (${s}) Tj ET`;
const hline = (x1: number, x2: number, y: number): string => `${x1} ${y} m ${x2} ${y} l S`;
const vline = (x: number, y1: number, y2: number): string => `${x} ${y1} m ${x} ${y2} l S`;

/** Columns at x = 50 | 100 | 300 | 500. */
const COLUMNS = [50, 100, 300, 500];

function gridLines(rowBounds: number[], openRuns: Array<{ y: number; col: number }> = []): string {
  const parts: string[] = ["0.5 w"];
  for (const y of rowBounds) {
    for (let c = 0; c + 1 < COLUMNS.length; c++) {
      if (openRuns.some((o) => o.y === y && o.col === c)) continue;
      parts.push(hline(COLUMNS[c]!, COLUMNS[c + 1]!, y));
    }
  }
  const top = Math.max(...rowBounds);
  const bottom = Math.min(...rowBounds);
  for (const x of COLUMNS) parts.push(vline(x, bottom, top));
  return parts.join("\n");
}

function headerRow(y: number): string {
  return [text(55, y, "TT", "F2"), text(105, y, "Nhiem vu", "F2"), text(305, y, "Co quan chu tri", "F2")].join("\n");
}

/** Page 1: a title, a running header, the table's header row, a row whose TT cell merges down over two rows. */
const page1 = [
  text(250, 815, "KE HOACH CCHC"),
  text(50, 760, "Title of the plan", "F2", 12),
  text(50, 740, "Body text of the plan before its appendix table."),
  gridLines([720, 700, 660, 620, 580], [{ y: 660, col: 0 }]),
  headerRow(706),
  text(55, 686, "1"),
  text(105, 686, "Task one first"),
  text(305, 686, "Phong Noi vu"),
  text(105, 646, "Task one second"),
  text(305, 646, "Phong Tu phap"),
  text(55, 606, "2"),
  text(105, 606, "Task two begins and"),
  text(105, 594, "is cut here by the"),
  text(305, 606, "Van phong"),
  text(295, 30, "1"),
].join("\n");

/** Page 2: the header repeated, the tail of row 2 (lower-case start), then row 3; page number at the bottom. */
const page2 = [
  text(250, 815, "KE HOACH CCHC"),
  gridLines([800, 780, 760, 720]),
  headerRow(786),
  text(105, 766, "page break of the page"),
  text(55, 746, "3"),
  text(105, 746, "Task three"),
  text(305, 746, "UBND xa"),
  text(50, 690, "Text after the table."),
  text(295, 30, "2"),
].join("\n");

function tables(blocks: Block[]): Table[] {
  return blocks.filter((b): b is Table => b.type === "table");
}

function texts(cells: Cell[]): string[] {
  return cells.map((c) => cellText(c));
}

describe("readPdf on a hand-built two-page PDF", () => {
  const data = makePdf([{ content: page1 }, { content: page2 }]);

  it("joins the table across the page break, drops the repeated header and joins the cut row", async () => {
    const { value, diagnostics } = await readPdf(data, { ocr: "never" });
    const found = tables(value.children);
    expect(found).toHaveLength(1);
    const table = found[0]!;
    expect(texts(table.rows[0]!.cells)).toEqual(["TT", "Nhiem vu", "Co quan chu tri"]);
    expect(table.rows[0]!.isHeader).toBe(true);
    // header, 1 (two grid rows), 2 (joined with its tail), 3
    expect(table.rows).toHaveLength(5);
    expect(texts(table.rows[1]!.cells)).toEqual(["1", "Task one first", "Phong Noi vu"]);
    expect(table.rows[1]!.cells[0]!.rowSpan).toBe(2);
    expect(table.rows[2]!.cells[0]!.merged).toBe("above");
    expect(cellText(table.rows[2]!.cells[0]!)).toBe("1");
    expect(texts(table.rows[2]!.cells).slice(1)).toEqual(["Task one second", "Phong Tu phap"]);
    // The tail "page break of the page" goes on the last paragraph of the cell it continues.
    expect(table.rows[3]!.cells.map(said)).toEqual(["2", "Task two begins and is cut here by the page break of the page", "Van phong"]);
    expect(table.rows[3]!.cells[1]!.content.at(-1)?.lines.at(-1)).toBe("page break of the page");
    expect(texts(table.rows[4]!.cells)).toEqual(["3", "Task three", "UBND xa"]);
    expect(table.rows[4]!.position.page).toBe(2);
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(["repeated-header-dropped", "row-joined-across-page"]));
  });

  it("drops the running header and the page numbers, keeps the text in order with a page break", async () => {
    const { value } = await readPdf(data, { ocr: "never" });
    const paragraphs = value.children.flatMap((b) => (b.type === "paragraph" ? [b.lines.join(" ")] : []));
    expect(paragraphs).toEqual(["Title of the plan", "Body text of the plan before its appendix table.", "Text after the table."]);
    expect(value.children.filter((b) => b.type === "pageBreak")).toHaveLength(1);
    const title = value.children.find((b) => b.type === "paragraph");
    expect(title?.type === "paragraph" && title.emphasis?.bold).toBe(true);
    expect(title?.position).toEqual({ page: 1, line: 1 });
    const after = value.children.find((b) => b.type === "paragraph" && b.lines[0] === "Text after the table.");
    expect(after?.position.page).toBe(2);
    expect(value.source).toEqual({ format: "pdf", pages: 2, ocrPages: [] });
  });
});

describe("readPdf page geometry", () => {
  it("reads a page with /Rotate 90 top to bottom", async () => {
    // A landscape media box shown rotated to portrait: the text runs upwards in user space, and a larger x is lower.
    const content = ["BT /F1 12 Tf 0 1 -1 0 80 50 Tm (First line of the rotated page) Tj ET", "BT /F1 12 Tf 0 1 -1 0 100 50 Tm (Second line) Tj ET"].join("\n");
    const { value } = await readPdf(makePdf([{ content, width: 842, height: 595, rotate: 90 }]), { ocr: "never" });
    const paragraphs = value.children.flatMap((b) => (b.type === "paragraph" ? b.lines : []));
    expect(paragraphs).toEqual(["First line of the rotated page", "Second line"]);
  });

  it("reads a landscape page", async () => {
    const content = [text(50, 500, "Left"), text(700, 500, "far right"), text(50, 480, "Next line")].join("\n");
    const { value } = await readPdf(makePdf([{ content, width: 842, height: 595 }]), { ocr: "never" });
    const lines = value.children.flatMap((b) => (b.type === "paragraph" ? b.lines : []));
    expect(lines).toEqual(["Left", "far right", "Next line"]);
  });

  it("warns about a page without text when OCR is off", async () => {
    const { value, diagnostics } = await readPdf(makePdf([{ content: text(50, 700, "Some words on page one") }, { content: hline(50, 300, 400) }]), { ocr: "never" });
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "scanned-page", severity: "warning", where: { page: 2 } }));
    expect(value.source.ocrPages).toEqual([]);
  });
});

describe("readPdf and the process around it", () => {
  // pdf.js loads lazily, on the first PDF: this is the push the engine had before.
  const pushBefore = Array.prototype.push;

  it("leaves Array.prototype.push as it was (pdf.js's core-js replaces it with a slow copy)", async () => {
    await readPdf(makePdf([{ content: text(50, 700, "Some words") }]), { ocr: "never" });
    expect(Array.prototype.push).toBe(pushBefore);
  });

  it("reads bold from the fonts, which pdf.js installs into a document that drops them", async () => {
    const content = [text(50, 700, "Bold heading", "F2"), text(50, 680, "Regular text of the body")].join("\n");
    const { value } = await readPdf(makePdf([{ content }]), { ocr: "never" });
    const paragraphs = value.children.flatMap((b) => (b.type === "paragraph" ? [b] : []));
    expect(paragraphs.map((p) => [p.lines.join(" "), p.emphasis?.bold === true])).toEqual([
      ["Bold heading", true],
      ["Regular text of the body", false],
    ]);
  });

  it("reads several documents at once through the one pdf.js worker", async () => {
    const pages = await Promise.all(
      ["First", "Second", "Third"].map(async (word) => {
        const { value } = await readPdf(makePdf([{ content: text(50, 700, `${word} document`) }]), { ocr: "never" });
        return value.children.flatMap((b) => (b.type === "paragraph" ? b.lines : []));
      }),
    );
    expect(pages).toEqual([["First document"], ["Second document"], ["Third document"]]);
  });
});

describe("readPdf errors", () => {
  it("refuses more pages than the limit, naming it", async () => {
    const data = makePdf([{ content: text(50, 700, "a") }, { content: text(50, 700, "b") }, { content: text(50, 700, "c") }]);
    const error = await readPdf(data, { ocr: "never", maxPages: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain("2");
    expect((error as InputError).message).toContain("--max-pages");
  });

  it("turns garbage and a truncated file into a one-line InputError", async () => {
    for (const data of [new TextEncoder().encode("this is not a pdf at all"), makePdf([{ content: page1 }]).slice(0, 120)]) {
      const error = await readPdf(data, { ocr: "never" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).not.toContain("\n");
    }
  });

  // A one-page PDF saying "Encrypted words", encrypted by `qpdf --encrypt secret secret 128 --use-aes=y`.
  const ENCRYPTED_PDF =
    "JVBERi0xLjYKJb/3ov4KMSAwIG9iago8PCAvUGFnZXMgMiAwIFIgL1R5cGUgL0NhdGFsb2cgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL0NvdW50ID" +
    "EgL0tpZHMgWyAzIDAgUiBdIC9UeXBlIC9QYWdlcyA+PgplbmRvYmoKMyAwIG9iago8PCAvQ29udGVudHMgNCAwIFIgL01lZGlhQm94IFsgMCAw" +
    "IDU5NSA4NDIgXSAvUGFyZW50IDIgMCBSIC9SZXNvdXJjZXMgPDwgL0ZvbnQgPDwgL0YxIDUgMCBSID4+ID4+IC9UeXBlIC9QYWdlID4+CmVuZG" +
    "9iago0IDAgb2JqCjw8IC9MZW5ndGggODAgL0ZpbHRlciAvRmxhdGVEZWNvZGUgPj4Kc3RyZWFtCvfP6Nh+zub0ydloyg0bqGIOQVDh7iI0CVtf" +
    "tOIPL2PF20uyzx1zVven0NImfgIHfvdkeL6muXOT3TXvcVmkDhHWDX0KuLd4goVYywgH/GzJZW5kc3RyZWFtCmVuZG9iago1IDAgb2JqCjw8IC" +
    "9CYXNlRm9udCAvSGVsdmV0aWNhIC9FbmNvZGluZyAvV2luQW5zaUVuY29kaW5nIC9TdWJ0eXBlIC9UeXBlMSAvVHlwZSAvRm9udCA+PgplbmRv" +
    "YmoKNiAwIG9iago8PCAvQ0YgPDwgL1N0ZENGIDw8IC9BdXRoRXZlbnQgL0RvY09wZW4gL0NGTSAvQUVTVjIgL0xlbmd0aCAxNiA+PiA+PiAvRm" +
    "lsdGVyIC9TdGFuZGFyZCAvTGVuZ3RoIDEyOCAvTyA8MGU1MjI5MjVhM2U0ZTg3NGMzY2ZhY2JlZjUxMWE3M2FjNGVjMmJkODY1ZGNkM2Q0NjI3" +
    "NjE0OTE3YWJmZDdlND4gL1AgLTQgL1IgNCAvU3RtRiAvU3RkQ0YgL1N0ckYgL1N0ZENGIC9VIDxjOTk4NTQ2Y2Y0ODlhOTBmYjdjODkxMWM5Nz" +
    "MzYmQyZTAxMjI0NTZhOTFiYWU1MTM0MjczYTZkYjEzNGM4N2M0PiAvViA0ID4+CmVuZG9iagp4cmVmCjAgNwowMDAwMDAwMDAwIDY1NTM1IGYg" +
    "CjAwMDAwMDAwMTUgMDAwMDAgbiAKMDAwMDAwMDA2NCAwMDAwMCBuIAowMDAwMDAwMTIzIDAwMDAwIG4gCjAwMDAwMDAyNTEgMDAwMDAgbiAKMD" +
    "AwMDAwMDQwMSAwMDAwMCBuIAowMDAwMDAwNDk4IDAwMDAwIG4gCnRyYWlsZXIgPDwgL1Jvb3QgMSAwIFIgL1NpemUgNyAvSUQgWzw1NDg0ZjJl" +
    "OTJiY2RjMDQzMzg3NDYzMjhmMGE0MDljYT48NTQ4NGYyZTkyYmNkYzA0MzM4NzQ2MzI4ZjBhNDA5Y2E+XSAvRW5jcnlwdCA2IDAgUiA+PgpzdG" +
    "FydHhyZWYKNzk3CiUlRU9GCg==";
  const encrypted = (): Uint8Array => new Uint8Array(Buffer.from(ENCRYPTED_PDF, "base64"));

  it("asks for a password, rejects a wrong one and reads with the right one", async () => {
    const data = encrypted();
    const missing = await readPdf(data, { ocr: "never" }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(InputError);
    expect((missing as InputError).message).toBe("encrypted PDF: pass --password");
    const wrong = await readPdf(data, { ocr: "never", password: "nope" }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(InputError);
    expect((wrong as InputError).message).toMatch(/^encrypted PDF/);
    const { value } = await readPdf(data, { ocr: "never", password: "secret" });
    expect(value.children.flatMap((b) => (b.type === "paragraph" ? b.lines : []))).toEqual(["Encrypted words"]);
  });
});

// ---- The seed fixtures made by fixtures/make/make-fixtures.sh (LibreOffice from the DOCX of each seed) ----

const FIXTURES = process.env.CCHC_PDF_FIXTURES ?? path.resolve(import.meta.dirname, "../../fixtures/pdf");
const fixture = (name: string): string => path.join(FIXTURES, name);

function appendixTable(blocks: Block[]): Table {
  const found = tables(blocks).filter((t) => t.rows.some((r) => r.isHeader));
  expect(found).toHaveLength(1);
  return found[0]!;
}

function rowStartingWith(table: Table, column: number, prefix: string): number {
  const index = table.rows.findIndex((r) => cellText(r.cells[column]!).startsWith(prefix) && !r.cells[column]!.merged);
  expect(index, `row with "${prefix}"`).toBeGreaterThan(0);
  return index;
}

/** Cell text with its line breaks folded, as a reader of the printed table would say it. */
const said = (c: Cell | undefined): string => (c ? cellText(c).replace(/\s+/g, " ").trim() : "");

describe.skipIf(!existsSync(fixture("004_b6c2931c4fda3fce.a.pdf")))("seed 004 (nine-column appendix)", () => {
  for (const layout of ["a", "b"] as const) {
    it(`layout ${layout}: one appendix table with every logical row`, async () => {
      const { value } = await readPdf(readFileSync(fixture(`004_b6c2931c4fda3fce.${layout}.pdf`)), { ocr: "never" });
      const table = appendixTable(value.children);
      expect(table.rows[0]!.isHeader).toBe(true);
      expect(texts(table.rows[0]!.cells)).toEqual([
        "TT",
        "1- Mục tiêu/Chỉ tiêu/nội dung",
        "2- Nhiệm vụ",
        "3- Hoạt động",
        "4- Kết quả, sản phẩm",
        "5- Chủ trì",
        "6- Phối hợp",
        "7- Thời gian hoàn thành",
        "8- Kinh phí",
      ]);
      // Header, 7 group rows (I–VII) plus the lettered sub-group A, and 57 task rows, as the seed's table has them
      // once its page-break continuation rows are joined back.
      expect(table.rows).toHaveLength(66);
      expect(table.rows.filter((r) => r.isHeader)).toHaveLength(1);
      expect(table.rows.filter((r) => cellText(r.cells[0]!) === "TT")).toHaveLength(1);

      const row2 = rowStartingWith(table, 1, "1.2. Duy trì, cải thiện");
      expect(said(table.rows[row2]!.cells[2])).toBe("2.5. Ban hành Kế hoạch khắc phục tồn tại, hạn chế chỉ số CCHC năm 2023");
      expect(said(table.rows[row2]!.cells[4])).toBe("Công văn (kế hoạch); Báo cáo");
      expect(said(table.rows[row2]!.cells[5])).toBe("Phòng Nội vụ");

      // Seed lines "6 | 1.6. Nâng cao năng lực … | … Theo dự toán được" and "cho cán bộ, công chức | tỉnh | cấp" are one row.
      const row6 = rowStartingWith(table, 1, "1.6. Nâng cao năng lực");
      expect(said(table.rows[row6]!.cells[2])).toBe("2.11. Tổ chức tập huấn, bồi dưỡng về kiến thức, kỹ năng về CCHC cho cán bộ, công chức");
      expect(said(table.rows[row6]!.cells[8])).toBe("Theo dự toán được cấp");

      const groupII = table.rows.findIndex((r) => cellText(r.cells[0]!) === "II");
      expect(groupII).toBeGreaterThan(row6);
      expect(cellText(table.rows[groupII]!.cells[1]!)).toBe("CẢI CÁCH THỂ CHẾ");

      const pages = new Set(table.rows.map((r) => r.position.page));
      expect(pages.size).toBeGreaterThan(5);
      expect(table.rows.every((r) => typeof r.position.line === "number" && r.position.line > 0)).toBe(true);
      // No page number or running text leaked into a cell.
      expect(table.rows.some((r) => r.cells.some((c) => /^\d{1,2}$/.test(cellText(c)) && r.cells.every((o) => o === c || cellText(o) === "")))).toBe(false);
    });
  }

  it("layout a marks the merged cells: task 2.2 sits under objective 1.1, which merges down", async () => {
    const { value } = await readPdf(readFileSync(fixture("004_b6c2931c4fda3fce.a.pdf")), { ocr: "never" });
    const table = appendixTable(value.children);
    const row11 = rowStartingWith(table, 1, "1.1. Nâng cao chất lượng công tác chỉ đạo");
    expect(cellText(table.rows[row11]!.cells[0]!)).toBe("1");
    expect(table.rows[row11]!.cells[0]!.rowSpan).toBeGreaterThan(1);
    const below = table.rows[row11 + 1]!;
    expect(said(below.cells[2])).toBe("2.2. Tham mưu UBND huyện ban hành văn bản chỉ đạo và tổ chức thực hiện hiệu quả công tác CCHC");
    expect(below.cells[0]!.merged).toBe("above");
    expect(cellText(below.cells[0]!)).toBe("1");
    expect(below.cells[1]!.merged).toBe("above");
    // Group rows span the eight columns after TT.
    const groupI = table.rows.find((r) => cellText(r.cells[0]!) === "I")!;
    expect(groupI.cells[1]!.colSpan).toBe(8);
    expect(groupI.cells[2]!.merged).toBe("left");
  });

  it("layout b leaves empty cells empty (no merges drawn)", async () => {
    const { value } = await readPdf(readFileSync(fixture("004_b6c2931c4fda3fce.b.pdf")), { ocr: "never" });
    const table = appendixTable(value.children);
    const row22 = rowStartingWith(table, 2, "2.2. Tham mưu UBND huyện");
    expect(table.rows[row22]!.cells[0]!.merged).toBeUndefined();
    expect(table.rows[row22]!.cells.some((c) => c.merged === "above")).toBe(false);
  });
});

describe.skipIf(!existsSync(fixture("000_cc8d44a7a110d77b.a.pdf")))("seed 000 (six-column appendix)", () => {
  for (const layout of ["a", "b"] as const) {
    it(`layout ${layout}: one table, its rows in order`, async () => {
      const { value } = await readPdf(readFileSync(fixture(`000_cc8d44a7a110d77b.${layout}.pdf`)), { ocr: "never" });
      const table = appendixTable(value.children);
      expect(texts(table.rows[0]!.cells)).toEqual(["Nhiệm vụ chung", "Nhiệm vụ cụ thể", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]);
      const first = table.rows[1]!;
      expect(said(first.cells[0])).toBe("Cải cách thể chế");
      expect(said(first.cells[1])).toBe(
        "1. Xây dựng và triển khai Kế hoạch rà soát văn bản quy phạm pháp luật trên địa bàn tỉnh, Kế hoạch kiểm tra việc thực hiện văn bản quy phạm pháp luật",
      );
      expect(first.cells[2]!.content.map((p) => p.marker)).toEqual(["-", "-"]);
      expect(first.cells[2]!.content.map((p) => p.lines.join(" "))).toEqual(["Kế hoạch của UBND huyện", "Báo cáo kết quả thực hiện"]);
      expect(said(first.cells[3])).toBe("Phòng Tư pháp");
    });
  }
});
