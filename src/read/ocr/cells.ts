/**
 * Table cells of a scanned page read again on their own. Tesseract's page layout analysis (PSM 3) takes a lone short
 * word in a ruled cell for noise: a table's "2" and "3" in its TT column come back as nothing, and its rows then look
 * like continuations of the row above. The cells are known from the page's rulings, so every cell that holds ink but
 * no recognised word is cut out, the cut-outs stacked into one strip with white between them, and the strip read as one
 * block of text (PSM 6), which keeps every mark it can read. One extra recognition per page, only on pages where a
 * ruled table has such a cell.
 *
 * The same layout analysis also loses whole lines of a cell that it did read in part: the first line of a tall header
 * cell ("7- Thời" over "gian / hoàn / thành"), taken into a text line of the neighbouring cells and dropped. A cell
 * whose ink outside its recognised words amounts to a line of print is read again whole, and its words from the page's
 * reading give way to the cell's own.
 */
import type { Ruling } from "../layout/types.js";
import type { PixelBox, RecognisedLine } from "./engine.js";
import { LETTER, NUMBER, re } from "../../letters.js";

export interface CellBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Rulings closer than this (px) are one line: a border found twice, a line thickened by the scan. */
const SAME_LINE = 6;

function spansX(ruling: Ruling, x: number): boolean {
  return Math.min(ruling.x1, ruling.x2) - SAME_LINE <= x && x <= Math.max(ruling.x1, ruling.x2) + SAME_LINE;
}

function spansY(ruling: Ruling, y: number): boolean {
  return Math.min(ruling.y1, ruling.y2) - SAME_LINE <= y && y <= Math.max(ruling.y1, ruling.y2) + SAME_LINE;
}

function levels(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > SAME_LINE) out.push(v);
  return out;
}

/**
 * The cells the rulings enclose: for each band between two horizontal levels and each pair of neighbouring vertical
 * rulings crossing it, the rectangle up to the nearest horizontal rulings above and below that cross its middle (so a
 * cell merged over several rows is one cell), or up to the band's own edge where none crosses it.
 */
export function gridCells(rulings: readonly Ruling[]): CellBox[] {
  const horizontal = rulings.filter((r) => Math.abs(r.y1 - r.y2) <= Math.abs(r.x1 - r.x2));
  const vertical = rulings.filter((r) => Math.abs(r.y1 - r.y2) > Math.abs(r.x1 - r.x2));
  if (horizontal.length < 2 || vertical.length < 2) return [];
  const ys = levels(horizontal.map((r) => (r.y1 + r.y2) / 2));
  const cells = new Map<string, CellBox>();
  for (let band = 0; band + 1 < ys.length; band++) {
    const middleY = (ys[band]! + ys[band + 1]!) / 2;
    const xs = levels(vertical.filter((r) => spansY(r, middleY)).map((r) => (r.x1 + r.x2) / 2));
    for (let column = 0; column + 1 < xs.length; column++) {
      const x0 = xs[column]!;
      const x1 = xs[column + 1]!;
      const middleX = (x0 + x1) / 2;
      const crossing = levels(horizontal.filter((r) => spansX(r, middleX)).map((r) => (r.y1 + r.y2) / 2));
      // No border above or below at all: one broken where the cell meets it (a stamp over the table's top edge).
      const y0 = [...crossing].reverse().find((y) => y <= middleY) ?? ys[band]!;
      const y1 = crossing.find((y) => y >= middleY) ?? ys[band + 1]!;
      cells.set(`${Math.round(x0)},${Math.round(y0)}`, { x0, y0, x1, y1 });
    }
  }
  return [...cells.values()];
}

/** Dark enough to be ink against the page's paper level. */
const INK_BELOW_PAPER = 100;

/** Ink pixels a cell must hold to be read again: a printed digit at 200 dpi is well over a hundred; specks are fewer. */
function minInk(dpi: number): number {
  return Math.round(40 * (dpi / 200) ** 2);
}

/** The cell's inside, its borders and their blur left out. */
function inside(cell: CellBox, dpi: number): PixelBox {
  const margin = Math.max(3, Math.round(dpi / 40));
  return { x0: Math.round(cell.x0) + margin, y0: Math.round(cell.y0) + margin, x1: Math.round(cell.x1) - margin, y1: Math.round(cell.y1) - margin };
}

function inkIn(gray: Uint8Array, width: number, box: PixelBox, paper: number): number {
  let ink = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) if (gray[y * width + x]! < paper - INK_BELOW_PAPER) ink++;
  }
  return ink;
}

/**
 * Ink a cell must hold outside its recognised words to have lost a line: a short printed word ("trì" is some 150 px,
 * "7- Thời" some 400 at 200 dpi), well above what word boxes leave out of a line they read (a stray accent or dot).
 */
function lostLineInk(dpi: number): number {
  return 2 * minInk(dpi);
}

/** Word boxes grown by this (px) count as read: a diacritic or a descender just outside a tight box is no lost line. */
function wordMargin(dpi: number): number {
  return Math.max(2, Math.round(dpi / 70));
}

/** The page's pixels that lie in a recognised word's box (grown by the margin): 1, else 0. */
function readMask(width: number, height: number, lines: readonly RecognisedLine[], dpi: number): Uint8Array {
  const mask = new Uint8Array(width * height);
  const margin = wordMargin(dpi);
  for (const line of lines) {
    for (const { bbox } of line.words) {
      const x0 = Math.max(0, Math.floor(bbox.x0) - margin);
      const x1 = Math.min(width, Math.ceil(bbox.x1) + margin);
      const y1 = Math.min(height, Math.ceil(bbox.y1) + margin);
      for (let y = Math.max(0, Math.floor(bbox.y0) - margin); y < y1; y++) mask.fill(1, y * width + x0, y * width + x1);
    }
  }
  return mask;
}

/** Ink in `box` that no recognised word covers. */
function unreadInkIn(gray: Uint8Array, width: number, box: PixelBox, paper: number, mask: Uint8Array): number {
  let ink = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) if (mask[y * width + x] === 0 && gray[y * width + x]! < paper - INK_BELOW_PAPER) ink++;
  }
  return ink;
}

/**
 * The cells to read again (their insides): those with ink and no recognised word of letters or digits whose centre lies
 * inside, those with a line's worth of ink outside the words recognised in them, those whose recognised words lie on
 * top of each other (`linesCollide`), and those holding a word tesseract doubts (`isDoubted`) unless it is the cell's
 * lone number.
 */
export function unreadCells(
  gray: Uint8Array,
  width: number,
  height: number,
  rulings: readonly Ruling[],
  lines: readonly RecognisedLine[],
  dpi: number,
  paper: number,
): PixelBox[] {
  const words = lines.flatMap((line, index) => line.words.map((w) => ({ ...w, line: index, centre: { x: (w.bbox.x0 + w.bbox.x1) / 2, y: (w.bbox.y0 + w.bbox.y1) / 2 } })));
  let mask: Uint8Array | undefined;
  const out: PixelBox[] = [];
  for (const cell of gridCells(rulings)) {
    const box = inside(cell, dpi);
    if (box.x1 - box.x0 < 4 || box.y1 - box.y0 < 4 || box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
    const inCell = words.filter(({ centre: c }) => c.x >= cell.x0 && c.x <= cell.x1 && c.y >= cell.y0 && c.y <= cell.y1);
    if (inCell.some(hasLetterOrDigit)) {
      const tableCell = cell.y1 - cell.y0 <= MOST_CELL_HEIGHT * height;
      if (tableCell && (linesCollide(inCell.map((w) => w.bbox)) || lineSplit(inCell) || (!isLoneNumber(inCell) && inCell.some(isDoubted)))) {
        out.push(box);
        continue;
      }
      mask ??= readMask(width, height, lines, dpi);
      if (unreadInkIn(gray, width, box, paper, mask) >= lostLineInk(dpi)) out.push(box);
    } else if (inkIn(gray, width, box, paper) >= minInk(dpi)) out.push(box);
  }
  return out;
}

/**
 * Whether a recognised word holds a letter or a digit. A cell whose words are only marks ("-", ".") is read again as
 * an empty one: tesseract's page reading turns a lone faint digit (an STT cell's "2" on grey paper) into a dash.
 */
function hasLetterOrDigit(word: { text: string }): boolean {
  return re("u")`[${LETTER}${NUMBER}]`.test(word.text);
}

/**
 * Share of the smaller of two word boxes, across and down, that they must both overlap by to be two lines read into
 * each other. Words of neighbouring lines of a cell touch at most through an accent or a descender; words of one line
 * stand side by side.
 */
const COLLIDING = 0.4;

/**
 * Whether words recognised in one cell lie on top of each other: tesseract took the lines of two neighbouring cells,
 * set at different heights (one cell's text centred on more lines than the other's), for one line of text, and read
 * its characters interleaved ("Chủ trì: …" over "Phối hợp: …" came back as "FPHÔIhỢP:CấCSỞ" over "các xố, phườu").
 * The cell read on its own has only its own lines.
 */
export function linesCollide(boxes: readonly PixelBox[]): boolean {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (across > COLLIDING * Math.min(a.x1 - a.x0, b.x1 - b.x0) && down > COLLIDING * Math.min(a.y1 - a.y0, b.y1 - b.y0)) return true;
    }
  }
  return false;
}

/**
 * Whether one line of a cell's text came back in two of tesseract's lines: two words side by side at one height, each
 * read in another line of the page. Tesseract reads a cell's line as one; where a cell merged down over two rows sets
 * its lines between those of its neighbours, it took a line of the cell into the lines of both neighbouring rows and
 * read a phantom word in one ("5" between "Thông" and "tin" of "và Thông tin").
 */
export function lineSplit(words: ReadonlyArray<{ bbox: PixelBox; line: number }>): boolean {
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const [a, b] = [words[i]!, words[j]!];
      if (a.line === b.line) continue;
      const down = Math.min(a.bbox.y1, b.bbox.y1) - Math.max(a.bbox.y0, b.bbox.y0);
      if (down > SAME_HEIGHT * Math.min(a.bbox.y1 - a.bbox.y0, b.bbox.y1 - b.bbox.y0)) return true;
    }
  }
  return false;
}

/** Share of the lower of two word boxes they must overlap by, down the page, to stand at one height. */
const SAME_HEIGHT = 0.7;

/**
 * Below this confidence a word of letters or digits is one tesseract made up rather than read: on a clean scan of a
 * ruled table, the words of cells whose lines it ran into a neighbouring cell's ("r2n2g" for "II/2026", "Í" for an
 * STT cell's "1"); on a 150 dpi scan saved at a low JPEG quality, "Ngcácyxã" (30) for "UBND các xã,". Words read right
 * score 80 and more; a blurred but real word rarely falls under 50.
 */
const DOUBTED = 40;

/** A word of letters or digits tesseract gives less than `DOUBTED`: its cell is read again on its own. */
function isDoubted(word: { text: string; confidence: number }): boolean {
  return word.confidence < DOUBTED && re("u")`[${LETTER}${NUMBER}]`.test(word.text);
}

/**
 * Tallest box, as a share of the page's height, read again for its words colliding or doubted: a table's cell. A
 * frame ruled round a page's body or a boxed paragraph encloses running text that the page's reading keeps in order,
 * and read as one block it lost paragraphs.
 */
const MOST_CELL_HEIGHT = 0.25;

/**
 * A cell holding one number and nothing else (an STT cell's "3", "2.1", "II"): tesseract doubts a lone short word for
 * want of context, and reading it alone gives no more context (a doubted "3" came back "Kì"); it stays as read.
 */
function isLoneNumber(words: ReadonlyArray<{ text: string }>): boolean {
  return words.length === 1 && /^(?:\d+(?:\.\d+)*|[IVXL]+)\.?$/u.test(words[0]!.text.trim());
}

/** The page's lines without the words whose centre lies in one of `boxes` (cells read again on their own). */
export function withoutWordsIn(lines: readonly RecognisedLine[], boxes: readonly PixelBox[]): RecognisedLine[] {
  const within = (w: RecognisedLine["words"][number]): boolean => {
    const x = (w.bbox.x0 + w.bbox.x1) / 2;
    const y = (w.bbox.y0 + w.bbox.y1) / 2;
    return boxes.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
  };
  return lines.map((line) => ({ ...line, words: line.words.filter((w) => !within(w)) })).filter((line) => line.words.length > 0);
}

export interface Strip {
  gray: Uint8Array;
  width: number;
  height: number;
  /** Where each cut-out sits in the strip (its top) and on the page. */
  pieces: Array<{ top: number; box: PixelBox }>;
}

/** White between two cut-outs in the strip, and around each: more than a line's spacing, so no two join. */
function gapOf(dpi: number): number {
  return Math.round(dpi / 4);
}

export function stackCells(gray: Uint8Array, width: number, boxes: readonly PixelBox[], dpi: number, paper: number): Strip {
  const gap = gapOf(dpi);
  const stripWidth = Math.max(...boxes.map((b) => b.x1 - b.x0)) + 2 * gap;
  const stripHeight = boxes.reduce((sum, b) => sum + (b.y1 - b.y0) + gap, gap);
  const strip = new Uint8Array(stripWidth * stripHeight).fill(paper);
  const pieces: Strip["pieces"] = [];
  let top = gap;
  for (const box of boxes) {
    for (let y = box.y0; y < box.y1; y++) {
      strip.set(gray.subarray(y * width + box.x0, y * width + box.x1), (top + y - box.y0) * stripWidth + gap);
    }
    pieces.push({ top, box });
    top += box.y1 - box.y0 + gap;
  }
  return { gray: strip, width: stripWidth, height: stripHeight, pieces };
}

/** The strip's recognised lines moved back to where their cells are on the page; lines between pieces are dropped. */
export function placeOnPage(lines: readonly RecognisedLine[], strip: Strip, dpi: number): RecognisedLine[] {
  const gap = gapOf(dpi);
  const out: RecognisedLine[] = [];
  for (const line of lines) {
    if (line.words.length === 0) continue;
    const middle = line.words.reduce((sum, w) => sum + (w.bbox.y0 + w.bbox.y1) / 2, 0) / line.words.length;
    const piece = strip.pieces.find((p) => middle >= p.top && middle <= p.top + (p.box.y1 - p.box.y0));
    if (!piece) continue;
    const dx = piece.box.x0 - gap;
    const dy = piece.box.y0 - piece.top;
    const move = (b: PixelBox): PixelBox => ({ x0: b.x0 + dx, x1: b.x1 + dx, y0: b.y0 + dy, y1: b.y1 + dy });
    out.push({
      ...line,
      words: line.words.map((w) => ({ ...w, bbox: move(w.bbox) })),
      ...(line.baseline ? { baseline: move(line.baseline) } : {}),
    });
  }
  return out;
}
