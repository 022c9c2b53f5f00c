/**
 * Prose plans of round 18 (fixtures/prose p71–p76, written by the team; see its README), and fixtures/headers h6: a
 * bullet or a label paragraph naming another body under a body's heading ("- UBND các xã, phường: …" under "1. Sở Nội
 * vụ") is a duty given to that body, so its own record, the heading its parent (CONTRACT.md: every duty given to a
 * body is a record with that body as lead); two bodies in one label ("Sở Tài chính, Sở Nội vụ:") lead together; "Đề
 * nghị X phối hợp …" asks a body outside the issuer's command: X leads, "Đề nghị" dropped; "Giao X tham mưu …";
 * a collective heading over lettered duties that name no body ("2. Các phòng, ban chuyên môn" / "a) Đăng ký …") is one
 * record, over lettered members ("a) Phòng Văn hóa - Xã hội: …") one each; a report part ("IV. CHẾ ĐỘ BÁO CÁO") whose
 * paragraphs say who reports what by when; DOCX and Markdown bodies in bold runs opening their paragraphs, a capitalised verb after them with no colon; units named in lower
 * case as labels ("Bộ phận quản lý hành chính:", "Các tổ công tác:", "Tổ văn phòng:"); "thực hiện thường xuyên".
 * Every expected record was written from reading the plan against CONTRACT.md, before cchc ran on it.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { none, plan } from "./prose-plan.js";

describe("p71: a province's propaganda plan, a body's bullet under another body's heading, two bodies in one label, a report part", () => {
  const found = plan("p71_tinh-khanh-hoa-tuyen-truyen-cchc-2026.md");
  it("eight records: five items, the communes' bullet under 'Sở Nội vụ' its own, two report paragraphs", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["Sở Nội vụ"], ["các cơ quan, đơn vị"], null],
      [null, ["UBND các xã, phường"], [], "Sở Nội vụ"],
      ["2", ["Sở Tài chính", "Sở Nội vụ"], [], null],
      ["3", ["Sở Văn hóa, Thể thao và Du lịch"], [], null],
      ["4", ["Báo và Phát thanh, Truyền hình Khánh Hòa"], ["Sở Nội vụ"], null],
      ["5", ["Ủy ban MTTQ Việt Nam tỉnh"], ["Sở Nội vụ"], null],
      [null, ["Các sở, ban, ngành", "UBND các xã, phường"], [], null],
      [null, ["Sở Nội vụ"], [], null],
    ]);
    expect(found().tasks.every((t) => t.origin === "inline" && t.table === null)).toBe(true);
  });
  it("duties: the heading's first bullet the task, its other own bullet an activity; the communes' bullet not among them", () => {
    const tasks = found().tasks;
    expect(tasks[0]).toMatchObject({
      task: "Chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch; tổ chức Cuộc thi trực tuyến tìm hiểu về cải cách hành chính; hoàn thành trước ngày 30/9/2026.",
      activities: ["Theo dõi, đôn đốc việc thực hiện Kế hoạch của các cơ quan, đơn vị."],
    });
    expect(tasks[1]!.task).toBe("Tổ chức tuyên truyền về cải cách hành chính trên hệ thống thông tin cơ sở ít nhất 02 lần mỗi tháng.");
    expect(tasks[2]!.task).toBe("Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh năm 2026.");
    // "**3. Sở Văn hóa, Thể thao và Du lịch** Xây dựng …": the bold ends the name (no colon; "Xây dựng" is also a name's word).
    expect(tasks[3]!.task).toBe(
      "Xây dựng kế hoạch, hướng dẫn các cơ quan báo chí trên địa bàn tỉnh xây dựng chuyên trang, chuyên mục về cải cách hành chính. Hoàn thành trong Quý II/2026.",
    );
    expect(tasks[5]!.task).toBe("Phối hợp với Sở Nội vụ tuyên truyền, vận động đoàn viên, hội viên tham gia đánh giá sự hài lòng đối với sự phục vụ của cơ quan hành chính nhà nước.");
    expect(tasks[6]!.task).toBe("Báo cáo kết quả thực hiện công tác tuyên truyền (lồng ghép trong báo cáo cải cách hành chính) gửi Sở Nội vụ trước ngày 05/12/2026.");
    expect(tasks[7]!.task).toBe("Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch trước ngày 15/12/2026.");
  });
  it("times: a duty's own deadline clause and sentence; monthly; none for a budget year", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-09-30" });
    expect(deadlines[1]).toMatchObject({ recurrence: "monthly" });
    expect(deadlines[2]).toMatchObject(none);
    expect(deadlines[3]).toMatchObject({ start: null, end: "2026-06-30" });
    expect(deadlines[4]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
    expect(deadlines[5]).toMatchObject(none);
    expect(deadlines[6]).toMatchObject({ start: null, end: "2026-12-05" });
    expect(deadlines[7]).toMatchObject({ start: null, end: "2026-12-15" });
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ docType: "ke_hoach", number: "58/KH-UBND", date: "2026-01-23", level: "tinh", year: 2026 });
  });
});

describe("p72 (DOCX): a commune's emulation plan, bodies in bold runs, a collective heading over its own lettered duties", () => {
  const found = plan("p72_xa-bac-ai-thi-dua-khen-thuong-2026.docx");
  it("six records, one per item; the collective's a) b) its task and activity", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Phòng Văn hóa - Xã hội"], []],
      ["2", ["Các phòng, ban chuyên môn"], []],
      ["3", ["Văn phòng HĐND và UBND xã"], []],
      ["4", ["Trung tâm Phục vụ hành chính công xã"], []],
      ["5", ["Công an xã"], []],
      ["6", ["Ủy ban MTTQ Việt Nam xã"], []],
    ]);
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe(
      "Tham mưu UBND xã phát động phong trào thi đua trong tháng 02/2026; tổng hợp hồ sơ đề nghị khen thưởng, trình Hội đồng Thi đua - Khen thưởng xã trước ngày 15/12/2026.",
    );
    expect(tasks[1]).toMatchObject({
      task: "Đăng ký thi đua, gửi Phòng Văn hóa - Xã hội trước ngày 28/02/2026.",
      activities: ["b) Đánh giá, bình xét danh hiệu thi đua đối với công chức thuộc phòng, ban theo quy định."],
    });
    expect(tasks[2]!.task).toBe("Đăng tải thông tin về phong trào thi đua trên Trang thông tin điện tử xã; thực hiện thường xuyên.");
    expect(tasks[3]!.task).toBe("Khảo sát mức độ hài lòng của người dân hằng quý, gửi kết quả về Phòng Văn hóa - Xã hội.");
    // "**5. Công an xã** Rà soát, …": the bold run ends the name; the capitalised verb after it opens the duty.
    expect(tasks[4]!.task).toBe("Rà soát, đề xuất khen thưởng tập thể, cá nhân có thành tích trong làm sạch dữ liệu dân cư.");
    expect(tasks[5]!.task).toBe("Phối hợp tuyên truyền, biểu dương các tập thể, cá nhân tiêu biểu trong phong trào thi đua.");
  });
  it("times: February and by 15/12; by 28/02; continuous ('thực hiện thường xuyên'); quarterly; none; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-12-15" });
    expect(deadlines[0]!.items).toHaveLength(2);
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-02-28" });
    expect(deadlines[2]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "continuous" });
    expect(deadlines[3]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "quarterly" });
    expect(deadlines[4]).toMatchObject(none);
    expect(deadlines[5]).toMatchObject(none);
  });
});

describe("p73 (PDF): a special zone's drug-prevention plan, another body's bullet, lettered members, a numbered report part", () => {
  const found = plan("p73_xa-phu-quy-phong-chong-ma-tuy-2026.pdf");
  it("seven records", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["Công an đặc khu"], ["các cơ quan, đơn vị"], null],
      [null, ["Trạm Y tế đặc khu"], ["Công an đặc khu"], "Công an đặc khu (cơ quan thường trực)"],
      ["a", ["Phòng Văn hóa - Xã hội"], [], "Các phòng, ban chuyên môn"],
      ["b", ["Phòng Kinh tế"], [], "Các phòng, ban chuyên môn"],
      ["3", ["Ủy ban MTTQ Việt Nam đặc khu", "các tổ chức chính trị - xã hội đặc khu"], [], null],
      ["1", ["Các phòng, ban chuyên môn"], [], null],
      ["2", ["Công an đặc khu"], [], null],
    ]);
  });
  it("duties; the police's own bullets its task and activity", () => {
    const tasks = found().tasks;
    expect(tasks[0]).toMatchObject({
      task: "Chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch; rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa bàn, hoàn thành trước ngày 31/3/2026.",
      activities: ["Tổ chức ra quân tấn công, trấn áp tội phạm về ma túy trong Quý III/2026."],
    });
    expect(tasks[1]!.task).toBe("Phối hợp với Công an đặc khu xác định tình trạng nghiện ma túy theo quy định.");
    expect(tasks[2]!.task).toBe("Tổ chức các hoạt động hưởng ứng Tháng hành động phòng, chống ma túy; hoàn thành trong tháng 6/2026.");
    expect(tasks[5]!.task).toBe("Báo cáo kết quả thực hiện định kỳ hằng quý về Công an đặc khu trước ngày 15 của tháng cuối quý.");
  });
  it("times", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-09-30" });
    expect(deadlines[0]!.items.map((i) => i.end)).toEqual(["2026-03-31", "2026-09-30"]);
    expect(deadlines[1]).toMatchObject(none);
    expect(deadlines[2]).toMatchObject({ start: null, end: "2026-06-30" });
    expect(deadlines[3]).toMatchObject(none);
    expect(deadlines[5]).toMatchObject({ recurrence: "quarterly" });
    expect(deadlines[6]).toMatchObject({ start: null, end: "2026-12-10" });
  });
});

describe("p74: a Sở's inspection plan, 'Giao …', two bodies in one label, a report part of two paragraphs", () => {
  const found = plan("p74_so-noi-vu-lao-cai-kiem-tra-cong-vu-2026.md");
  it("six records", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Thanh tra Sở"], ["Văn phòng Sở"]],
      ["2", ["Trưởng Đoàn kiểm tra"], []],
      ["3", ["Văn phòng Sở", "Phòng Công chức, viên chức"], []],
      ["4", ["Các phòng, đơn vị được kiểm tra"], []],
      [null, ["Trưởng Đoàn kiểm tra"], []],
      [null, ["Thanh tra Sở"], []],
    ]);
    expect(found().tasks[0]!.task).toBe("Chủ trì, phối hợp với Văn phòng Sở thành lập Đoàn kiểm tra công vụ, hoàn thành trong tháng 3/2026.");
    expect(found().tasks[4]!.task).toBe("Báo cáo Giám đốc Sở kết quả từng đợt kiểm tra trong thời hạn 05 ngày làm việc kể từ ngày kết thúc kiểm tra.");
  });
  it("times: by the end of March; none (relative); by 31/3; none; none (relative); by 30/11", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-03-31" });
    expect(deadlines[1]).toMatchObject(none);
    expect(deadlines[2]).toMatchObject({ start: null, end: "2026-03-31" });
    expect(deadlines[3]).toMatchObject(none);
    expect(deadlines[4]).toMatchObject(none);
    expect(deadlines[5]).toMatchObject({ start: null, end: "2026-11-30" });
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ docType: "ke_hoach", number: "112/KH-SNV", date: "2026-02-12", year: 2026 });
  });
});

describe("p75 (DOCX): a commune's plan, a label paragraph of another body under a heading, bold bodies with no colon", () => {
  const found = plan("p75_xa-ea-kar-chuyen-doi-so-2026.docx");
  it("seven records", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.parent])).toEqual([
      ["1", ["Văn phòng HĐND và UBND xã"], null],
      [null, ["Trưởng các thôn"], "Văn phòng HĐND và UBND xã"],
      ["2", ["Bộ phận Một cửa"], null],
      ["3", ["Công chức Văn hóa - Xã hội"], null],
      ["4", ["Các tổ công nghệ số cộng đồng"], null],
      ["5", ["Phòng Kinh tế"], null],
      ["6", ["Ủy ban MTTQ Việt Nam xã"], null],
    ]);
  });
  it("duties", () => {
    const tasks = found().tasks;
    expect(tasks[0]).toMatchObject({
      task: "Tham mưu UBND xã kiện toàn Ban Chỉ đạo chuyển đổi số xã, hoàn thành trong Quý I/2026.",
      activities: ["Theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND xã trước ngày 05/12/2026."],
    });
    expect(tasks[1]!.task).toBe("Vận động người dân cài đặt, sử dụng ứng dụng VNeID và các nền tảng số.");
    expect(tasks[2]!.task).toBe("Tiếp nhận, số hóa 100% hồ sơ thủ tục hành chính; hướng dẫn người dân nộp hồ sơ trực tuyến.");
    expect(tasks[4]!.task).toBe("Hướng dẫn người dân mở tài khoản thanh toán điện tử; hoàn thành trước ngày 30/9/2026.");
    expect(tasks[5]!.task).toBe("Tham mưu UBND xã bố trí kinh phí thực hiện Kế hoạch.");
  });
  it("times", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-12-05" });
    expect(deadlines[4]).toMatchObject({ start: null, end: "2026-09-30" });
    for (const k of [1, 2, 5, 6]) expect(deadlines[k]).toMatchObject(none);
  });
});

describe("p76 (PDF): a school's plan, its parts as lower-case labels, the parents' board asked to help", () => {
  const found = plan("p76_truong-th-kim-dong-cchc-2026.pdf");
  it("six records", () => {
    expect(found().tasks.map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Ban Giám hiệu"]],
      ["2", ["Tổ văn phòng"]],
      ["3", ["Các tổ chuyên môn"]],
      ["4", ["Bộ phận thư viện - thiết bị"]],
      ["5", ["Giáo viên chủ nhiệm"]],
      ["6", ["Ban đại diện cha mẹ học sinh"]],
    ]);
    const tasks = found().tasks;
    expect(tasks[0]).toMatchObject({
      task: "Chỉ đạo chung việc thực hiện Kế hoạch; phân công nhiệm vụ cụ thể cho từng bộ phận.",
      activities: ["Kiểm tra việc thực hiện Kế hoạch định kỳ hằng quý."],
    });
    expect(tasks[3]!.task).toBe("Số hóa tài liệu, sách giáo khoa phục vụ giáo viên, học sinh.");
    expect(tasks[5]!.task).toBe("Phối hợp tuyên truyền, vận động cha mẹ học sinh thực hiện thanh toán không dùng tiền mặt.");
  });
  it("times", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ recurrence: "quarterly" });
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-02-15" });
    expect(deadlines[2]).toMatchObject({ start: null, end: "2026-05-31" });
    for (const k of [3, 4, 5]) expect(deadlines[k]).toMatchObject(none);
  });
});

describe("fixtures/headers h6: a police station's units as labels", () => {
  it("'Bộ phận quản lý hành chính:' and 'Các tổ công tác:' each lead their duty", async () => {
    const doc = await parsePlan(new URL("../../fixtures/headers/h6_cong-an-xa-da-teh-2026.txt", import.meta.url).pathname, { ocr: "never" });
    expect(doc.tasks.map((t) => [t.number, t.lead, t.task])).toEqual([
      ["1", ["Bộ phận quản lý hành chính"], "Chủ trì thực hiện Kế hoạch, báo cáo kết quả trước ngày 15/12/2026."],
      ["2", ["Các tổ công tác"], "Phối hợp thực hiện."],
    ]);
    expect(doc.diagnostics.some((d) => d.code === "no-tasks")).toBe(false);
  });
});
