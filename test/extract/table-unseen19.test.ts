/**
 * Round 19 (issue 17): table shapes of 2026 plans not shown by u01-u67: a scrape written one cell per block of lines
 * whose rows leave cells empty (partner, time, note) and whose row "3" lists its own items "1." / "2."; an inspection
 * schedule whose units are grouped by month in the unit column ("| | Tháng 5/2026 | |") under a title naming the
 * reform's inspection; a matrix "Nhiệm vụ × cơ quan" (one column per body under "Cơ quan, đơn vị thực hiện", cells
 * "CT" / "PH"), and in a Word 97 file the same with bare "x" marks; numbering that mixes "I", "1", "1.1" and "a)" in a
 * table that goes on under "(tiếp theo)" after a page break, with "Kinh phí" and "Nguồn kinh phí"; a landscape
 * appendix whose "Lộ trình thực hiện" spans "2026 | 2027 | 2028" marked "x"; the "CT" / "PH" matrix printed to PDF. The
 * fixtures u68-u74 were written for them
 * (fixtures/unseen/README.md); the expected records are what a reader of each document writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { PROVINCE_HEAD, codes, markdownPlan, row, rule, tableTasks, unseenFixture as file, when } from "./table-plan.js";

const heads = (doc: Awaited<ReturnType<typeof parsePlan>>) => doc.tables.map((t) => [t.where, t.label, t.kind, t.title]);
const label = (text: string) => expect.stringMatching(new RegExp(`^${text}$`, "iu"));

describe("u68: scrape, one cell per block of lines, with empty cells; row '3' listing items '1.' / '2.'", () => {
  it("learns six columns from the header and keeps each row's empty cells in place", async () => {
    const doc = await parsePlan(file("u68_phuong-buon-ma-thuot-2026-scraped-empty-cells.md"));
    expect(doc.meta).toMatchObject({ number: "14/KH-UBND", date: "2026-01-22", level: "xa", issuer: "UBND phường Buôn Ma Thuột", year: 2026, signer: "Y Ngông Niê" });
    expect(heads(doc)).toEqual([["appendix", null, "task", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH PHƯỜNG BUÔN MA THUỘT NĂM 2026"]]);
    expect(doc.tables[0]!.columns).toEqual(["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"]);
    const direction = label("Công tác chỉ đạo, điều hành");
    const procedures = label("Cải cách thủ tục hành chính");
    const digital = label("Chuyển đổi số");
    const culture = "Phòng Văn hóa - Xã hội";
    const office = "Văn phòng HĐND và UBND phường";
    const centre = "Trung tâm Phục vụ hành chính công phường";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026",
        area: "direction",
        areaLabel: direction,
        lead: [culture],
        partners: [],
        deadline: { raw: "Tháng 02/2026", ...when("2026-02-01", "2026-02-28") },
        extra: {},
      },
      {
        number: "2",
        task: "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của phường",
        area: "direction",
        lead: [office],
        partners: [],
        deadline: { raw: "Trước 15/02/2026", ...when(null, "2026-02-15") },
      },
      {
        // The row's own number; its items "1." / "2." stay in its text (one task, not two packed ones).
        number: "3",
        task: "1. Kiểm tra công tác cải cách hành chính tại các tổ dân phố 2. Kiểm tra việc niêm yết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường",
        area: "direction",
        lead: [culture],
        partners: ["Công an phường"],
        deadline: { raw: "Quý III/2026", ...when("2026-07-01", "2026-09-30") },
      },
      {
        number: "4",
        task: "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường",
        area: "procedures",
        areaLabel: procedures,
        lead: [centre],
        partners: [],
        deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") },
        extra: {},
      },
      {
        number: "5",
        task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        area: "procedures",
        lead: [centre],
        partners: [],
        deadline: { raw: "Thường xuyên", ...when("2026-01-01", "2026-12-31", "continuous") },
        extra: { "Ghi chú": "Theo Đề án 06" },
      },
      { number: "6", task: "Duy trì Tổ công nghệ số cộng đồng tại các tổ dân phố", area: "digital_government", areaLabel: digital, lead: [culture], partners: [], deadline: { raw: null }, extra: {} },
      {
        number: "7",
        task: "Sử dụng chữ ký số trong xử lý văn bản điện tử",
        area: "digital_government",
        lead: [office],
        partners: ["Các phòng chuyên môn"],
        deadline: { raw: "Theo yêu cầu", ...when(null, null) },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(7);
    expect(codes(doc, "numbered-items-kept")).toBe(1);
  });
});

describe("u69: TAB text, a Sở's inspection calendar grouped by month in the unit column", () => {
  it("reads each month as a group and the schedule's area from its title, the Sở leading every inspection", async () => {
    const doc = await parsePlan(file("u69_so-noi-vu-gia-lai-kiem-tra-2026-month-group-tab.txt"));
    expect(doc.meta).toMatchObject({ number: "62/KH-SNV", date: "2026-03-10", level: "tinh", year: 2026, signer: "Nguyễn Thị Thu Hà" });
    expect(heads(doc)).toEqual([["appendix", null, "schedule", "LỊCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026"]]);
    const home = [expect.stringMatching(/^Sở Nội vụ/u)];
    const day = (iso: string, raw: string) => ({ raw, ...when(iso, iso) });
    expect(tableTasks(doc)).toMatchObject([
      { kind: "schedule", number: "1", task: "Sở Nông nghiệp và Môi trường", area: "direction", areaLabel: "Tháng 5/2026", lead: home, deadline: day("2026-05-12", "Ngày 12/5/2026") },
      { number: "2", task: "UBND phường Quy Nhơn", area: "direction", areaLabel: "Tháng 5/2026", lead: home, deadline: day("2026-05-14", "Ngày 14/5/2026"), extra: { "Ghi chú": "Kết hợp kiểm tra công vụ" } },
      { number: "3", task: "Sở Giáo dục và Đào tạo", area: "direction", areaLabel: "Tháng 8/2026", lead: home, deadline: day("2026-08-11", "Ngày 11/8/2026") },
      { number: "4", task: "UBND xã Ia Grai", area: "direction", areaLabel: "Tháng 8/2026", lead: home, deadline: { raw: "Từ ngày 18/8 đến ngày 19/8/2026", ...when("2026-08-18", "2026-08-19") } },
      { number: "5", task: "UBND xã Kbang", area: "direction", areaLabel: "Tháng 10/2026", lead: home, deadline: day("2026-10-06", "Ngày 06/10/2026") },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
  });
});

describe("u70: HTML, a commune's matrix 'Nhiệm vụ × cơ quan' marked 'CT' / 'PH'", () => {
  it("gives each row the body marked CT as its lead and those marked PH as its partners", async () => {
    const doc = await parsePlan(file("u70_xa-dak-doa-2026-matrix-ct-ph.html"));
    expect(doc.meta).toMatchObject({ number: "11/KH-UBND", date: "2026-01-19", level: "xa", issuer: "UBND xã Đak Đoa", year: 2026, signer: "Rơ Châm Long" });
    expect(heads(doc)).toEqual([["body", null, "task", null]]);
    const office = "Văn phòng HĐND và UBND xã";
    const economy = "Phòng Kinh tế";
    const culture = "Phòng Văn hóa - Xã hội";
    const police = "Công an xã";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1.1",
        task: "Rà soát, công bố danh mục thủ tục hành chính thuộc thẩm quyền của UBND xã",
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        lead: [office],
        partners: [economy, culture],
        deadline: { raw: "Quý I/2026", ...when("2026-01-01", "2026-03-31") },
        extra: {},
      },
      { number: "1.2", task: "Tiếp nhận, giải quyết hồ sơ đăng ký cư trú trực tuyến", area: "procedures", lead: [police], partners: [culture], deadline: when("2026-01-01", "2026-12-31", "continuous"), extra: {} },
      { number: "2.1", task: "Cập nhật cơ sở dữ liệu đất đai của xã", area: "digital_government", areaLabel: "Chuyển đổi số", lead: [economy], partners: [office], deadline: when("2026-01-01", "2026-12-31") },
      { number: "2.2", task: "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến", area: "digital_government", lead: [culture], partners: [office, police], deadline: when("2026-01-01", "2026-12-31", "quarterly") },
    ]);
    expect(tableTasks(doc)).toHaveLength(4);
    expect(codes(doc, "agency-marks-first-leads")).toBe(0);
  });
});

describe("u74: PDF (LibreOffice) of u70: the matrix as a PDF table", () => {
  it("reads the same meta and the same records as the HTML", async () => {
    const pdf = await parsePlan(file("u74_xa-dak-doa-2026-matrix-ct-ph-libreoffice.pdf"));
    const html = await parsePlan(file("u70_xa-dak-doa-2026-matrix-ct-ph.html"));
    const fields = (doc: typeof pdf) => tableTasks(doc).map((t) => [t.number, t.task, t.area, t.areaLabel, t.lead, t.partners, t.deadline.raw]);
    expect(pdf.meta).toMatchObject({ number: "11/KH-UBND", date: "2026-01-19", level: "xa", issuer: "UBND xã Đak Đoa", signer: "Rơ Châm Long" });
    expect(fields(pdf)).toEqual(fields(html));
    expect(tableTasks(pdf).map((t) => t.lead)).toEqual([["Văn phòng HĐND và UBND xã"], ["Công an xã"], ["Phòng Kinh tế"], ["Phòng Văn hóa - Xã hội"]]);
  });
  it("keeps the last recipient the PDF's lines put after the signer's name ('Rơ Châm Long' / '- Lưu: VT.')", async () => {
    const pdf = await parsePlan(file("u74_xa-dak-doa-2026-matrix-ct-ph-libreoffice.pdf"));
    expect(pdf.meta.recipients).toEqual(["UBND tỉnh Gia Lai", "Sở Nội vụ", "Lưu: VT"]);
  });
});

describe("u71: Markdown, a province's plan: 'I', '1', '1.1', 'a)' levels; the table goes on under 'PHỤ LỤC (tiếp theo)'", () => {
  it("reads the lettered rows as parts of '1.2', the rows after the break in group II, the budget and its source", async () => {
    const doc = await parsePlan(file("u71_tinh-ha-tinh-cchc-2026-tiep-theo-mixed-numbering.md"));
    expect(doc.meta).toMatchObject({ number: "58/KH-UBND", date: "2026-01-21", level: "tinh", issuer: "UBND tỉnh Hà Tĩnh", year: 2026, signer: "Trần Báu Hà" });
    expect(heads(doc)).toEqual([["appendix", null, "task", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH HÀ TĨNH NĂM 2026"]]);
    expect(doc.tables).toHaveLength(1);
    const institutions = label("Cải cách thể chế");
    const build = "Xây dựng văn bản quy phạm pháp luật";
    const review = "Rà soát văn bản quy phạm pháp luật của tỉnh ban hành trước ngày 01/7/2025";
    const source = { "Nguồn kinh phí": "Ngân sách tỉnh" };
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1.1",
        task: "Xây dựng Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ cán bộ, công chức cấp xã sau sắp xếp",
        area: "institutions",
        areaLabel: institutions,
        parent: build,
        lead: ["Sở Nội vụ"],
        partners: ["Sở Tài chính", "Sở Tư pháp"],
        deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") },
        budget: "150",
        extra: source,
      },
      { number: "1.2", task: review, area: "institutions", parent: build, lead: ["Sở Tư pháp"], partners: ["Các sở, ban, ngành"], deadline: when("2026-01-01", "2026-12-31", "continuous"), budget: null, extra: {} },
      { number: "a", task: "Rà soát văn bản lĩnh vực đất đai", area: "institutions", parent: review, lead: ["Sở Nông nghiệp và Môi trường"], partners: ["Sở Tư pháp"], deadline: when("2026-01-01", "2026-03-31"), budget: null },
      { number: "b", task: "Rà soát văn bản lĩnh vực đầu tư", parent: review, lead: ["Sở Tài chính"], partners: ["Sở Tư pháp"], deadline: when("2026-07-01", "2026-09-30") },
      {
        number: "2.1",
        task: "Kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính",
        area: "institutions",
        parent: "Theo dõi thi hành pháp luật",
        lead: ["Sở Tư pháp"],
        partners: ["UBND các xã, phường"],
        deadline: { raw: "Theo yêu cầu", ...when(null, null) },
        budget: "80",
        extra: source,
      },
      {
        number: "1",
        task: "Công bố, công khai thủ tục hành chính đã được chuẩn hóa",
        area: "procedures",
        areaLabel: label("Cải cách thủ tục hành chính"),
        parent: null,
        lead: ["Văn phòng UBND tỉnh"],
        partners: ["Các sở, ban, ngành"],
        deadline: { raw: "Trong vòng 05 ngày kể từ ngày văn bản có hiệu lực" },
      },
      {
        number: "2",
        task: "Vận hành Trung tâm Phục vụ hành chính công tỉnh và các điểm tiếp nhận cấp xã",
        area: "procedures",
        areaLabel: label("Cải cách thủ tục hành chính"),
        lead: ["Trung tâm Phục vụ hành chính công tỉnh"],
        partners: ["UBND các xã, phường"],
        deadline: when("2026-01-01", "2026-12-31", "continuous"),
        budget: "1.200",
        extra: source,
      },
      {
        number: "1",
        task: "Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn thuộc UBND tỉnh sau hợp nhất",
        area: "organization",
        areaLabel: label("Cải cách tổ chức bộ máy"),
        lead: ["Sở Nội vụ"],
        partners: ["Các sở, ban, ngành"],
        deadline: when("2026-07-01", "2026-09-30"),
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(8);
  });
});

describe("u72: DOCX, a Sở's 2026-2028 plan, landscape appendix, 'Lộ trình thực hiện' over the years marked 'x'", () => {
  it("takes the marked years as the time, the budget and its merged source, the small table as activities", async () => {
    const doc = await parsePlan(file("u72_so-vhttdl-quang-tri-2026-2028-landscape-lo-trinh.docx"));
    expect(doc.meta).toMatchObject({ number: "31/KH-SVHTTDL", date: "2026-01-26", level: "tinh", year: 2026, period: { from: 2026, to: 2028 }, signer: "Lê Thị Hương Giang" });
    expect(heads(doc)).toEqual([["appendix", null, "task", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026 - 2028"]]);
    const group = "Sắp xếp các phòng chuyên môn, đơn vị sự nghiệp sau hợp nhất";
    const source = { "Nguồn kinh phí": "Ngân sách tỉnh" };
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1.1",
        task: "Xây dựng đề án vị trí việc làm của Sở",
        area: "organization",
        areaLabel: label("Cải cách tổ chức bộ máy"),
        parent: group,
        lead: ["Văn phòng Sở"],
        partners: ["Các phòng chuyên môn"],
        deadline: when("2026-01-01", "2026-12-31"),
        budget: "50",
        extra: source,
      },
      { number: "1.2", task: "Kiện toàn các đơn vị sự nghiệp công lập trực thuộc Sở", parent: group, lead: ["Văn phòng Sở"], partners: ["Sở Nội vụ"], deadline: when("2026-01-01", "2027-12-31"), budget: "30", extra: source },
      {
        number: "1",
        task: "Đo lường sự hài lòng của người dân đối với thủ tục hành chính lĩnh vực văn hóa, du lịch:",
        area: "procedures",
        areaLabel: label("Cải cách thủ tục hành chính"),
        parent: null,
        activities: [expect.stringMatching(/^a\)\s*\|?\s*Khảo sát tại Bộ phận Một cửa$/u), expect.stringMatching(/^b\)\s*\|?\s*Khảo sát trực tuyến qua Cổng Dịch vụ công$/u)],
        lead: ["Văn phòng Sở"],
        partners: ["Trung tâm Phục vụ hành chính công tỉnh"],
        deadline: when("2026-01-01", "2028-12-31"),
        budget: "120",
        extra: source,
      },
      { number: "2", task: "Số hóa hồ sơ cấp phép hoạt động văn hóa, thể thao, du lịch", area: "procedures", lead: ["Phòng Quản lý văn hóa và gia đình"], partners: ["Văn phòng Sở"], deadline: when("2027-01-01", "2027-12-31"), budget: null, extra: {} },
    ]);
    expect(tableTasks(doc)).toHaveLength(4);
  });
});

describe("u73: Word 97, a commune's matrix of bodies marked 'x' (or 'CT' / 'PH') in a one-row header", () => {
  it("reads the first body marked 'x' as the lead and says so; 'CT' / 'PH' say it themselves", async () => {
    const doc = await parsePlan(file("u73_xa-huong-son-2026-word97-matrix-x.doc"));
    expect(doc.meta).toMatchObject({ number: "09/KH-UBND", date: "2026-01-16", level: "xa", issuer: "UBND xã Hương Sơn", year: 2026, signer: "Võ Tá Hòa" });
    expect(heads(doc)).toEqual([["body", null, "task", null]]);
    const office = "Văn phòng HĐND và UBND xã";
    const centre = "Trung tâm Phục vụ hành chính công xã";
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", task: "Rà soát, công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của xã", lead: [office], partners: [centre], deadline: when("2026-01-01", "2026-03-31"), extra: {} },
      { number: "2", task: "Tuyên truyền cải cách hành chính trên hệ thống truyền thanh xã", lead: ["Phòng Văn hóa - Xã hội"], partners: [], deadline: when("2026-01-01", "2026-12-31", "continuous") },
      { number: "3", task: "Giải quyết kiến nghị của người dân, doanh nghiệp về quy định hành chính", lead: ["Phòng Kinh tế"], partners: [office, centre], deadline: { raw: "Theo yêu cầu", ...when(null, null) } },
      { number: "4", task: "Kiểm tra việc thực hiện kỷ luật, kỷ cương hành chính", lead: [office], partners: ["Phòng Văn hóa - Xã hội"], deadline: when("2026-07-01", "2026-09-30") },
    ]);
    expect(tableTasks(doc)).toHaveLength(4);
    expect(codes(doc, "agency-marks-first-leads")).toBe(2);
  });
});

describe("a Markdown matrix: the bodies in a second header row under a spanning 'Cơ quan thực hiện'", () => {
  it("reads the bodies' row as the header's, and each row's marks", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("TT", "Nhiệm vụ", "Cơ quan thực hiện", "", "", "Thời gian"),
      rule(6),
      row("", "", "Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh", ""),
      row("**I**", "**CẢI CÁCH THỦ TỤC HÀNH CHÍNH**", "", "", "", ""),
      row("1", "Rà soát thủ tục hành chính", "PH", "CT", "", "Quý I/2026"),
      row("2", "Công bố thủ tục hành chính", "", "", "Chủ trì", "Thường xuyên"),
      row("3", "Tuyên truyền cải cách hành chính", "x", "", "x", "Quý II/2026"),
    ]);
    expect(tableTasks(doc).map((t) => [t.number, t.lead, t.partners, t.extra])).toEqual([
      ["1", ["Sở Tư pháp"], ["Sở Nội vụ"], {}],
      ["2", ["Văn phòng UBND tỉnh"], [], {}],
      ["3", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"], {}],
    ]);
    expect(codes(doc, "agency-marks-first-leads")).toBe(1);
  });
});
