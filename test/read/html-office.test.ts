/**
 * A Word plan as LibreOffice saves it as a web page and as XHTML (fixtures/html-office/, made by make/make.py): numbered
 * headings written as <li><h1>, the STT column numbered by list numbering (an empty <li> in each cell), footnote
 * references after a year, the page header and footer in the page, a content control's marks. The records are the
 * plan's, whichever of the three files is read.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const fixture = (name: string) => new URL(`../../fixtures/html-office/${name}`, import.meta.url).pathname;
const parsed = new Map<string, Promise<PlanDocument>>();
const parse = (name: string) => {
  if (!parsed.has(name)) parsed.set(name, parsePlan(fixture(name), { ocr: "never" }));
  return parsed.get(name)!;
};

describe("h1-dongson.html (LibreOffice's web page of a Word plan)", () => {
  it("reads the header, the numbered headings as sections and no running header or footer", async () => {
    const doc = await parse("h1-dongson.html");
    expect(doc.meta).toMatchObject({
      docType: "ke_hoach",
      number: "58/KH-UBND",
      date: "2025-03-14",
      place: "Đông Sơn",
      title: "Cải cách hành chính năm 2025",
      signer: "Lê Văn Hùng",
      legalBases: ["Quyết định số 1291/QĐ-BNV ngày 29 tháng 12 năm 2023 của Bộ Nội vụ về Chỉ số cải cách hành chính"],
    });
    expect(doc.sections.map((s) => [s.numeral, s.heading, s.subsections.map((x) => `${x.number} ${x.heading}`)])).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU", ["1 Mục đích", "2 Yêu cầu"]],
      ["II", "NHIỆM VỤ", []],
      ["III", "TỔ CHỨC THỰC HIỆN", []],
    ]);
    expect(doc.sections[2]!.text).toBe("Phòng Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.");
    expect(JSON.stringify(doc)).not.toMatch(/Trang 1|UBND HUYỆN ĐÔNG SƠN - Kế hoạch|[\u0001-\u0008]/);
  });

  it("gives each row its list number and no footnote number glued to a year", async () => {
    const doc = await parse("h1-dongson.html");
    const rows = doc.tasks.filter((t) => t.origin === "appendix");
    expect(rows.map((t) => [t.number, t.task, t.lead, t.partners, t.deadline.raw, t.deadline.start, t.deadline.end])).toEqual([
      ["1", "Rà soát, công bố, công khai thủ tục hành chính", ["Văn phòng HĐND và UBND huyện"], ["Các phòng chuyên môn"], "Quý II/2025", "2025-04-01", "2025-06-30"],
      ["2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025", ["Phòng Nội vụ"], ["Các phòng chuyên môn"], "Tháng 11/2025", "2025-11-01", "2025-11-30"],
      ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ["Phòng Văn hóa và Thông tin"], ["UBND các xã"], "Tháng 10/2025", "2025-10-01", "2025-10-31"],
    ]);
  });
});

describe("the same page as XHTML, and saved by a browser under a .txt name", () => {
  const withoutSource = (doc: PlanDocument) => doc.tasks.map(({ source: _source, ...task }) => task);
  for (const name of ["h1-dongson.xhtml", "h1-dongson.saved.txt"]) {
    it(`${name} is read as HTML and gives what the web page gives`, async () => {
      const page = await parse("h1-dongson.html");
      const other = await parse(name);
      expect(other.source.format).toBe("html");
      expect(other.meta).toEqual(page.meta);
      expect(other.sections).toEqual(page.sections);
      expect(withoutSource(other)).toEqual(withoutSource(page));
    });
  }
});

describe("LibreOffice's XHTML writes each list label as text of its own", () => {
  it("takes that label, not the list's number too", async () => {
    const { htmlToBlocks } = await import("../../src/read/html.js");
    const blocks = htmlToBlocks(
      `<html><body><ol><li><h1><span class="ListLabel_20_1" style="display:block;float:left;">I.</span><span>MỤC TIÊU</span></h1>` +
        `<ol><li><h2><span class="ListLabel_20_2" style="display:block;float:left;">1.</span><span>Mục tiêu chung</span></h2></li></ol></li></ol></body></html>`,
    );
    expect(blocks.map((b) => (b.type === "paragraph" || b.type === "heading" ? b.lines.join(" / ") : b.type))).toEqual(["I.MỤC TIÊU", "1.Mục tiêu chung"]);
  });
});

describe("texts LibreOffice's XHTML places apart on one line", () => {
  it("keeps the number and the place of a tab-set header line apart", async () => {
    const { htmlToBlocks } = await import("../../src/read/html.js");
    const blocks = htmlToBlocks(
      `<html><body><p><span style="position:absolute;left:0.7cm;text-align:center;">Số: 08/KH-UBND</span><span style="position:absolute;left:8.5cm;text-align:center;"><span>Hòa Bình, ngày 05 tháng 02 năm 2024</span></span></p></body></html>`,
    );
    expect(blocks.map((b) => (b.type === "paragraph" ? b.lines.join(" / ") : b.type))).toEqual(["Số: 08/KH-UBND Hòa Bình, ngày 05 tháng 02 năm 2024"]);
  });
});

describe("a drawing Word's web page anchors mid-word", () => {
  it("opens no space in the word", async () => {
    const { htmlToBlocks } = await import("../../src/read/html.js");
    const blocks = htmlToBlocks(`<html><body><p><i>L<span style='mso-ignore:vglayout;position:absolute;z-index:1;left:0px;margin-left:76px'><img width=228 height=1 src="x.gif"></span>âm Đồng, ngày 20 tháng 01 năm 2026</i></p></body></html>`);
    expect(blocks.map((b) => (b.type === "paragraph" ? b.lines.join(" / ") : b.type))).toEqual(["Lâm Đồng, ngày 20 tháng 01 năm 2026"]);
  });
});
