/**
 * Plans that assign their work in prose only (fixtures/prose, written by the team; see its README): propaganda,
 * emulation, drug-prevention, inspection and training plans and a QUYẾT ĐỊNH's articles. Every expected record was
 * written from reading the plan's assigning section against CONTRACT.md "Task" (one record per agency item, its first
 * paragraph the task, the others activities, "phối hợp với …" the partners, the times it names the deadline) before
 * cchc ran on it. Each file is parsed once.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { Task } from "../../src/schema/plan.js";

const file = (name: string) => new URL(`../../fixtures/prose/${name}`, import.meta.url).pathname;
const none = { start: null, end: null, recurrence: null };

function plan(name: string): () => Task[] {
  let tasks: Task[] = [];
  beforeAll(async () => {
    tasks = (await parsePlan(file(name))).tasks;
  });
  return () => tasks;
}

describe("p01: provincial propaganda plan, agency headings over bullets, a label item, 'Đề nghị', a grouped addressee", () => {
  const found = plan("p01_tinh-ha-tinh-tuyen-truyen-2026.md");
  it("one record per agency item, the bullets after the first its activities", () => {
    expect(found().map((t) => [t.origin, t.number, t.lead, t.parent])).toEqual([
      ["inline", "1", ["Sở Nội vụ"], null],
      ["inline", "2", ["Sở Văn hóa, Thể thao và Du lịch"], null],
      ["inline", "3", ["Báo và Phát thanh, Truyền hình Hà Tĩnh"], null],
      ["inline", "4", ["Ủy ban MTTQ Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], null],
      ["inline", "5", ["Các sở, ban, ngành", "UBND các huyện, thành phố, thị xã"], null],
    ]);
    expect(found()[0]).toMatchObject({
      task: "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch.",
      activities: [
        "Tổ chức Cuộc thi tìm hiểu về cải cách hành chính trên địa bàn tỉnh trong quý II/2026.",
        "Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 15/11 hằng năm.",
      ],
      partners: ["các cơ quan, đơn vị liên quan"],
    });
    expect(found()[1]).toMatchObject({ activities: ["Phối hợp với Sở Nội vụ tổ chức Cuộc thi tìm hiểu về cải cách hành chính."], partners: ["Sở Nội vụ"] });
    expect(found()[2]).toMatchObject({ task: "Xây dựng chuyên mục “Cải cách hành chính - Vì nhân dân phục vụ”, phát sóng định kỳ hằng tháng.", activities: [] });
    expect(found()[3]).toMatchObject({ task: "Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia giám sát việc thực hiện cải cách hành chính.", partners: [] });
    expect(found()[4]!.activities).toEqual(["Định kỳ 6 tháng, báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/6 và 15/12."]);
  });
  it("times: a quarter and a yearly day; monthly; none; by 31/01 and by 15/6 and 15/12", () => {
    expect(found()[0]!.deadline).toMatchObject({ start: null, end: "2026-11-15", recurrence: "yearly" });
    expect(found()[0]!.deadline.items.map((i) => [i.start, i.end])).toEqual([["2026-04-01", "2026-06-30"], [null, "2026-11-15"]]);
    expect(found()[1]!.deadline).toMatchObject({ raw: null, ...none });
    expect(found()[2]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
    expect(found()[3]!.deadline).toMatchObject(none);
    expect(found()[4]!.deadline).toMatchObject({ start: null, end: "2026-12-15" });
  });
});

describe("p02: a QUYẾT ĐỊNH whose Điều 2 assigns, Điều 3 the executive formula, and the plan it issues", () => {
  const found = plan("p02_huyen-can-loc-qd-kiem-tra-2026.txt");
  it("Điều 2 is a duty; Điều 1 and Điều 3 are none; the plan's three agency items and no record for item 4", () => {
    expect(found().map((t) => [t.number, t.lead])).toEqual([
      ["2", ["Phòng Nội vụ"]],
      ["1", ["Phòng Nội vụ"]],
      ["2", ["Các đơn vị được kiểm tra"]],
      ["3", ["Văn phòng HĐND và UBND huyện"]],
    ]);
    expect(found()[0]).toMatchObject({
      task: "Chủ trì, phối hợp với Văn phòng HĐND và UBND huyện tổ chức triển khai Kế hoạch; tổng hợp kết quả kiểm tra, báo cáo UBND huyện hoàn thành trong tháng 10/2026.",
      partners: ["Văn phòng HĐND và UBND huyện"],
      deadline: { start: null, end: "2026-10-31", recurrence: null },
    });
  });
  it("'trong quý II/2026' is the quarter; 'trước ngày kiểm tra 05 ngày' names no date", () => {
    expect(found()[1]!.deadline).toMatchObject({ start: "2026-04-01", end: "2026-06-30" });
    expect(found()[1]!.partners).toEqual([]);
    expect(found()[2]!.deadline).toMatchObject({ raw: null, ...none });
    expect(found()[3]!.task).toBe("Bố trí kinh phí, phương tiện phục vụ Đoàn kiểm tra.");
  });
});

describe("p03: a Sở's emulation plan, 'Trách nhiệm của …' headings, 'Thủ trưởng …: chịu trách nhiệm …'", () => {
  const found = plan("p03_so-noi-vu-thi-dua-2026.txt");
  it("the body after 'Trách nhiệm của' leads; the funding item assigns nothing", () => {
    expect(found().map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Văn phòng Sở"]],
      ["2", ["Phòng Cải cách hành chính"]],
      ["3", ["Thủ trưởng các phòng, đơn vị thuộc Sở"]],
    ]);
    expect(found()[0]).toMatchObject({
      task: "Chủ trì, phối hợp với Phòng Cải cách hành chính hướng dẫn các phòng, đơn vị đăng ký thi đua, hoàn thành trong tháng 3/2026.",
      activities: ["Theo dõi, tổng hợp kết quả phong trào thi đua, báo cáo Giám đốc Sở trước ngày 15/11 hằng năm."],
      partners: ["Phòng Cải cách hành chính"],
    });
    expect(found()[2]!.task).toBe("Chịu trách nhiệm tổ chức, phát động phong trào thi đua tại đơn vị mình; định kỳ 6 tháng, báo cáo kết quả về Văn phòng Sở trước ngày 15/6 và 15/12.");
  });
  it("times: by the end of March and every year by 15/11; 'Thường xuyên'; by 15/6 and 15/12", () => {
    expect(found()[0]!.deadline).toMatchObject({ start: null, end: "2026-11-15", recurrence: "yearly" });
    expect(found()[0]!.deadline.items.map((i) => i.end)).toEqual(["2026-03-31", "2026-11-15"]);
    expect(found()[1]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "continuous" });
    expect(found()[2]!.deadline).toMatchObject({ start: null, end: "2026-12-15" });
  });
});

describe("p04: district drug-prevention plan, 'a) Công an huyện: chủ trì …' under a group, communes, 'Đề nghị' MTTQ", () => {
  const found = plan("p04_huyen-nghi-loc-phong-chong-ma-tuy-2026.md");
  it("lettered agency items with their group as parent; the group itself is no record", () => {
    const group = "Các cơ quan chuyên môn thuộc UBND huyện";
    expect(found().map((t) => [t.number, t.lead, t.parent])).toEqual([
      ["a", ["Công an huyện"], group],
      ["b", ["Phòng Văn hóa và Thông tin"], group],
      ["c", ["Phòng Giáo dục và Đào tạo"], group],
      ["2", ["UBND các xã, thị trấn"], null],
      ["3", ["Ủy ban MTTQ Việt Nam huyện", "các tổ chức chính trị - xã hội huyện"], null],
      ["4", ["Công an huyện"], null],
    ]);
    expect(found()[0]).toMatchObject({ task: expect.stringMatching(/^Chủ trì, phối hợp với Phòng Lao động/), partners: ["Phòng Lao động - Thương binh và Xã hội"] });
    expect(found().slice(1).map((t) => t.partners)).toEqual([[], [], [], [], []]);
  });
  it("times: a quarter then 'thường xuyên'; the month of the event in parentheses; by 15/3 and every quarter; by 10/12", () => {
    expect(found()[0]!.deadline).toMatchObject({ start: null, end: "2026-12-31", recurrence: "continuous" });
    expect(found()[1]!.deadline).toMatchObject({ start: "2026-06-01", end: "2026-06-30", recurrence: null });
    expect(found()[2]!.deadline).toMatchObject(none);
    expect(found()[3]!.deadline).toMatchObject({ start: null, end: "2026-12-31", recurrence: "quarterly" });
    expect(found()[3]!.deadline.items[0]).toMatchObject({ start: null, end: "2026-03-15" });
    expect(found()[4]!.deadline).toMatchObject(none);
    expect(found()[5]!.deadline).toMatchObject({ start: null, end: "2026-12-10" });
  });
});

describe("p05: provincial training plan, 'Giao Sở … chủ trì, phối hợp với …', 'Thủ trưởng …, Chủ tịch …:'", () => {
  const found = plan("p05_tinh-quang-tri-dao-tao-boi-duong-2026.txt");
  it("three duties; the funding section and item 4 assign nothing", () => {
    expect(found().map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Nội vụ"], ["Trường Chính trị tỉnh"]],
      ["2", ["Sở Tài chính"], ["Sở Nội vụ"]],
      ["3", ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"], []],
    ]);
    expect(found()[1]!.task).toBe("Chủ trì, phối hợp với Sở Nội vụ tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026.");
  });
  it("times: within October and by 15/12; none for the budget; 'thường xuyên'", () => {
    expect(found()[0]!.deadline).toMatchObject({ start: null, end: "2026-12-15" });
    expect(found()[0]!.deadline.items.map((i) => i.end)).toEqual(["2026-10-31", "2026-12-15"]);
    expect(found()[1]!.deadline).toMatchObject({ raw: null, ...none });
    expect(found()[2]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "continuous" });
  });
});

describe("p06: city inspection plan, agencies as paragraphs of their own over bullets, a list opened by ':'", () => {
  const found = plan("p06_thanh-pho-vinh-kiem-tra-2026.md");
  it("the opening general statement assigns nothing; three bodies, unnumbered", () => {
    expect(found().map((t) => [t.number, t.lead, t.partners])).toEqual([
      [null, ["Phòng Nội vụ thành phố"], []],
      [null, ["UBND các xã, phường, thị trấn"], []],
      [null, ["Văn phòng HĐND và UBND thành phố"], ["Phòng Tài chính - Kế hoạch"]],
    ]);
    expect(found()[0]).toMatchObject({
      task: "Tham mưu Chủ tịch UBND thành phố thành lập Đoàn kiểm tra, hoàn thành trước ngày 30/6/2026.",
      activities: [
        "Xây dựng đề cương báo cáo, thông báo lịch kiểm tra đến các đơn vị:",
        "Đề cương báo cáo gửi kèm thông báo;",
        "Lịch kiểm tra gửi trước ít nhất 07 ngày.",
        "Tổng hợp kết quả kiểm tra, báo cáo UBND thành phố trong tháng 10/2026.",
      ],
    });
    expect(found()[1]).toMatchObject({ activities: ["Bố trí thành phần làm việc với Đoàn kiểm tra theo lịch."] });
    expect(found()[2]!.task).toBe("Phối hợp với Phòng Tài chính - Kế hoạch bảo đảm kinh phí, phương tiện cho Đoàn kiểm tra.");
  });
  it("times: by 30/6 then within October; by 15/8; none; the contact line is no activity", () => {
    expect(found()[0]!.deadline).toMatchObject({ start: null, end: "2026-10-31" });
    expect(found()[0]!.deadline.items).toMatchObject([{ start: null, end: "2026-06-30" }, { start: "2026-10-01", end: "2026-10-31" }]);
    expect(found()[1]!.deadline).toMatchObject({ start: null, end: "2026-08-15" });
    expect(found()[2]!.deadline).toMatchObject(none);
    expect(found()[2]!.activities).toEqual([]);
  });
});

describe("a QUYẾT ĐỊNH whose Điều 1 holds the plan: the articles after it", () => {
  it("'Điều 2. Giao …' after the plan's sections is a duty, after the plan's own; Điều 3's formula is none", async () => {
    const text = [
      "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
      "Số: 12/QĐ-UBND",
      "Nghệ An, ngày 05 tháng 01 năm 2026",
      "QUYẾT ĐỊNH",
      "Phê duyệt Kế hoạch chuyển đổi số năm 2026",
      "Điều 1. Phê duyệt Kế hoạch chuyển đổi số năm 2026 với các nội dung sau:",
      "I. MỤC TIÊU",
      "Hoàn thành các chỉ tiêu chuyển đổi số năm 2026.",
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Sở Khoa học và Công nghệ: Hướng dẫn, đôn đốc các sở, ngành thực hiện Kế hoạch.",
      "Điều 2. Giao Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ bố trí kinh phí thực hiện Kế hoạch.",
      "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.",
    ].join("\n\n");
    const doc = await parsePlan(new TextEncoder().encode(text), { path: "qd.txt" });
    expect(doc.tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Khoa học và Công nghệ"], []],
      ["2", ["Sở Tài chính"], ["Sở Khoa học và Công nghệ"]],
    ]);
  });
});

describe("a QUYẾT ĐỊNH whose 'Điều 2. Tổ chức thực hiện' lists the duties", () => {
  it("each agency item under the article is a record; the articles after it are none", async () => {
    const text = [
      "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
      "Số: 12/QĐ-UBND",
      "Nghệ An, ngày 05 tháng 01 năm 2026",
      "QUYẾT ĐỊNH",
      "Phê duyệt Đề án chuyển đổi số năm 2026",
      "Điều 1. Phê duyệt Đề án chuyển đổi số năm 2026 với các nội dung sau:",
      "I. MỤC TIÊU",
      "Hoàn thành các chỉ tiêu chuyển đổi số năm 2026.",
      "II. NHIỆM VỤ, GIẢI PHÁP",
      "1. Hoàn thiện thể chế.",
      "Điều 2. Tổ chức thực hiện",
      "1. Sở Khoa học và Công nghệ: Hướng dẫn, đôn đốc các sở, ngành thực hiện Đề án; báo cáo UBND tỉnh trước ngày 15/12/2026.",
      "2. Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ bố trí kinh phí thực hiện Đề án.",
      "3. Các sở, ban, ngành; UBND các xã, phường: triển khai các nhiệm vụ được giao tại Đề án.",
      "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
      "Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.",
    ].join("\n\n");
    const doc = await parsePlan(new TextEncoder().encode(text), { path: "qd.txt" });
    expect(doc.tasks.map((t) => [t.number, t.lead, t.partners, t.deadline.end])).toEqual([
      ["1", ["Sở Khoa học và Công nghệ"], [], "2026-12-15"],
      ["2", ["Sở Tài chính"], ["Sở Khoa học và Công nghệ"], null],
      ["3", ["Các sở, ban, ngành", "UBND các xã, phường"], [], null],
    ]);
  });
});

describe("p07: 'TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO', 'a) Sở Tư pháp:' over bullets under 'Trách nhiệm của …', a report paragraph naming two bodies", () => {
  const found = plan("p07_tinh-thanh-hoa-pbgdpl-2026.txt");
  const group = "Trách nhiệm của các cơ quan cấp tỉnh";
  it("lettered agencies under their group, the communes' heading, the request, both bodies of the report paragraph; none from KINH PHÍ", () => {
    expect(found().map((t) => [t.number, t.lead, t.parent])).toEqual([
      ["a", ["Sở Tư pháp"], group],
      ["b", ["Công an tỉnh"], group],
      ["c", ["Sở Khoa học và Công nghệ", "Trung tâm Phục vụ hành chính công tỉnh"], group],
      ["2", ["UBND các xã, phường"], null],
      ["3", ["Ủy ban MTTQ Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], null],
      [null, ["Các sở, ban, ngành", "UBND các xã, phường"], "Chế độ báo cáo"],
      [null, ["Sở Tư pháp"], "Chế độ báo cáo"],
    ]);
    expect(found()[0]).toMatchObject({
      task: "Chủ trì, phối hợp với Sở Nội vụ hướng dẫn, kiểm tra việc triển khai Kế hoạch tại các cơ quan, đơn vị, địa phương.",
      activities: [
        "Biên soạn tài liệu hỏi - đáp pháp luật về thủ tục hành chính, hoàn thành trước 30/6/2026.",
        "Tổ chức 02 hội nghị phổ biến pháp luật cho công chức cấp xã trong Quý III/2026.",
      ],
      partners: ["Sở Nội vụ"],
    });
    expect(found()[1]!.task).toBe("Chủ trì tuyên truyền các quy định về cấp căn cước, đăng ký cư trú trên môi trường điện tử; định kỳ hằng quý thông tin kết quả trên Cổng Thông tin điện tử tỉnh.");
    expect(found()[2]!.task).toBe("Hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến toàn trình.");
    expect(found()[3]).toMatchObject({
      task: "Xây dựng kế hoạch phổ biến, giáo dục pháp luật về cải cách hành chính của địa phương, ban hành trong tháng 02/2026.",
      activities: ["Lồng ghép nội dung phổ biến pháp luật vào các buổi sinh hoạt của thôn, tổ dân phố."],
    });
    expect(found()[4]).toMatchObject({ task: "Phối hợp tuyên truyền, vận động đoàn viên, hội viên chấp hành pháp luật về cải cách hành chính.", partners: [] });
    expect(found()[5]!.task).toBe("Báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 20/11/2026.");
    expect(found()[6]!.task).toBe("Tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026.");
  });
  it("times: by 30/6 then the third quarter; every quarter; none; February; by 20/11; by 15/12", () => {
    expect(found()[0]!.deadline).toMatchObject({ start: null, end: "2026-09-30" });
    expect(found()[0]!.deadline.items.map((i) => [i.start, i.end])).toEqual([[null, "2026-06-30"], ["2026-07-01", "2026-09-30"]]);
    expect(found()[1]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "quarterly" });
    expect(found()[2]!.deadline).toMatchObject({ raw: null, ...none });
    expect(found()[3]!.deadline).toMatchObject({ start: "2026-02-01", end: "2026-02-28" });
    expect(found()[4]!.deadline).toMatchObject(none);
    expect(found()[5]!.deadline).toMatchObject({ start: null, end: "2026-11-20" });
    expect(found()[6]!.deadline).toMatchObject({ start: null, end: "2026-12-15" });
  });
});

describe("p08: a QUYẾT ĐỊNH whose Điều 1 holds the plan, 'Điều 2. Tổ chức thực hiện' its duties, 'Điều 3. Trách nhiệm thi hành'", () => {
  const found = plan("p08_tinh-quang-ngai-qd-chuyen-doi-so-2026.txt");
  it("the four items of Điều 2 (a collective item with a colon over bullets among them); none from Điều 1 or Điều 3", () => {
    expect(found().map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"]],
      ["2", ["Sở Tài chính"], []],
      ["3", ["Các sở, ban, ngành", "UBND các xã, phường, đặc khu"], []],
      ["4", ["Văn phòng UBND tỉnh"], []],
    ]);
    expect(found()[1]!.task).toBe("Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định.");
    expect(found()[2]).toMatchObject({
      task: "Rà soát, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính thuộc thẩm quyền, hoàn thành trước ngày 30/9/2026.",
      activities: ["Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ."],
    });
    expect(found()[3]!.task).toBe("Theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026.");
  });
  it("times: within the second quarter; none; by 30/9 and every quarter; by 15/12", () => {
    expect(found()[0]!.deadline.end).toBe("2026-06-30");
    expect(found()[1]!.deadline).toMatchObject(none);
    expect(found()[2]!.deadline).toMatchObject({ start: null, end: "2026-12-31", recurrence: "quarterly" });
    expect(found()[2]!.deadline.items[0]).toMatchObject({ start: null, end: "2026-09-30" });
    expect(found()[3]!.deadline).toMatchObject({ start: null, end: "2026-12-15" });
  });
});

describe("p09: bold agency paragraphs ('**Công an huyện:**', '**Phòng Văn hóa và Thông tin**', '**Đề nghị Huyện đoàn** …') after a 'Kinh phí thực hiện' subsection", () => {
  const found = plan("p09_huyen-quang-trach-phong-chong-ma-tuy-2025.md");
  const group = "Phân công nhiệm vụ";
  it("five bodies, unnumbered, under the subsection that assigns; the funding subsection gives none", () => {
    expect(found().map((t) => [t.number, t.lead, t.parent])).toEqual([
      [null, ["Công an huyện"], group],
      [null, ["Phòng Giáo dục và Đào tạo"], group],
      [null, ["Phòng Văn hóa và Thông tin"], group],
      [null, ["Huyện đoàn"], group],
      [null, ["UBND các xã, thị trấn"], group],
    ]);
    expect(found()[0]).toMatchObject({
      task: "Là cơ quan thường trực, tham mưu UBND huyện chỉ đạo, triển khai Kế hoạch.",
      activities: [
        "Phối hợp với Phòng Giáo dục và Đào tạo cung cấp tài liệu, cử báo cáo viên tuyên truyền tại các trường học.",
        "Tổng hợp kết quả thực hiện, báo cáo UBND huyện trước ngày 30/11/2025.",
      ],
      partners: ["Phòng Giáo dục và Đào tạo"],
    });
    expect(found()[1]!.task).toBe("Chỉ đạo các trường trung học cơ sở tổ chức ngoại khóa về phòng, chống ma túy ít nhất 01 lần trong học kỳ II năm học 2024 - 2025.");
    expect(found()[2]).toMatchObject({
      task: "Hướng dẫn Trung tâm Văn hóa, Thông tin và Thể thao huyện xây dựng chuyên mục tuyên truyền phòng, chống ma túy, phát sóng hằng tháng.",
      activities: ["Treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động phòng, chống ma túy (tháng 6/2025)."],
    });
    expect(found()[3]).toMatchObject({
      task: "Phối hợp với Phòng Giáo dục và Đào tạo tổ chức Cuộc thi tìm hiểu pháp luật về phòng, chống ma túy cho đoàn viên, thanh niên, hoàn thành trong tháng 8/2025.",
      partners: ["Phòng Giáo dục và Đào tạo"],
    });
    expect(found()[4]!.task).toBe("Chỉ đạo Công an xã phối hợp với nhà trường quản lý học sinh có biểu hiện sử dụng trái phép chất ma túy; định kỳ 6 tháng báo cáo kết quả về Công an huyện.");
  });
  // "phát sóng hằng tháng" says when the broadcasts recur (monthly over the year); the month in parentheses is the
  // banners' time.
  it("times: by 30/11; the second semester of 2024-2025; monthly and June (the month in parentheses); within August; every six months", () => {
    expect(found()[0]!.deadline).toMatchObject({ start: null, end: "2025-11-30" });
    expect(found()[1]!.deadline).toMatchObject({ start: "2025-01-16", end: "2025-05-31" });
    expect(found()[2]!.deadline).toMatchObject({ start: "2025-01-01", end: "2025-12-31", recurrence: "monthly" });
    expect(found()[3]!.deadline).toMatchObject({ start: null, end: "2025-08-31" });
    expect(found()[4]!.deadline).toMatchObject({ start: "2025-01-01", end: "2025-12-31", recurrence: null });
  });
});

describe("p10: a commune's emulation plan, '1. Văn phòng HĐND và UBND xã' alone over a) b) c), 'Bộ phận Một cửa xã có trách nhiệm …'", () => {
  const found = plan("p10_xa-cam-binh-thi-dua-cchc-2026.txt");
  it("one record per agency item, the lettered duties after the first its activities", () => {
    expect(found().map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Văn phòng HĐND và UBND xã"]],
      ["2", ["Công chức Văn hóa - Xã hội"]],
      ["3", ["Bộ phận Một cửa xã"]],
      ["4", ["Các ban, ngành, đoàn thể xã", "Trưởng các thôn"]],
      ["5", ["Ủy ban MTTQ Việt Nam xã"]],
    ]);
    expect(found()[0]).toMatchObject({
      task: "Tham mưu UBND xã tổ chức phát động phong trào thi đua, hoàn thành trước 28/02/2026.",
      activities: [
        "b) Theo dõi, đôn đốc các bộ phận thực hiện; định kỳ hằng quý tổng hợp kết quả, báo cáo Chủ tịch UBND xã.",
        "c) Tham mưu tổng kết, khen thưởng trong tháng 12/2026.",
      ],
    });
    expect(found()[2]!.task).toBe("Có trách nhiệm niêm yết công khai thủ tục hành chính, hướng dẫn tận tình người dân, doanh nghiệp.");
    expect(found()[3]!.task).toBe("Căn cứ Kế hoạch này đăng ký thi đua, gửi về Văn phòng HĐND và UBND xã trước ngày 10/3/2026.");
    expect(found()[4]).toMatchObject({ task: "Phối hợp giám sát việc thực hiện phong trào thi đua.", partners: [] });
  });
  it("times: by 28/02, every quarter and December; the first quarter; none; by 10/3; none", () => {
    expect(found()[0]!.deadline).toMatchObject({ start: null, end: "2026-12-31", recurrence: "quarterly" });
    expect(found()[0]!.deadline.items[0]).toMatchObject({ start: null, end: "2026-02-28" });
    expect(found()[1]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
    expect(found()[2]!.deadline).toMatchObject(none);
    expect(found()[3]!.deadline).toMatchObject({ start: null, end: "2026-03-10" });
    expect(found()[4]!.deadline).toMatchObject(none);
  });
});

describe("p11: a Sở's inspection plan, 'IV. TỔ CHỨC TRIỂN KHAI', 'Trưởng Đoàn kiểm tra có trách nhiệm …', a span of months", () => {
  const found = plan("p11_so-tai-chinh-lam-dong-kiem-tra-2026.md");
  it("five items, each its body", () => {
    expect(found().map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Văn phòng Sở"], []],
      ["2", ["Trưởng Đoàn kiểm tra"], []],
      ["3", ["Các phòng, đơn vị được kiểm tra"], []],
      ["4", ["Phòng Kế hoạch - Tài chính"], []],
      ["5", ["Văn phòng Sở"], []],
    ]);
    expect(found()[1]!.task).toBe("Có trách nhiệm xây dựng đề cương, thông báo lịch kiểm tra đến các đơn vị trước ít nhất 10 ngày; tiến hành kiểm tra từ tháng 8 đến tháng 9/2026.");
    expect(found()[3]!.task).toBe("Bảo đảm kinh phí cho hoạt động của Đoàn kiểm tra từ nguồn chi thường xuyên của Sở.");
    expect(found()[4]!.task).toBe("Theo dõi, đôn đốc, tổng hợp kết quả kiểm tra, báo cáo Giám đốc Sở và Sở Nội vụ trước ngày 30/10/2026.");
  });
  it("times: by 15/7; August to September; by 31/7; none ('chi thường xuyên' is a kind of spending); by 30/10", () => {
    expect(found()[0]!.deadline).toMatchObject({ start: null, end: "2026-07-15" });
    expect(found()[1]!.deadline).toMatchObject({ start: "2026-08-01", end: "2026-09-30" });
    expect(found()[2]!.deadline).toMatchObject({ start: null, end: "2026-07-31" });
    expect(found()[3]!.deadline).toMatchObject({ raw: null, ...none });
    expect(found()[4]!.deadline).toMatchObject({ start: null, end: "2026-10-30" });
  });
});

describe("p12: Markdown headings '#### 1. Sở … (cơ quan thường trực)' over '*' bullets and '+' sub-bullets, two bodies by ';'", () => {
  const found = plan("p12_tinh-tuyen-quang-chuyen-doi-so-2026.md");
  it("five headings, five records; the role in parentheses is not part of the name", () => {
    expect(found().map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"]],
      ["2", ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Tuyên Quang"], []],
      ["3", ["Công an tỉnh"], []],
      ["4", ["Các sở, ban, ngành", "UBND các xã, phường"], []],
      ["5", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], []],
    ]);
    expect(found()[0]).toMatchObject({
      task: "Chủ trì, phối hợp với Công an tỉnh hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch.",
      activities: [
        "Tổ chức Ngày Chuyển đổi số tỉnh vào tháng 10/2026, gồm các hoạt động:",
        "Triển lãm sản phẩm, giải pháp số;",
        "Hội thảo chuyên đề về dữ liệu số.",
        "Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/12/2026.",
      ],
    });
    expect(found()[1]!.task).toBe("Mở chuyên trang, chuyên mục về chuyển đổi số, đăng tải, phát sóng định kỳ hằng tháng.");
    expect(found()[2]!.task).toBe("Chủ trì tuyên truyền, hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử mức độ 2, hoàn thành trong 6 tháng đầu năm 2026.");
    expect(found()[3]).toMatchObject({
      task: "Lồng ghép nội dung tuyên truyền về chuyển đổi số trong các hội nghị, hoạt động chuyên môn.",
      activities: ["Hướng dẫn Tổ công nghệ số cộng đồng hỗ trợ người dân sử dụng dịch vụ công trực tuyến."],
    });
    expect(found()[4]!.task).toBe("Chỉ đạo Mặt trận Tổ quốc các cấp vận động Nhân dân tham gia các nền tảng số.");
  });
  it("times: October then by 10/12; monthly; the first half-year; none; none", () => {
    expect(found()[0]!.deadline.items.map((i) => [i.start, i.end])).toEqual([["2026-10-01", "2026-10-31"], [null, "2026-12-10"]]);
    expect(found()[1]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
    expect(found()[2]!.deadline.end).toBe("2026-06-30");
    expect(found()[3]!.deadline).toMatchObject(none);
    expect(found()[4]!.deadline).toMatchObject(none);
  });
});

describe("p13: top-level '-' bullets 'Văn phòng UBND tỉnh: …' after an intro, lines cut by a page break, a clause 'Định kỳ hằng quý, các sở …'", () => {
  const found = plan("p13_tinh-hung-yen-kiem-soat-tthc-2026.md");
  it("the intro ('UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện … sau:') gives none; five bullets and the reporting paragraph", () => {
    expect(found().map((t) => [t.number, t.lead, t.parent, t.partners])).toEqual([
      [null, ["Văn phòng UBND tỉnh"], null, ["các sở, ban, ngành"]],
      [null, ["Sở Tư pháp"], null, []],
      [null, ["Trung tâm Phục vụ hành chính công tỉnh"], null, ["các cơ quan chuyên môn"]],
      [null, ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], null, []],
      [null, ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"], null, []],
      [null, ["Các sở, ban, ngành", "UBND các xã, phường"], null, []],
    ]);
    expect(found()[0]!.task).toBe("Chủ trì, phối hợp với các sở, ban, ngành hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/12/2026.");
    expect(found()[2]).toMatchObject({
      task: "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; phối hợp với các cơ quan chuyên môn số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, hoàn thành trong Quý III/2026.",
      activities: [],
    });
    expect(found()[3]!.task).toBe("Giám sát việc giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp.");
    expect(found()[4]!.task).toBe("Chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả giải quyết thủ tục hành chính thuộc thẩm quyền.");
    expect(found()[5]!.task).toBe("Định kỳ hằng quý, các sở, ban, ngành, UBND các xã, phường báo cáo tình hình, kết quả kiểm soát thủ tục hành chính về Văn phòng UBND tỉnh trước ngày 15 của tháng cuối quý.");
  });
  it("times: by 10/12; 'theo quy định' is none; within the third quarter; none; none; every quarter", () => {
    expect(found()[0]!.deadline).toMatchObject({ start: null, end: "2026-12-10" });
    expect(found()[1]!.deadline).toMatchObject({ raw: null, ...none });
    expect(found()[2]!.deadline.end).toBe("2026-09-30");
    expect(found()[3]!.deadline).toMatchObject(none);
    expect(found()[4]!.deadline).toMatchObject(none);
    expect(found()[5]!.deadline.recurrence).toBe("quarterly");
  });
});

describe("p14: a ward's plan, 'TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ', 'X là cơ quan thường trực, …', cadences after nouns", () => {
  const found = plan("p14_phuong-kien-an-tuyen-truyen-2026.txt");
  it("five items, five bodies; KINH PHÍ gives none", () => {
    expect(found().map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Văn phòng HĐND và UBND phường"], []],
      ["2", ["Phòng Văn hóa - Xã hội"], ["Đoàn Thanh niên phường"]],
      ["3", ["Trung tâm Phục vụ hành chính công phường"], []],
      ["4", ["Ủy ban MTTQ Việt Nam phường", "các đoàn thể chính trị - xã hội phường"], []],
      ["5", ["Tổ trưởng các tổ dân phố"], []],
    ]);
    expect(found()[0]!.task).toBe("Là cơ quan thường trực, tham mưu UBND phường triển khai Kế hoạch; tổng hợp kết quả, báo cáo UBND thành phố trước ngày 05/12/2026.");
    expect(found()[1]).toMatchObject({
      task: "Xây dựng tin, bài tuyên truyền về cải cách hành chính, đăng tải trên Trang thông tin điện tử phường ít nhất 02 tin, bài mỗi tháng.",
      activities: ["Phối hợp với Đoàn Thanh niên phường thành lập Tổ công nghệ số cộng đồng tại 100% tổ dân phố, hoàn thành trong tháng 4/2026."],
    });
    expect(found()[4]!.task).toBe("Phổ biến nội dung tuyên truyền tại các cuộc họp tổ dân phố hằng tháng.");
  });
  // A cadence says when wherever it stands ("02 tin, bài mỗi tháng", "các cuộc họp tổ dân phố hằng tháng").
  it("times: by 5/12; monthly and within April; none; none; monthly", () => {
    expect(found()[0]!.deadline).toMatchObject({ start: null, end: "2026-12-05" });
    expect(found()[1]!.deadline).toMatchObject({ start: null, end: "2026-12-31", recurrence: "monthly" });
    expect(found()[1]!.deadline.items.map((i) => [i.raw, i.start, i.end])).toEqual([
      ["mỗi tháng", "2026-01-01", "2026-12-31"],
      ["hoàn thành trong tháng 4/2026", null, "2026-04-30"],
    ]);
    expect(found()[2]!.deadline).toMatchObject(none);
    expect(found()[3]!.deadline).toMatchObject(none);
    expect(found()[4]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "monthly" });
  });
});

describe("a plan whose duties stand under a heading that says nothing of assigning", () => {
  const text = (heading: string) =>
    [
      "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
      "Số: 77/KH-UBND",
      "Ninh Bình, ngày 10 tháng 3 năm 2026",
      "KẾ HOẠCH",
      "Nâng cao Chỉ số hài lòng của người dân năm 2026",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Sở Nội vụ phải bảo đảm khảo sát khách quan.",
      heading,
      "1. Sở Nội vụ: chủ trì khảo sát sự hài lòng của người dân, hoàn thành trong Quý III/2026.",
      "2. Trung tâm Phục vụ hành chính công tỉnh: cải thiện cơ sở vật chất, trang thiết bị tại Bộ phận Một cửa.",
      "3. UBND các xã, phường: niêm yết số điện thoại đường dây nóng tại Bộ phận Một cửa.",
      "Trên đây là Kế hoạch nâng cao Chỉ số hài lòng năm 2026./.",
    ].join("\n\n");
  it("gives the agency items of the sections after the purpose, with an info diagnostic, when nothing else gave a record", async () => {
    const doc = await parsePlan(new TextEncoder().encode(text("II. GIẢI PHÁP THỰC HIỆN")), { path: "kh.txt" });
    expect(doc.tasks.map((t) => [t.number, t.lead])).toEqual([
      ["1", ["Sở Nội vụ"]],
      ["2", ["Trung tâm Phục vụ hành chính công tỉnh"]],
      ["3", ["UBND các xã, phường"]],
    ]);
    expect(doc.tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-09-30" });
    expect(doc.diagnostics.map((d) => d.code)).toContain("duties-unheaded");
  });
  it("'TRIỂN KHAI THỰC HIỆN' is a heading that assigns: no diagnostic", async () => {
    const doc = await parsePlan(new TextEncoder().encode(text("II. TRIỂN KHAI THỰC HIỆN")), { path: "kh.txt" });
    expect(doc.tasks).toHaveLength(3);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("duties-unheaded");
  });
});
