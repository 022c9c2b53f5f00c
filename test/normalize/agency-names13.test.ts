/**
 * Agency names as a reader writes them down (issue 17, round 13): a name wrapped at a cell's edge right after its type
 * word ("Hội đồng" / "Phối hợp phổ biến, giáo dục pháp luật tỉnh") is one body, never a "Phối hợp" role label; a name in
 * capitals is re-cased with its proper name kept ("TRƯỜNG ĐẠI HỌC VINH" → "Trường Đại học Vinh") and a council's
 * name phrase going on after its comma in lower case.
 */
import { describe, expect, it } from "vitest";
import { cleanAgency, readAgencyCell } from "../../src/normalize/agency.js";

const names = (paragraphs: string[]) => readAgencyCell(paragraphs).items.map((item) => [item.name, item.role]);

describe("a name whose words start with a role word", () => {
  it("is one body when the cell wraps it after its type word", () => {
    expect(names(["Hội đồng", "Phối hợp phổ biến, giáo dục pháp luật tỉnh"])).toEqual([["Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh", null]]);
    expect(names(["Sở Tư pháp,", "Hội đồng", "Phối hợp phổ biến, giáo dục pháp luật tỉnh"])).toEqual([
      ["Sở Tư pháp", null],
      ["Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh", null],
    ]);
  });
  it("is no role label without a colon, 'với' or a capital after it", () => {
    expect(names(["Phối hợp phổ biến, giáo dục pháp luật tỉnh"])).toEqual([["Phối hợp phổ biến, giáo dục pháp luật tỉnh", null]]);
    // The labels still read as before.
    expect(names(["Chủ trì: Sở Tư pháp", "Phối hợp: Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh"])).toEqual([
      ["Sở Tư pháp", "lead"],
      ["Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh", "partner"],
    ]);
    expect(names(["Sở Tư pháp chủ trì, phối hợp với các sở, ngành"])).toEqual([
      ["Sở Tư pháp", "lead"],
      ["các sở, ngành", "partner"],
    ]);
  });
  it("a type word alone before a body of its own stays apart", () => {
    expect(names(["Ban", "Sở Tư pháp"])).toEqual([["Ban", null], ["Sở Tư pháp", null]]);
  });
});

describe("names in capitals re-cased", () => {
  const recased = (name: string) => cleanAgency(name).value;
  it("keeps the proper name of a university or college after its level", () => {
    expect(recased("TRƯỜNG ĐẠI HỌC VINH")).toBe("Trường Đại học Vinh");
    expect(recased("TRƯỜNG CAO ĐẲNG KIÊN GIANG")).toBe("Trường Cao đẳng Kiên Giang");
    expect(recased("TRƯỜNG TRUNG CẤP NGHỀ QUỲNH LƯU")).toBe("Trường Trung cấp Nghề Quỳnh Lưu");
  });
  it("a council's name goes on in lower case after its comma; a department's next field is capitalised", () => {
    expect(recased("HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TỈNH")).toBe("Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh");
    expect(recased("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")).toBe("Sở Văn hóa, Thể thao và Du lịch");
    expect(recased("PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ")).toBe("Phòng Kinh tế, Hạ tầng và Đô thị");
  });
});
