/**
 * Prose plans of round 10 (fixtures/prose p42–p44, written by the team; see its README): bodies written in short
 * forms ("P. Nội vụ", "P.Tư pháp", "TT PVHCC xã", "TT VH-TT&TT", "TTYT huyện", "BQL dự án … huyện") beside
 * documents' symbols and subjects that are no bodies ("TT-VPCP", "QĐ-UBND", "TTHC"); joint leads ("(đồng chủ trì)",
 * "cùng chủ trì", "Sở A, Sở B - chủ trì:"); a partner in its own clause ("Giao Sở A chủ trì; Sở B phối hợp …"); a
 * time label closing each body's paragraph ("Thời gian thực hiện: Quý III/2024."); the assignment as the item's last
 * sentence ("… . Chủ trì thực hiện: …; phối hợp: …; thời gian: tháng 7/2026."), in parentheses with its time, or in
 * passing ("… do Văn phòng Sở chủ trì, phối hợp với …").
 * Every expected record was written from reading the plan against CONTRACT.md before cchc ran on it.
 */
import { describe, expect, it } from "vitest";
import { none, plan } from "./prose-plan.js";

const year2024 = { start: "2024-01-01", end: "2024-12-31" };
const year2026 = { start: "2026-01-01", end: "2026-12-31" };

describe("p42: a commune's plan, bodies as headings over a) b) ('P. Kinh tế, P. Văn hóa - Xã hội (đồng chủ trì)', 'TT PVHCC xã')", () => {
  const found = plan("p42_xa-tam-nong-nghi-quyet-dang-uy-cchc-2026.txt");
  it("five duties, one per body heading; the targets part names no body and gives none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["Văn phòng HĐND và UBND xã"], ["P. Văn hóa - Xã hội"], null],
      ["2", ["TT PVHCC xã"], [], null],
      ["3", ["P. Kinh tế", "P. Văn hóa - Xã hội"], ["Công an xã"], null],
      ["4", ["Công an xã", "BCH Quân sự xã"], [], null],
      ["5", ["Ủy ban MTTQ Việt Nam xã", "các đoàn thể chính trị - xã hội xã"], [], null],
    ]);
    expect(found().tasks.every((t) => t.origin === "inline" && t.table === null)).toBe(true);
  });
  it("a) is the task, b) the activity", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      "Chủ trì, phối hợp với P. Văn hóa - Xã hội tham mưu UBND xã ban hành kế hoạch tuyên truyền cải cách hành chính, hoàn thành trước ngày 28/02/2026.",
      "Niêm yết công khai đầy đủ các TTHC thuộc thẩm quyền giải quyết của cấp xã tại trụ sở và trên Cổng Dịch vụ công.",
      "Rà soát, đề xuất đơn giản hóa TTHC lĩnh vực đất đai, xây dựng, lao động, hoàn thành trong Quý II/2026.",
      "Cùng chủ trì tuyên truyền, hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2.",
      "Tuyên truyền, vận động đoàn viên, hội viên sử dụng dịch vụ công trực tuyến.",
    ]);
    expect(tasks.map((t) => t.activities)).toEqual([
      ["b) Theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Đảng ủy xã, UBND xã."],
      ["b) Hướng dẫn người dân nộp hồ sơ trực tuyến; số hóa kết quả giải quyết TTHC trong năm 2026."],
      ["b) Phối hợp với Công an xã làm sạch dữ liệu đất đai, dữ liệu người có công."],
      [],
      ["b) Giám sát việc thực hiện Kế hoạch theo quy định."],
    ]);
  });
  it("times: by 28/02; within 2026; within Q2; none; none", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-02-28" });
    expect(tasks[1]!.deadline).toMatchObject(year2026);
    expect(tasks[2]!.deadline).toMatchObject({ start: null, end: "2026-06-30" });
    expect(tasks[3]!.deadline).toMatchObject(none);
    expect(tasks[4]!.deadline).toMatchObject(none);
  });
  it("header and sections", () => {
    expect(found().meta).toMatchObject({ number: "45/KH-UBND", date: "2026-01-20", level: "xa", year: 2026 });
    expect(found().sections.map((s) => s.numeral)).toEqual(["I", "II", "III"]);
  });
});

describe("p43: a district's bodies in short forms ('P. Nội vụ', 'P.Tư pháp', 'TTYT huyện', 'TT VH-TT&TT', 'BQL dự án …'), each paragraph closed by 'Thời gian thực hiện: …'", () => {
  const found = plan("p43_huyen-yen-lap-cchc-thoi-gian-thuc-hien-2024.md");
  it("seven duties, then the report part's two", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["P. Nội vụ"], ["các cơ quan, đơn vị"], null],
      ["2", ["P.Tư pháp"], [], null],
      ["3", ["TTYT huyện"], [], null],
      ["4", ["TT VH-TT&TT"], [], null],
      ["5", ["BQL dự án đầu tư xây dựng huyện"], [], null],
      ["6", ["Phòng Tài chính - Kế hoạch", "Phòng Nội vụ"], [], null],
      ["7", ["UBND các xã, thị trấn"], [], null],
      [null, ["Các cơ quan, đơn vị"], [], null],
      [null, ["P. Nội vụ"], [], null],
    ]);
  });
  it("tasks without their time label, which is no activity", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      "Chủ trì, phối hợp với các cơ quan, đơn vị theo dõi, đôn đốc thực hiện Kế hoạch; tham mưu UBND huyện kiểm tra công tác cải cách hành chính tại các xã, thị trấn.",
      "Chủ trì rà soát, kiểm soát TTHC thuộc thẩm quyền giải quyết của UBND huyện theo Thông tư số 02/2017/TT-VPCP.",
      "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến trong lĩnh vực y tế.",
      "Xây dựng chuyên mục \"Cải cách hành chính\" trên sóng phát thanh huyện, mỗi tháng 02 số.",
      "Công khai quy trình, thời hạn giải quyết hồ sơ đầu tư xây dựng tại trụ sở cơ quan.",
      "Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch.",
      "Căn cứ Kế hoạch này xây dựng kế hoạch thực hiện tại địa phương, gửi về P. Nội vụ để theo dõi.",
      "Báo cáo kết quả thực hiện về P. Nội vụ trước ngày 15/11/2024.",
      "Tổng hợp, báo cáo UBND huyện trước ngày 30/11/2024.",
    ]);
    for (const task of tasks) expect(task.activities).toEqual([]);
  });
  it("times from the labels: Q3; by 30/6; continuous; monthly; Q2; March; by 15/3; by 15/11; by 30/11", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.deadline).toMatchObject({ raw: "Quý III/2024", start: "2024-07-01", end: "2024-09-30" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2024-06-30" });
    expect(tasks[2]!.deadline).toMatchObject({ ...year2024, recurrence: "continuous" });
    expect(tasks[3]!.deadline).toMatchObject({ ...year2024, recurrence: "monthly" });
    expect(tasks[4]!.deadline).toMatchObject({ start: "2024-04-01", end: "2024-06-30" });
    expect(tasks[5]!.deadline).toMatchObject({ start: "2024-03-01", end: "2024-03-31" });
    expect(tasks[6]!.deadline).toMatchObject({ start: null, end: "2024-03-15" });
    expect(tasks[7]!.deadline).toMatchObject({ start: null, end: "2024-11-15" });
    expect(tasks[8]!.deadline).toMatchObject({ start: null, end: "2024-11-30" });
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ number: "19/KH-UBND", date: "2024-01-22", level: "huyen", year: 2024 });
  });
});

describe("p44: 'Giao X chủ trì, phối hợp …; hoàn thành trước ngày …', 'Sở A, Sở B - chủ trì:', '; Sở B phối hợp', the assignment as an item's last sentence", () => {
  const found = plan("p44_tinh-phu-tho-giao-chu-tri-cchc-2026.html");
  it("seven duties, one per item; no document symbol is a body", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh", "Sở Tư pháp"], null],
      ["2", ["Sở Tư pháp", "Văn phòng UBND tỉnh"], [], null],
      ["3", ["Sở Khoa học và Công nghệ"], ["Sở Nội vụ"], null],
      ["4", ["Trung tâm Phục vụ hành chính công tỉnh"], ["các sở, ban, ngành"], null],
      ["5", ["Văn phòng UBND tỉnh"], ["Sở Tài chính"], null],
      ["6", ["Sở Y tế", "Sở Giáo dục và Đào tạo"], [], null],
      ["7", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], [], null],
    ]);
  });
  it("tasks after the body and its role", () => {
    expect(found().tasks.map((t) => t.task)).toEqual([
      "Chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Tư pháp tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra công tác kiểm soát TTHC năm 2026; hoàn thành trước ngày 31/3/2026.",
      "Rà soát, kiến nghị đơn giản hóa TTHC theo Thông tư số 02/2017/TT-VPCP; hoàn thành trong Quý III/2026.",
      "Chủ trì; Sở Nội vụ phối hợp duy trì, cải tiến hệ thống quản lý chất lượng tại các cơ quan hành chính nhà nước; hoàn thành trước ngày 30/9/2026.",
      "Chủ trì, phối hợp với các sở, ban, ngành tiếp nhận, trả kết quả hồ sơ TTHC đúng quy định; định kỳ hằng tháng báo cáo UBND tỉnh.",
      "Tổ chức Hội nghị đối thoại với doanh nghiệp về TTHC.",
      "Cùng chủ trì rà soát quy trình nội bộ giải quyết TTHC trong lĩnh vực y tế, giáo dục; hoàn thành trước ngày 30/10/2026.",
      "Phối hợp giám sát việc giải quyết TTHC tại cơ sở.",
    ]);
    for (const task of found().tasks) expect(task.activities).toEqual([]);
  });
  it("times: by 31/3; within Q3; by 30/9; monthly; July; by 30/10; none", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-03-31" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-09-30" });
    expect(tasks[2]!.deadline).toMatchObject({ start: null, end: "2026-09-30" });
    expect(tasks[3]!.deadline).toMatchObject({ ...year2026, recurrence: "monthly" });
    expect(tasks[4]!.deadline).toMatchObject({ start: "2026-07-01", end: "2026-07-31" });
    expect(tasks[5]!.deadline).toMatchObject({ start: null, end: "2026-10-30" });
    expect(tasks[6]!.deadline).toMatchObject(none);
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ docType: "ke_hoach", number: "310/KH-UBND", date: "2026-02-14", level: "tinh", year: 2026 });
  });
});

describe("p45: a department's task section whose items name their lead at the end, in parentheses with a time, or in passing ('do X chủ trì')", () => {
  const found = plan("p45_so-noi-vu-bac-ninh-kiem-tra-cong-vu-2026.txt");
  it("the task section's four items (one naming no body), then the three duties", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["P. Công chức, viên chức"], ["Thanh tra Sở"], null],
      ["2", ["Văn phòng Sở"], ["Công đoàn cơ quan"], null],
      ["3", ["Chi cục Văn thư - Lưu trữ"], ["P. Tổ chức biên chế"], null],
      ["4", [], [], null],
      ["1", ["Thanh tra Sở"], [], null],
      ["2", ["Văn phòng Sở", "P. Kế hoạch - Tài chính"], [], null],
      ["3", ["Các phòng, đơn vị thuộc Sở"], [], null],
    ]);
  });
  it("tasks without the assignment they name at their end; one named in passing stays whole", () => {
    expect(found().tasks.map((t) => t.task)).toEqual([
      "Kiểm tra việc chấp hành quy định về thời giờ làm việc, văn hóa công vụ.",
      "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại các đơn vị trực thuộc do Văn phòng Sở chủ trì, phối hợp với Công đoàn cơ quan thực hiện trong tháng 9/2026.",
      "Kiểm tra việc quản lý hồ sơ, tài liệu lưu trữ tại các phòng chuyên môn.",
      "Kiểm tra đột xuất khi có phản ánh, kiến nghị của tổ chức, cá nhân.",
      "Chủ trì tổng hợp kết quả kiểm tra, báo cáo Giám đốc Sở trước ngày 15/12/2026.",
      "Cùng chủ trì bảo đảm kinh phí, phương tiện cho Đoàn kiểm tra.",
      "Chuẩn bị hồ sơ, tài liệu phục vụ kiểm tra.",
    ]);
    for (const task of found().tasks) expect(task.activities).toEqual([]);
  });
  it("times: within Q2; within September; Q3; none; by 15/12; none; by 10/3", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-06-30" });
    expect(tasks[1]!.deadline).toMatchObject({ end: "2026-09-30" });
    expect(tasks[2]!.deadline).toMatchObject({ start: "2026-07-01", end: "2026-09-30" });
    expect(tasks[3]!.deadline).toMatchObject(none);
    expect(tasks[4]!.deadline).toMatchObject({ start: null, end: "2026-12-15" });
    expect(tasks[5]!.deadline).toMatchObject(none);
    expect(tasks[6]!.deadline).toMatchObject({ start: null, end: "2026-03-10" });
  });
  it("header", () => {
    expect(found().meta).toMatchObject({ number: "25/KH-SNV", date: "2026-02-05", year: 2026 });
  });
});
