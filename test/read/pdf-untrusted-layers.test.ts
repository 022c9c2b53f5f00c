/**
 * Text layers that are there but not to be taken at their word (fixtures made by fixtures/make/make-untrusted-layers.sh
 * from seed 001): a scan whose invisible OCR layer was made without Vietnamese, text in the TCVN3 and VNI legacy font
 * encodings, and a page where one run is in a font whose map is broken. Expected values are the seed plan's
 * (fixtures/plans/001_….txt), read by hand. One page is read by OCR (native tesseract when installed); the other
 * decisions are checked on the page's signals, with OCR off.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { TCVN3_FROM_UNICODE } from "../../src/read/legacy-vietnamese.js";
import { terminateOcrWorkers } from "../../src/read/ocr.js";
import { nativeTesseractAvailable } from "../../src/read/ocr/native.js";
import { isGarbledText, isUnaccentedVietnamese, readPdf, readPdfPages, textLayerVerdict } from "../../src/read/pdf.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import { makePdf } from "./make-pdf.js";

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url).pathname;
const bytes = (path: string) => new Uint8Array(readFileSync(fixture(path)));
const text = (x: number, y: number, s: string, size = 11): string => `BT /F1 ${size} Tf ${x} ${y} Td (${s}) Tj ET`;

/** What the seed's first page says: the title, the legal basis, parts I and II with their first numbered items. */
const TITLE = "Thực hiện cải cách hành chính năm 2023";
const LEGAL_BASIS = "Kế hoạch số 163/KH-UBND ngày 24/11/2021 của Ủy ban nhân dân tỉnh Sóc Trăng về cải cách hành chính tỉnh Sóc Trăng giai đoạn 2021 - 2030";

function outline(plan: PlanDocument): string[] {
  return plan.sections.flatMap((s) => [`${s.numeral}. ${s.heading}`, ...(s.subsections ?? []).map((sub) => `  ${sub.number}. ${sub.heading}`)]);
}

const UNACCENTED =
  "KE HOACH Thuc hien cai cach hanh chinh nam 2023 Can cu Ke hoach so 163/KH-UBND ngay 24/11/2021 cua Uy ban nhan dan tinh " +
  "Soc Trang ve cai cach hanh chinh tinh Soc Trang giai doan 2021 - 2030. De tiep tuc trien khai cong tac cai cach hanh chinh tai dia phuong";

describe("isUnaccentedVietnamese", () => {
  it("knows Vietnamese typed without its marks, and OCR of it with the odd Latin-1 accent", () => {
    expect(isUnaccentedVietnamese(UNACCENTED)).toBe(true);
    expect(isUnaccentedVietnamese("Dé tiép tuc trién khai cOng tac cai cach hanh chinh tai dia phuong, Uy ban nhan dan tinh ban hanh Ké hoach thuc hién cai cach hanh chinh (CCHC) nam 2023 véi ndi dung chu yéu nhv sau")).toBe(true);
  });

  it("does not take Vietnamese with its marks, English, or a short title for it", () => {
    expect(isUnaccentedVietnamese("Để tiếp tục triển khai công tác cải cách hành chính tại địa phương, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện cải cách hành chính (CCHC) năm 2023 với nội dung chủ yếu như sau")).toBe(false);
    expect(isUnaccentedVietnamese("The Provincial People's Committee issues this plan to carry out administrative reform in 2023, covering institutional reform, administrative procedures, the organisation of the apparatus, civil servants and public finance")).toBe(false);
    expect(isUnaccentedVietnamese("KE HOACH Cai cach hanh chinh nam 2026")).toBe(false);
  });
});

describe("a scan whose text layer is OCR made without Vietnamese", () => {
  afterAll(async () => {
    await terminateOcrWorkers();
  });

  it("is read by OCR with Vietnamese, saying why (text-layer-unaccented)", async () => {
    const data = bytes("scan/001.eng-ocr.pdf");
    const { signals } = await readPdfPages(data, {});
    expect(textLayerVerdict(signals[0]!)).toBe("unaccented");
    const engine = (await nativeTesseractAvailable()) ? "native" : "wasm";
    const plan = await parsePlan(data, { ocr: "auto", ocrEngine: engine, path: "001.eng-ocr.pdf" });
    expect(plan.source.ocr).toBe(true);
    expect(plan.diagnostics).toContainEqual(expect.objectContaining({ severity: "info", code: "text-layer-unaccented", where: { page: 1 } }));
    expect(plan.meta.docType).toBe("ke_hoach");
    expect(plan.meta.title).toBe(TITLE);
    expect(plan.meta.legalBases).toEqual([LEGAL_BASIS]);
    expect(outline(plan)).toEqual(["I. MỤC TIÊU, YÊU CẦU", "  1. Mục tiêu", "  2. Yêu cầu", "II. CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", "  1. Cải cách thể chế", "  2. Cải cách thủ tục hành chính (TTHC)"]);
  });

  it("keeps the unaccented text, with a warning, when OCR is off", async () => {
    const read = await readPdf(bytes("scan/001.eng-ocr.pdf"), { ocr: "never" });
    expect(read.diagnostics.filter((d) => d.code.startsWith("text-layer-"))).toEqual([expect.objectContaining({ severity: "warning", code: "text-layer-unaccented", where: { page: 1 } })]);
  });

  it("leaves text typed without marks on a page that is not an image as text: it is all the page has", async () => {
    const data = makePdf([{ content: [text(50, 780, UNACCENTED.slice(0, 110)), text(50, 760, UNACCENTED.slice(110))].join("\n") }]);
    const { signals } = await readPdfPages(data, {});
    expect(signals[0]!.unaccented).toBe(true);
    expect(textLayerVerdict(signals[0]!)).toBe("text");
    const read = await readPdf(data, { ocr: "auto" });
    expect(read.value.source.ocrPages).toEqual([]);
    expect(read.diagnostics.some((d) => d.code.startsWith("text-layer-"))).toBe(false);
  });
});

describe("text layers in the legacy font encodings", () => {
  it.each([
    ["TCVN3 (.VnTime)", "pdf/001.tcvn3.pdf", "tcvn3"],
    ["VNI-Times", "pdf/001.vni.pdf", "vni"],
  ])("converts %s text to Unicode and uses it", async (_name, path, encoding) => {
    const plan = await parsePlan(fixture(path), { ocr: "never" });
    expect(plan.diagnostics).toContainEqual(expect.objectContaining({ code: "legacy-font-converted", message: expect.stringContaining(encoding), where: { page: 1 } }));
    expect(plan.diagnostics.some((d) => d.code.startsWith("text-layer-"))).toBe(false);
    expect(plan.meta.docType).toBe("ke_hoach");
    expect(plan.meta.title).toBe(TITLE);
    // .VnTime has no capital toned vowels (offices set "Ủy" in .VnTimeH, at the lower-case code): "ủy" is all it says.
    expect(plan.meta.legalBases).toEqual([encoding === "tcvn3" ? LEGAL_BASIS.replace("Ủy", "ủy") : LEGAL_BASIS]);
    expect(outline(plan)).toEqual(["I. MỤC TIÊU, YÊU CẦU", "  1. Mục tiêu", "  2. Yêu cầu", "II. CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", "  1. Cải cách thể chế"]);
    // LibreOffice does not draw TCVN3's ư (it is the soft hyphen's code), so these words are chosen without it.
    const body = JSON.stringify(plan.sections);
    expect(body).toContain("Triển khai đồng bộ và cụ thể hóa các mục tiêu, nhiệm vụ và giải pháp CCHC");
    expect(body).toContain("Xác định rõ trách nhiệm của");
  });

  it("converts TCVN3 drawn with a standard font's WinAnsi codes (ư at the hyphen's, à at the micro sign's)", async () => {
    const tcvn3 = (s: string) => [...s].map((ch) => TCVN3_FROM_UNICODE[ch] ?? ch).join("");
    const lines = [
      "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
      "Xác định rõ trách nhiệm của người đứng đầu địa phương trong quá trình triển khai",
      "thực hiện các nhiệm vụ cải cách hành chính; gắn với cải thiện môi trường đầu tư",
    ];
    const data = makePdf([{ content: lines.map((line, i) => text(50, 780 - 20 * i, tcvn3(line))).join("\n") }]);
    const read = await readPdf(data, { ocr: "never" });
    expect(read.diagnostics).toContainEqual(expect.objectContaining({ code: "legacy-font-converted" }));
    const texts = JSON.stringify(read.value.children);
    for (const line of lines) expect(texts).toContain(line.split(" ").slice(0, 6).join(" "));
  });

  it("gives the micro sign of a page that is not TCVN3 as pdf.js does (a Greek mu)", async () => {
    const data = makePdf([{ content: text(50, 780, "Particles of 10 \xb5m and more") }]);
    const read = await readPdf(data, { ocr: "never" });
    expect(JSON.stringify(read.value.children)).toContain("Particles of 10 \u03bcm and more");
  });
});

describe("a page where one run is in a font whose map is broken", () => {
  const body =
    "Triển khai đồng bộ và cụ thể hóa các mục tiêu, nhiệm vụ và giải pháp CCHC trong Chương trình tổng thể CCHC giai đoạn 2021-2030 " +
    "và Kế hoạch triển khai Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh CCHC tỉnh Sóc Trăng đến năm 2025, định hướng đến năm 2030. " +
    "Khắc phục những tồn tại, hạn chế trong công tác CCHC của tỉnh để tiếp tục cải thiện Chỉ số CCHC cấp tỉnh (PAR INDEX). ";

  it("is garbled when its heading is (the page's structure would be lost): read by OCR", () => {
    // The heading "I. MỤC TIÊU, YÊU CẦU" and the signer's title as a Word → Ghostscript PDF with broken maps gives them.
    expect(isGarbledText(`, 08& 7,Ç8 <Ç8 &Ҫ8 ${body.repeat(3)} .7 &+Ӫ 7ӎ&+ 3+Ï &+Ӫ 7ӎ&+`)).toBe(true);
  });

  it("is not garbled by abbreviations and place names that use Vietnamese letters (HĐND, QĐ, Đắk Lắk, 20.000 đ)", () => {
    expect(isGarbledText(`${body} HĐND tỉnh, QĐ số 12/QĐ-UBND, NĐ-CP, các huyện Đắk Mil, Krông Nô của tỉnh Đắk Lắk, ĐVSN, HĐND, mức 20.000 đ/người`)).toBe(false);
  });
});
