/**
 * Issuers, numbers and type lines of plans that no People's Committee issues, header by header, written by hand here
 * from how such headers are built (Hướng dẫn 36-HD/VPTW for Party bodies, Nghị định 30/2020 for the others).
 */
import { describe, expect, it } from "vitest";
import { readText } from "../../src/read/text.js";
import { findNumber } from "../../src/segment/header.js";
import { segment } from "../../src/segment/index.js";
import { headerColumns } from "../../src/segment/organisation.js";

const PARTY = ["ĐẢNG CỘNG SẢN VIỆT NAM"];
const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

async function metaOf(left: string[], right: string[], number: string, place: string, type = "KẾ HOẠCH") {
  const lines = [...left, ...right, "", number, `${place}, ngày 12 tháng 3 năm 2026`, "", type, "Cải cách hành chính năm 2026", "", "I. MỤC ĐÍCH, YÊU CẦU", "", "Nâng cao chất lượng phục vụ người dân."];
  return segment(await readText(lines.join("\n"), "txt"));
}

describe("Party committees and their boards", () => {
  it.each([
    [["TỈNH ỦY HÀ TĨNH", "*"], "Hà Tĩnh", "Tỉnh ủy Hà Tĩnh", "tinh"],
    [["THÀNH ỦY HÀ NỘI", "*"], "Hà Nội", "Thành ủy Hà Nội", "tinh"],
    [["THÀNH ỦY VINH", "*"], "Vinh", "Thành ủy Vinh", "huyen"],
    [["QUẬN ỦY HẢI CHÂU", "*"], "Hải Châu", "Quận ủy Hải Châu", "huyen"],
    [["THỊ ỦY KỲ ANH", "*"], "Kỳ Anh", "Thị ủy Kỳ Anh", "huyen"],
    [["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG TRƯỜNG VINH", "*"], "Trường Vinh", "Đảng ủy phường Trường Vinh", "xa"],
    [["HUYỆN ỦY CAN LỘC", "BAN TỔ CHỨC", "*"], "Can Lộc", "Ban Tổ chức Huyện ủy Can Lộc", "huyen"],
    [["TỈNH ỦY LÀO CAI", "ỦY BAN KIỂM TRA", "*"], "Lào Cai", "Ủy ban Kiểm tra Tỉnh ủy Lào Cai", "tinh"],
  ])("%j", async (left, place, issuer, level) => {
    const { meta } = (await metaOf(left, PARTY, "Số 21-KH/TU", place)).value;
    expect([meta.issuer, meta.level, meta.number]).toEqual([issuer, level, "21-KH/TU"]);
  });

  it("the committee and the Party's line on one line (two columns read as one)", async () => {
    const { meta } = (await metaOf(["HUYỆN ỦY NGHI LỘC ĐẢNG CỘNG SẢN VIỆT NAM", "*"], [], "Số 07-KH/HU", "Nghi Lộc")).value;
    expect([meta.issuer, meta.level, meta.number]).toEqual(["Huyện ủy Nghi Lộc", "huyen", "07-KH/HU"]);
  });

  it("the Party committee of a department: the department's name as Vietnamese writes it", async () => {
    const { meta } = (await metaOf(["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY SỞ Y TẾ", "*"], PARTY, "Số 14-KH/ĐU", "Nghệ An")).value;
    expect(meta.issuer).toMatch(/^Đảng ủy Sở Y tế(?:\s|$)/u);
  });

  it("a working group under the committee leaves the committee the issuer", async () => {
    const { meta } = (await metaOf(["TỈNH ỦY NGHỆ AN", "ĐOÀN KIỂM TRA SỐ 3", "*"], PARTY, "Số 05-KH/ĐKT", "Nghệ An")).value;
    expect([meta.issuer, meta.level]).toEqual(["Tỉnh ủy Nghệ An", "tinh"]);
  });
});

describe("the Front, unions and associations", () => {
  it.each([
    [["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH HÀ NAM"], "Hà Nam", "tinh"],
    [["ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN LẬP", "BAN THƯỜNG TRỰC"], "Tân Lập", "xa"],
    [["HỘI NÔNG DÂN TỈNH BẮC GIANG"], "Bắc Giang", "tinh"],
    [["HỘI CCB VIỆT NAM", "HỘI CCB HUYỆN YÊN THÀNH"], "Yên Thành", "huyen"],
    [["LĐLĐ TỈNH NINH BÌNH", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN KIM SƠN"], "Kim Sơn", "huyen"],
  ])("%j", async (left, place, level) => {
    const { meta } = (await metaOf(left, MOTTO, "Số: 14/KH-MTTQ", place)).value;
    expect(meta.level).toBe(level);
    expect(meta.issuer).toMatch(new RegExp(`${place}$`, "u"));
    expect(meta.number).toBe("14/KH-MTTQ");
  });

  it.each([
    [["TỈNH ĐOÀN QUẢNG BÌNH", "***"], "Quảng Bình", "Tỉnh đoàn Quảng Bình", "tinh"],
    [["BAN CHẤP HÀNH ĐOÀN HUYỆN ĐỨC THỌ", "***"], "Đức Thọ", "Huyện đoàn Đức Thọ", "huyen"],
    [["THÀNH ĐOÀN HÀ NỘI", "***"], "Hà Nội", "Thành đoàn Hà Nội", "tinh"],
  ])("the Youth Union: %j", async (left, place, issuer, level) => {
    const { meta } = (await metaOf(left, ["ĐOÀN TNCS HỒ CHÍ MINH"], "Số: 32-KH/TĐTN-TTG", place)).value;
    expect([meta.issuer, meta.level, meta.number]).toEqual([issuer, level, "32-KH/TĐTN-TTG"]);
  });
});

describe("public units under their department", () => {
  it("the department's line without its province: the date line's place names it", async () => {
    const { meta } = (await metaOf(["SỞ Y TẾ", "BỆNH VIỆN ĐA KHOA TỈNH"], MOTTO, "Số: 88/KH-BVĐK", "Quảng Bình")).value;
    expect([meta.issuer, meta.level]).toEqual(["Bệnh viện Đa khoa tỉnh Quảng Bình", "tinh"]);
  });

  it("a centre under a department that names its province", async () => {
    const { meta } = (await metaOf(["SỞ Y TẾ NGHỆ AN", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"], MOTTO, "Số: 31/KH-KSBT", "Nghệ An")).value;
    expect([meta.issuer, meta.level]).toEqual(["Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An", "tinh"]);
  });

  it("a school dated from its town: the town is never taken for the department's province", async () => {
    const { meta } = (await metaOf(["SỞ GD&ĐT NGHỆ AN", "TRƯỜNG THPT HUỲNH THÚC KHÁNG"], MOTTO, "Số: 12/KH-THPT", "Vinh")).value;
    expect(meta.issuer).toMatch(/^Trường THPT Huỳnh Thúc Kháng\b/u);
    expect(meta.issuer).not.toContain("Vinh");
    expect(meta.level).toBe("tinh");
  });

  it("a department alone stays the department rules' (no unit under it)", async () => {
    const { meta } = (await metaOf(["SỞ CÔNG THƯƠNG", "ĐOÀN KIỂM TRA CÔNG VỤ"], MOTTO, "Số: 12/KH-ĐKT", "Lào Cai")).value;
    expect([meta.issuer, meta.level]).toEqual(["Sở Công Thương tỉnh Lào Cai", "tinh"]);
  });
});

describe("symbols", () => {
  it.each([
    ["Số 125-KH/HU", "125-KH/HU"],
    ["Số: 15 - KH/TĐTN", "15-KH/TĐTN"],
    ["Số 03-KH/BTGTU", "03-KH/BTGTU"],
    ["Số: 589/KH-BCA-C04", "589/KH-BCA-C04"],
    ["Số: 1205/KH-BNV", "1205/KH-BNV"],
    ["Số: 02/KH-BCĐ", "02/KH-BCĐ"],
  ])("%s", (line, number) => {
    expect(findNumber(line)).toBe(number);
  });

  it("a Party symbol cited in running text is no number line", () => {
    expect(findNumber("thực hiện Kết luận số 21-KL/TW của Bộ Chính trị")).toBeUndefined();
  });
});

describe("joint plans", () => {
  it("KẾ HOẠCH PHỐI HỢP is the type line, its title under it", async () => {
    const { meta } = (await metaOf(["CÔNG AN TỈNH BẮC GIANG"], MOTTO, "Số: 45/KH-CAT", "Bắc Giang", "KẾ HOẠCH PHỐI HỢP")).value;
    expect([meta.docType, meta.title]).toEqual(["ke_hoach", "Cải cách hành chính năm 2026"]);
  });

  it("two bodies side by side on each line", () => {
    expect(headerColumns("ỦY BAN NHÂN DÂN ỦY BAN MTTQ VIỆT NAM")).toEqual(["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM"]);
    expect(headerColumns("XÃ TÂN LẬP XÃ TÂN LẬP")).toEqual(["XÃ TÂN LẬP", "XÃ TÂN LẬP"]);
    expect(headerColumns("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    expect(headerColumns("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")).toEqual(["ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"]);
  });

  it("a joint plan of a police department and a Youth Union: the first body's number and issuer, the other said", async () => {
    const lines = ["CÔNG AN TỈNH BẮC GIANG", "Số: 45/KH-CAT", "", "TỈNH ĐOÀN BẮC GIANG", "Số: 30-KH/TĐTN", "", ...MOTTO, "", "Bắc Giang, ngày 02 tháng 4 năm 2026", "", "KẾ HOẠCH LIÊN TỊCH", "Tuyên truyền phòng, chống ma túy năm 2026", "", "I. MỤC ĐÍCH, YÊU CẦU", "", "Nâng cao nhận thức."];
    const result = segment(await readText(lines.join("\n"), "txt"));
    expect([result.value.meta.number, result.value.meta.issuer, result.value.meta.level]).toEqual(["45/KH-CAT", "Công an tỉnh Bắc Giang", "tinh"]);
    const joint = result.diagnostics.find((d) => d.code === "joint-plan");
    expect(joint?.message).toContain("Tỉnh đoàn Bắc Giang");
    expect(joint?.message).toContain("30-KH/TĐTN");
  });
});
