/**
 * Issuers of Youth Union and mass-organisation plans whose header names the executive committee ("BCH", "Ban Chấp
 * hành") over the body, or the body's national line over its own unit line, written by hand here from how such
 * headers are built (the Youth Union's and the associations' own rules for their documents follow Nghị định 30/2020).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readText } from "../../src/read/text.js";
import { segment } from "../../src/segment/index.js";

const YOUTH = ["ĐOÀN TNCS HỒ CHÍ MINH"];
const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

async function metaOf(left: string[], right: string[], number: string, place: string) {
  const lines = [...left, ...right, "", number, `${place}, ngày 12 tháng 3 năm 2026`, "", "KẾ HOẠCH", "Cải cách hành chính năm 2026", "", "I. MỤC ĐÍCH, YÊU CẦU", "", "Nâng cao chất lượng phục vụ người dân."];
  return segment(await readText(lines.join("\n"), "txt")).value.meta;
}

describe("the Youth Union's executive committee over its unit", () => {
  it.each([
    [["BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH NGHỆ AN", "***"], "Nghệ An", "Tỉnh đoàn Nghệ An", "tinh"],
    [["BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH", "HUYỆN YÊN THÀNH", "***"], "Yên Thành", "Huyện đoàn Yên Thành", "huyen"],
    [["BCH ĐOÀN TNCS HỒ CHÍ MINH", "THÀNH PHỐ HÀ NỘI", "***"], "Hà Nội", "Thành đoàn Hà Nội", "tinh"],
    [["BCH ĐOÀN TNCS HỒ CHÍ MINH", "XÃ TÂN LẬP", "***"], "Tân Lập", "Đoàn xã Tân Lập", "xa"],
  ])("%j", async (left, place, issuer, level) => {
    const meta = await metaOf(left, YOUTH, "Số: 32-KH/TĐTN-TTG", place);
    expect([meta.issuer, meta.level, meta.number]).toEqual([issuer, level, "32-KH/TĐTN-TTG"]);
  });

  it("both columns on one line, as a text file lays them out (fixture p54)", async () => {
    const text = readFileSync(new URL("../../fixtures/prose/p54_tinh-doan-nghe-an-tuyen-truyen-cchc-2026.txt", import.meta.url), "utf8");
    const { meta } = segment(await readText(text, "txt")).value;
    expect([meta.issuer, meta.level]).toEqual(["Tỉnh đoàn Nghệ An", "tinh"]);
  });
});

describe("mass organisations named by their executive committee or their national line", () => {
  it.each([
    [["BCH HỘI LIÊN HIỆP PHỤ NỮ", "TỈNH QUẢNG BÌNH"], "Quảng Bình", "Hội Liên hiệp Phụ nữ tỉnh Quảng Bình", "tinh"],
    [["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN HUYỆN ĐÔ LƯƠNG"], "Đô Lương", "Hội Nông dân huyện Đô Lương", "huyen"],
    [["HỘI NÔNG DÂN VIỆT NAM", "BCH TỈNH BẮC GIANG"], "Bắc Giang", "Hội Nông dân tỉnh Bắc Giang", "tinh"],
    [["HỘI CỰU CHIẾN BINH VIỆT NAM", "BAN CHẤP HÀNH XÃ NGHI PHONG"], "Nghi Phong", "Hội Cựu chiến binh xã Nghi Phong", "xa"],
    [["BAN CHẤP HÀNH LIÊN ĐOÀN LAO ĐỘNG", "TỈNH NINH BÌNH"], "Ninh Bình", "Liên đoàn Lao động tỉnh Ninh Bình", "tinh"],
    [["ỦY BAN MTTQ VIỆT NAM", "HUYỆN THANH CHƯƠNG", "BAN THƯỜNG TRỰC"], "Thanh Chương", "Ủy ban MTTQ Việt Nam huyện Thanh Chương", "huyen"],
  ])("%j", async (left, place, issuer, level) => {
    const meta = await metaOf(left, MOTTO, "Số: 14/KH-HND", place);
    expect([meta.issuer, meta.level, meta.number]).toEqual([issuer, level, "14/KH-HND"]);
  });
});
