/**
 * Part headings whose Roman numeral a scan mangles: misread strokes ("IL." for "II.", "TV." for "IV."), a comma for
 * the stop, the numeral glued to the heading's first word ("IMỤCĐÍCH"). Each line is written by hand in the shapes
 * tesseract produces on scanned plans; the parts are what the printed plan says.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.js";
import { findSections } from "../../src/segment/sections.js";
import type { Unit } from "../../src/segment/units.js";

function units(texts: string[]): Unit[] {
  return texts.map((text, index) => ({
    block: index, lines: [text], text, marker: undefined, kind: "paragraph", bold: false, italic: false, footnote: false, inTable: false,
    position: { page: 1, line: index + 1 },
  }));
}

const BODY = [
  "IMỤCĐÍCH,YÊU CẦU",
  "1. Mục đích",
  "Nâng cao chất lượng cải cách hành chính.",
  "HE. NHIỆM VỤ TRỌNG TÂM",
  "1. Cải cách thể chế",
  "IH. TỔ CHỨC THỰC HIỆN",
  "1. Văn phòng: chủ trì theo dõi.",
  "TV, KINH PHÍ",
  "Kinh phí thực hiện từ ngân sách.",
];

function read(texts: string[], ocrPages: number[]) {
  const diagnostics: Diagnostic[] = [];
  const { sections } = findSections(units(texts), 0, texts.length, diagnostics, { ocrPages });
  return { parts: sections.map((s) => [s.numeral, s.heading]), diagnostics };
}

describe("part numerals mangled by OCR", () => {
  it("reads each mangled numeral as the part due next, splits the glued standard words, and says so", () => {
    const { parts, diagnostics } = read(BODY, [1]);
    expect(parts).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU"],
      ["II", "NHIỆM VỤ TRỌNG TÂM"],
      ["III", "TỔ CHỨC THỰC HIỆN"],
      ["IV", "KINH PHÍ"],
    ]);
    expect(diagnostics.filter((d) => d.code === "section-numbering")).toHaveLength(4);
  });

  it.each([
    ["H. NHIỆM VỤ", "II"],
    ["IL. NHIỆM VỤ", "II"],
    ["HI. GIẢI PHÁP", "III"],
    ["IV, KINH PHÍ", "IV"],
  ])("%s where it is due is part %s", (line, numeral) => {
    const before = ["I. MỤC ĐÍCH", "II. NHIỆM VỤ", "III. GIẢI PHÁP"].slice(0, ["II", "III", "IV"].indexOf(numeral) + 1);
    const { parts } = read([...before.flatMap((heading) => [heading, "Nội dung."]), line], [1]);
    expect(parts[parts.length - 1]).toEqual([numeral, line.replace(/^\S+\s*/u, "")]);
  });

  it("reads a last L as the first part's stop where part I is due", () => {
    const { parts } = read(["IL MỤC ĐÍCH, YÊU CẦU", "Nội dung.", "H.  NHIỆM VỤ TRỌNG TÂM", "Nội dung."], [1]);
    expect(parts).toEqual([["I", "MỤC ĐÍCH, YÊU CẦU"], ["II", "NHIỆM VỤ TRỌNG TÂM"]]);
  });

  it("reads a stop read as '=' and a faint stroke read as an apostrophe", () => {
    const { parts } = read(["IL=MỤCĐÍCH, YÊU CẦU", "Nội dung.", "I' NHIỆM VỤ TRỌNG TÂM", "Nội dung."], [1]);
    expect(parts).toEqual([["I", "MỤC ĐÍCH, YÊU CẦU"], ["II", "NHIỆM VỤ TRỌNG TÂM"]]);
  });

  it("takes no mangled numeral on a page not read by OCR", () => {
    expect(read(BODY, []).parts).toEqual([]);
  });

  it("takes a mangled numeral only where it is due next", () => {
    const { parts } = read(["I. MỤC ĐÍCH", "Nội dung.", "IH. TỔ CHỨC THỰC HIỆN"], [1]);
    expect(parts).toEqual([["I", "MỤC ĐÍCH"]]);
  });

  it("takes no heading in running text after a mangled numeral", () => {
    const { parts } = read(["I. MỤC ĐÍCH", "Nội dung.", "IL. Nhiệm vụ trọng tâm"], [1]);
    expect(parts).toHaveLength(1);
  });

  it("leaves glued words that are no standard heading words as read", () => {
    const { parts } = read(["I. MỤC ĐÍCH", "Nội dung.", "IL. CÔNGTÁC KHÁC"], [1]);
    expect(parts[1]).toEqual(["II", "CÔNGTÁC KHÁC"]);
  });

  it("a first part glued to its heading needs part II after it", () => {
    expect(read(["IMỤCĐÍCH,YÊU CẦU", "Nội dung."], [1]).parts).toEqual([]);
  });
});
