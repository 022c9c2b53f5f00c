/**
 * Round 15 of plans real offices write after the 2025 merger (issue 17), in five formats: a Sở's DOCX whose appendix is
 * headed "BIỂU" over "DANH MỤC …", with products before the agencies, lettered parts over Roman groups and Arabic groups
 * spanning the row; a commune's plan printed to PDF with a landscape appendix whose three header rows repeat on each
 * page and whose "Ghi chú" holds partner agencies; a ward's plan saved as Word 97 with a Chủ trì cell merged over a
 * task and its "-" sub-items; a đặc khu's plan as a web page under "DANH MỤC" with rowspan lead and budget cells; a
 * Sở's plan scraped to Markdown under "BIỂU …", its table cut in two by a page break with the header and the column
 * numbers again. The fixtures u40-u44 were written for them (fixtures/unseen/README.md); the expected records are what a
 * reader of each document writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import { tableTasks, unseenFixture as file, when } from "./table-plan.js";

const continuous = (from: number, to = from) => when(`${from}-01-01`, `${to}-12-31`, "continuous");
const tableHeads = (doc: PlanDocument) => doc.tables.map((t) => [t.where, t.label, t.kind, t.title]);

describe("u40: DOCX, a Sở's plan under 'BIỂU' / 'DANH MỤC …': lettered parts, Arabic groups spanning the row, merged cells", () => {
  it("reads the header", async () => {
    const doc = await parsePlan(file("u40_so-tai-chinh-phu-tho-2026-bieu.docx"));
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "15/KH-STC",
      date: "2026-01-16",
      place: "Phú Thọ",
      title: "Cải cách hành chính năm 2026 của Sở Tài chính",
      year: 2026,
      signer: "Hà Minh Quân",
    });
  });

  it("reads every row as a reader of the table writes it down", async () => {
    const doc = await parsePlan(file("u40_so-tai-chinh-phu-tho-2026-bieu.docx"));
    // "BIỂU" alone on its line names the kind of attachment, as "PHỤ LỤC" does: the title is the line under it.
    expect(tableHeads(doc)).toEqual([["appendix", null, "task", "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"]]);
    expect(doc.tables[0]!.reference).toBe("Kế hoạch số 15/KH-STC ngày 16/01/2026 của Sở Tài chính tỉnh Phú Thọ");
    expect(doc.tables[0]!.columns).toEqual([
      "TT",
      "Nội dung nhiệm vụ",
      "Kết quả/sản phẩm",
      "Cơ quan thực hiện chủ trì",
      "Cơ quan thực hiện phối hợp",
      "Thời gian hoàn thành",
      "Kinh phí",
      "Ghi chú",
    ]);
    const institutions = "Cải cách thể chế";
    const procedures = "Cải cách thủ tục hành chính";
    const control = "Kiểm soát thủ tục hành chính";
    const finance = "Cải cách tài chính công";
    expect(tableTasks(doc)).toMatchObject([
      {
        // "A. NHIỆM VỤ TRỌNG TÂM" is a part over the Roman groups: the Roman group names the area.
        number: "1",
        task: "Rà soát, đề xuất sửa đổi các quyết định của UBND tỉnh về phân cấp quản lý tài chính, ngân sách",
        area: "institutions",
        areaLabel: institutions,
        subArea: null,
        parent: null,
        products: ["Báo cáo rà soát"],
        lead: ["Phòng Quản lý ngân sách"],
        partners: ["Văn phòng Sở"],
        deadline: { raw: "Quý I/2026", ...when("2026-01-01", "2026-03-31") },
        budget: null,
        extra: {},
      },
      {
        number: "2",
        task: "Tham mưu ban hành quy định giá dịch vụ sự nghiệp công sử dụng ngân sách nhà nước",
        areaLabel: institutions,
        products: ["Quyết định của UBND tỉnh"],
        lead: ["Phòng Quản lý giá và công sản"],
        partners: ["Các sở, ngành có liên quan"],
        deadline: { raw: "Tháng 6/2026", ...when("2026-06-01", "2026-06-30") },
      },
      {
        // "1. Kiểm soát thủ tục hành chính" spans the row under the Roman group II: a sub-group of it, not a new area.
        number: "1.1",
        task: "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đầu tư, đăng ký doanh nghiệp",
        area: "procedures",
        areaLabel: procedures,
        subArea: control,
        parent: null,
        products: ["Phương án đơn giản hóa"],
        lead: ["Văn phòng Sở"],
        partners: ["Phòng Đăng ký kinh doanh"],
        deadline: { raw: "Trước 30/6/2026", ...when(null, "2026-06-30") },
      },
      {
        // The Chủ trì cell is merged down over 1.2; the partner cell beside it is empty and not merged.
        number: "1.2",
        task: "Cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia",
        area: "procedures",
        areaLabel: procedures,
        subArea: control,
        products: ["Thủ tục hành chính được công khai"],
        lead: ["Văn phòng Sở"],
        partners: [],
        deadline: { raw: "Năm 2026 và các năm tiếp theo", start: "2026-01-01", end: null },
      },
      {
        number: "2.1",
        task: "Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng",
        area: "procedures",
        areaLabel: procedures,
        subArea: "Thực hiện cơ chế một cửa, một cửa liên thông",
        products: ["Tỷ lệ hồ sơ đúng hạn đạt 100%"],
        lead: ["Các phòng chuyên môn thuộc Sở"],
        partners: ["Trung tâm Phục vụ hành chính công tỉnh"],
        deadline: { raw: "Thường xuyên", ...continuous(2026) },
      },
      {
        // "B. NHIỆM VỤ THƯỜNG XUYÊN" starts a part again; its Roman group I is the area.
        number: "1",
        task: "Tổ chức thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập",
        area: "public_finance",
        areaLabel: finance,
        subArea: null,
        products: ["Báo cáo đánh giá"],
        lead: ["Phòng Tài chính hành chính sự nghiệp"],
        partners: ["Các đơn vị sự nghiệp công lập"],
        deadline: { raw: "Quý IV/2026", ...when("2026-10-01", "2026-12-31") },
        budget: "Ngân sách tỉnh",
        extra: {},
      },
      {
        // The Kinh phí cell is merged down over task 2.
        number: "2",
        task: "Kiểm tra việc quản lý, sử dụng tài sản công tại các cơ quan, đơn vị",
        area: "public_finance",
        areaLabel: finance,
        subArea: null,
        products: ["Kết luận kiểm tra"],
        lead: ["Thanh tra Sở"],
        partners: ["Phòng Quản lý giá và công sản"],
        deadline: { raw: "Tháng 9/2026", ...when("2026-09-01", "2026-09-30") },
        budget: "Ngân sách tỉnh",
        extra: { "Ghi chú": "Phối hợp với Kho bạc Nhà nước khu vực" },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(7);
  });
});

describe("u41: PDF (LibreOffice), a commune's landscape appendix over pages, three header rows repeated, partners in 'Ghi chú'", () => {
  it("reads the header", async () => {
    const doc = await parsePlan(file("u41_xa-thanh-son-2026-landscape-repeated-header.pdf"));
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "07/KH-UBND",
      date: "2026-01-14",
      place: "Thanh Sơn",
      issuer: "UBND xã Thanh Sơn",
      level: "xa",
      title: "Cải cách hành chính năm 2026",
      year: 2026,
      signer: "Đinh Công Sơn",
    });
  });

  it("reads every row once, the repeated header rows never, the row cut by the page whole", async () => {
    const doc = await parsePlan(file("u41_xa-thanh-son-2026-landscape-repeated-header.pdf"));
    expect(tableHeads(doc)).toEqual([["appendix", null, "task", "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"]]);
    const office = ["Văn phòng HĐND và UBND xã"];
    const centre = ["Trung tâm Phục vụ hành chính công xã"];
    const culture = ["Phòng Văn hóa - Xã hội"];
    const direction = "Công tác chỉ đạo, điều hành";
    const procedures = "Cải cách thủ tục hành chính";
    const organization = "Cải cách tổ chức bộ máy";
    const digital = "Xây dựng và phát triển chính quyền số";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Ban hành Kế hoạch cải cách hành chính, Kế hoạch tuyên truyền cải cách hành chính năm 2026 của xã",
        area: "direction",
        areaLabel: direction,
        lead: office,
        partners: [],
        deadline: when("2026-01-01", "2026-02-28"),
        products: ["Kế hoạch"],
        extra: { "Ghi chú": "Các phòng chuyên môn" },
      },
      {
        // The lead cell is merged over tasks 1 and 2: printed once, at the top of the merged cell.
        number: "2",
        task: "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của xã theo hướng dẫn của tỉnh",
        areaLabel: direction,
        lead: office,
        deadline: when("2026-10-01", "2026-11-30"),
        products: ["Báo cáo tự đánh giá"],
        extra: { "Ghi chú": "Các phòng chuyên môn, Công an xã" },
      },
      {
        number: "3",
        task: "Kiểm tra công tác cải cách hành chính tại các thôn, khu dân cư",
        lead: culture,
        deadline: when("2026-04-01", "2026-09-30"),
        products: ["Thông báo kết luận kiểm tra"],
        extra: { "Ghi chú": "Văn phòng HĐND và UBND xã" },
      },
      {
        number: "1",
        task: "Rà soát, thống kê thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã sau sắp xếp đơn vị hành chính",
        area: "procedures",
        areaLabel: procedures,
        lead: centre,
        deadline: when("2026-01-01", "2026-03-31"),
        products: ["Danh mục thủ tục hành chính"],
        extra: { "Ghi chú": "Các phòng chuyên môn" },
      },
      {
        number: "2",
        task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tái sử dụng dữ liệu đã số hóa",
        lead: centre,
        deadline: when("2026-01-01", null),
        products: ["Hồ sơ được số hóa"],
        extra: {},
      },
      {
        number: "3",
        task: "Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính",
        lead: office,
        // "Tháng 6/2026" under Bắt đầu, "Trước 30/6/2026" under Hoàn thành: each bound from its own cell.
        deadline: when("2026-06-01", "2026-06-30"),
        products: ["Báo cáo kết quả khảo sát"],
        extra: { "Ghi chú": "Đoàn Thanh niên xã" },
      },
      {
        // Cut by the page break: "nhiệm vụ" of its product stands under the repeated header on the next page.
        number: "1",
        task: "Rà soát chức năng, nhiệm vụ của các phòng chuyên môn, đơn vị sự nghiệp thuộc UBND xã",
        area: "organization",
        areaLabel: organization,
        lead: culture,
        deadline: when("2026-01-01", "2026-06-30"),
        products: ["Quyết định quy định chức năng, nhiệm vụ"],
        extra: {},
      },
      {
        number: "2",
        task: "Thực hiện tinh giản biên chế theo quy định; sắp xếp, bố trí công chức theo vị trí việc làm",
        areaLabel: organization,
        lead: culture,
        deadline: when("2026-01-01", "2026-12-31"),
        products: ["Đề án vị trí việc làm"],
        extra: { "Ghi chú": "Văn phòng HĐND và UBND xã" },
      },
      {
        number: "1",
        task: "Lập, giao dự toán ngân sách xã năm 2027; công khai ngân sách theo quy định",
        area: "public_finance",
        areaLabel: "Cải cách tài chính công",
        lead: ["Phòng Kinh tế"],
        deadline: when("2026-10-01", "2026-12-31"),
        products: ["Nghị quyết của HĐND xã"],
        extra: {},
      },
      {
        number: "1",
        task: "Duy trì hệ thống quản lý văn bản và điều hành; sử dụng chữ ký số trong trao đổi văn bản điện tử",
        area: "digital_government",
        areaLabel: digital,
        lead: office,
        deadline: when("2026-01-01", "2026-12-31"),
        products: ["Văn bản điện tử có chữ ký số"],
        extra: { "Ghi chú": "Các phòng chuyên môn" },
      },
      {
        number: "2",
        task: "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng định danh điện tử VNeID",
        areaLabel: digital,
        lead: ["Công an xã"],
        deadline: when("2026-01-01", "2026-12-31"),
        products: ["Người dân được hướng dẫn"],
        extra: { "Ghi chú": "Đoàn Thanh niên xã, các thôn" },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(11);
  });
});

describe("u42: Word 97 (.doc), a ward's plan: a Chủ trì cell merged over a task and its sub-items, a bold '1.' heading row", () => {
  it("reads the header", async () => {
    const doc = await parsePlan(file("u42_phuong-hoa-lu-2026-word97.doc"));
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "21/KH-UBND",
      date: "2026-01-20",
      place: "Hoa Lư",
      issuer: "UBND phường Hoa Lư",
      level: "xa",
      title: "Cải cách hành chính năm 2026 trên địa bàn phường Hoa Lư",
      signer: "Phạm Thị Lan",
    });
  });

  it("reads every row as a reader of the table writes it down", async () => {
    const doc = await parsePlan(file("u42_phuong-hoa-lu-2026-word97.doc"));
    expect(tableHeads(doc)).toEqual([["appendix", null, "task", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"]]);
    const centre = ["Trung tâm Phục vụ hành chính công phường"];
    const heading = "Nâng cao chất lượng giải quyết thủ tục hành chính";
    const first = "Giải quyết hồ sơ thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường";
    expect(tableTasks(doc)).toMatchObject([
      {
        // The bold "1." row names nothing of its own: it heads 1.1 and 1.2.
        number: "1.1",
        task: first,
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        parent: heading,
        lead: centre,
        partners: ["Các phòng chuyên môn"],
        deadline: { raw: "Thường xuyên", ...continuous(2026) },
        budget: null,
        extra: {},
      },
      {
        // The lead cell is merged over 1.1 and both "-" sub-items.
        number: null,
        task: "Tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích",
        parent: first,
        lead: centre,
        partners: ["Bưu điện phường"],
        deadline: { raw: "Quý I/2026", ...when("2026-01-01", "2026-03-31") },
      },
      {
        number: null,
        task: "Thanh toán trực tuyến phí, lệ phí",
        parent: first,
        lead: centre,
        partners: [],
        deadline: { raw: "Tháng 6/2026", ...when("2026-06-01", "2026-06-30") },
      },
      {
        number: "1.2",
        task: "Công khai thủ tục hành chính, quy trình nội bộ tại trụ sở và trên Trang thông tin điện tử phường",
        parent: heading,
        lead: ["Văn phòng HĐND và UBND phường"],
        partners: centre,
        deadline: { raw: "Trước 30/6/2026", ...when(null, "2026-06-30") },
      },
      {
        number: "1",
        task: "Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức làm việc tại bộ phận một cửa",
        area: "civil_service",
        areaLabel: "Cải cách công vụ",
        parent: null,
        lead: ["Phòng Văn hóa - Xã hội"],
        partners: ["Văn phòng HĐND và UBND phường"],
        deadline: { raw: "Quý III/2026", ...when("2026-07-01", "2026-09-30") },
        budget: "Ngân sách phường",
        extra: { "Ghi chú": "Mời giảng viên Trường Chính trị tỉnh" },
      },
      {
        number: "2",
        task: "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026",
        lead: ["Phòng Văn hóa - Xã hội"],
        partners: ["Các phòng chuyên môn"],
        deadline: { raw: "Tháng 12/2026", ...when("2026-12-01", "2026-12-31") },
        budget: null,
        extra: {},
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(6);
  });
});

describe("u43: HTML, a đặc khu's plan under 'DANH MỤC': rowspan lead and budget cells, heading rows '1.' over '1.1'", () => {
  it("reads the header below the portal's banner", async () => {
    const doc = await parsePlan(file("u43_dac-khu-con-dao-2026-rowspan.html"));
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "09/KH-UBND",
      date: "2026-01-19",
      place: "Côn Đảo",
      title: "Cải cách hành chính năm 2026 trên địa bàn đặc khu Côn Đảo",
      year: 2026,
      signer: "Lê Văn Phước",
    });
  });

  it("reads every row as a reader of the table writes it down", async () => {
    const doc = await parsePlan(file("u43_dac-khu-con-dao-2026-rowspan.html"));
    expect(tableHeads(doc)).toEqual([["appendix", null, "task", "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA ĐẶC KHU CÔN ĐẢO"]]);
    expect(doc.tables[0]!.reference).toBe("Kế hoạch số 09/KH-UBND ngày 19/01/2026 của UBND đặc khu Côn Đảo");
    const office = ["Văn phòng HĐND và UBND đặc khu"];
    const centre = ["Trung tâm Phục vụ hành chính công đặc khu"];
    const direction = "Công tác chỉ đạo, điều hành";
    const control = "Kiểm soát thủ tục hành chính";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Ban hành Kế hoạch cải cách hành chính năm 2026",
        area: "direction",
        areaLabel: direction,
        products: ["Kế hoạch"],
        lead: office,
        partners: ["Các phòng chuyên môn"],
        deadline: { raw: "Quý I/2026", ...when("2026-01-01", "2026-03-31") },
        budget: null,
      },
      {
        number: "2",
        task: "Xây dựng báo cáo cải cách hành chính định kỳ quý, 6 tháng, năm",
        products: ["Báo cáo"],
        lead: office,
        partners: ["Các phòng chuyên môn"],
        deadline: { raw: "Hằng quý", ...when("2026-01-01", "2026-12-31", "quarterly") },
      },
      {
        // Under the lead's rowspan; its own partner cell is empty and not merged.
        number: "3",
        task: "Tổ chức đối thoại giữa Chủ tịch UBND đặc khu với người dân, doanh nghiệp về giải quyết thủ tục hành chính",
        products: ["Hội nghị đối thoại"],
        lead: office,
        partners: [],
        deadline: { raw: "Tháng 6/2026", ...when("2026-06-01", "2026-06-30") },
        budget: "Ngân sách đặc khu",
      },
      {
        number: "4",
        task: "Tuyên truyền cải cách hành chính trên Cổng thông tin điện tử và hệ thống truyền thanh của đặc khu",
        products: ["Tin, bài"],
        lead: ["Phòng Văn hóa - Xã hội"],
        partners: ["Trung tâm Cung ứng dịch vụ công"],
        deadline: { raw: "Thường xuyên", ...continuous(2026) },
        budget: "Ngân sách đặc khu",
        extra: {},
      },
      {
        number: "1.1",
        task: "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực du lịch, giao thông đường thủy",
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        parent: control,
        products: ["Phương án đơn giản hóa"],
        lead: ["Phòng Kinh tế"],
        partners: office,
        deadline: { raw: "Trước 30/6/2026", ...when(null, "2026-06-30") },
        budget: null,
      },
      {
        number: "1.2",
        task: "Công khai thủ tục hành chính, số điện thoại đường dây nóng tại Trung tâm Phục vụ hành chính công",
        parent: control,
        products: ["Thủ tục hành chính được công khai"],
        lead: centre,
        partners: [],
        deadline: { raw: "Năm 2026 và các năm tiếp theo", start: "2026-01-01", end: null },
        extra: { "Ghi chú": "Phối hợp: Công an đặc khu" },
      },
      {
        number: "2.1",
        task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        area: "procedures",
        parent: "Chuyển đổi số trong giải quyết thủ tục hành chính",
        products: ["Tỷ lệ số hóa đạt 100%"],
        lead: centre,
        partners: ["Các phòng chuyên môn"],
        deadline: { raw: "Tháng 9/2026", ...when("2026-09-01", "2026-09-30") },
        budget: "Ngân sách Thành phố",
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(7);
  });
});

describe("u44: scraped Markdown under 'BIỂU …': a two-row header and column numbers, the table cut in two by a page break", () => {
  it("reads the header", async () => {
    const doc = await parsePlan(file("u44_so-noi-vu-lam-dong-2026-bieu-scraped.md"));
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "52/KH-SNV",
      date: "2026-01-23",
      place: "Lâm Đồng",
      title: "Cải cách hành chính năm 2026 của Sở Nội vụ",
      year: 2026,
      signer: "Nguyễn Hữu Thành",
    });
  });

  it("reads one table over the break, its header and column numbers again no record, sub-items under their task", async () => {
    const doc = await parsePlan(file("u44_so-noi-vu-lam-dong-2026-bieu-scraped.md"));
    expect(tableHeads(doc)).toEqual([["appendix", null, "task", "BIỂU NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"]]);
    const organisation = ["Phòng Tổ chức, biên chế và tổ chức phi chính phủ"];
    const staff = ["Phòng Công chức, viên chức"];
    const appraisal = "Thẩm định đề án vị trí việc làm của các cơ quan, đơn vị";
    const civil = "Cải cách công vụ";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Tham mưu UBND tỉnh quy định chức năng, nhiệm vụ của các cơ quan chuyên môn sau sắp xếp",
        area: "organization",
        areaLabel: "Cải cách tổ chức bộ máy",
        lead: organisation,
        partners: ["Các sở, ngành"],
        deadline: { raw: "Quý I/2026", ...when("2026-01-01", "2026-03-31") },
        products: ["Quyết định của UBND tỉnh"],
      },
      {
        number: "2",
        task: appraisal,
        parent: null,
        lead: organisation,
        partners: ["Các cơ quan, đơn vị"],
        deadline: { raw: "Thường xuyên", ...continuous(2026) },
        products: ["Văn bản thẩm định"],
      },
      {
        // A text scrape keeps no merges: the lead and partner cells left empty under the same task are merged.
        number: null,
        task: "Đề án vị trí việc làm của các sở, ngành",
        parent: appraisal,
        lead: organisation,
        partners: ["Các cơ quan, đơn vị"],
        deadline: { raw: "Tháng 6/2026", ...when("2026-06-01", "2026-06-30") },
      },
      {
        number: null,
        task: "Đề án vị trí việc làm của UBND các xã, phường, đặc khu",
        parent: appraisal,
        lead: organisation,
        partners: ["UBND các xã, phường, đặc khu"],
        deadline: { raw: "Quý III/2026", ...when("2026-07-01", "2026-09-30") },
      },
      {
        number: "1",
        task: "Tổ chức thi tuyển công chức tỉnh Lâm Đồng năm 2026",
        area: "civil_service",
        areaLabel: civil,
        parent: null,
        lead: staff,
        partners: ["Hội đồng thi tuyển"],
        deadline: { raw: "Quý II, III/2026", ...when("2026-04-01", "2026-09-30") },
        products: ["Kết quả thi tuyển"],
      },
      {
        number: "2",
        task: "Bồi dưỡng kiến thức quản lý nhà nước cho công chức cấp xã sau sắp xếp",
        areaLabel: civil,
        lead: staff,
        partners: ["UBND các xã, phường, đặc khu"],
        deadline: { raw: "Năm 2026 và các năm tiếp theo", start: "2026-01-01", end: null },
        products: ["Lớp bồi dưỡng"],
      },
      {
        number: "3",
        task: "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính",
        areaLabel: civil,
        lead: ["Thanh tra Sở"],
        partners: ["Văn phòng Sở"],
        deadline: { raw: "Trước 30/6/2026", ...when(null, "2026-06-30") },
        products: ["Kết luận kiểm tra"],
      },
      {
        number: "1",
        task: "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực lao động, việc làm, người có công",
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        lead: ["Văn phòng Sở"],
        partners: ["Phòng Lao động - Việc làm"],
        deadline: { raw: "Quý I/2026", ...when("2026-01-01", "2026-03-31") },
        products: ["Phương án đơn giản hóa"],
      },
      {
        // The partner cell is empty under another task: nothing to fill down.
        number: "2",
        task: "Giải quyết hồ sơ thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
        lead: ["Văn phòng Sở"],
        partners: [],
        deadline: { raw: "Thường xuyên", ...continuous(2026) },
        products: ["Hồ sơ giải quyết đúng hạn"],
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(9);
  });
});

describe("the rules of round 15, in small tables", () => {
  const head = [
    "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
    "",
    "Số: 33/KH-UBND",
    "",
    "Phú Thọ, ngày 14 tháng 01 năm 2026",
    "",
    "KẾ HOẠCH",
    "",
    "Cải cách hành chính năm 2026",
    "",
    "I. MỤC ĐÍCH",
    "",
    "Nâng cao chất lượng.",
    "",
    "II. NHIỆM VỤ",
    "",
    "Chi tiết tại Biểu kèm theo.",
    "",
  ].join("\n");
  const html = (before: string, rows: string) =>
    parsePlan(
      Buffer.from(
        `<html><body>${head
          .split("\n\n")
          .map((p) => `<p>${p}</p>`)
          .join("")}${before}<table>${rows}</table></body></html>`,
        "utf8",
      ),
      { path: "plan.html" },
    );
  const md = (lines: string[]) => parsePlan(Buffer.from(`${head}${lines.join("\n")}\n`, "utf8"), { path: "plan.md" });
  const tr = (...cells: string[]) => `<tr>${cells.join("")}</tr>`;
  const td = (text: string, attrs = "") => `<td${attrs}>${text}</td>`;
  const HEAD_ROW = tr(...["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"].map((h) => `<th>${h}</th>`));

  it("'BIỂU' alone over the title: no label, and the title the line under it", async () => {
    const doc = await html(
      "<p>BIỂU</p><p>DANH MỤC NHIỆM VỤ NĂM 2026</p><p>(Kèm theo Kế hoạch số 33/KH-UBND ngày 14/01/2026 của UBND tỉnh)</p>",
      HEAD_ROW + tr(td("1"), td("Rà soát văn bản"), td("Sở Tư pháp"), td(""), td("Quý I/2026")),
    );
    expect(tableHeads(doc)).toEqual([["appendix", null, "task", "DANH MỤC NHIỆM VỤ NĂM 2026"]]);
  });

  it("an Arabic group spanning the row under a Roman group is its sub-group; with no Roman group above, the group", async () => {
    const under = await html(
      "",
      HEAD_ROW +
        tr(td("II"), td("CẢI CÁCH THỦ TỤC HÀNH CHÍNH", ' colspan="4"')) +
        tr(td("1."), td("Kiểm soát thủ tục hành chính", ' colspan="4"')) +
        tr(td("1.1"), td("Công bố danh mục"), td("Văn phòng UBND tỉnh"), td(""), td("Quý I/2026")) +
        tr(td("2."), td("Một cửa liên thông", ' colspan="4"')) +
        tr(td("2.1"), td("Giải quyết hồ sơ"), td("Các sở"), td(""), td("Thường xuyên")) +
        tr(td("III"), td("CẢI CÁCH CÔNG VỤ", ' colspan="4"')) +
        tr(td("1"), td("Đánh giá công chức"), td("Sở Nội vụ"), td(""), td("Tháng 12/2026")),
    );
    expect(tableTasks(under).map((t) => [t.number, t.area, t.areaLabel, t.subArea])).toEqual([
      ["1.1", "procedures", "Cải cách thủ tục hành chính", "Kiểm soát thủ tục hành chính"],
      ["2.1", "procedures", "Cải cách thủ tục hành chính", "Một cửa liên thông"],
      ["1", "civil_service", "Cải cách công vụ", null],
    ]);
    const alone = await html(
      "",
      HEAD_ROW +
        tr(td("1."), td("Cải cách thể chế", ' colspan="4"')) +
        tr(td("1.1"), td("Rà soát văn bản"), td("Sở Tư pháp"), td(""), td("Quý I/2026")),
    );
    expect(tableTasks(alone).map((t) => [t.number, t.areaLabel, t.subArea])).toEqual([["1.1", "Cải cách thể chế", null]]);
    // A Roman group that names no reform area is a part over the Arabic groups, which name it.
    const part = await html(
      "",
      HEAD_ROW +
        tr(td("I"), td("NHIỆM VỤ TRỌNG TÂM", ' colspan="4"')) +
        tr(td("1."), td("CẢI CÁCH THỂ CHẾ", ' colspan="4"')) +
        tr(td("1.1"), td("Rà soát văn bản"), td("Sở Tư pháp"), td(""), td("Quý I/2026")),
    );
    expect(tableTasks(part).map((t) => [t.number, t.area, t.areaLabel, t.subArea])).toEqual([["1.1", "institutions", "Cải cách thể chế", null]]);
  });

  it("a sub-item under a heading row's task '1.1' is 1.1's", async () => {
    const doc = await md([
      "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
      "| --- | --- | --- | --- | --- |",
      "| 1 | Nâng cao chất lượng phục vụ | | | |",
      "| 1.1 | Số hóa hồ sơ | Trung tâm Phục vụ hành chính công | Các phòng | Năm 2026 |",
      "| | - Số hóa kết quả cũ | | | Quý II/2026 |",
      "| 1.2 | Khảo sát sự hài lòng | Văn phòng | | Tháng 6/2026 |",
    ]);
    expect(tableTasks(doc).map((t) => [t.number, t.task, t.parent])).toEqual([
      ["1.1", "Số hóa hồ sơ", "Nâng cao chất lượng phục vụ"],
      [null, "Số hóa kết quả cũ", "Số hóa hồ sơ"],
      ["1.2", "Khảo sát sự hài lòng", "Nâng cao chất lượng phục vụ"],
    ]);
  });

  it("a sub-item naming its own partners: its lead is its task's where the format lost merges, empty where it records them", async () => {
    const lossy = await md([
      "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
      "| --- | --- | --- | --- | --- |",
      "| 1 | Thẩm định đề án | Sở Nội vụ | Các sở | Thường xuyên |",
      "| | - Đề án của các xã | | UBND các xã | Quý III/2026 |",
    ]);
    expect(tableTasks(lossy).map((t) => [t.task, t.lead, t.partners])).toEqual([
      ["Thẩm định đề án", ["Sở Nội vụ"], ["Các sở"]],
      ["Đề án của các xã", ["Sở Nội vụ"], ["UBND các xã"]],
    ]);
    // The table records merges (a rowspan): an empty cell that is not merged stays empty.
    const recorded = await html(
      "",
      HEAD_ROW +
        tr(td("1"), td("Thẩm định đề án"), td("Sở Nội vụ"), td("Các sở"), td("Thường xuyên", ' rowspan="2"')) +
        tr(td(""), td("- Đề án của các xã"), td(""), td("UBND các xã")) +
        tr(td(""), td("- Đề án của các phường"), td(""), td(""), td("Quý IV/2026")),
    );
    expect(tableTasks(recorded).map((t) => [t.task, t.lead, t.partners])).toEqual([
      ["Thẩm định đề án", ["Sở Nội vụ"], ["Các sở"]],
      ["Đề án của các xã", [], ["UBND các xã"]],
      ["Đề án của các phường", [], []],
    ]);
  });
});
