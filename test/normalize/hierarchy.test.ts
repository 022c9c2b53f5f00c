import { describe, expect, it } from "vitest";
import { splitAgencies } from "../../src/normalize/agency.js";
import { joinHierarchy } from "../../src/normalize/hierarchy.js";

describe("joinHierarchy: a unit named with the bodies it belongs to", () => {
  it("joins a unit and its higher parents into one name", () => {
    expect(joinHierarchy(["Phòng 5", "Cục Cảnh sát điều tra tội phạm về ma túy", "Bộ Công an"])).toEqual([
      "Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an",
    ]);
    expect(joinHierarchy(["Cục Kiểm soát thủ tục hành chính", "Văn phòng Chính phủ"])).toEqual(["Cục Kiểm soát thủ tục hành chính", "Văn phòng Chính phủ"]);
  });
  it("keeps lists of bodies of one level, or of a level that is no parent, apart", () => {
    expect(joinHierarchy(["Phòng Nội vụ", "Phòng Tư pháp"])).toEqual(["Phòng Nội vụ", "Phòng Tư pháp"]);
    expect(joinHierarchy(["Phòng Tài chính - Kế hoạch", "Chi cục Thuế khu vực"])).toEqual(["Phòng Tài chính - Kế hoạch", "Chi cục Thuế khu vực"]);
    expect(joinHierarchy(["Bộ Công an", "Bộ Quốc phòng"])).toEqual(["Bộ Công an", "Bộ Quốc phòng"]);
    expect(joinHierarchy(["Phòng Nội vụ", "Bộ phận Một cửa"])).toEqual(["Phòng Nội vụ", "Bộ phận Một cửa"]);
  });
  it("is applied by splitAgencies to a cell", () => {
    expect(splitAgencies(["Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an"]).value).toEqual([
      "Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an",
    ]);
  });
});
