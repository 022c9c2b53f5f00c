/**
 * Round 18 (issue 17): table shapes of 2026 plans not shown by u01-u59: a "Ghi chú" column holding real notes beside
 * "Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành" under the pillars of chuyển đổi số
 * ("Hạ tầng số", "Dữ liệu số", "Chính quyền số"); an inspection calendar whose "Đoàn kiểm tra" column names the team of
 * each unit, its time and team cells merged down (rowspan) over units inspected together; a TAB table whose STT is blank
 * on every task row, its "Đơn vị thực hiện" naming groups of bodies ("Các Sở, ban, ngành; UBND các xã, phường, đặc
 * khu"); one column per quarter ("Quý I | … | Quý IV" marked "x") in a one-row DOCX header beside Chủ trì cells merged
 * down (w:vMerge); a Word 97 table over two pages with a row that packs two numbered tasks, their numbers "5." / "6."
 * in the STT cell; a scraped target table "Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 | Đơn vị chủ trì". The fixtures
 * u60-u65 were written for them (fixtures/unseen/README.md); the expected records are what a reader of each document
 * writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { PROVINCE_HEAD, markdownPlan, row, rule, tableTasks, unseenFixture as file, when } from "./table-plan.js";

const heads = (doc: Awaited<ReturnType<typeof parsePlan>>) => doc.tables.map((t) => [t.where, t.label, t.kind, t.title]);

describe("u60: Markdown, a commune's chuyển đổi số plan: groups by pillar, a 'Ghi chú' column of real notes", () => {
  it("reads the pillars as digital government and keeps each note under its header", async () => {
    const doc = await parsePlan(file("u60_xa-kim-bang-cds-2026-ghi-chu-notes.md"));
    expect(doc.meta).toMatchObject({ number: "09/KH-UBND", date: "2026-01-16", level: "xa", year: 2026, signer: "Phạm Văn Khải" });
    expect(heads(doc)).toEqual([["body", null, "task", null]]);
    const office = "Văn phòng HĐND và UBND xã";
    const culture = "Phòng Văn hóa - Xã hội";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Rà soát, nâng cấp hệ thống mạng nội bộ (LAN) tại trụ sở làm việc của UBND xã",
        area: "digital_government",
        areaLabel: "Hạ tầng số",
        lead: [office],
        partners: ["Viễn thông Ninh Bình"],
        deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") },
        extra: { "Ghi chú": "Nhiệm vụ chuyển tiếp từ năm 2025" },
      },
      {
        number: "2",
        task: "Trang bị camera giám sát tại Bộ phận Một cửa",
        area: "digital_government",
        areaLabel: "Hạ tầng số",
        lead: ["Trung tâm Phục vụ hành chính công xã"],
        partners: ["Phòng Kinh tế"],
        deadline: { raw: "Tháng 6/2026", ...when("2026-06-01", "2026-06-30") },
        budget: null,
        extra: { "Ghi chú": "Sử dụng nguồn kinh phí sự nghiệp năm 2026" },
      },
      {
        number: "1",
        task: "Số hóa sổ hộ tịch lưu trữ tại xã từ năm 2000 đến nay",
        area: "digital_government",
        areaLabel: "Dữ liệu số",
        lead: [culture],
        partners: ["Công an xã"],
        deadline: { raw: "Trước 30/9/2026", ...when(null, "2026-09-30") },
        extra: { "Ghi chú": "Ưu tiên sổ khai sinh" },
      },
      {
        number: "2",
        task: "Cập nhật dữ liệu đất đai vào cơ sở dữ liệu của tỉnh",
        area: "digital_government",
        areaLabel: "Dữ liệu số",
        lead: ["Phòng Kinh tế"],
        partners: ["Văn phòng Đăng ký đất đai tỉnh - Chi nhánh Kim Bảng"],
        deadline: { raw: "Năm 2026", ...when("2026-01-01", "2026-12-31") },
      },
      {
        number: "1",
        task: "Ký số 100% văn bản đi của UBND xã, trừ văn bản mật",
        area: "digital_government",
        areaLabel: "Chính quyền số",
        lead: [office],
        partners: ["Các phòng chuyên môn"],
        deadline: { raw: "Thường xuyên", ...when("2026-01-01", "2026-12-31", "continuous") },
        extra: { "Ghi chú": "Báo cáo kết quả hằng tháng về Văn phòng" },
      },
      {
        number: "2",
        task: "Vận hành Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố",
        areaLabel: "Chính quyền số",
        lead: [culture],
        partners: ["Đoàn Thanh niên xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
        deadline: { raw: "Tháng 3/2026", ...when("2026-03-01", "2026-03-31") },
        extra: { "Ghi chú": "Mỗi thôn, tổ dân phố một Tổ" },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(6);
  });
});

describe("u61: HTML, a Sở's inspection calendar: 'Đoàn kiểm tra' names each unit's team; time and team merged down", () => {
  it("gives every unit the month of its rowspan; the team named by its number stays under its header", async () => {
    const doc = await parsePlan(file("u61_so-noi-vu-tuyen-quang-kiem-tra-2026-doan-kiem-tra.html"));
    expect(doc.meta).toMatchObject({ number: "45/KH-SNV", date: "2026-02-23", year: 2026, signer: "Hoàng Thị Thu Hà" });
    expect(heads(doc)).toEqual([["appendix", null, "schedule", "LỊCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026"]]);
    expect(doc.tables[0]!.columns).toEqual(["STT", "Thời gian", "Đơn vị được kiểm tra", "Nội dung kiểm tra", "Đoàn kiểm tra"]);
    const april = { raw: "Tháng 4/2026", ...when("2026-04-01", "2026-04-30") };
    const august = { raw: "Tháng 8/2026", ...when("2026-08-01", "2026-08-31") };
    const checks = "Công tác cải cách hành chính năm 2025 và Quý I/2026";
    const digital = "Chuyển đổi số trong giải quyết thủ tục hành chính";
    const content = "Nội dung kiểm tra";
    const team = "Đoàn kiểm tra";
    // Both teams are led by the Sở's directors (part 3): the Sở leads every inspection (contract, schedule).
    const home = [expect.stringMatching(/^Sở Nội vụ/)];
    expect(tableTasks(doc)).toMatchObject([
      { kind: "schedule", number: "1", task: "Sở Tài chính", lead: home, partners: [], deadline: april, extra: { [content]: checks, [team]: "Đoàn số 1" } },
      { kind: "schedule", number: "2", task: "Sở Xây dựng", lead: home, partners: [], deadline: april, extra: { [content]: checks, [team]: "Đoàn số 1" } },
      {
        number: "3",
        task: "UBND xã Hàm Yên",
        lead: home,
        deadline: { raw: "Tháng 5/2026", ...when("2026-05-01", "2026-05-31") },
        extra: { [content]: "Kiểm soát thủ tục hành chính; cơ chế một cửa, một cửa liên thông", [team]: "Đoàn số 2" },
      },
      { number: "4", task: "UBND phường Minh Xuân", lead: home, deadline: august, extra: { [content]: digital, [team]: "Đoàn số 1" } },
      { number: "5", task: "UBND xã Chiêm Hóa", lead: home, deadline: august, extra: { [content]: digital, [team]: "Đoàn số 2" } },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
  });
});

describe("u62: TAB text, a merged province's plan: STT blank on every task row, groups of bodies as leads", () => {
  it("reads each unnumbered row as a task of its own under its Roman group", async () => {
    const doc = await parsePlan(file("u62_tinh-an-giang-2026-stt-blank-tab.txt"));
    expect(doc.meta).toMatchObject({ number: "52/KH-UBND", date: "2026-01-20", issuer: "UBND tỉnh An Giang", level: "tinh", year: 2026, signer: "Lê Trung Hồ" });
    const local = "UBND các xã, phường, đặc khu";
    const departments = expect.stringMatching(/^[Cc]ác Sở, ban, ngành$/);
    expect(tableTasks(doc)).toMatchObject([
      {
        number: null,
        task: "Rà soát văn bản quy phạm pháp luật của tỉnh sau hợp nhất, đề xuất bãi bỏ văn bản không còn phù hợp",
        area: "institutions",
        lead: ["Sở Tư pháp", departments],
        products: ["Báo cáo kết quả rà soát"],
        deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") },
      },
      {
        number: null,
        task: "Kiểm tra việc thực hiện văn bản quy phạm pháp luật tại địa phương",
        area: "institutions",
        lead: [departments, local],
        products: ["Báo cáo"],
        deadline: { raw: "Năm 2026", ...when("2026-01-01", "2026-12-31") },
      },
      {
        number: null,
        task: "Công bố danh mục thủ tục hành chính được chuẩn hóa sau sắp xếp đơn vị hành chính",
        area: "procedures",
        lead: ["Văn phòng UBND tỉnh"],
        products: ["Quyết định công bố"],
        deadline: { raw: "Tháng 3/2026", ...when("2026-03-01", "2026-03-31") },
      },
      {
        number: null,
        task: "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa các cấp",
        area: "procedures",
        lead: [local],
        products: ["Thủ tục được niêm yết"],
        deadline: { raw: "Thường xuyên", ...when("2026-01-01", "2026-12-31", "continuous") },
      },
      {
        number: null,
        task: "Tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trong phạm vi tỉnh",
        area: "procedures",
        lead: ["Trung tâm Phục vụ hành chính công tỉnh", local],
        products: ["Hồ sơ được tiếp nhận"],
        deadline: { raw: "Từ Quý I/2026", start: "2026-01-01" },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
  });
});

describe("u63: DOCX, a ward's propaganda plan: one column per quarter marked 'x', Chủ trì cells merged down", () => {
  it("takes the marked quarters as the time and fills each merged lead down, never an empty partner cell", async () => {
    const doc = await parsePlan(file("u63_phuong-thanh-vinh-tuyen-truyen-2026-quarter-columns.docx"));
    expect(doc.meta).toMatchObject({ number: "14/KH-UBND", date: "2026-01-19", level: "xa", year: 2026, signer: "Trần Đình Lâm" });
    expect(heads(doc)).toEqual([["body", null, "task", null]]);
    const office = "Văn phòng HĐND và UBND phường";
    const culture = "Phòng Văn hóa - Xã hội";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử phường",
        lead: [office],
        partners: [culture],
        deadline: { raw: "Quý I; Quý II; Quý III; Quý IV", ...when("2026-01-01", "2026-12-31") },
        extra: { "Ghi chú": "Mỗi quý ít nhất 02 tin, bài" },
      },
      {
        number: "2",
        task: "Niêm yết quy trình giải quyết thủ tục hành chính tại Bộ phận Một cửa",
        lead: [office],
        partners: [],
        deadline: { raw: "Quý I", ...when("2026-01-01", "2026-03-31") },
      },
      {
        number: "3",
        task: "Tuyên truyền về dịch vụ công trực tuyến trên hệ thống truyền thanh phường",
        lead: [office],
        partners: ["Đoàn Thanh niên phường"],
        deadline: { raw: "Quý II; Quý IV", ...when("2026-04-01", "2026-12-31"), items: [{ raw: "Quý II" }, { raw: "Quý IV" }] },
      },
      {
        number: "4",
        task: "Tổ chức Hội thi tìm hiểu về cải cách hành chính trong cán bộ, công chức",
        lead: [culture],
        partners: ["Công đoàn phường"],
        deadline: { raw: "Quý III", ...when("2026-07-01", "2026-09-30") },
      },
      {
        number: "5",
        task: "Lồng ghép tuyên truyền cải cách hành chính trong các buổi sinh hoạt tổ dân phố",
        lead: [culture],
        partners: ["Ủy ban Mặt trận Tổ quốc Việt Nam phường", expect.stringMatching(/^[Cc]ác tổ dân phố$/)],
        deadline: { raw: "Quý I; Quý II", ...when("2026-01-01", "2026-06-30") },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
  });
});

describe("u64: Word 97, a commune's plan whose table runs over two pages, with a row packing tasks '5.' and '6.'", () => {
  it("reads every row once and splits the packed row by its numbers", async () => {
    const doc = await parsePlan(file("u64_xa-nghia-dan-2026-word97-two-pages-packed.doc"));
    expect(doc.meta).toMatchObject({ number: "06/KH-UBND", date: "2026-01-13", level: "xa", year: 2026, signer: "Hồ Sỹ Nam" });
    const filler =
      "; bảo đảm đúng quy định, kịp thời, công khai, minh bạch và báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã để tổng hợp, báo cáo Chủ tịch UBND xã theo định kỳ";
    const office = "Văn phòng HĐND và UBND xã";
    const centre = "Trung tâm Phục vụ hành chính công xã";
    const units = "Các phòng chuyên môn";
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", task: `Ban hành Kế hoạch cải cách hành chính, kế hoạch tuyên truyền cải cách hành chính năm 2026 của xã${filler}`, lead: [office], partners: [units], deadline: when("2026-01-01", "2026-01-31") },
      { number: "2", task: `Kiểm tra công tác cải cách hành chính tại các phòng chuyên môn, đơn vị sự nghiệp thuộc xã${filler}`, lead: [office], partners: ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"], deadline: when("2026-07-01", "2026-09-30") },
      { number: "3", task: `Rà soát, đề xuất bãi bỏ các văn bản quy phạm pháp luật do HĐND, UBND xã ban hành không còn phù hợp${filler}`, lead: [office], partners: ["Công an xã"], deadline: when("2026-04-01", "2026-06-30") },
      { number: "4", task: `Công khai thủ tục hành chính, kết quả giải quyết hồ sơ trên Cổng Dịch vụ công quốc gia${filler}`, lead: [centre], partners: [office], deadline: when("2026-01-01", "2026-12-31", "continuous") },
      {
        number: "5",
        task: "Rà soát, sắp xếp vị trí việc làm của cán bộ, công chức xã sau sắp xếp đơn vị hành chính",
        lead: ["Phòng Văn hóa - Xã hội"],
        partners: [units],
        deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") },
      },
      {
        number: "6",
        task: "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2026",
        lead: [office],
        partners: [units],
        deadline: { raw: "Tháng 12/2026", ...when("2026-12-01", "2026-12-31") },
      },
      { number: "7", task: `Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp công lập thuộc xã${filler}`, lead: ["Phòng Kinh tế"], partners: ["Các đơn vị sự nghiệp công lập"], deadline: when("2026-01-01", "2026-12-31") },
      { number: "8", task: `Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực${filler}`, lead: [centre], partners: ["Phòng Văn hóa - Xã hội"], deadline: when(null, "2026-09-30") },
      { number: "9", task: `Triển khai hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại UBND xã${filler}`, lead: [office], partners: [units], deadline: when("2026-10-01", "2026-10-31") },
    ]);
    expect(tableTasks(doc)).toHaveLength(9);
  });
});

describe("u65: scraped one cell per block, a đặc khu's targets by year: 'Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 | Đơn vị chủ trì'", () => {
  it("reads each target with its unit and yearly figures kept under their headers", async () => {
    const doc = await parsePlan(file("u65_dac-khu-van-don-chi-tieu-2026-scraped-years.md"));
    expect(doc.meta).toMatchObject({ number: "08/KH-UBND", date: "2026-01-15", level: "xa", year: 2026, signer: "Nguyễn Văn Hải" });
    expect(heads(doc)).toEqual([["body", null, "target", null]]);
    const centre = "Trung tâm Phục vụ hành chính công đặc khu";
    expect(tableTasks(doc)).toMatchObject([
      {
        kind: "target",
        number: "1.1",
        task: "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn",
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        lead: [centre],
        deadline: { raw: null },
        extra: { "Đơn vị tính": "%", "Năm 2025": "98", "Năm 2026": "100" },
      },
      { kind: "target", number: "1.2", task: "Tỷ lệ hồ sơ được số hóa khi tiếp nhận", area: "procedures", lead: [centre], extra: { "Đơn vị tính": "%", "Năm 2025": "85", "Năm 2026": "100" } },
      {
        kind: "target",
        number: "2.1",
        task: "Tỷ lệ văn bản đi được ký số",
        area: "digital_government",
        areaLabel: "Chính quyền số",
        lead: ["Văn phòng HĐND và UBND đặc khu"],
        extra: { "Đơn vị tính": "%", "Năm 2025": "95", "Năm 2026": "100" },
      },
      {
        kind: "target",
        number: "2.2",
        task: "Số Tổ công nghệ số cộng đồng hoạt động",
        area: "digital_government",
        lead: ["Phòng Văn hóa - Xã hội"],
        extra: { "Đơn vị tính": "Tổ", "Năm 2025": "12", "Năm 2026": "15" },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(4);
  });
});

describe("u66: PDF, a Sở's inspection plan: month group rows, a team cell merged down over the units it inspects", () => {
  it("reads each unit under its month with its day and its team, the merged team printed once", async () => {
    const doc = await parsePlan(file("u66_so-tu-phap-phu-tho-kiem-tra-2026-month-groups.pdf"));
    expect(doc.meta).toMatchObject({ number: "27/KH-STP", date: "2026-03-05", year: 2026, signer: "Nguyễn Thị Minh Thu" });
    expect(heads(doc)).toEqual([["body", null, "schedule", null]]);
    const day = (iso: string, raw: string) => ({ raw, ...when(iso, iso) });
    // The plan names no other body for its teams: the Sở that issues it inspects.
    const home = [expect.stringMatching(/^Sở Tư pháp/)];
    const team = (n: number) => ({ "Đoàn kiểm tra": `Đoàn số ${n}` });
    expect(tableTasks(doc)).toMatchObject([
      { kind: "schedule", number: "1", task: "UBND xã Thanh Ba", areaLabel: "Tháng 5/2026", lead: home, deadline: day("2026-05-12", "Ngày 12/5/2026"), extra: team(1) },
      { kind: "schedule", number: "2", task: "UBND phường Phong Châu", areaLabel: "Tháng 5/2026", lead: home, deadline: day("2026-05-14", "Ngày 14/5/2026"), extra: team(1) },
      {
        number: "3",
        task: "UBND xã Hạ Hòa",
        areaLabel: "Tháng 5/2026",
        lead: home,
        deadline: day("2026-05-19", "Ngày 19/5/2026"),
        extra: { ...team(2), "Ghi chú": "Kết hợp kiểm tra công tác chứng thực" },
      },
      { number: "4", task: "UBND phường Vĩnh Yên", areaLabel: "Tháng 9/2026", lead: home, deadline: day("2026-09-08", "Ngày 08/9/2026"), extra: team(2) },
      { number: "5", task: "UBND xã Tam Đảo", areaLabel: "Tháng 9/2026", lead: home, deadline: day("2026-09-10", "Ngày 10/9/2026"), extra: team(2) },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
  });
});

describe("u67: Markdown as a Word converter writes it, a province's propaganda plan: 'Thời gian thực hiện' over 'Quý I … Quý IV' in a second header row", () => {
  it("reads the quarters marked 'x' as each row's time and groups of bodies as leads", async () => {
    const doc = await parsePlan(file("u67_tinh-lao-cai-tuyen-truyen-2026-markdown-quarters.md"));
    expect(doc.meta).toMatchObject({ number: "61/KH-UBND", date: "2026-01-26", issuer: "UBND tỉnh Lào Cai", level: "tinh", year: 2026, signer: "Nguyễn Thành Sinh" });
    expect(heads(doc)).toEqual([["body", null, "task", null]]);
    const media = "Tuyên truyền trên các phương tiện thông tin đại chúng";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Xây dựng chuyên mục cải cách hành chính trên Báo và Phát thanh, Truyền hình Lào Cai",
        area: "direction",
        areaLabel: media,
        lead: ["Báo và Phát thanh, Truyền hình Lào Cai"],
        partners: [],
        deadline: when("2026-01-01", "2026-12-31"),
        extra: { "Ghi chú": "Mỗi tháng 02 chuyên mục" },
      },
      {
        number: "2",
        task: "Đăng tải tin, bài về cải cách hành chính trên cổng, trang thông tin điện tử",
        areaLabel: media,
        lead: [expect.stringMatching(/^[Cc]ác Sở, ban, ngành$/), "UBND các xã, phường"],
        deadline: { ...when("2026-01-01", "2026-09-30"), items: [{ start: "2026-01-01", end: "2026-03-31" }, { start: "2026-07-01", end: "2026-09-30" }] },
      },
      {
        number: "1",
        task: "Tổ chức hội nghị tuyên truyền về dịch vụ công trực tuyến cho người dân",
        area: "direction",
        areaLabel: "Tuyên truyền trực tiếp",
        lead: ["UBND các xã, phường"],
        deadline: when("2026-04-01", "2026-06-30"),
        extra: { "Ghi chú": "Lồng ghép hội nghị của thôn, tổ dân phố" },
      },
      { number: "2", task: "Tổ chức Cuộc thi tìm hiểu về cải cách hành chính năm 2026", areaLabel: "Tuyên truyền trực tiếp", lead: ["Sở Nội vụ"], deadline: when("2026-07-01", "2026-12-31") },
    ]);
    expect(tableTasks(doc)).toHaveLength(4);
  });
});

describe("an inspection schedule's team column that names bodies", () => {
  it("leads each row; a team named by its number does not", async () => {
    const header = row("STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Đoàn kiểm tra");
    const bodies = await markdownPlan(PROVINCE_HEAD, [header, rule(4), row("1", "UBND xã Hạ Hòa", "Tháng 5/2026", "Thanh tra tỉnh"), row("2", "UBND xã Tam Đảo", "Tháng 6/2026", "Sở Nội vụ")]);
    expect(tableTasks(bodies).map((t) => [t.task, t.lead, t.extra])).toEqual([
      ["UBND xã Hạ Hòa", ["Thanh tra tỉnh"], {}],
      ["UBND xã Tam Đảo", ["Sở Nội vụ"], {}],
    ]);
    const numbered = await markdownPlan(PROVINCE_HEAD, [header, rule(4), row("1", "UBND xã Hạ Hòa", "Tháng 5/2026", "Đoàn số 1"), row("2", "UBND xã Tam Đảo", "Tháng 6/2026", "Đoàn số 2")]);
    expect(tableTasks(numbered).map((t) => t.extra)).toEqual([{ "Đoàn kiểm tra": "Đoàn số 1" }, { "Đoàn kiểm tra": "Đoàn số 2" }]);
  });
});
