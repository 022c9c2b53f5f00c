/**
 * Duties assigned by agency in prose (src/extract/duties.ts): the grammar on small texts written for each rule, the
 * fixtures' "TỔ CHỨC THỰC HIỆN" sections, and the real plans of ../shared/real whose duties were read by hand.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDuties, findDutySections, partnersIn, readAgencyStart, timesIn } from "../../src/extract/duties.js";
import { parsePlan } from "../../src/pipeline.js";
import type { Block, DocumentModel } from "../../src/model/types.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import { segment } from "../../src/segment/index.js";
import { PROSE_DUTIES, dutiesOf } from "./duty-fixtures.js";

describe("readAgencyStart: an agency at the start of an item", () => {
  it.each([
    // heading form
    ["Sở Nội vụ:", "Sở Nội vụ", ""],
    ["Báo và Phát Thanh, Truyền hình tỉnh", "Báo và Phát Thanh, Truyền hình tỉnh", ""],
    // label form
    ["Sở Tư pháp: Lồng ghép tuyên truyền công tác CCHC.", "Sở Tư pháp", "Lồng ghép tuyên truyền công tác CCHC."],
    ["Công an tỉnh: Kiểm tra, đôn đốc các sở.", "Công an tỉnh", "Kiểm tra, đôn đốc các sở."],
    ["C04: Chủ trì chuẩn bị nội dung Hội nghị.", "C04", "Chủ trì chuẩn bị nội dung Hội nghị."],
    // subject form: the agency is the subject of the duty's verb
    ["Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan báo chí tăng cường tuyên truyền.", "Sở Văn hóa, Thể thao và Du lịch", "Chủ trì, phối hợp với các cơ quan báo chí tăng cường tuyên truyền."],
    ["Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng: Phối hợp …", "Bộ Chỉ huy quân sự tỉnh", "Chỉ đạo lực lượng Bộ đội Biên phòng: Phối hợp …"],
    ["Các sở, ban, ngành, tổ chức chính trị - xã hội chịu trách nhiệm thực hiện.", "Các sở, ban, ngành, tổ chức chính trị - xã hội", "Chịu trách nhiệm thực hiện."],
    ["Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở.", "Trưởng các phòng, đơn vị thuộc Sở", "Chịu trách nhiệm trước Giám đốc Sở."],
    ["Sở Tài chính (cơ quan chủ trì)", "Sở Tài chính", ""],
    // the assigning word before the agency is dropped, and so is its role in parentheses
    ["Giao Sở Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh):", "Sở Nội vụ", ""],
    ["Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh căn cứ chức năng, nhiệm vụ tăng cường giám sát.", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Căn cứ chức năng, nhiệm vụ tăng cường giám sát."],
    ["Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh", "Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh", ""],
    ["Đối với các cơ quan chủ trì thực hiện nội dung CCHC", "Các cơ quan chủ trì thực hiện nội dung CCHC", ""],
  ])("%s", (text, agency, duty) => {
    expect(readAgencyStart(text)).toMatchObject({ agency, duty });
  });

  it("reads the subject after a lead-in clause and keeps the whole sentence as the duty", () => {
    const text = "Căn cứ nội dung Kế hoạch này và điều kiện thực tế, các sở, ban, ngành, UBND các xã xây dựng Kế hoạch.";
    expect(readAgencyStart(text)).toEqual({ agency: "Các sở, ban, ngành, UBND các xã", duty: text, keepWhole: true });
    expect(readAgencyStart("Trên cơ sở kế hoạch này các ngành liên quan, UBND các xã quán triệt.")).toMatchObject({ agency: "Các ngành liên quan, UBND các xã" });
  });

  it.each([
    "Ban hành kế hoạch triển khai trong tháng 01/2026.",
    "Tổ chức các lớp tập huấn nghiệp vụ CCHC.",
    "Thời gian thực hiện Kế hoạch: Từ khi ban hành đến hết năm 2030.",
    "Báo cáo kết quả thực hiện về Sở Nội vụ.",
    "Phòng ngừa, đấu tranh với tội phạm về ma túy.",
    "Đối với chương trình “Đối thoại về cải cách hành chính”: Định kỳ phát sóng mỗi tháng 02 chuyên mục.",
  ])("no agency: %s", (text) => {
    expect(readAgencyStart(text)).toBeUndefined();
  });
});

describe("partnersIn and timesIn", () => {
  it("takes the agencies after 'phối hợp với' up to the next verb or purpose", () => {
    expect(partnersIn(["Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã tổ chức các hoạt động."])).toEqual(["các sở, ban, ngành", "UBND các xã"]);
    expect(partnersIn(["Phối hợp với Công an tỉnh nghiên cứu, xây dựng mô hình."])).toEqual(["Công an tỉnh"]);
    expect(partnersIn(["Hướng dẫn, phối hợp với các sở, ngành liên quan để xây dựng kịch bản."])).toEqual(["các sở, ngành liên quan"]);
    expect(partnersIn(["Tăng cường phối hợp tuyên truyền, vận động đoàn viên."])).toEqual([]);
  });
  it("takes deadlines with their marker and cadences, never a cited document's date", () => {
    expect(timesIn(["Thời gian hoàn thành ban hành kế hoạch chậm nhất là ngày 30/01/2026."])).toEqual(["chậm nhất là ngày 30/01/2026"]);
    expect(timesIn(["Xây dựng Kế hoạch trong Quý I/2026 để tổ chức thực hiện."])).toEqual(["trong Quý I/2026"]);
    expect(timesIn(["Báo cáo kết quả định kỳ hằng quý (trước ngày 15 của tháng cuối quý)."])).toEqual(["định kỳ hằng quý", "trước ngày 15 của tháng cuối quý"]);
    expect(timesIn(["Thực hiện Nghị quyết số 201/2023/NQ-HĐND ngày 12/7/2023 của Hội đồng nhân dân tỉnh."])).toEqual([]);
  });
});

/** A small plan as a document model: one paragraph a line, "**…**" lines bold. */
function modelOf(lines: string[]): DocumentModel {
  const children: Block[] = lines.map((line, i) => {
    const bold = line.startsWith("**");
    const text = line.replace(/\*\*/g, "");
    return { type: "paragraph", lines: [text], position: { line: i + 1 }, ...(bold ? { emphasis: { bold: true } } : {}) } as Block;
  });
  return { type: "document", source: { format: "text", pages: null, ocrPages: [] }, children } as unknown as DocumentModel;
}

function duties(lines: string[]) {
  const sections = segment(modelOf(lines)).value.sections;
  return findDutySections(sections).flatMap(extractDuties);
}

describe("extractDuties: the items of an assigning section", () => {
  const head = ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ."];

  it("one record per agency item: task from its own line or its first paragraph, the rest activities", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "**1. Sở Nội vụ:**",
      "a) Chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng kế hoạch chậm nhất là ngày 30/01/2026.",
      "b) Theo dõi, đôn đốc thực hiện.",
      "2. Sở Tư pháp: Lồng ghép tuyên truyền CCHC với phổ biến pháp luật.",
      "3. Công an tỉnh chủ trì, phối hợp với các sở, ngành tuyên truyền phòng, chống tội phạm.",
      "Trên đây là Kế hoạch cải cách hành chính năm 2026.",
    ]);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatchObject({
      origin: "inline",
      number: "1",
      lead: ["Sở Nội vụ"],
      task: "Chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng kế hoạch chậm nhất là ngày 30/01/2026.",
      activities: ["b) Theo dõi, đôn đốc thực hiện."],
      partners: ["Văn phòng UBND tỉnh"],
      deadline: ["chậm nhất là ngày 30/01/2026"],
    });
    expect(found[1]).toMatchObject({ number: "2", lead: ["Sở Tư pháp"], task: "Lồng ghép tuyên truyền CCHC với phổ biến pháp luật.", activities: [] });
    expect(found[2]).toMatchObject({ number: "3", lead: ["Công an tỉnh"], partners: ["các sở, ngành"] });
  });

  it("lettered agency items under a numbered heading are tasks with that heading as parent", () => {
    const found = duties([
      ...head,
      "II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ",
      "1. Tăng cường công tác tuyên truyền, giáo dục",
      "a) Các sở, ban, ngành, địa phương:",
      "- Tổ chức các hoạt động tuyên truyền.",
      "- Xây dựng mô hình điển hình.",
      "b) Công an tỉnh: Định hướng công tác tuyên truyền.",
      "2. Sở Tài chính: Bố trí kinh phí.",
    ]);
    expect(found.map((t) => [t.number, t.lead, t.parent])).toEqual([
      ["a", ["Các sở, ban, ngành, địa phương"], "Tăng cường công tác tuyên truyền, giáo dục"],
      ["b", ["Công an tỉnh"], "Tăng cường công tác tuyên truyền, giáo dục"],
      ["2", ["Sở Tài chính"], null],
    ]);
    expect(found[0]).toMatchObject({ task: "Tổ chức các hoạt động tuyên truyền.", activities: ["Xây dựng mô hình điển hình."] });
  });

  it("bullets under an agency item are its activities, even when they name agencies", () => {
    const found = duties([
      ...head,
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Các sở, ban, ngành nghiên cứu, ban hành hướng dẫn thực hiện các dự án:",
      "- Công an tỉnh tham mưu triển khai Dự án 1.",
      "- Sở Y tế tham mưu triển khai Dự án 6.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.activities).toEqual(["Công an tỉnh tham mưu triển khai Dự án 1.", "Sở Y tế tham mưu triển khai Dự án 6."]);
  });

  it("reads no section whose heading does not assign work, and no item without an agency", () => {
    expect(duties([...head, "II. NHIỆM VỤ, GIẢI PHÁP", "1. Sở Nội vụ: Chủ trì."])).toEqual([]);
    expect(duties([...head, "II. TỔ CHỨC THỰC HIỆN", "1. Thời gian thực hiện: Từ khi ban hành đến hết năm 2030."])).toEqual([]);
  });
});

describe("the fixtures' duties by agency (read from each 'TỔ CHỨC THỰC HIỆN' section)", () => {
  const dirs = ["plans", "unseen", "real"].map((d) => new URL(`../../fixtures/${d}/`, import.meta.url).pathname);
  const files = dirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : []));
  it.each(Object.entries(PROSE_DUTIES))("%s", async (name, leads) => {
    const path = files.find((f) => f.endsWith(`/${name}`));
    if (!path) return;
    const found = dutiesOf(await parsePlan(path));
    expect(found.every((t) => t.origin === "inline" && t.table === null && t.kind === "task")).toBe(true);
    expect(found.map((t) => t.lead[0])).toEqual(leads);
  });
});

const realDir = process.env.CCHC_REAL ?? new URL("../../../shared/real/", import.meta.url).pathname;
const hasReal = existsSync(realDir);
const real = (prefix: string) => join(realDir, readdirSync(realDir).find((f) => f.startsWith(prefix))!);
const inline = (doc: PlanDocument) => doc.tasks.filter((t) => t.origin === "inline");

describe.skipIf(!hasReal)("real plans of ../shared/real: duties assigned by agency", () => {
  if (!hasReal) it.skip(`../shared/real is absent (${realDir})`, () => {});

  it("r04 (KH tuyên truyền CCHC 2026): the eight agencies of section IV", async () => {
    const doc = await parsePlan(real("r04_"));
    const found = inline(doc);
    expect(found.map((t) => [t.number, t.lead[0]])).toEqual([
      ["1", "Sở Nội vụ"],
      ["2", "Văn phòng UBND tỉnh"],
      ["3", "Sở Khoa học và Công nghệ"],
      ["4", "Sở Tư pháp"],
      ["5", "Sở Văn hóa, Thể thao và Du lịch"],
      ["6", "Báo và Phát Thanh, Truyền hình tỉnh"],
      ["7", "Sở Tài chính"],
      ["8", "Các sở, ban, ngành"],
    ]);
    // "1. Sở Nội vụ:" with a) … h): a) is the task, b) … h) its seven activities.
    expect(found[0]!.task).toMatch(/^Đối với chương trình “Đối thoại về cải cách hành chính”: Định kỳ phát sóng/);
    expect(found[0]!.activities).toHaveLength(7);
    expect(found[0]!.activities[0]).toMatch(/^b\) Về tổ chức Cuộc thi/);
    expect(found[4]).toMatchObject({ task: expect.stringMatching(/^Chỉ đạo các cơ quan báo chí/), partners: ["Sở Nội vụ"] });
    expect(found[7]!.lead).toEqual(["Các sở, ban, ngành", "UBND các xã, phường, đặc khu", "các cơ quan, đơn vị có liên quan"]);
    expect(found[7]!.deadline).toMatchObject({ end: "2026-01-30", start: null });
  });

  it("r06 (KH thi đua CCHC 2026, no table): the five items of section VII", async () => {
    const doc = await parsePlan(real("r06_"));
    const found = inline(doc);
    expect(found).toHaveLength(5);
    expect(found.map((t) => t.lead[0])).toEqual([
      "Các sở, ban, ngành",
      "Sở Nội vụ",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Báo và Đài Phát thanh, Truyền hình Lâm Đồng",
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ]);
    expect(found[1]).toMatchObject({ number: "2", partners: ["các cơ quan có liên quan"], activities: [expect.stringMatching(/^b\) Tham mưu, đề xuất Chủ tịch UBND tỉnh khen thưởng/)] });
    expect(found[2]!.partners).toEqual(["các cơ quan truyền thông, báo chí"]);
  });

  it("r16 (KH 144/KH-UBND Bắc Ninh): the nineteen agencies of section VI, beside the targets appendix", async () => {
    const doc = await parsePlan(real("r16_"));
    const found = inline(doc);
    expect(found).toHaveLength(19);
    expect(found[0]).toMatchObject({ number: "1", lead: ["Sở Khoa học và Công nghệ"] });
    expect(found[0]!.activities).toHaveLength(4);
    // A heading cut in two by the scrape ("16. Mặt trận" / "Tổ quốc tỉnh và các tổ chức chính trị - xã hội").
    expect(found[15]).toMatchObject({ number: "16", lead: ["Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội"] });
    expect(found[16]).toMatchObject({ number: "17", lead: ["Chi cục Hải quan khu vực V"] });
    expect(found.map((t) => t.number)).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
  });

  it("r17 (QĐ 2629/QĐ-TTg): the five items of section IV", async () => {
    const doc = await parsePlan(real("r17_"));
    const found = inline(doc);
    expect(found.map((t) => t.lead[0])).toEqual([
      "Bộ Khoa học và Công nghệ",
      "Các bộ, ngành, địa phương",
      "Đài Truyền hình Việt Nam",
      "Các doanh nghiệp công nghệ số",
      "Các bộ, ngành, địa phương",
    ]);
    // "Các bộ, ngành, địa phương có trách nhiệm:" then bullets: the first bullet is the task.
    expect(found[1]!.task).toMatch(/^Tổ chức triển khai thực hiện Chương trình/);
    expect(found[1]!.activities).toHaveLength(7);
  });

  it("r28 (a tờ trình) and r29 (a báo cáo) assign nothing", async () => {
    for (const prefix of ["r28_", "r29_"]) expect((await parsePlan(real(prefix))).tasks).toEqual([]);
  });
});
