/**
 * Prose plans of round 8 (fixtures/prose p33–p37, written by the team; see its README): kinds the earlier plans do not
 * show — a collective duty closed by "Trong đó:" over the lines of single bodies, bodies lettered under a group
 * heading that is no body's duty, time lines ("- Thời gian: …", "Thời gian thực hiện: …") inside a duty, a funding part
 * of its own with one sentence that starts with a body, the lead in parentheses at the end of an item ("(Công an xã)",
 * "(… chủ trì, … phối hợp)"), a reference line "(Theo Kế hoạch số …)", a single item followed by "- Đơn vị thực hiện:"
 * lines, "– Đơn vị thực hiện: …" at the end of an item's line, "X, phối hợp với Y …", one assigning part of both
 * kinds (items over "- Cơ quan chủ trì:" lines, items that start with their body). Every expected record was written
 * from reading the plan against CONTRACT.md before cchc ran on it. Records come in the pipeline's order: the task
 * section's records first, then the duties of the assigning and funding parts in document order.
 */
import { describe, expect, it } from "vitest";
import { none, plan } from "./prose-plan.js";

const year = { start: "2026-01-01", end: "2026-12-31" };

describe("p33: a funding part, 'Các sở, ban, ngành … . Trong đó:' over single bodies, a group heading over a) b) c), time lines", () => {
  const found = plan("p33_tinh-cao-bang-tuyen-truyen-cchc-2026.txt");
  const collective =
    "Các sở, ban, ngành tỉnh có trách nhiệm xây dựng kế hoạch tuyên truyền cải cách hành chính của cơ quan, đơn vị mình, gửi Sở Nội vụ trước ngày 15/02/2026.";
  const group = "Các cơ quan khối Đảng, đoàn thể:";
  it("one funding duty, the collective and its three bodies, three bodies of the group, the communes", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      [null, ["Sở Tài chính"], [], null],
      ["1", ["Các sở, ban, ngành tỉnh"], [], null],
      [null, ["Sở Nội vụ"], [], collective],
      [null, ["Sở Văn hóa, Thể thao và Du lịch"], [], collective],
      [null, ["Báo và Phát thanh, Truyền hình Cao Bằng"], [], collective],
      ["a", ["Ủy ban MTTQ Việt Nam tỉnh"], [], group],
      ["b", ["Tỉnh đoàn Cao Bằng"], [], group],
      ["c", ["Hội Liên hiệp Phụ nữ tỉnh"], [], group],
      ["3", ["UBND các xã, phường"], [], null],
    ]);
    expect(found().tasks.every((t) => t.origin === "inline")).toBe(true);
  });
  it("the tasks: no 'Trong đó:', no time line among the activities", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      "Tham mưu UBND tỉnh bố trí kinh phí cho các hoạt động tuyên truyền cấp tỉnh, hoàn thành trước ngày 31/3/2026.",
      "Có trách nhiệm xây dựng kế hoạch tuyên truyền cải cách hành chính của cơ quan, đơn vị mình, gửi Sở Nội vụ trước ngày 15/02/2026.",
      "Hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổ chức Cuộc thi trực tuyến tìm hiểu về cải cách hành chính.",
      "Chỉ đạo hệ thống thông tin cơ sở tuyên truyền kết quả cải cách hành chính của tỉnh.",
      'Duy trì chuyên mục "Cải cách hành chính - Vì Nhân dân phục vụ", định kỳ hằng tháng.',
      "Vận động đoàn viên, hội viên và Nhân dân tham gia giám sát việc giải quyết thủ tục hành chính.",
      "Tổ chức ra quân tình nguyện hướng dẫn người dân sử dụng dịch vụ công trực tuyến trong dịp hè.",
      "Lồng ghép tuyên truyền cải cách hành chính trong sinh hoạt chi hội phụ nữ.",
      "Tuyên truyền cải cách hành chính qua hệ thống loa truyền thanh cơ sở; báo cáo kết quả về Sở Nội vụ trước ngày 20/11/2026.",
    ]);
    for (const task of tasks) expect(task.activities).toEqual([]);
  });
  it("times: by 31/3; by 15/02; the time line of Sở Nội vụ by 30/6; none; monthly; the time line of the Front Q3; none; none; by 20/11", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-03-31" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-02-15" });
    expect(tasks[2]!.deadline).toMatchObject({ start: null, end: "2026-06-30" });
    expect(tasks[3]!.deadline).toMatchObject(none);
    expect(tasks[4]!.deadline).toMatchObject({ ...year, recurrence: "monthly" });
    expect(tasks[5]!.deadline).toMatchObject({ start: "2026-07-01", end: "2026-09-30" });
    expect(tasks[6]!.deadline).toMatchObject(none);
    expect(tasks[7]!.deadline).toMatchObject(none);
    expect(tasks[8]!.deadline).toMatchObject({ start: null, end: "2026-11-20" });
  });
  it("header and sections", () => {
    expect(found().meta).toMatchObject({ number: "36/KH-UBND", date: "2026-01-20", level: "tinh", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III", "IV"]);
  });
});

describe("p34: bodies in parentheses at the end of the tasks, '(Chủ trì: …; phối hợp: …; thời gian: …)', a reference line", () => {
  const found = plan("p34_xa-hoa-tham-phong-chong-ma-tuy-2026.md");
  it("five tasks (one naming no body), three duties", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Công an xã"], []],
      ["2", ["Công an xã"], ["Hội Liên hiệp Phụ nữ xã"]],
      ["3", ["Đoàn Thanh niên xã", "Trường Trung học cơ sở Hòa Thám"], []],
      ["4", ["Công chức Văn hóa - Xã hội"], ["Hội Nông dân xã"]],
      ["5", [], []],
      ["1", ["Công an xã"], []],
      ["2", ["Văn phòng HĐND và UBND xã"], []],
      ["3", ["Ủy ban MTTQ Việt Nam xã", "các đoàn thể xã"], []],
    ]);
  });
  it("the task is the sentence without its parentheses; the reference line is no activity", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      "Tuyên truyền phòng, chống ma túy trên hệ thống loa truyền thanh của xã, định kỳ hằng tháng.",
      "Rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa bàn, hoàn thành trong Quý II/2026.",
      "Tổ chức Ngày hội thanh niên nói không với ma túy trong Tháng hành động phòng, chống ma túy.",
      "Hỗ trợ người sau cai nghiện học nghề, vay vốn, tìm việc làm.",
      'Xây dựng mô hình "Thôn, bản không có ma túy" tại các thôn giáp ranh.',
      "Là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về UBND xã trước ngày 10/12/2026.",
      "Bố trí kinh phí, phương tiện phục vụ các hoạt động của Kế hoạch.",
      "Phối hợp tuyên truyền, vận động Nhân dân tố giác tội phạm về ma túy.",
    ]);
    for (const task of tasks) expect(task.activities).toEqual([]);
    // The reference is kept where it was read: in its section's text.
    expect(found().sections[2]!.text).toContain("(Theo Kế hoạch số 12/KH-UBND ngày 05/01/2026");
  });
  it("times: monthly; within Q2; none; September; none; by 10/12; none; none", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.deadline).toMatchObject({ ...year, recurrence: "monthly" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-06-30" });
    expect(tasks[2]!.deadline).toMatchObject(none);
    expect(tasks[3]!.deadline).toMatchObject({ start: "2026-09-01", end: "2026-09-30" });
    expect(tasks[4]!.deadline).toMatchObject(none);
    expect(tasks[5]!.deadline).toMatchObject({ start: null, end: "2026-12-10" });
    expect(tasks[6]!.deadline).toMatchObject(none);
    expect(tasks[7]!.deadline).toMatchObject(none);
  });
  it("header and sections", () => {
    expect(found().meta).toMatchObject({ number: "09/KH-UBND", date: "2026-02-12", level: "xa", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});

describe("p35: one item over '- Đơn vị thực hiện / phối hợp / Thời gian' lines, the lead after a dash, 'X, phối hợp với Y'", () => {
  const found = plan("p35_so-tu-phap-ninh-binh-kiem-tra-cchc-2026.txt");
  it("four duties", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["Văn phòng Sở"], ["Thanh tra Sở"], null],
      ["2", ["Phòng Hành chính tư pháp"], [], null],
      ["3", ["Phòng Bổ trợ tư pháp"], ["Văn phòng Sở"], null],
      ["4", ["Trung tâm Trợ giúp pháp lý nhà nước"], [], null],
    ]);
  });
  it("tasks without their labels; times from the label or the sentence", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      "Thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2026 của Sở.",
      "Xây dựng đề cương báo cáo, lịch kiểm tra, gửi các phòng, đơn vị được kiểm tra.",
      "Phối hợp với Văn phòng Sở chuẩn bị nội dung kiểm tra việc giải quyết thủ tục hành chính lĩnh vực công chứng, hoàn thành trong tháng 5/2026.",
      "Chuẩn bị báo cáo, hồ sơ, tài liệu phục vụ Đoàn kiểm tra.",
    ]);
    for (const task of tasks) expect(task.activities).toEqual([]);
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-04-15" });
    expect(tasks[1]!.deadline).toMatchObject(none);
    expect(tasks[2]!.deadline).toMatchObject({ start: null, end: "2026-05-31" });
    expect(tasks[3]!.deadline).toMatchObject(none);
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ number: "41/KH-STP", date: "2026-03-03", year: 2026 });
  });
});

describe("p36: a funding paragraph of two sentences, lettered tasks with their bodies in parentheses, a 'Thời gian thực hiện:' paragraph", () => {
  const found = plan("p36_phuong-dong-hai-chuyen-doi-so-2026.md");
  it("one funding duty, three lettered tasks under their heading, two body duties", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      [null, ["Phòng Kinh tế, Hạ tầng và Đô thị"], [], null],
      ["a", ["Văn phòng HĐND và UBND phường"], [], "Nhiệm vụ chung"],
      ["b", ["Văn phòng HĐND và UBND phường"], ["Trung tâm Phục vụ hành chính công phường"], "Nhiệm vụ chung"],
      ["c", ["Phòng Văn hóa - Xã hội"], ["Đoàn Thanh niên phường"], "Nhiệm vụ chung"],
      ["2", ["Trung tâm Phục vụ hành chính công phường"], [], null],
      ["3", ["Tổ trưởng các tổ dân phố"], [], null],
    ]);
  });
  it("tasks and times", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      "Tham mưu phân bổ kinh phí mua sắm trang thiết bị cho Bộ phận Một cửa, hoàn thành trong tháng 4/2026.",
      "Ban hành Quy chế sử dụng chữ ký số trong cơ quan, hoàn thành trong Quý II/2026.",
      "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức phường.",
      'Phát động phong trào thi đua "Phường Đông Hải chung tay chuyển đổi số".',
      "Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí không dùng tiền mặt.",
      "Vận động hộ gia đình cài đặt, sử dụng ứng dụng định danh điện tử.",
    ]);
    for (const task of tasks) expect(task.activities).toEqual([]);
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-04-30" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-06-30" });
    expect(tasks[2]!.deadline).toMatchObject(none);
    expect(tasks[3]!.deadline).toMatchObject({ start: "2026-09-01", end: "2026-09-30" });
    expect(tasks[4]!.deadline).toMatchObject({ start: "2026-07-01", end: "2026-09-30" });
    expect(tasks[5]!.deadline).toMatchObject(none);
  });
  it("header and sections", () => {
    expect(found().meta).toMatchObject({ number: "21/KH-UBND", date: "2026-03-09", level: "xa", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});

describe("p37: one 'TỔ CHỨC THỰC HIỆN' of both kinds: two items over '- Cơ quan chủ trì:' lines, three items that start with their body", () => {
  const found = plan("p37_tinh-son-la-thi-dua-cchc-2026.txt");
  it("five records, each with its lead; the content part gives none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.products])).toEqual([
      ["1", ["Sở Nội vụ"], ["Liên đoàn Lao động tỉnh"], []],
      ["2", ["Sở Nội vụ"], [], ["Báo cáo sơ kết", "Quyết định khen thưởng"]],
      ["3", ["Sở Tài chính"], [], []],
      ["4", ["Báo và Phát thanh, Truyền hình Sơn La"], [], []],
      ["5", ["Các sở, ban, ngành", "UBND các xã, phường"], [], []],
    ]);
  });
  it("tasks and times", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      "Tổ chức Lễ phát động phong trào thi đua cải cách hành chính năm 2026.",
      "Sơ kết 6 tháng phong trào thi đua, biểu dương các mô hình, sáng kiến tiêu biểu.",
      "Bố trí kinh phí khen thưởng từ Quỹ thi đua, khen thưởng của tỉnh.",
      'Mở chuyên mục "Gương sáng cải cách hành chính", định kỳ hằng tháng.',
      "Tổ chức phát động phong trào thi đua tại cơ quan, đơn vị, địa phương; gửi đăng ký thi đua về Sở Nội vụ trước ngày 15/3/2026.",
    ]);
    for (const task of tasks) expect(task.activities).toEqual([]);
    expect(tasks[0]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
    expect(tasks[1]!.deadline).toMatchObject({ start: "2026-07-01", end: "2026-07-31" });
    expect(tasks[2]!.deadline).toMatchObject(none);
    expect(tasks[3]!.deadline).toMatchObject({ ...year, recurrence: "monthly" });
    expect(tasks[4]!.deadline).toMatchObject({ start: null, end: "2026-03-15" });
  });
});
