/**
 * Prose plans of round 13 (fixtures/prose p54–p59, written by the team; see its README): a Tỉnh đoàn's plan with
 * Youth Union bodies as headings over "-" bullets ("Các huyện đoàn, thành đoàn, thị đoàn, đoàn trực thuộc", "Chi đoàn
 * cơ quan Tỉnh đoàn"); a task part whose items carry "(Đơn vị chủ trì: …; thời hạn hoàn thành: …)" or hand the work
 * over in a paragraph of their own ("Giao Sở … chủ trì, phối hợp với …, hoàn thành trước ngày …"); a DOCX with typed
 * numbers and bold body headings; a commune's plan saved as PDF by LibreOffice; sub-numbered bodies under a group
 * ("1.1. Công an tỉnh (Cơ quan thường trực …)"), several quarters of one year ("trong Quý II và Quý IV/2026"); bodies
 * labelled "Đối với …:" and named after whom they are not ("… không thuộc đối tượng kiểm tra").
 * Every expected record was written from reading the plan against CONTRACT.md.
 */
import { describe, expect, it } from "vitest";
import { handedOver, readAgencyStart, timesIn } from "../../src/extract/duties.js";
import { none, plan } from "./prose-plan.js";

describe("p54: a Tỉnh đoàn's plan, Youth Union bodies as headings over '-' bullets, a content item that hands its work over", () => {
  const found = plan("p54_tinh-doan-nghe-an-tuyen-truyen-cchc-2026.txt");
  it("the content item with 'Giao …', then six duties of 'IV. TỔ CHỨC THỰC HIỆN'; none from the other content and form items", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["3", ["Ban Tuyên giáo Tỉnh đoàn"], ["Văn phòng Tỉnh đoàn"]],
      ["1", ["Ban Tuyên giáo Tỉnh đoàn"], ["Trung tâm Hoạt động thanh thiếu nhi tỉnh"]],
      ["2", ["Văn phòng Tỉnh đoàn"], []],
      ["3", ["Các huyện đoàn, thành đoàn, thị đoàn, đoàn trực thuộc"], []],
      ["4", ["Chi đoàn cơ quan Tỉnh đoàn"], []],
      ["5", ["Bí thư các huyện đoàn, thành đoàn, thị đoàn, đoàn trực thuộc"], []],
      ["6", ["Sở Nội vụ"], []],
    ]);
    expect(found().tasks.every((t) => t.origin === "inline" && t.table === null && t.kind === "task" && t.parent === null)).toBe(true);
  });
  it("the handed-over item whole, what before who; an info names its section", () => {
    expect(found().tasks[0]).toMatchObject({
      task: "Gương điển hình tiên tiến của đoàn viên, thanh niên trong cải cách hành chính. Giao Ban Tuyên giáo Tỉnh đoàn chủ trì, phối hợp với Văn phòng Tỉnh đoàn biên soạn tài liệu giới thiệu các gương điển hình, hoàn thành trong Quý II/2026.",
      activities: [],
    });
    const info = found().diagnostics.filter((d) => d.code === "duties-unheaded");
    expect(info).toHaveLength(1);
    expect(info[0]!.message).toContain('section II "NỘI DUNG TUYÊN TRUYỀN"');
  });
  it("the first bullet is the task, the others its activities", () => {
    const tasks = found().tasks.slice(1);
    expect(tasks[0]).toMatchObject({
      task: "Tham mưu Ban Thường vụ Tỉnh đoàn triển khai Kế hoạch; hướng dẫn các cơ sở đoàn tổ chức tuyên truyền, hoàn thành trong tháng 3/2026.",
      activities: [
        "Chủ trì, phối hợp với Trung tâm Hoạt động thanh thiếu nhi tỉnh tổ chức Cuộc thi tìm hiểu về cải cách hành chính trên mạng xã hội trong Quý III/2026.",
        "Tổng hợp, báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh đoàn trước ngày 30/11/2026.",
      ],
    });
    expect(tasks[1]).toMatchObject({
      task: "Bố trí kinh phí thực hiện Kế hoạch theo quy định.",
      activities: ["Cập nhật tin, bài tuyên truyền trên Cổng thông tin điện tử Tỉnh đoàn hằng tháng."],
    });
    expect(tasks[2]!.task).toBe("Xây dựng kế hoạch triển khai phù hợp với thực tế đơn vị, hoàn thành trước ngày 28/02/2026.");
    expect(tasks[2]!.activities).toHaveLength(2);
    expect(tasks[3]!.task).toBe("Tổ chức cho 100% đoàn viên tham gia Cuộc thi tìm hiểu về cải cách hành chính.");
    expect(tasks[4]!.task).toBe("Chịu trách nhiệm trước Ban Thường vụ Tỉnh đoàn về kết quả thực hiện Kế hoạch tại đơn vị.");
    expect(tasks[5]!.task).toBe("Phối hợp, cung cấp tài liệu tuyên truyền về cải cách hành chính cho Tỉnh đoàn.");
  });
  it("times: within Q2; March, Q3 and by 30/11; monthly over the plan year ('hằng tháng' at the duty's end: a cadence anywhere in a duty is its time); by 28/02 and by 15/11 every year; none; none; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-06-30", recurrence: null });
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-11-30", recurrence: null });
    expect(deadlines[1]!.items.map((i) => [i.start, i.end])).toEqual([[null, "2026-03-31"], ["2026-07-01", "2026-09-30"], [null, "2026-11-30"]]);
    expect(deadlines[2]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
    expect(deadlines[3]).toMatchObject({ start: null, end: "2026-11-15", recurrence: "yearly" });
    expect(deadlines[4]).toMatchObject(none);
    expect(deadlines[5]).toMatchObject(none);
    expect(deadlines[6]).toMatchObject(none);
  });
});

describe("p55: a task part with '(Đơn vị chủ trì: …; thời hạn hoàn thành: …)' and a 'Giao …' paragraph, then duties by body", () => {
  const found = plan("p55_tinh-nghe-an-chuyen-doi-so-cchc-2026.md");
  it("the task part's items and lettered parts, then the five bodies of 'III. TỔ CHỨC THỰC HIỆN'", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", [], []],
      ["a", ["Trung tâm Phục vụ hành chính công tỉnh"], ["các sở, ban, ngành"]],
      ["b", ["các sở, ban, ngành", "UBND các xã, phường"], []],
      ["2", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"]],
      ["1", ["Sở Khoa học và Công nghệ"], []],
      ["2", ["Văn phòng UBND tỉnh"], []],
      ["3", ["Các sở, ban, ngành", "UBND các xã, phường"], []],
      ["4", ["Thủ trưởng các cơ quan, đơn vị"], []],
      ["5", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], []],
    ]);
  });
  it("the item's heading is its task, the lettered parts without their parentheses under it", () => {
    const tasks = found().tasks;
    expect(tasks.slice(0, 4).map((t) => [t.task, t.parent])).toEqual([
      ["Về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", null],
      ["Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.", "Về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"],
      ["Tái sử dụng dữ liệu đã số hóa khi giải quyết thủ tục hành chính.", "Về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"],
      ["Về hạ tầng, nền tảng số", null],
    ]);
    expect(tasks[4]).toMatchObject({
      task: "Là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch.",
      activities: ["Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 15/12/2026."],
    });
    expect(tasks[7]!.task).toBe("Chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả chuyển đổi số trong giải quyết thủ tục hành chính của cơ quan, đơn vị mình.");
    expect(tasks[8]!.task).toBe("Phối hợp giám sát việc thực hiện Kế hoạch; tuyên truyền, vận động Nhân dân sử dụng dịch vụ công trực tuyến.");
  });
  it("times: none; Q3; continuous; by 30/6 (the 'Giao' sentence); by 15/12; none; April and by 10/12 every year; none; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject(none);
    expect(deadlines[1]).toMatchObject({ start: "2026-07-01", end: "2026-09-30", recurrence: null });
    expect(deadlines[2]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "continuous" });
    expect(deadlines[3]).toMatchObject({ start: null, end: "2026-06-30", recurrence: null });
    expect(deadlines[4]).toMatchObject({ start: null, end: "2026-12-15" });
    expect(deadlines[5]).toMatchObject(none);
    expect(deadlines[6]).toMatchObject({ start: null, end: "2026-12-10", recurrence: "yearly" });
    expect(deadlines[7]).toMatchObject(none);
    expect(deadlines[8]).toMatchObject(none);
  });
});

describe("p56 (DOCX): typed numbers and bullets, bold body headings, two bodies and two heads of groups on one heading", () => {
  const found = plan("p56_tinh-nghe-an-thi-dua-cchc-2026.docx");
  it("four duties, none from the aims, the contents and the awards", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Nội vụ"], []],
      ["2", ["Báo Nghệ An", "Đài Phát thanh và Truyền hình Nghệ An"], []],
      ["3", ["Thủ trưởng các sở, ban, ngành cấp tỉnh", "Chủ tịch UBND các xã, phường"], []],
      ["4", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], []],
    ]);
  });
  it("tasks and activities from the typed '- ' paragraphs, the heading's paragraph for the Front", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => [t.task, t.activities.length])).toEqual([
      ["Hướng dẫn các cơ quan, đơn vị tổ chức phát động phong trào thi đua, hoàn thành trong Quý I/2026.", 1],
      ["Mở chuyên mục tuyên truyền về phong trào thi đua, biểu dương các điển hình tiên tiến trong tháng 10 - 11/2026.", 0],
      ["Tổ chức phát động, đăng ký thi đua tại cơ quan, địa phương mình trước ngày 31/3/2026.", 1],
      ["Phối hợp tuyên truyền, vận động đoàn viên, hội viên tích cực hưởng ứng phong trào thi đua.", 0],
    ]);
    expect(tasks[2]!.activities).toEqual([
      "Lựa chọn, đề nghị khen thưởng các tập thể, cá nhân tiêu biểu, gửi hồ sơ về Sở Nội vụ trước ngày 15/11 hằng năm.",
    ]);
  });
  it("times: Q1 and by 15/12; October to November (two months, one year written); by 31/3 and by 15/11 every year; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-12-15", recurrence: null });
    expect(deadlines[1]).toMatchObject({ start: "2026-10-01", end: "2026-11-30", recurrence: null });
    expect(deadlines[2]).toMatchObject({ start: null, end: "2026-11-15", recurrence: "yearly" });
    expect(deadlines[3]).toMatchObject(none);
  });
});

describe("p57 (PDF by LibreOffice): a commune's officials and offices, lines broken at the page width", () => {
  const found = plan("p57_xa-tien-dien-phong-chong-ma-tuy-2026.pdf");
  it("seven duties; 'Công chức Văn hóa – Xã hội:' alone over a) b); the villages as a group", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Công an xã"], ["Ban Chỉ huy Quân sự xã"]],
      ["2", ["Công chức Văn hóa - Xã hội"], ["Trạm Y tế xã"]],
      ["3", ["Trạm Y tế xã"], []],
      ["4", ["Văn phòng HĐND và UBND xã"], []],
      ["5", ["Các ban, ngành, đoàn thể xã", "Trưởng các thôn"], []],
      ["6", ["Các thôn, tổ dân phố"], []],
      ["7", ["Ủy ban MTTQ Việt Nam xã", "các tổ chức chính trị - xã hội xã"], []],
    ]);
    expect(found().meta).toMatchObject({ number: "24/KH-UBND", date: "2026-03-05", level: "xa", signer: "Phan Văn Hòa" });
  });
  it("the duty text whole across the PDF's broken lines; b) an activity with its letter", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe(
      "Là cơ quan thường trực, chủ trì, phối hợp với Ban Chỉ huy Quân sự xã rà soát, lập danh sách người nghiện, người sử dụng trái phép chất ma túy trên địa bàn, hoàn thành trước ngày 31/3/2026.",
    );
    expect(tasks[1]).toMatchObject({
      task: "Tham mưu UBND xã tổ chức các hoạt động hưởng ứng Tháng hành động phòng, chống ma túy (tháng 6/2026).",
      activities: ["b) Phối hợp với Trạm Y tế xã hướng dẫn gia đình người nghiện cai nghiện ma túy tại gia đình, cộng đồng."],
    });
    expect(tasks[3]!.task).toBe("Tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND xã trước ngày 10/12/2026.");
    expect(tasks[4]!.task).toBe("Tuyên truyền, vận động Nhân dân tố giác tội phạm về ma túy; định kỳ hằng quý báo cáo kết quả về Công an xã.");
    expect(tasks[5]!.task).toBe("Đưa nội dung phòng, chống ma túy vào hương ước, quy ước; tổ chức ký cam kết gia đình không có ma túy trong Quý II/2026.");
    expect(tasks[6]!.task).toBe("Phối hợp giám sát việc thực hiện Kế hoạch.");
  });
  it("times: by 31/3; June; none; by 10/12; quarterly; Q2; none", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-03-31" });
    expect(deadlines[1]).toMatchObject({ start: "2026-06-01", end: "2026-06-30" });
    expect(deadlines[2]).toMatchObject(none);
    expect(deadlines[3]).toMatchObject({ start: null, end: "2026-12-10" });
    expect(deadlines[4]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "quarterly" });
    expect(deadlines[5]).toMatchObject({ start: "2026-04-01", end: "2026-06-30", recurrence: null });
    expect(deadlines[6]).toMatchObject(none);
  });
});

describe("p58: sub-numbered bodies under '1. Các cơ quan cấp tỉnh', several quarters of one year, a report part", () => {
  const found = plan("p58_tinh-ha-tinh-phong-chong-ma-tuy-2026.txt");
  it("eight duties: 1.1–1.4 under their group, the communes, the courts, the unions, the report", () => {
    const group = "Các cơ quan cấp tỉnh";
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1.1", ["Công an tỉnh"], ["các sở, ban, ngành, địa phương"], group],
      ["1.2", ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Quân sự tỉnh"], [], group],
      ["1.3", ["Sở Y tế"], ["Công an tỉnh"], group],
      ["1.4", ["Sở Giáo dục và Đào tạo"], [], group],
      ["2", ["UBND các xã, phường"], [], null],
      ["3", ["Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"], ["Công an tỉnh"], null],
      ["4", ["Các tổ chức chính trị - xã hội tỉnh"], [], null],
      [null, ["Các sở, ban, ngành", "UBND các xã, phường"], [], "Chế độ báo cáo"],
    ]);
  });
  it("tasks", () => {
    const tasks = found().tasks;
    expect(tasks[0]).toMatchObject({
      task: "Chủ trì, phối hợp với các sở, ban, ngành, địa phương tham mưu UBND tỉnh chỉ đạo triển khai Kế hoạch.",
      activities: ["Mở các đợt cao điểm tấn công, trấn áp tội phạm ma túy trong Quý II và Quý IV/2026."],
    });
    expect(tasks[1]!.task).toBe("Chủ trì kiểm soát, ngăn chặn ma túy qua tuyến biên giới, cửa khẩu, vùng biển của tỉnh.");
    expect(tasks[3]!.task).toBe("Chỉ đạo các trường học lồng ghép nội dung phòng, chống ma túy vào các hoạt động ngoại khóa trong năm học 2025 - 2026.");
    expect(tasks[5]!.task).toBe("Phối hợp với Công an tỉnh đẩy nhanh tiến độ điều tra, truy tố, xét xử các vụ án về ma túy.");
    expect(tasks[6]!.task).toBe("Tuyên truyền, vận động hội viên và Nhân dân tích cực tham gia phòng, chống ma túy tại cộng đồng.");
    expect(tasks[7]!.task).toBe("Báo cáo kết quả thực hiện (qua Công an tỉnh) trước ngày 10/12/2026 để tổng hợp, báo cáo UBND tỉnh.");
  });
  it("times: Q2 to Q4 (two quarters, one year written); none; within Q3; the school year 2025-2026 (1 September to 31 May, as a cell reads it); by 15/4 and the 20th of each quarter's last month; none; none; by 10/12", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: "2026-04-01", end: "2026-12-31", recurrence: null });
    expect(deadlines[1]).toMatchObject(none);
    expect(deadlines[2]).toMatchObject({ start: null, end: "2026-09-30" });
    expect(deadlines[3]).toMatchObject({ start: "2025-09-01", end: "2026-05-31", recurrence: null });
    expect(deadlines[4]).toMatchObject({ start: null, end: null, recurrence: "quarterly" });
    expect(deadlines[4]!.items.map((i) => [i.start, i.end])).toEqual([[null, "2026-04-15"], [null, null]]);
    expect(deadlines[5]).toMatchObject(none);
    expect(deadlines[6]).toMatchObject(none);
    expect(deadlines[7]).toMatchObject({ start: null, end: "2026-12-10" });
  });
});

describe("p59: a Sở's inspection plan, 'Đối với …:' labels over '+' bullets, heads of units, a body named by what it is not", () => {
  const found = plan("p59_so-giao-duc-quang-tri-kiem-tra-cchc-2026.txt");
  it("five duties, none from the contents, time and team parts", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Văn phòng Sở"], []],
      ["2", ["Chánh Thanh tra Sở"], ["Trưởng phòng Tổ chức cán bộ"]],
      ["3", ["Trưởng phòng Kế hoạch - Tài chính"], []],
      ["4", ["Các đơn vị được kiểm tra"], []],
      ["5", ["Thủ trưởng các đơn vị trực thuộc Sở không thuộc đối tượng kiểm tra"], []],
    ]);
  });
  it("tasks without their labels", () => {
    const tasks = found().tasks;
    expect(tasks[0]).toMatchObject({
      task: "Tham mưu Giám đốc Sở ban hành Quyết định thành lập Đoàn kiểm tra, hoàn thành trước ngày 20/5/2026.",
      activities: ["Thông báo lịch kiểm tra đến các đơn vị; tổng hợp kết quả, báo cáo Giám đốc Sở sau khi kết thúc đợt kiểm tra."],
    });
    expect(tasks[2]!.task).toBe("Bố trí kinh phí, phương tiện phục vụ Đoàn kiểm tra.");
    expect(tasks[3]!.task).toBe(
      "Chuẩn bị báo cáo kết quả thực hiện công tác cải cách hành chính theo đề cương, gửi về Đoàn kiểm tra (qua Văn phòng Sở) chậm nhất 05 ngày làm việc trước ngày kiểm tra.",
    );
    expect(tasks[4]!.task).toBe("Căn cứ nội dung Kế hoạch tự kiểm tra tại đơn vị, gửi kết quả về Văn phòng Sở trước ngày 15/7/2026.");
  });
  it("times: by 20/5; within May; none; none (days before a visit); by 15/7", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: null, end: "2026-05-20" });
    expect(deadlines[1]).toMatchObject({ start: null, end: "2026-05-31" });
    expect(deadlines[2]).toMatchObject(none);
    expect(deadlines[3]).toMatchObject(none);
    expect(deadlines[4]).toMatchObject({ start: null, end: "2026-07-15" });
  });
});

describe("the rules of round 13, one sentence each", () => {
  it("months or quarters of one year written once are one time phrase; a bare word after 'và' is not a numeral", () => {
    expect(timesIn(["Mở các đợt cao điểm trong Quý II và Quý IV/2026."])).toEqual(["trong Quý II và Quý IV/2026"]);
    expect(timesIn(["Kiểm tra trong quý II, III năm 2026."])).toEqual(["trong quý II, III năm 2026"]);
    expect(timesIn(["Hoàn thành trong tháng 3 và tháng 4/2026."])).toEqual(["Hoàn thành trong tháng 3 và tháng 4/2026"]);
    expect(timesIn(["Tổ chức trong tháng 6 và vi phạm sẽ bị xử lý."])).toEqual(["trong tháng 6"]);
    expect(timesIn(["Tổ chức kiểm tra trong tháng 10 - 11/2026."])).toEqual(["trong tháng 10 - 11/2026"]);
    expect(timesIn(["Tổ chức kiểm tra trong Quý II - Quý III/2026."])).toEqual(["trong Quý II - Quý III/2026"]);
  });
  it("a day of a quarter's last month without 'của' is a day that repeats", () => {
    expect(timesIn(["Báo cáo kết quả chậm nhất ngày 20 tháng cuối quý."])).toEqual(["chậm nhất ngày 20 tháng cuối quý"]);
  });
  it("a content item's 'Giao X …' sentence hands the item to X", () => {
    expect(handedOver(["Tổ chức Cuộc thi trực tuyến. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp xây dựng Thể lệ."])).toMatchObject({
      lead: ["Sở Nội vụ"],
      partners: ["Sở Tư pháp"],
    });
    expect(handedOver(["Giao nhiệm vụ cho các đơn vị theo chức năng."])).toBeUndefined();
    expect(handedOver(["Các đơn vị được giao nhiệm vụ chủ động thực hiện."])).toBeUndefined();
  });
  it("'Đối với X:' labels a duty of X; alone it heads X's duties", () => {
    expect(readAgencyStart("Đối với các đơn vị được kiểm tra: chuẩn bị báo cáo theo đề cương.")).toMatchObject({
      agency: "Các đơn vị được kiểm tra",
      duty: "Chuẩn bị báo cáo theo đề cương.",
    });
    expect(readAgencyStart("Đối với Văn phòng Sở:")).toMatchObject({ agency: "Văn phòng Sở", duty: "" });
  });
  it("a verb after 'đối tượng' or 'Các' names the body; a Chi đoàn, a Bí thư of a group, a commune's villages are bodies", () => {
    expect(readAgencyStart("Thủ trưởng các đơn vị không thuộc đối tượng kiểm tra tự kiểm tra tại đơn vị.")).toMatchObject({
      agency: "Thủ trưởng các đơn vị không thuộc đối tượng kiểm tra",
    });
    expect(readAgencyStart("Chi đoàn cơ quan Tỉnh đoàn: tổ chức cho đoàn viên tham gia.")).toMatchObject({ agency: "Chi đoàn cơ quan Tỉnh đoàn" });
    expect(readAgencyStart("Các chi đoàn trực thuộc: tổ chức ra quân.")).toMatchObject({ agency: "Các chi đoàn trực thuộc" });
    expect(readAgencyStart("Các tổ chức chính trị - xã hội tỉnh: tuyên truyền.")).toMatchObject({ agency: "Các tổ chức chính trị - xã hội tỉnh", duty: "Tuyên truyền." });
    expect(readAgencyStart("Các sở, ngành tổ chức tuyên truyền.")).toMatchObject({ agency: "Các sở, ngành", duty: "Tổ chức tuyên truyền." });
    expect(readAgencyStart("Bí thư các huyện đoàn chịu trách nhiệm trước Ban Thường vụ Tỉnh đoàn.")).toMatchObject({ agency: "Bí thư các huyện đoàn" });
    expect(readAgencyStart("Các thôn, tổ dân phố: tuyên truyền.")).toMatchObject({ agency: "Các thôn, tổ dân phố" });
  });
});
