/**
 * Ruled cells of a scanned table, in the shapes tesseract gave them on fixtures/unseen-office/scan (u1, u5): a name
 * the cell wraps read with a tone mark wrong on its second line ("Văn hóa - Thế" / "thao và Truyền thanh"), a made-up
 * ellipsis where a line wraps ("HĐND..." over "và UBND huyện"), a name whose wrapped last word OCR set apart as a
 * paragraph of its own ("Phòng Nội" / "vụ").
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../../../src/model/types.js";
import { layoutPages } from "../../../src/read/layout/index.js";
import type { PageContent, PositionedText } from "../../../src/read/layout/types.js";

/** Words of a line at 6 pt per character, each with OCR's confidence. */
function line(text: string, x: number, y: number, confidence = 95): PositionedText[] {
  const words: PositionedText[] = [];
  let cursor = x;
  for (const w of text.split(" ")) {
    words.push({ text: w, x: cursor, y, width: w.length * 6, height: 12, confidence });
    cursor += w.length * 6 + 4;
  }
  return words;
}

// A ruled table x 50–450: columns 50 | 250 | 450, a header row (y 100–120) and one row (y 120–200).
const h = (y: number) => ({ x1: 50, y1: y, x2: 450, y2: y });
const v = (x: number) => ({ x1: x, y1: 100, x2: x, y2: 200 });
const RULINGS = [h(100), h(120), h(200), v(50), v(250), v(450)];

function row(lead: PositionedText[], partner: PositionedText[], ocr = true) {
  const items = [...line("Chủ trì", 55, 104), ...line("Phối hợp", 255, 104), ...lead, ...partner];
  const content: PageContent = { page: 1, width: 595, height: 842, items, rulings: RULINGS, ocr };
  const { value, diagnostics } = layoutPages([content]);
  const table = value.find((b): b is Table => b.type === "table")!;
  const cell = (c: number) => table.rows[1]!.cells[c]!.content.map((p) => p.lines.join(" "));
  return { lead: cell(0), partner: cell(1), diagnostics };
}

describe("a scanned table's cells", () => {
  it("a name the cell wraps is corrected against the lexicon as the cell reads it, its lines joined", () => {
    // The lead cell's words stand on the same lines, between the partner's lines in tesseract's page order.
    const { partner, diagnostics } = row(
      [...line("Phòng Văn hóa", 55, 124), ...line("và Thông tin", 55, 138)],
      [...line("Trung tâm Văn hóa - Thế", 255, 124), ...line("thao và Truyền thanh", 255, 138)],
    );
    expect(partner).toEqual(["Trung tâm Văn hóa - Thể thao và Truyền thanh"]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "ocr-correction", message: expect.stringContaining(`OCR read "Thế", corrected to "Thể"`) }));
  });

  it("a text layer's cell is left as written", () => {
    const { partner } = row([], [...line("Trung tâm Văn hóa - Thế", 255, 124), ...line("thao và Truyền thanh", 255, 138)], false);
    expect(partner.join(" ")).toBe("Trung tâm Văn hóa - Thế thao và Truyền thanh");
  });

  it("an ellipsis OCR made up where the line wraps, before a joining word, is dropped and reported", () => {
    const cut = line("Văn phòng HĐND...", 55, 124);
    cut[cut.length - 1]!.confidence = 63;
    const { lead, diagnostics } = row([...cut, ...line("và UBND huyện", 55, 138)], []);
    expect(lead).toEqual(["Văn phòng HĐND và UBND huyện"]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "ocr-stop-dropped", message: expect.stringContaining(`"HĐND..."`) }));
  });

  it("an ellipsis OCR was sure of stays", () => {
    const { lead } = row([...line("Báo Nhân dân...", 55, 124, 96), ...line("và các báo khác", 55, 138)], []);
    expect(lead.join(" ")).toContain("dân...");
  });

  it("a paragraph going on in lower case is the name's last word, not a second agency", () => {
    // "vụ" a paragraph gap below "Phòng Nội".
    const { lead } = row([...line("Phòng Nội", 55, 124), ...line("vụ", 55, 160)], []);
    expect(lead).toEqual(["Phòng Nội vụ"]);
  });

  it("a paragraph starting with a capital, or after one that ends a sentence, stays apart", () => {
    expect(row([...line("Phòng Nội vụ", 55, 124), ...line("Văn phòng", 55, 160)], []).lead).toEqual(["Phòng Nội vụ", "Văn phòng"]);
    expect(row([...line("Phòng Nội vụ;", 55, 124), ...line("các xã", 55, 160)], []).lead).toEqual(["Phòng Nội vụ;", "các xã"]);
  });

  it("an opening bracket OCR doubted before a cell's first word, in a cell that closes none, is dropped and reported", () => {
    const first = line("(Các cơ quan", 255, 124);
    first[0]!.confidence = 72;
    const { partner, diagnostics } = row([], [...first, ...line("chuyên môn", 255, 138)]);
    expect(partner).toEqual(["Các cơ quan chuyên môn"]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "ocr-bracket-dropped", message: expect.stringContaining(`"(Các"`) }));
  });

  it("a bracket the cell closes, or one OCR was sure of, stays", () => {
    const opened = line("(Theo Kế hoạch", 255, 124);
    opened[0]!.confidence = 72;
    expect(row([], [...opened, ...line("số 12/KH-UBND)", 255, 138)]).partner.join(" ")).toBe("(Theo Kế hoạch số 12/KH-UBND)");
    expect(row([], [...line("(Các cơ quan", 255, 124, 93), ...line("chuyên môn", 255, 138)]).partner.join(" ")).toBe("(Các cơ quan chuyên môn");
    // Alone in its cell, a column number as OCR misread it ("(2)" read "(Đài").
    const lone = line("(Đài", 255, 124, 40);
    expect(row([], lone).partner).toEqual(["(Đài"]);
  });
});
