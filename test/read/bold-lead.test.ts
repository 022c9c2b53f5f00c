/** src/read/bold-lead.ts: where a paragraph's first bold stretch ends, and the readers that record it. */
import { describe, expect, it } from "vitest";
import { boldLeadOf } from "../../src/read/bold-lead.js";
import { parsePlan } from "../../src/pipeline.js";

describe("boldLeadOf", () => {
  it("the text up to the end of the first bold stretch, with the few plain words before it", () => {
    expect(boldLeadOf([{ text: "2. Bộ phận Một cửa", bold: true }, { text: " Tiếp nhận hồ sơ.", bold: false }])).toBe("2. Bộ phận Một cửa");
    expect(boldLeadOf([{ text: "5. Đề nghị ", bold: false }, { text: "Ủy ban MTTQ Việt Nam xã", bold: true }, { text: " phối hợp …", bold: false }])).toBe(
      "5. Đề nghị Ủy ban MTTQ Việt Nam xã",
    );
  });
  it("none for a wholly bold paragraph, plain text first, or bold only on a later line", () => {
    expect(boldLeadOf([{ text: "III. TỔ CHỨC THỰC HIỆN", bold: true }])).toBeUndefined();
    expect(boldLeadOf([{ text: "Các cơ quan, đơn vị báo cáo kết quả về ", bold: false }, { text: "Sở Nội vụ", bold: true }, { text: ".", bold: false }])).toBeUndefined();
    expect(boldLeadOf([{ text: "1.\n", bold: false }, { text: "Sở Nội vụ", bold: true }, { text: " chủ trì", bold: false }])).toBeUndefined();
  });
});

describe("an HTML plan's bold body before a capitalised verb", () => {
  it("'<strong>Công an xã</strong> Rà soát …' leads with the bold body", async () => {
    const html = [
      "<p><strong>ỦY BAN NHÂN DÂN XÃ TÂN LẬP</strong></p><p>Số: 03/KH-UBND</p><p>Tân Lập, ngày 12 tháng 01 năm 2026</p>",
      "<p><strong>KẾ HOẠCH</strong></p><p><strong>Cải cách hành chính năm 2026</strong></p>",
      "<p><strong>I. MỤC ĐÍCH, YÊU CẦU</strong></p><p>Nâng cao chất lượng.</p>",
      "<p><strong>II. TỔ CHỨC THỰC HIỆN</strong></p>",
      "<p><strong>1. Công an xã</strong> Rà soát, làm sạch dữ liệu dân cư trong Quý II/2026.</p>",
      "<p><strong>2. Ủy ban nhân dân xã</strong> Tân Lập chỉ đạo các thôn thực hiện.</p>",
      "<p>Nơi nhận:</p><p>- Lưu: VT.</p>",
    ].join("\n");
    const doc = await parsePlan(Buffer.from(html, "utf8"), { path: "plan.html", ocr: "never" });
    expect(doc.tasks.map((t) => [t.number, t.lead, t.task])).toEqual([
      ["1", ["Công an xã"], "Rà soát, làm sạch dữ liệu dân cư trong Quý II/2026."],
      ["2", ["Ủy ban nhân dân xã Tân Lập"], "Chỉ đạo các thôn thực hiện."],
    ]);
  });
});
