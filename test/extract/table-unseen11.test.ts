/**
 * Round 11 of table shapes real plans have (issue 17): a table set inside a task cell (its rows the task's
 * activities); a bold label line ("Nhiệm vụ trọng tâm:") alone in the task cell between numbered rows; lead cells
 * written "A cùng B"; an agency name cut after its dash; row numbers starting again in each Roman part; a bare "Đơn vị"
 * (the unit) beside "Chỉ tiêu"; target figures by year ("Năm 2026 | Năm 2027 | Năm 2028") beside "Đơn vị tính";
 * "Thời gian thực hiện" over bare years marked "x"; one "Đơn vị thực hiện" column written "A (chủ trì); B, C"; a task
 * table that stops for a paragraph of prose and goes on under its header again. The fixtures u28 and u29 were written
 * for them (fixtures/unseen/README.md); the expected records are what a reader of each table writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { PROVINCE_HEAD, codes, htmlPlan, markdownPlan, row, rule, tableTasks, unseenFixture as file, when } from "./table-plan.js";

describe("u28: DOCX, a table inside a task cell, a label row, 'cùng', a name cut after its dash, STT again in each part", () => {
  it("reads every row as a reader of the table writes it down", async () => {
    const doc = await parsePlan(file("u28_huyen-luc-nam-2025-nested.docx"));
    expect(doc.tables.map((t) => [t.where, t.label, t.kind, t.title])).toEqual([
      ["appendix", "I", "task", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH HUYỆN LỤC NAM NĂM 2025"],
      ["appendix", "II", "target", "CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2025"],
    ]);
    expect(doc.tables[0]!.columns).toEqual(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]);
    expect(doc.tables[1]!.columns).toEqual(["TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan theo dõi, đánh giá"]);
    const direction = "Công tác chỉ đạo, điều hành";
    const finance = "Cải cách tài chính công";
    expect(tableTasks(doc)).toMatchObject([
      {
        table: "T1",
        number: "1",
        task: "Xây dựng, ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025",
        areaLabel: direction,
        subArea: null,
        activities: [],
        lead: ["Phòng Nội vụ"],
        partners: ["Phòng Văn hóa và Thông tin"],
        deadline: { raw: "Tháng 02/2025", ...when("2025-02-01", "2025-02-28") },
        products: ["Kế hoạch"],
      },
      {
        // The label line heads the row under it; the small table in the cell is the task's activities.
        number: "2",
        task: "Kiểm tra công tác cải cách hành chính năm 2025, gồm các đợt sau:",
        areaLabel: direction,
        subArea: "Nhiệm vụ trọng tâm",
        activities: ["a | Kiểm tra tại các cơ quan chuyên môn thuộc UBND huyện | Quý II", "b | Kiểm tra tại UBND các xã, thị trấn | Quý III"],
        lead: ["Phòng Nội vụ", "Phòng Tư pháp"],
        partners: ["UBND các xã, thị trấn"],
        deadline: { raw: "Năm 2025", ...when("2025-01-01", "2025-12-31") },
        products: ["Báo cáo kết quả kiểm tra"],
      },
      {
        number: "1",
        task: "Xây dựng dự toán ngân sách huyện năm 2026",
        areaLabel: finance,
        subArea: null,
        lead: ["Phòng Tài chính - Kế hoạch"],
        partners: ["Các cơ quan, đơn vị thuộc huyện"],
        deadline: { raw: "Tháng 11/2025", ...when("2025-11-01", "2025-11-30") },
      },
      {
        // "cùng các …" before a group in lower case is left as written, as prose reads it.
        number: "2",
        task: "Công khai ngân sách theo quy định",
        areaLabel: finance,
        lead: ["Phòng Tài chính - Kế hoạch"],
        partners: ["UBND các xã cùng các cơ quan chuyên môn"],
        deadline: { raw: "Quý I/2025", ...when("2025-01-01", "2025-03-31") },
      },
      {
        number: "1",
        task: "Rà soát quy trình nội bộ giải quyết thủ tục hành chính",
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        lead: ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ"],
        partners: ["Các cơ quan chuyên môn"],
        deadline: { raw: "Quý II/2025", ...when("2025-04-01", "2025-06-30") },
        products: ["Quy trình được rà soát"],
      },
      {
        table: "T2",
        kind: "target",
        number: "1",
        task: "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn",
        lead: ["Văn phòng HĐND và UBND huyện"],
        products: ["100"],
        extra: { "Đơn vị": "%" },
      },
      { table: "T2", kind: "target", number: "2", task: "Số cuộc kiểm tra cải cách hành chính", lead: ["Phòng Nội vụ"], products: ["6"], extra: { "Đơn vị": "Cuộc" } },
    ]);
    expect(tableTasks(doc)).toHaveLength(7);
    expect(codes(doc, "nested-table-activities")).toBe(1);
    expect(codes(doc, "row-joined")).toBe(0);
    // "Đơn vị" beside "Chỉ tiêu" is the unit of each figure: a known column, not an unmapped one.
    expect(codes(doc, "column-unmapped")).toBe(0);
  });
});

describe("u29: HTML, target figures by year, bare years marked 'x', 'A (chủ trì); B, C', a table resumed after prose", () => {
  it("reads every row as a reader of the tables writes it down", async () => {
    const doc = await parsePlan(file("u29_so-khcn-bac-ninh-2026-2028-years.html"));
    expect(doc.tables.map((t) => [t.where, t.label, t.kind, t.title])).toEqual([
      ["appendix", "I", "target", "CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026 - 2028"],
      ["appendix", "II", "task", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026 - 2028"],
    ]);
    expect(doc.tables[0]!.columns).toEqual(["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Năm 2028", "Cơ quan chủ trì"]);
    const institutions = "Cải cách thể chế";
    const procedures = "Cải cách thủ tục hành chính";
    const digital = "Xây dựng và phát triển chính quyền số";
    expect(tableTasks(doc)).toMatchObject([
      {
        table: "T1",
        kind: "target",
        number: "1",
        task: "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn",
        lead: ["Văn phòng Sở"],
        partners: [],
        deadline: { raw: null },
        extra: { "Đơn vị tính": "%", "Năm 2026": "98", "Năm 2027": "99", "Năm 2028": "100" },
      },
      {
        number: "2",
        task: "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình",
        lead: ["Văn phòng Sở"],
        partners: ["Phòng Quản lý công nghệ"],
        extra: { "Đơn vị tính": "%", "Năm 2026": "80", "Năm 2027": "90", "Năm 2028": "100" },
      },
      { number: "3", task: "Số văn bản quy phạm pháp luật được rà soát", lead: ["Thanh tra Sở"], extra: { "Đơn vị tính": "Văn bản", "Năm 2026": "10", "Năm 2027": "12", "Năm 2028": "12" } },
      {
        table: "T2",
        kind: "task",
        number: "1",
        task: "Rà soát, đề xuất sửa đổi quy chế làm việc của Sở",
        areaLabel: institutions,
        lead: ["Văn phòng Sở"],
        partners: ["Thanh tra Sở", "Phòng Kế hoạch - Tài chính"],
        deadline: { raw: "Năm 2026", ...when("2026-01-01", "2026-12-31") },
        products: ["Quy chế sửa đổi"],
        extra: {},
      },
      {
        number: "2",
        areaLabel: institutions,
        lead: ["Chi cục Tiêu chuẩn Đo lường Chất lượng"],
        partners: ["Thanh tra Sở"],
        deadline: { raw: "Năm 2026; Năm 2027; Năm 2028", ...when("2026-01-01", "2028-12-31") },
        products: ["Báo cáo kiểm tra"],
      },
      {
        number: "1",
        task: "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực sở hữu trí tuệ",
        areaLabel: procedures,
        lead: ["Phòng Quản lý công nghệ"],
        partners: ["Văn phòng Sở"],
        deadline: { raw: "Năm 2027", ...when("2027-01-01", "2027-12-31") },
      },
      { number: "2", areaLabel: procedures, lead: ["Văn phòng Sở"], partners: [], deadline: { raw: "Năm 2026; Năm 2027; Năm 2028", ...when("2026-01-01", "2028-12-31") } },
      {
        // After the paragraph of prose the same table goes on (its header again, group III).
        table: "T2",
        number: "1",
        task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        areaLabel: digital,
        lead: ["Văn phòng Sở"],
        partners: ["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"],
        deadline: { raw: "Năm 2026; Năm 2027", ...when("2026-01-01", "2027-12-31") },
        products: ["Dữ liệu được số hóa"],
      },
      {
        table: "T2",
        number: "2",
        areaLabel: digital,
        lead: ["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"],
        partners: [],
        deadline: { raw: "Năm 2028", ...when("2028-01-01", "2028-12-31") },
        products: ["Hệ thống được nâng cấp"],
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(9);
    expect(codes(doc, "column-unmapped")).toBe(0);
  });
});

describe("a table inside a task cell of an HTML table", () => {
  it("gives the task its rows as activities instead of dropping them", async () => {
    const doc = await htmlPlan(
      PROVINCE_HEAD,
      "<tr><td>STT</td><td>Nội dung</td><td>Chủ trì</td><td>Thời gian</td></tr>" +
        "<tr><td>1</td><td><p>Tổ chức các hội nghị sau:</p><table><tr><td>a</td><td>Hội nghị tập huấn</td></tr><tr><td>b</td><td>Hội nghị sơ kết</td></tr></table></td><td>Sở Nội vụ</td><td>Năm 2026</td></tr>" +
        "<tr><td>2</td><td><table><tr><td>Rà soát thủ tục</td></tr></table></td><td>Sở Tư pháp</td><td>Quý I/2026</td></tr>",
    );
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", task: "Tổ chức các hội nghị sau:", activities: ["a | Hội nghị tập huấn", "b | Hội nghị sơ kết"], lead: ["Sở Nội vụ"] },
      // A cell that is nothing but a table keeps it as its text.
      { number: "2", task: "Rà soát thủ tục", activities: [], lead: ["Sở Tư pháp"] },
    ]);
    expect(codes(doc, "nested-table-activities")).toBe(1);
  });
});

describe("a table inside an agency cell of an HTML table", () => {
  it("reads a role in its first cell as the role of the names beside it, and other rows as one body per cell", async () => {
    const doc = await htmlPlan(
      PROVINCE_HEAD,
      "<tr><td>STT</td><td>Nội dung</td><td>Cơ quan thực hiện</td><td>Phối hợp</td><td>Thời gian</td></tr>" +
        "<tr><td>1</td><td>Kiểm tra văn bản</td><td><table><tr><td>Chủ trì</td><td>Sở Tư pháp</td></tr><tr><td>Phối hợp</td><td>Sở Nội vụ</td></tr></table></td>" +
        "<td><table><tr><td>Văn phòng UBND tỉnh</td></tr><tr><td>UBND các xã</td></tr></table></td><td>Quý III/2026</td></tr>",
    );
    expect(tableTasks(doc)).toMatchObject([{ number: "1", lead: ["Sở Tư pháp"] }]);
    // The partners the lead cell names join those of the partner column (in which order is the cell reader's).
    expect([...tableTasks(doc)[0]!.partners].sort()).toEqual(["Sở Nội vụ", "UBND các xã", "Văn phòng UBND tỉnh"]);
  });
});

describe("a task table that stops for a paragraph and goes on without its header", () => {
  it("carries on its group and numbering", async () => {
    const doc = await parsePlan(
      Buffer.from(
        `<html><body>${PROVINCE_HEAD.split("\n\n").map((p) => `<p>${p}</p>`).join("")}<p>PHỤ LỤC</p><p>DANH MỤC NHIỆM VỤ</p>` +
          "<table><tr><td>STT</td><td>Nội dung nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td><td>Thời gian</td></tr>" +
          '<tr><td>I</td><td colspan="4">CẢI CÁCH THỂ CHẾ</td></tr>' +
          "<tr><td>1</td><td>Rà soát văn bản</td><td>Sở Tư pháp</td><td>Sở Nội vụ</td><td>Quý II/2026</td></tr></table>" +
          "<p>Các sở, ngành căn cứ tình hình thực tế để bổ sung nhiệm vụ.</p>" +
          "<table><tr><td>2</td><td>Theo dõi thi hành pháp luật</td><td>Sở Tư pháp</td><td>UBND các xã</td><td>Quý IV/2026</td></tr>" +
          '<tr><td>II</td><td colspan="4">CẢI CÁCH THỦ TỤC HÀNH CHÍNH</td></tr>' +
          "<tr><td>1</td><td>Công khai thủ tục</td><td>Văn phòng UBND tỉnh</td><td>Các sở, ngành</td><td>Thường xuyên</td></tr></table></body></html>",
        "utf8",
      ),
      { path: "plan.html" },
    );
    expect(doc.tables).toHaveLength(1);
    expect(tableTasks(doc)).toMatchObject([
      { table: "T1", number: "1", areaLabel: "Cải cách thể chế", lead: ["Sở Tư pháp"] },
      { table: "T1", number: "2", task: "Theo dõi thi hành pháp luật", areaLabel: "Cải cách thể chế", partners: ["UBND các xã"] },
      { table: "T1", number: "1", task: "Công khai thủ tục", areaLabel: "Cải cách thủ tục hành chính", lead: ["Văn phòng UBND tỉnh"] },
    ]);
  });
});

describe("a label line alone in the task cell", () => {
  const header = [row("STT", "Nội dung", "Chủ trì", "Thời gian"), rule(4)];
  it("heads the numbered rows under it and never goes on the task above", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      ...header,
      row("1", "Rà soát quy chế làm việc", "Văn phòng UBND tỉnh", "Quý I/2026"),
      row("", "Các nhiệm vụ thường xuyên:", "", ""),
      row("2", "Báo cáo định kỳ", "Sở Nội vụ", "Hằng quý"),
    ]);
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", task: "Rà soát quy chế làm việc", areaLabel: null, subArea: null },
      // No group above it: the label is the group of the rows under it, as a lone lettered group is.
      { number: "2", task: "Báo cáo định kỳ", areaLabel: "Các nhiệm vụ thường xuyên", subArea: null },
    ]);
    expect(codes(doc, "row-joined")).toBe(0);
  });
  it("is also a bold line without its colon, in a format that records bold", async () => {
    const doc = await htmlPlan(
      PROVINCE_HEAD,
      "<tr><td>STT</td><td>Nội dung</td><td>Chủ trì</td><td>Thời gian</td></tr>" +
        "<tr><td>1</td><td>Rà soát quy chế làm việc</td><td>Văn phòng UBND tỉnh</td><td>Quý I/2026</td></tr>" +
        "<tr><td></td><td><b>Nhiệm vụ trọng tâm</b></td><td></td><td></td></tr>" +
        "<tr><td>2</td><td>Báo cáo định kỳ</td><td>Sở Nội vụ</td><td>Hằng quý</td></tr>",
    );
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", task: "Rà soát quy chế làm việc", areaLabel: null },
      { number: "2", task: "Báo cáo định kỳ", areaLabel: "Nhiệm vụ trọng tâm" },
    ]);
  });
  it("is no label over bullet rows: they are the items of the task above", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      ...header,
      row("1", "Tổ chức tuyên truyền cải cách hành chính", "Sở Văn hóa, Thể thao và Du lịch", "Năm 2026"),
      row("", "Nội dung gồm:", "", ""),
      row("-", "Tuyên truyền trên báo chí", "", ""),
    ]);
    expect(tableTasks(doc).map((t) => t.subArea)).not.toContain("Nội dung gồm");
  });
});

describe("'A cùng B' in agency cells", () => {
  it("names both bodies, as prose reads it; 'cùng' before a group in lower case is left as written", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"),
      rule(5),
      row("1", "Kiểm tra công tác cải cách hành chính", "Sở Nội vụ cùng Sở Tư pháp", "UBND các xã", "Quý III/2026"),
      row("2", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ cùng với Văn phòng UBND tỉnh", "Quý II/2026"),
      row("3", "Tuyên truyền cải cách hành chính", "Sở Tài chính cùng các đơn vị liên quan", "", "Năm 2026"),
    ]);
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", lead: ["Sở Nội vụ", "Sở Tư pháp"], partners: ["UBND các xã"] },
      { number: "2", lead: ["Sở Tư pháp"], partners: ["Sở Nội vụ", "Văn phòng UBND tỉnh"] },
      { number: "3", lead: ["Sở Tài chính cùng các đơn vị liên quan"] },
    ]);
  });
});

describe("an agency name cut after its dash, its rest on a row of its own", () => {
  it("joins the rest to its row's cell: no record of its own", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"),
      rule(5),
      row("1", "Lập dự toán ngân sách năm 2027", "Phòng Tài chính -", "Phòng Nội vụ", "Tháng 11/2026"),
      row("", "", "Kế hoạch", "", ""),
      row("2", "Công khai ngân sách", "Văn phòng UBND", "Sở Văn hóa,", "Quý I/2026"),
      row("", "", "", "Thể thao và Du lịch", ""),
    ]);
    expect(tableTasks(doc)).toMatchObject([
      { number: "1", lead: ["Phòng Tài chính - Kế hoạch"], partners: ["Phòng Nội vụ"] },
      { number: "2", lead: ["Văn phòng UBND"], partners: ["Sở Văn hóa, Thể thao và Du lịch"] },
    ]);
    expect(tableTasks(doc)).toHaveLength(2);
  });
});

describe("a unit of measure column", () => {
  it("is kept under its header and is no unmapped column; a bare 'Đơn vị' elsewhere still is", async () => {
    const targets = await markdownPlan(PROVINCE_HEAD, [
      row("TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan theo dõi"),
      rule(5),
      row("1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "100", "Văn phòng UBND tỉnh"),
    ]);
    expect(tableTasks(targets)).toMatchObject([{ kind: "target", products: ["100"], lead: ["Văn phòng UBND tỉnh"], extra: { "Đơn vị": "%" } }]);
    expect(codes(targets, "column-unmapped")).toBe(0);
    const tasks = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Nội dung", "Chủ trì", "Đơn vị", "ĐVT", "Thời gian"),
      rule(6),
      row("1", "Tổ chức hội nghị", "Sở Nội vụ", "x", "Cuộc", "Quý I/2026"),
    ]);
    expect(tableTasks(tasks)).toMatchObject([{ extra: { "Đơn vị": "x", ĐVT: "Cuộc" } }]);
    expect(tasks.diagnostics.filter((d) => d.code === "column-unmapped").map((d) => d.message)).toEqual([`column "Đơn vị" has no task field; its cells go to "extra"`]);
  });
});
