/**
 * Round 10 of table shapes real plans have (issue 17): one agency column "Cơ quan thực hiện" / "Đơn vị thực hiện"
 * written "- Chủ trì: …" / "- Phối hợp: …", "X (chủ trì), Y", "Chủ trì: X; Phối hợp: Y" or with its lines run together
 * by a PDF ("Chủ trì: X Phối hợp: Y"); "Sản phẩm / Kết quả đầu ra" spanning "Hình thức văn bản | Cấp ban hành";
 * "Kinh phí" and "Nguồn kinh phí"; a "Tổng cộng" row; a note row closing the table ("Ghi chú: …") whose span the
 * format lost or that leaves the TT cell empty; a result column of the year before beside the target year; rows cut by
 * a PDF page break under a header repeated on every page; a signature block right after the table. The fixtures
 * u24-u27 were written for them (fixtures/unseen/README.md); the expected records are what a reader of each table
 * writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { PROVINCE_HEAD, codes, markdownPlan, row, rule, tableTasks, unseenFixture as file, when } from "./table-plan.js";

describe("u24: DOCX, one 'Cơ quan thực hiện' column written five ways, a note row closing the table", () => {
  it("reads who leads and who partners from each cell's words, and the note is no record", async () => {
    const doc = await parsePlan(file("u24_so-tu-phap-hung-yen-2026.docx"));
    expect(doc.tables.map((t) => [t.where, t.label, t.kind, t.title])).toEqual([["appendix", null, "task", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ TƯ PHÁP"]]);
    expect(doc.tables[0]!.columns).toEqual(["TT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "Thời gian hoàn thành", "Sản phẩm", "Ghi chú"]);
    const direction = "Công tác chỉ đạo, điều hành cải cách hành chính";
    const units = ["Các phòng, đơn vị thuộc Sở"];
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Sở",
        area: "direction",
        areaLabel: direction,
        lead: ["Văn phòng Sở"],
        partners: units,
        deadline: { raw: "Tháng 01/2026", ...when("2026-01-01", "2026-01-31") },
        products: ["Kế hoạch"],
        extra: {},
      },
      { number: "2", area: "direction", lead: ["Văn phòng Sở"], partners: ["Phòng Bổ trợ tư pháp", "Thanh tra Sở"], deadline: { raw: "Quý III, IV/2026", ...when("2026-07-01", "2026-12-31") }, products: ["Báo cáo tự đánh giá"] },
      {
        number: "3",
        lead: ["Văn phòng Sở"],
        partners: units,
        deadline: { raw: "Tháng 6 và tháng 12", ...when("2026-06-01", "2026-12-31") },
        products: ["Báo cáo"],
        extra: { "Ghi chú": "Gửi Sở Nội vụ" },
      },
      {
        number: "4",
        area: "institutions",
        areaLabel: "Cải cách thể chế",
        lead: ["Phòng Xây dựng và Kiểm tra văn bản"],
        partners: ["Các sở, ngành", "UBND các xã, phường"],
        deadline: { raw: "Trước 30/6", ...when(null, "2026-06-30") },
        products: ["Quyết định công bố kết quả hệ thống hóa"],
      },
      { number: "5", area: "institutions", lead: ["Phòng Phổ biến, giáo dục pháp luật"], partners: [], deadline: { raw: "6 tháng đầu năm", ...when("2026-01-01", "2026-06-30") } },
      {
        number: "6",
        task: "Công khai thủ tục hành chính lĩnh vực tư pháp trên Cổng Dịch vụ công quốc gia",
        area: "procedures",
        lead: ["Văn phòng Sở"],
        partners: ["Trung tâm Phục vụ hành chính công tỉnh"],
        deadline: { raw: "Hằng tháng", ...when("2026-01-01", "2026-12-31", "monthly") },
      },
      { number: "7", area: "procedures", lead: ["Phòng Hành chính tư pháp"], partners: ["Văn phòng Sở"], deadline: { raw: "Quý I, II/2026", ...when("2026-01-01", "2026-06-30") }, products: ["Phương án đơn giản hóa"] },
      {
        number: "8",
        task: "Số hóa sổ hộ tịch lưu trữ tại Sở",
        area: "digital_government",
        lead: ["Phòng Hành chính tư pháp"],
        partners: [],
        deadline: { raw: "Năm 2026-2027", ...when("2026-01-01", "2027-12-31") },
        products: ["Dữ liệu hộ tịch được số hóa"],
        extra: { "Ghi chú": "Ngân sách tỉnh" },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(8);
    expect(codes(doc, "table-note")).toBe(1);
    expect(codes(doc, "row-joined")).toBe(0);
    expect(codes(doc, "deadline-unparsed")).toBe(0);
  });
});

describe("u25: Word HTML, a target table with last year's result, products under a spanning header, budget, a total row, the signature right after", () => {
  it("reads last year's result as a figure (extra), the products' form and issuing level, the budget columns; the total is no record", async () => {
    const doc = await parsePlan(file("u25_xa-dong-van-2026-word.html"));
    expect(doc.tables.map((t) => [t.where, t.kind])).toEqual([["body", "target"], ["body", "task"]]);
    expect(doc.tables[0]!.columns).toEqual(["TT", "Chỉ tiêu", "Kết quả năm 2025", "Mục tiêu năm 2026", "Đơn vị chủ trì theo dõi"]);
    expect(doc.tables[1]!.columns).toEqual([
      "STT",
      "Nội dung",
      "Đơn vị thực hiện",
      "Thời gian",
      "Sản phẩm / Kết quả đầu ra hình thức văn bản",
      "Sản phẩm / Kết quả đầu ra cấp ban hành",
      "Kinh phí (triệu đồng)",
      "Nguồn kinh phí",
    ]);
    expect(doc.meta.signer).toBe("Hoàng Văn Sáng");
    const centre = ["Trung tâm Phục vụ hành chính công xã"];
    const office = "Văn phòng HĐND và UBND xã";
    const level = "Sản phẩm / Kết quả đầu ra cấp ban hành";
    expect(tableTasks(doc)).toMatchObject([
      { table: "T1", kind: "target", number: "1", task: "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", objective: null, products: [], lead: centre, extra: { "Kết quả năm 2025": "97%", "Mục tiêu năm 2026": "100%" } },
      { table: "T1", number: "2", products: [], lead: centre, extra: { "Kết quả năm 2025": "45%", "Mục tiêu năm 2026": "60%" } },
      { table: "T1", number: "3", task: "Mức độ hài lòng của người dân, doanh nghiệp (SIPAS)", products: [], lead: [office], extra: { "Kết quả năm 2025": "88%", "Mục tiêu năm 2026": "Trên 90%" } },
      {
        table: "T2",
        kind: "task",
        number: "1",
        task: "Tuyên truyền về cải cách hành chính trên hệ thống truyền thanh xã",
        area: "direction",
        areaLabel: "Công tác chỉ đạo, điều hành và tuyên truyền",
        lead: ["Phòng Văn hóa - Xã hội"],
        partners: ["Công an xã"],
        deadline: { raw: "Hằng tháng", ...when("2026-01-01", "2026-12-31", "monthly") },
        products: ["Tin, bài"],
        budget: "15",
        extra: { "Nguồn kinh phí": "Ngân sách xã" },
      },
      {
        table: "T2",
        number: "2",
        lead: [office],
        partners: ["Các ban, ngành, đoàn thể xã"],
        deadline: { raw: "Tháng 3 và tháng 9", ...when("2026-03-01", "2026-09-30") },
        products: ["Kế hoạch"],
        budget: null,
        extra: { [level]: "Chủ tịch UBND xã" },
      },
      { table: "T2", number: "3", area: "procedures", lead: ["Phòng Kinh tế"], partners: [], deadline: { raw: "Quý I, II/2026", ...when("2026-01-01", "2026-06-30") }, products: ["Quyết định"], extra: { [level]: "UBND xã" } },
      {
        table: "T2",
        number: "4",
        area: "procedures",
        lead: centre,
        partners: ["Phòng Văn hóa - Xã hội"],
        deadline: { raw: "6 tháng đầu năm", ...when("2026-01-01", "2026-06-30") },
        budget: "30",
        extra: { [level]: "UBND xã", "Nguồn kinh phí": "Nguồn xã hội hóa" },
      },
      { table: "T2", number: "5", area: "civil_service", lead: [office, "Phòng Kinh tế"], partners: [], deadline: { raw: "Trước 30/6", ...when(null, "2026-06-30") } },
      { table: "T2", number: "6", area: "civil_service", lead: [office], deadline: { raw: "Năm 2026-2027", ...when("2026-01-01", "2027-12-31") }, budget: "20", extra: { [level]: "Chủ tịch UBND xã", "Nguồn kinh phí": "Ngân sách xã" } },
    ]);
    expect(tableTasks(doc)).toHaveLength(9);
    expect(codes(doc, "total-row-dropped")).toBe(1);
    expect(codes(doc, "deadline-unparsed")).toBe(0);
  });
});

describe("u26: Markdown from a PDF, agency cells whose lines ran together, a header repeated after a page break, a row cut by it, a note row", () => {
  it("splits the run-together roles, joins the cut row across the repeated header, and reads the note as no record", async () => {
    const doc = await parsePlan(file("u26_tinh-ninh-binh-ksthc-2026-markdown.md"));
    expect(doc.tables.map((t) => [t.where, t.kind, t.title])).toEqual([["appendix", "task", "NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026"]]);
    const office = ["Văn phòng UBND tỉnh"];
    const review = "Rà soát, đơn giản hóa thủ tục hành chính";
    const feedback = "Tiếp nhận, xử lý phản ánh, kiến nghị";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Xây dựng Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026",
        areaLabel: review,
        lead: office,
        partners: ["Các sở, ban, ngành"],
        deadline: { raw: "Quý I/2026", ...when("2026-01-01", "2026-03-31") },
        products: ["Kế hoạch của UBND tỉnh"],
      },
      { number: "2", areaLabel: review, lead: ["Sở Xây dựng"], partners: ["Sở Nông nghiệp và Môi trường", "Sở Tài chính"], deadline: { raw: "Quý II, III/2026", ...when("2026-04-01", "2026-09-30") } },
      {
        number: "3",
        task: "Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung thuộc thẩm quyền giải quyết của tỉnh",
        areaLabel: review,
        lead: ["Các sở, ban, ngành"],
        partners: office,
        deadline: { raw: "Hằng tháng", ...when("2026-01-01", "2026-12-31", "monthly") },
        products: ["Quyết định công bố của Chủ tịch UBND tỉnh"],
      },
      { number: "4", areaLabel: feedback, lead: office, partners: ["các sở, ngành liên quan"], deadline: { raw: "Thường xuyên", ...when("2026-01-01", "2026-12-31", "continuous") }, products: ["Văn bản trả lời"] },
      { number: "5", areaLabel: feedback, lead: office, partners: [], deadline: { raw: "Tháng 6 và tháng 12", ...when("2026-06-01", "2026-12-31") } },
      { number: "6", areaLabel: "Kiểm tra, tập huấn", lead: office, partners: ["Sở Nội vụ", "Sở Tư pháp"], deadline: { raw: "Trước 30/9", ...when(null, "2026-09-30") } },
      { number: "7", task: "Tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho cán bộ đầu mối", lead: office, deadline: { raw: "6 tháng đầu năm", ...when("2026-01-01", "2026-06-30") }, products: ["Hội nghị tập huấn"] },
    ]);
    expect(tableTasks(doc)).toHaveLength(7);
    expect(codes(doc, "table-note")).toBe(1);
    expect(codes(doc, "deadline-unparsed")).toBe(0);
  });
});

describe("u27: a LibreOffice PDF, rows cut by page breaks under a header repeated on every page, 'Chủ trì:' / 'Phối hợp:' lines run together", () => {
  it("joins each cut row back, reads lead and partners from the run-together lines, and the closing note is no record", async () => {
    const doc = await parsePlan(file("u27_tinh-ha-tinh-2026-libreoffice.pdf"));
    expect(doc.meta.number).toBe("26/KH-UBND");
    expect(doc.tables.map((t) => [t.where, t.kind, t.columns])).toEqual([["body", "task", ["STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "Thời gian hoàn thành", "Sản phẩm", "Nguồn kinh phí"]]]);
    const justice = ["Sở Tư pháp"];
    const office = ["Văn phòng UBND tỉnh"];
    const home = ["Sở Nội vụ"];
    const everyone = ["Các sở, ban, ngành", "UBND các xã, phường"];
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        area: "institutions",
        lead: justice,
        partners: everyone,
        deadline: { raw: "Quý I, II/2026", ...when("2026-01-01", "2026-06-30") },
        products: ["Báo cáo kết quả rà soát"],
        budget: "Ngân sách tỉnh",
      },
      { number: "2", area: "institutions", lead: justice, partners: ["Công an tỉnh"], deadline: { raw: "6 tháng đầu năm", ...when("2026-01-01", "2026-06-30") }, budget: "Không" },
      { number: "3", area: "institutions", lead: justice, partners: [], deadline: { raw: "Trước 30/11", ...when(null, "2026-11-30") }, products: ["Kết luận kiểm tra"] },
      { number: "4", area: "procedures", lead: office, partners: ["Các sở, ban, ngành"], deadline: { raw: "Hằng tháng", ...when("2026-01-01", "2026-12-31", "monthly") }, products: [expect.any(String)] },
      {
        number: "5",
        area: "procedures",
        lead: office,
        partners: ["Công an tỉnh", "Sở Khoa học và Công nghệ"],
        deadline: { raw: "Tháng 3 và tháng 9", ...when("2026-03-01", "2026-09-30") },
        products: ["Phương án đơn giản hóa"],
      },
      { number: "6", area: "procedures", lead: ["Trung tâm Phục vụ hành chính công tỉnh"], partners: [], deadline: { raw: "Năm 2026-2027", ...when("2026-01-01", "2027-12-31") } },
      { number: "7", area: "organization", lead: home, partners: everyone, deadline: { raw: "Quý III/2026", ...when("2026-07-01", "2026-09-30") }, budget: "Không" },
      { number: "8", area: "organization", lead: home, partners: [], deadline: { raw: "Trước 31/12", ...when(null, "2026-12-31") } },
      { number: "9", area: "civil_service", lead: home, partners: everyone, deadline: { raw: "Quý IV/2026", ...when("2026-10-01", "2026-12-31") } },
      { number: "10", area: "civil_service", lead: home, partners: ["Sở Khoa học và Công nghệ"], deadline: { raw: "Năm 2026-2027", ...when("2026-01-01", "2027-12-31") }, products: ["Lớp bồi dưỡng"] },
    ]);
    // The words of a cell cut by the page break, joined back in order. Compared without spaces: where the PDF's text
    // layer places a word's letters apart ("văn b ản") is the PDF reader's matter, not the table's.
    const letters = (text: string) => text.replace(/\s+/gu, "");
    const tasks = tableTasks(doc);
    expect(letters(tasks[0]!.task)).toBe(
      letters("Rà soát, đánh giá các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành sau sắp xếp đơn vị hành chính, kịp thời kiến nghị sửa đổi, bổ sung, thay thế hoặc bãi bỏ những quy định không còn phù hợp với tổ chức chính quyền địa phương hai cấp"),
    );
    expect(letters(tasks[3]!.products[0]!)).toBe(letters("Quyết định công bố của Chủ tịch UBND tỉnh"));
    expect(letters(tasks[4]!.task)).toBe(
      letters("Rà soát, đơn giản hóa thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư; cắt giảm thành phần hồ sơ, thời gian giải quyết và chi phí tuân thủ cho người dân, doanh nghiệp theo phương án được Thủ tướng Chính phủ phê duyệt"),
    );
    expect(tableTasks(doc)).toHaveLength(10);
    expect(codes(doc, "table-note")).toBe(1);
    expect(codes(doc, "deadline-unparsed")).toBe(0);
    expect(doc.meta.signer).toBe("Nguyễn Hồng Lĩnh");
  });
});

describe("one 'Cơ quan thực hiện' column: role labels with their type word, abbreviated, 'Thực hiện:', 'X phối hợp (với) Y'", () => {
  it("reads who leads and who partners in each row", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Nội dung", "Cơ quan thực hiện", "Thời gian"),
      rule(4),
      row("1", "Rà soát quy chế làm việc", "Cơ quan chủ trì: Sở Nội vụ; Cơ quan phối hợp: Sở Tư pháp", "Quý I/2026"),
      row("2", "Kiểm tra công vụ", "Đơn vị chủ trì: Sở Nội vụ - Đơn vị phối hợp: Thanh tra tỉnh", "Quý II/2026"),
      row("3", "Công bố thủ tục hành chính", "CT: Văn phòng UBND tỉnh; PH: Các sở, ngành", "Hằng tháng"),
      row("4", "Số hóa hồ sơ", "Chủ trì: Sở Khoa học và Công nghệ<br>Phối hợp: Văn phòng UBND tỉnh<br>Thực hiện: UBND các xã, phường", "Năm 2026"),
      row("5", "Tuyên truyền cải cách hành chính", "Sở Văn hóa, Thể thao và Du lịch phối hợp với Báo và Phát thanh, Truyền hình tỉnh, Công an tỉnh", "Thường xuyên"),
      row("6", "Báo cáo định kỳ", "Thực hiện: Các sở, ngành", "6 tháng, năm"),
    ]);
    expect(tableTasks(doc).map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2", ["Sở Nội vụ"], ["Thanh tra tỉnh"]],
      ["3", ["Văn phòng UBND tỉnh"], ["Các sở, ngành"]],
      ["4", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh", "UBND các xã, phường"]],
      ["5", ["Sở Văn hóa, Thể thao và Du lịch"], ["Báo và Phát thanh, Truyền hình tỉnh", "Công an tỉnh"]],
      ["6", ["Các sở, ngành"], []],
    ]);
    expect(tableTasks(doc)[5]!.deadline).toMatchObject({ raw: "6 tháng, năm", ...when("2026-01-01", "2026-12-31") });
    expect(codes(doc, "agency-activity")).toBe(0);
    expect(codes(doc, "deadline-unparsed")).toBe(0);
  });
});

describe("a budget table's subtotal rows ('Cộng mục I', 'Tổng kinh phí dự kiến') and the sum in words ('Bằng chữ: …')", () => {
  it("are no records and never join the task above", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Kinh phí (triệu đồng)"),
      rule(5),
      row("I", "Cải cách thể chế", "", "", ""),
      row("1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý I/2026", "10"),
      row("2", "Kiểm tra văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý II/2026", "20"),
      row("", "Cộng mục I", "", "", "30"),
      row("II", "Cải cách thủ tục hành chính", "", "", ""),
      row("3", "Công bố thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý III/2026", "5"),
      row("", "Cộng mục II", "", "", "5"),
      row("", "Tổng kinh phí dự kiến", "", "", "35"),
      row("", "Bằng chữ: Ba mươi lăm triệu đồng", "", "", ""),
    ]);
    expect(tableTasks(doc).map((t) => [t.number, t.task, t.budget])).toEqual([
      ["1", "Rà soát văn bản quy phạm pháp luật", "10"],
      ["2", "Kiểm tra văn bản quy phạm pháp luật", "20"],
      ["3", "Công bố thủ tục hành chính", "5"],
    ]);
    expect(codes(doc, "total-row-dropped")).toBe(3);
    expect(codes(doc, "table-note")).toBe(1);
    expect(codes(doc, "row-joined")).toBe(0);
  });
  it("a row that goes on with 'Cộng đồng …' beside no figure still continues its task", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Kinh phí (triệu đồng)"),
      rule(5),
      row("1", "Tuyên truyền cải cách hành chính đến", "Sở Văn hóa, Thể thao và Du lịch", "Quý I/2026", "10"),
      row("", "cộng đồng dân cư", "", "", ""),
    ]);
    expect(tableTasks(doc).map((t) => [t.task, t.budget])).toEqual([["Tuyên truyền cải cách hành chính đến cộng đồng dân cư", "10"]]);
    expect(codes(doc, "total-row-dropped")).toBe(0);
  });
});
