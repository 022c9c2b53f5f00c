/**
 * A recipients' list typed with Shift+Enter: Word keeps several recipients in one paragraph, a soft line break
 * (w:br) between them, in a DOCX and in the .doc LibreOffice saves from it (fixtures/docx-cases/office/breaks.docx
 * and fixtures/doc-variants/breaks.office.doc, written by fixtures/make/office_cases.py). Each line that starts with a
 * bullet is one recipient; a line in lower case goes on the recipient the writer broke by hand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url).pathname;

/** Written from the document: the cell's three paragraphs hold one, three and four lines. */
const RECIPIENTS = [
  "UBND thành phố",
  "Thường trực Huyện ủy",
  "Thường trực HĐND huyện",
  "Chủ tịch, các Phó Chủ tịch UBND huyện",
  "Các phòng, ban, đơn vị thuộc UBND huyện",
  "UBND các xã, thị trấn",
  "Lưu: VT",
];

describe("recipients separated by line breaks inside one Word paragraph", () => {
  it.each(["docx-cases/office/breaks.docx", "doc-variants/breaks.office.doc"])("%s", async (name) => {
    const path = fixture(name);
    const plan = await parsePlan(readFileSync(path), { path });
    expect(plan.meta.recipients).toEqual(RECIPIENTS);
    expect(plan.meta.signer).toBe("Nguyễn Văn An");
  });
});
