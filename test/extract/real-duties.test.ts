/**
 * Duties assigned by agency in prose on the real plans of ../shared/real (CONTRACT.md "Task": one inline record per
 * agency item). Every expected record here was written from reading the plan's assigning section (its "TỔ CHỨC THỰC
 * HIỆN" / "PHÂN CÔNG NHIỆM VỤ"): the bodies it names, the partners after "phối hợp với", the times it gives. Each
 * file is parsed once (beforeAll); the scan r23 is OCR'd once. Skipped with a message when ../shared/real is absent.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument, Task } from "../../src/schema/plan.js";

const realDir = process.env.CCHC_REAL ?? new URL("../../../shared/real/", import.meta.url).pathname;
const hasReal = existsSync(realDir);
const real = (prefix: string) => join(realDir, readdirSync(realDir).find((f) => f.startsWith(prefix))!);
const inline = (doc: PlanDocument) => doc.tasks.filter((t) => t.origin === "inline");
const when = (t: Task) => [t.deadline.start, t.deadline.end, t.deadline.recurrence];

/** The inline records of one real plan, parsed once for all the tests of its block. */
function plan(prefix: string): () => Task[] {
  let tasks: Task[] = [];
  beforeAll(async () => {
    tasks = inline(await parsePlan(real(prefix)));
  }, 120_000);
  return () => tasks;
}

describe.skipIf(!hasReal)("real plans of ../shared/real: duties assigned by agency", () => {
  if (!hasReal) it.skip(`../shared/real is absent (${realDir})`, () => {});

  describe("r04 (KH tuyên truyền CCHC 2026, Lâm Đồng): section IV, eight agency items", () => {
    const found = plan("r04_");
    it("one record per agency, its a) the task and b) … its activities", () => {
      expect(found().map((t) => [t.number, t.lead])).toEqual([
        ["1", ["Sở Nội vụ"]],
        ["2", ["Văn phòng UBND tỉnh"]],
        ["3", ["Sở Khoa học và Công nghệ"]],
        ["4", ["Sở Tư pháp"]],
        ["5", ["Sở Văn hóa, Thể thao và Du lịch"]],
        ["6", ["Báo và Phát Thanh, Truyền hình tỉnh"]],
        ["7", ["Sở Tài chính"]],
        ["8", ["Các sở, ban, ngành", "UBND các xã, phường, đặc khu", "các cơ quan, đơn vị có liên quan"]],
      ]);
      expect(found()[0]!.task).toMatch(/^Đối với chương trình “Đối thoại về cải cách hành chính”: Định kỳ phát sóng/);
      expect(found()[0]!.activities).toHaveLength(7);
      expect(found()[0]!.activities[0]).toMatch(/^b\) Về tổ chức Cuộc thi/);
      expect(found()[3]).toMatchObject({ task: "Lồng ghép tuyên truyền công tác CCHC với công tác tuyên truyền, phổ biến, giáo dục pháp luật trên địa bàn tỉnh.", partners: [], activities: [] });
    });
    it("partners from 'phối hợp với …', a group named with and without 'liên quan' once", () => {
      expect(found()[0]!.partners).toEqual(["Báo và Phát thanh, Truyền hình tỉnh", "các cơ quan, đơn vị liên quan"]);
      expect(found()[2]!.partners).toEqual(["các sở, ban, ngành", "UBND các xã, phường, đặc khu"]);
      expect(found()[4]!.partners).toEqual(["Sở Nội vụ"]);
    });
    // "Định kỳ phát sóng mỗi tháng 02 chuyên mục …" (items 1 and 6) is monthly; item 8's "hằng quý có ít nhất 01 tin,
    // bài" is quarterly beside its "chậm nhất là ngày 30/01/2026".
    it("the times given: monthly broadcasts in items 1 and 6, the events 'nhân ngày Chuyển đổi số Quốc gia 10/10' of item 3, 'chậm nhất là ngày 30/01/2026' and quarterly in item 8; none invented for the others", () => {
      const monthly = ["2026-01-01", "2026-12-31", "monthly"];
      const none = [null, null, null];
      const eventDay = ["2026-10-10", "2026-10-10", null];
      expect(found().map(when)).toEqual([monthly, none, eventDay, none, none, monthly, none, [null, "2026-12-31", "quarterly"]]);
      expect(found()[7]!.deadline.items.map((i) => i.end)).toEqual(["2026-01-30", "2026-12-31"]);
    });
  });

  for (const [prefix, name] of [
    ["r06_", "r06 (KH thi đua CCHC 2026, no table)"],
    ["r26_", "r26 (.doc, an earlier draft of r06)"],
  ] as const) {
    describe(`${name}: the timetable's three duties, then section VII, five items`, () => {
      const all = plan(prefix);
      const found = () => all().slice(3);
      // Outside the assigning part, "2. Tiến độ thực hiện" and "3.4. Thời gian gửi hồ sơ khen thưởng:" name who does
      // what by when: a body as the subject, its duty, a time (contract: items carrying leads and timelines).
      it("IV.2 a) and b) and V.3.4 are duties of the bodies they name, with their times", () => {
        expect(all().slice(0, 3).map((t) => [t.number, t.lead, t.parent, when(t)])).toEqual([
          ["a", ["Các cơ quan, đơn vị, địa phương trên địa bàn tỉnh"], "Tiến độ thực hiện", ["2026-01-01", "2026-03-31", null]],
          ["b", ["Các cơ quan, đơn vị, địa phương"], "Tiến độ thực hiện", ["2027-01-01", "2027-03-31", null]],
          ["3.4", ["Các cơ quan, đơn vị, địa phương"], null, [null, "2027-02-15", null]],
        ]);
        expect(all()[1]!.task).toMatch(/^Quý I\/2027, các cơ quan, đơn vị, địa phương đánh giá kết quả thực hiện phong trào thi đua/u);
        expect(all()[2]!.task).toMatch(/^Thời gian gửi hồ sơ khen thưởng: Các cơ quan, đơn vị, địa phương căn cứ nội dung Kế hoạch/u);
      });
      it("the subject after 'Căn cứ …,', 'Giao' and 'Đề nghị' dropped, the role in parentheses too", () => {
        expect(found().map((t) => t.lead)).toEqual([
          ["Các sở, ban, ngành", "các cơ quan Trung ương đóng trên địa bàn", "UBND các xã, phường, đặc khu"],
          ["Sở Nội vụ"],
          ["Sở Văn hóa, Thể thao và Du lịch"],
          ["Báo và Đài Phát thanh, Truyền hình Lâm Đồng"],
          ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
        ]);
        expect(found()[1]).toMatchObject({ number: "2", partners: ["các cơ quan có liên quan"], activities: [expect.stringMatching(/^b\) Tham mưu, đề xuất Chủ tịch UBND tỉnh khen thưởng/)] });
        expect(found()[2]).toMatchObject({ task: expect.stringMatching(/^Chủ trì, phối hợp với các cơ quan truyền thông/), partners: ["các cơ quan truyền thông, báo chí"] });
        // "(Kế hoạch ban hành trước ngày 15/3/2026)" — the draft r26 says 10/3.
        expect(found()[0]!.deadline.end).toBe(prefix === "r06_" ? "2026-03-15" : "2026-03-10");
        expect(found().slice(1).map((t) => t.deadline.end)).toEqual([null, null, null, null]);
        // "… phối hợp chặt chẽ với chính quyền các cấp, phát huy …": local government is the partner.
        expect(found()[4]!.partners).toEqual(["chính quyền các cấp"]);
      });
    });
  }

  describe("r10 (KH 617/KH-UBND Đồng Tháp): section IV, seven bold agency headings over a) b) items or a paragraph", () => {
    const found = plan("r10_");
    it("one record per heading", () => {
      expect(found().map((t) => [t.number, t.lead])).toEqual([
        ["1", ["Sở Khoa học và Công nghệ"]],
        ["2", ["Sở Tài chính"]],
        ["3", ["Sở Công Thương"]],
        ["4", ["Sở Văn hoá, Thể thao và Du lịch"]],
        ["5", ["Ủy ban nhân dân các xã, phường"]],
        ["6", ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã Tỉnh"]],
        ["7", ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"]],
      ]);
      expect(found()[5]!.partners).toEqual(["Sở Khoa học và Công nghệ"]);
      expect(found()[2]).toMatchObject({ task: "Hỗ trợ cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh phát triển, kinh doanh trên môi trường số.", activities: [] });
    });
    it("'định kỳ trước ngày 01/6 và 15/11 hằng năm': both days are deadlines, every year", () => {
      expect(found()[6]!.deadline).toMatchObject({ raw: "trước ngày 01/6 và 15/11 hằng năm", start: null, end: "2025-11-15", recurrence: "yearly" });
      expect(found().slice(0, 6).map((t) => t.deadline.raw)).toEqual([null, null, null, null, null, null]);
    });
  });

  describe("r13 (KH 980/KH-UBND Nghệ An): section IV, four duties in subject form", () => {
    const found = plan("r13_");
    it("one record per item that assigns; 'nếu có khó khăn, vướng mắc …' and 'Yêu cầu …' assign nothing", () => {
      expect(found().map((t) => [t.number, t.lead])).toEqual([
        ["1", ["Các sở, ban, ngành, tổ chức chính trị - xã hội", "Ủy ban nhân dân các xã, phường"]],
        ["2", ["Bộ CHQS tỉnh"]],
        ["3", ["Các sở, ban, ngành, tổ chức chính trị - xã hội", "Ủy ban nhân dân các xã, phường"]],
        ["4", ["Sở Tài chính", "Ủy ban nhân dân các xã, phường"]],
      ]);
      expect(found()[0]!.task).toBe("Chịu trách nhiệm thực hiện Kế hoạch này.");
      expect(found()[3]!.task).toBe("Bố trí ngân sách nhà nước để thực hiện Kế hoạch này theo quy định của pháp luật.");
    });
    it("'Hằng năm báo cáo kết quả …' is the yearly time of item 3", () => {
      expect(found().map(when)).toEqual([[null, null, null], [null, null, null], ["2025-01-01", "2025-12-31", "yearly"], [null, null, null]]);
    });
  });

  describe("r15 (QĐ 2820/QĐ-UBND TP Hồ Chí Minh): the issued plan's section IV", () => {
    const found = plan("r15_");
    it("six agency headings and the one body named in '7. Cơ chế phối hợp …'; 'các cơ quan, đơn vị được phân công' is none", () => {
      expect(found().map((t) => [t.number, t.lead, t.parent])).toEqual([
        ["1", ["Sở Tài chính"], null],
        ["2", ["Sở Khoa học và Công nghệ"], null],
        ["3", ["Công an Thành phố"], null],
        ["4", ["Trung tâm Chuyển đổi số Thành phố"], null],
        ["5", ["Các sở ngành liên quan", "Viện Nghiên cứu phát triển Thành phố"], null],
        ["6", ["Ủy ban nhân dân phường, xã, đặc khu"], null],
        [null, ["Sở Tài chính"], "Cơ chế phối hợp và trách nhiệm giải trình"],
      ]);
    });
    it("a heading naming two bodies over 'X chủ trì, phối hợp với Y': X leads, Y is a partner", () => {
      expect(found()[1]).toMatchObject({ task: expect.stringMatching(/^Chủ trì, phối hợp với Sở Nội vụ và các đơn vị có liên quan tổ chức đào tạo/), partners: ["Sở Nội vụ", "các đơn vị có liên quan"] });
      expect(found()[2]!.partners).toEqual(["Bộ Tư lệnh Thành phố", "các đơn vị có liên quan"]);
    });
    it("partners split at 'và' before a body, and ended after 'có liên quan'", () => {
      expect(found()[0]!.partners).toEqual(["các đơn vị liên quan", "Sở Khoa học và Công nghệ", "Sở Xây dựng", "Sở Quy hoạch - Kiến trúc", "Sở Nông nghiệp và Môi trường"]);
      expect(found()[4]!.partners).toEqual(["các sở, ngành, đơn vị có liên quan"]);
    });
    // Item 1's "trình … phê duyệt Kế hoạch sao lưu, phục hồi dữ liệu và ứng phó sự cố hằng năm" is yearly work.
    it("'định kỳ hằng quý', a bullet opening with 'Thường xuyên' and a yearly plan are times; nothing else", () => {
      expect(found().map((t) => t.deadline.recurrence)).toEqual(["yearly", null, null, null, "quarterly", "continuous", "quarterly"]);
    });
  });

  describe("r16 (KH 144/KH-UBND Bắc Ninh): section VI, nineteen agency headings beside the targets appendix", () => {
    const found = plan("r16_");
    it("one record per heading, numbered 1 … 19", () => {
      expect(found().map((t) => t.number)).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
      expect(found()[0]).toMatchObject({ lead: ["Sở Khoa học và Công nghệ"], task: expect.stringMatching(/^Chủ trì, tham mưu hoàn thiện thể chế/) });
      expect(found()[0]!.activities).toHaveLength(4);
      expect(found()[4]).toMatchObject({ lead: ["Sở Công Thương"], task: "Chủ trì triển khai các nhiệm vụ tại mục (IV) (3) của Kế hoạch." });
    });
    it("each body of a heading that names several is a lead of its own", () => {
      expect(found()[12]!.lead).toEqual(["Báo và Phát thanh, Truyền hình tỉnh", "các cơ quan báo chí đóng trên địa bàn"]);
      // A heading cut in two by the scrape ("16. Mặt trận" / "Tổ quốc tỉnh và các tổ chức chính trị - xã hội").
      expect(found()[15]!.lead).toEqual(["Mặt trận Tổ quốc tỉnh", "các tổ chức chính trị - xã hội"]);
      expect(found()[14]!.lead).toEqual(["Liên đoàn Lao động", "Hội Nông dân", "Liên minh Hợp tác xã"]);
      expect(found()[16]).toMatchObject({ lead: ["Chi cục Hải quan khu vực V"], partners: ["Sở Khoa học và Công nghệ", "Sở Công Thương", "các doanh nghiệp logistics"] });
    });
    it("no time invented: 'kinh phí chi thường xuyên hằng năm', 'tuyên truyền thường xuyên' are no deadlines; 'Tổng hợp, đánh giá kết quả thực hiện Kế hoạch hằng năm' is yearly", () => {
      expect(found()[0]!.deadline).toMatchObject({ raw: "hằng năm", start: "2026-01-01", end: "2030-12-31", recurrence: "yearly" });
      expect(found().slice(1).every((t) => t.deadline.raw === null)).toBe(true);
    });
  });

  describe("r17 (QĐ 2629/QĐ-TTg): section IV of the programme, before Điều 2", () => {
    const found = plan("r17_");
    it("five items, item 5 holding a second body's duty in its own sentence", () => {
      expect(found().map((t) => [t.number, t.lead])).toEqual([
        ["1", ["Bộ Khoa học và Công nghệ"]],
        ["2", ["Các bộ, ngành, địa phương"]],
        ["3", ["Đài Truyền hình Việt Nam"]],
        ["4", ["Các doanh nghiệp công nghệ số"]],
        ["5", ["Các bộ, ngành, địa phương"]],
        ["5", ["Bộ Khoa học và Công nghệ"]],
      ]);
      expect(found()[1]!.task).toMatch(/^Tổ chức triển khai thực hiện Chương trình/);
      expect(found()[1]!.activities).toHaveLength(7);
      expect(found()[5]!.task).toBe("Tổng hợp tình hình triển khai Chương trình, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 01 của năm tiếp theo.");
      expect(found()[2]!.partners).toEqual(["các bộ, ngành, địa phương"]);
    });
    it("times: by 31/12/2025; every year by 15 December; by 30 January of the next year", () => {
      expect(when(found()[1]!)).toEqual([null, "2025-12-31", null]);
      expect(when(found()[4]!)).toEqual([null, "2025-12-15", "yearly"]);
      expect(when(found()[5]!)).toEqual([null, "2026-01-30", null]);
    });
  });

  describe("r27 (.doc, KH phòng, chống ma túy đến 2030): section III's agencies under their groups, and section IV's", () => {
    const found = plan("r27_");
    it("every agency item, the eight bodies of item 10's bullets included", () => {
      // III: 1 (a, b), 2, 3 (a … g), 4 (a … e), 5 (a … d), 6 (a … đ), 7, 8 (a, b), 10 and its eight bullets, 11;
      // IV: 2, 3 (1 is the plan's period).
      expect(found().map((t) => t.number)).toEqual([
        "a", "b", "2", "a", "b", "c", "d", "đ", "e", "g", "a", "b", "c", "d", "đ", "e", "a", "b", "c", "d", "a", "b", "c", "d", "đ", "7", "a", "b",
        "10", null, null, null, null, null, null, null, null, "11", "2", "3",
      ]);
      expect(found()[0]).toMatchObject({ lead: ["Các sở, ban, ngành, địa phương"], parent: expect.stringMatching(/^Triển khai các giải pháp tổng thể/) });
      // "c) Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng và đề nghị Bộ tư lệnh Vùng Cảnh sát biển 3: Phối
      // hợp với …": the duty after the colon is given to both bodies (III.3 c and III.5 b alike).
      for (const k of [5, 17]) expect(found()[k]!.lead).toEqual(["Bộ Chỉ huy quân sự tỉnh", "Bộ Tư lệnh Vùng Cảnh sát biển 3"]);
      expect(found()[5]).toMatchObject({ number: "c", task: expect.stringMatching(/^Phối hợp với cấp ủy, chính quyền địa phương khu vực biên giới/), parent: expect.stringMatching(/^Tăng cường công tác tuyên truyền/) });
      expect(found()[17]).toMatchObject({ number: "b", task: expect.stringMatching(/^Chủ trì, phối hợp chặt chẽ với lực lượng chuyên trách/) });
      expect(found()[9]!.lead).toEqual(["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Liên đoàn Lao động", "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh", "Tỉnh đoàn"]);
      expect(found()[12]).toMatchObject({ lead: ["Sở Nội vụ"], partners: ["Công an tỉnh"] });
      expect(found()[13]).toMatchObject({ lead: ["Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"], partners: ["Công an tỉnh"] });
      expect(found()[16]!.lead).toEqual(["Công an tỉnh", "các địa phương"]);
    });
    it("item 10: 'Các sở, ban, ngành …' is a duty, each '- <body> tham mưu …' bullet one more under it", () => {
      const parent = expect.stringMatching(/^Các sở, ban, ngành nghiên cứu, ban hành theo thẩm quyền/);
      expect(found()[28]).toMatchObject({ lead: ["Các sở, ban, ngành"], parent: null, activities: [] });
      expect(found().slice(29, 37).map((t) => t.lead[0])).toEqual([
        "Công an tỉnh", "Bộ Chỉ huy quân sự tỉnh", "Bộ Tư lệnh Vùng Cảnh sát biển 3", "Sở Y tế", "Sở Văn hoá, Thể thao và Du lịch",
        "Sở Giáo dục và Đào tạo", "Liên đoàn Lao động tỉnh", "Sở Tư pháp",
      ]);
      for (const t of found().slice(29, 37)) expect(t).toMatchObject({ parent, task: expect.stringMatching(/^Tham mưu triển khai thực hiện các nội dung tại (?:Tiểu )?[Dd]ự án/) });
    });
    it("III.8 a: the role line 'Sở Tài chính chủ trì, phối hợp các sở, ban, ngành:' names the partners of all its bullets; the first bullet is the task", () => {
      expect(found()[26]).toMatchObject({ number: "a", lead: ["Sở Tài chính"], task: expect.stringMatching(/^Tham mưu UBND tỉnh xây dựng, trình Hội đồng nhân dân cấp tỉnh quyết định:/) });
      expect(found()[26]!.partners).toContain("các sở, ban, ngành");
      // Its "+" parts are activities of their own, each after the line that opened its list.
      expect(found()[26]!.task).toBe("Tham mưu UBND tỉnh xây dựng, trình Hội đồng nhân dân cấp tỉnh quyết định:");
      expect(found()[26]!.activities.map((a) => a.slice(0, 30))).toEqual([
        "Phương án phân bổ vốn kế hoạch", "Mức vốn đối ứng từ ngân sách đ", "Căn cứ tình hình thực tế ở địa",
        "Tham mưu UBND tỉnh:", "Lập, giao kế hoạch mục tiêu, n", "Thực hiện đồng bộ các giải phá",
        "Chủ trì, phối hợp với các sở, ", "Chịu trách nhiệm về việc phân ",
      ]);
    });
    it("partners end where the group ends, and the times the items give", () => {
      expect(found()[7]).toMatchObject({ lead: ["Sở Giáo dục và Đào tạo"], partners: ["các cơ quan liên quan"] });
      expect(found()[39]).toMatchObject({ number: "3", lead: ["Công an tỉnh"], task: expect.stringMatching(/^Là cơ quan thường trực/), partners: ["các đơn vị liên quan"] });
      // "…; hằng năm, tham mưu Ủy ban nhân dân tỉnh báo cáo …" over the plan's period 2025–2030.
      expect(when(found()[39]!)).toEqual(["2025-01-01", "2030-12-31", "yearly"]);
      // "… phấn đấu xây dựng được ít nhất 20% xã … ngay trong năm 2025 và xây dựng lộ trình thực hiện hằng năm …"
      // (III.1 a): a target's times, when the target is met, not the duty's (README, Deadlines, round 19).
      expect(when(found()[0]!)).toEqual([null, null, null]);
    });
  });

  describe("r23 (scan, KH 996 phối hợp kiểm soát 2026): section III, four numbered duties (OCR once)", () => {
    const found = plan("r23_");
    it("'Giao Phòng 5, Cục …, Bộ Công an - đơn vị thường trực …' is one body without its role", () => {
      expect(found().map((t) => [t.number, t.lead])).toEqual([
        ["1", ["Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an"]],
        ["2", ["Lãnh đạo các đơn vị, địa phương"]],
        ["3", ["Các đơn vị, địa phương"]],
        ["4", ["Các đơn vị, địa phương"]],
      ]);
      expect(found()[0]).toMatchObject({ task: "Chủ trì, phối hợp với các đơn vị, địa phương tổ chức thực hiện Kế hoạch này.", partners: ["các đơn vị, địa phương"] });
    });
    it("the report of item 4 is due by 20/6/2026 and by 20/12/2026; the contact line after it is no activity", () => {
      expect(found()[3]!.deadline).toMatchObject({ start: null, end: "2026-12-20" });
      expect(found()[3]!.deadline.items.map((i) => i.end)).toEqual(["2026-06-20", "2026-12-20"]);
      expect(found()[3]!.activities).toEqual([]);
    });
  });

  describe("r22 (scan, KH 53/KH-BCA-C04 hội nghị CTMTQG ma túy): section IV's three units, VI.2 'Giao C04 …' (OCR once)", () => {
    const found = plan("r22_");
    it("one record per unit, and the signature block after 'Kế hoạch này./' is none of VI.2's", () => {
      expect(found().map((t) => [t.number, t.lead])).toEqual([
        ["1", ["C04"]],
        ["2", ["V01"]],
        ["3", ["Công an các địa phương"]],
        ["2", ["C04"]],
      ]);
      expect(found()[3]).toMatchObject({ task: expect.stringMatching(/^Phối hợp với V01 giúp lãnh đạo Bộ .* việc thực hiện Kế hoạch này\.$/), partners: ["V01"], activities: [] });
    });
    it("the parts '(1) … (8)' of C04's line, their markers misread by OCR, are its task and seven activities", () => {
      expect(found()[0]!.task).toMatch(/^Chủ trì, phối hợp với V01 chuẩn bị nội dung Hội nghị gồm: bài phát biểu khai mạc; Báo cáo tóm tắt/);
      expect(found()[0]!.activities).toHaveLength(7);
      expect(found()[0]!.activities[1]).toMatch(/^Chủ trì xây dựng phóng sự tuyên truyền/);
      expect(found()[0]!.activities.at(-1)).toMatch(/^Chủ trì, phối hợp H01, V01 bố trí kinh phí tổ chức Hội nghị/);
      for (const t of found()) expect(`${t.task} ${t.activities.join(" ")}`).not.toMatch(/[®Ø]|\(\s*\d?\s*\)/u);
    });
    it("partners: the codes and the bodies named after them, once each; no OCR noise", () => {
      expect(found()[0]!.partners).toEqual(["V01", "Văn phòng Chính phủ", "các đơn vị liên quan", "H01"]);
      expect(found()[1]!.partners).toEqual(["Văn phòng Chính phủ"]);
      expect(found()[2]!.partners).toEqual(["UBND tỉnh, thành phố"]);
      expect(found()[2]!.activities).toEqual([expect.stringMatching(/^In và phát tài liệu cho đại biểu/)]);
    });
  });

  it("r28 (a tờ trình) and r29 (a báo cáo) assign nothing", async () => {
    for (const prefix of ["r28_", "r29_"]) expect((await parsePlan(real(prefix))).tasks).toEqual([]);
  }, 120_000);
});
