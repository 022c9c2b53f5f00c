/**
 * Ruled cells of a scanned page read again: which cells the rulings make, which of them hold ink but no recognised
 * word, and the round trip of their cut-outs through one strip. Pages and rulings are drawn here in pixels.
 */
import { describe, expect, it } from "vitest";
import { gridCells, placeOnPage, stackCells, unreadCells, withoutWordsIn } from "../../../src/read/ocr/cells.js";
import type { RecognisedLine } from "../../../src/read/ocr/engine.js";
import type { Ruling } from "../../../src/read/layout/types.js";

const DPI = 200;
const WIDTH = 600;
const HEIGHT = 400;

/**
 * A table of two columns (x 50–150, 150–550) and a header row (y 50–100) over two rows (100–200, 200–300), whose
 * second column splits its first row in two (a partial ruling at y 150): the first column's cell 100–200 is merged.
 */
const rulings: Ruling[] = [
  { x1: 50, y1: 50, x2: 550, y2: 50 },
  { x1: 50, y1: 100, x2: 550, y2: 100 },
  { x1: 150, y1: 150, x2: 550, y2: 150 },
  { x1: 50, y1: 200, x2: 550, y2: 200 },
  { x1: 50, y1: 300, x2: 550, y2: 300 },
  { x1: 50, y1: 50, x2: 50, y2: 300 },
  { x1: 150, y1: 50, x2: 150, y2: 300 },
  { x1: 550, y1: 50, x2: 550, y2: 300 },
];

function page(): Uint8Array {
  return new Uint8Array(WIDTH * HEIGHT).fill(250);
}

/** A dark block standing for a printed digit (some 12 × 20 px at 200 dpi). */
function ink(gray: Uint8Array, x: number, y: number, w = 12, h = 20): void {
  for (let row = y; row < y + h; row++) gray.fill(20, row * WIDTH + x, row * WIDTH + x + w);
}

function line(text: string, x0: number, y0: number, x1: number, y1: number, confidence = 90): RecognisedLine {
  return { words: [{ text, bbox: { x0, y0, x1, y1 }, confidence }], baseline: { x0, y0: y1, x1, y1 }, rowHeight: y1 - y0 };
}

describe("gridCells", () => {
  it("gives each cell once, a cell merged over two rows as one", () => {
    const cells = gridCells(rulings).map((c) => [c.x0, c.y0, c.x1, c.y1]);
    expect(cells).toContainEqual([50, 100, 150, 200]);
    expect(cells).toContainEqual([150, 100, 550, 150]);
    expect(cells).toContainEqual([150, 150, 550, 200]);
    expect(cells).toContainEqual([50, 200, 150, 300]);
    expect(cells).toHaveLength(7);
  });

  it("finds no cells without both kinds of ruling", () => {
    expect(gridCells(rulings.filter((r) => r.y1 === r.y2))).toEqual([]);
  });
});

describe("unreadCells", () => {
  it("takes a cell with ink and no word, not a cell whose word was read nor an empty one", () => {
    const gray = page();
    ink(gray, 90, 240); // the TT cell of the second row: a "2" tesseract dropped
    ink(gray, 90, 140); // the TT cell of the first row: read as "1"
    const read = [line("1", 90, 140, 102, 160)];
    const boxes = unreadCells(gray, WIDTH, HEIGHT, rulings, read, DPI, 250);
    expect(boxes).toHaveLength(1);
    const box = boxes[0]!;
    expect(box.x0).toBeGreaterThan(50);
    expect(box.x1).toBeLessThan(150);
    expect(box.y0).toBeGreaterThan(200);
    expect(box.y1).toBeLessThan(300);
  });

  it("leaves a speck alone", () => {
    const gray = page();
    ink(gray, 90, 240, 3, 3);
    expect(unreadCells(gray, WIDTH, HEIGHT, rulings, [], DPI, 250)).toEqual([]);
  });

  it("takes a cell read in part, a line of print outside its words (the first line of a tall header cell, dropped)", () => {
    const gray = page();
    ink(gray, 200, 60, 60, 14); // the header cell's first line, not read
    ink(gray, 200, 80, 40, 14); // its second line, read
    const boxes = unreadCells(gray, WIDTH, HEIGHT, rulings, [line("gian", 200, 80, 240, 94)], DPI, 250);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.y0).toBeGreaterThan(50);
    expect(boxes[0]!.y1).toBeLessThan(100);
  });

  it("leaves a cell whose words cover its ink, a tone mark above a tight box included", () => {
    const gray = page();
    ink(gray, 200, 78, 6, 2); // an accent just above the box
    ink(gray, 200, 80, 40, 14);
    expect(unreadCells(gray, WIDTH, HEIGHT, rulings, [line("gian", 200, 80, 240, 94)], DPI, 250)).toEqual([]);
  });

  it("takes a cell whose top border a stamp broke (no border above it at all)", () => {
    const broken = rulings.map((r) => (r.y1 === 50 && r.y2 === 50 ? { ...r, x2: 100 } : r));
    const gray = page();
    ink(gray, 300, 60, 12, 20);
    expect(unreadCells(gray, WIDTH, HEIGHT, broken, [], DPI, 250)).toHaveLength(1);
  });
});

describe("withoutWordsIn", () => {
  it("drops the page's words in a cell read again, and lines left empty", () => {
    const lines = [line("7-", 200, 60, 220, 74), { ...line("gian", 200, 80, 240, 94), words: [...line("gian", 200, 80, 240, 94).words, ...line("kinh", 400, 80, 440, 94).words] }];
    const kept = withoutWordsIn(lines, [{ x0: 150, y0: 50, x1: 300, y1: 100 }]);
    expect(kept.map((l) => l.words.map((w) => w.text))).toEqual([["kinh"]]);
  });
});

describe("stackCells and placeOnPage", () => {
  it("puts words read in the strip back on the page where their cell is", () => {
    const gray = page();
    ink(gray, 90, 240);
    ink(gray, 300, 170);
    const boxes = [
      { x0: 60, y0: 210, x1: 140, y1: 290 },
      { x0: 160, y0: 160, x1: 540, y1: 190 },
    ];
    const strip = stackCells(gray, WIDTH, boxes, DPI, 250);
    expect(strip.pieces).toHaveLength(2);
    // The first cut-out's ink, where it landed in the strip.
    const first = strip.pieces[0]!;
    const inkX = 90 - boxes[0]!.x0 + (strip.width - Math.max(80, 380)) / 2;
    expect(strip.gray[(first.top + 35) * strip.width + Math.round(inkX) + 2]).toBe(20);
    // What a block read of the strip would give: one word per cut-out, in strip coordinates.
    const gap = (strip.width - 380) / 2;
    const second = strip.pieces[1]!;
    const inStrip = [
      line("2", gap + 30, first.top + 30, gap + 42, first.top + 50),
      line("x", gap + 140, second.top + 10, gap + 152, second.top + 30),
      line("noise", 0, 0, 5, 5),
    ];
    const placed = placeOnPage(inStrip, strip, DPI);
    expect(placed.map((l) => [l.words[0]!.text, l.words[0]!.bbox])).toEqual([
      ["2", { x0: 90, y0: 240, x1: 102, y1: 260 }],
      ["x", { x0: 300, y0: 170, x1: 312, y1: 190 }],
    ]);
  });
});

describe("unreadCells: cells whose lines tesseract ran into a neighbour's", () => {
  it("takes a cell whose words lie on top of each other, and one holding a word tesseract doubts", () => {
    const gray = page();
    const lines: RecognisedLine[] = [
      // Second row, second column: two words of two lines read into each other (boxes overlapping by half).
      line("Chủ", 160, 210, 200, 240, 95),
      line("FPHÔIhỢP", 165, 225, 260, 255, 60),
      // Header, second column: a word made up rather than read.
      line("r2n2g", 160, 60, 220, 80, 4),
      // First row's upper cell: words read right, in one line as tesseract gives a cell's line.
      { ...line("Sở", 160, 110, 190, 130, 95), words: [...line("Sở", 160, 110, 190, 130, 95).words, ...line("Tư", 195, 110, 220, 130, 95).words] },
    ];
    const cells = unreadCells(gray, WIDTH, HEIGHT, rulings, lines, DPI, 250).map((b) => [b.x0, b.y0, b.x1, b.y1]);
    expect(cells).toHaveLength(2);
    expect(cells.some(([, y0]) => y0! > 200 && y0! < 210)).toBe(true);
    expect(cells.some(([, y0]) => y0! > 50 && y0! < 60)).toBe(true);
  });

  it("takes a cell whose one line came back in two of tesseract's lines", () => {
    const gray = page();
    // First row's upper cell: "và Thông tin" read in one line, a phantom "5" beside it in another line at its height.
    const lines: RecognisedLine[] = [
      { ...line("và", 160, 110, 180, 130, 95), words: [...line("và", 160, 110, 180, 130, 95).words, ...line("Thông", 185, 110, 230, 130, 95).words] },
      line("5", 235, 112, 243, 132, 80),
    ];
    const cells = unreadCells(gray, WIDTH, HEIGHT, rulings, lines, DPI, 250).map((b) => [b.x0, b.y0, b.x1, b.y1]);
    expect(cells).toHaveLength(1);
    expect(cells[0]![1]! > 100 && cells[0]![1]! < 110).toBe(true);
  });

  it("leaves a cell holding one doubted number as read: alone it reads no better", () => {
    const gray = page();
    const cells = unreadCells(gray, WIDTH, HEIGHT, rulings, [line("3", 90, 240, 102, 260, 25)], DPI, 250);
    expect(cells).toEqual([]);
  });
});
