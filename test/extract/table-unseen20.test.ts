/**
 * Round 20 (issue 17): assignment tables of shapes not shown by u01-u74: one agency column holding both roles inside
 * the cell ("Công an tỉnh (chủ trì), phối hợp: …" beside the forms read before) under a "Thời gian" spanning "Bắt đầu
 * | Hoàn thành"; an appendix running over pages (its header repeated, group II going on across the break, a row cut
 * by it) whose columns come in an unusual order and whose notes name the partners ("Sở A, Sở B phối hợp", "Phối hợp
 * với …", "Cơ quan phối hợp: …"); a scraped matrix marked "x" whose group rows write their label in every cell after
 * their number; a matrix whose bodies stand under a spanning "Cơ quan thực hiện". The fixtures u75-u78 were written
 * for them (fixtures/unseen/README.md); the expected records are what a reader of each document writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { PROVINCE_HEAD, codes, markdownPlan, row, rule, tableTasks, unseenFixture as file, when } from "./table-plan.js";

const heads = (doc: Awaited<ReturnType<typeof parsePlan>>) => doc.tables.map((t) => [t.where, t.label, t.kind, t.title]);

describe("u75: DOCX, one column 'Cơ quan chủ trì, phối hợp' holding both roles in each cell", () => {
  it("reads the lead and the partners of every way the cell writes them", async () => {
    const doc = await parsePlan(file("u75_so-tu-phap-gia-lai-2026-chu-tri-phoi-hop-one-column.docx"));
    expect(doc.meta).toMatchObject({ number: "27/KH-STP", date: "2026-01-20", level: "tinh", issuer: "Sở Tư pháp tỉnh Gia Lai", year: 2026, signer: "Trần Văn Hưng" });
    expect(heads(doc)).toEqual([["body", null, "task", null]]);
    expect(doc.tables[0]!.columns).toEqual(["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì, phối hợp", "Thời gian bắt đầu", "Thời gian hoàn thành"]);
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành",
        lead: ["Phòng Xây dựng và kiểm tra văn bản"],
        partners: ["các sở, ngành"],
        deadline: when("2026-02-01", "2026-06-30"),
      },
      {
        // The role in brackets after the lead, then a comma and the partners' label.
        number: "2",
        task: "Kết nối, chia sẻ dữ liệu hộ tịch điện tử với Cơ sở dữ liệu quốc gia về dân cư",
        lead: ["Công an tỉnh"],
        partners: ["Phòng Hành chính tư pháp"],
        deadline: when("2026-03-01", "2026-08-31"),
      },
      {
        number: "3",
        task: "Thực hiện liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế",
        lead: ["Phòng Hành chính tư pháp"],
        partners: ["Bảo hiểm xã hội tỉnh"],
        deadline: when("2026-01-01", "2026-12-31"),
      },
      { number: "4", task: "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở", lead: ["Văn phòng Sở"], partners: ["Thanh tra Sở"], deadline: when("2026-05-01", "2026-10-31") },
      {
        // The lead on the cell's first line, the partners on the next.
        number: "5",
        task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực tư pháp",
        lead: ["Trung tâm Dịch vụ đấu giá tài sản"],
        partners: ["Văn phòng Sở", "Phòng Bổ trợ tư pháp"],
        deadline: when("2026-03-01", "2026-12-31"),
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
  });
});

/** What a reader writes down of u76's appendix: number, time, task, lead, partners (from the note), product. */
const U76: [string, string, string, string, string[], string][] = [
  ["1", "Quý I/2026", "Xây dựng, ban hành Kế hoạch rà soát văn bản quy phạm pháp luật năm 2026", "Sở Tư pháp", ["Các sở, ngành"], "Kế hoạch"],
  ["2", "Tháng 6/2026", "Kiểm tra việc thực hiện văn bản quy phạm pháp luật tại các sở, ngành và UBND các xã", "Sở Tư pháp", ["Sở Nội vụ", "Văn phòng UBND tỉnh"], "Báo cáo kết quả kiểm tra"],
  ["3", "Quý III/2026", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực xử lý vi phạm hành chính", "Sở Tư pháp", [], "Báo cáo"],
  ["4", "Tháng 11/2026", "Tổng kết việc thực hiện các quy định về phân cấp, phân quyền sau sắp xếp bộ máy", "Sở Nội vụ", ["Văn phòng UBND tỉnh", "các sở, ngành"], "Báo cáo tổng kết"],
  ["5", "Quý I/2026", "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp trên địa bàn tỉnh", "Văn phòng UBND tỉnh", ["các sở, ngành"], "Quyết định công bố"],
  ["6", "Quý II/2026", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư", "Sở Nông nghiệp và Môi trường", ["Sở Xây dựng", "Sở Tài chính"], "Phương án đơn giản hóa"],
  ["7", "Tháng 7/2026", "Thực hiện tiếp nhận, giải quyết thủ tục hành chính không phụ thuộc địa giới hành chính", "Trung tâm Phục vụ hành chính công tỉnh", [], "Báo cáo"],
  ["8", "Quý III/2026", "Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp", "Văn phòng UBND tỉnh", [], "Kết quả đánh giá"],
  ["9", "Tháng 9/2026", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "Các sở, ngành", ["Trung tâm Phục vụ hành chính công tỉnh"], "Dữ liệu số hóa"],
  ["10", "Quý IV/2026", "Cắt giảm thời gian giải quyết thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", "Văn phòng UBND tỉnh", ["các sở, ngành", "UBND các xã, phường"], "Quyết định phê duyệt"],
  ["11", "Tháng 10/2026", "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình", "Sở Văn hóa, Thể thao và Du lịch", ["Đài Phát thanh và Truyền hình tỉnh"], "Tin, bài, phóng sự"],
  ["12", "Tháng 12/2026", "Tổng hợp, báo cáo tình hình kiểm soát thủ tục hành chính năm 2026", "Văn phòng UBND tỉnh", [], "Báo cáo năm"],
  ["13", "Quý II/2026", "Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn sau sắp xếp", "Sở Nội vụ", ["Các sở, ngành"], "Báo cáo rà soát"],
  ["14", "Quý IV/2026", "Xây dựng vị trí việc làm trong các đơn vị sự nghiệp công lập", "Sở Nội vụ", ["Sở Tài chính"], "Đề án vị trí việc làm"],
];
const U76_AREAS = ["Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy"];
const u76Area = (n: number) => U76_AREAS[n <= 4 ? 0 : n <= 12 ? 1 : 2]!;

describe("u76: an appendix over pages, time first, the partners in the notes (DOCX, and printed to PDF)", () => {
  for (const name of ["u76_tinh-dak-lak-2026-time-first-notes-partners.docx", "u76_tinh-dak-lak-2026-time-first-notes-partners-libreoffice.pdf"]) {
    it(`${name.endsWith(".pdf") ? "PDF" : "DOCX"}: one record per row, group II going on across the page break, partners from the notes`, async () => {
      const doc = await parsePlan(file(name));
      expect(doc.meta).toMatchObject({ number: "36/KH-UBND", date: "2026-01-23", level: "tinh", issuer: "UBND tỉnh Đắk Lắk", year: 2026, signer: "Nguyễn Thiên Văn" });
      expect(heads(doc)).toEqual([["appendix", null, "task", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"]]);
      const got = tableTasks(doc).map((t) => [t.number, t.deadline.raw, t.task, t.lead, t.partners, t.products, t.areaLabel]);
      expect(got).toEqual(U76.map(([n, time, task, lead, partners, product]) => [n, time, task, [lead], partners, [product], u76Area(Number(n))]));
      // The notes stay under their header; a note naming no partners gives none.
      expect(tableTasks(doc)[7]!.extra).toEqual({ "Ghi chú": "Theo Quyết định số 766/QĐ-TTg" });
      expect(tableTasks(doc)[0]!.extra).toEqual({ "Ghi chú": "Các sở, ngành phối hợp" });
      expect(codes(doc, "field-from-note")).toBe(10);
    });
  }
});

describe("u77: Markdown scrape, a matrix marked 'x' whose group rows repeat their label after their number", () => {
  it("reads the groups as groups and each row's marked bodies, the first leading", async () => {
    const doc = await parsePlan(file("u77_xa-cam-xuyen-2026-scraped-matrix-x-group-labels.md"));
    expect(doc.meta).toMatchObject({ number: "15/KH-UBND", date: "2026-01-21", level: "xa", issuer: "UBND xã Cẩm Xuyên", year: 2026, signer: "Nguyễn Văn Thắng" });
    expect(heads(doc)).toEqual([["body", null, "task", null]]);
    const office = "Văn phòng HĐND và UBND xã";
    const economy = "Phòng Kinh tế";
    const culture = "Phòng Văn hóa - Xã hội";
    const centre = "Trung tâm Phục vụ hành chính công xã";
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", task: "Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành", area: "institutions", areaLabel: "Cải cách thể chế", lead: [office], partners: [], deadline: when("2026-04-01", "2026-06-30"), extra: {} },
      { number: "2", task: "Tự kiểm tra việc thực hiện văn bản quy phạm pháp luật trong lĩnh vực đất đai", areaLabel: "Cải cách thể chế", lead: [economy], partners: [], deadline: when("2026-09-01", "2026-09-30") },
      { number: "3", task: "Niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã", area: "procedures", areaLabel: "Cải cách thủ tục hành chính", lead: [centre], partners: [], deadline: when("2026-01-01", "2026-12-31", "continuous") },
      { number: "4", task: "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân về quy định hành chính", areaLabel: "Cải cách thủ tục hành chính", lead: [office], partners: [centre], deadline: { raw: "Theo yêu cầu" } },
      { number: "5", task: "Đánh giá, xếp loại cán bộ, công chức xã theo quý", area: "civil_service", areaLabel: "Cải cách chế độ công vụ", lead: [office], partners: [economy, culture], deadline: when("2026-01-01", "2026-12-31", "quarterly") },
      { number: "6", task: "Bồi dưỡng kỹ năng ứng dụng công nghệ số cho công chức xã", areaLabel: "Cải cách chế độ công vụ", lead: [culture], partners: [], deadline: when("2026-07-01", "2026-09-30") },
    ]);
    expect(tableTasks(doc)).toHaveLength(6);
    expect(codes(doc, "span-repeated")).toBe(3);
    expect(codes(doc, "agency-marks-first-leads")).toBe(2);
    expect(codes(doc, "column-unmapped")).toBe(0);
  });
});

describe("u78: HTML, a matrix whose bodies stand under a spanning 'Cơ quan thực hiện', marked 'CT' / 'PH'", () => {
  it("names each body's column with the body's own capital, and reads CT / PH and the output column", async () => {
    const doc = await parsePlan(file("u78_phuong-vinh-hung-2026-matrix-spanning-bodies.html"));
    expect(doc.meta).toMatchObject({ number: "08/KH-UBND", date: "2026-01-15", level: "xa", issuer: "UBND phường Vĩnh Hưng", year: 2026, signer: "Lê Thị Thu Hằng" });
    expect(doc.tables[0]!.columns).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Cơ quan thực hiện Văn phòng HĐND và UBND phường",
      "Cơ quan thực hiện Phòng Kinh tế, Hạ tầng và Đô thị",
      "Cơ quan thực hiện Phòng Văn hóa - Xã hội",
      "Cơ quan thực hiện Công an phường",
      "Thời gian thực hiện",
      "Kết quả đầu ra",
    ]);
    const office = "Văn phòng HĐND và UBND phường";
    const economy = "Phòng Kinh tế, Hạ tầng và Đô thị";
    const culture = "Phòng Văn hóa - Xã hội";
    const police = "Công an phường";
    expect(tableTasks(doc)).toMatchObject([
      { number: "1.1", areaLabel: "Cải cách thủ tục hành chính", lead: [economy], partners: [office], deadline: when("2026-04-01", "2026-06-30"), products: ["Báo cáo rà soát"] },
      { number: "1.2", lead: [office], partners: [culture, police], deadline: when("2026-01-01", "2026-12-31", "continuous"), products: ["Tỷ lệ hồ sơ trực tuyến đạt trên 80%"] },
      { number: "2.1", areaLabel: "Chuyển đổi số", area: "digital_government", lead: [police], partners: [economy], deadline: when("2026-06-01", "2026-06-30"), products: ["Dữ liệu đúng, đủ, sạch, sống"] },
      { number: "2.2", lead: [culture], partners: [office], deadline: when("2026-07-01", "2026-09-30"), products: ["Các lớp tập huấn"] },
    ]);
    expect(tableTasks(doc)).toHaveLength(4);
  });
});

describe("a scraped table (no matrix) whose group rows write their label in every cell after their number", () => {
  it("reads '| II | Cải cách TTHC | Cải cách TTHC | … |' as group II, never as a record", async () => {
    const label = "Cải cách thủ tục hành chính";
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
      rule(5),
      row("II", label, label, label, label),
      row("1", "Công bố danh mục thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ngành", "Quý I/2026"),
      row("2", "Số hóa kết quả giải quyết thủ tục hành chính", "Các sở, ngành", "", "Năm 2026"),
    ]);
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", areaLabel: label, area: "procedures", lead: ["Văn phòng UBND tỉnh"], partners: ["Các sở, ngành"], deadline: { raw: "Quý I/2026" } },
      { number: "2", areaLabel: label, lead: ["Các sở, ngành"], partners: [], deadline: { raw: "Năm 2026" } },
    ]);
    expect(tableTasks(doc)).toHaveLength(2);
    expect(codes(doc, "span-repeated")).toBe(1);
  });
});

describe("u79: DOCX, a propaganda plan whose tables name each row by its form alone ('Hình thức tuyên truyền')", () => {
  it("reads each form as the row's task, with its agencies, time and budget", async () => {
    const doc = await parsePlan(file("u79_xa-tan-thanh-tuyen-truyen-2026-hinh-thuc-tables.docx"));
    expect(doc.meta).toMatchObject({ number: "12/KH-UBND", date: "2026-01-19", level: "xa", issuer: "UBND xã Tân Thành", year: 2026, signer: "Hà Văn Sơn" });
    expect(heads(doc)).toEqual([
      ["body", null, "task", null],
      ["body", null, "task", null],
    ]);
    const office = "Văn phòng HĐND và UBND xã";
    const culture = "Phòng Văn hóa - Xã hội";
    expect(tableTasks(doc)).toMatchObject([
      { table: "T1", number: "1", task: "Phát sóng chuyên mục \"Cải cách hành chính\" trên hệ thống truyền thanh xã", lead: [office], partners: [], deadline: when("2026-01-01", "2026-12-31", "monthly"), budget: "6.000.000", activities: [] },
      { table: "T1", number: "2", task: "Đăng tin, bài trên Trang thông tin điện tử và trang Zalo của xã", lead: [culture], deadline: when("2026-01-01", "2026-12-31", "continuous"), budget: null },
      // Two bodies in "Cơ quan thực hiện" without a role: both carry it out.
      { table: "T1", number: "3", task: "Treo băng rôn, khẩu hiệu tại trụ sở UBND xã và nhà văn hóa các thôn", lead: [culture, "UBND các thôn"], deadline: when("2026-04-01", "2026-06-30"), budget: "4.500.000" },
      { table: "T2", number: "1", task: "Hội nghị quán triệt Kế hoạch cải cách hành chính năm 2026", lead: [office], partners: ["Phòng Kinh tế"], deadline: when("2026-02-01", "2026-02-28"), extra: { "Đối tượng": "Cán bộ, công chức xã" } },
      { table: "T2", number: "2", task: "Hội thi tìm hiểu về cải cách hành chính", lead: [culture], partners: ["Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"], deadline: when("2026-07-01", "2026-09-30"), extra: { "Đối tượng": "Đoàn viên, hội viên các đoàn thể" } },
      { table: "T2", number: "3", task: "Lồng ghép tuyên truyền tại các cuộc họp thôn", lead: ["UBND các thôn"], partners: [], deadline: when("2026-01-01", "2026-12-31", "quarterly"), extra: { "Đối tượng": "Nhân dân các thôn" } },
    ]);
    expect(tableTasks(doc)).toHaveLength(6);
  });

  it("keeps a form column beside a content column under its header", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("TT", "Hình thức tuyên truyền", "Nội dung tuyên truyền", "Đơn vị thực hiện", "Thời gian"),
      rule(5),
      row("1", "Hội nghị", "Quán triệt Kế hoạch cải cách hành chính năm 2026", "Sở Nội vụ", "Quý I/2026"),
    ]);
    expect(tableTasks(doc)).toMatchObject([{ task: "Quán triệt Kế hoạch cải cách hành chính năm 2026", lead: ["Sở Nội vụ"], extra: { "Hình thức tuyên truyền": "Hội nghị" } }]);
  });
});

describe("a matrix of bodies marked with ticks ('√', '✓', '●') as Word users type them", () => {
  it("reads a tick as an 'x': the first body marked leads, the others partner", async () => {
    const office = "Văn phòng HĐND và UBND xã";
    const culture = "Phòng Văn hóa - Xã hội";
    const police = "Công an xã";
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("TT", "Nhiệm vụ", office, culture, police, "Thời gian"),
      rule(6),
      row("1", "Tuyên truyền, phổ biến thủ tục hành chính mới", "√", "√", "", "Quý I/2026"),
      row("2", "Kiểm tra việc thực hiện quy chế văn hóa công sở", "✓", "", "", "Quý II/2026"),
      row("3", "Cập nhật dữ liệu dân cư phục vụ giải quyết thủ tục hành chính", "", "", "●", "Tháng 6/2026"),
    ]);
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", lead: [office], partners: [culture], extra: {} },
      { number: "2", lead: [office], partners: [], extra: {} },
      { number: "3", lead: [police], partners: [], extra: {} },
    ]);
    expect(codes(doc, "column-unmapped")).toBe(0);
  });
});
