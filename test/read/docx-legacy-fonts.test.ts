/**
 * A DOCX converted from an old .doc keeps its text in legacy Vietnamese fonts (fixtures/docx-cases/office/
 * legacy-fonts.docx, written by fixtures/make/office_cases.py): TCVN3 through the Normal style (.VnTime), a heading
 * style based on it (.VnTimeH), runs' own fonts and a task table in .VnTime, a second table in VNI-Times, and one
 * paragraph typed in Unicode under the .VnTime style. Expected values are the generator's Unicode source text.
 */
import { readFile } from "node:fs/promises";
import { blockTexts } from "./block-texts.js";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/read/docx.js";
import { parsePlan } from "../../src/pipeline.js";

const path = new URL("../../fixtures/docx-cases/office/legacy-fonts.docx", import.meta.url).pathname;

describe("DOCX text in legacy Vietnamese fonts (legacy-fonts.docx)", () => {
  it("converts TCVN3 and VNI runs by their run, style or default font, capitals fonts in capitals", async () => {
    const result = await readDocx(await readFile(path));
    const all = blockTexts(result.value.children);
    const joined = all.join("\n");
    for (const phrase of ["ỦY BAN NHÂN DÂN", "HUYỆN THANH TRÌ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 15/KH-UBND", "Thanh Trì, ngày 10 tháng 01 năm 2024", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", "Nơi nhận:", "- Lưu: VT."]) {
      expect(joined).toContain(phrase);
    }
    expect(all).toContain("KẾ HOẠCH");
    expect(all).toContain("Cải cách hành chính năm 2024");
    expect(all).toContain("UBND huyện ban hành Kế hoạch cải cách hành chính năm 2024 như sau:");
    expect(all).toContain("I. MỤC ĐÍCH, YÊU CẦU");
    expect(all).toContain("Nâng cao chất lượng phục vụ người dân, tăng cường trách nhiệm của cơ quan, đơn vị.");
    expect(all).toContain("II. NHIỆM VỤ");
    expect(all).toContain("III. KIỂM TRA, ĐÁNH GIÁ");
    expect(all).toContain("STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành");
    expect(all).toContain("2 | Tuyên truyền về cải cách hành chính trên Cổng thông tin điện tử huyện | Phòng Văn hóa và Thông tin | UBND các xã, thị trấn | Thường xuyên");
    expect(all).toContain("STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn");
    expect(all).toContain("2 | Đánh giá, chấm điểm chỉ số cải cách hành chính của các cơ quan, đơn vị | Phòng Nội vụ | Các phòng chuyên môn | Quý IV/2024");
    // Typed in Unicode under the .VnTime style: kept as typed, not converted a second time.
    expect(all).toContain("Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;");
    // No glyph of either font is left (TCVN3's ư is U+00AD, which must not be dropped as a soft hyphen).
    expect(joined).not.toMatch(/[\u00ad\u00a1-\u00bf\u00d0\u00d7\u00de\u00f1\u00f8]/u);
    expect(result.diagnostics.map((d) => d.code)).toContain("legacy-font-converted");
  });

  it("gives the plan's records in Unicode", async () => {
    const plan = await parsePlan(path, { ocr: "never" });
    expect(plan.meta.number).toBe("15/KH-UBND");
    expect(plan.meta.date).toBe("2024-01-10");
    expect(plan.meta.signer).toBe("Nguyễn Văn An");
    expect(plan.tasks.map((t) => [t.number, t.task, t.lead, t.partners, t.deadline.raw])).toEqual([
      ["1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền của huyện", ["Văn phòng HĐND và UBND huyện"], ["Các phòng chuyên môn"], "Quý II/2024"],
      ["2", "Tuyên truyền về cải cách hành chính trên Cổng thông tin điện tử huyện", ["Phòng Văn hóa và Thông tin"], ["UBND các xã, thị trấn"], "Thường xuyên"],
      ["3", "Nâng cấp hệ thống một cửa điện tử, tăng cường dịch vụ công trực tuyến", ["Phòng Kinh tế và Hạ tầng"], ["Bưu điện huyện"], "Tháng 6/2024"],
      ["1", "Kiểm tra công tác cải cách hành chính tại các xã", ["Phòng Nội vụ"], ["Văn phòng HĐND và UBND huyện"], "Tháng 9/2024"],
      ["2", "Đánh giá, chấm điểm chỉ số cải cách hành chính của các cơ quan, đơn vị", ["Phòng Nội vụ"], ["Các phòng chuyên môn"], "Quý IV/2024"],
    ]);
  });
});
