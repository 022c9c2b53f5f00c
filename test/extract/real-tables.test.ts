/**
 * Every table record of the shared real plans (../shared/real, or $CCHC_REAL), checked against the documents as read
 * by a person: r04 (.docx, read through its word/document.xml), r10, r13, r15, r16, r17 (web-scraped Markdown). Every
 * assignment row is exactly one record; the fields below were written from the documents' cells, not from cchc's
 * output. Each file is parsed once. Skipped, with a message, where the corpus is absent (a fresh clone elsewhere).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument, Task } from "../../src/schema/plan.js";

const corpus = process.env.CCHC_REAL ?? new URL("../../../shared/real", import.meta.url).pathname;
const present = existsSync(corpus);
if (!present) console.warn(`test/extract/real-tables.test.ts: skipped, no real-document corpus at ${corpus} (set CCHC_REAL)`);
const describe_ = describe.skipIf(!present);

function tableRecords(doc: PlanDocument): Task[] {
  return doc.tasks.filter((t) => t.table !== null);
}

function parsed(name: string): () => Task[] {
  let records: Task[] = [];
  beforeAll(async () => {
    records = tableRecords(await parsePlan(join(corpus, name)));
  }, 120_000);
  return () => records;
}

describe_("r04: two body tables of TV programme episodes (TT | Nội dung | Trách nhiệm thực hiện | Thời gian)", () => {
  const records = parsed("r04_lamdong-tinh_kh-tuyen-truyen-cchc-2026.docx");
  it("one record per episode; the lead is the cell's body, its 'Lãnh đạo' line joined to the body's line", () => {
    const departments = ["Sở Công Thương", "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Sở Y tế", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng", "Sở Tư pháp", "Ban Quản lý các khu công nghiệp"];
    const communes = ["UBND phường Xuân Hương - Đà Lạt", "UBND xã Đức Trọng", "UBND xã Đơn Dương", "UBND Phường 3 Bảo Lộc", "UBND xã Đinh Văn Lâm Hà", "UBND phường Lâm Viên - Đà Lạt", "UBND xã Bảo Lâm 1", "UBND Phường 1 Bảo Lộc", "UBND phường Cam Ly - Đà Lạt", "UBND xã Hòa Ninh"];
    expect(records().map((t) => [t.table, t.number, t.lead, t.partners])).toEqual([
      ...departments.map((name, i) => ["T1", String(i + 1), [`Lãnh đạo ${name}`], []]),
      ...communes.map((name, i) => ["T2", String(i + 1), [`Lãnh đạo ${name}`], []]),
    ]);
    expect(records().every((t) => t.origin === "body" && t.kind === "task" && t.areaLabel === null && t.products.length === 0)).toBe(true);
    // "thuộc thẩm quyền giải quyết của Sở Y tế": each episode's text names its body.
    expect(records()[3]!.task).toMatch(/thuộc thẩm quyền giải quyết của Sở Y tế$/);
  });
  it("each episode on its day of 2026 (the column says 'Năm 2026')", () => {
    const days = ["2026-01-23", "2026-03-13", "2026-04-10", "2026-05-08", "2026-06-12", "2026-07-10", "2026-08-14", "2026-09-11", "2026-10-09", "2026-11-13", "2026-12-11", "2026-03-27", "2026-04-24", "2026-05-22", "2026-06-26", "2026-07-24", "2026-08-28", "2026-09-25", "2026-10-23", "2026-11-27", "2026-12-25"];
    expect(records().map((t) => [t.deadline.start, t.deadline.end])).toEqual(days.map((d) => [d, d]));
  });
});

describe_("r10: one task appendix, four Roman groups, 11 tasks", () => {
  const records = parsed("r10_dongthap-tinh_617-KH-UBND-2025_cds-doanh-nghiep.md");
  it("every row: number, group, lead, partners, time", () => {
    const all = ["Các sở, ban, ngành tỉnh", "UBND các xã, phường"];
    const related = ["Các sở, ban, ngành tỉnh", "các đơn vị liên quan", "UBND các xã, phường"];
    expect(records().map((t) => [t.number, t.areaLabel, t.lead, t.partners, t.deadline.raw])).toEqual([
      ["1", "Nâng cao nhận thức và đổi mới tư duy", ["Sở KH&CN"], all, "Thường xuyên"],
      ["2", "Nâng cao nhận thức và đổi mới tư duy", ["Sở KH&CN"], all, "Thường xuyên"],
      ["3", "Nâng cao nhận thức và đổi mới tư duy", ["Sở Nội vụ"], ["Sở KH&CN", "các cơ quan, đơn vị liên quan"], "Thường xuyên, hằng năm"],
      ["4", "Hoàn thiện cơ chế, chính sách hỗ trợ chuyển đổi số doanh nghiệp", ["Sở KH&CN"], ["Các sở, ban, ngành tỉnh"], "Quí IV-2025"],
      ["5", "Hoàn thiện cơ chế, chính sách hỗ trợ chuyển đổi số doanh nghiệp", ["Sở Công Thương"], ["UBND các xã, phường"], "Quí IV-2025"],
      ["6", "Hoàn thiện cơ chế, chính sách hỗ trợ chuyển đổi số doanh nghiệp", ["Sở KH&CN"], related, "Quí IV-2025"],
      ["7", "Hoàn thiện cơ chế, chính sách hỗ trợ chuyển đổi số doanh nghiệp", ["Sở KH&CN"], related, "Hằng năm"],
      ["8", "Phát triển hạ tầng số và thúc đẩy ứng dụng trong sản xuất kinh doanh", ["Sở KH&CN"], ["Ban Quản lý Khu kinh tế", "Sở Công Thương", "các doanh nghiệp viễn thông", "các cơ quan, đơn vị liên quan"], "Quí IV-2025"],
      ["9", "Hợp tác và thu hút đầu tư", ["Sở KH&CN"], all, "Thường xuyên"],
      ["10", "Hợp tác và thu hút đầu tư", ["Sở KH&CN"], all, "Thường xuyên"],
      ["11", "Hợp tác và thu hút đầu tư", ["Sở KH&CN"], all, "Quí IV-2025"],
    ]);
  });
});

describe_("r13: a six-column appendix whose groups III–VI a website elided", () => {
  const records = parsed("r13_nghean-tinh_980-KH-UBND-2025_phong-thu-dan-su.md");
  it("18 rows; the five after the elided part carry no group (their group heading is not in the document as read)", () => {
    const second = "Triển khai đồng bộ văn bản quy phạm pháp luật, cơ chế, chính sách về phòng thủ dân sự";
    expect(records().map((t) => [t.number, t.areaLabel])).toEqual([
      ["1", "Kiện toàn và hoàn thiện cơ chế chỉ đạo, điều hành phòng thủ dân sự"],
      ...["1", "2", "3", "4", "5", "6", "7", "8"].map((n) => [n, second]),
      ...["2", "3", "4", "5", "6"].map((n) => [n, null]),
      ["1", "Diễn tập phòng thủ dân sự"],
      ["2", "Diễn tập phòng thủ dân sự"],
      ["1", "Duy trì hoạt động phòng thủ dân sự thường xuyên"],
      ["2", "Duy trì hoạt động phòng thủ dân sự thường xuyên"],
    ]);
  });
  it("leads, partners and products as the cells write them", () => {
    const byTask = (start: string) => records().find((t) => t.task.startsWith(start))!;
    expect(records()[0]).toMatchObject({ lead: ["Bộ CHQS tỉnh", "UBND cấp xã"], partners: ["Văn phòng Ban Chỉ huy", "các sở, ban, ngành"] });
    expect(byTask("Tiếp nhận và duy trì Hệ thống Tổng đài 112")).toMatchObject({ number: "3", lead: ["Bộ CHQS tỉnh"], products: [], deadline: { raw: "2025" } });
    expect(byTask("Xây dựng Quy chế về công tác trực ban")).toMatchObject({
      lead: ["Sở Nông nghiệp và Môi trường"],
      partners: ["Các sở, ban, ngành", "các tổ chức chính trị - xã hội"],
      products: ["Quyết định của Giám đốc Sở NN&MT"],
    });
    expect(byTask("Ban hành Quy chế Phối hợp tìm kiếm, cứu nạn hàng không")).toMatchObject({ lead: ["Sở Xây dựng"], deadline: { raw: "Sau khi có Quy chế của TW", start: null, end: null } });
    // "Sở Y tế | Sở Tài chính và cơ quan, địa phương liên quan": one body and one group, two partners.
    expect(byTask("Hướng dẫn thanh toán chi phí khám bệnh")).toMatchObject({ lead: ["Sở Y tế"], partners: ["Sở Tài chính", "cơ quan, địa phương liên quan"] });
    expect(byTask("Tiếp nhận và duy trì Hệ thống Tổng đài 112")).toMatchObject({ partners: ["Bộ Quốc phòng", "cơ quan, địa phương liên quan"] });
  });
});

describe_("r15: seven columns with a budget, cells lost to rowspans", () => {
  const records = parsed("r15_hcm-tp_2820-QD-UBND-2025_kh-csdl-quy-hoach.md");
  it("29 records in six groups, numbered as written (a second row under a merged number keeps that number)", () => {
    expect(records().map((t) => t.number)).toEqual(["1", "2", "3", "4", "1", "1", "2", "3", "1", "2", "3", "4", "5", "6", "1", "2", "2", "3", "4", "4", "1", "1", "2", "3", "1", "2", "3", "4", "5"]);
    expect(new Set(records().map((t) => t.areaLabel)).size).toBe(6);
  });
  it("a lead column of 'Các sở, ngành, UBND xã, phường, đặc khu' is two groups; budgets fill down within a group only", () => {
    const simplify = records().find((t) => t.task.startsWith("Tham gia rà soát, đơn giản hóa"))!;
    expect(simplify).toMatchObject({ lead: ["Các sở, ngành", "UBND xã, phường, đặc khu"], partners: ["Sở Tài chính"], deadline: { raw: "Quý II/2027", start: "2027-04-01", end: "2027-06-30" } });
    const training = records().find((t) => t.task.startsWith("Đào tạo, bồi dưỡng, tập huấn nhằm nâng cao"))!;
    expect(training).toMatchObject({ lead: ["Sở Khoa học và Công nghệ", "Công an Thành phố"], partners: ["Sở Tài chính", "Sở Nội vụ", "các sở, ngành", "UBND xã, phường, đặc khu"] });
    expect(records().filter((t) => t.areaLabel === "Các nhiệm vụ khác").every((t) => t.budget === null)).toBe(true);
  });
  it("IV.4 packs two tasks, each agency leading one and partnering the other: two records with that row's time", () => {
    const staffing = records().filter((t) => t.task.startsWith("Bố trí nhân lực"));
    expect(staffing.map((t) => [t.number, t.lead, t.partners, t.deadline.raw])).toEqual([
      ["4", ["Các sở, ngành", "UBND xã, phường, đặc khu"], ["Sở Tài chính"], "Năm 2026"],
      ["4", ["Sở Tài chính"], ["Các sở, ngành", "UBND xã, phường, đặc khu"], "Năm 2026"],
    ]);
    expect(staffing[0]!.task).toMatch(/thu thập, xử lý, đồng bộ dữ liệu/);
    expect(staffing[1]!.task).toMatch(/^Bố trí nhân lực đảm bảo đủ năng lực để quản lý, vận hành/);
  });
});

describe_("r16: a targets table (TT | Chỉ tiêu | Chủ trì) whose cells say what the agencies do", () => {
  const records = parsed("r16_bacninh-tinh_144-KH-UBND-2025_kinh-te-so-xa-hoi-so.md");
  it("every target's lead is an agency name; 'X chủ trì …; Y thực hiện …' makes X the lead and Y partners", () => {
    const kst = "Sở Khoa học và Công nghệ";
    expect(records().map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Tài chính"], []],
      ["2", ["Sở KH&CN"], ["Các sở, ngành", "UBND cấp xã"]],
      ["3", [kst], []],
      ["4", [kst], []],
      ["5", ["Sở Tài chính"], []],
      ["6", ["Sở Giáo dục và Đào tạo", "Sở Nội vụ", kst], []],
      ["1", [kst], []],
      ["2", [kst], []],
      ["3", ["Công an tỉnh"], []],
      ["4", ["Công an tỉnh"], []],
      ["5", ["Ngân hàng nhà nước khu vực XII"], []],
      ["6", ["Tỉnh đoàn"], []],
      ["7", [kst], []],
      ["8", ["Văn phòng UBND tỉnh"], []],
      ["9", ["Sở Y tế"], []],
      ["10", ["Sở Y tế"], []],
      ["11", ["Ngân hàng nhà nước khu vực XII"], []],
      ["12", ["Công an tỉnh"], []],
      ["13", [kst], []],
    ]);
    expect(records().map((t) => t.areaLabel)).toEqual([...Array(6).fill("Kinh tế số"), ...Array(13).fill("Xã hội số")]);
  });
});

describe_("r17: PHỤ LỤC I targets and PHỤ LỤC II tasks, groups three deep", () => {
  const records = parsed("r17_ttg_2629-QD-TTg-2025_chuong-trinh-chinh-phu-so.md");
  it("22 targets in four sub-groups of two periods; 75 tasks in nine groups", () => {
    const targets = records().filter((t) => t.table === "T1");
    expect(targets.map((t) => t.number).join(" ")).toBe("1 2 3 1 2 3 4 5 6 7 1 2 3 4 5 1 2 3 4 5 6 7");
    expect(targets.map((t) => t.products[0])).toEqual(["100%", "100%", "95%", "100%", "100%", "100%", "100%", "100%", "100%", "50%", "99%", "50%", "100%", "100%", "80%", "100%", "90%", "100%", "100%", "25%", "100%", "100%"]);
    const tasks = records().filter((t) => t.table === "T2");
    const perGroup = new Map<string, number>();
    for (const t of tasks) perGroup.set(t.areaLabel ?? "", (perGroup.get(t.areaLabel ?? "") ?? 0) + 1);
    expect([...perGroup.values()]).toEqual([14, 4, 32, 7, 4, 7, 3, 2, 2]);
    // III.1.1 … III.2: the deepest sub-group heading over each task.
    expect(tasks.filter((t) => t.subArea !== null).map((t) => t.subArea!.split(" ").slice(0, 6).join(" "))).toEqual([
      ...Array(4).fill("Nhóm các nền tảng số giải"),
      ...Array(5).fill("Nhóm các nền tảng phục vụ"),
      ...Array(17).fill("Nhóm các nền tảng cung cấp"),
      ...Array(6).fill("Nhóm ứng dụng, nền tảng số"),
    ]);
  });
  it("a lead cell with qualifiers names the agencies only; a list of partners keeps its groups", () => {
    const tasks = records().filter((t) => t.table === "T2");
    expect(tasks[3]).toMatchObject({ number: "4", lead: ["Bộ Công an", "Bộ Khoa học và Công nghệ", "các bộ, ngành"], partners: ["Các bộ, ngành có liên quan"] });
    expect(tasks[0]!.partners).toEqual(["Bộ Công an", "Bộ Tài chính", "Bộ Nội vụ", "các bộ, ngành, địa phương khác có liên quan"]);
    expect(tasks[13]).toMatchObject({ number: "14", lead: ["Bộ Công an (Trung tâm Dữ liệu quốc gia)"], partners: ["Bộ Giáo dục và Đào tạo"], deadline: { raw: "Tháng 06/2026" } });
    const market = tasks.find((t) => t.task.startsWith("Hình thành thị trường an toàn, an ninh mạng"))!;
    expect(market).toMatchObject({ areaLabel: "Bảo đảm an ninh mạng", number: "3", partners: ["Bộ Khoa học và Công nghệ", "Bộ Quốc phòng", "Bộ Tài chính", "các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam"] });
  });
});
