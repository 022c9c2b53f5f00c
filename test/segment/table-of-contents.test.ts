/**
 * A plan with a "MỤC LỤC" page (Word's TOC field, fixtures/docx-cases/office/toc.docx, and its LibreOffice PDF and
 * HTML, written by fixtures/make/office_cases.py): the entries "I. MỤC ĐÍCH, YÊU CẦU ........ 2" are no sections and
 * no section's text; the sections are the ones after it. In the PDF the dot leaders are drawn; in the HTML the leader
 * is a tab, folded to a space, and the entries are known by the "MỤC LỤC" title above them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url).pathname;

/** Written from the document. */
const SECTIONS = [
  ["I", "MỤC ĐÍCH, YÊU CẦU", "Nâng cao hiệu quả công tác cải cách hành chính trên địa bàn huyện."],
  ["II", "NHIỆM VỤ TRỌNG TÂM", "1. Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của huyện."],
  ["III", "TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục kèm theo Kế hoạch này để tổ chức thực hiện."],
];

describe("a table of contents before the sections", () => {
  it.each(["docx-cases/office/toc.docx", "pdf-office/toc.office.pdf", "html-office/toc.office.html"])("%s", async (name) => {
    const path = fixture(name);
    const plan = await parsePlan(readFileSync(path), { path });
    expect(plan.sections.map((s) => [s.numeral, s.heading, s.text])).toEqual(SECTIONS);
    expect(plan.meta.legalBases).toEqual(["Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ"]);
    expect(plan.meta.number).toBe("73/KH-UBND");
  });
});
