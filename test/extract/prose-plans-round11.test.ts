/**
 * Prose plans of round 11 (fixtures/prose p46–p50, written by the team; see its README): a part not headed as
 * assigning ("II. NHIỆM VỤ") whose items are bodies' duties, beside a "TỔ CHỨC THỰC HIỆN" of one sentence; party
 * bodies ("Ban Tổ chức Huyện ủy", "Các chi bộ, đảng bộ trực thuộc", "Đảng ủy các xã, thị trấn"); "Sản phẩm:",
 * "Kết quả:", "Thời gian:", "Kinh phí:" lines and "+" sub-bullets inside a body's duty; a "TRÁCH NHIỆM CỦA CÁC CƠ QUAN,
 * ĐƠN VỊ" part with headings per kind of body and bold bodies with no colon ("**Sở Nội vụ** Chủ trì, …"); duties
 * "(1)" … "(9)" numbered through the part under each unit's heading; a DOCX whose bodies are bold runs.
 * Every expected record was written from reading the plan against CONTRACT.md before cchc ran on it.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { partnersIn, readAgencyStart } from "../../src/extract/duties.js";
import { none, plan } from "./prose-plan.js";

const parseText = (lines: string[]) => parsePlan(new TextEncoder().encode(lines.join("\n\n")), { path: "kh.txt" });

describe("p46: a Huyện ủy's plan, duties by body in 'II. NHIỆM VỤ', one sentence in 'III. TỔ CHỨC THỰC HIỆN'", () => {
  const found = plan("p46_huyen-uy-duc-tho-cchc-co-quan-dang-2026.txt");
  it("section II's seven duties, then section III's one, in document order", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Ban Tổ chức Huyện ủy"], []],
      ["2", ["Ban Tuyên giáo và Dân vận Huyện ủy"], ["Trung tâm Chính trị huyện"]],
      ["3", ["Văn phòng Huyện ủy"], ["Ban Tổ chức Huyện ủy"]],
      ["4", ["Ủy ban Kiểm tra Huyện ủy"], []],
      ["5", ["Đảng ủy các xã, thị trấn"], []],
      ["6", ["Các chi bộ, đảng bộ trực thuộc"], []],
      ["7", ["Ủy ban MTTQ Việt Nam huyện", "các đoàn thể chính trị - xã hội huyện"], []],
      [null, ["Văn phòng Huyện ủy"], []],
    ]);
    expect(found().tasks.every((t) => t.origin === "inline" && t.table === null && t.parent === null)).toBe(true);
  });
  it("tasks without number and label; the bullets under item 2 its activities", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe(
      "Chủ trì tham mưu rà soát, sắp xếp tổ chức bộ máy, chức năng, nhiệm vụ các cơ quan tham mưu, giúp việc Huyện ủy, hoàn thành trong quý II/2026.",
    );
    expect(tasks[1]!.task).toBe(
      "Chủ trì, phối hợp với Trung tâm Chính trị huyện tổ chức quán triệt các văn bản của Trung ương, của Tỉnh về cải cách hành chính trong Đảng.",
    );
    expect(tasks[1]!.activities).toEqual([
      "Biên soạn tài liệu tuyên truyền gửi các chi bộ, đảng bộ trực thuộc trước ngày 30/4/2026.",
      "Theo dõi, nắm tình hình dư luận xã hội về công tác cải cách hành chính.",
    ]);
    expect(tasks[5]!.task).toBe(
      "Quán triệt, triển khai Kế hoạch này đến cán bộ, đảng viên; đưa nội dung cải cách hành chính vào sinh hoạt chi bộ thường kỳ.",
    );
    expect(tasks[6]!.task).toBe("Tăng cường giám sát, phản biện xã hội đối với việc thực hiện cải cách hành chính trên địa bàn.");
    expect(tasks[7]!.task).toBe(
      "Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ban Thường vụ Huyện ủy trước ngày 10/12/2026.",
    );
    expect(tasks.every((t) => t.activities.length === 0 || t.number === "2")).toBe(true);
  });
  it("times: Q2; by 30/4 (its bullet); by 30/9; none; quarterly; none; none; by 10/12", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-06-30" });
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-04-30" });
    expect(deadlines[2]).toMatchObject({ start: null, end: "2026-09-30" });
    expect(deadlines[3]).toMatchObject(none);
    expect(deadlines[4]).toMatchObject({ recurrence: "quarterly" });
    expect(deadlines[5]).toMatchObject(none);
    expect(deadlines[6]).toMatchObject(none);
    expect(deadlines[7]).toMatchObject({ start: null, end: "2026-12-10" });
  });
  it("an info names the section read without an assigning heading", () => {
    const info = found().diagnostics.filter((d) => d.code === "duties-unheaded");
    expect(info).toHaveLength(1);
    expect(info[0]!.message).toContain('section II "NHIỆM VỤ"');
  });
});

describe("p47: a Sở's plan whose task list names no body; 'TỔ CHỨC THỰC HIỆN' by body with 'Sản phẩm:', 'Kết quả:', 'Thời gian:', 'Kinh phí:' lines", () => {
  const found = plan("p47_so-khcn-ha-tinh-chuyen-doi-so-2026.md");
  it("five duties, one per body; 'II. NHIỆM VỤ TRỌNG TÂM' (no body, no assignment line) gives none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Văn phòng Sở"], []],
      ["2", ["Phòng Quản lý công nghệ và Chuyển đổi số"], ["Trung tâm Thông tin, Ứng dụng và Chuyển giao công nghệ"]],
      ["3", ["Trung tâm Thông tin, Ứng dụng và Chuyển giao công nghệ"], []],
      ["4", ["Phòng Kế hoạch - Tài chính"], []],
      ["5", ["Trưởng các phòng, đơn vị thuộc Sở"], []],
    ]);
    expect(found().diagnostics.map((d) => d.code)).not.toContain("duties-unheaded");
  });
  it("the label lines are fields, never activities; '+' parts are activities after the bullet that opens them", () => {
    const [first, second, third] = found().tasks;
    expect(first!.task).toBe("Chủ trì tham mưu Giám đốc Sở ban hành Quy chế quản lý, sử dụng hệ thống quản lý văn bản và điều hành.");
    expect(first!.activities).toEqual([
      "Tổ chức số hóa hồ sơ lưu trữ giai đoạn 2020 - 2025:",
      "Lập danh mục hồ sơ cần số hóa;",
      "Thuê đơn vị tư vấn số hóa theo quy định.",
    ]);
    expect(first!.products).toEqual(["Quyết định ban hành Quy chế"]);
    expect(first!.budget).toBe("Từ nguồn chi thường xuyên năm 2026 của Văn phòng Sở");
    expect(first!.deadline).toMatchObject({ raw: "Quý I/2026", start: "2026-01-01", end: "2026-03-31" });
    expect(second!.activities).toEqual([]);
    expect(second!.products).toEqual(["Hồ sơ đề xuất cấp độ được phê duyệt"]);
    expect(second!.budget).toBeNull();
    expect(second!.deadline).toMatchObject({ start: null, end: "2026-06-30" });
    expect(third!.task).toBe("Tổ chức 02 lớp bồi dưỡng kỹ năng số cho công chức, viên chức của Sở.");
    expect(third!.activities).toEqual([]);
    expect(third!.products).toEqual(["02 lớp bồi dưỡng, 60 lượt người tham gia"]);
    expect(third!.budget).toBe("45.000.000 đồng (nguồn sự nghiệp khoa học)");
    expect(third!.deadline).toMatchObject({ start: "2026-07-01", end: "2026-09-30" });
  });
  it("the last two: no time ('trong dự toán' is none); quarterly", () => {
    const tasks = found().tasks;
    expect(tasks[3]!.deadline).toMatchObject(none);
    expect(tasks[4]!.deadline).toMatchObject({ recurrence: "quarterly" });
  });
});

describe("p48: 'III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ' with headings per kind of body and bold bodies without a colon", () => {
  const found = plan("p48_tinh-nam-dinh-trach-nhiem-co-quan-cchc-2025.html");
  it("a duty per heading, and the bold bodies under the first as duties of their own with it as parent", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["Các sở, ban, ngành"], [], null],
      [null, ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"], "Các sở, ban, ngành"],
      [null, ["Sở Tài chính"], [], "Các sở, ban, ngành"],
      ["2", ["UBND các huyện, thành phố"], [], null],
      ["3", ["Các cơ quan Trung ương đóng trên địa bàn tỉnh"], ["các sở, ban, ngành"], null],
    ]);
  });
  it("the capitalised verb after the bold body opens its duty", () => {
    const tasks = found().tasks;
    expect(tasks[1]!.task).toBe(
      "Chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch; tham mưu UBND tỉnh tổ chức hội nghị quán triệt trong Quý II/2025.",
    );
    expect(tasks[2]!.task).toBe("Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2025.");
    expect(tasks[3]!.task).toBe("Chỉ đạo UBND các xã, phường, thị trấn rà soát, niêm yết công khai thủ tục hành chính.");
    expect(tasks[3]!.activities).toEqual(["Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Nội vụ."]);
  });
  it("times: by 15/3/2025; Q2/2025; none; quarterly; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2025-03-15" });
    // "trong Quý II" with no word of completion is the quarter (README, "Deadlines").
    expect(deadlines[1]).toMatchObject({ start: "2025-04-01", end: "2025-06-30" });
    expect(deadlines[2]).toMatchObject(none);
    expect(deadlines[3]).toMatchObject({ recurrence: "quarterly" });
    expect(deadlines[4]).toMatchObject(none);
  });
  it("'II. NHIỆM VỤ, GIẢI PHÁP' lists work by topic (one bullet naming a body): no duty of it", () => {
    expect(found().tasks.some((t) => t.task.includes("thẩm định dự thảo"))).toBe(false);
    expect(found().diagnostics.map((d) => d.code)).not.toContain("duties-unheaded");
  });
});

describe("p49: 'III. PHÂN CÔNG NHIỆM VỤ', each unit a heading over duties '(1)' … '(9)' numbered through the part", () => {
  const found = plan("p49_bo-cong-an-c06-phan-cong-nhiem-vu-2026.txt");
  it("one duty per unit; its first '(n)' the task, the others activities with their numbers", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Phòng Hướng dẫn, chỉ đạo đăng ký, quản lý cư trú"], ["Phòng Tham mưu"]],
      ["2", ["Trung tâm Dữ liệu quốc gia về dân cư"], []],
      ["3", ["Phòng Tham mưu"], ["Văn phòng Bộ Công an"]],
      ["4", ["Công an các tỉnh, thành phố trực thuộc trung ương"], []],
    ]);
    expect(found().tasks.map((t) => [t.task, t.activities])).toEqual([
      [
        "Chủ trì, phối hợp với Phòng Tham mưu rà soát, đề xuất phương án đơn giản hóa 08 thủ tục hành chính về cư trú, hoàn thành trong Quý II/2026.",
        [
          "(2) Hướng dẫn Công an các đơn vị, địa phương thực hiện thống nhất quy trình giải quyết thủ tục đăng ký thường trú trực tuyến.",
          "(3) Tổng hợp kết quả, báo cáo lãnh đạo Cục trước ngày 10/12/2026.",
        ],
      ],
      [
        "Bảo đảm hạ tầng kỹ thuật, kết nối Cơ sở dữ liệu quốc gia về dân cư với Cổng Dịch vụ công quốc gia.",
        ["(5) Cập nhật, làm sạch dữ liệu dân cư, hoàn thành trước ngày 30/6/2026."],
      ],
      [
        "Theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; định kỳ hằng quý tổng hợp tiến độ.",
        ["(7) Phối hợp với Văn phòng Bộ Công an (V01) tổ chức sơ kết 6 tháng."],
      ],
      [
        "Quán triệt, triển khai Kế hoạch này đến Công an cấp xã.",
        ["(9) Báo cáo kết quả thực hiện về Cục C06 (qua Phòng Tham mưu) trước ngày 05/12/2026."],
      ],
    ]);
  });
  it("times: Q2 and by 10/12; by 30/6; quarterly; by 5/12", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]!.items.map((item) => item.end)).toEqual(["2026-06-30", "2026-12-10"]);
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-06-30" });
    expect(deadlines[2]).toMatchObject({ recurrence: "quarterly" });
    expect(deadlines[3]).toMatchObject({ start: null, end: "2026-12-05" });
  });
  it("the section of contents and the closing part that refers back give none", () => {
    expect(found().tasks).toHaveLength(4);
  });
});

describe("p50 (DOCX): a commune Đảng ủy's plan, each body a bold run at its numbered item's start", () => {
  const found = plan("p50_dang-uy-xa-cam-binh-chuyen-doi-so-2026.docx");
  it("five duties of 'II. NHIỆM VỤ TRỌNG TÂM' (Word's numbers), then III's sentence", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Văn phòng Đảng ủy"], []],
      ["2", ["Ban Xây dựng Đảng"], ["Văn phòng Đảng ủy"]],
      ["3", ["Ủy ban Kiểm tra Đảng ủy"], []],
      ["4", ["Các chi bộ trực thuộc"], []],
      ["5", ["Ủy ban MTTQ Việt Nam xã", "các đoàn thể chính trị - xã hội xã"], []],
      [null, ["Văn phòng Đảng ủy"], []],
    ]);
  });
  it("the duty starts where the bold body ends: a capitalised verb, a colon, a verb", () => {
    expect(found().tasks.map((t) => t.task)).toEqual([
      "Tham mưu Ban Thường vụ Đảng ủy ban hành Quy chế gửi, nhận văn bản điện tử trong các chi bộ, hoàn thành trong tháng 3/2026.",
      "Chủ trì, phối hợp với Văn phòng Đảng ủy cập nhật dữ liệu đảng viên trên Phần mềm quản lý cơ sở dữ liệu đảng viên.",
      "Đưa việc thực hiện Kế hoạch vào nội dung kiểm tra, giám sát năm 2026.",
      "Chịu trách nhiệm quán triệt Kế hoạch đến đảng viên; định kỳ 6 tháng báo cáo kết quả về Đảng ủy xã (qua Văn phòng Đảng ủy).",
      "Phối hợp tuyên truyền, hướng dẫn đoàn viên, hội viên sử dụng các nền tảng số.",
      "Theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo cáo Ban Thường vụ Đảng ủy trước ngày 15/12/2026.",
    ]);
  });
  it("times: by March; none; none; every six months; none; by 15/12", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-03-31" });
    expect(deadlines[1]).toMatchObject(none);
    expect(deadlines[2]).toMatchObject(none);
    expect(deadlines[3]!.raw).toBe("định kỳ 6 tháng");
    expect(deadlines[4]).toMatchObject(none);
    expect(deadlines[5]).toMatchObject({ start: null, end: "2026-12-15" });
  });
});

describe("which sections assign by body", () => {
  const planWith = (items: string[]) => [
    "ỦY BAN NHÂN DÂN HUYỆN CAN LỘC",
    "Số: 31/KH-UBND",
    "Can Lộc, ngày 10 tháng 3 năm 2026",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Phòng Nội vụ bảo đảm tiến độ.",
    "2. Các xã, thị trấn bảo đảm chất lượng.",
    "II. NHIỆM VỤ",
    ...items,
    "III. TỔ CHỨC THỰC HIỆN",
    "Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc.",
  ];
  it("half the items or more start with a body: each is a duty, before the assigning part's", async () => {
    const doc = await parseText(
      planWith([
        "1. Phòng Nội vụ: chủ trì rà soát quy chế làm việc, hoàn thành trong Quý II/2026.",
        "2. Đẩy mạnh tuyên truyền cải cách hành chính.",
        "3. UBND các xã, thị trấn: niêm yết công khai thủ tục hành chính.",
        "4. Nâng cao chất lượng phục vụ người dân.",
      ]),
    );
    expect(doc.tasks.map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Phòng Nội vụ"]],
      ["3", ["UBND các xã, thị trấn"]],
      [null, ["Văn phòng HĐND và UBND huyện"]],
    ]);
  });
  it("one body among work items is no assignment by body: only the assigning part's duty", async () => {
    const doc = await parseText(
      planWith([
        "1. Đẩy mạnh tuyên truyền cải cách hành chính.",
        "2. Phòng Nội vụ chủ trì rà soát quy chế làm việc.",
        "3. Nâng cao chất lượng phục vụ người dân.",
        "4. Tăng cường kỷ luật, kỷ cương hành chính.",
      ]),
    );
    expect(doc.tasks.map((t) => [t.number, t.lead])).toEqual([[null, ["Văn phòng HĐND và UBND huyện"]]]);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("duties-unheaded");
  });
  it("a group heading over lettered bodies counts as the bodies' entry", async () => {
    const doc = await parseText(
      planWith([
        "1. Nhiệm vụ chung",
        "a) Phòng Tư pháp: hướng dẫn kiểm soát thủ tục hành chính.",
        "b) Công an huyện: phối hợp với Phòng Tư pháp làm sạch dữ liệu dân cư.",
        "2. Phòng Văn hóa và Thông tin: tuyên truyền trên Trang thông tin điện tử huyện.",
      ]),
    );
    expect(doc.tasks.map((t) => [t.number, t.lead, t.parent])).toEqual([
      ["a", ["Phòng Tư pháp"], "Nhiệm vụ chung"],
      ["b", ["Công an huyện"], "Nhiệm vụ chung"],
      ["2", ["Phòng Văn hóa và Thông tin"], null],
      [null, ["Văn phòng HĐND và UBND huyện"], null],
    ]);
  });
});

describe("fields and names in a body's duty", () => {
  it("'Kinh phí:' under a task-section item is its budget, 'Kết quả:' its product", async () => {
    const doc = await parseText([
      "ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
      "Số: 12/KH-UBND",
      "Tân Lập, ngày 05 tháng 01 năm 2026",
      "KẾ HOẠCH",
      "Chuyển đổi số năm 2026",
      "I. MỤC ĐÍCH",
      "Nâng cao hiệu quả.",
      "II. NHIỆM VỤ",
      "1. Số hóa hồ sơ hộ tịch.",
      "- Cơ quan chủ trì: Công chức Tư pháp - Hộ tịch.",
      "- Kết quả: 100% sổ hộ tịch được số hóa.",
      "- Kinh phí: Ngân sách xã.",
      "2. Tập huấn kỹ năng số.",
      "- Cơ quan chủ trì: Văn phòng HĐND và UBND xã.",
      "- Thời gian: Quý II/2026.",
    ]);
    expect(doc.tasks.map((t) => [t.number, t.lead, t.products, t.budget])).toEqual([
      ["1", ["Công chức Tư pháp - Hộ tịch"], ["100% sổ hộ tịch được số hóa"], "Ngân sách xã"],
      ["2", ["Văn phòng HĐND và UBND xã"], [], null],
    ]);
  });
  it.each([
    ["Sở Nội vụ Chủ trì, phối hợp với Sở Tư pháp kiểm tra …", "Sở Nội vụ", "Chủ trì, phối hợp với Sở Tư pháp kiểm tra …"],
    ["Sở Xây dựng Tham mưu UBND tỉnh …", "Sở Xây dựng", "Tham mưu UBND tỉnh …"],
    ["Ban Chỉ đạo cải cách hành chính tỉnh chủ trì …", "Ban Chỉ đạo cải cách hành chính tỉnh", "Chủ trì …"],
    ["Hội đồng Phối hợp liên ngành tỉnh chủ trì …", "Hội đồng Phối hợp liên ngành tỉnh", "Chủ trì …"],
    ["Phòng Cảnh sát Quản lý hành chính về trật tự xã hội chủ trì …", "Phòng Cảnh sát Quản lý hành chính về trật tự xã hội", "Chủ trì …"],
    ["Sở Y tế Phối hợp với Sở Nội vụ tổ chức …", "Sở Y tế", "Phối hợp với Sở Nội vụ tổ chức …"],
    ["Các chi bộ, đảng bộ trực thuộc: quán triệt …", "Các chi bộ, đảng bộ trực thuộc", "Quán triệt …"],
    ["Các cấp ủy, tổ chức đảng căn cứ Kế hoạch này …", "Các cấp ủy, tổ chức đảng", "Căn cứ Kế hoạch này …"],
    ["Chi bộ Văn phòng Huyện ủy: gương mẫu thực hiện …", "Chi bộ Văn phòng Huyện ủy", "Gương mẫu thực hiện …"],
    ["Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh chủ trì tổ chức …", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Chủ trì tổ chức …"],
    ["Thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện: tham mưu …", "Thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện", "Tham mưu …"],
    ["Hội đồng phối hợp liên ngành về trợ giúp pháp lý trong hoạt động tố tụng tỉnh phối hợp với Sở Tư pháp …", "Hội đồng phối hợp liên ngành về trợ giúp pháp lý trong hoạt động tố tụng tỉnh", "Phối hợp với Sở Tư pháp …"],
  ])("%s", (text, agency, duty) => {
    expect(readAgencyStart(text)).toMatchObject({ agency, duty });
  });
  it("the coordination council as a partner keeps its whole name", () => {
    expect(partnersIn(["Sở Tư pháp chủ trì, phối hợp với Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh tổ chức Ngày Pháp luật."])).toEqual([
      "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
    ]);
  });
});
