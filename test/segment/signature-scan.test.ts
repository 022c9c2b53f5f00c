/**
 * Header and signature facts of scanned plans (issue 18): ministries' and working groups' signing titles as OCR
 * spells them, a rank before the signer's name, a name above the signer's own office, a "SỞ …" heading its own
 * document, and a number or day written in pen (the OCR reader dropped the ink and says where it was).
 */
import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/model/types.js";
import { readText } from "../../src/read/text.js";
import { segment } from "../../src/segment/index.js";

const head = ["**BỘ CÔNG AN**", "Số: 12/KH-BCA", "Hà Nội, ngày 02 tháng 10 năm 2025", "**KẾ HOẠCH**", "**Tổ chức hội nghị**", "**I. MỤC ĐÍCH**", "Nội dung."];
const parse = async (lines: string[]) => segment(await readText(lines.join("\n\n"), "md"));

describe("signature blocks as ministries and scans write them", () => {
  it("takes the name under KT. BỘ TRƯỞNG / THỨ TRƯỞNG (OCR: TRƯỚNG), its rank left out, recipients in between", async () => {
    const plan = await parse([...head, "Nơi nhận:", "KT. BỘ TRƯỞNG", "THỨ TRƯỚNG", "- Các đồng chí Thứ trưởng (để chỉ đạo);", "- Lưu: VT, C04.", "Thượng tướng Nguyễn Văn Long"]);
    expect(plan.value.meta.signer).toBe("Nguyễn Văn Long");
  });
  it("reads 'PHÓ CUC TRƯỞNG' as a title and 'Đại tá' as a rank", async () => {
    const plan = await parse([...head, "KT. TỔ TRƯỞNG", "PHÓ TỔ TRƯỞNG THƯỜNG TRỰC", "PHÓ CUC TRƯỞNG", "CỤC CẢNH SÁT ĐTTP VỀ MA TÚY", "Đại tá Bùi Duy Hưng"]);
    expect(plan.value.meta.signer).toBe("Bùi Duy Hưng");
  });
  it("takes the name between T/M. … TRƯỞNG ĐOÀN and the signer's own office under it", async () => {
    const plan = await parse([...head, "T/M. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN", "Hoàng Văn Thuân", "PHÓ GIÁM ĐỐC", "SỞ CÔNG THƯƠNG LÀO CAI"]);
    expect(plan.value.meta.signer).toBe("Hoàng Văn Thuân");
  });
});

describe("a provincial department heading its own document", () => {
  it("is the department of the province its date line names", async () => {
    const plan = await parse(["**SỞ CÔNG THƯƠNG**", "**ĐOÀN KIỂM TRA**", "Số: 1105/KH-ĐKT", "Lào Cai, ngày 10 tháng 3 năm 2026", ...head.slice(3)]);
    expect(plan.value.meta).toMatchObject({ issuer: expect.stringMatching(/^Sở Công [Tt]hương tỉnh Lào Cai$/), level: "tinh" });
  });
  it("guesses no place for a PHÒNG, which exists at several levels", async () => {
    const plan = await parse(["**PHÒNG NỘI VỤ**", "Số: 5/KH-PNV", "Chợ Mới, ngày 10 tháng 3 năm 2026", ...head.slice(3)]);
    expect(plan.value.meta.issuer).toBeNull();
  });
});

describe("a number and a day written in pen", () => {
  const scanned = async (handwriting: Array<{ page: number; after: string }>): Promise<DocumentModel> => {
    const model = await readText(["**BỘ CÔNG AN**", "Số: /KH-BCA-C04", "Hà Nội, ngày tháng 10 năm 2025", ...head.slice(3)].join("\n\n"), "md");
    for (const block of model.children) block.position = { ...block.position, page: 1 };
    return { ...model, source: { ...model.source, ocrPages: [1], handwriting } };
  };
  it("are null, each with its diagnostic, when the reader found pen ink after 'Số:' and after 'ngày'", async () => {
    const result = segment(await scanned([{ page: 1, after: "Sá:" }, { page: 1, after: "Sá: /KH-BCA-C04 Hà Nội, ngày" }]));
    expect(result.value.meta).toMatchObject({ number: null, date: null, place: "Hà Nội", year: 2025 });
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["number-handwritten", "date-handwritten"]));
    expect(codes).not.toContain("number-unreadable");
  });
  it("with the ink's first stroke read as a mark after 'ngày' ('ngày.')", async () => {
    const codes = segment(await scanned([{ page: 1, after: "Sề:" }, { page: 1, after: "Sề: /KH-BCA-C04 Hà Nội, ngày." }])).diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["number-handwritten", "date-handwritten"]));
    expect(codes).not.toContain("date-missing");
  });
  it("stay 'unreadable' when no pen ink was found there (the date line is there: its date is unreadable, not missing)", async () => {
    const codes = segment(await scanned([{ page: 1, after: "Nơi nhận:" }])).diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["number-unreadable", "date-unreadable"]));
    expect(codes).not.toContain("date-missing");
    expect(codes).not.toContain("number-handwritten");
  });
});
