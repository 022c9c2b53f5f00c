/**
 * The real PDFs of `../shared/real` (or `$CCHC_REAL`) that test text-layer trust: a garbled text layer (r34), stamped
 * duplex scans (r22, r23) and an e-signed Word PDF whose number and day live in signature annotations (r28). The
 * files are third-party documents kept outside the repository: without the folder, these tests skip.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cellText, type Block } from "../../src/model/types.js";
import { parsePlan } from "../../src/pipeline.js";
import { terminateOcrWorkers } from "../../src/read/ocr.js";
import { readPdf } from "../../src/read/pdf.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const REAL = process.env.CCHC_REAL ?? path.resolve(ROOT, "../shared/real");
const HAS_REAL = existsSync(REAL);
if (!HAS_REAL) console.log(`real documents not found at ${REAL}: the real-PDF tests are skipped`);

function realFile(prefix: string): string {
  const name = readdirSync(REAL).find((file) => file.startsWith(`${prefix}_`) && file.endsWith(".pdf"));
  if (!name) throw new Error(`no ${prefix}_*.pdf in ${REAL}`);
  return path.join(REAL, name);
}

function texts(blocks: Block[]): string {
  return blocks
    .flatMap((block) => {
      if (block.type === "table") return block.rows.flatMap((row) => row.cells.map(cellText));
      if (block.type === "paragraph" || block.type === "heading") return [block.lines.join(" ")];
      return [];
    })
    .join("\n");
}

describe.runIf(HAS_REAL)("real PDFs: which text layers are trusted", () => {
  afterAll(async () => {
    await terminateOcrWorkers();
  });

  it("r28: the number and the day an e-signature wrote into the header are read on the header's lines", async () => {
    const read = await readPdf(new Uint8Array(readFileSync(realFile("r28"))), { ocr: "never" });
    const all = texts(read.value.children);
    expect(all).toMatch(/Số: 666 \/TTr-SNV/);
    expect(all).toMatch(/Lâm Đồng, ngày 22 tháng 12 năm 2025/);
    expect(read.value.source.ocrPages).toEqual([]);
  });

  it("r34: a text layer that does not read as Vietnamese is read by OCR, every page, saying why", async () => {
    const file = realFile("r34");
    const plan = await parsePlan(file);
    const garbled = plan.diagnostics.filter((d) => d.code === "text-layer-garbled");
    expect(garbled.map((d) => d.where?.page)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(plan.source.ocr).toBe(true);
    // KẾ HOẠCH 1105/KH-ĐKT of the Sở Công Thương Lào Cai, "Lào Cai, ngày 10 tháng 3 năm 2026".
    expect(plan.meta.docType).toBe("ke_hoach");
    expect(plan.meta.date).toBe("2026-03-10");
    expect(plan.meta.place).toBe("Lào Cai");
    expect(plan.meta.year).toBe(2026);
  }, 600_000);

  it("r22: the stamped first page is read by OCR, the four blank backs are skipped with one diagnostic", async () => {
    const read = await readPdf(new Uint8Array(readFileSync(realFile("r22"))), { ocr: "auto" });
    expect(read.value.source.ocrPages).toEqual([1, 3, 5, 7]);
    const blank = read.diagnostics.filter((d) => d.code === "blank-pages");
    expect(blank).toHaveLength(1);
    expect(blank[0]!.message).toMatch(/^pages 2, 4, 6, 8 are blank/);
    expect(read.diagnostics.filter((d) => d.code === "text-layer-stamp-only").map((d) => d.where?.page)).toEqual([1]);
    // The plan's title, from the scanned page under the stamp.
    expect(texts(read.value.children)).toMatch(/KẾ HOẠCH/);
  }, 600_000);

  it("r23: a scan without a text layer is read by OCR, its blank last page skipped", async () => {
    const read = await readPdf(new Uint8Array(readFileSync(realFile("r23"))), { ocr: "auto" });
    expect(read.value.source.ocrPages).toEqual([1, 2, 3]);
    expect(read.diagnostics.filter((d) => d.code === "blank-pages").map((d) => d.message)).toEqual([
      "page 4 is blank (no ink found when rendered): skipped, not read by OCR",
    ]);
  }, 600_000);

  // The seal over the signer's block lies beside the recipient list ("Nơi nhận"): OCR read its ring as words of marks
  // ("—Á—=-I<t--T¬", confidence 27) on the line of "Vụ KGVX, Văn phòng Chính phủ (để theo dõi);", and the recipient
  // took them. Expected from the printed page; "để" is allowed its OCR misreading "đề".
  it("r23: the recipients beside the seal hold none of its marks", async () => {
    const plan = await parsePlan(realFile("r23"));
    const recipients = plan.meta.recipients.map((r) => r.replace(/đề/gu, "để"));
    expect(recipients).toContain("Vụ KGVX, Văn phòng Chính phủ (để theo dõi)");
    expect(recipients).toContain("V01, Bộ Công an (để theo dõi và phối hợp)");
    for (const recipient of recipients) expect(recipient).not.toMatch(/[<>=¬⁄%]/u);
    expect(plan.diagnostics.some((d) => d.code === "ocr-noise-dropped" && d.where?.page === 3)).toBe(true);
  }, 600_000);
});
