/**
 * Prose plans of round 21 (fixtures/prose p93–p100, written by the team; generator
 * fixtures/prose/make/round21_layouts.py): a commune Party committee's and the Fatherland Front's plans (their boards,
 * the mass organisations, "Đề nghị … phối hợp", "cử cán bộ"); a commune's officials and its military commander; run-in
 * bold headings over dash lists; "TRÁCH NHIỆM THỰC HIỆN" with the heads of bodies; times in parentheses and a start
 * "từ Quý II/2026" (left to the deadline reader); groups of bodies joined by "và"; a timetable part outside "TỔ CHỨC THỰC HIỆN" that names who does
 * what by when. As .docx, .doc, .md and a PDF. Every expected record was written from reading the plan against
 * CONTRACT.md, before cchc ran on it.
 */
import { describe, expect, it } from "vitest";
import { none, plan } from "./prose-plan.js";

describe("p93 (DOCX): a commune Party committee's plan, its boards and the mass organisations", () => {
  const found = plan("p93_dang-uy-xa-phu-binh-tuyen-truyen-cchc-2026.docx");
  it("seven records, 'Đề nghị' dropped; two associations before one colon lead together", () => {
    expect(found().tasks.map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Ban Tuyên giáo và Dân vận Đảng ủy xã"]],
      ["2", ["Các chi bộ trực thuộc"]],
      ["3", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]],
      ["4", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"]],
      ["5", ["Hội Liên hiệp Phụ nữ xã"]],
      ["6", ["Hội Nông dân", "Hội Cựu chiến binh xã"]],
      ["7", ["Đảng ủy Quân sự xã"]],
    ]);
  });
  it("'các tổ chức chính trị - xã hội xã' is one partner: 'xã hội' is no level word", () => {
    const tasks = found().tasks;
    expect(tasks[2]).toMatchObject({
      task: "Chủ trì, phối hợp với các tổ chức chính trị - xã hội xã giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.",
      partners: ["các tổ chức chính trị - xã hội xã"],
    });
    expect(tasks.map((t) => t.partners)).toEqual([
      ["Văn phòng Đảng ủy"],
      [],
      ["các tổ chức chính trị - xã hội xã"],
      [],
      [],
      ["Ủy ban nhân dân xã"],
      ["Công an xã"],
    ]);
    expect(tasks[6]!.task).toBe("Phối hợp với Công an xã bảo đảm an ninh, trật tự tại Trung tâm Phục vụ hành chính công xã.");
  });
  it("the times given, none invented", () => {
    expect(found().tasks.map((t) => t.deadline.end)).toEqual(["2026-12-10", "2026-02-28", null, "2026-09-30", null, null, null]);
  });
});

describe("p94 (Markdown): a commune's officials, its military commander, its villages", () => {
  const found = plan("p94_xa-tan-yen-chuyen-doi-so-2026.md");
  it("one record per paragraph; 'Chỉ huy trưởng Ban Chỉ huy Quân sự xã' is a head of a body as 'Trưởng Công an xã' is", () => {
    expect(found().tasks.map((t) => [t.lead, t.partners])).toEqual([
      [["Công chức Văn phòng - Thống kê"], []],
      [["Công chức Tư pháp - Hộ tịch"], []],
      [["Công chức Văn hóa - Xã hội"], []],
      [["Công an xã"], ["Công chức Tư pháp - Hộ tịch"]],
      [["Chỉ huy trưởng Ban Chỉ huy Quân sự xã"], ["Công an xã"]],
      [["Trạm Y tế xã"], []],
      [["Trưởng các thôn"], []],
      [["Tổ công nghệ số cộng đồng"], []],
    ]);
    expect(found().tasks[4]!.task).toBe("Phối hợp với Công an xã bảo vệ an toàn hạ tầng số trên địa bàn.");
  });
  it("the times as written; 'từ tháng 7/2026' alone is left to the deadline reader (no time of prose yet)", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => t.deadline.end)).toEqual(["2026-12-05", "2026-09-30", null, null, null, null, null, "2026-12-31"]);
    expect(tasks[7]!.deadline).toMatchObject({ recurrence: "monthly" });
  });
});

describe("p95 (.doc): run-in bold headings over dash lists", () => {
  const found = plan("p95_tinh-ninh-binh-kiem-soat-tthc-2026.doc");
  it("four records; 'Các sở, ban, ngành và UBND các xã, phường' is two groups, two leads", () => {
    expect(found().tasks.map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Sở Nội vụ"]],
      ["2", ["Sở Tư pháp"]],
      ["3", ["Văn phòng UBND tỉnh"]],
      ["4", ["Các sở, ban, ngành", "UBND các xã, phường"]],
    ]);
  });
  it("'… có trách nhiệm:' and a bold body alone: the first bullet is the task; '…, cụ thể:' keeps its sentence", () => {
    const [home, justice, office, groups] = found().tasks;
    expect(home).toMatchObject({
      task: "Hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch;",
      activities: ["Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/2026."],
    });
    expect(justice).toMatchObject({
      task: "Chủ trì kiểm soát chất lượng dự thảo văn bản quy phạm pháp luật có quy định thủ tục hành chính, cụ thể:",
      activities: [
        "Thẩm định quy định về thủ tục hành chính trong dự thảo văn bản, hoàn thành trong Quý II/2026;",
        "Lấy ý kiến của đối tượng chịu tác động đối với thủ tục hành chính được quy định.",
      ],
    });
    expect(office!.task).toBe("Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh;");
    expect(office!.deadline).toMatchObject({ recurrence: "quarterly" });
    expect(groups).toMatchObject({
      task: "Rà soát thủ tục hành chính thuộc phạm vi quản lý, gửi kết quả về Văn phòng UBND tỉnh trước ngày 30/6/2026;",
      activities: ["Niêm yết công khai thủ tục hành chính tại nơi tiếp nhận hồ sơ."],
    });
    expect(found().tasks.map((t) => t.deadline.end)).toEqual(["2026-12-15", "2026-06-30", "2026-12-31", "2026-06-30"]);
  });
});

describe("p96 (Markdown): 'TRÁCH NHIỆM THỰC HIỆN' with the heads of bodies", () => {
  const found = plan("p96_tinh-gia-lai-ky-luat-ky-cuong-2026.md");
  it("'Thủ trưởng …, Chủ tịch …: chịu trách nhiệm …' is their duty; the heads of the armed forces lead as their bodies do", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"], []],
      ["2", ["Thủ trưởng các cơ quan, đơn vị"], []],
      ["3", ["Sở Nội vụ"], []],
      ["4", ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Giám đốc Công an tỉnh"], []],
      ["5", ["Thanh tra tỉnh"], ["Sở Nội vụ"]],
    ]);
    expect(found().tasks[0]!.task).toBe(
      "Chịu trách nhiệm trước Chủ tịch UBND tỉnh về việc chấp hành kỷ luật, kỷ cương hành chính tại cơ quan, đơn vị, địa phương mình; báo cáo kết quả thực hiện trước ngày 20/11/2026.",
    );
    expect(found().tasks[3]!.task).toBe("Chỉ đạo cán bộ, chiến sĩ thuộc quyền thực hiện nghiêm quy định về văn hóa công vụ khi tiếp xúc với Nhân dân.");
    expect(found().tasks.map((t) => t.deadline.end)).toEqual(["2026-11-20", null, "2026-12-31", null, null]);
  });
});

describe("p97 (DOCX): times in parentheses", () => {
  const found = plan("p97_tinh-quang-ngai-chuyen-doi-so-tthc-2026.docx");
  it("each duty's time from its brackets", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Sở Khoa học và Công nghệ"]],
      ["2", ["Sở Nội vụ"]],
      ["3", ["UBND các xã, phường"]],
      ["4", ["Văn phòng UBND tỉnh"]],
    ]);
    expect(tasks[0]).toMatchObject({
      task: "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh (hoàn thành trước 30/6/2026).",
      activities: ["Triển khai nền tảng trợ lý ảo hỗ trợ giải quyết thủ tục hành chính (trong Quý III/2026)."],
    });
    expect(tasks[0]!.deadline.items.map((i) => i.end)).toEqual(["2026-06-30", "2026-09-30"]);
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-03-15" });
    expect(tasks[3]!.deadline).toMatchObject({ recurrence: "quarterly" });
  });
});

describe("p98 (Markdown): 'Giao X tham mưu …; báo cáo UBND tỉnh trước ngày …', groups joined by 'và'", () => {
  const found = plan("p98_tinh-ha-nam-so-ket-cchc-2026.md");
  it("'Giao' dropped; 'Các sở, ban, ngành và Ủy ban nhân dân các xã, phường' two leads", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.deadline.end])).toEqual([
      ["1", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"], "2026-06-20"],
      ["2", ["Sở Tài chính"], [], "2026-03-31"],
      ["3", ["Thanh tra tỉnh"], [], "2026-11-30"],
      ["4", ["Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"], [], "2026-06-10"],
    ]);
    expect(found().tasks[1]!.task).toBe("Tham mưu UBND tỉnh bố trí kinh phí tổ chức Hội nghị, báo cáo UBND tỉnh trước ngày 31/3/2026.");
  });
});

describe("p99 (PDF): a timetable outside 'TỔ CHỨC THỰC HIỆN' that names who does what by when", () => {
  const found = plan("p99_tinh-phu-yen-thi-dua-cchc-2026.pdf");
  it("'Tiến độ thực hiện' a) b) and 'Thời hạn gửi hồ sơ:' are duties, before the assigning part's two", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => [t.number, t.lead, t.parent])).toEqual([
      ["a", ["Các sở, ban, ngành", "UBND các xã, phường"], "Tiến độ thực hiện"],
      ["b", ["Các cơ quan, đơn vị, địa phương"], "Tiến độ thực hiện"],
      ["3", ["Các cơ quan, đơn vị, địa phương"], null],
      ["1", ["Sở Nội vụ"], null],
      ["2", ["Sở Văn hóa, Thể thao và Du lịch"], null],
    ]);
    expect(tasks[1]!.task).toBe(
      "Tháng 12/2026, các cơ quan, đơn vị, địa phương tổ chức sơ kết phong trào thi đua, lựa chọn tập thể, cá nhân tiêu biểu đề nghị khen thưởng.",
    );
    expect(tasks[2]!.task).toBe(
      "Thời hạn gửi hồ sơ: Các cơ quan, đơn vị, địa phương gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) trước ngày 20/01/2027.",
    );
    expect(tasks.slice(0, 3).map((t) => [t.deadline.start, t.deadline.end])).toEqual([
      ["2026-03-01", "2026-03-31"],
      ["2026-12-01", "2026-12-31"],
      [null, "2027-01-20"],
    ]);
  });
  it("no record of the time of the emulation, the criteria or the dossier's contents (no body does anything by a time there)", () => {
    expect(found().tasks.filter((t) => /^(?:Thời gian thi đua|Tiêu chuẩn|Hồ sơ đề nghị)/u.test(t.task))).toEqual([]);
    expect(found().diagnostics.filter((d) => d.code === "duties-unheaded")).toHaveLength(2);
  });
});

describe("p100 (.doc): the Fatherland Front's plan, 'Đề nghị' to the mass organisations", () => {
  const found = plan("p100_mttq-tinh-nghe-an-giam-sat-cchc-2026.doc");
  it("'cử cán bộ' opens the duty: five organisations lead it; 'Đề nghị Sở Nội vụ phối hợp, …' leads with Sở Nội vụ", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"]],
      ["2", ["Văn phòng Ủy ban MTTQ Việt Nam tỉnh"]],
      ["3", ["Liên đoàn Lao động tỉnh", "Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"]],
      ["4", ["Ủy ban MTTQ Việt Nam các xã, phường"]],
      ["5", ["Sở Nội vụ"]],
    ]);
    expect(tasks[2]!.task).toBe("Cử cán bộ tham gia Đoàn giám sát; phối hợp tuyên truyền kết quả giám sát đến đoàn viên, hội viên.");
    expect(tasks[4]).toMatchObject({ task: "Phối hợp, cung cấp thông tin, tài liệu cho Đoàn giám sát.", partners: [] });
    expect(tasks.map((t) => t.deadline.end)).toEqual(["2026-04-15", null, null, "2026-11-30", null]);
    expect(tasks[1]!.deadline).toMatchObject(none);
  });
});
