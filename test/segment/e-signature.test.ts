/**
 * What an e-signature or a certified copy ("SAO Y") writes on the first page of a Vietnamese e-signed PDF: "Ký bởi:
 * …", "Email: …", "Cơ quan: …", "Thời gian ký: 22.12.2025 09:10:11 +07:00", in small print at the top right or at the
 * foot of the page. None of it is the plan's: not its date, number or issuer, not a section's heading or text, not a
 * task. The page is built as the PDF reader hands it to the layout (positioned words), and parsed through the whole
 * pipeline.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/model/types.js";
import { buildDocument, parsePlan } from "../../src/pipeline.js";
import { layoutPages } from "../../src/read/layout/index.js";
import type { PositionedText } from "../../src/read/layout/types.js";

/** A line of words at `size` pt, about half an em a character. */
function line(text: string, x: number, y: number, size = 13, extra: Partial<PositionedText> = {}): PositionedText[] {
  const words: PositionedText[] = [];
  let cursor = x;
  for (const w of text.split(" ")) {
    const width = w.length * size * 0.5;
    words.push({ text: w, x: cursor, y, width, height: size, ...extra });
    cursor += width + size * 0.25;
  }
  return words;
}

const bold = { bold: true };

/** Small print set as e-signature software sets it: lines of 8 pt, one under the other. */
function stamp(lines: string[], x: number, y: number, size = 8): PositionedText[] {
  return lines.flatMap((text, i) => line(text, x, y + i * (size + 2), size));
}

const SIGNED = ["Ký bởi: Ủy ban nhân dân xã Đinh Văn Lâm Hà", "Email: dinhvanlamha@lamdong.gov.vn", "Cơ quan: Xã Đinh Văn Lâm Hà, Tỉnh Lâm Đồng", "Thời gian ký: 22.12.2025 09:10:11 +07:00"];
const COPY = ["SAO Y", "Ủy ban nhân dân xã Đinh Văn Lâm Hà", "Thời gian ký: 2025-12-23T16:24:01+07:00"];

function plan(top: string[], foot: string[], footSize = 8): DocumentModel {
  const page1 = [
    ...stamp(top, 380, 20),
    ...line("ỦY BAN NHÂN DÂN", 80, 70, 13),
    ...line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 290, 70, 13, bold),
    ...line("TỈNH LÂM ĐỒNG", 95, 86, 13, bold),
    ...line("Độc lập - Tự do - Hạnh phúc", 330, 86, 13, bold),
    ...line("Số: 12/KH-UBND", 90, 120, 13),
    ...line("Lâm Đồng, ngày 20 tháng 12 năm 2025", 320, 120, 13),
    ...line("KẾ HOẠCH", 260, 160, 13, bold),
    ...line("Cải cách hành chính năm 2026", 210, 176, 13, bold),
    ...line("I. MỤC ĐÍCH, YÊU CẦU", 60, 220, 13, bold),
    ...line("Nâng cao chất lượng phục vụ người dân và doanh nghiệp.", 80, 240, 13),
    ...line("II. TỔ CHỨC THỰC HIỆN", 60, 270, 13, bold),
    ...line("1. Sở Nội vụ: chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.", 80, 290, 13),
    ...line("2. Sở Tài chính: bảo đảm kinh phí thực hiện Kế hoạch.", 80, 310, 13),
    ...line("3. Ủy ban nhân dân các xã, phường: tổ chức thực hiện tại địa phương.", 80, 330, 13),
    ...(footSize === 8 ? stamp(foot, 60, 780) : stamp(foot, 80, 350, footSize)),
  ];
  const page2 = [
    ...line("Nơi nhận:", 60, 60, 11, bold),
    ...line("- Bộ Nội vụ;", 60, 74, 11),
    ...line("- Lưu: VT, NC.", 60, 88, 11),
    ...line("TM. ỦY BAN NHÂN DÂN", 340, 60, 13, bold),
    ...line("CHỦ TỊCH", 380, 76, 13, bold),
    ...line("Hồ Văn Mười", 370, 140, 13, bold),
  ];
  const { value } = layoutPages([
    { page: 1, width: 595, height: 842, items: page1, rulings: [], ocr: false },
    { page: 2, width: 595, height: 842, items: page2, rulings: [], ocr: false },
  ]);
  return { type: "root", children: value, source: { format: "pdf", pages: 2, ocrPages: [] } };
}

const OVERLAY = /Ký bởi|Email|Cơ quan:|Thời gian ký|SAO Y|dinhvanlamha|Đinh Văn Lâm Hà/u;

describe.each([
  ["an e-signature at the top right and at the foot of the first page", SIGNED, SIGNED, 8],
  ["a certified copy's stamp at the top right, an e-signature at the foot", COPY, SIGNED, 8],
  ["an e-signature in the body's type size right under the last duty", COPY, SIGNED, 13],
])("%s", (_, top, foot, footSize) => {
  const doc = buildDocument(plan(top, foot, footSize), [], { path: null, sha256: "" });

  it("says what it left out", () => {
    const stamps = doc.diagnostics.filter((d) => d.code === "signature-stamp");
    expect(stamps.length).toBeGreaterThan(0);
    expect(stamps.every((d) => d.severity === "info")).toBe(true);
  });

  it("gives the plan's own number, date, place and issuer", () => {
    expect(doc.meta).toMatchObject({ docType: "ke_hoach", number: "12/KH-UBND", date: "2025-12-20", place: "Lâm Đồng", issuer: "UBND tỉnh Lâm Đồng", level: "tinh", year: 2026 });
    expect(doc.meta.title).toBe("Cải cách hành chính năm 2026");
  });

  it("keeps the overlay out of the sections", () => {
    expect(doc.sections.map((s) => s.heading)).toEqual(["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"]);
    for (const section of doc.sections) {
      expect(section.text).not.toMatch(OVERLAY);
      for (const sub of section.subsections) expect(`${sub.heading} ${sub.text}`).not.toMatch(OVERLAY);
    }
  });

  it("gives the three duties as tasks, none holding the overlay", () => {
    expect(doc.tasks.map((t) => t.lead)).toEqual([["Sở Nội vụ"], ["Sở Tài chính"], ["Ủy ban nhân dân các xã, phường"]]);
    for (const task of doc.tasks) expect(JSON.stringify(task)).not.toMatch(OVERLAY);
  });
});

const REAL = process.env.CCHC_REAL ?? path.resolve(fileURLToPath(new URL("../..", import.meta.url)), "../shared/real");
const HAS_REAL = existsSync(REAL);
if (!HAS_REAL) console.log(`real documents not found at ${REAL}: the real e-signature checks are skipped`);
const realFile = (prefix: string): string => path.join(REAL, readdirSync(REAL).find((f) => f.startsWith(`${prefix}_`))!);

describe.runIf(HAS_REAL)("real e-signed and stamped PDFs (text layers only)", () => {
  it("r22: the copy stamp in the scan's text layer ('SAO Y' / 'Bộ Công an' / 'Thời gian ký: 2025-10-02T…') gives no date or issuer", async () => {
    const doc = await parsePlan(realFile("r22"), { ocr: "never" });
    expect(doc.meta).toMatchObject({ date: null, issuer: null, number: null });
    expect(doc.diagnostics.find((d) => d.code === "signature-stamp")?.message).toMatch(/SAO Y/);
  });
  it("r28 and r29: signed as images, their headers' own number and date", async () => {
    const r28 = await parsePlan(realFile("r28"), { ocr: "never" });
    expect(r28.meta).toMatchObject({ number: "666/TTr-SNV", date: "2025-12-22" });
    const r29 = await parsePlan(realFile("r29"), { ocr: "never" });
    expect(r29.meta).toMatchObject({ number: "329/BC-UBND", date: "2025-12-19" });
  });
});
