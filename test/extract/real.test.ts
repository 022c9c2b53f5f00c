/**
 * Real plans of the shared corpus (../shared/real, or $CCHC_REAL; see its README), read in place: third-party
 * documents are never copied into the repository. Web-scraped Markdown (tables written one pipe per line, banners
 * around the document, tables that run on into the next without a blank line, rows missing their rowspan cells, rows
 * elided by the website) and Word files. Expected values written from reading the documents. Skipped, with a message,
 * where the corpus is absent (a fresh clone elsewhere).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan as parseWhole } from "../../src/pipeline.js";
import { withoutDuties } from "./duty-fixtures.js";

/** The plan's table records; its prose duties are checked in duties.test.ts. */
const parsePlan = async (path: string) => {
  const doc = await parseWhole(path);
  return { ...doc, tasks: withoutDuties(doc) };
};

const corpus = process.env.CCHC_REAL ?? new URL("../../../shared/real", import.meta.url).pathname;
const present = existsSync(corpus);
if (!present) console.warn(`test/extract/real.test.ts: skipped, no real-document corpus at ${corpus} (set CCHC_REAL)`);
const file = (name: string) => join(corpus, name);
const describe_ = describe.skipIf(!present);

describe_("r10: KH 617/KH-UBND Đồng Tháp (five-column table, one-pipe-per-line)", () => {
  it("reads the header table, the title and the signer in the signature table", async () => {
    const doc = await parsePlan(file("r10_dongthap-tinh_617-KH-UBND-2025_cds-doanh-nghiep.md"));
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "617/KH-UBND",
      date: "2025-12-01",
      place: "Đồng Tháp",
      issuer: "UBND tỉnh Đồng Tháp",
      level: "tinh",
      title: "CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA, HỢP TÁC XÃ, HỘ KINH DOANH",
      year: 2025,
      signer: "Huỳnh Minh Tuấn",
    });
    expect(doc.meta.recipients[0]).toBe("Bộ Khoa học và Công nghệ");
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I", "II", "III", "IV"]);
  });
  it("has the 11 tasks of the appendix in their groups", async () => {
    const doc = await parsePlan(file("r10_dongthap-tinh_617-KH-UBND-2025_cds-doanh-nghiep.md"));
    expect(doc.tables[0]?.columns).toEqual(["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]);
    expect(doc.tasks.map((t) => t.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]);
    expect(doc.tasks[0]).toMatchObject({
      areaLabel: "Nâng cao nhận thức và đổi mới tư duy",
      task: "Triển khai nền tảng đào tạo trực tuyến mở đại trà, cung cấp kiến thức, kỹ năng số, công nghệ số cơ bản cho người dân, doanh nghiệp.",
      lead: ["Sở KH&CN"],
      partners: ["Các sở, ban, ngành tỉnh", "UBND các xã, phường"],
      deadline: { raw: "Thường xuyên", recurrence: "continuous" },
    });
    expect(doc.tasks[3]!.deadline).toMatchObject({ raw: "Quí IV-2025", start: "2025-10-01", end: "2025-12-31" });
  });
});

describe_("r13: KH 980/KH-UBND Nghệ An (website banner, elided rows)", () => {
  it("finds the document header below the website's banner", async () => {
    const doc = await parsePlan(file("r13_nghean-tinh_980-KH-UBND-2025_phong-thu-dan-su.md"));
    expect(doc.meta).toMatchObject({ docType: "ke_hoach", number: "980/KH-UBND", date: "2025-11-18", place: "Nghệ An", issuer: "UBND tỉnh Nghệ An", signer: "Nguyễn Văn Đệ" });
    expect(doc.meta.title).toMatch(/^THỰC HIỆN QUYẾT ĐỊNH SỐ 1899\/QĐ-TTG NGÀY 04\/9\/2025 .* PHÒNG THỦ DÂN SỰ$/);
    expect(doc.tables[0]?.reference).toBe("Kế hoạch số 980/KH-UBND ngày 18 tháng 11 năm 2025 của UBND tỉnh Nghệ An");
  });
  it("keeps the rows after the elided part (a header-less table of the same width)", async () => {
    const doc = await parsePlan(file("r13_nghean-tinh_980-KH-UBND-2025_phong-thu-dan-su.md"));
    expect(doc.tasks).toHaveLength(18);
    expect(doc.tasks[0]).toMatchObject({
      number: "1",
      lead: ["Bộ CHQS tỉnh", "UBND cấp xã"],
      products: ["Quyết định của Chủ tịch UBND cấp tỉnh, cấp xã"],
      deadline: { raw: "Trước ngày 30/11/2025", start: null, end: "2025-11-30" },
    });
    const fund = doc.tasks.find((t) => t.task.startsWith("Thành lập bộ máy quản lý Quỹ"));
    expect(fund).toMatchObject({ number: "2", lead: ["Sở Tài chính"] });
    expect(doc.tasks.filter((t) => t.areaLabel === "Diễn tập phòng thủ dân sự").map((t) => t.number)).toEqual(["1", "2"]);
  });
});

describe_("r15: QĐ 2820/QĐ-UBND TP Hồ Chí Minh (budget column, rowspan cells missing)", () => {
  it("takes the decision's header and the issued plan's sections", async () => {
    const doc = await parsePlan(file("r15_hcm-tp_2820-QD-UBND-2025_kh-csdl-quy-hoach.md"));
    expect(doc.meta).toMatchObject({ docType: "quyet_dinh", number: "2820/QĐ-UBND", date: "2025-11-19", issuer: "UBND thành phố Hồ Chí Minh", level: "tinh" });
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I", "II", "III", "IV"]);
  });
  it("fills the merged budget cell down and keeps rows whose number cell is merged", async () => {
    const doc = await parsePlan(file("r15_hcm-tp_2820-QD-UBND-2025_kh-csdl-quy-hoach.md"));
    expect(doc.tables[0]?.columns).toContain("Nguồn kinh phí");
    const second = doc.tasks.find((t) => t.task.startsWith("Phối hợp xây dựng nội dung quy định"));
    expect(second).toMatchObject({ number: "2", products: ["Nghị định"], budget: "Chi thường xuyên hoặc nguồn vốn hợp pháp khác (nếu có)" });
    expect(second!.deadline).toMatchObject({ raw: "Năm 2025 - 2026", start: "2025-01-01", end: "2026-12-31" });
    const backup = doc.tasks.find((t) => t.task.startsWith("Xây dựng hạ tầng kỹ thuật dự phòng"));
    expect(backup).toMatchObject({ number: "1", lead: ["Trung tâm Chuyển đổi số Thành phố"] });
    expect(doc.tasks.every((t) => t.number === null || /^\d+$/.test(t.number))).toBe(true);
  });
});

describe_("r16: KH 144/KH-UBND Bắc Ninh (a targets table, no task table)", () => {
  it("reads the 19 targets of TT | Chỉ tiêu | Chủ trì in their two groups", async () => {
    const doc = await parsePlan(file("r16_bacninh-tinh_144-KH-UBND-2025_kinh-te-so-xa-hoi-so.md"));
    expect(doc.tables.map((t) => [t.where, t.kind, t.columns])).toEqual([["appendix", "target", ["TT", "Chỉ tiêu", "Chủ trì"]]]);
    // Duties assigned by agency in the body's prose follow as inline records (test/extract/duties.test.ts).
    const targets = doc.tasks.filter((t) => t.origin !== "inline");
    expect(targets).toHaveLength(19);
    expect(targets.every((t) => t.kind === "target" && t.table === "T1" && t.origin === "appendix")).toBe(true);
    expect(targets.map((t) => t.number)).toEqual(["1", "2", "3", "4", "5", "6", ...Array.from({ length: 13 }, (_, i) => String(i + 1))]);
    expect(doc.tasks[0]).toMatchObject({ areaLabel: "Kinh tế số", task: "Kinh tế số chiếm 45% GRDP tỉnh.", lead: ["Sở Tài chính"], objective: null });
    expect(doc.tasks[3]).toMatchObject({ task: "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40%", lead: ["Sở Khoa học và Công nghệ"] });
    expect(doc.tasks[6]!.areaLabel).not.toBe("Kinh tế số");
  });
});

describe_("r17: QĐ 2629/QĐ-TTg (two appendices: targets, then tasks with groups at depth)", () => {
  it("gives each appendix its own table: PHỤ LỤC I targets, PHỤ LỤC II tasks; the second heading never leaks into a cell", async () => {
    const doc = await parsePlan(file("r17_ttg_2629-QD-TTg-2025_chuong-trinh-chinh-phu-so.md"));
    expect(doc.tables.map((t) => [t.id, t.where, t.label, t.kind, t.title])).toEqual([
      ["T1", "appendix", "I", "target", "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ"],
      ["T2", "appendix", "II", "task", "DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ"],
    ]);
    expect(doc.tables[1]!.columns).toEqual(["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian thực hiện"]);
    expect(doc.tasks.filter((t) => t.table === "T1")).toHaveLength(22);
    expect(doc.tasks.filter((t) => t.table === "T2")).toHaveLength(75);
    expect(doc.tasks.flatMap((t) => [...t.lead, ...t.partners, t.task]).some((text) => /phụ lục/iu.test(text))).toBe(false);
  });
  it("reads group rows at any depth (I, I.1, III.1.1) as groups, never as records", async () => {
    const doc = await parsePlan(file("r17_ttg_2629-QD-TTg-2025_chuong-trinh-chinh-phu-so.md"));
    expect(doc.tasks.every((t) => t.number !== null && /^\d+$/.test(t.number))).toBe(true);
    expect(doc.tasks[0]).toMatchObject({
      kind: "target",
      areaLabel: "Giai đoạn 2025-2027",
      subArea: "Cung cấp dịch vụ số bao trùm, thông minh",
      number: "1",
      lead: ["Văn phòng Chính phủ"],
    });
    const law = doc.tasks.find((t) => t.table === "T2")!;
    expect(law).toMatchObject({
      kind: "task",
      areaLabel: "Hoàn thiện thể chế",
      number: "1",
      task: "Nghiên cứu, xây dựng Luật Chuyển đổi số và các Nghị định, văn bản hướng dẫn thi hành, thay thế để đẩy mạnh chuyển đổi số.",
      lead: ["Bộ Khoa học và Công nghệ"],
      products: ["Trình Quốc hội dự thảo Luật"],
      deadline: { raw: "Tháng 12/2025", end: "2025-12-31" },
    });
    const portal = doc.tasks.find((t) => t.table === "T2" && t.task.startsWith("Triển khai Cổng Dịch vụ công quốc gia"))!;
    expect(portal).toMatchObject({ areaLabel: "Phát triển các ứng dụng, nền tảng số cho Chính phủ số", number: "1", lead: ["Bộ Công an"] });
    expect(portal.subArea).toMatch(/^Nhóm các nền tảng số giải quyết thủ tục hành chính/);
  });
});

describe_("r04: KH tuyên truyền CCHC 2026 Lâm Đồng (two assignment tables inside a body section)", () => {
  it("reads both body tables (TT | Nội dung | Trách nhiệm thực hiện | Thời gian), 11 and 10 rows", async () => {
    const doc = await parsePlan(file("r04_lamdong-tinh_kh-tuyen-truyen-cchc-2026.docx"));
    expect(doc.tables.map((t) => [t.where, t.kind, t.label])).toEqual([
      ["body", "task", null],
      ["body", "task", null],
    ]);
    expect(doc.tasks.filter((t) => t.table === "T1")).toHaveLength(11);
    expect(doc.tasks.filter((t) => t.table === "T2")).toHaveLength(10);
    expect(doc.tasks.filter((t) => t.table !== null).every((t) => t.origin === "body")).toBe(true);
    expect(doc.tasks[0]).toMatchObject({ number: "1", lead: ["Lãnh đạo Sở Công Thương"], deadline: { start: "2026-01-23", end: "2026-01-23" } });
    expect(doc.tasks[0]!.task).toMatch(/^Giải đáp những vướng mắc, kiến nghị về công tác CCHC/);
    expect(doc.tasks[11]!.lead).toEqual(["Lãnh đạo UBND phường Xuân Hương - Đà Lạt"]);
  });
  // "Lãnh đạo" / "Sở Giáo dục và Đào tạo": one body written over two paragraphs of the cell, never two agencies.
  it("reads a lead cell broken over two lines as one agency", async () => {
    const doc = await parsePlan(file("r04_lamdong-tinh_kh-tuyen-truyen-cchc-2026.docx"));
    expect(doc.tasks[1]!.lead).toEqual(["Lãnh đạo Sở Giáo dục và Đào tạo"]);
    expect(doc.tasks[2]!.lead).toEqual(["Lãnh đạo Công an tỉnh"]);
  });
});

describe_("documents that are not plans give no records", () => {
  it("a tờ trình (r28) and a báo cáo with statistics tables (r29)", async () => {
    for (const name of ["r28_lamdong-snv_ttr-du-thao-kh-cchc-2026.pdf", "r29_lamdong-tinh_329-BC-cchc-2025.pdf"]) {
      const doc = await parsePlan(file(name));
      expect(doc.tables, name).toEqual([]);
      expect(doc.tasks, name).toEqual([]);
    }
  });
});
