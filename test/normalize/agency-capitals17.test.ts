/** A body's name in capitals, as bold headings write it ("4. SỞ NỘI VỤ", "6. ĐỀ NGHỊ TÒA ÁN NHÂN DÂN TỈNH"). */
import { describe, expect, it } from "vitest";
import { cleanAgency, readAgencyCell } from "../../src/normalize/agency.js";

describe("names in capitals", () => {
  it("a type word inside a name in capitals starts no new body ('VỤ' of 'SỞ NỘI VỤ')", () => {
    const cell = readAgencyCell(["SỞ NỘI VỤ"], { runTogether: true });
    expect(cell.items.map((item) => item.name)).toEqual(["SỞ NỘI VỤ"]);
    expect(cell.runTogether).toEqual([]);
    expect(cleanAgency("SỞ NỘI VỤ").value).toBe("Sở Nội vụ");
  });
  it("two bodies run together in capitals are still cut, each in its own case", () => {
    const cell = readAgencyCell(["PHÒNG NỘI VỤ PHÒNG TƯ PHÁP"], { runTogether: true });
    expect(cell.items.map((item) => item.name)).toEqual(["Phòng Nội vụ", "Phòng Tư pháp"]);
  });
  it("'nhân dân' in lower case in every name that holds it", () => {
    expect(cleanAgency("TÒA ÁN NHÂN DÂN TỈNH").value).toBe("Tòa án nhân dân tỉnh");
    expect(cleanAgency("VIỆN KIỂM SÁT NHÂN DÂN TỈNH").value).toBe("Viện Kiểm sát nhân dân tỉnh");
    expect(cleanAgency("HỘI ĐỒNG NHÂN DÂN XÃ").value).toBe("Hội đồng nhân dân xã");
  });
});
