/**
 * Round 16 (issue 17): plans to raise the reform indexes (PAR INDEX, SIPAS, PAPI, PCI, DTI) and to remedy the
 * shortcomings an assessment found. Their tables are shaped around the index: a criterion or component column, the
 * scores ("Điểm tối đa", "Điểm đạt năm 2025", "Kết quả năm 2025 (điểm)"), the shortcoming and its cause ("Tồn tại, hạn
 * chế", "Nguyên nhân"), then the remedy ("Nhiệm vụ, giải pháp", "Giải pháp khắc phục") with its agencies and time. A
 * record's task is the remedy; the criterion, scores, shortcoming and cause are kept under their headers (`extra`).
 * Group rows per index ("I. CHỈ SỐ …") and per component ("1 | Công tác chỉ đạo, điều hành CCHC | 13 | 11,25") carry
 * scores and no agency: they are groups, not records. The fixtures u49-u51 were written for them
 * (fixtures/unseen/README.md); the expected records are what a reader of each document writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { codes, tableTasks, unseenFixture as file, when } from "./table-plan.js";

describe("u49: DOCX, a province's plan to raise PAR INDEX, SIPAS, PAPI, PCI, DTI: criteria, scores, remedy", () => {
  it("reads the header", async () => {
    const doc = await parsePlan(file("u49_tinh-hung-yen-chi-so-2026.docx"));
    expect(doc.meta).toMatchObject({ docType: "ke_hoach", number: "21/KH-UBND", date: "2026-01-20", level: "tinh", year: 2026, signer: "Nguyễn Lê Huy" });
    expect(doc.meta.title).toMatch(/^Nâng cao Chỉ số cải cách hành chính \(PAR INDEX\).*PAPI, PCI, DTI năm 2026$/u);
  });

  it("reads each remedy as a record, its criterion and scores kept under their headers", async () => {
    const doc = await parsePlan(file("u49_tinh-hung-yen-chi-so-2026.docx"));
    expect(doc.tables.map((t) => [t.where, t.label, t.kind, t.title])).toEqual([["appendix", null, "task", "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CÁC CHỈ SỐ NĂM 2026"]]);
    const criterion = "Lĩnh vực/Tiêu chí, tiêu chí thành phần";
    const direction = "Công tác chỉ đạo, điều hành CCHC";
    expect(tableTasks(doc)).toMatchObject([
      {
        // "1 | Công tác chỉ đạo, điều hành CCHC | 13 | 11,25" is a component's group row under the index "I. CHỈ SỐ …":
        // the component is the area.
        number: "1.1",
        task: "Ban hành Kế hoạch CCHC năm 2027 đúng thời hạn, xác định rõ sản phẩm, thời gian hoàn thành",
        area: "direction",
        areaLabel: direction,
        subArea: null,
        objective: null,
        products: [],
        lead: ["Sở Nội vụ"],
        partners: ["Các sở, ban, ngành", "UBND các xã, phường"],
        deadline: { raw: "Tháng 12/2026", ...when("2026-12-01", "2026-12-31") },
        extra: { [criterion]: "Kế hoạch CCHC năm", "Điểm tối đa": "1", "Điểm đạt năm 2025": "0,5" },
      },
      {
        number: "1.2",
        task: "Kiểm tra tối thiểu 30% cơ quan, đơn vị; xử lý dứt điểm các vấn đề phát hiện qua kiểm tra",
        areaLabel: direction,
        lead: ["Sở Nội vụ"],
        partners: ["Văn phòng UBND tỉnh"],
        deadline: { raw: "Quý III/2026", ...when("2026-07-01", "2026-09-30") },
        extra: { [criterion]: "Kiểm tra công tác CCHC", "Điểm tối đa": "2", "Điểm đạt năm 2025": "1,5" },
      },
      {
        // "2 | Cải cách thủ tục hành chính | 13,5 | 12 | | | |": a group, not a copy of the row above.
        number: "2.1",
        task: "Rà soát, xử lý dứt điểm hồ sơ quá hạn; công khai xin lỗi khi để quá hạn",
        area: "procedures",
        areaLabel: "Cải cách thủ tục hành chính",
        subArea: null,
        lead: ["Các sở, ban, ngành", "UBND các xã, phường"],
        partners: ["Trung tâm Phục vụ hành chính công tỉnh"],
        deadline: { raw: "Thường xuyên", ...when("2026-01-01", "2026-12-31", "continuous") },
        extra: { [criterion]: "Tỷ lệ hồ sơ giải quyết đúng hạn", "Điểm tối đa": "2", "Điểm đạt năm 2025": "1,75" },
      },
      {
        number: "1",
        task: "Bố trí đủ ghế ngồi, máy tra cứu, nước uống tại bộ phận một cửa các cấp",
        areaLabel: "Chỉ số hài lòng (SIPAS)",
        lead: ["UBND các xã, phường"],
        partners: [],
        deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") },
        extra: { [criterion]: "Tiếp cận dịch vụ", "Điểm đạt năm 2025": "84,5%" },
      },
    ]);
    // The components' scores belong to no record: said, not dropped silently.
    expect(codes(doc, "group-row-figures")).toBe(2);
  });
});

describe("u50: Word → PDF, a Sở's plan remedying the shortcomings of its 2025 PAR INDEX", () => {
  it("reads each remedy as a record, the shortcoming and its cause kept under their headers", async () => {
    const doc = await parsePlan(file("u50_so-y-te-nghe-an-khac-phuc-2025.pdf"));
    expect(doc.meta).toMatchObject({ number: "45/KH-SYT", date: "2026-02-10", signer: "Trần Văn Minh" });
    expect(doc.tables.map((t) => [t.where, t.kind, t.columns])).toEqual([
      ["body", "task", ["TT", "Tồn tại, hạn chế", "Nguyên nhân", "Giải pháp khắc phục", "Đơn vị thực hiện", "Thời hạn"]],
    ]);
    const direction = "Chỉ số thành phần: Công tác chỉ đạo, điều hành CCHC";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "a",
        task: "Giao nhiệm vụ đến từng phòng kèm thời hạn; theo dõi tiến độ hằng tháng",
        area: "direction",
        areaLabel: direction,
        lead: ["Văn phòng Sở"],
        partners: [],
        deadline: { raw: "Hằng tháng", recurrence: "monthly" },
        extra: {
          "Tồn tại, hạn chế": "Một số nhiệm vụ trong Kế hoạch CCHC năm 2025 hoàn thành chậm so với thời hạn",
          "Nguyên nhân": "Chưa phân công rõ người chịu trách nhiệm theo dõi",
        },
      },
      {
        number: "b",
        task: "Phát động phong trào sáng kiến CCHC; lựa chọn ít nhất 01 mô hình mới để triển khai",
        areaLabel: direction,
        lead: ["Phòng Tổ chức cán bộ"],
        deadline: { raw: "Quý III/2026", ...when("2026-07-01", "2026-09-30") },
        extra: { "Tồn tại, hạn chế": "Chưa có sáng kiến, giải pháp mới trong CCHC được công nhận", "Nguyên nhân": "Công tác phát động sáng kiến chưa được quan tâm" },
      },
      {
        number: "a",
        task: "Rà soát quy trình nội bộ, rút ngắn thời gian lấy ý kiến; xin lỗi tổ chức, cá nhân khi để quá hạn",
        area: "procedures",
        areaLabel: "Chỉ số thành phần: Cải cách thủ tục hành chính",
        lead: ["Phòng Nghiệp vụ Dược", "Phòng Quản lý hành nghề"],
        deadline: { raw: "Trước 30/6/2026", ...when(null, "2026-06-30") },
        extra: { "Tồn tại, hạn chế": "Còn 12 hồ sơ giải quyết quá hạn", "Nguyên nhân": "Hồ sơ phải lấy ý kiến nhiều cơ quan" },
      },
    ]);
  });
});

describe("u51: Markdown scrape, a commune's SIPAS and PAR INDEX plan: 'Nội dung tồn tại, hạn chế' beside 'Nhiệm vụ, giải pháp'", () => {
  it("takes the remedy as the task, not the shortcoming; a score is no product", async () => {
    const doc = await parsePlan(file("u51_xa-yen-lac-sipas-2026-scraped.md"));
    expect(doc.meta).toMatchObject({ number: "09/KH-UBND", date: "2026-01-22", level: "xa", year: 2026, signer: "Hoàng Văn Đức" });
    expect(doc.tables.map((t) => t.kind)).toEqual(["task"]);
    const component = "Chỉ số thành phần";
    const shortcoming = "Nội dung tồn tại, hạn chế";
    const score = "Kết quả năm 2025 (điểm)";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        task: "Cải tạo khu chờ của Trung tâm Phục vụ hành chính công xã",
        areaLabel: "Chỉ số hài lòng (SIPAS)",
        products: [],
        lead: ["Văn phòng HĐND và UBND xã"],
        partners: ["Phòng Kinh tế"],
        deadline: { raw: "Quý II/2026", ...when("2026-04-01", "2026-06-30") },
        extra: { [component]: "Tiếp cận dịch vụ", [shortcoming]: "Nơi ngồi chờ chật, thiếu quạt", [score]: "7,2" },
      },
      {
        number: "2",
        task: "Tập huấn kỹ năng giao tiếp cho công chức bộ phận một cửa",
        products: [],
        lead: ["Văn phòng HĐND và UBND xã"],
        partners: [],
        deadline: { raw: "Tháng 4/2026", ...when("2026-04-01", "2026-04-30") },
        extra: { [component]: "Công chức giải quyết công việc", [shortcoming]: "Một số công chức hướng dẫn chưa đầy đủ", [score]: "7,8" },
      },
      {
        number: "1",
        task: "Hướng dẫn người dân nộp hồ sơ trực tuyến; bố trí đoàn viên thanh niên hỗ trợ tại bộ phận một cửa",
        areaLabel: "Chỉ số cải cách hành chính",
        products: [],
        lead: ["Trung tâm Phục vụ hành chính công xã"],
        partners: ["Đoàn Thanh niên xã"],
        deadline: { raw: "Thường xuyên", recurrence: "continuous" },
        extra: { [component]: "Cải cách thủ tục hành chính", [shortcoming]: "Tỷ lệ hồ sơ trực tuyến toàn trình thấp", [score]: "6,5" },
      },
    ]);
  });
});
