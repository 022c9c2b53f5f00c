/**
 * Which text layers are trusted (a page's text is used only when it reads as Vietnamese; a small stamp on a page that
 * is an image is not the page's text), what annotations contribute, and the limits on what a PDF may make pdf.js
 * hold (inflated stream bytes, operators per page). No OCR runs here: pages that would need it are read with
 * `ocr: "never"`, which says why they are not trusted.
 */
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { LimitError } from "../../src/errors.js";
import { cellText, type Block } from "../../src/model/types.js";
import { checkInflatedSize } from "../../src/read/pdf-streams.js";
import { isGarbledText, type PageSignals, readPdf, readPdfPages, textLayerVerdict } from "../../src/read/pdf.js";
import { makePdf } from "./make-pdf.js";

const text = (x: number, y: number, s: string, size = 11): string => `BT /F1 ${size} Tf ${x} ${y} Td (${s}) Tj ET`;

function blockTexts(blocks: Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === "table") return block.rows.flatMap((row) => row.cells.map(cellText));
    if (block.type === "paragraph" || block.type === "heading") return [block.lines.join(" ")];
    return [];
  });
}

describe("isGarbledText", () => {
  it("trusts Vietnamese, English and figures", () => {
    expect(isGarbledText("Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân tỉnh Lâm Đồng, triển khai thực hiện các nhiệm vụ trọng tâm")).toBe(false);
    expect(isGarbledText("Annual report on the administrative reform programme of the province, with tables of figures")).toBe(false);
    expect(isGarbledText("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20")).toBe(false);
  });

  it("does not trust text whose accented words are not Vietnamese syllables (fonts mapped to the wrong characters)", () => {
    // How a Word → Ghostscript PDF with broken ToUnicode maps reads: the odd word right, most of them not.
    expect(isGarbledText("6Ӣ CÔNG 7+ѬѪ1* &Ӝ1* HÒA XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM Ĉ2¬1 .,ӆ0 TRA THEO 48<ӂ7 Ĉӎ1+ ĈӝF OұS - 7ӵ do - +ҥQK Phúc .LӇP tra YLӋF FKҩS hành Quy ÿӏQK pháp OXұW trong sӱ dөng")).toBe(true);
  });

  it("does not trust glyph ids that leaked out as private-use characters", () => {
    expect(isGarbledText("\u{E001}\u{E002}\u{E003} \u{E004}\u{E005}\u{E006}")).toBe(true);
  });
});

describe("textLayerVerdict", () => {
  const page = (over: Partial<PageSignals>): PageSignals => ({
    page: 1,
    textChars: 1500,
    imageCoverage: 0,
    imageCount: 0,
    legacyConverted: false,
    garbled: false,
    unaccented: false,
    textCoverage: 0.3,
    ...over,
  });

  it("uses a page of text, also one with a logo or a signature image", () => {
    expect(textLayerVerdict(page({}))).toBe("text");
    expect(textLayerVerdict(page({ imageCount: 2, imageCoverage: 0.03 }))).toBe("text");
  });

  it("reads a page with no text, or unreadable text, by OCR", () => {
    expect(textLayerVerdict(page({ textChars: 0, imageCount: 1, imageCoverage: 1 }))).toBe("no-text");
    expect(textLayerVerdict(page({ garbled: true }))).toBe("garbled");
  });

  it("takes a scanned page with a small e-signature stamp in text for an image", () => {
    // "SAO Y; CÔNG AN TỈNH …; 03/02/2026": some 56 characters in a box of a few square centimetres.
    expect(textLayerVerdict(page({ textChars: 56, textCoverage: 0.004, imageCount: 1, imageCoverage: 1 }))).toBe("stamp-only");
    expect(textLayerVerdict(page({ textChars: 300, textCoverage: 0.02, imageCount: 1, imageCoverage: 0.98 }))).toBe("stamp-only");
  });

  it("trusts the invisible text layer a scanner's OCR laid over its image", () => {
    expect(textLayerVerdict(page({ textChars: 2500, textCoverage: 0.35, imageCount: 1, imageCoverage: 1 }))).toBe("text");
  });
});

describe("reading a PDF whose text layer is not to be trusted", () => {
  it("says which pages do not read as Vietnamese, and keeps their text only because OCR is off", async () => {
    // WinAnsi letters in words no Vietnamese syllable looks like, as a broken font mapping gives them.
    const junk = "Ðþ Ñõß Ÿñ× ÆÐþ Øñß ÞÿÐ Ñþæ ßØÞ ÐÐñ ÿÞæ Øþß ñÐÞ ÆÿØ ÞñÐ";
    const data = makePdf([{ content: [text(50, 780, junk), text(50, 760, junk)].join("\n") }, { content: text(50, 780, "Ke hoach cai cach hanh chinh") }]);
    const { signals } = await readPdfPages(data, {});
    expect(signals.map((s) => s.garbled)).toEqual([true, false]);
    const read = await readPdf(data, { ocr: "never" });
    const flagged = read.diagnostics.filter((d) => d.code === "text-layer-garbled");
    expect(flagged).toEqual([expect.objectContaining({ severity: "warning", where: { page: 1 } })]);
    // Not also "scanned-page": the page has text, only not trustworthy text.
    expect(read.diagnostics.some((d) => d.code === "scanned-page")).toBe(false);
  });
});

describe("annotation text", () => {
  it("places what an e-signature writes into the header's blanks (number, day) on the header's lines", async () => {
    // As e-signing systems do: the page leaves blanks, an annotation's appearance writes the number and the day.
    const data = makePdf([
      {
        content: [text(60, 760, "So:          /TTr-SNV"), text(330, 760, "Lam Dong, ngay        thang 12 nam 2025"), text(60, 700, "TO TRINH")].join("\n"),
        annotations: [
          { rect: [80, 756, 110, 772], appearance: "BT /F1 11 Tf 2 4 Td (666) Tj ET" },
          { rect: [418, 756, 438, 772], appearance: "BT /F1 11 Tf 2 4 Td (22) Tj ET" },
        ],
      },
    ]);
    const read = await readPdf(data, { ocr: "never" });
    const texts = blockTexts(read.value.children).join("\n");
    expect(texts).toMatch(/So: 666 \/TTr-SNV/);
    expect(texts).toMatch(/ngay 22 thang 12 nam 2025/);
  });
});

describe("limits on what a PDF makes the reader hold", () => {
  /** A one-page PDF whose content stream is `content` deflated `times` times over. */
  function flatePdf(content: Buffer, times = 1): Uint8Array {
    let data = content;
    for (let i = 0; i < times; i++) data = deflateSync(data);
    const filters = Array.from({ length: times }, () => "/FlateDecode").join(" ");
    const parts = [
      "%PDF-1.4\n",
      "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
      "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
      "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n",
      `4 0 obj\n<< /Length ${data.length} /Filter [${filters}] >>\nstream\n`,
    ];
    return new Uint8Array(Buffer.concat([Buffer.from(parts.join(""), "latin1"), data, Buffer.from("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1")]));
  }

  it("refuses a PDF whose streams inflate past --max-decompressed, before pdf.js holds them", async () => {
    const bomb = flatePdf(Buffer.alloc(8 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(20_000);
    expect(() => checkInflatedSize(bomb, 1024 * 1024)).toThrow(LimitError);
    await expect(readPdf(bomb, { ocr: "never", maxDecompressedBytes: 1024 * 1024 })).rejects.toThrow(/--max-decompressed/);
  });

  it("counts what chained Flate filters inflate to, not the first pass", () => {
    const nested = flatePdf(Buffer.alloc(4 * 1024 * 1024, 0x20), 2);
    expect(() => checkInflatedSize(nested, 1024 * 1024)).toThrow(/--max-decompressed/);
    expect(() => checkInflatedSize(nested, 8 * 1024 * 1024)).not.toThrow();
  });

  it("reads a PDF whose streams stay under the limit", async () => {
    const fine = flatePdf(Buffer.from(`${text(50, 780, "Ke hoach")}\n`, "latin1"));
    expect(() => checkInflatedSize(fine, 1024)).not.toThrow();
  });

  it("refuses a page that draws more operators than --max-page-operators", async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `0 ${i} m 10 ${i} l S`).join("\n");
    const data = makePdf([{ content: `${text(50, 780, "Ke hoach")}\n${lines}` }]);
    await expect(readPdf(data, { ocr: "never", maxPageOperators: 100 })).rejects.toThrow(/page 1 draws more operators than the limit.*--max-page-operators/);
    const read = await readPdf(data, { ocr: "never" });
    expect(blockTexts(read.value.children)).toContain("Ke hoach");
  });
});
