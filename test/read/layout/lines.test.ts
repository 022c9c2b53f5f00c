import { describe, expect, it } from "vitest";
import { buildLines, composeText, joinFootnoteMarks, lineMetrics, lineText, makeLine, splitRunPieces, splitSegments } from "../../../src/read/layout/lines.js";
import type { PositionedText } from "../../../src/read/layout/types.js";

const word = (text: string, x: number, width: number, y = 100, height = 12): PositionedText => ({ text, x, y, width, height });

describe("lineText", () => {
  it("keeps apart two words OCR told apart across a narrow gap, a text layer's pieces only across a word space", () => {
    // A scanned line measured tall on its ink (a bracket, a tilt): the gap between "Kế" and "hoạch" is an eighth of it.
    const ocr = (w: PositionedText): PositionedText => ({ ...w, confidence: 95 });
    expect(lineText([ocr(word("Kế", 100, 10, 100, 18)), ocr(word("hoạch", 112.3, 24, 100, 18))])).toBe("Kế hoạch");
    expect(lineText([word("Kế", 100, 10, 100, 18), word("hoạch", 112.3, 24, 100, 18)])).toBe("Kếhoạch");
    expect(lineText([ocr(word("Nguy", 100, 20, 100, 18)), ocr(word("ễn", 120.5, 10, 100, 18))])).toBe("Nguyễn");
  });

  it("reads a run's pieces where they were drawn: a fallback font's letters fill the holes, a hole left empty is a space", () => {
    // "Phụ lục cụ thể tại": the text font draws "Ph", "l", "c", "c", "th", "t", "i" around holes; the fallback font
    // draws "ụ ụ" and "ụ", "ể ạ" into them in a second pass (pdf.js joins each pass's pieces as one run).
    const host: PositionedText = {
      ...word("c th t i Ph l c", 192.6, 93.6),
      pieces: [
        { text: "c", x: 192.6, width: 5.8 },
        { text: "th", x: 210.0, width: 10.1 },
        { text: "t", x: 231.4, width: 3.6 },
        { text: "i Ph", x: 242.8, width: 20.5 },
        { text: "l", x: 274.8, width: 3.6 },
        { text: "c", x: 286.8, width: 5.8 },
      ],
    };
    const guests = [word("ụ", 181.1, 8.4), word("ụ", 198.5, 8.4), word("ể ạ", 220.2, 22.6), word("ụ", 263.3, 8.4), word("ụ", 278.4, 8.4)];
    guests[2]!.pieces = [
      { text: "ể", x: 220.2, width: 7.7 },
      { text: "ạ", x: 235.0, width: 7.8 },
    ];
    const items = splitRunPieces([word("v", 174.5, 6.5), host, ...guests]);
    expect(lineText(items)).toBe("vụ cụ thể tại Phụ lục");
    // A hole nothing fills is the space pdf.js saw (a justified line spread without space glyphs).
    expect(lineText(splitRunPieces([{ ...word("Gap as", 100, 40), pieces: [{ text: "Gap", x: 100, width: 20 }, { text: "as", x: 21.5 + 100, width: 18.5 }] }]))).toBe("Gap as");
  });

  it("puts a letter drawn into the gap of a word back into the word (pdf.js writes the gap as a space)", () => {
    // "Nhiệm vụ" as LibreOffice draws it: "2- Nhi m" with a hole where "ệ" is painted from another font run.
    expect(lineText([word("2- Nhi m", 168.4, 39.46, 100, 10), word("ệ", 194.2, 5.91, 100, 10)])).toBe("2- Nhiệm");
  });

  it("keeps the word space when the inserted letter ends its syllable", () => {
    // "Căn cứ Chỉ thị 32": one item "Ch th 32-CT/TU" with "ỉ" and "ị" drawn into its gaps.
    const line = [word("Căn c", 85.2, 27.8), word("ứ", 113, 7.7), word("Ch th 32-CT/TU", 123.8, 93), word("ỉ", 137.9, 3.8), word("ị", 154.2, 3.8)];
    expect(lineText(line)).toBe("Căn cứ Chỉ thị 32-CT/TU");
  });

  it("joins touching pieces without a space and separates words by their gap", () => {
    expect(lineText([word("c", 100, 5.3), word("ủ", 105.4, 7.7), word("a Ban", 113.2, 30), word("Nội", 150, 18)])).toBe("của Ban Nội");
  });

  it("ignores the padding space pdf.js puts in front of a piece", () => {
    expect(lineText([word("Phòng T", 333.8, 34, 100, 10), word(" ư", 367.8, 6.44, 100, 10)])).toBe("Phòng Tư");
  });

  it("attaches a combining mark drawn as its own item to the letter under it, in NFC", () => {
    const text = lineText([word("Vie\u0302t Nam", 100, 52), word("\u0323", 115, 3)]);
    expect(text).toBe("Việt Nam");
    expect(text).toBe(text.normalize("NFC"));
  });

  it("composes marks separated from their letter by a space", () => {
    expect(composeText("ca\u0301 nhân")).toBe("cá nhân");
    expect(composeText("ca \u0301c")).toBe("các");
  });
});

describe("buildLines", () => {
  it("groups words on one baseline, superscripts included, and orders lines top to bottom", () => {
    const lines = buildLines([
      word("second", 50, 40, 130),
      word("first", 50, 30, 100),
      word("line", 85, 25, 100),
      { text: "1", x: 111, y: 100, width: 4, height: 7 },
    ]);
    expect(lines.map((l) => l.text)).toEqual(["first line1", "second"]);
  });

  it("marks a line bold only when all its words are", () => {
    const lines = buildLines([{ ...word("KẾ", 50, 20), bold: true }, { ...word("HOẠCH", 75, 50), bold: true }, word("plain", 50, 30, 130)]);
    expect(lines.map((l) => l.bold)).toEqual([true, false]);
  });
});

describe("footnote markers", () => {
  it("rebuilds a marker whose digits and parentheses pdf.js gave as interleaved pieces", () => {
    // LibreOffice draws "qua⁽¹⁾." as "trong thời gian qua ¹ ." plus "⁽ ⁾" from a fallback font, each with gaps.
    expect(joinFootnoteMarks("trong thời gian qua ¹⁽ ⁾ .")).toBe("trong thời gian qua⁽¹⁾.");
    expect(joinFootnoteMarks("⁽ ¹⁾ Một bộ phận")).toBe("⁽¹⁾ Một bộ phận");
    expect(joinFootnoteMarks("văn hóa công vụ ⁽ ⁾ ⁸ để nâng cao")).toBe("văn hóa công vụ⁽⁸⁾ để nâng cao");
    expect(joinFootnoteMarks("⁽¹ ⁰⁾ Kế hoạch")).toBe("⁽¹⁰⁾ Kế hoạch");
  });

  it("leaves other superscripts alone", () => {
    expect(joinFootnoteMarks("diện tích 100 m² đất")).toBe("diện tích 100 m² đất");
  });

  it("is applied to a line's text", () => {
    expect(lineText([word("qua ¹ .", 100, 20, 100, 13), word("⁽ ⁾", 112, 8, 100, 13)])).toBe("qua⁽¹⁾.");
  });
});

describe("lineMetrics", () => {
  it("gives the geometry makeLine gives, without the text: a superscript does not move the line", () => {
    const items = [word("Kế hoạch", 100, 50, 100, 12), word("1", 151, 4, 96, 6), word("năm 2024", 160, 52, 100.5, 12)];
    const { top, bottom, fontSize } = makeLine(items);
    expect(lineMetrics(items)).toEqual({ top, bottom, fontSize });
    expect(lineMetrics(items)).toEqual({ top: 100, bottom: 112.5, fontSize: 12 });
  });
});

describe("splitSegments", () => {
  const at = (text: string, x: number, width: number): PositionedText => ({ text, x, y: 100, width, height: 12 });

  it("splits side-by-side texts at a gap wider than 2.5 em", () => {
    const segments = splitSegments([at("Nơi nhận:", 60, 50), at("TM. ỦY BAN NHÂN DÂN", 330, 130)]);
    expect(segments.map((s) => s.map((i) => i.text))).toEqual([["Nơi nhận:"], ["TM. ỦY BAN NHÂN DÂN"]]);
  });

  it("keeps a list marker with its text across the tab after it", () => {
    for (const marker of ["+", "-", "1.", "a)", "II."]) {
      const segments = splitSegments([at(marker, 60, 8), at("Gắn trách nhiệm của người đứng đầu", 120, 200)]);
      expect(segments).toHaveLength(1);
    }
    // A bare number is no marker: an STT cell beside a far-away text stays apart.
    expect(splitSegments([at("1", 60, 6), at("Kiểm tra", 120, 50)])).toHaveLength(2);
  });
});
