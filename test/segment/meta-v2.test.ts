/**
 * The header rules of schema version 2 (issue 17 item 8, issue 18): two-line titles, a central body as issuer, the
 * number and date on one line, numbers cited in legal bases, Arabic-numbered parts, documents that are not plans, a
 * cover before the plan, "Ð" for "Đ", a number OCR could not read. Each variant is written by hand here; the real
 * documents of ../shared/real are checked at the end when the folder is present.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { readText } from "../../src/read/text.js";
import { findNumber, findPlaceDate } from "../../src/segment/header.js";
import { segment } from "../../src/segment/index.js";

const parse = async (lines: string[]) => segment(await readText(lines.join("\n\n"), "md"));
const parts = async (lines: string[]) => (await parse(lines)).value;
const codes = async (lines: string[]) => (await parse(lines)).diagnostics.map((d) => d.code);

const committee = ["**ỦY BAN NHÂN DÂN**", "**TỈNH BẮC NINH**", "Số: 144/KH-UBND", "Bắc Ninh, ngày 24 tháng 11 năm 2025"];

describe("number and date as real files lay them out", () => {
  it("reads a number with a space before the slash and the date far right on the same line", () => {
    const line = "Số: 666 /TTr-SNV                                 Lâm Đồng, ngày 22 tháng 12 năm 2025";
    expect(findNumber(line)).toBe("666/TTr-SNV");
    expect(findPlaceDate(line)).toEqual({ place: "Lâm Đồng", date: "2025-12-22" });
  });
  it("reads 'Ð' (U+00D0) as 'Đ' in the number and the place", () => {
    expect(findNumber("Số: 12/QÐ-UBND")).toBe("12/QĐ-UBND");
    expect(findPlaceDate("Ðồng Tháp, ngày 05 tháng 01 năm 2026")).toEqual({ place: "Đồng Tháp", date: "2026-01-05" });
  });
  it("keeps the place and year of a date whose day OCR could not read", () => {
    expect(findPlaceDate("Hà Nội, ngàyÔ2 tháng 10 năm 2025")).toEqual({ place: "Hà Nội", date: undefined, year: 2025 });
  });
  it("reads 'số:' as OCR writes it, but not 'số' in running text", () => {
    expect(findNumber("số: 996/KH-TCTLNTW")).toBe("996/KH-TCTLNTW");
    expect(findNumber("Thực hiện Kế hoạch số 12/KH-UBND của tỉnh")).toBeUndefined();
  });
  it("takes the year of an undated draft's place line for the period", async () => {
    const plan = await parts(["**ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG**", "Số: /KH-UBND", "Lâm Đồng, ngày tháng 9 năm 2025", "**KẾ HOẠCH**", "**Phòng, chống ma túy đến năm 2030**", "**I. MỤC ĐÍCH**", "Nội dung."]);
    expect(plan.meta).toMatchObject({ number: null, date: null, year: 2025, period: { from: 2025, to: 2030 } });
  });
  it("never takes a number or date cited in a legal basis as the plan's", async () => {
    const plan = await parts([
      "**ỦY BAN NHÂN DÂN**",
      "**TỈNH LÂM ĐỒNG**",
      "Số:       /KH-UBND",
      "**KẾ HOẠCH**",
      "**Cải cách hành chính năm 2026**",
      "Căn cứ Quyết định Số 58/QĐ-UBND ngày 08/01/2026 của UBND tỉnh;",
      "Lâm Đồng, ngày 05 tháng 01 năm 2026, theo đề nghị của Sở Nội vụ;",
      "**I. MỤC ĐÍCH**",
      "Nội dung.",
    ]);
    expect(plan.meta.number).toBeNull();
    expect(plan.meta.legalBases).toEqual(["Quyết định Số 58/QĐ-UBND ngày 08/01/2026 của UBND tỉnh"]);
  });
});

describe("titles and issuers", () => {
  it("keeps a title over two lines, its period on the second ('… GIAI ĐOẠN' / '2026 - 2030')", async () => {
    const plan = await parts([...committee, "**KẾ HOẠCH**", "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN\n2026 - 2030", "Căn cứ Luật Dữ liệu;", "**I. QUAN ĐIỂM**", "Nội dung."]);
    expect(plan.meta).toMatchObject({ title: "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030", year: 2026, period: { from: 2026, to: 2030 } });
  });
  it("reads the Thủ tướng as issuer and stops the title at the authority line", async () => {
    const plan = await parts([
      "**THỦ TƯỚNG CHÍNH PHỦ**",
      "Số: 2629/QĐ-TTg",
      "Hà Nội, ngày 01 tháng 12 năm 2025",
      "**QUYẾT ĐỊNH**",
      "**VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ**",
      "**THỦ TƯỚNG CHÍNH PHỦ**",
      "Căn cứ Luật Tổ chức Chính phủ;",
      "**QUYẾT ĐỊNH:**",
      "**Điều 1.** Phê duyệt Chương trình với những nội dung sau:",
      "**I. QUAN ĐIỂM**",
      "Nội dung.",
    ]);
    expect(plan.meta).toMatchObject({ docType: "quyet_dinh", issuer: "Thủ tướng Chính phủ", level: null, title: "PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ" });
    expect(plan.sections.map((s) => s.numeral)).toEqual(["I"]);
  });
  it("reads a ministry as issuer", async () => {
    const plan = await parts(["**BỘ CÔNG AN**", "Số: 589/KH-BCA-C04", "Hà Nội, ngày 02 tháng 10 năm 2025", "**KẾ HOẠCH**", "**Tổ chức Hội nghị**", "**I. MỤC ĐÍCH**", "Nội dung."]);
    expect(plan.meta).toMatchObject({ issuer: "Bộ Công an", level: null, number: "589/KH-BCA-C04" });
  });
});

describe("sections numbered 1., 2. when a plan has no Roman parts", () => {
  it("takes the top-level Arabic headings in order, never a list inside them or 'Điều 1.'", async () => {
    const plan = await parts([
      ...committee,
      "**KẾ HOẠCH**",
      "**Kiểm tra vật liệu nổ công nghiệp năm 2026**",
      "**1. MỤC ĐÍCH, YÊU CẦU**",
      "1. Kiểm tra việc chấp hành quy định.",
      "2. Phát hiện sai phạm.",
      "**2. NỘI DUNG KIỂM TRA**",
      "Nội dung.",
      "**3. TỔ CHỨC THỰC HIỆN**",
      "Phòng Kỹ thuật an toàn chủ trì, phối hợp với các đơn vị tổ chức kiểm tra.",
    ]);
    expect(plan.sections.map((s) => [s.numeral, s.heading])).toEqual([
      ["1", "MỤC ĐÍCH, YÊU CẦU"],
      ["2", "NỘI DUNG KIỂM TRA"],
      ["3", "TỔ CHỨC THỰC HIỆN"],
    ]);
  });
  it("keeps Roman parts when the plan has them", async () => {
    const plan = await parts([...committee, "**KẾ HOẠCH**", "**Cải cách hành chính**", "**I. MỤC ĐÍCH**", "**1. Mục đích**", "**2. Yêu cầu**", "**II. NHIỆM VỤ**", "Nội dung."]);
    expect(plan.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
  });
});

describe("documents that are not plans, and a cover before the plan", () => {
  const submission = [
    "**UBND TỈNH LÂM ĐỒNG**",
    "**SỞ NỘI VỤ**",
    "Số: 666 /TTr-SNV                    Lâm Đồng, ngày 22 tháng 12 năm 2025",
    "**TỜ TRÌNH**",
    "**Về việc trình ký dự thảo Kế hoạch cải cách hành chính năm 2026**",
    "Kính gửi: Ủy ban nhân dân tỉnh",
    "1. Có 131/144 cơ quan thống nhất với dự thảo.",
    "2. Có 13/144 cơ quan góp ý.",
    "Nơi nhận:",
    "- Như trên;",
    "**KT. GIÁM ĐỐC**",
    "**PHÓ GIÁM ĐỐC**",
    "Trần Hữu Tuấn",
  ];

  it("a tờ trình alone: its header, no sections, a not-a-plan diagnostic", async () => {
    const result = await parse(submission);
    expect(result.value.meta).toMatchObject({ docType: "other", number: "666/TTr-SNV", date: "2025-12-22", issuer: "Sở Nội vụ tỉnh Lâm Đồng" });
    expect(result.value.sections).toEqual([]);
    expect(result.value.appendix).toBeNull();
    expect(result.diagnostics.find((d) => d.code === "not-a-plan")?.message).toMatch(/tờ trình/);
  });

  it("a báo cáo gives no tasks through the whole pipeline", async () => {
    const text = ["**ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG**", "Số: 329/BC-UBND", "**BÁO CÁO**", "**Công tác cải cách hành chính năm 2025**", "**I. CÔNG TÁC CHỈ ĐẠO**", "1. Sở Nội vụ: Đã tham mưu ban hành kế hoạch.", "**II. TỔ CHỨC THỰC HIỆN**", "1. Sở Nội vụ chủ trì, theo dõi."].join("\n\n");
    const doc = await parsePlan(new TextEncoder().encode(text), { path: "report.md" });
    expect(doc.tasks).toEqual([]);
    expect(doc.sections).toEqual([]);
    expect(doc.diagnostics.map((d) => d.code)).toContain("not-a-plan");
  });

  it("a tờ trình before the plan: meta and sections are the plan's, a diagnostic names the cover", async () => {
    const result = await parse([
      ...submission,
      "**ỦY BAN NHÂN DÂN**",
      "**TỈNH LÂM ĐỒNG**",
      "Số: 9669/KH-UBND",
      "Lâm Đồng, ngày 24 tháng 12 năm 2025",
      "**KẾ HOẠCH**",
      "**Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng**",
      "**I. MỤC ĐÍCH, YÊU CẦU**",
      "Nội dung.",
      "**II. TỔ CHỨC THỰC HIỆN**",
      "1. Sở Nội vụ chủ trì, theo dõi.",
      "Nơi nhận:",
      "- Bộ Nội vụ;",
      "**KT. CHỦ TỊCH**",
      "Nguyễn Ngọc Phúc",
    ]);
    expect(result.value.meta).toMatchObject({
      docType: "ke_hoach",
      number: "9669/KH-UBND",
      date: "2025-12-24",
      issuer: "UBND tỉnh Lâm Đồng",
      title: "Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng",
      signer: "Nguyễn Ngọc Phúc",
      recipients: ["Bộ Nội vụ"],
    });
    expect(result.value.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
    expect(result.diagnostics.find((d) => d.code === "cover-document")?.message).toMatch(/tờ trình \(666\/TTr-SNV\)/);
  });

  it("a report outline in a plan's appendix does not make the plan a report", async () => {
    const lines = [...committee, "**KẾ HOẠCH**", "**Kiểm tra năm 2026**", "**I. MỤC ĐÍCH**", "Nội dung.", "**PHỤ LỤC II**", ...Array.from({ length: 30 }, (_, i) => `Dòng ${i + 1}.`), "**BÁO CÁO**", "Kết quả kiểm tra."];
    expect(await codes(lines)).not.toContain("not-a-plan");
  });
});

const realDir = process.env.CCHC_REAL ?? new URL("../../../shared/real/", import.meta.url).pathname;
const hasReal = existsSync(realDir);
const real = (prefix: string) => join(realDir, readdirSync(realDir).find((f) => f.startsWith(prefix))!);

describe.skipIf(!hasReal)("real documents of ../shared/real: meta", () => {
  if (!hasReal) it.skip(`../shared/real is absent (${realDir})`, () => {});
  it("r16: the title over two lines gives the period 2026–2030", async () => {
    const doc = await parsePlan(real("r16_"));
    expect(doc.meta).toMatchObject({ number: "144/KH-UBND", title: "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030", year: 2026, period: { from: 2026, to: 2030 } });
  });
  it("r17: a decision of the Thủ tướng", async () => {
    const doc = await parsePlan(real("r17_"));
    expect(doc.meta).toMatchObject({ docType: "quyet_dinh", number: "2629/QĐ-TTg", issuer: "Thủ tướng Chính phủ", level: null, title: "PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ" });
  });
  it("r28 (a tờ trình) and r29 (a báo cáo): not plans, no sections", async () => {
    for (const [prefix, type] of [["r28_", "tờ trình"], ["r29_", "báo cáo"]] as const) {
      const doc = await parsePlan(real(prefix));
      expect(doc.meta.docType).toBe("other");
      expect(doc.sections).toEqual([]);
      expect(doc.diagnostics.find((d) => d.code === "not-a-plan")?.message).toContain(type);
    }
  });
});

describe("a header with no blank line between its lines", () => {
  it("finds the type line and the title inside one paragraph, and stops the title where the body starts", async () => {
    const text = ["ỦY BAN NHÂN DÂN", "XÃ ĐỊNH HƯNG", "Số: 01/KH-UBND", "Định Hưng, ngày 03 tháng 01 năm 2025", "KẾ HOẠCH", "Cải cách hành chính xã Định Hưng năm 2025", "Căn cứ Kế hoạch số 263/KH-UBND của UBND huyện;"].join("\n");
    const plan = segment(await readText(`${text}\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao hiệu quả.`, "txt")).value;
    expect(plan.meta).toMatchObject({ docType: "ke_hoach", number: "01/KH-UBND", issuer: "UBND xã Định Hưng", level: "xa", title: "Cải cách hành chính xã Định Hưng năm 2025" });
  });
  it("takes the committee's words before the motto on each of its lines", async () => {
    const head = ["ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ ĐỊNH HƯNG Độc lập - Tự do - Hạnh phúc", "Số: 01 /KH-UBND Định Hưng, ngày 03 tháng 01 năm 2025"];
    for (const separator of ["\n", "\n\n"]) {
      const plan = segment(await readText([...head, "KẾ HOẠCH", "Cải cách hành chính xã Định Hưng năm 2025", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao hiệu quả."].join(separator), "txt")).value;
      expect(plan.meta).toMatchObject({ number: "01/KH-UBND", date: "2025-01-03", place: "Định Hưng", issuer: "UBND xã Định Hưng", level: "xa" });
    }
  });
});
