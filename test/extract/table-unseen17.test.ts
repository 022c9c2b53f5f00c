/**
 * Round 17 (issue 17): table shapes of plans issued in 2026 by merged provinces, Sở and xã/phường, not shown by u01-u51:
 * one "Cơ quan, đơn vị thực hiện" column holding "Chủ trì: X; Phối hợp: Y" (in one paragraph, in two, with two leads),
 * a "Mức độ ưu tiên" column, empty separator rows and a closing "Ghi chú: …" row; "Thời gian bắt đầu | Thời gian hoàn
 * thành" in a PDF with lead cells of several agencies; lettered rows "a", "b" under a task "1.1"; "-" and "+" rows under
 * a numbered task; a "Lộ trình thực hiện" time column; a review plan whose appendix lists the procedures to review
 * ("Tên thủ tục hành chính | Lĩnh vực | Cơ quan chủ trì rà soát | …") beside a list of procedures that assigns nothing
 * ("Mã TTHC | Tên thủ tục hành chính | Thời hạn giải quyết | Cơ quan giải quyết"); a propaganda table closed by
 * "Tổng cộng" and a note; two appendices of two kinds (targets, tasks); "-" rows a cell short in a scrape. The fixtures
 * u52-u59 were written for them (fixtures/unseen/README.md); the expected records are what a reader of each document
 * writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { PROVINCE_HEAD, markdownPlan, row, rule, tableTasks, unseenFixture as file, when } from "./table-plan.js";

const continuous = when("2026-01-01", "2026-12-31", "continuous");
const heads = (doc: Awaited<ReturnType<typeof parsePlan>>) => doc.tables.map((t) => [t.where, t.label, t.kind, t.title]);

describe("u52: DOCX, a merged Sở's plan: 'Chủ trì: X; Phối hợp: Y' in one agency column, 'Mức độ ưu tiên', separator rows", () => {
  it("reads the header", async () => {
    const doc = await parsePlan(file("u52_so-nnmt-ninh-binh-2026-chu-tri-phoi-hop-cell.docx"));
    expect(doc.meta).toMatchObject({ docType: "ke_hoach", number: "18/KH-SNNMT", date: "2026-01-12", year: 2026, signer: "Đinh Văn Thắng" });
  });

  it("splits each agency cell at 'Chủ trì' / 'Phối hợp'; empty rows and the closing note are no records", async () => {
    const doc = await parsePlan(file("u52_so-nnmt-ninh-binh-2026-chu-tri-phoi-hop-cell.docx"));
    expect(heads(doc)).toEqual([["appendix", null, "task", "NHIỆM VỤ CỤ THỂ CẢI CÁCH HÀNH CHÍNH NĂM 2026"]]);
    const priority = "Mức độ ưu tiên";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Ban hành Kế hoạch cải cách hành chính năm 2026 của Sở",
        area: "direction",
        areaLabel: "Công tác chỉ đạo, điều hành CCHC",
        products: ["Kế hoạch"],
        lead: ["Văn phòng Sở"],
        partners: ["Các phòng, đơn vị thuộc Sở"],
        deadline: { raw: "Tháng 01/2026", ...when("2026-01-01", "2026-01-31") },
        extra: { [priority]: "Cao" },
      },
      {
        number: "2",
        task: "Kiểm tra công tác CCHC tại các đơn vị sự nghiệp trực thuộc",
        products: ["Báo cáo kết quả kiểm tra"],
        lead: ["Thanh tra Sở"],
        partners: ["Văn phòng Sở", "Phòng Tổ chức cán bộ"],
        deadline: { raw: "Quý III/2026", ...when("2026-07-01", "2026-09-30") },
        extra: { [priority]: "Trung bình" },
      },
      {
        number: "1",
        task: "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, môi trường",
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        products: ["Phương án đơn giản hóa trình UBND tỉnh"],
        lead: ["Phòng Quản lý đất đai", "Phòng Môi trường"],
        partners: ["Văn phòng Sở"],
        deadline: { raw: "Trước 30/6/2026", ...when(null, "2026-06-30") },
        extra: { [priority]: "Cao" },
      },
      {
        number: "2",
        task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        products: ["Tỷ lệ hồ sơ được số hóa đạt 100%"],
        lead: ["Văn phòng Sở"],
        partners: ["Trung tâm Phục vụ hành chính công tỉnh"],
        deadline: { raw: "Thường xuyên", ...continuous },
      },
      {
        number: "1",
        task: "Rà soát, sắp xếp các phòng, đơn vị sự nghiệp thuộc Sở sau hợp nhất",
        area: "organization",
        areaLabel: "Cải cách tổ chức bộ máy",
        products: ["Đề án sắp xếp trình UBND tỉnh"],
        lead: ["Phòng Tổ chức cán bộ"],
        partners: [],
        deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
  });
});

describe("u53: Word → PDF, a commune's chuyển đổi số plan: 'Thời gian bắt đầu | Thời gian hoàn thành', several leads in a cell", () => {
  it("reads each task, its lettered rows under it, every lead of a cell", async () => {
    const doc = await parsePlan(file("u53_xa-tam-dao-cds-2026-start-end.pdf"));
    expect(doc.meta).toMatchObject({ number: "07/KH-UBND", date: "2026-01-15", level: "xa", year: 2026, signer: "Lê Quang Hưng" });
    expect(doc.tables.map((t) => [t.where, t.kind])).toEqual([["body", "task"]]);
    const office = "Văn phòng HĐND và UBND xã";
    const paperless = "Xử lý văn bản, hồ sơ công việc trên môi trường mạng";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1.1",
        task: "Nâng cấp mạng nội bộ và đường truyền của trụ sở UBND xã",
        areaLabel: "Hạ tầng số",
        parent: null,
        products: ["Hệ thống mạng được nâng cấp"],
        lead: [office],
        partners: ["Viễn thông Phú Thọ", "VNPT Phú Thọ"],
        deadline: when("2026-02-01", "2026-05-31"),
      },
      {
        number: "1.2",
        task: "Phủ sóng di động 4G, 5G tại các thôn vùng sâu",
        lead: ["Phòng Kinh tế", "Viettel Phú Thọ"],
        partners: ["Các thôn"],
        deadline: when("2026-01-01", "2026-12-31"),
      },
      {
        number: "2.1",
        task: paperless,
        areaLabel: "Chính quyền số",
        parent: null,
        products: ["100% văn bản đi được ký số"],
        lead: [office, "Phòng Văn hóa - Xã hội"],
        partners: [],
        deadline: when("2026-01-01", "2026-12-31"),
      },
      {
        number: "a",
        task: "Cấp chứng thư số cho cán bộ, công chức chưa có",
        areaLabel: "Chính quyền số",
        parent: paperless,
        lead: [office],
        partners: ["Bưu điện xã"],
        deadline: when("2026-01-01", "2026-03-31"),
      },
      {
        number: "b",
        task: "Tập huấn sử dụng hệ thống quản lý văn bản",
        parent: paperless,
        lead: [office],
        partners: ["Trung tâm Phục vụ hành chính công xã"],
        deadline: when("2026-03-01", "2026-03-31"),
      },
      {
        number: "3.1",
        task: "Hướng dẫn hộ kinh doanh mở tài khoản thanh toán không dùng tiền mặt",
        areaLabel: "Kinh tế số, xã hội số",
        parent: null,
        lead: ["Phòng Kinh tế", "Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"],
        partners: ["Các ngân hàng thương mại"],
        deadline: when("2026-04-01", "2026-10-31"),
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(6);
  });
});

describe("u54: Word 97 (.doc), a ward's Đề án 06 plan: '-' and '+' rows under a task, 'Lộ trình thực hiện'", () => {
  it("reads '-' rows under their numbered task and a '+' row under its '-' row", async () => {
    const doc = await parsePlan(file("u54_phuong-kinh-bac-de-an-06-2026-word97.doc"));
    expect(doc.meta).toMatchObject({ number: "11/KH-UBND", date: "2026-01-20", level: "xa", year: 2026, signer: "Nguyễn Thị Hà" });
    expect(doc.tables.map((t) => [t.where, t.kind])).toEqual([["body", "task"]]);
    const services = "Triển khai dịch vụ công trực tuyến thiết yếu theo Đề án 06";
    const residence = "Đăng ký thường trú, tạm trú trực tuyến";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Làm sạch dữ liệu dân cư, bảo đảm dữ liệu đúng, đủ, sạch, sống",
        parent: null,
        lead: ["Công an phường"],
        deadline: { raw: "Quý I/2026", ...when("2026-01-01", "2026-03-31") },
      },
      {
        number: "2",
        task: services,
        parent: null,
        lead: ["Trung tâm Phục vụ hành chính công phường"],
        deadline: { raw: "Năm 2026", ...when("2026-01-01", "2026-12-31") },
      },
      { number: null, task: residence, parent: services, lead: ["Công an phường"], deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") } },
      {
        number: null,
        task: "Hướng dẫn người dân sử dụng tài khoản định danh điện tử mức độ 2",
        parent: residence,
        lead: ["Đoàn Thanh niên phường"],
        deadline: { raw: "Tháng 4/2026", ...when("2026-04-01", "2026-04-30") },
        extra: { "Ghi chú": "Phối hợp Công an phường" },
      },
      { number: null, task: "Cấp phiếu lý lịch tư pháp trực tuyến", parent: services, lead: ["Phòng Văn hóa - Xã hội"], deadline: when("2026-07-01", "2026-09-30") },
      {
        number: "3",
        task: "Tuyên truyền về lợi ích của Đề án 06 trên hệ thống truyền thanh phường",
        parent: null,
        lead: ["Phòng Văn hóa - Xã hội"],
        deadline: { raw: "Hằng tháng", recurrence: "monthly" },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(6);
  });
});

describe("u55: HTML, a province's plan to review procedures: 'Danh mục TTHC' assigned for review, and a bare list of procedures", () => {
  it("reads the procedures to review, each with the body that reviews it; the list that assigns nothing gives no record", async () => {
    const doc = await parsePlan(file("u55_tinh-thai-nguyen-ra-soat-tthc-2026-danh-muc.html"));
    expect(doc.meta).toMatchObject({ number: "26/KH-UBND", date: "2026-01-23", level: "tinh", year: 2026, signer: "Đặng Xuân Trường" });
    expect(heads(doc)).toEqual([["appendix", "I", "task", "DANH MỤC THỦ TỤC HÀNH CHÍNH RÀ SOÁT, ĐƠN GIẢN HÓA NĂM 2026"]]);
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II",
        areaLabel: "Xây dựng",
        lead: ["Sở Xây dựng"],
        partners: ["Văn phòng UBND tỉnh"],
        deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") },
      },
      {
        number: "2",
        task: "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
        areaLabel: "Đất đai",
        lead: ["Sở Nông nghiệp và Môi trường"],
        partners: ["Văn phòng Đăng ký đất đai tỉnh"],
        deadline: { raw: "Quý III/2026", ...when("2026-07-01", "2026-09-30") },
      },
      {
        number: "3",
        task: "Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
        areaLabel: "Hộ tịch",
        lead: ["Sở Tư pháp"],
        partners: ["Công an tỉnh", "UBND các xã, phường"],
        deadline: { raw: "Trước 30/9/2026", ...when(null, "2026-09-30") },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(3);
    expect(doc.diagnostics.filter((d) => d.code === "deadline-unparsed")).toEqual([]);
  });
});

describe("u56: Markdown, a province's propaganda plan: one agency column, an empty row, 'Tổng cộng' and a note closing the table", () => {
  it("reads the three rows; the total and the note are no records", async () => {
    const doc = await parsePlan(file("u56_tinh-lao-cai-tuyen-truyen-cchc-2026-total-notes.md"));
    expect(doc.meta).toMatchObject({ number: "31/KH-UBND", date: "2026-01-27", level: "tinh", year: 2026, signer: "Nguyễn Thành Sinh" });
    expect(doc.tables.map((t) => [t.where, t.kind])).toEqual([["body", "task"]]);
    const form = "Hình thức";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Tuyên truyền kết quả vận hành chính quyền địa phương hai cấp",
        lead: ["Báo và Phát thanh, Truyền hình Lào Cai", "Sở Nội vụ"],
        partners: [],
        deadline: { raw: "Quý II, III/2026", ...when("2026-04-01", "2026-09-30") },
        budget: "120",
        extra: { [form]: "Phóng sự, tin bài trên Báo và Phát thanh, Truyền hình Lào Cai" },
      },
      {
        number: "2",
        task: "Tổ chức Cuộc thi tìm hiểu về cải cách hành chính năm 2026",
        lead: ["Sở Nội vụ"],
        partners: ["Sở Văn hóa, Thể thao và Du lịch"],
        deadline: when("2026-08-01", "2026-10-31"),
        budget: "150",
        extra: { [form]: "Thi trực tuyến" },
      },
      {
        number: "3",
        task: "Tuyên truyền dịch vụ công trực tuyến, thanh toán trực tuyến",
        lead: ["Trung tâm Phục vụ hành chính công tỉnh", "UBND các xã, phường"],
        partners: [],
        deadline: { raw: "Thường xuyên", ...continuous },
        budget: "80",
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(3);
  });
});

describe("u57: Word HTML, a province's PCI and DTI plan: targets and tasks in two appendices, 'Lộ trình', 'Mức độ ưu tiên'", () => {
  it("reads each appendix by its kind; the note row is no record", async () => {
    const doc = await parsePlan(file("u57_tinh-dong-nai-pci-dti-2026-two-appendices.html"));
    expect(doc.meta).toMatchObject({ number: "44/KH-UBND", date: "2026-02-05", level: "tinh", year: 2026, signer: "Võ Tấn Đức" });
    expect(heads(doc)).toEqual([
      ["appendix", "I", "target", "CHỈ TIÊU PHẤN ĐẤU NĂM 2026"],
      ["appendix", "II", "task", "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO PCI, DTI NĂM 2026"],
    ]);
    const priority = "Mức độ ưu tiên";
    expect(tableTasks(doc)).toMatchObject([
      {
        table: "T1",
        kind: "target",
        number: "1",
        task: "Xếp hạng PCI của tỉnh",
        products: [],
        lead: ["Sở Tài chính"],
        extra: { "Kết quả năm 2025": "Thứ 14", "Phấn đấu năm 2026": "Nhóm 10 tỉnh dẫn đầu" },
      },
      {
        table: "T1",
        number: "2",
        task: "Điểm DTI cấp tỉnh",
        products: [],
        lead: ["Sở Khoa học và Công nghệ"],
        extra: { "Kết quả năm 2025": "0,52", "Phấn đấu năm 2026": "Trên 0,6" },
      },
      {
        table: "T2",
        kind: "task",
        number: "1",
        task: "Rút ngắn thời gian giải quyết thủ tục đất đai cho doanh nghiệp",
        areaLabel: "Nâng cao chỉ số PCI",
        lead: ["Sở Nông nghiệp và Môi trường"],
        partners: ["UBND các xã, phường"],
        deadline: { raw: "Quý I - II/2026", ...when("2026-01-01", "2026-06-30") },
        extra: { [priority]: "Ưu tiên 1" },
      },
      {
        table: "T2",
        number: "2",
        task: "Tổ chức đối thoại doanh nghiệp định kỳ",
        lead: ["Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh"],
        partners: ["Các sở, ngành"],
        deadline: { raw: "Hằng quý", recurrence: "quarterly" },
        extra: { [priority]: "Ưu tiên 2" },
      },
      {
        table: "T2",
        number: "1",
        task: "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình",
        areaLabel: "Nâng cao chỉ số DTI",
        lead: ["Văn phòng UBND tỉnh"],
        partners: ["Sở Khoa học và Công nghệ", "Các sở, ngành"],
        deadline: { raw: "Năm 2026", ...when("2026-01-01", "2026-12-31") },
        extra: { [priority]: "Ưu tiên 1" },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
  });
});

describe("u58: Markdown, a commune's plan: bold numbered groups, lettered rows under '1.1', '-' and '+' rows under '2.1'", () => {
  it("reads every row under its group and task", async () => {
    const doc = await parsePlan(file("u58_xa-bac-ai-cchc-2026-nested-numbering.md"));
    expect(doc.meta).toMatchObject({ number: "05/KH-UBND", date: "2026-01-14", level: "xa", year: 2026, signer: "Pi Năng Thị Hồng" });
    expect(doc.tables.map((t) => [t.where, t.kind])).toEqual([["body", "task"]]);
    const review = "Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành";
    const publish = "Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã";
    const update = "Cập nhật danh mục thủ tục hành chính mới công bố";
    const centre = ["Trung tâm Phục vụ hành chính công xã"];
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1.1",
        task: review,
        area: "institutions",
        areaLabel: "Cải cách thể chế",
        parent: null,
        products: ["Báo cáo rà soát"],
        lead: ["Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã"],
        partners: ["Các ban của HĐND xã"],
        deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") },
      },
      { number: "a", task: "Rà soát nghị quyết của HĐND xã", parent: review, lead: ["Văn phòng HĐND và UBND xã"], partners: ["Các ban của HĐND xã"], deadline: when("2026-04-01", "2026-04-30") },
      { number: "b", task: "Rà soát quyết định của UBND xã", parent: review, lead: ["Phòng Văn hóa - Xã hội"], deadline: when("2026-05-01", "2026-05-31") },
      {
        number: "2.1",
        task: publish,
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        parent: null,
        lead: centre,
        partners: ["Văn phòng HĐND và UBND xã"],
        deadline: { raw: "Thường xuyên", ...continuous },
      },
      { number: null, task: update, parent: publish, lead: centre, products: ["Danh mục được cập nhật"] },
      { number: null, task: "Niêm yết bằng mã QR tại quầy tiếp nhận", parent: update, lead: centre, partners: ["Đoàn Thanh niên xã"], deadline: when("2026-01-01", "2026-03-31") },
      {
        number: "2.2",
        task: "Giải quyết phản ánh, kiến nghị của người dân, doanh nghiệp",
        parent: null,
        lead: ["Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội"],
        partners: [],
        deadline: { raw: "Theo quy định", ...when(null, null) },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(7);
  });
});

describe("u59: scraped one cell per block, a ward's SIPAS plan: 'Chủ trì: …; Phối hợp: …' cells wrapped, '-' rows a cell short", () => {
  it("reads every row; the '-' rows under task 2 share its merged agency cell, lead and partners", async () => {
    const doc = await parsePlan(file("u59_phuong-sam-son-sipas-2026-scraped-chu-tri-cell.md"));
    expect(doc.meta).toMatchObject({ number: "16/KH-UBND", date: "2026-01-21", level: "xa", year: 2026, signer: "Lê Văn Tâm" });
    expect(doc.tables.map((t) => [t.where, t.kind])).toEqual([["body", "task"]]);
    const centre = "Trung tâm Phục vụ hành chính công phường";
    const office = "Văn phòng HĐND và UBND phường";
    const survey = "Khảo sát ý kiến người dân về chất lượng phục vụ";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Niêm yết số điện thoại đường dây nóng tại Trung tâm Phục vụ hành chính công phường",
        areaLabel: "Nâng cao chất lượng phục vụ",
        products: ["Số điện thoại được niêm yết"],
        lead: [centre],
        partners: [office],
        deadline: when("2026-01-01", "2026-02-28"),
      },
      { number: "2", task: survey, parent: null, products: ["Báo cáo kết quả khảo sát"], lead: [office], partners: ["Đoàn Thanh niên phường"], deadline: when("2026-04-01", "2026-12-31") },
      {
        number: null,
        task: "Khảo sát trực tiếp tại bộ phận một cửa",
        parent: survey,
        products: ["Phiếu khảo sát"],
        lead: [office],
        partners: ["Đoàn Thanh niên phường"],
        deadline: when("2026-04-01", "2026-06-30"),
      },
      {
        number: null,
        task: "Khảo sát trực tuyến qua Cổng Dịch vụ công quốc gia",
        parent: survey,
        products: ["Kết quả khảo sát trực tuyến"],
        lead: [office],
        partners: ["Đoàn Thanh niên phường"],
        deadline: when("2026-07-01", "2026-12-31"),
      },
      {
        number: "1",
        task: "Giải quyết hồ sơ đúng hạn, không để tồn đọng",
        areaLabel: "Nâng cao chất lượng giải quyết thủ tục hành chính",
        products: ["Tỷ lệ hồ sơ đúng hạn đạt 100%"],
        lead: [centre, "Các phòng chuyên môn"],
        partners: [],
        deadline: when("2026-01-01", "2026-12-31"),
      },
      {
        number: "2",
        task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
        products: ["Hồ sơ được số hóa"],
        lead: [centre],
        partners: ["Công an phường", "Bưu điện phường"],
        deadline: when("2026-03-01", "2026-09-30"),
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(6);
    // The two "-" rows lack the agency cell the scrape dropped: where it was is a guess, and each says so.
    expect(doc.diagnostics.filter((d) => d.code === "scraped-row-merge-guessed").map((d) => d.where)).toEqual([{ line: 94 }, { line: 105 }]);
  });
});

describe("a list of procedures assigns only with a column saying who leads or joins the work on each, or by when", () => {
  it("'Tên thủ tục hành chính | Lĩnh vực | Cơ quan thực hiện': the body that handles each procedure by law, no record", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Tên thủ tục hành chính", "Lĩnh vực", "Cơ quan thực hiện"),
      rule(4),
      row("1", "Cấp giấy phép kinh doanh karaoke", "Văn hóa", "Sở Văn hóa, Thể thao và Du lịch"),
      row("2", "Đăng ký khai sinh", "Hộ tịch", "UBND cấp xã"),
    ]);
    expect(doc.tables).toEqual([]);
    expect(tableTasks(doc)).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.code === "procedure-list")).toHaveLength(1);
  });
  it("'Tên TTHC | Cơ quan chủ trì rà soát | Thời gian hoàn thành': each procedure is reviewed by its body, by then", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Tên TTHC", "Cơ quan chủ trì rà soát", "Thời gian hoàn thành"),
      rule(4),
      row("1", "Cấp giấy phép kinh doanh karaoke", "Sở Văn hóa, Thể thao và Du lịch", "Quý III/2026"),
    ]);
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", task: "Cấp giấy phép kinh doanh karaoke", lead: ["Sở Văn hóa, Thể thao và Du lịch"], deadline: when("2026-07-01", "2026-09-30") },
    ]);
  });
});
