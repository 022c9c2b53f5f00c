/**
 * Part and subsection headings as tesseract gives them on scanned plans: a part heading with its first subsection run
 * onto the same line ("III. TỔ CHỨC THỰC HIỆN 1. Phòng Nội vụ …", its "1." misread "ti"), part II's numeral read as
 * "I." so that only part III (itself mangled, "IHL.") shows the plan numbers its parts in Roman numerals, and a
 * subsection number whose stop was lost ("2 Cải cách thủ tục hành chính"). Each line is written by hand in the shape
 * tesseract produced on fixtures/unseen-office/scan/u1-camlam.scan.pdf; the parts are what the printed plan says.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.js";
import { findSections, runOnFirstSubsection } from "../../src/segment/sections.js";
import type { Unit } from "../../src/segment/units.js";

function units(texts: string[]): Unit[] {
  return texts.map((text, index) => ({
    block: index, lines: [text], text, marker: undefined, kind: "paragraph", bold: false, italic: false, footnote: false, inTable: false,
    position: { page: 1, line: index + 1 },
  }));
}

function read(texts: string[], ocrPages: number[]) {
  const diagnostics: Diagnostic[] = [];
  const { sections } = findSections(units(texts), 0, texts.length, diagnostics, { ocrPages });
  return {
    parts: sections.map((s) => [s.numeral, s.heading, s.subsections.map((sub) => `${sub.number} ${sub.heading}`)]),
    diagnostics,
  };
}

describe("a part heading run onto its first subsection's line", () => {
  it.each([
    ["III. TỔ CHỨC THỰC HIỆN 1. Phòng Nội vụ", "1."],
    ["III. TỔ CHỨC THỰC HIỆN ti Phòng Nội vụ", "ti"],
    ["III. TỔ CHỨC THỰC HIỆN l Phòng Nội vụ", "l"],
  ])("%s: the part, then subsection 1", (line, reading) => {
    expect(runOnFirstSubsection(line)).toEqual({ heading: "III. TỔ CHỨC THỰC HIỆN", subsection: "1. Phòng Nội vụ", reading });
    const { parts, diagnostics } = read(
      ["I. MỤC ĐÍCH, YÊU CẦU", "Nội dung.", "II. NHIỆM VỤ", "Nội dung.", line, "Là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.", "2. Các cơ quan, đơn vị", "Báo cáo kết quả."],
      [1],
    );
    expect(parts[2]).toEqual(["III", "TỔ CHỨC THỰC HIỆN", ["1 Phòng Nội vụ", "2 Các cơ quan, đơn vị"]]);
    expect(diagnostics.some((d) => d.code === "section-numbering" && d.message.includes(`"${reading}"`))).toBe(reading !== "1.");
  });

  it("a heading in capitals that runs on into text without a number, or a line that is no heading, is left whole", () => {
    expect(runOnFirstSubsection("II. NHIỆM VỤ VÀ GIẢI PHÁP Các nhiệm vụ cụ thể tại Phụ lục")).toBeNull();
    expect(runOnFirstSubsection("I. Mục đích 1 Nâng cao chất lượng")).toBeNull();
    expect(runOnFirstSubsection("III. CCHC 1. Phòng Nội vụ")).toBeNull();
  });

  it("on a text layer, the line is the writer's: not split", () => {
    const { parts } = read(["I. MỤC ĐÍCH", "Nội dung.", "II. NHIỆM VỤ", "Nội dung.", "III. TỔ CHỨC THỰC HIỆN ti Phòng Nội vụ", "Nội dung."], []);
    expect(parts[2]).toEqual(["III", "TỔ CHỨC THỰC HIỆN ti Phòng Nội vụ", []]);
  });
});

describe("part numerals when part II's own is the one OCR mangled", () => {
  const BODY = [
    "IL=MỤCĐÍCH,YÊU CẦU",
    "1. Mục đích",
    "Tiếp tục đẩy mạnh cải cách hành chính.",
    "I. NHIỆM VỤ TRỌNG TÂM",
    "1. Cải cách thể chế",
    "Nâng cao chất lượng xây dựng văn bản.",
    "2 Cải cách thủ tục hành chính",
    "Công khai đầy đủ thủ tục hành chính.",
    "3 Cải cách tổ chức bộ máy",
    "Sắp xếp, kiện toàn tổ chức bộ máy.",
    "4. Xây dựng chính quyền điện tử, chính quyền số",
    "IHL. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Nội vụ",
    "Là cơ quan thường trực.",
  ];

  it("part I from its mangled numeral since part III follows; I. again is part II; subsections 2 and 3 without their stops", () => {
    const { parts } = read(BODY, [1]);
    expect(parts).toEqual([
      ["I", "MỤC ĐÍCH, YÊU CẦU", ["1 Mục đích"]],
      ["II", "NHIỆM VỤ TRỌNG TÂM", ["1 Cải cách thể chế", "2 Cải cách thủ tục hành chính", "3 Cải cách tổ chức bộ máy", "4 Xây dựng chính quyền điện tử, chính quyền số"]],
      ["III", "TỔ CHỨC THỰC HIỆN", ["1 Phòng Nội vụ"]],
    ]);
  });

  it("a number without its stop that is not the one due next, or a sentence, is no subsection", () => {
    const { parts } = read(["I. NHIỆM VỤ", "1. Cải cách thể chế", "5 Cải cách công vụ", "2 Phòng Nội vụ chủ trì thực hiện.", "II. TỔ CHỨC THỰC HIỆN", "Nội dung."], [1]);
    expect(parts[0]).toEqual(["I", "NHIỆM VỤ", ["1 Cải cách thể chế"]]);
  });
});
