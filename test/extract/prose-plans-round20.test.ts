/**
 * Prose plans of round 20 (fixtures/prose p83–p92, written by the team; generator
 * fixtures/prose/make/round20_layouts.py): duties under bold agency headings on lines of their own with "-" bullets
 * and "+" parts; "Trách nhiệm của …" subsections; bodies grouped before one colon; "Đề nghị" to the Party's and the
 * Front's bodies; a district's communes; "chủ trì, phối hợp với X" naming partners, also after a body whose name
 * lists its function ("Phòng Quản lý xây dựng chủ trì, …"); "Chế độ báo cáo" with its deadlines; a QUYẾT ĐỊNH whose
 * "Điều 2. Trách nhiệm thi hành" or "Điều 3. Tổ chức thực hiện" lists the duties. As .docx, .doc, .md and a PDF.
 * Every expected record was written from reading the plan against CONTRACT.md, before cchc ran on it.
 */
import { describe, expect, it } from "vitest";
import { none, plan } from "./prose-plan.js";

describe("p83 (DOCX): bold agency headings on lines of their own over '-' bullets, '+' parts under one bullet", () => {
  const found = plan("p83_tinh-ben-tre-tuyen-truyen-cchc-2026.docx");
  it("four records, one per heading, unnumbered; 'Trách nhiệm của …' names its body", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      [null, ["Sở Nội vụ"], ["Sở Văn hóa, Thể thao và Du lịch"], null],
      [null, ["Sở Văn hóa, Thể thao và Du lịch"], [], null],
      [null, ["Báo và Phát thanh, Truyền hình Bến Tre"], [], null],
      [null, ["UBND các xã, phường"], [], null],
    ]);
  });
  it("the first bullet is the task; the '+' parts are activities of their own after the bullet that opens them", () => {
    const [home, culture, press, communes] = found().tasks;
    expect(home).toMatchObject({
      task: "Chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch.",
      activities: [
        "Tổ chức Hội thi tìm hiểu về cải cách hành chính trên địa bàn tỉnh trong Quý III/2026.",
        "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch trước ngày 10/12/2026.",
      ],
    });
    expect(culture).toMatchObject({
      task: "Chỉ đạo hệ thống thông tin cơ sở tuyên truyền về cải cách hành chính:",
      activities: [
        "Xây dựng chuyên mục cải cách hành chính trên Cổng thông tin điện tử tỉnh;",
        "Biên soạn tài liệu tuyên truyền phát cho các xã, phường.",
        "Hướng dẫn các cơ quan báo chí đưa tin về cải cách hành chính hằng tháng.",
      ],
    });
    expect(culture!.deadline).toMatchObject({ recurrence: "monthly" });
    expect(press).toMatchObject({ task: "Duy trì chuyên mục “Cải cách hành chính” phát sóng định kỳ hằng tháng.", activities: [] });
    expect(communes).toMatchObject({
      task: "Tuyên truyền cải cách hành chính qua hệ thống loa truyền thanh cơ sở.",
      activities: ["Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã, phường."],
    });
    expect(communes!.deadline).toMatchObject(none);
  });
});

describe("p84 (Markdown): 'III. TRÁCH NHIỆM THỰC HIỆN' in 'Trách nhiệm của …' subsections over a) b)", () => {
  const found = plan("p84_tinh-an-giang-kiem-soat-tthc-2026.md");
  it("one record per subsection, its a) the task and its b) an activity; the task list names no body", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => [t.number, t.lead[0], t.partners])).toEqual([
      ["1", "Văn phòng UBND tỉnh", ["Sở Tư pháp"]],
      ["2", "Sở Khoa học và Công nghệ", []],
      ["3", expect.stringMatching(/^Các sở, ban, ngành/u), []],
    ]);
    expect(tasks[0]).toMatchObject({
      task: "Chủ trì, phối hợp với Sở Tư pháp hướng dẫn các cơ quan, đơn vị rà soát thủ tục hành chính, hoàn thành trong Quý II/2026.",
      activities: ["b) Kiểm tra việc công khai thủ tục hành chính tại Bộ phận Một cửa các cấp."],
    });
    expect(tasks.map((t) => t.deadline)).toMatchObject([
      { start: null, end: "2026-06-30" },
      { start: null, end: "2026-09-30" },
      { recurrence: "quarterly" },
    ]);
  });
});

describe("p85 (.doc): bodies grouped before one colon lead together", () => {
  const found = plan("p85_tinh-binh-phuoc-cai-cach-tai-chinh-cong-2026.doc");
  it("'Sở Tài chính, Sở Nội vụ: …' and 'Sở Tư pháp và Thanh tra tỉnh: …' have two leads each", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.deadline.end])).toEqual([
      ["1", ["Sở Nội vụ"], "2026-06-30"],
      ["2", ["Sở Tài chính", "Sở Nội vụ"], "2026-09-30"],
      ["3", ["Sở Tư pháp", "Thanh tra tỉnh"], "2026-12-31"],
      ["4", ["Sở Giáo dục và Đào tạo", "Sở Y tế"], null],
    ]);
    expect(found().tasks[1]!.task).toBe("Hướng dẫn các đơn vị sự nghiệp công lập xây dựng phương án tự chủ tài chính gắn với tinh giản biên chế, trước ngày 30/9/2026.");
  });
});

describe("p86 (Markdown): 'Đề nghị' to the Party's and the Front's bodies", () => {
  const found = plan("p86_tinh-quang-binh-dan-chu-co-so-2026.md");
  it("'Đề nghị' is dropped; the Front and the socio-political organisations are two leads", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.task])).toEqual([
      ["1", ["Sở Nội vụ"], "Hướng dẫn, theo dõi việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh trước ngày 05/12/2026."],
      ["2", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"], "Chỉ đạo công tác tuyên truyền về thực hiện dân chủ ở cơ sở trong hệ thống chính trị."],
      ["3", ["Ủy ban MTTQ Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], "Giám sát việc giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp xã."],
      ["4", ["Đảng ủy các xã, phường"], "Lãnh đạo chính quyền cùng cấp tổ chức đối thoại với Nhân dân ít nhất 01 lần trong năm 2026."],
    ]);
    expect(found().tasks[3]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31" });
  });
});

describe("p87 (DOCX): a district's plan, its communes' duties in bullets under their label", () => {
  const found = plan("p87_huyen-tan-phu-cai-cach-hanh-chinh-2026.docx");
  it("'UBND các xã, thị trấn:' over three bullets is one record, the first bullet its task", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Phòng Nội vụ"]],
      ["2", ["Văn phòng HĐND và UBND huyện"]],
      ["3", ["UBND các xã, thị trấn"]],
      ["4", ["Các trường học trên địa bàn huyện"]],
    ]);
    expect(tasks[2]).toMatchObject({
      task: "Xây dựng kế hoạch cải cách hành chính năm 2026 của địa phương, hoàn thành trước ngày 31/01/2026.",
      activities: [
        "Bố trí công chức có năng lực làm việc tại Bộ phận Một cửa cấp xã.",
        "Công khai thủ tục hành chính tại trụ sở và trên trang thông tin điện tử của xã.",
      ],
    });
    expect(tasks[2]!.deadline).toMatchObject({ start: null, end: "2026-01-31" });
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-11-25" });
  });
});

describe("p88 (Markdown): 'chủ trì, phối hợp với X' gives the partners; a name that lists its function", () => {
  const found = plan("p88_so-xay-dung-vinh-long-cai-cach-hanh-chinh-2026.md");
  it("'Phòng Quản lý xây dựng chủ trì, …' leads with the whole name: a duty never opens on a verb before 'chủ trì'", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Văn phòng Sở"], ["Thanh tra Sở", "các phòng chuyên môn"]],
      ["2", ["Phòng Quản lý xây dựng"], ["Trung tâm Phục vụ hành chính công tỉnh"]],
      ["3", ["Phòng Quy hoạch - Kiến trúc"], ["UBND các xã, phường"]],
      ["4", ["Thanh tra Sở"], ["Văn phòng Sở"]],
    ]);
    expect(found().tasks[1]!.task).toBe(
      "Chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh rút ngắn thời gian cấp giấy phép xây dựng, hoàn thành trong Quý II/2026.",
    );
  });
  it("times: quarterly, a quarter's end, none, a month", () => {
    expect(found().tasks.map((t) => t.deadline)).toMatchObject([
      { recurrence: "quarterly" },
      { start: null, end: "2026-06-30" },
      none,
      { start: "2026-08-01", end: "2026-08-31" },
    ]);
  });
});

describe("p89 (.doc): 'Chế độ báo cáo' inside 'TỔ CHỨC THỰC HIỆN' and as a part of its own", () => {
  const found = plan("p89_tinh-hau-giang-van-hoa-cong-vu-2026.doc");
  it("the report paragraph gives the bodies' duty and the Sở's, each with its deadline", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => [t.number, t.lead, t.parent, t.deadline.end])).toEqual([
      ["1", ["Sở Nội vụ"], null, "2026-09-30"],
      ["2", ["Sở Văn hóa, Thể thao và Du lịch"], null, null],
      [null, ["Các sở, ban, ngành", "UBND các xã, phường"], "Chế độ báo cáo", "2026-11-20"],
      [null, ["Sở Nội vụ"], "Chế độ báo cáo", "2026-12-15"],
      [null, ["Thủ trưởng các cơ quan, đơn vị"], null, null],
    ]);
    expect(tasks[3]!.task).toBe("Tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026.");
  });
});

describe("p90 (DOCX): a QUYẾT ĐỊNH whose 'Điều 2. Trách nhiệm thi hành' lists the duties", () => {
  const found = plan("p90_tinh-soc-trang-qd-chuyen-doi-so-2026.docx");
  it("the three items under the article are records; Điều 3's executive formula is none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.deadline.end])).toEqual([
      ["1", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"], "2026-09-30"],
      ["2", ["Sở Tài chính"], [], null],
      ["3", ["UBND các xã, phường"], [], "2026-10-31"],
    ]);
    expect(found().tasks[1]!.task).toBe("Bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2026.");
    expect(found().diagnostics.map((d) => d.code)).not.toContain("no-tasks");
  });
});

describe("p91 (PDF by LibreOffice): bold agency headings, '+' parts, a report bullet", () => {
  const found = plan("p91_tinh-tra-vinh-phong-chong-tham-nhung-2026.pdf");
  it("three records; the '+' parts are activities after the bullet that opens them", () => {
    const tasks = found().tasks;
    expect(tasks.map((t) => [t.lead[0], t.partners])).toEqual([
      ["Thanh tra tỉnh", ["Sở Nội vụ"]],
      ["Sở Nội vụ", []],
      [expect.stringMatching(/^Các sở, ban, ngành/u), []],
    ]);
    expect(tasks[0]).toMatchObject({
      task: "Chủ trì, phối hợp với Sở Nội vụ kiểm tra việc công khai, minh bạch tại 08 cơ quan, đơn vị trong Quý III/2026.",
      activities: [
        "Theo dõi việc kê khai tài sản, thu nhập:",
        "Hướng dẫn các cơ quan, đơn vị kê khai trên phần mềm;",
        "Xác minh tài sản, thu nhập theo kế hoạch được phê duyệt.",
      ],
    });
    expect(tasks[0]!.deadline).toMatchObject({ start: "2026-07-01", end: "2026-09-30" });
    expect(tasks[2]!.deadline).toMatchObject({ start: null, end: "2026-11-15" });
  });
});

describe("p92 (.doc): a QUYẾT ĐỊNH whose 'Điều 3. Tổ chức thực hiện' follows an article of aims", () => {
  const found = plan("p92_tinh-kien-giang-qd-cai-thien-par-index-2026.doc");
  it("three duties from Điều 3; Điều 1, Điều 2 and Điều 4 give none", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.deadline.end, t.deadline.recurrence])).toEqual([
      ["1", ["Sở Nội vụ"], "2026-04-30", null],
      ["2", ["Văn phòng UBND tỉnh"], "2026-12-31", "monthly"],
      ["3", ["Các sở, ban, ngành", "UBND các xã, phường"], "2026-11-15", null],
    ]);
  });
});
