/**
 * The issuing body as headers really come: the committee's line over its unit's line (thành phố, huyện, thị xã,
 * quận, xã, phường, tỉnh), a department under its committee, the national motto beside, under or before them, in
 * capitals or re-cased by a converter, with or without blank lines. Each header is written by hand here.
 */
import { describe, expect, it } from "vitest";
import { readText } from "../../src/read/text.js";
import { segment } from "../../src/segment/index.js";

const BODY = ["Số: 301/KH-UBND", "Vinh, ngày 18 tháng 3 năm 2026", "", "KẾ HOẠCH", "Kiểm tra công tác cải cách hành chính năm 2026", "", "I. MỤC ĐÍCH, YÊU CẦU", "", "Đánh giá kết quả thực hiện nhiệm vụ cải cách hành chính."];
const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

async function issuerOf(header: string[], format: "txt" | "md" = "txt") {
  const meta = segment(await readText([...header, ...BODY].join("\n"), format)).value.meta;
  return [meta.issuer, meta.level];
}

describe("a committee over its unit's line", () => {
  it.each([
    [["ỦY BAN NHÂN DÂN", "THÀNH PHỐ VINH"], "UBND thành phố Vinh", "huyen"],
    [["ỦY BAN NHÂN DÂN", "HUYỆN NGHI LỘC"], "UBND huyện Nghi Lộc", "huyen"],
    [["ỦY BAN NHÂN DÂN", "THỊ XÃ CỬA LÒ"], "UBND thị xã Cửa Lò", "huyen"],
    [["ỦY BAN NHÂN DÂN", "QUẬN HẢI CHÂU"], "UBND quận Hải Châu", "huyen"],
    [["ỦY BAN NHÂN DÂN", "XÃ NGHI PHONG"], "UBND xã Nghi Phong", "xa"],
    [["ỦY BAN NHÂN DÂN", "PHƯỜNG HÀ HUY TẬP"], "UBND phường Hà Huy Tập", "xa"],
    [["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "UBND tỉnh Nghệ An", "tinh"],
  ])("%j, the motto under them", async (lines, issuer, level) => {
    expect(await issuerOf([...lines, ...MOTTO])).toEqual([issuer, level]);
    expect(await issuerOf([...lines, "-------", ...MOTTO], "md")).toEqual([issuer, level]);
  });

  it("the motto first (the header's right column read before its left)", async () => {
    expect(await issuerOf([...MOTTO, "ỦY BAN NHÂN DÂN", "THÀNH PHỐ VINH"])).toEqual(["UBND thành phố Vinh", "huyen"]);
  });

  it("the motto beside them, columns apart", async () => {
    expect(await issuerOf(["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÀNH PHỐ VINH\tĐộc lập - Tự do - Hạnh phúc"])).toEqual(["UBND thành phố Vinh", "huyen"]);
  });

  it("re-cased by a converter", async () => {
    expect(await issuerOf(["Ủy ban nhân dân", "Thành phố Vinh", ...MOTTO])).toEqual(["UBND thành phố Vinh", "huyen"]);
  });

  it("one line a paragraph, in a file whose long lines show it", async () => {
    const long = "Thực hiện Kế hoạch số 5/KH-UBND ngày 05/01/2026 của UBND tỉnh về cải cách hành chính năm 2026, UBND thành phố ban hành Kế hoạch như sau:";
    const meta = segment(await readText(["ỦY BAN NHÂN DÂN", "HUYỆN CAN LỘC", ...MOTTO, ...BODY.filter((l) => l !== ""), long].join("\n"), "txt")).value.meta;
    expect([meta.issuer, meta.level]).toEqual(["UBND huyện Can Lộc", "huyen"]);
  });
});

describe("a department under its committee", () => {
  it.each([
    [["UBND TỈNH NGHỆ AN", "SỞ CÔNG THƯƠNG"], "Sở Công Thương tỉnh Nghệ An"],
    [["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "SỞ CÔNG THƯƠNG"], "Sở Công Thương tỉnh Nghệ An"],
    [["UBND TỈNH NGHỆ AN", "BAN DÂN TỘC"], "Ban Dân tộc tỉnh Nghệ An"],
    [["UBND THÀNH PHỐ VINH", "PHÒNG NỘI VỤ"], "Phòng Nội vụ thành phố Vinh"],
  ])("%j", async (lines, issuer) => {
    expect((await issuerOf([...lines, ...MOTTO]))[0]).toBe(issuer);
    expect((await issuerOf([...MOTTO, ...lines]))[0]).toBe(issuer);
  });
});

describe("a committee's place read by OCR with other marks than its date line's", () => {
  const header = ["ỦY BAN NHÂN DÂN", "HUYỆN VẬN NINH", ...MOTTO, "Số: 56/KH-UBND", "Vạn Ninh, ngày 26 tháng 02 năm 2024", "", ...BODY.slice(3)];
  /** The text as if OCR had read it from page 1. */
  const scanned = async () => {
    const doc = (await readText(header.join("\n"), "txt"));
    const onPageOne = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      const withPosition = node as { position?: { page?: number }; children?: unknown[]; rows?: unknown[]; cells?: unknown[]; content?: unknown[] };
      if (withPosition.position) withPosition.position.page = 1;
      for (const child of [...(withPosition.children ?? []), ...(withPosition.rows ?? []), ...(withPosition.cells ?? []), ...(withPosition.content ?? [])]) onPageOne(child);
    };
    onPageOne(doc);
    doc.source.ocrPages = [1];
    return doc;
  };

  it("spells the place as the date line does (small letters, read better)", async () => {
    expect(segment(await scanned()).value.meta).toMatchObject({ issuer: "UBND huyện Vạn Ninh", place: "Vạn Ninh" });
  });

  it("keeps the header's spelling in a text that no OCR read", async () => {
    expect(segment(await readText(header.join("\n"), "txt")).value.meta.issuer).toBe("UBND huyện Vận Ninh");
  });
});
