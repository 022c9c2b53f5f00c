/**
 * Header and section recognition on plans written differently from the seeds: other markup, other numbering,
 * missing parts, HTML, a header table, a decision wrapper. Each variant is written by hand here.
 */
import { describe, expect, it } from "vitest";
import { htmlToBlocks } from "../../src/read/html.js";
import { readText } from "../../src/read/text.js";
import { segment } from "../../src/segment/index.js";

const parts = async (text: string) => segment(await readText(text, "md")).value;

describe("header variants", () => {
  it("reads a Markdown header with bold title, number with spaces and a province", async () => {
    const plan = await parts(
      [
        "**ỦY BAN NHÂN DÂN**",
        "**TỈNH HÀ TĨNH**",
        "",
        "Số: 15 / KH-UBND",
        "",
        "*Hà Tĩnh, ngày 5 tháng 1 năm 2025*",
        "",
        "## KẾ HOẠCH",
        "### Cải cách hành chính nhà nước tỉnh Hà Tĩnh giai đoạn 2026 - 2030",
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        "",
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.",
        "",
        "## I. MỤC TIÊU",
        "",
        "Nội dung.",
      ].join("\n"),
    );
    expect(plan.meta).toMatchObject({
      docType: "ke_hoach",
      number: "15/KH-UBND",
      date: "2025-01-05",
      place: "Hà Tĩnh",
      issuer: "UBND tỉnh Hà Tĩnh",
      level: "tinh",
      title: "Cải cách hành chính nhà nước tỉnh Hà Tĩnh giai đoạn 2026 - 2030",
      year: 2026,
      period: { from: 2026, to: 2030 },
    });
    expect(plan.meta.legalBases).toEqual(["Luật Tổ chức chính quyền địa phương", "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ"]);
  });
  it("reads a commune plan with no number and a period 'đến năm 2030' (not the vision year)", async () => {
    const plan = await parts(
      [
        "UBND XÃ TÂN LẬP",
        "",
        "Tân Lập, ngày 20/12/2024",
        "",
        "KẾ HOẠCH",
        "Cải cách hành chính đến năm 2030, tầm nhìn đến năm 2045",
        "",
        "I. MỤC ĐÍCH",
        "",
        "Nội dung.",
      ].join("\n"),
    );
    expect(plan.meta).toMatchObject({ number: null, date: "2024-12-20", place: "Tân Lập", level: "xa", year: 2024, period: { from: 2024, to: 2030 } });
    expect(plan.meta.issuer).toBe("UBND xã Tân Lập");
  });
  it("takes a district city's issuer and level from the header table of an HTML page", async () => {
    const blocks = htmlToBlocks(
      `<table><tr><td><b>ỦY BAN NHÂN DÂN<br>THÀNH PHỐ CAO LÃNH</b></td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>
       <tr><td>Số: 88/KH-UBND</td><td><i>Cao Lãnh, ngày 02 tháng 3 năm 2023</i></td></tr></table>
       <p><b>KẾ HOẠCH</b></p><p><b>Thực hiện công tác cải cách hành chính năm 2023</b></p>
       <p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p><p>Nội dung.</p><p><b>II. NHIỆM VỤ</b></p><p>1. Cải cách thể chế</p>`,
    );
    const plan = segment({ type: "root", children: blocks, source: { format: "html", pages: null, ocrPages: [] } }).value;
    expect(plan.meta).toMatchObject({
      number: "88/KH-UBND",
      date: "2023-03-02",
      place: "Cao Lãnh",
      issuer: "UBND thành phố Cao Lãnh",
      level: "huyen",
      title: "Thực hiện công tác cải cách hành chính năm 2023",
    });
    expect(plan.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
  });
  it("gives docType other and nulls, without failing, for text that is no plan", async () => {
    const plan = await parts("Biên bản họp\n\nNội dung cuộc họp hôm nay.");
    expect(plan.meta).toMatchObject({ docType: "other", number: null, date: null, title: null, year: null, signer: null });
    expect(plan.sections).toEqual([]);
    expect(plan.appendix).toBeNull();
  });
});

describe("section variants", () => {
  it("finds sections whatever the markup and separator, and never takes a numbered list for one", async () => {
    const plan = await parts(
      [
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2024",
        "",
        "### **I- MỤC TIÊU**",
        "",
        "1) Mục tiêu chung",
        "",
        "Nội dung mục tiêu.",
        "",
        "**II) NHIỆM VỤ**",
        "",
        "1. Cải cách thể chế",
        "",
        "a) Rà soát văn bản",
        "",
        "2. Cải cách thủ tục hành chính",
        "",
        "III. Tổ chức thực hiện",
        "",
        "Các phòng triển khai.",
      ].join("\n"),
    );
    expect(plan.sections.map((s) => [s.numeral, s.heading])).toEqual([
      ["I", "MỤC TIÊU"],
      ["II", "NHIỆM VỤ"],
      ["III", "Tổ chức thực hiện"],
    ]);
    expect(plan.sections[1]!.subsections.map((s) => [s.number, s.heading])).toEqual([
      ["1", "Cải cách thể chế"],
      ["a", "Rà soát văn bản"],
      ["2", "Cải cách thủ tục hành chính"],
    ]);
    expect(plan.sections[0]!.subsections.map((s) => s.number)).toEqual(["1"]);
  });
  it("reports a missing section and keeps the order", async () => {
    const result = segment(await readText("KẾ HOẠCH\nCải cách năm 2024\n\nI. MỤC TIÊU\n\nA.\n\nIII. KINH PHÍ\n\nB.", "txt"));
    expect(result.value.sections.map((s) => s.numeral)).toEqual(["I", "III"]);
    expect(result.diagnostics.some((d) => d.code === "section-numbering")).toBe(true);
  });
  it("segments the plan a decision issues, not the decision's articles", async () => {
    const plan = await parts(
      [
        "Số: 12/QĐ-UBND",
        "",
        "Thới Bình, ngày 03 tháng 01 năm 2025",
        "",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch cải cách hành chính năm 2025",
        "",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THỚI BÌNH",
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        "",
        "QUYẾT ĐỊNH:",
        "",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
        "",
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
        "",
        "KẾ HOẠCH",
        "Cải cách hành chính huyện Thới Bình năm 2025",
        "",
        "I. MỤC TIÊU",
        "",
        "Nội dung.",
        "",
        "II. NHIỆM VỤ",
        "",
        "Nội dung.",
      ].join("\n"),
    );
    expect(plan.meta).toMatchObject({
      docType: "quyet_dinh",
      number: "12/QĐ-UBND",
      issuer: "UBND huyện Thới Bình",
      title: "Cải cách hành chính huyện Thới Bình năm 2025",
      year: 2025,
    });
    expect(plan.meta.legalBases).toEqual(["Luật Tổ chức chính quyền địa phương"]);
    expect(plan.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
  });
});
