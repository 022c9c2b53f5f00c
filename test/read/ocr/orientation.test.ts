/**
 * The orientation tests and the paper stretch on a page drawn here: lines of Vietnamese running text at 200 dpi, as
 * a plan's body prints, then the same page upside down, turned a quarter either way, and on grey paper.
 */
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { paperStretch, stretchGrey } from "../../../src/read/ocr/contrast.js";
import { isSideways, isUpsideDown } from "../../../src/read/ocr/orientation.js";
import { vietnameseFont } from "./synthetic-scan.js";

const LINES = [
  "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể",
  "cải cách hành chính nhà nước giai đoạn 2021 - 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "Triển khai đồng bộ các nội dung cải cách hành chính; xác định rõ cơ quan chủ trì, thời hạn",
  "và sản phẩm của từng nhiệm vụ; gắn trách nhiệm người đứng đầu với kết quả thực hiện.",
  "II. NHIỆM VỤ CỤ THỂ",
  "1. Văn phòng HĐND và UBND xã tham mưu tổ chức phát động phong trào thi đua, hoàn thành trước",
  "ngày 28/02/2026; theo dõi, đôn đốc các bộ phận thực hiện; định kỳ hằng quý tổng hợp kết quả.",
  "2. Công chức Văn hóa - Xã hội tuyên truyền về phong trào thi đua trên hệ thống loa truyền thanh.",
];

const font = vietnameseFont();

/** An A4 page at 200 dpi, grey, with the lines above drawn twice down the page. */
function page(): { gray: Uint8Array; width: number; height: number } {
  if (!GlobalFonts.has("CchcOrientationTest")) GlobalFonts.registerFromPath(font!, "CchcOrientationTest");
  const width = 1654;
  const height = 2339;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, width, height);
  context.fillStyle = "#000";
  context.font = "36px CchcOrientationTest";
  [...LINES, ...LINES].forEach((line, i) => context.fillText(line, 160, 260 + i * 60));
  const rgba = context.getImageData(0, 0, width, height).data;
  const gray = new Uint8Array(width * height);
  for (let i = 0; i < gray.length; i++) gray[i] = rgba[4 * i + 1]!;
  return { gray, width, height };
}

/** Turned a quarter clockwise: `height` wide and `width` high. */
function quarter(gray: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(gray.length);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[x * height + (height - 1 - y)] = gray[y * width + x]!;
  return out;
}

describe.skipIf(font === null)("page orientation from its ink", () => {
  it("an upright page is neither upside down nor sideways", () => {
    const { gray, width, height } = page();
    expect(isSideways(gray, width, height)).toBe(false);
    expect(isUpsideDown(gray, width, height)).toBe(false);
  });
  it("half a turn: upside down, not sideways", () => {
    const { gray, width, height } = page();
    gray.reverse();
    expect(isSideways(gray, width, height)).toBe(false);
    expect(isUpsideDown(gray, width, height)).toBe(true);
  });
  it("a quarter turn either way: sideways", () => {
    const { gray, width, height } = page();
    const once = quarter(gray, width, height);
    expect(isSideways(once, height, width)).toBe(true);
    expect(isSideways(once.slice().reverse(), height, width)).toBe(true);
  });
  it("an empty page is not judged", () => {
    const gray = new Uint8Array(1654 * 2339).fill(250);
    expect(isSideways(gray, 1654, 2339)).toBe(false);
    expect(isUpsideDown(gray, 1654, 2339)).toBe(false);
  });
});

describe.skipIf(font === null)("grey paper stretched to white", () => {
  it("paper becomes white and print black; white paper is left as it is", () => {
    const { gray, width, height } = page();
    expect(paperStretch(gray)).toBeUndefined();
    // Paper at 200, print at 40, as a dark scan of a yellowed sheet gives them.
    const dull = gray.map((level) => Math.round(40 + (level * 160) / 255));
    const stretch = paperStretch(dull);
    expect(stretch).toBeDefined();
    stretchGrey(dull, stretch);
    expect(dull[10]).toBe(255);
    expect(Math.min(...dull.subarray(width * 240, width * 270))).toBe(0);
    expect(isUpsideDown(dull.slice().reverse(), width, height)).toBe(true);
  });
});
