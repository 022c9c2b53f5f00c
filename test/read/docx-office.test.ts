/**
 * Word markup as real offices' files hold it (fixtures/docx-cases/office/, written by fixtures/make/office_cases.py
 * without python-docx; two of them saved as Word 97 by LibreOffice into fixtures/doc-variants/*.office.doc). Every
 * expected value was written from the generator's document text (what Word shows), not from cchc's output.
 */
import { readFile } from "node:fs/promises";
import { blockTexts } from "./block-texts.js";
import { describe, expect, it } from "vitest";
import { type DocumentModel } from "../../src/model/types.js";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { readDoc } from "../../src/read/doc.js";
import { readDocx } from "../../src/read/docx.js";
import { rewriteBodyXml } from "../../src/read/docx/markup.js";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url).pathname;
const office = (name: string) => fixture(`docx-cases/office/${name}`);

async function blocks(name: string): Promise<{ doc: DocumentModel; codes: string[] }> {
  const result = await readDocx(await readFile(office(name)));
  return { doc: result.value, codes: result.diagnostics.map((d) => d.code) };
}

const cache = new Map<string, Promise<PlanDocument>>();
function plan(path: string): Promise<PlanDocument> {
  if (!cache.has(path)) cache.set(path, parsePlan(fixture(path), { ocr: "never" }));
  return cache.get(path)!;
}

/** The appendix table's records: number, task, lead, partners, deadline raw. */
async function rows(path: string): Promise<Array<[string | null, string, string[], string[], string | null]>> {
  const doc = await plan(path);
  return doc.tasks.filter((t) => t.origin === "appendix").map((t) => [t.number, t.task, t.lead, t.partners, t.deadline.raw]);
}

describe("fields: results kept, instructions not (fields.docx)", () => {
  it("reads a w:fldSimple's result (mail-merged number, month, SEQ row numbers, a merged quarter)", async () => {
    const { doc, codes } = await blocks("fields.docx");
    const all = blockTexts(doc.children);
    expect(all).toContain("Số: 25/KH-UBND | Thanh Trì, ngày 12 tháng 03 năm 2024");
    expect(all).toContain("1 | Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền của huyện | Văn phòng HĐND và UBND huyện | Các phòng chuyên môn | Quý II/2024");
    expect(all).toContain("2 | Kiểm tra công tác cải cách hành chính tại các xã | Phòng Nội vụ | Văn phòng HĐND và UBND huyện | Tháng 9/2024");
    expect(codes).not.toContain("docx.reader-warning");
  });

  it("drops a field nested inside another's instruction, keeps the outer result once; the footer's PAGE is not read", async () => {
    const all = blockTexts((await blocks("fields.docx")).doc.children);
    expect(all).toContain("Cải cách hành chính năm 2024");
    expect(all).toContain("Các nhiệm vụ cụ thể tại Phụ lục; việc kiểm tra thực hiện theo Mục I.2 của Kế hoạch.");
    expect(all.join("\n")).not.toMatch(/MERGEFIELD|SEQ|DATE|Trang|2024năm/);
  });

  it("gives the plan its number, date and rows", async () => {
    const doc = await plan("docx-cases/office/fields.docx");
    expect(doc.meta).toMatchObject({ number: "25/KH-UBND", date: "2024-03-12", title: "Cải cách hành chính năm 2024", year: 2024 });
    expect(await rows("docx-cases/office/fields.docx")).toEqual([
      ["1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền của huyện", ["Văn phòng HĐND và UBND huyện"], ["Các phòng chuyên môn"], "Quý II/2024"],
      ["2", "Kiểm tra công tác cải cách hành chính tại các xã", ["Phòng Nội vụ"], ["Văn phòng HĐND và UBND huyện"], "Tháng 9/2024"],
    ]);
  });
});

describe("tracked changes and comments (revisions.docx)", () => {
  it("keeps insertions and the moved text once where it now stands, drops deletions, a deleted row and the comment", async () => {
    const all = blockTexts((await blocks("revisions.docx")).doc.children);
    expect(all).toContain("Cải cách hành chính năm 2024");
    expect(all.filter((t) => t === "Thủ trưởng các cơ quan chịu trách nhiệm trước Chủ tịch UBND huyện.")).toHaveLength(1);
    expect(all.indexOf("Thủ trưởng các cơ quan chịu trách nhiệm trước Chủ tịch UBND huyện.")).toBe(all.indexOf("Các nhiệm vụ cụ thể tại Phụ lục kèm theo.") + 1);
    expect(all.join("\n")).not.toMatch(/năm 2023|Phòng Tư pháp|hội thi|Đề nghị giao/);
  });

  it("gives the rows as they read after the changes, in DOCX and in LibreOffice's Word 97 copy", async () => {
    for (const path of ["docx-cases/office/revisions.docx", "doc-variants/revisions.office.doc"]) {
      expect((await plan(path)).meta.period).toEqual({ from: 2024, to: 2024 });
      expect(await rows(path)).toEqual(expectedRows);
    }
    // The copy's row 2 ends with the deletion LibreOffice meant for the row after it; its text stays, and is said so.
    expect((await plan("doc-variants/revisions.office.doc")).diagnostics.map((d) => d.code)).toContain("doc.deleted-row-kept");
  });

  const expectedRows = [
      ["1", "Tuyên truyền về cải cách hành chính trên Cổng thông tin điện tử huyện", ["Phòng Văn hóa và Thông tin"], ["UBND các xã"], "Thường xuyên"],
      ["2", "Rà soát quy chế làm việc của UBND huyện", ["Phòng Nội vụ"], ["Văn phòng HĐND và UBND huyện"], "Quý II/2024"],
      ["3", "Đánh giá mức độ hài lòng của người dân", ["Phòng Nội vụ"], ["UBND các xã"], "Quý IV/2024"],
  ];
});

describe("content controls (controls.docx)", () => {
  it("reads controls around the header table, inside the date line, around the title, rows, a cell and a cell's paragraph", async () => {
    const all = blockTexts((await blocks("controls.docx")).doc.children);
    expect(all).toContain("Số: 42/KH-UBND | Thanh Trì, ngày 18 tháng 3 năm 2024");
    expect(all).toContain("Cải cách hành chính năm 2024");
    expect(all).toContain("2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Phòng Văn hóa và Thông tin | Bộ phận Một cửa | Tháng 10/2024");
  });

  it("drops the prompt of a control showing its placeholder, keeping the text around it", async () => {
    const all = blockTexts((await blocks("controls.docx")).doc.children);
    expect(all.map((t) => t.trim())).toContain("Ghi chú:");
    expect(all.join("\n")).not.toContain("nhập văn bản");
  });

  it("gives the plan's rows", async () => {
    expect((await plan("docx-cases/office/controls.docx")).meta).toMatchObject({ number: "42/KH-UBND", date: "2024-03-18" });
    expect(await rows("docx-cases/office/controls.docx")).toEqual([
      ["1", "Cập nhật, công khai thủ tục hành chính trên Cổng dịch vụ công", ["Văn phòng HĐND và UBND huyện"], ["Các phòng chuyên môn"], "Thường xuyên"],
      ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ["Phòng Văn hóa và Thông tin"], ["Bộ phận Một cửa"], "Tháng 10/2024"],
    ]);
  });
});

describe("text boxes (textboxes.docx)", () => {
  it("reads each text box once: choice and fallback, a choice alone, a bare DrawingML box, a group of two", async () => {
    const all = blockTexts((await blocks("textboxes.docx")).doc.children);
    expect(all.slice(0, 8)).toEqual([
      "DỰ THẢO",
      "ỦY BAN NHÂN DÂN",
      "HUYỆN THANH TRÌ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 57/KH-UBND",
      "Thanh Trì, ngày 20 tháng 3 năm 2024",
      "KẾ HOẠCH",
    ]);
  });

  it("gives the plan its header from the text boxes", async () => {
    expect((await plan("docx-cases/office/textboxes.docx")).meta).toMatchObject({ number: "57/KH-UBND", date: "2024-03-20", issuer: "UBND huyện Thanh Trì" });
  });
});

describe("cells: merges, spans, breaks, tabs, hyphens, nested tables (cells.docx and its .doc)", () => {
  const expected: Array<[string | null, string, string[], string[], string | null]> = [
    [
      "1",
      "Rà soát, đơn giản hóa thủ tục hành chính; kiểm soát quy định - Công bố danh mục thủ tục hành chính được đơn giản hóa",
      ["Văn phòng HĐND và UBND huyện"],
      // Two partners on two lines of one paragraph (w:br), a non-breaking space in the second.
      ["Phòng Tư pháp", "Phòng Nội vụ"],
      "Quý II/2024",
    ],
    [
      "2",
      // The cell's own paragraph is the task; the rows of the table nested under it are its activities (below).
      "Thực hiện Kế hoạch số 12/KH-UBND về số hóa hồ sơ",
      ["Văn phòng HĐND và UBND huyện"],
      ["Bộ phận Một cửa"],
      "Bắt đầu: Tháng 4/2024 Hoàn thành: Tháng 12/2024",
    ],
    ["3", "Duy trì áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015", ["Phòng Khoa học và Công nghệ"], ["Phòng Tài chính - Kế hoạch", "Các phòng chuyên môn"], "Năm 2024"],
  ];

  it("drops soft hyphens and reads non-breaking hyphens and spaces as shown", async () => {
    const all = blockTexts((await blocks("cells.docx")).doc.children).join("\n");
    expect(all).toContain("kiểm soát quy định");
    expect(all).toContain("thủ tục hành chính được đơn giản hóa");
    expect(all).toContain("12/KH-UBND");
    expect(all).not.toMatch(/[\u00a0\u00ad\u2011]/);
  });

  it("gives every row, the group and the merged lead filled down, in DOCX and in Word 97", async () => {
    for (const path of ["docx-cases/office/cells.docx", "doc-variants/cells.office.doc"]) {
      expect(await rows(path)).toEqual(expected);
      const doc = await plan(path);
      expect(doc.tasks.filter((t) => t.origin === "appendix").map((t) => t.areaLabel)).toEqual(Array(3).fill("Cải cách thủ tục hành chính"));
      expect(doc.tasks[1]!.deadline).toMatchObject({ start: "2024-04-01", end: "2024-12-31" });
      // The nested table's rows, cells joined by " | ".
      expect(doc.tasks[1]!.activities).toEqual(["Báo cáo | Quý II", "Quyết định công bố | Quý IV"]);
    }
  });
});

describe("headers, footers and footnotes (notes.docx and its .doc)", () => {
  it("leaves the page header and footer out and puts the notes after the body", async () => {
    const all = blockTexts((await blocks("notes.docx")).doc.children);
    expect(all.join("\n")).not.toMatch(/Trang|UBND huyện Thanh Trì$/m);
    expect(all.slice(-2)).toEqual([
      "[note]  Thay thế Quyết định số 876/QĐ-BNV ngày 10 tháng 11 năm 2022.",
      "[note]  Theo hướng dẫn của Sở Nội vụ, gửi kết quả trước ngày 15 tháng 12 năm 2024.",
    ]);
  });

  it("keeps a footnote on the last row out of that task, in DOCX and in Word 97", async () => {
    for (const path of ["docx-cases/office/notes.docx", "doc-variants/notes.office.doc"]) {
      const doc = await plan(path);
      expect(doc.meta).toMatchObject({ number: "71/KH-UBND", date: "2024-03-28" });
      expect(doc.meta.legalBases).toEqual(["Quyết định số 1291/QĐ-BNV ngày 29 tháng 12 năm 2023 của Bộ Nội vụ về Chỉ số cải cách hành chính"]);
      expect(await rows(path)).toEqual([
        ["1", "Tuyên truyền cải cách hành chính - Trên Đài Truyền thanh huyện - Trên trang thông tin điện tử", ["Phòng Văn hóa và Thông tin"], ["UBND các xã", "Đài Truyền thanh huyện"], "Thường xuyên"],
        ["2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024", ["Phòng Nội vụ"], ["Các phòng chuyên môn"], "Tháng 11/2024"],
      ]);
      expect(JSON.stringify(doc.tasks)).not.toContain("Sở Nội vụ, gửi kết quả");
    }
  });
});

describe("Word 97 copies (doc-variants/*.office.doc, saved by LibreOffice)", () => {
  it.each(["cells", "notes"])("%s.office.doc gives the blocks of its DOCX: cells of several paragraphs, notes after the body", async (name) => {
    const doc = await readDoc(await readFile(fixture(`doc-variants/${name}.office.doc`)), {
      maxStreamBytes: DEFAULT_LIMITS.maxDecompressedBytes,
      maxBlocks: DEFAULT_LIMITS.maxBlocks,
      maxColumns: DEFAULT_LIMITS.maxColumns,
    });
    expect(blockTexts(doc.value.children)).toEqual(blockTexts((await blocks(`${name}.docx`)).doc.children));
  });
});

describe("rewriteBodyXml", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  it("leaves parts without the markup it rewrites as they are (the same string)", () => {
    const xml = `<w:document ${W}><w:body><w:p><w:r><w:t>Rà soát</w:t></w:r></w:p></w:body></w:document>`;
    expect(rewriteBodyXml(xml)).toBe(xml);
  });

  it("does not count fields inside deletions, and reads text again after an instruction that never ends", () => {
    const deleted = `<w:p><w:del><w:r><w:fldChar w:fldCharType="begin"/></w:r></w:del><w:r><w:t>Giữ</w:t></w:r></w:p>`;
    expect(rewriteBodyXml(deleted)).toContain("<w:t>Giữ</w:t>");
    const broken = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r></w:p>` + "<w:p><w:r><w:t>x</w:t></w:r></w:p>".repeat(25) + "<w:p><w:r><w:t>Sau</w:t></w:r></w:p>";
    expect(rewriteBodyXml(broken)).toContain("<w:t>Sau</w:t>");
  });

  it("keeps the fallback alone when an alternate content has one, and the choice when it has none", () => {
    const both = `<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p/></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent>`;
    expect(rewriteBodyXml(both)).toBe(both);
    const choice = `<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><w:txbxContent><w:p/></w:txbxContent></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent>`;
    expect(rewriteBodyXml(choice)).toBe(`<mc:AlternateContent><mc:Fallback Requires="wps"><w:pict><w:txbxContent><w:p/></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>`);
  });
});
