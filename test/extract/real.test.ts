/**
 * The three web-scraped real plans (fixtures/real, see its README): tables written one pipe per line, banners around
 * the document, a table that runs on into the next without a blank line, rows missing their rowspan cells, rows
 * elided by the website. Expected values written from reading the files.
 */
import { describe, expect, it } from "vitest";
import { parsePlan as parseWhole } from "../../src/pipeline.js";
import { withoutDuties } from "./duty-fixtures.js";

/** The plan's table records; its prose duties are checked in duties.test.ts. */
const parsePlan = async (path: string) => {
  const doc = await parseWhole(path);
  return { ...doc, tasks: withoutDuties(doc) };
};

const file = (name: string) => new URL(`../../fixtures/real/${name}`, import.meta.url).pathname;

describe("r10: KH 617/KH-UBND Đồng Tháp (five-column table, one-pipe-per-line)", () => {
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

describe("r13: KH 980/KH-UBND Nghệ An (website banner, elided rows)", () => {
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

describe("r15: QĐ 2820/QĐ-UBND TP Hồ Chí Minh (budget column, rowspan cells missing)", () => {
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
