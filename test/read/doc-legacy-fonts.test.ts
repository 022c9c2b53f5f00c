/**
 * The .doc LibreOffice saves from legacy-fonts.docx (fixtures/doc-variants/legacy-fonts.office.doc, written by
 * fixtures/make/office_cases.py --doc): the same runs in TCVN3 and VNI fonts, now named in the .doc's own font table
 * and styles. Text set in a TCVN3 capitals font (.VnTimeH) is in capitals by the font's name, as in the DOCX, even
 * where the letters alone would not say so. Expected values are the generator's Unicode source text.
 */
import { readFile } from "node:fs/promises";
import { blockTexts } from "./block-texts.js";
import { describe, expect, it } from "vitest";
import { cellText } from "../../src/model/types.js";
import { readDoc } from "../../src/read/doc.js";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { parsePlan } from "../../src/pipeline.js";

const path = new URL("../../fixtures/doc-variants/legacy-fonts.office.doc", import.meta.url).pathname;
const options = { maxStreamBytes: DEFAULT_LIMITS.maxDecompressedBytes, maxBlocks: DEFAULT_LIMITS.maxBlocks, maxColumns: DEFAULT_LIMITS.maxColumns };

describe(".doc text in legacy Vietnamese fonts (legacy-fonts.office.doc)", () => {
  it("sets text in a TCVN3 capitals font in capitals by the font's name", async () => {
    const { value } = await readDoc(await readFile(path), options);
    const all = blockTexts(value.children);
    const joined = all.join("\n");
    for (const phrase of ["ỦY BAN NHÂN DÂN", "HUYỆN THANH TRÌ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) {
      expect(joined).toContain(phrase);
    }
    expect(all).toContain("KẾ HOẠCH");
    expect(all).toContain("I. MỤC ĐÍCH, YÊU CẦU");
    expect(all).toContain("II. NHIỆM VỤ");
    expect(all).toContain("III. KIỂM TRA, ĐÁNH GIÁ");
  });

  it("converts the ordinary TCVN3 and VNI runs as they are written", async () => {
    const { value } = await readDoc(await readFile(path), options);
    const all = blockTexts(value.children);
    const joined = all.join("\n");
    for (const phrase of ["Độc lập - Tự do - Hạnh phúc", "Số: 15/KH-UBND", "Thanh Trì, ngày 10 tháng 01 năm 2024", "Nguyễn Văn An", "Nơi nhận:", "- Lưu: VT."]) {
      expect(joined).toContain(phrase);
    }
    expect(all).toContain("Cải cách hành chính năm 2024");
    expect(all).toContain("UBND huyện ban hành Kế hoạch cải cách hành chính năm 2024 như sau:");
    expect(all).toContain("Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;");
    expect(all).toContain("STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành");
    expect(all).toContain("1 | Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền của huyện | Văn phòng HĐND và UBND huyện | Các phòng chuyên môn | Quý II/2024");
    expect(joined).toContain("Kiểm tra công tác cải cách hành chính tại các xã");
    expect(joined).not.toMatch(/[\u00ad\u00a1-\u00bf\u00d0\u00d7\u00de\u00f1\u00f8]/u);
  });

  // The VNI task table and the signature table touch (no paragraph between them), so the .doc has no mark where
  // one ends: the reader tells them apart by their column lines.
  it("keeps the VNI task table and the signature table after it apart", async () => {
    const { value } = await readDoc(await readFile(path), options);
    const tables = value.children.filter((b) => b.type === "table");
    const rows = tables.map((t) => t.rows.map((r) => r.cells.map(cellText)));
    expect(rows).toContainEqual([
      ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
      ["1", "Kiểm tra công tác cải cách hành chính tại các xã", "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Tháng 9/2024"],
      ["2", "Đánh giá, chấm điểm chỉ số cải cách hành chính của các cơ quan, đơn vị", "Phòng Nội vụ", "Các phòng chuyên môn", "Quý IV/2024"],
    ]);
    const signature = rows.find((t) => t.some((r) => r.some((c) => c.includes("Nơi nhận:"))));
    expect(signature).toHaveLength(1);
    expect(signature![0]).toHaveLength(2);
    expect(signature![0]![1]).toContain("Nguyễn Văn An");
  });

  it("gives the plan's records in Unicode", async () => {
    const plan = await parsePlan(path, { ocr: "never" });
    expect(plan.meta.number).toBe("15/KH-UBND");
    expect(plan.meta.date).toBe("2024-01-10");
    expect(plan.tasks.slice(0, 3).map((t) => [t.number, t.task, t.lead, t.partners, t.deadline.raw])).toEqual([
      ["1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền của huyện", ["Văn phòng HĐND và UBND huyện"], ["Các phòng chuyên môn"], "Quý II/2024"],
      ["2", "Tuyên truyền về cải cách hành chính trên Cổng thông tin điện tử huyện", ["Phòng Văn hóa và Thông tin"], ["UBND các xã, thị trấn"], "Thường xuyên"],
      ["3", "Nâng cấp hệ thống một cửa điện tử, tăng cường dịch vụ công trực tuyến", ["Phòng Kinh tế và Hạ tầng"], ["Bưu điện huyện"], "Tháng 6/2024"],
    ]);
    const vni = plan.tables.find((t) => t.columns.includes("Đơn vị phối hợp"));
    expect(vni?.columns).toEqual(["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]);
    expect(plan.tasks.filter((t) => t.table === vni?.id).map((t) => [t.number, t.task, t.lead, t.partners, t.deadline.raw])).toEqual([
      ["1", "Kiểm tra công tác cải cách hành chính tại các xã", ["Phòng Nội vụ"], ["Văn phòng HĐND và UBND huyện"], "Tháng 9/2024"],
      ["2", "Đánh giá, chấm điểm chỉ số cải cách hành chính của các cơ quan, đơn vị", ["Phòng Nội vụ"], ["Các phòng chuyên môn"], "Quý IV/2024"],
    ]);
    expect(plan.meta.signer).toBe("Nguyễn Văn An");
  });
});
