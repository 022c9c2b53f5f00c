import { describe, expect, it } from "vitest";
import type { Table } from "../../../src/model/types.js";
import { missingColumnBorders as bordersFromLines } from "../../../src/read/layout/hrules.js";
import { layoutPages } from "../../../src/read/layout/index.js";
import { splitRulings } from "../../../src/read/layout/tables.js";
import type { PageContent, PositionedText, Ruling } from "../../../src/read/layout/types.js";

const missingColumnBorders = (rulings: Ruling[], items: PositionedText[]): Ruling[] => bordersFromLines(splitRulings(rulings), items);

const h = (x1: number, x2: number, y: number): Ruling => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Ruling => ({ x1: x, y1, x2: x, y2 });
const text = (t: string, x: number, y: number, extra: Partial<PositionedText> = {}): PositionedText => ({ text: t, x, y, width: t.length * 5, height: 10, ...extra });

/**
 * A table ruled between its rows only (x 50–500): a bold header row, a task row, a bold group label merged over the
 * whole row (it runs across the first two columns' gutter), another task row. Columns at 50 | 90 | 300 | 500.
 */
function ruledBetweenRows(): { rulings: Ruling[]; items: PositionedText[] } {
  return {
    rulings: [h(50, 500, 100), h(50, 500, 120), h(50, 500, 140), h(50, 500, 160), h(50, 500, 180)],
    items: [
      text("STT", 55, 105, { bold: true }),
      text("Nhiệm vụ", 94, 105, { bold: true }),
      text("Cơ quan chủ trì", 304, 105, { bold: true }),
      text("1", 60, 125),
      text("Rà soát văn bản quy phạm", 94, 125),
      text("Sở Tư pháp", 304, 125),
      text("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH VÀ MỘT CỬA", 55, 145, { bold: true }),
      text("2", 60, 165),
      text("Công bố thủ tục hành chính", 94, 165),
      text("Văn phòng UBND tỉnh", 304, 165),
    ],
  };
}

describe("missingColumnBorders", () => {
  it("draws the column borders a table ruled between rows only leaves out, none across a merged group row", () => {
    const { rulings, items } = ruledBetweenRows();
    const borders = missingColumnBorders(rulings, items);
    const at = (x: number) => borders.filter((b) => Math.abs(b.x1 - x) < 3).map((b) => [b.y1, b.y2]);
    // Outer frame, full height.
    expect(at(50)).toEqual([[100, 180]]);
    expect(at(500)).toEqual([[100, 180]]);
    // Inner borders band by band, one padding (5 pt, measured: "STT" at 55) left of the next column's text; the
    // group label crosses the first one.
    expect(borders.filter((b) => b.x1 > 60 && b.x1 < 490).map((b) => [b.x1, b.y1, b.y2])).toEqual([
      [89, 100, 120],
      [89, 120, 140],
      [89, 160, 180],
      [299, 100, 120],
      [299, 120, 140],
      [299, 140, 160],
      [299, 160, 180],
    ]);
  });

  it("leaves a table alone that draws its own inner borders", () => {
    const { rulings, items } = ruledBetweenRows();
    expect(missingColumnBorders([...rulings, v(50, 100, 180), v(90, 100, 180), v(300, 100, 180), v(500, 100, 180)], items)).toEqual([]);
  });

  it("needs three rules: a lone underline or a rule above a paragraph makes no table", () => {
    expect(missingColumnBorders([h(50, 500, 100), h(50, 500, 140)], ruledBetweenRows().items)).toEqual([]);
  });
});

describe("layoutPages on a table ruled between rows only", () => {
  it("reads its cells, with the group label as one cell over the columns it crosses", () => {
    const { rulings, items } = ruledBetweenRows();
    const page: PageContent = { page: 1, width: 595, height: 842, items, rulings, ocr: false };
    const { value } = layoutPages([page]);
    expect(value).toHaveLength(1);
    const table = value[0] as Table;
    expect(table.rows.map((r) => r.cells.map((c) => (c.merged ? `<${c.merged}>` : c.content.map((p) => p.lines.join(" ")).join(" | "))))).toEqual([
      ["STT", "Nhiệm vụ", "Cơ quan chủ trì"],
      ["1", "Rà soát văn bản quy phạm", "Sở Tư pháp"],
      ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH VÀ MỘT CỬA", "<left>", ""],
      ["2", "Công bố thủ tục hành chính", "Văn phòng UBND tỉnh"],
    ]);
    expect(table.rows[2]!.cells[0]!.colSpan).toBe(2);
  });
});

/**
 * The same kind of table as OCR reads it: no bold anywhere. Two rows of data whose task text wraps onto a second line,
 * and between them a group label of one line that runs across the first two columns' gutter.
 */
function scannedRuledBetweenRows(): { rulings: Ruling[]; items: PositionedText[] } {
  const ocr = (t: string, x: number, y: number): PositionedText => text(t, x, y, { confidence: 95 });
  return {
    rulings: [h(50, 500, 100), h(50, 500, 120), h(50, 500, 150), h(50, 500, 170), h(50, 500, 200)],
    items: [
      ocr("STT", 55, 105),
      ocr("Nhiệm vụ", 94, 105),
      ocr("Cơ quan chủ trì", 304, 105),
      ocr("1", 60, 124),
      ocr("Rà soát văn bản quy phạm", 94, 124),
      ocr("pháp luật", 94, 136),
      ocr("Sở Tư pháp", 304, 124),
      ocr("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH VÀ MỘT CỬA", 55, 155),
      ocr("2", 60, 174),
      ocr("Công bố thủ tục hành chính", 94, 174),
      ocr("trên Cổng dịch vụ công", 94, 186),
      ocr("Văn phòng UBND tỉnh", 304, 174),
    ],
  };
}

describe("missingColumnBorders on words read by OCR (no bold)", () => {
  it("reads the columns off the rows of data, past a group label of one line that crosses a gutter", () => {
    const { rulings, items } = scannedRuledBetweenRows();
    const borders = missingColumnBorders(rulings, items);
    expect(borders.filter((b) => b.x1 > 60 && b.x1 < 490).map((b) => [b.x1, b.y1, b.y2])).toEqual([
      [89, 100, 120],
      [89, 120, 150],
      [89, 170, 200],
      [299, 100, 120],
      [299, 120, 150],
      [299, 150, 170],
      [299, 170, 200],
    ]);
  });

  it("keeps every band when fewer than two rows of data wrap: a one-line row may be data too", () => {
    const { rulings, items } = scannedRuledBetweenRows();
    // Without the second lines, every row is one line: nothing is set aside, and the label hides the first gutter.
    const oneLine = items.filter((i) => i.text !== "pháp luật" && i.text !== "trên Cổng dịch vụ công");
    const borders = missingColumnBorders(rulings, oneLine);
    expect(borders.some((b) => Math.abs(b.x1 - 89) < 3)).toBe(false);
    expect(borders.some((b) => Math.abs(b.x1 - 299) < 3)).toBe(true);
  });
});

describe("missingColumnBorders: a gutter most rows keep", () => {
  /** Five rows of data under a header, the third a group label wrapped onto two lines that runs over the first gutter. */
  function withWrappedLabel(): { rulings: Ruling[]; items: PositionedText[] } {
    const ocr = (t: string, x: number, y: number): PositionedText => text(t, x, y, { confidence: 95 });
    const ys = [100, 120, 150, 180, 210, 240, 270];
    const items: PositionedText[] = [ocr("STT", 55, 105), ocr("Nhiệm vụ", 94, 105), ocr("Cơ quan chủ trì", 304, 105)];
    [1, 2, 4, 5].forEach((row, k) => {
      items.push(ocr(String(k + 1), 60, ys[row]! + 4), ocr("Rà soát văn bản", 94, ys[row]! + 4), ocr("quy phạm", 94, ys[row]! + 15), ocr("Sở Tư pháp", 304, ys[row]! + 4));
    });
    // "II CẢI" read as one word from the STT cell into the task column, the label's second line below it.
    items.push(ocr("CẢI CÁCH THỦ TỤC", 57, ys[3]! + 4), ocr("HÀNH CHÍNH", 94, ys[3]! + 15));
    return { rulings: ys.map((y) => h(50, 500, y)), items };
  }

  it("draws the STT column's border in every row but the label's", () => {
    const { rulings, items } = withWrappedLabel();
    const first = missingColumnBorders(rulings, items).filter((b) => b.x1 > 60 && b.x1 < 94);
    expect(first.map((b) => [b.y1, b.y2])).toEqual([
      [100, 120],
      [120, 150],
      [150, 180],
      [210, 240],
      [240, 270],
    ]);
  });
});


describe("missingColumnBorders: rules that stop short", () => {
  /**
   * A page of a table ruled between rows only whose lead column (300–380) holds one cell merged down the page with
   * no text on it (its text is on the page before): the rule under the first row stops at 300 and goes on from 380.
   * Only the header names the column, too close to its neighbour's name for a gutter.
   */
  const rulings = [h(50, 500, 100), h(50, 500, 120), h(50, 300, 150), h(380, 500, 150), h(50, 500, 180)];
  const items = [
    text("TT", 55, 105, { bold: true }),
    text("Nhiệm vụ", 94, 105, { bold: true }),
    text("Chủ trì", 330, 105, { bold: true }),
    text("Phối hợp", 384, 105, { bold: true }),
    text("1", 60, 125),
    text("Rà soát văn bản quy phạm", 94, 125),
    text("Sở Tư pháp", 384, 125),
    text("2", 60, 155),
    text("Công bố thủ tục hành chính", 94, 155),
    text("Văn phòng UBND tỉnh", 384, 155),
  ];

  it("draws the merged cell's sides where the rule stops, though no text shows the column", () => {
    const xs = [...new Set(missingColumnBorders(rulings, items).map((b) => Math.round(b.x1)))].sort((a, b) => a - b);
    expect(xs).toContain(300);
    expect(xs).toContain(380);
  });

  it("takes no border from a short line on its own (an underline in a cell)", () => {
    const underlined = [h(50, 500, 100), h(50, 500, 120), h(94, 160, 135), h(50, 500, 150), h(50, 500, 180)];
    const xs = missingColumnBorders(underlined, items).map((b) => Math.round(b.x1));
    expect(xs).not.toContain(94);
    expect(xs).not.toContain(160);
  });
});
