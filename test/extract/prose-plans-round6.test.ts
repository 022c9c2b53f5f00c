/**
 * Prose plans of round 6 (fixtures/prose p26–p32, written by the team; see its README): kinds the earlier plans do not
 * show — numbered tasks in "NHIỆM VỤ, GIẢI PHÁP" followed by "- Cơ quan chủ trì: …" / "- Sản phẩm: …" lines or by
 * the same assignment in parentheses, a report section that is a top-level part of its own, two leads in one
 * heading ("Sở Nội vụ, Sở Tư pháp:", "Sở Nội vụ/Sở Tư pháp"), collective headings ("Các sở, ban, ngành; UBND các
 * xã, phường:"), a lead named mid-sentence ("… giao Trung tâm … chủ trì"), a .txt copied from a PDF with hard line
 * breaks and a page number, a DOCX whose numbers are all Word's automatic list numbering, a QUYẾT ĐỊNH whose plan has
 * "Cơ quan chủ trì:" lines. Every expected record was written from reading the plan against CONTRACT.md before cchc
 * ran on it. Records come in the pipeline's order: a task section's "Chủ trì:" records first, then the duties of
 * the decision's articles and of the assigning sections (test/extract/duty-fixtures.ts).
 */
import { describe, expect, it } from "vitest";
import { none, plan } from "./prose-plan.js";

const year = { start: "2026-01-01", end: "2026-12-31" };

describe("p26: '- Cơ quan chủ trì / phối hợp / Thời gian / Sản phẩm' lines, then agency duties, then a report part", () => {
  const found = plan("p26_tinh-phu-tho-thi-dua-cchc-2026.txt");
  it("four labelled tasks, four duties, two report duties", () => {
    expect(found().tasks.map((t) => [t.origin, t.number, t.lead, t.partners])).toEqual([
      ["inline", "1", ["Sở Nội vụ"], ["Ban Thi đua - Khen thưởng tỉnh", "các sở, ban, ngành"]],
      ["inline", "2", ["Sở Nội vụ"], ["Sở Tư pháp", "Văn phòng UBND tỉnh"]],
      ["inline", "3", ["Báo và Phát thanh, Truyền hình Phú Thọ"], ["Sở Nội vụ"]],
      ["inline", "4", ["Sở Nội vụ"], []],
      ["inline", "1", ["Sở Nội vụ"], []],
      ["inline", "2", ["Sở Tài chính"], []],
      ["inline", "3", ["Các sở, ban, ngành", "UBND các xã, phường"], []],
      ["inline", "4", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], []],
      ["inline", null, ["Các cơ quan, đơn vị"], []],
      ["inline", null, ["Sở Nội vụ"], []],
    ]);
  });
  it("the labelled tasks: heading as task, 'Sản phẩm' as products", () => {
    const tasks = found().tasks;
    expect(tasks.slice(0, 4).map((t) => [t.task, t.products])).toEqual([
      ["Phát động phong trào thi đua trong toàn tỉnh", ["Văn bản phát động phong trào thi đua"]],
      ["Xây dựng tiêu chí bình xét thi đua về cải cách hành chính", ["Bộ tiêu chí được UBND tỉnh phê duyệt"]],
      ["Tuyên truyền gương điển hình tiên tiến trong cải cách hành chính", ["Chuyên mục, phóng sự trên sóng phát thanh, truyền hình"]],
      ["Sơ kết, khen thưởng phong trào thi đua", ["Quyết định khen thưởng của Chủ tịch UBND tỉnh"]],
    ]);
    expect(tasks[0]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-06-30" });
    expect(tasks[2]!.deadline).toMatchObject({ ...year, recurrence: "continuous" });
    expect(tasks[3]!.deadline).toMatchObject({ start: "2026-12-01", end: "2026-12-31" });
  });
  it("the duties: bullets as task and activities, a 'có trách nhiệm' subject, the report part's two bodies", () => {
    const tasks = found().tasks;
    expect(tasks[4]).toMatchObject({
      task: "Hướng dẫn các cơ quan, đơn vị, địa phương tổ chức phong trào thi đua; theo dõi, đôn đốc việc thực hiện Kế hoạch.",
      activities: ["Thẩm định hồ sơ đề nghị khen thưởng, trình Chủ tịch UBND tỉnh xem xét, quyết định, hoàn thành trong Quý IV/2026."],
      parent: null,
    });
    expect(tasks[4]!.deadline).toMatchObject({ start: null, end: "2026-12-31" });
    expect(tasks[5]!.task).toBe("Có trách nhiệm bố trí kinh phí khen thưởng phong trào thi đua từ Quỹ thi đua, khen thưởng của tỉnh theo quy định.");
    expect(tasks[5]!.deadline).toMatchObject(none);
    expect(tasks[6]).toMatchObject({
      task: "Xây dựng kế hoạch hưởng ứng phong trào thi đua của cơ quan, đơn vị, địa phương, gửi về Sở Nội vụ trước ngày 15/3/2026.",
      activities: ["Lựa chọn, đề nghị khen thưởng tập thể, cá nhân tiêu biểu."],
    });
    expect(tasks[6]!.deadline).toMatchObject({ start: null, end: "2026-03-15" });
    expect(tasks[7]!.task).toBe("Phối hợp tuyên truyền, vận động đoàn viên, hội viên hưởng ứng phong trào thi đua.");
    expect(tasks[8]!.task).toBe("Báo cáo kết quả thực hiện phong trào thi đua về Sở Nội vụ trước ngày 15/12/2026.");
    expect(tasks[8]!.deadline).toMatchObject({ start: null, end: "2026-12-15" });
    expect(tasks[9]!.task).toBe("Tổng hợp, báo cáo UBND tỉnh trước ngày 25/12/2026.");
    expect(tasks[9]!.deadline).toMatchObject({ start: null, end: "2026-12-25" });
  });
  it("header and sections", () => {
    expect(found().meta).toMatchObject({ docType: "ke_hoach", number: "45/KH-UBND", date: "2026-02-10", level: "tinh", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III", "IV"]);
  });
});

describe("p27: the assignment in parentheses after each task, 'Sở Tư pháp, Sở Nội vụ:' over a) b), a report part of two paragraphs", () => {
  const found = plan("p27_tinh-quang-ninh-pbgdpl-2026.md");
  it("four tasks with their parenthesised assignment, three duties, two report duties", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Tư pháp"], ["Sở Nội vụ", "Công an tỉnh"]],
      ["2", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["3", ["Báo và Phát thanh, Truyền hình Quảng Ninh"], []],
      ["4", ["UBND các xã, phường, đặc khu"], []],
      ["1", ["Sở Tư pháp", "Sở Nội vụ"], ["Sở Tài chính"]],
      ["2", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ"]],
      ["3", ["Thủ trưởng các cơ quan, đơn vị"], []],
      [null, ["Các cơ quan, đơn vị"], []],
      [null, ["Sở Tư pháp"], []],
    ]);
    expect(found().tasks.every((t) => t.origin === "inline")).toBe(true);
  });
  it("the task is the sentence without its parentheses; times from 'thời gian:'", () => {
    const tasks = found().tasks;
    expect(tasks.slice(0, 4).map((t) => t.task)).toEqual([
      "Tổ chức hội nghị phổ biến Luật Tổ chức chính quyền địa phương cho cán bộ, công chức cấp xã.",
      "Biên soạn, phát hành tài liệu hỏi - đáp pháp luật về chính quyền địa phương hai cấp.",
      'Duy trì chuyên mục "Pháp luật và đời sống" trên sóng phát thanh, truyền hình tỉnh.',
      "Phổ biến pháp luật cho Nhân dân qua hệ thống loa truyền thanh cơ sở.",
    ]);
    expect(tasks[0]!.deadline).toMatchObject({ start: "2026-04-01", end: "2026-06-30" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-09-30" });
    expect(tasks[2]!.deadline).toMatchObject({ ...year, recurrence: "monthly" });
    expect(tasks[3]!.deadline).toMatchObject({ ...year, recurrence: "continuous" });
  });
  it("the duties and the report part", () => {
    const tasks = found().tasks;
    expect(tasks[4]).toMatchObject({
      task: "Hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh.",
      activities: ["b) Phối hợp với Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch."],
    });
    expect(tasks[5]!.task).toBe("Chủ trì, phối hợp với Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch, báo cáo Chủ tịch UBND tỉnh trước ngày 30 tháng 11 năm 2026.");
    expect(tasks[5]!.deadline).toMatchObject({ start: null, end: "2026-11-30" });
    expect(tasks[6]!.task).toBe("Căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, đơn vị mình, hoàn thành trong tháng 3/2026.");
    expect(tasks[6]!.deadline).toMatchObject({ start: null, end: "2026-03-31" });
    expect(tasks[7]!.task).toBe("Báo cáo kết quả thực hiện Kế hoạch về Sở Tư pháp trước ngày 15/12/2026 để tổng hợp, báo cáo UBND tỉnh.");
    expect(tasks[7]!.deadline).toMatchObject({ start: null, end: "2026-12-15" });
    expect(tasks[8]!.task).toBe("Hướng dẫn mẫu báo cáo cho các cơ quan, đơn vị.");
    expect(tasks[8]!.deadline).toMatchObject(none);
  });
  it("header and sections", () => {
    expect(found().meta).toMatchObject({ number: "52/KH-UBND", date: "2026-02-05", level: "tinh", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III", "IV", "V"]);
  });
});

describe("p28: text copied from a PDF, lines broken at the page width, a page number between two items", () => {
  const found = plan("p28_tinh-thai-nguyen-chuyen-doi-so-2026-pdf-copy.txt");
  it("six duties; the tasks part names no body and gives none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Khoa học và Công nghệ"], ["các cơ quan, đơn vị liên quan"]],
      ["2", ["Sở Nội vụ", "Sở Tư pháp"], []],
      ["3", ["Sở Tài chính"], []],
      ["4", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ"]],
      ["5", ["Các sở, ban, ngành", "UBND các xã, phường"], []],
      ["6", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], []],
    ]);
  });
  it("the broken lines are one sentence again; the page number is no text", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe(
      "Là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, đôn đốc triển khai Kế hoạch; nâng cấp nền tảng chia sẻ dữ liệu dùng chung của tỉnh, hoàn thành trong Quý III/2026.",
    );
    expect(tasks[1]!.task).toBe("Chuẩn hóa, cập nhật dữ liệu cán bộ, công chức và dữ liệu hộ tịch lên các cơ sở dữ liệu quốc gia, hoàn thành trước ngày 30 tháng 6 năm 2026.");
    expect(tasks[2]!.task).toBe("Có trách nhiệm bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026 của các cơ quan, đơn vị theo quy định.");
    expect(tasks[3]!.task).toBe(
      "Chủ trì, phối hợp với Sở Nội vụ theo dõi việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh; báo cáo kết quả trong tháng cuối Quý I/2026.",
    );
    expect(tasks[4]).toMatchObject({
      task: "Cử cán bộ, công chức tham gia các lớp đào tạo kỹ năng số do Sở Khoa học và Công nghệ tổ chức.",
      activities: ["Định kỳ 6 tháng báo cáo kết quả chuyển đổi số của cơ quan, đơn vị về Sở Khoa học và Công nghệ."],
    });
    expect(tasks[5]!.task).toBe("Tuyên truyền, vận động Nhân dân sử dụng dịch vụ công trực tuyến, tài khoản định danh điện tử.");
  });
  it("times: within Q3; by 30 June; a budget year is none; the last month of Q1; every six months; none", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-09-30" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-06-30" });
    expect(tasks[2]!.deadline).toMatchObject(none);
    expect(tasks[3]!.deadline).toMatchObject({ start: "2026-03-01", end: "2026-03-31" });
    expect(tasks[4]!.deadline).toMatchObject(year);
    expect(tasks[5]!.deadline).toMatchObject(none);
  });
  it("header from two columns on one line", () => {
    expect(found().meta).toMatchObject({ number: "118/KH-UBND", date: "2026-02-24", level: "tinh", year: 2026 });
    expect(found().meta.title).toBe("Chuyển đổi số trong cơ quan nhà nước tỉnh Thái Nguyên năm 2026");
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});

describe("p29: a ward's 'PHÂN CÔNG NHIỆM VỤ': '… giao Trung tâm … chủ trì', collective and 'Thủ trưởng' leads", () => {
  const found = plan("p29_phuong-thuan-hoa-dan-van-chinh-quyen-2026.txt");
  it("six duties, none from the content part", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Văn phòng HĐND và UBND phường"], []],
      ["2", ["Trung tâm Phục vụ hành chính công phường"], ["Phòng Văn hóa - Xã hội"]],
      ["3", ["Phòng Kinh tế, Hạ tầng và Đô thị"], []],
      ["4", ["Các ban, ngành, đoàn thể phường", "Tổ trưởng các tổ dân phố"], []],
      ["5", ["Thủ trưởng các cơ quan, đơn vị thuộc UBND phường"], []],
      ["6", ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"], []],
    ]);
  });
  it("tasks and times", () => {
    const tasks = found().tasks;
    expect(tasks[0]).toMatchObject({
      task: "Tham mưu UBND phường tổ chức đối thoại với Nhân dân, hoàn thành trong Quý II/2026.",
      activities: ["b) Theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND phường định kỳ 6 tháng."],
    });
    expect(tasks[0]!.deadline.items.map((i) => [i.start, i.end])).toEqual([[null, "2026-06-30"], ["2026-01-01", "2026-12-31"]]);
    expect(tasks[1]!.task).toBe(
      "Chủ trì, phối hợp với Phòng Văn hóa - Xã hội khảo sát mức độ hài lòng của người dân, hoàn thành trước ngày 30 tháng 9 năm 2026.",
    );
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-09-30" });
    expect(tasks[2]!.task).toBe("Giải quyết dứt điểm kiến nghị của người dân về trật tự đô thị, vệ sinh môi trường.");
    expect(tasks[3]).toMatchObject({
      task: "Tuyên truyền, vận động Nhân dân thực hiện tốt quy chế dân chủ ở cơ sở.",
      activities: ["Phản ánh kịp thời tâm tư, nguyện vọng của Nhân dân về UBND phường."],
    });
    expect(tasks[4]!.task).toBe(
      "Chịu trách nhiệm trước Chủ tịch UBND phường về kết quả thực hiện công tác dân vận chính quyền tại cơ quan, đơn vị mình.",
    );
    expect(tasks[5]!.task).toBe("Giám sát việc thực hiện Kế hoạch.");
    for (const k of [2, 3, 4, 5]) expect(tasks[k]!.deadline).toMatchObject(none);
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ number: "19/KH-UBND", date: "2026-03-06", level: "xa", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});

describe("p30: a Sở's internal plan, 'các phòng, đơn vị thuộc Sở', one-line assignments, a report part", () => {
  const found = plan("p30_so-y-te-nghe-an-van-hoa-cong-vu-2026.md");
  it("three labelled tasks, three duties, one report duty", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Văn phòng Sở"], ["các phòng, đơn vị thuộc Sở"]],
      ["2", ["Các phòng, đơn vị thuộc Sở"], []],
      ["3", ["Thanh tra Sở"], ["Văn phòng Sở"]],
      ["1", ["Văn phòng Sở"], []],
      ["2", ["Thanh tra Sở"], ["Văn phòng Sở"]],
      ["3", ["Trưởng các phòng, đơn vị thuộc Sở"], []],
      [null, ["Các phòng, đơn vị thuộc Sở"], []],
    ]);
  });
  it("tasks and times", () => {
    const tasks = found().tasks;
    expect(tasks.slice(0, 3).map((t) => t.task)).toEqual([
      "Quán triệt các quy định về văn hóa công vụ",
      "Niêm yết công khai quy tắc ứng xử tại nơi làm việc",
      "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính",
    ]);
    expect(tasks[0]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-03-31" });
    expect(tasks[2]!.deadline).toMatchObject({ ...year, recurrence: "quarterly" });
    expect(tasks[3]).toMatchObject({
      task: "Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thuộc Sở thực hiện Kế hoạch.",
      activities: ["Tham mưu Giám đốc Sở biểu dương, khen thưởng tập thể, cá nhân thực hiện tốt văn hóa công vụ, hoàn thành trong tháng 12/2026."],
    });
    expect(tasks[3]!.deadline).toMatchObject({ start: null, end: "2026-12-31" });
    expect(tasks[4]!.task).toBe("Chủ trì, phối hợp với Văn phòng Sở xử lý phản ánh, kiến nghị về thái độ, tác phong của công chức, viên chức.");
    expect(tasks[5]).toMatchObject({
      task: "Phổ biến Kế hoạch đến toàn thể công chức, viên chức, người lao động của phòng, đơn vị mình.",
      activities: ["Chịu trách nhiệm trước Giám đốc Sở nếu để xảy ra vi phạm văn hóa công vụ tại phòng, đơn vị."],
    });
    expect(tasks[6]!.task).toBe(
      "Báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 10 của tháng cuối quý, lồng ghép trong báo cáo cải cách hành chính.",
    );
    expect(tasks[6]!.deadline).toMatchObject({ start: null, end: null, recurrence: "quarterly" });
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ number: "210/KH-SYT", date: "2026-02-12", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III", "IV"]);
  });
});

describe("p31: a DOCX whose parts, items and a) b) are Word's automatic numbering", () => {
  const found = plan("p31_xa-duc-tho-thi-dua-2026.docx");
  it("four duties numbered by Word", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Văn phòng HĐND và UBND xã"], []],
      ["2", ["Công chức Tài chính - Kế toán"], []],
      ["3", ["Các ban, ngành, đoàn thể xã", "Trưởng các thôn"], []],
      ["4", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"], []],
    ]);
  });
  it("tasks, activities and times", () => {
    const tasks = found().tasks;
    expect(tasks[0]).toMatchObject({
      task: "Tham mưu UBND xã tổ chức phát động phong trào thi đua, hoàn thành trong tháng 3/2026.",
      activities: ["b) Theo dõi, tổng hợp kết quả, tham mưu sơ kết phong trào thi đua trước ngày 30/6/2026."],
    });
    expect(tasks[0]!.deadline.items.map((i) => [i.start, i.end])).toEqual([[null, "2026-03-31"], [null, "2026-06-30"]]);
    expect(tasks[1]!.task).toBe("Có trách nhiệm bố trí kinh phí khen thưởng theo quy định.");
    expect(tasks[2]).toMatchObject({
      task: "Tuyên truyền, vận động Nhân dân tham gia đánh giá sự hài lòng về giải quyết thủ tục hành chính.",
      activities: ["Định kỳ hằng quý báo cáo kết quả hưởng ứng phong trào thi đua về Văn phòng HĐND và UBND xã."],
    });
    expect(tasks[2]!.deadline).toMatchObject({ ...year, recurrence: "quarterly" });
    expect(tasks[3]!.task).toBe("Phối hợp giám sát việc thực hiện phong trào thi đua.");
  });
  it("header and Word-numbered sections", () => {
    expect(found().meta).toMatchObject({ number: "24/KH-UBND", date: "2026-03-02", level: "xa", year: 2026 });
    expect(found().sections.map((s) => [s.numeral, s.heading])).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NỘI DUNG THI ĐUA"],
      ["III", "KHEN THƯỞNG"],
      ["IV", "TỔ CHỨC THỰC HIỆN"],
    ]);
  });
});

describe("p32: a QUYẾT ĐỊNH whose plan has 'Cơ quan chủ trì:' lines, 'Sở Nội vụ/Sở Tư pháp (theo lĩnh vực)'", () => {
  const found = plan("p32_tinh-ha-tinh-qd-ra-soat-tthc-2026.txt");
  it("three labelled tasks, Điều 2, two duties; Điều 3 and the executive formula give none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Nội vụ", "Sở Tư pháp"], []],
      ["2", ["Sở Tư pháp"], ["Công an tỉnh", "Bảo hiểm xã hội tỉnh"]],
      ["3", ["Văn phòng UBND tỉnh"], []],
      ["2", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ"]],
      ["1", ["Sở Nội vụ", "Sở Tư pháp"], []],
      ["2", ["Thủ trưởng các cơ quan, đơn vị"], ["Văn phòng UBND tỉnh"]],
    ]);
  });
  it("tasks, products and times", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe("Rà soát thủ tục hành chính trong lĩnh vực nội vụ, tư pháp");
    expect(tasks[0]!.deadline).toMatchObject({ start: "2026-03-01", end: "2026-03-31" });
    expect(tasks[1]!.products).toEqual(["Báo cáo kết quả rà soát, phương án đơn giản hóa"]);
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-09-30" });
    expect(tasks[2]!.deadline).toMatchObject({ start: null, end: "2026-10-30" });
    expect(tasks[3]!.task).toBe("Chủ trì, phối hợp với Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ 6 tháng tổng hợp, báo cáo Chủ tịch UBND tỉnh.");
    expect(tasks[3]!.deadline).toMatchObject(year);
    expect(tasks[4]!.task).toBe(
      "Bố trí công chức có chuyên môn tham gia rà soát; chịu trách nhiệm về chất lượng phương án đơn giản hóa thuộc lĩnh vực quản lý.",
    );
    expect(tasks[5]!.task).toBe(
      "Chịu trách nhiệm phối hợp chặt chẽ với Văn phòng UBND tỉnh trong quá trình rà soát; cung cấp đầy đủ hồ sơ, tài liệu khi có yêu cầu.",
    );
  });
  it("header: the decision's", () => {
    expect(found().meta).toMatchObject({ docType: "quyet_dinh", number: "380/QĐ-UBND", date: "2026-02-18", level: "tinh", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});
