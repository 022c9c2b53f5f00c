/**
 * Prose plans of round 19 (fixtures/prose p77–p82, written by the team; see its README): duties under sub-numbered
 * items ("2.1. Văn phòng UBND tỉnh" under "2. Phân công trách nhiệm"); a body's role line over its duties ("2.3. Sở Tài
 * chính chủ trì, phối hợp các sở, ban, ngành:" over "a)" "b)"): the role names the lead and the partners of the whole
 * item, and its first duty is the task, not joined to the role's words; a QUYẾT ĐỊNH whose executive formula ("…
 * chịu trách nhiệm thi hành Quyết định này") assigns nothing while its "Điều 2. Giao …" does; one duty given to every
 * body by a date of the plan's first month ("Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch … gửi về Sở Nội
 * vụ trước ngày 15/01/2026"); "Trách nhiệm của người đứng đầu …" as a heading over bullets; a plan with an appendix
 * table and a "TỔ CHỨC THỰC HIỆN" that points back to it (no record twice); Party bodies ("Ban Tuyên giáo và Dân vận
 * Tỉnh ủy", "Đảng ủy các xã, phường") in bold runs inside a one-cell table that frames the assigning part.
 * Every expected record was written from reading the plan against CONTRACT.md, before cchc ran on it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { none, plan } from "./prose-plan.js";

const inline = <T extends { origin: string }>(tasks: T[]): T[] => tasks.filter((t) => t.origin === "inline");

describe("p77: duties under sub-numbered items, a role line over lettered duties and over bullets", () => {
  const found = plan("p77_tinh-thanh-hoa-kiem-soat-tthc-2026.md");
  it("five records, 2.1 … 2.5, their group heading the parent", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["2.1", ["Văn phòng UBND tỉnh"], ["Sở Tư pháp"], "Phân công trách nhiệm"],
      ["2.2", ["Sở Nội vụ"], [], "Phân công trách nhiệm"],
      ["2.3", ["Sở Tài chính"], ["các sở, ban, ngành"], "Phân công trách nhiệm"],
      ["2.4", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"], "Phân công trách nhiệm"],
      ["2.5", ["Các sở, ban, ngành", "UBND các xã, phường"], [], "Phân công trách nhiệm"],
    ]);
  });
  it("a role line is no duty of its own: its first lettered duty or bullet is the task, the others activities", () => {
    const tasks = found().tasks;
    expect(tasks[0]).toMatchObject({
      task: "Chủ trì, phối hợp với Sở Tư pháp hướng dẫn các cơ quan, đơn vị rà soát, đánh giá thủ tục hành chính trong Quý II/2026.",
      activities: ["Theo dõi, đôn đốc, kiểm tra việc công khai thủ tục hành chính tại Bộ phận Một cửa các cấp."],
    });
    expect(tasks[1]!.task).toBe("Đưa nội dung kiểm soát thủ tục hành chính vào kế hoạch kiểm tra cải cách hành chính năm 2026 của tỉnh.");
    expect(tasks[2]).toMatchObject({
      task: "Tham mưu UBND tỉnh bố trí kinh phí cho hoạt động kiểm soát thủ tục hành chính năm 2026;",
      activities: ["b) Hướng dẫn các cơ quan, đơn vị sử dụng kinh phí kiểm soát thủ tục hành chính đúng quy định."],
    });
    expect(tasks[3]).toMatchObject({
      task: "Bảo đảm hạ tầng kỹ thuật, an toàn thông tin cho Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.",
      activities: [
        "Kết nối, chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết thủ tục hành chính tỉnh và Cơ sở dữ liệu quốc gia về dân cư; hoàn thành trước ngày 30/6/2026.",
      ],
    });
    expect(tasks[4]).toMatchObject({
      task: "Niêm yết, công khai đầy đủ thủ tục hành chính tại nơi tiếp nhận hồ sơ.",
      activities: ["Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính gửi Văn phòng UBND tỉnh trước ngày 15 của tháng cuối quý."],
    });
  });
  it("times: a quarter, none for a budget year, a date in an activity, a day of each quarter's last month", () => {
    const deadlines = found().tasks.map((t) => t.deadline);
    expect(deadlines[0]).toMatchObject({ start: "2026-04-01", end: "2026-06-30" });
    expect(deadlines[1]).toMatchObject(none);
    expect(deadlines[2]).toMatchObject(none);
    expect(deadlines[3]).toMatchObject({ start: null, end: "2026-06-30" });
    expect(deadlines[4]).toMatchObject({ recurrence: "quarterly" });
  });
});

describe("p78 (.doc): a QUYẾT ĐỊNH, its 'Giao …' article a duty, its executive formula none", () => {
  const found = plan("p78_tinh-hung-yen-qd-tuyen-truyen-cchc-2026.doc");
  it("Điều 2 and the plan's four items; Điều 3 (entry into force and 'chịu trách nhiệm thi hành') gives none", () => {
    expect(found().meta).toMatchObject({ docType: "quyet_dinh", number: "118/QĐ-UBND", date: "2026-01-14", level: "tinh", year: 2026 });
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["2", ["Sở Nội vụ"], []],
      ["1", ["Sở Nội vụ"], ["Sở Văn hóa, Thể thao và Du lịch"]],
      ["2", ["Sở Văn hóa, Thể thao và Du lịch"], []],
      ["3", ["Báo và Phát thanh, Truyền hình Hưng Yên"], []],
      ["4", ["Các sở, ban, ngành", "UBND các xã, phường"], []],
    ]);
    expect(found().tasks.some((t) => t.lead.some((l) => /Chánh Văn phòng|Giám đốc/u.test(l)))).toBe(false);
  });
  it("duties and times", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe(
      "Chủ trì, theo dõi, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai thực hiện Kế hoạch; định kỳ hằng quý báo cáo UBND tỉnh kết quả thực hiện.",
    );
    expect(tasks[0]!.deadline).toMatchObject({ start: "2026-01-01", end: "2026-12-31", recurrence: "quarterly" });
    expect(tasks[1]!.task).toMatch(/^Là cơ quan thường trực, chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức Cuộc thi/u);
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-12-10" });
    expect(tasks[2]!.task).toBe(
      "Chỉ đạo hệ thống thông tin cơ sở tuyên truyền về cải cách hành chính; hướng dẫn các cơ quan báo chí mở chuyên mục về cải cách hành chính.",
    );
    expect(tasks[2]!.deadline).toMatchObject(none);
    expect(tasks[3]!.task).toBe("Xây dựng chuyên mục “Cải cách hành chính” phát sóng định kỳ hằng tháng.");
    expect(tasks[3]!.deadline).toMatchObject({ recurrence: "monthly" });
    expect(tasks[4]).toMatchObject({
      task: "Xây dựng kế hoạch tuyên truyền cải cách hành chính của cơ quan, đơn vị, địa phương; hoàn thành trong tháng 02/2026.",
      activities: ["Cập nhật tin, bài về cải cách hành chính trên Trang thông tin điện tử của cơ quan, đơn vị, địa phương."],
    });
    expect(tasks[4]!.deadline).toMatchObject({ start: null, end: "2026-02-28" });
  });
});

describe("p79 (PDF): a duty of every body, due in the plan's first month, before the numbered bodies", () => {
  const found = plan("p79_tinh-dien-bien-cai-cach-hanh-chinh-2026.pdf");
  it("four records: the opening paragraph's, then 1 … 3", () => {
    expect(found().meta).toMatchObject({ number: "4873/KH-UBND", date: "2025-12-26", year: 2026 });
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      [null, ["Các cơ quan, đơn vị"], []],
      ["1", ["Sở Nội vụ"], []],
      ["2", ["Văn phòng UBND tỉnh"], ["Sở Khoa học và Công nghệ"]],
      ["3", ["Sở Tài chính"], []],
    ]);
  });
  it("the opening duty is due by 15/01/2026: the year in the plan's name is no time", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe(
      "Căn cứ Kế hoạch này xây dựng kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị mình, gửi về Sở Nội vụ trước ngày 15/01/2026 để theo dõi, tổng hợp.",
    );
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-01-15" });
    expect(tasks[1]).toMatchObject({
      task: "Hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; kiểm tra công tác cải cách hành chính tại ít nhất 10 cơ quan, đơn vị trong năm 2026.",
      activities: ["b) Tổng hợp, báo cáo UBND tỉnh kết quả cải cách hành chính năm 2026 trước ngày 10/12/2026."],
    });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-12-31" });
    expect(tasks[2]!.task).toBe("Chủ trì, phối hợp với Sở Khoa học và Công nghệ nâng cao chất lượng vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.");
    expect(tasks[3]!.task).toBe("Thẩm định, trình cấp có thẩm quyền bố trí kinh phí thực hiện Kế hoạch theo quy định.");
    expect(tasks[2]!.deadline).toMatchObject(none);
    expect(tasks[3]!.deadline).toMatchObject(none);
  });
});

describe("p80: 'Trách nhiệm của người đứng đầu …' over bullets; a task that speaks of it is no duty", () => {
  const found = plan("p80_tinh-dong-nai-nang-cao-chi-so-cchc-2026.md");
  it("four records, the heads of the bodies one lead", () => {
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners, t.parent])).toEqual([
      ["1", ["Người đứng đầu cơ quan, đơn vị, địa phương"], [], null],
      ["2", ["Sở Nội vụ"], [], null],
      ["3", ["Văn phòng UBND tỉnh"], [], null],
      ["4", ["Các sở, ban, ngành", "UBND các xã, phường"], [], null],
    ]);
  });
  it("duties and times", () => {
    const tasks = found().tasks;
    expect(tasks[0]).toMatchObject({
      task: "Trực tiếp lãnh đạo, chỉ đạo công tác cải cách hành chính; chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả Chỉ số cải cách hành chính năm 2026 của cơ quan, đơn vị, địa phương mình.",
      activities: [
        "Phân công 01 lãnh đạo phụ trách và công chức theo dõi công tác cải cách hành chính; hoàn thành trước ngày 28/02/2026.",
        "Đưa kết quả thực hiện nhiệm vụ cải cách hành chính vào tiêu chí đánh giá, xếp loại cán bộ, công chức, viên chức cuối năm.",
      ],
    });
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-02-28" });
    expect(tasks[1]!.deadline).toMatchObject({ start: null, end: "2026-12-15" });
    expect(tasks[2]!.deadline).toMatchObject({ recurrence: "monthly" });
    expect(tasks[3]).toMatchObject({ task: "Xây dựng kế hoạch khắc phục các tiêu chí bị trừ điểm, gửi Sở Nội vụ trong tháng 3/2026." });
    expect(tasks[3]!.deadline).toMatchObject({ start: "2026-03-01", end: "2026-03-31" });
  });
});

describe("p81 (DOCX): an appendix table and a 'TỔ CHỨC THỰC HIỆN' that points back to it, no record twice", () => {
  const found = plan("p81_tinh-ca-mau-chuyen-doi-so-2026.docx");
  it("the table's three rows, then the two duties the table does not give", () => {
    const tasks = found().tasks;
    expect(found().tables.map((t) => [t.where, t.kind])).toEqual([["appendix", "task"]]);
    expect(tasks.filter((t) => t.origin === "appendix").map((t) => [t.number, t.lead, t.partners, t.areaLabel])).toEqual([
      ["1", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"], "Chính quyền số"],
      ["2", ["UBND các xã, phường"], ["Sở Khoa học và Công nghệ"], "Chính quyền số"],
      ["3", ["Sở Văn hóa, Thể thao và Du lịch"], ["UBND các xã, phường"], "Xã hội số"],
    ]);
    // "1. Các cơ quan, đơn vị được giao chủ trì thực hiện nhiệm vụ tại Phụ lục …" and "4. … thực hiện các nhiệm vụ được
    // phân công tại Phụ lục kèm theo Kế hoạch này." restate the table: no records.
    expect(inline(tasks).map((t) => [t.number, t.lead])).toEqual([
      ["2", ["Sở Khoa học và Công nghệ"]],
      ["3", ["Sở Tài chính"]],
    ]);
    expect(tasks.length).toBe(5);
  });
  it("the prose duties' text and times", () => {
    const [science, finance] = found().tasks.filter((t) => t.origin === "inline");
    expect(science).toMatchObject({
      task: "Theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/2026.",
      deadline: { start: null, end: "2026-12-15" },
    });
    expect(finance).toMatchObject({ task: "Tham mưu UBND tỉnh bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số theo quy định.", deadline: none });
  });
});

describe("p82 (DOCX): Party bodies' duties in bold runs inside a one-cell table framing 'TỔ CHỨC THỰC HIỆN'", () => {
  const found = plan("p82_tinh-uy-tuyen-quang-cchc-co-quan-dang-2026.docx");
  it("five records, one per paragraph of the box", () => {
    expect(found().meta).toMatchObject({ docType: "ke_hoach", number: "45-KH/TU", date: "2026-01-12", year: 2026 });
    expect(found().tasks.map((t) => [t.number, t.lead, t.partners])).toEqual([
      ["1", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"], ["Ban Tổ chức Tỉnh ủy"]],
      ["2", ["Ban Tổ chức Tỉnh ủy"], []],
      ["3", ["Văn phòng Tỉnh ủy"], []],
      ["4", ["Đảng ủy UBND tỉnh"], []],
      ["5", ["Đảng ủy các xã, phường"], []],
    ]);
    expect(found().tasks.every((t) => t.origin === "inline" && t.table === null)).toBe(true);
  });
  it("duties and times", () => {
    const tasks = found().tasks;
    expect(tasks[0]!.task).toBe("Chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy tuyên truyền, quán triệt Kế hoạch đến cán bộ, đảng viên; hoàn thành trong Quý I/2026.");
    expect(tasks[0]!.deadline).toMatchObject({ start: null, end: "2026-03-31" });
    expect(tasks[1]!.task).toBe("Tham mưu Ban Thường vụ Tỉnh ủy đưa kết quả cải cách hành chính vào đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên.");
    expect(tasks[1]!.deadline).toMatchObject(none);
    expect(tasks[2]!.deadline).toMatchObject({ recurrence: "quarterly" });
    expect(tasks[3]!.task).toBe("Lãnh đạo, chỉ đạo các tổ chức đảng trực thuộc thực hiện Kế hoạch gắn với nhiệm vụ cải cách hành chính của UBND tỉnh.");
    expect(tasks[4]!.task).toBe("Lãnh đạo, chỉ đạo chính quyền cùng cấp xây dựng kế hoạch thực hiện, hoàn thành trong tháng 3/2026.");
    expect(tasks[4]!.deadline).toMatchObject({ start: null, end: "2026-03-31" });
  });
});

describe("a QUYẾT ĐỊNH's executive formula in its other wording: '… căn cứ Quyết định thi hành' assigns nothing", () => {
  const decision = (formula: string) =>
    [
      "ỦY BAN NHÂN DÂN", "XÃ ĐÔNG HẢI", "Số: 31/QĐ-UBND", "Đông Hải, ngày 09 tháng 02 năm 2026", "",
      "QUYẾT ĐỊNH", "Ban hành Kế hoạch kiểm tra cải cách hành chính năm 2026", "", "QUYẾT ĐỊNH:", "",
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra cải cách hành chính năm 2026 của UBND xã.", "",
      "Điều 2. Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND xã tổ chức kiểm tra, báo cáo kết quả trước ngày 15/11/2026.", "",
      `Điều 3. ${formula}`, "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Trần Văn Nam", "",
      "KẾ HOẠCH", "Kiểm tra cải cách hành chính năm 2026", "", "I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá đúng kết quả cải cách hành chính.", "",
      "II. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa - Xã hội: xây dựng đề cương báo cáo, gửi các bộ phận trong tháng 3/2026.",
      "2. Văn phòng HĐND và UBND xã: bố trí phương tiện phục vụ kiểm tra.", "",
    ].join("\n");
  it.each([
    "Chánh Văn phòng HĐND và UBND xã, Trưởng các phòng chuyên môn, Trưởng các thôn căn cứ Quyết định thi hành./.",
    "Chánh Văn phòng HĐND và UBND xã, Trưởng các phòng chuyên môn và Trưởng các thôn chịu trách nhiệm tổ chức thi hành Quyết định này./.",
  ])("%s", async (formula) => {
    const path = join(mkdtempSync(join(tmpdir(), "cchc-p19-")), "qd.txt");
    writeFileSync(path, decision(formula));
    const doc = await parsePlan(path);
    expect(doc.tasks.map((t) => [t.number, t.lead])).toEqual([
      ["2", ["Phòng Văn hóa - Xã hội"]],
      ["1", ["Phòng Văn hóa - Xã hội"]],
      ["2", ["Văn phòng HĐND và UBND xã"]],
    ]);
  });
});
