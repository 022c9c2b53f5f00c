import { describe, expect, it } from "vitest";
import { buildLines } from "../../../src/read/layout/lines.js";
import { dropFootnoteReferences, pageNoteNumbers } from "../../../src/read/layout/notes.js";
import type { PositionedText } from "../../../src/read/layout/types.js";

/** Items as pdf.ts positions them: top = baseline − 0.8 × size, height = size. */
const at = (text: string, x: number, baseline: number, width: number, size: number): PositionedText => ({ text, x, y: baseline - 0.8 * size, width, height: size });

/** A 14 pt body line "… của người dân¹." with a 7.5 pt reference raised 4.6 pt, and the note at the foot of the page. */
function page(noteNumber = "1"): PositionedText[] {
  return [
    at("Căn cứ Kế hoạch số 30/KH-UBND của UBND huyện;", 85, 240, 300, 14),
    at("Ủy ban nhân dân xã ban hành Kế hoạch như sau:", 85, 260, 300, 14),
    at("Phấn đấu cải thiện Chỉ số hài lòng của người dân", 85, 300, 300, 14),
    at("1", 385, 295.4, 4, 7.5),
    at(".", 389, 300, 3.5, 14),
    at(noteNumber, 85, 772, 3, 5.8),
    at("Chỉ số hài lòng (SIPAS) năm 2023 đạt 82,5%.", 91, 775, 250, 10),
  ];
}

const texts = (items: PositionedText[]) => buildLines(items).map((l) => l.text);

describe("dropFootnoteReferences", () => {
  it("drops the raised reference glued to its word, leaving no space where it was, and keeps the note's number", () => {
    expect(texts(page())).toContain("Phấn đấu cải thiện Chỉ số hài lòng của người dân1.");
    const kept = dropFootnoteReferences(page(), 842);
    expect(texts(kept).slice(2)).toEqual(["Phấn đấu cải thiện Chỉ số hài lòng của người dân.", "1 Chỉ số hài lòng (SIPAS) năm 2023 đạt 82,5%."]);
  });

  it("keeps a raised number that no note on the page carries", () => {
    expect(dropFootnoteReferences(page("2"), 842)).toHaveLength(7);
  });

  it("drops a reference at a page's foot whose note the next page carries (no room was left under it)", () => {
    const noNoteHere = page().slice(0, 5);
    expect(dropFootnoteReferences(noNoteHere, 842)).toHaveLength(5);
    expect(texts(dropFootnoteReferences(noNoteHere, 842, new Set(["1"])))).toContain("Phấn đấu cải thiện Chỉ số hài lòng của người dân.");
    expect(dropFootnoteReferences(noNoteHere, 842, new Set(["2"]))).toHaveLength(5);
    expect(pageNoteNumbers(page("2"), 842)).toEqual(new Set(["2"]));
  });

  it("keeps a small number that sits on the baseline or stands apart from the word before it", () => {
    const withReference = (reference: PositionedText) => [...page().filter((i) => i.height !== 7.5), reference];
    const onBaseline = withReference(at("1", 385, 300, 4, 7.5));
    expect(dropFootnoteReferences(onBaseline, 842)).toEqual(onBaseline);
    const apart = withReference(at("1", 405, 295.4, 4, 7.5));
    expect(dropFootnoteReferences(apart, 842)).toEqual(apart);
  });
});

describe("dropFootnoteReferences after a number", () => {
  it("drops the reference raised after a year set in a run of its own ('năm 2024²'), so the year stays 2024", () => {
    const items = [
      at("Căn cứ Kế hoạch số 30/KH-UBND của UBND huyện;", 85, 240, 300, 14),
      at("Ủy ban nhân dân xã ban hành Kế hoạch như sau:", 85, 260, 300, 14),
      at("Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm", 85, 300, 290, 14),
      at("2024", 378, 300, 28, 14),
      at("2", 406, 295.4, 4, 7.5),
      at("2", 85, 772, 3, 5.8),
      at("Theo hướng dẫn của Sở Nội vụ.", 91, 775, 150, 10),
    ];
    expect(texts(items)[2]).toBe("Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 20242");
    expect(texts(dropFootnoteReferences(items, 842)).slice(2)).toEqual(["Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024", "2 Theo hướng dẫn của Sở Nội vụ."]);
  });
});
