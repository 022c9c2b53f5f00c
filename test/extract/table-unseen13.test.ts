/**
 * Round 13 of plans real offices write (issue 17), in five formats: a Sở's QUYẾT ĐỊNH issuing its plan with three
 * appendices of three kinds (targets, tasks under a two-row header with a "(1) … (7)" row and groups at depth, an
 * inspection schedule) as DOCX; a district's propaganda plan whose assignment table sits in a body section and runs
 * over a page as a LibreOffice PDF; a commune's plan saved as Word 97 (.doc) with "Trách nhiệm thực hiện" over
 * "Chủ trì | Phối hợp" and "-" sub-items; a province's plan as a web page with a body targets table and an appendix whose
 * columns come in another order, under a row of bare column numbers "1 … 7"; a Sở's inspection plan as text whose
 * schedule puts the time first and groups the units. The fixtures u34-u38 were written for them
 * (fixtures/unseen/README.md); the expected records are what a reader of each document writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import { PROVINCE_HEAD, codes, markdownPlan, row, rule, tableTasks, unseenFixture as file, when } from "./table-plan.js";

const continuous = (from: number, to = from) => when(`${from}-01-01`, `${to}-12-31`, "continuous");
const tableHeads = (doc: PlanDocument) => doc.tables.map((t) => [t.where, t.label, t.kind, t.title]);
/**
 * The duties the plan's prose assigns by agency (its "Tổ chức thực hiện"), read beside its tables as in the real r04:
 * [lead, task].
 */
const proseDuties = (doc: PlanDocument) => doc.tasks.filter((t) => t.origin === "inline").map((t) => [t.lead, t.task]);
const opening = (words: string) => expect.stringMatching(new RegExp(`^${words}`, "u"));

/** The u34 plan's table records, as a reader of its three appendices writes them down (the DOCX and its PDF alike). */
function u34Records() {
  const direction = "Công tác chỉ đạo, điều hành";
  const checks = "Công tác kiểm tra cải cách hành chính";
  const procedures = "Cải cách thủ tục hành chính";
  const review = expect.stringMatching(/^Rà soát, đơn giản hóa thủ tục hành chính trong các lĩnh vực:?$/);
  const deputy = { "Lãnh đạo phụ trách": "Phó Giám đốc Sở phụ trách" };
  return [
    {
      table: "T1",
      kind: "target",
      number: "1",
      task: "Tỷ lệ hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở được giải quyết trước và đúng hạn",
      lead: ["Văn phòng Sở"],
      partners: [],
      products: ["100%"],
      extra: {},
    },
    { table: "T1", number: "2", task: "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", lead: ["Văn phòng Sở"], products: ["Tối thiểu 80%"] },
    {
      table: "T1",
      number: "3",
      lead: ["Phòng Công chức, viên chức"],
      products: ["100%"],
      extra: { "Ghi chú": "Theo kế hoạch đào tạo, bồi dưỡng" },
    },
    {
      table: "T2",
      kind: "task",
      number: "1",
      task: "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Sở",
      area: "direction",
      areaLabel: direction,
      parent: null,
      lead: ["Văn phòng Sở"],
      partners: ["Các phòng, ban, đơn vị thuộc Sở"],
      deadline: { raw: "Tháng 01/2026", ...when("2026-01-01", "2026-01-31") },
      products: ["Kế hoạch"],
      extra: { "Lãnh đạo phụ trách": "Giám đốc Sở" },
    },
    {
      // "2 | Công tác kiểm tra …" has no agency, time or product: it heads 2.1 and 2.2.
      number: "2.1",
      task: "Kiểm tra cải cách hành chính tại các đơn vị thuộc Sở theo lịch tại Phụ lục III",
      areaLabel: direction,
      parent: checks,
      lead: ["Văn phòng Sở"],
      partners: ["Thanh tra Sở"],
      deadline: { raw: "Quý II, III/2026", ...when("2026-04-01", "2026-09-30") },
      products: ["Báo cáo kết quả kiểm tra"],
      extra: deputy,
    },
    {
      number: "2.2",
      task: "Theo dõi, đôn đốc việc khắc phục tồn tại, hạn chế sau kiểm tra",
      areaLabel: direction,
      parent: checks,
      lead: ["Thanh tra Sở"],
      partners: ["Các đơn vị được kiểm tra"],
      deadline: when("2026-10-01", "2026-12-31"),
      products: ["Báo cáo"],
    },
    {
      number: "a",
      task: "Lĩnh vực thi đua, khen thưởng",
      area: "procedures",
      areaLabel: procedures,
      parent: review,
      lead: ["Ban Thi đua - Khen thưởng"],
      partners: ["Văn phòng Sở"],
      deadline: { raw: "Trước 30/6", ...when(null, "2026-06-30") },
      products: ["Phương án đơn giản hóa"],
      extra: deputy,
    },
    {
      number: "b",
      task: "Lĩnh vực tín ngưỡng, tôn giáo",
      areaLabel: procedures,
      parent: review,
      lead: ["Ban Tôn giáo"],
      partners: ["Văn phòng Sở"],
      deadline: { raw: "Tháng 3-4/2026", ...when("2026-03-01", "2026-04-30") },
    },
    {
      number: "2",
      task: "Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa và trên Cổng Dịch vụ công quốc gia",
      areaLabel: procedures,
      parent: null,
      lead: ["Văn phòng Sở"],
      partners: [],
      deadline: { raw: "Thường xuyên", ...continuous(2026) },
      products: ["Thủ tục hành chính được công khai"],
      extra: { "Lãnh đạo phụ trách": "Chánh Văn phòng Sở" },
    },
    {
      number: "1",
      task: "Đánh giá, xếp loại chất lượng công chức, viên chức năm 2026",
      area: "civil_service",
      areaLabel: "Cải cách công vụ",
      parent: null,
      lead: ["Phòng Công chức, viên chức"],
      partners: ["Các phòng, ban, đơn vị thuộc Sở"],
      deadline: when("2026-12-01", "2026-12-31"),
      products: ["Quyết định xếp loại"],
    },
    {
      table: "T3",
      kind: "schedule",
      number: "1",
      task: "Trung tâm Lưu trữ lịch sử tỉnh",
      lead: ["Văn phòng Sở"],
      deadline: { raw: "Tháng 5/2026", ...when("2026-05-01", "2026-05-31") },
      extra: {},
    },
    { table: "T3", number: "2", task: "Ban Thi đua - Khen thưởng", lead: ["Văn phòng Sở"], deadline: when("2026-06-01", "2026-06-30") },
    {
      table: "T3",
      number: "3",
      task: "Ban Tôn giáo",
      lead: ["Thanh tra Sở"],
      deadline: when("2026-08-01", "2026-08-31"),
      extra: { "Ghi chú": "Kết hợp kiểm tra công vụ" },
    },
  ];
}

describe("u34: DOCX, a Sở's QUYẾT ĐỊNH with target, task and schedule appendices", () => {
  it("reads the decision's header and the plan's title", async () => {
    const doc = await parsePlan(file("u34_so-noi-vu-thanh-hoa-qd-2026-three-appendices.docx"));
    expect(doc.meta).toMatchObject({
      docType: "quyet_dinh",
      number: "45/QĐ-SNV",
      date: "2026-01-12",
      place: "Thanh Hóa",
      issuer: "Sở Nội vụ tỉnh Thanh Hóa",
      level: "tinh",
      title: "Cải cách hành chính năm 2026 của Sở Nội vụ",
      year: 2026,
      period: { from: 2026, to: 2026 },
      signer: "Lê Văn Tuấn",
    });
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });

  it("reads every row of the three appendices as a reader writes it down", async () => {
    const doc = await parsePlan(file("u34_so-noi-vu-thanh-hoa-qd-2026-three-appendices.docx"));
    expect(tableHeads(doc)).toEqual([
      ["appendix", "I", "target", "CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
      ["appendix", "II", "task", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ NỘI VỤ"],
      ["appendix", "III", "schedule", "LỊCH KIỂM TRA CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
    ]);
    expect(doc.tables[0]!.reference).toBe("Kế hoạch ban hành tại Quyết định số 45/QĐ-SNV ngày 12/01/2026 của Giám đốc Sở Nội vụ");
    expect(doc.tables[1]!.columns).toEqual([
      "TT",
      "Nội dung nhiệm vụ",
      "Đơn vị thực hiện chủ trì",
      "Đơn vị thực hiện phối hợp",
      "Lãnh đạo phụ trách",
      "Thời gian hoàn thành",
      "Sản phẩm",
    ]);
    expect(doc.tables[2]!.columns).toEqual(["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Đơn vị chủ trì kiểm tra", "Ghi chú"]);
    expect(tableTasks(doc)).toMatchObject(u34Records());
    expect(tableTasks(doc)).toHaveLength(13);
    expect(proseDuties(doc)).toEqual([[["Văn phòng Sở"], opening("Theo dõi, đôn đốc việc thực hiện Kế hoạch")]]);
    expect(doc.tasks.some((t) => /^\(\d\)$/.test(t.number ?? "") || /^\(\d\)/.test(t.task))).toBe(false);
  });
});

describe("u34 printed to PDF by LibreOffice: the motto's last word wrapped beside the Sở's line, the three-row header repeated", () => {
  it("reads the same header and the same records as the DOCX", async () => {
    const doc = await parsePlan(file("u34_so-noi-vu-thanh-hoa-qd-2026-three-appendices.pdf"));
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM": the wrapped "NAM" is the motto's, not the department's.
    expect(doc.meta).toMatchObject({ docType: "quyet_dinh", number: "45/QĐ-SNV", issuer: "Sở Nội vụ tỉnh Thanh Hóa", level: "tinh", signer: "Lê Văn Tuấn" });
    expect(tableHeads(doc).map(([where, label, kind]) => [where, label, kind])).toEqual([
      ["appendix", "I", "target"],
      ["appendix", "II", "task"],
      ["appendix", "III", "schedule"],
    ]);
    // The repeated header's column numbers, printed over its last word ("(5) | th(à6)nh | (7)"), are no record.
    expect(tableTasks(doc)).toMatchObject(u34Records());
    expect(tableTasks(doc)).toHaveLength(13);
    expect(codes(doc, "deadline-unparsed")).toBe(0);
  });
});

describe("u35: PDF (LibreOffice), a propaganda plan whose table sits in a body section and runs over a page", () => {
  it("reads the header", async () => {
    const doc = await parsePlan(file("u35_huyen-thach-ha-tuyen-truyen-2025-body-table.pdf"));
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "19/KH-UBND",
      date: "2025-01-20",
      place: "Thạch Hà",
      issuer: "UBND huyện Thạch Hà",
      level: "huyen",
      title: "Tuyên truyền cải cách hành chính năm 2025",
      year: 2025,
      signer: "Nguyễn Thị Hoa",
    });
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I", "II", "III", "IV"]);
  });

  it("reads the body table's seven rows, the row cut by the page whole, and the two duties of section IV", async () => {
    const doc = await parsePlan(file("u35_huyen-thach-ha-tuyen-truyen-2025-body-table.pdf"));
    expect(doc.tables.map((t) => [t.where, t.label, t.kind])).toEqual([["body", null, "task"]]);
    expect(doc.tables[0]!.columns).toEqual(["TT", "Nội dung tuyên truyền", "Hình thức", "Cơ quan thực hiện", "Thời gian", "Kinh phí"]);
    const office = ["Văn phòng HĐND và UBND huyện"];
    expect(tableTasks(doc)).toMatchObject([
      {
        origin: "body",
        table: "T1",
        number: "1",
        task: "Tuyên truyền các văn bản của Trung ương, của tỉnh và của huyện về cải cách hành chính, các thủ tục hành chính mới được công bố, sửa đổi, bổ sung",
        lead: office,
        partners: [],
        deadline: { raw: "Thường xuyên", ...continuous(2025) },
        budget: "Ngân sách huyện",
        extra: { "Hình thức": "Đăng tải trên Trang thông tin điện tử huyện" },
      },
      {
        number: "2",
        task: 'Xây dựng chuyên mục "Cải cách hành chính" trên sóng phát thanh huyện, hệ thống truyền thanh cơ sở',
        lead: ["Trung tâm Văn hóa - Truyền thông huyện"],
        deadline: { raw: "Hằng tháng", ...when("2025-01-01", "2025-12-31", "monthly") },
        budget: "Ngân sách huyện",
        extra: { "Hình thức": "Phát thanh" },
      },
      {
        number: "3",
        lead: office,
        deadline: { raw: "Quý II/2025", ...when("2025-04-01", "2025-06-30") },
        budget: null,
        extra: { "Hình thức": "Tờ rơi, pa nô tại Bộ phận Một cửa" },
      },
      {
        number: "4",
        task: "Tổ chức Hội thi tìm hiểu về cải cách hành chính dành cho cán bộ, công chức, viên chức và người lao động trên địa bàn huyện",
        lead: ["Phòng Nội vụ"],
        partners: ["Phòng Văn hóa và Thông tin"],
        deadline: when("2025-03-01", "2025-04-30"),
        budget: "50 triệu đồng",
        extra: { "Hình thức": "Hội thi trực tuyến" },
      },
      { number: "5", lead: ["Phòng Nội vụ"], partners: [], deadline: { raw: "Trước 30/6", ...when(null, "2025-06-30") }, budget: null },
      { number: "6", lead: ["Phòng Văn hóa và Thông tin"], deadline: when("2025-01-01", "2025-12-31"), budget: null },
      { number: "7", lead: ["UBND các xã, thị trấn"], deadline: continuous(2025), budget: null, extra: { "Hình thức": "Lồng ghép" } },
    ]);
    expect(tableTasks(doc)).toHaveLength(7);
    expect(proseDuties(doc)).toEqual([
      [["Phòng Nội vụ"], opening("Theo dõi, đôn đốc, hướng dẫn các cơ quan")],
      [["Các cơ quan, đơn vị", "UBND các xã, thị trấn"], opening("Căn cứ Kế hoạch này triển khai thực hiện")],
    ]);
    expect(doc.tasks.find((t) => t.origin === "inline")!.deadline).toMatchObject({ raw: "trước ngày 15/12/2025", ...when(null, "2025-12-15") });
  });
});

describe("u36: Word 97 (.doc), a commune's plan: 'Trách nhiệm thực hiện' over 'Chủ trì | Phối hợp', '-' sub-items", () => {
  it("reads the header", async () => {
    const doc = await parsePlan(file("u36_xa-tien-du-2026-word97.doc"));
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "12/KH-UBND",
      date: "2026-01-09",
      place: "Tiên Du",
      issuer: "UBND xã Tiên Du",
      level: "xa",
      title: "Cải cách hành chính năm 2026 trên địa bàn xã Tiên Du",
      year: 2026,
      signer: "Trần Văn Bình",
    });
  });

  it("reads every row as a reader of the table writes it down", async () => {
    const doc = await parsePlan(file("u36_xa-tien-du-2026-word97.doc"));
    expect(tableHeads(doc)).toEqual([["appendix", null, "task", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND XÃ TIÊN DU"]]);
    expect(doc.tables[0]!.columns).toEqual([
      "STT",
      "Nhiệm vụ",
      "Trách nhiệm thực hiện chủ trì",
      "Trách nhiệm thực hiện phối hợp",
      "Thời gian thực hiện",
      "Kinh phí",
      "Ghi chú",
    ]);
    const office = ["Văn phòng HĐND và UBND xã"];
    const centre = "Trung tâm Phục vụ hành chính công xã";
    const quality = "Nâng cao chất lượng giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Ban hành Kế hoạch cải cách hành chính, Kế hoạch tuyên truyền cải cách hành chính năm 2026",
        area: "direction",
        areaLabel: "Công tác chỉ đạo, điều hành",
        lead: office,
        partners: ["Các phòng chuyên môn"],
        deadline: { raw: "Quý I/2026", ...when("2026-01-01", "2026-03-31") },
        budget: null,
        extra: {},
      },
      {
        number: "2",
        task: "Kiểm tra công tác cải cách hành chính tại các thôn và Trung tâm Phục vụ hành chính công xã",
        lead: office,
        partners: ["Phòng Văn hóa - Xã hội"],
        deadline: when("2026-05-01", "2026-10-31"),
      },
      {
        number: "1",
        task: quality,
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        parent: null,
        lead: [centre],
        partners: ["Các phòng chuyên môn"],
        deadline: { raw: "Thường xuyên", ...continuous(2026) },
      },
      {
        // A "-" row under task 1 is a sub-item of it; its empty partner cell is not merged, so it stays empty.
        number: null,
        task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        areaLabel: "Cải cách thủ tục hành chính",
        parent: quality,
        lead: [centre],
        partners: [],
        deadline: { raw: "Năm 2026", ...when("2026-01-01", "2026-12-31") },
        extra: { "Ghi chú": "Theo Đề án 06" },
      },
      {
        number: null,
        task: "Khảo sát mức độ hài lòng của người dân, tổ chức",
        parent: quality,
        lead: office,
        partners: [centre],
        deadline: when("2026-06-01", "2026-12-31"),
      },
      {
        number: "1",
        task: "Quản lý, sử dụng ngân sách xã tiết kiệm, hiệu quả; công khai ngân sách theo quy định",
        area: "public_finance",
        areaLabel: "Cải cách tài chính công",
        parent: null,
        lead: ["Phòng Kinh tế"],
        partners: office,
        deadline: when("2026-01-01", "2026-12-31"),
        budget: "Ngân sách xã",
      },
      {
        number: "1",
        task: "Duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
        area: "digital_government",
        areaLabel: "Xây dựng và phát triển chính quyền số",
        lead: office,
        partners: ["Các phòng chuyên môn"],
        deadline: { raw: "Năm 2026-2027", ...when("2026-01-01", "2027-12-31") },
        budget: "30 triệu đồng",
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(7);
    expect(proseDuties(doc)).toEqual([[["Văn phòng HĐND và UBND xã"], opening("Theo dõi, đôn đốc thực hiện Kế hoạch; báo")]]);
  });
});

describe("u37: HTML, a body targets table and an appendix in another column order under a row of bare column numbers", () => {
  it("reads the header", async () => {
    const doc = await parsePlan(file("u37_tinh-dak-lak-2026-cms.html"));
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "28/KH-UBND",
      date: "2026-01-19",
      place: "Đắk Lắk",
      issuer: "UBND tỉnh Đắk Lắk",
      level: "tinh",
      title: "Cải cách hành chính tỉnh Đắk Lắk năm 2026",
      year: 2026,
      period: { from: 2026, to: 2026 },
      signer: "Trương Công Thái",
    });
    expect(doc.meta.legalBases).toHaveLength(2);
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I", "II", "III", "IV"]);
  });

  it("reads the targets and the tasks as a reader writes them down", async () => {
    const doc = await parsePlan(file("u37_tinh-dak-lak-2026-cms.html"));
    expect(doc.tables.map((t) => [t.where, t.label, t.kind])).toEqual([
      ["body", null, "target"],
      ["appendix", null, "task"],
    ]);
    expect(doc.tables[1]!.title).toBe("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026");
    expect(doc.tables[0]!.columns).toEqual(["TT", "Chỉ tiêu", "Năm 2026", "Cơ quan chịu trách nhiệm"]);
    expect(doc.tables[1]!.columns).toEqual([
      "STT",
      "Nhiệm vụ",
      "Sản phẩm",
      "Thời gian hoàn thành",
      "Cơ quan thực hiện chủ trì",
      "Cơ quan thực hiện phối hợp",
      "Ghi chú",
    ]);
    const institutions = "Cải cách thể chế";
    const procedures = "Cải cách thủ tục hành chính";
    const digital = "Xây dựng và phát triển chính quyền điện tử, chính quyền số";
    expect(tableTasks(doc)).toMatchObject([
      {
        origin: "body",
        table: "T1",
        kind: "target",
        number: "1",
        task: "Chỉ số cải cách hành chính (PAR Index) của tỉnh",
        lead: ["Sở Nội vụ"],
        extra: { "Năm 2026": "Tăng ít nhất 03 bậc so với năm 2025" },
      },
      {
        table: "T1",
        number: "2",
        task: "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)",
        lead: ["Sở Nội vụ"],
        extra: { "Năm 2026": "Trên 85%" },
      },
      { table: "T1", number: "3", task: "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa", lead: ["Văn phòng UBND tỉnh"], extra: { "Năm 2026": "100%" } },
      {
        origin: "appendix",
        table: "T2",
        kind: "task",
        number: "1",
        task: "Xây dựng, ban hành văn bản quy phạm pháp luật của tỉnh theo Chương trình năm 2026",
        area: "institutions",
        areaLabel: institutions,
        products: ["Nghị quyết, quyết định quy phạm pháp luật"],
        // A reference to another document's timetable, even one naming a year, gives no dates.
        deadline: { raw: "Theo Chương trình xây dựng văn bản năm 2026", ...when(null, null) },
        lead: ["Các sở, ban, ngành"],
        partners: ["Sở Tư pháp"],
        extra: {},
      },
      {
        number: "2",
        task: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành",
        areaLabel: institutions,
        products: ["Báo cáo kết quả rà soát"],
        deadline: { raw: "Quý IV/2026", ...when("2026-10-01", "2026-12-31") },
        lead: ["Sở Tư pháp"],
        partners: ["Các sở, ban, ngành", "UBND các xã, phường"],
      },
      {
        number: "1",
        task: "Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ",
        area: "procedures",
        areaLabel: procedures,
        products: ["Quyết định công bố"],
        deadline: { raw: "Thường xuyên", ...continuous(2026) },
        lead: ["Các sở, ban, ngành"],
        partners: ["Văn phòng UBND tỉnh"],
      },
      {
        number: "2",
        task: "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện",
        areaLabel: procedures,
        products: ["Dịch vụ công trực tuyến toàn trình"],
        deadline: when("2026-04-01", "2026-06-30"),
        lead: ["Sở Khoa học và Công nghệ"],
        // A group of bodies after another in one cell stays as written, in lower case (as the real r04's prose).
        partners: ["Văn phòng UBND tỉnh", "các sở, ban, ngành"],
        extra: { "Ghi chú": "Đã giao tại Kế hoạch số 15/KH-UBND" },
      },
      {
        number: "1",
        task: "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
        area: "digital_government",
        areaLabel: digital,
        products: ["Hệ thống được nâng cấp"],
        deadline: { raw: "Năm 2026-2027", ...when("2026-01-01", "2027-12-31") },
        lead: ["Sở Khoa học và Công nghệ"],
        partners: ["Văn phòng UBND tỉnh"],
        extra: { "Ghi chú": "Kinh phí chuyển đổi số" },
      },
      {
        number: "2",
        task: "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã",
        areaLabel: digital,
        products: ["Lớp tập huấn"],
        deadline: { raw: "Tháng 3-4/2026", ...when("2026-03-01", "2026-04-30") },
        lead: ["Sở Khoa học và Công nghệ"],
        partners: ["Sở Nội vụ", "UBND các xã, phường"],
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(9);
    expect(proseDuties(doc)).toEqual([[["Sở Nội vụ"], opening("Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch")]]);
    expect(codes(doc, "deadline-unparsed")).toBe(0);
  });
});

describe("u38: text, a Sở's inspection plan in Arabic parts, a schedule with the time first and its units grouped", () => {
  it("reads the header and the Arabic-numbered parts", async () => {
    const doc = await parsePlan(file("u38_so-noi-vu-lang-son-kiem-tra-2026-tab.txt"));
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "156/KH-SNV",
      date: "2026-03-03",
      place: "Lạng Sơn",
      issuer: "Sở Nội vụ tỉnh Lạng Sơn",
      level: "tinh",
      title: "Kiểm tra công tác cải cách hành chính năm 2026",
      year: 2026,
      signer: "Hoàng Thị Mai",
    });
    expect(doc.sections.map((s) => [s.numeral, s.heading])).toEqual([
      ["1", "MỤC ĐÍCH, YÊU CẦU"],
      ["2", "NỘI DUNG KIỂM TRA"],
      ["3", "THÀNH PHẦN ĐOÀN KIỂM TRA"],
      ["4", "THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA"],
      ["5", "TỔ CHỨC THỰC HIỆN"],
    ]);
  });

  it("reads each unit inspected as one record at its time, under its group", async () => {
    const doc = await parsePlan(file("u38_so-noi-vu-lang-son-kiem-tra-2026-tab.txt"));
    expect(tableHeads(doc)).toEqual([["appendix", null, "schedule", "LỊCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026"]]);
    expect(doc.tables[0]!.columns).toEqual(["STT", "Thời gian", "Đơn vị được kiểm tra", "Nội dung kiểm tra trọng tâm", "Ghi chú"]);
    const team = [expect.stringMatching(/^Sở Nội vụ/)];
    const departments = "Các sở, ban, ngành";
    const communes = "UBND các xã, phường";
    expect(tableTasks(doc)).toMatchObject([
      {
        kind: "schedule",
        number: "1",
        task: "Sở Tài chính",
        areaLabel: departments,
        lead: team,
        deadline: { raw: "Ngày 14/4/2026", ...when("2026-04-14", "2026-04-14") },
        extra: { "Nội dung kiểm tra trọng tâm": "Cải cách tài chính công; giải quyết thủ tục hành chính" },
      },
      { number: "2", task: "Sở Xây dựng", areaLabel: departments, lead: team, deadline: { raw: "Ngày 16/4/2026 (buổi sáng)", ...when("2026-04-16", "2026-04-16") } },
      {
        number: "3",
        task: "Sở Y tế",
        areaLabel: departments,
        deadline: when("2026-09-01", "2026-09-30"),
        extra: { "Nội dung kiểm tra trọng tâm": "Kỷ luật, kỷ cương hành chính", "Ghi chú": "Kết hợp kiểm tra công vụ" },
      },
      {
        number: "1",
        task: "UBND phường Đông Kinh",
        areaLabel: communes,
        lead: team,
        deadline: { raw: "Từ ngày 20/5 đến ngày 22/5/2026", ...when("2026-05-20", "2026-05-22") },
      },
      {
        number: "2",
        task: "UBND xã Đồng Đăng",
        areaLabel: communes,
        deadline: when("2026-07-01", "2026-09-30"),
        extra: { "Ghi chú": "Thời gian cụ thể thông báo sau" },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
    expect(proseDuties(doc)).toEqual([[["Các cơ quan, đơn vị, địa phương được kiểm tra"], opening("Chuẩn bị báo cáo và hồ sơ, tài liệu theo")]]);
  });
});

describe("u39: scraped Markdown, a propaganda calendar (PHỤ LỤC I 'LỊCH TUYÊN TRUYỀN', time first) and tasks under 'I.1' sub-groups", () => {
  it("reads the header and the title in capitals over two lines", async () => {
    const doc = await parsePlan(file("u39_tinh-quang-ninh-lich-tuyen-truyen-2026-scraped.md"));
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "45/KH-UBND",
      date: "2026-01-22",
      place: "Quảng Ninh",
      issuer: "UBND tỉnh Quảng Ninh",
      level: "tinh",
      title: "TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ TỈNH QUẢNG NINH NĂM 2026",
      year: 2026,
      period: { from: 2026, to: 2026 },
      signer: "Nguyễn Văn Thành",
    });
  });

  it("reads the calendar as a schedule (each subject at its time, by its unit) and every task row", async () => {
    const doc = await parsePlan(file("u39_tinh-quang-ninh-lich-tuyen-truyen-2026-scraped.md"));
    expect(tableHeads(doc)).toEqual([
      ["appendix", "I", "schedule", "LỊCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ NĂM 2026"],
      ["appendix", "II", "task", "PHÂN CÔNG NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ NĂM 2026"],
    ]);
    expect(doc.tables[0]!.columns).toEqual(["STT", "Thời gian", "Nội dung tuyên truyền", "Hình thức", "Đơn vị thực hiện"]);
    expect(doc.tables[1]!.columns).toEqual(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí (triệu đồng)"]);
    const media = ["Báo và Phát thanh, Truyền hình Quảng Ninh"];
    const reform = "Tuyên truyền cải cách hành chính";
    expect(tableTasks(doc)).toMatchObject([
      {
        table: "T1",
        kind: "schedule",
        number: "1",
        task: "Kế hoạch cải cách hành chính, chuyển đổi số năm 2026 của tỉnh",
        lead: ["Sở Nội vụ"],
        deadline: { raw: "Tháng 01/2026", ...when("2026-01-01", "2026-01-31") },
        extra: { "Hình thức": "Chuyên mục trên Báo và Phát thanh, Truyền hình Quảng Ninh" },
      },
      {
        table: "T1",
        number: "2",
        task: "Kết quả Chỉ số cải cách hành chính, Chỉ số SIPAS năm 2025 của tỉnh",
        lead: media,
        deadline: { raw: "Tháng 3-4/2026", ...when("2026-03-01", "2026-04-30") },
        extra: { "Hình thức": "Tọa đàm trên sóng truyền hình" },
      },
      { table: "T1", number: "3", lead: ["Văn phòng UBND tỉnh"], deadline: when("2026-04-01", "2026-06-30"), extra: { "Hình thức": "Video clip, tờ gấp" } },
      { table: "T1", number: "4", task: "Ngày Chuyển đổi số quốc gia (10/10)", lead: ["Sở Khoa học và Công nghệ"], deadline: when("2026-10-01", "2026-10-31") },
      { table: "T1", number: "5", task: 'Chuyên mục "Cải cách hành chính"', lead: media, deadline: { raw: "Hằng tháng", ...when("2026-01-01", "2026-12-31", "monthly") } },
      {
        table: "T2",
        kind: "task",
        number: "1",
        task: "Xây dựng chuyên trang, chuyên mục về cải cách hành chính",
        areaLabel: reform,
        subArea: "Tuyên truyền trên báo chí",
        lead: media,
        partners: ["Sở Nội vụ"],
        deadline: { raw: "Thường xuyên", ...continuous(2026) },
        budget: "200",
      },
      {
        number: "2",
        task: "Đăng tải tin, bài về cải cách hành chính trên Cổng thông tin điện tử tỉnh",
        areaLabel: reform,
        subArea: "Tuyên truyền trên báo chí",
        lead: ["Văn phòng UBND tỉnh"],
        partners: ["Các sở, ban, ngành"],
        deadline: { raw: "Hằng quý", ...when("2026-01-01", "2026-12-31", "quarterly") },
      },
      {
        number: "3",
        task: "Tổ chức Cuộc thi tìm hiểu về cải cách hành chính năm 2026",
        areaLabel: reform,
        subArea: "Tuyên truyền qua hội thi, hội nghị",
        lead: ["Sở Nội vụ"],
        partners: ["Sở Tư pháp", "Tỉnh đoàn"],
        deadline: { raw: "Quý I - II/2026", ...when("2026-01-01", "2026-06-30") },
        budget: "300",
      },
      {
        number: "4",
        task: "Tuyên truyền, hướng dẫn kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng",
        areaLabel: "Tuyên truyền chuyển đổi số",
        subArea: null,
        lead: ["UBND các xã, phường, đặc khu"],
        partners: ["Sở Khoa học và Công nghệ"],
        deadline: { raw: "Năm 2026-2027", ...when("2026-01-01", "2027-12-31") },
      },
      {
        number: "5",
        task: "Tổng kết, đánh giá kết quả thực hiện Kế hoạch",
        areaLabel: "Tuyên truyền chuyển đổi số",
        lead: ["Sở Nội vụ"],
        partners: ["Sở Khoa học và Công nghệ"],
        deadline: { raw: "Trước ngày 15/12/2026", ...when(null, "2026-12-15") },
      },
    ]);
    expect(tableTasks(doc)).toHaveLength(10);
    // "Các cơ quan, đơn vị được phân công tại Phụ lục II …" refers back to the table: no duty of its own.
    expect(proseDuties(doc)).toEqual([]);
  });
});

describe("column marks and group labels beside the numeral, in small tables", () => {
  it("a row marking the columns 'A | B | 1 | 2 | 3 | 4' under the header (and again after a page break) is no record", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"),
      rule(6),
      row("A", "B", "1", "2", "3", "4"),
      row("1", "Xây dựng kế hoạch kiểm tra", "Sở Nội vụ", "Các sở, ngành", "Quý I/2026", "Kế hoạch"),
      row("(A)", "(B)", "(1)", "(2)", "(3)", "(4)"),
      row("2", "Tổng kết công tác cải cách hành chính", "Sở Nội vụ", "Các sở, ngành", "Tháng 12/2026", "Báo cáo"),
    ]);
    expect(doc.tasks.map((t) => [t.number, t.task, t.areaLabel, t.lead])).toEqual([
      ["1", "Xây dựng kế hoạch kiểm tra", null, ["Sở Nội vụ"]],
      ["2", "Tổng kết công tác cải cách hành chính", null, ["Sở Nội vụ"]],
    ]);
    expect(codes(doc, "deadline-unparsed")).toBe(0);
  });

  it("an agency-first table's group label stands in the lead column beside its numeral: a group, not a lead", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Cơ quan chủ trì", "Nội dung nhiệm vụ", "Cơ quan phối hợp", "Thời gian hoàn thành"),
      rule(5),
      row("I", "CẢI CÁCH THỂ CHẾ", "", "", ""),
      row("1", "Sở Tư pháp", "Rà soát văn bản quy phạm pháp luật", "Các sở, ngành", "Quý II/2026"),
      row("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""),
      row("2", "Văn phòng UBND tỉnh", "Công bố thủ tục hành chính", "Các sở, ngành", "Thường xuyên"),
    ]);
    expect(doc.tasks.map((t) => [t.number, t.task, t.area, t.areaLabel, t.lead])).toEqual([
      ["1", "Rà soát văn bản quy phạm pháp luật", "institutions", "Cải cách thể chế", ["Sở Tư pháp"]],
      ["2", "Công bố thủ tục hành chính", "procedures", "Cải cách thủ tục hành chính", ["Văn phòng UBND tỉnh"]],
    ]);
  });

  it("a time-first table's group label in words that are no time stands in the time column: a group", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Thời gian kiểm tra", "Đơn vị được kiểm tra", "Ghi chú"),
      rule(4),
      row("A", "Khối sở, ngành", "", ""),
      row("1", "Tháng 5/2026", "Sở Xây dựng", ""),
      row("B", "Khối xã, phường", "", ""),
      row("1", "Tháng 6/2026", "UBND xã Tân Lập", ""),
    ]);
    // Lettered groups with no Roman part above them are the table's top-level groups (as u08's).
    expect(doc.tasks.map((t) => [t.number, t.task, t.areaLabel, t.subArea, t.deadline.start])).toEqual([
      ["1", "Sở Xây dựng", "Khối sở, ngành", null, "2026-05-01"],
      ["1", "UBND xã Tân Lập", "Khối xã, phường", null, "2026-06-01"],
    ]);
  });
});
