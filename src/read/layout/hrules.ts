/**
 * Tables drawn with horizontal lines only: Word table styles that keep the lines between rows and drop the vertical
 * ones (or keep only the outer frame). The rows are there, drawn; the columns are not, but the text shows them:
 * gutters no word crosses. This module draws the missing vertical borders at the gutters, band by band (a row whose
 * text runs across a gutter, a group label merged over the whole row, gets no border there, which is how a merged
 * cell shows in a drawn grid), so that `findGrids` reads the table like any ruled one: cells, merges, and the same
 * column positions on every page, for joining the table across page breaks.
 */
import type { HLine, VLine } from "./tables.js";
import type { PositionedText, Ruling } from "./types.js";
import { median } from "./median.js";
import { isListMarker } from "./lines.js";
import { LETTER, NUMBER, re } from "../../letters.js";

interface Stack {
  x1: number;
  x2: number;
  /** Distinct rule positions, top to bottom. */
  ys: number[];
}

/** Rules at least this many (a header row and one row of data) make a table. */
const MIN_RULES = 3;
/** A vertical border this far inside the stack's ends is an inner one: the table draws its columns itself. */
const EDGE = 3;
const SAME_Y = 1.5;
/** Gutters narrower than this share of the text size are word spaces. */
const MIN_GUTTER_EM = 0.6;
/**
 * A narrower gutter (LibreOffice pads a cell by 0.1 cm a side, so a cell's text that fills it stops 0.4 em short of the
 * next column's) is a column's when the text after it starts at one x in several rows: a column set from the left.
 * Word spaces are wider than this but never line up from row to row.
 */
const MIN_ALIGNED_GUTTER_EM = 0.3;
const ALIGNED_ROWS = 3;
const SAME_X = 1;
/**
 * Cell padding (points) assumed when the table's own cannot be measured (its first column centred: "TT", "1", "II"),
 * Word's and LibreOffice's default cell margin (0.19 cm), and the most it is taken to be. Too small a padding puts a
 * cell's right edge past where its text wrapped, and a wrapped name reads as two ("Phòng Nội" / "vụ").
 */
const DEFAULT_PADDING = 5.4;
const MAX_PADDING = 6;

/** Horizontal rules stacked over the same x-range (pieces at one height, left by merged cells, count once). */
function stacks(horizontal: HLine[]): Stack[] {
  const out: Stack[] = [];
  for (const line of [...horizontal].sort((a, b) => a.y - b.y)) {
    const length = line.x2 - line.x1;
    const stack = out.find((s) => Math.min(s.x2, line.x2) - Math.max(s.x1, line.x1) >= 0.5 * length);
    if (!stack) {
      out.push({ x1: line.x1, x2: line.x2, ys: [line.y] });
      continue;
    }
    stack.x1 = Math.min(stack.x1, line.x1);
    stack.x2 = Math.max(stack.x2, line.x2);
    if (line.y - stack.ys[stack.ys.length - 1]! > SAME_Y) stack.ys.push(line.y);
  }
  return out.filter((s) => s.ys.length >= MIN_RULES);
}

function bandOf(y: number, ys: number[]): number {
  for (let k = 0; k + 1 < ys.length; k++) if (y >= ys[k]! && y <= ys[k + 1]!) return k;
  return -1;
}

/**
 * Gaps in the x-range covered by the items, at least `minGap` wide, with items on both sides in two bands or more,
 * or in the first band: the header row names every column (on a page that continues a table, the repeated header
 * may be the only row with text in the number column).
 */
function gutters(items: Array<{ item: PositionedText; band: number }>, minGap: number, minAlignedGap: number): Array<{ left: number; right: number }> {
  const gaps = gapsMostBandsKeep(items, minAlignedGap);
  // Rows whose text after the gap starts at its right edge, with words before it on that line: text after a list
  // marker ("-" and its item) starts at one x too, and is no column.
  const alignedStart = (gap: { left: number; right: number }): boolean =>
    new Set(
      items
        .filter(({ item }) => Math.abs(item.x - gap.right) <= SAME_X)
        .filter(({ item: start }) => {
          const before = items.filter(({ item }) => item.x + item.width <= gap.left + SAME_X && Math.abs(item.y - start.y) < 0.5 * start.height);
          return before.length > 0 && !before.every(({ item }) => isListMarker(item.text));
        })
        .map(({ band }) => band),
    ).size >= ALIGNED_ROWS;
  return gaps.filter((gap) => {
    if (gap.right - gap.left < minGap && !alignedStart(gap)) return false;
    const left = new Set(items.filter(({ item }) => item.x + item.width <= gap.left).map((i) => i.band));
    const rightOf = new Set(items.filter(({ item }) => item.x >= gap.right).map((i) => i.band));
    const both = [...left].filter((band) => rightOf.has(band));
    return both.length >= 2 || both.includes(0);
  });
}

/**
 * Gaps in x at least `minGap` wide that the text of all bands but a few leaves empty. A column's gutter runs down the
 * whole table; a band whose text crosses it is a cell merged across the column (a group label that wraps onto a second
 * line, so it is not set aside as a one-line label), or a word OCR ran over it ("II CẢI" read as one word "CẢI"
 * from the STT cell into the next). Such bands get no border there (`missingColumnBorders` asks each band), but they
 * must not hide the column from the rest: up to a fifth of the bands may cross a gutter (none in a table of fewer
 * than five bands). Word spaces never line up down most rows of a table, so a gap most bands keep is a column's.
 */
function gapsMostBandsKeep(items: Array<{ item: PositionedText; band: number }>, minGap: number): Array<{ left: number; right: number }> {
  const allowed = Math.floor(new Set(items.map(({ band }) => band)).size / 5);
  const spans = items.map(({ item, band }) => ({ x1: item.x, x2: item.x + item.width, band }));
  const edges = [...new Set(spans.flatMap((s) => [s.x1, s.x2]))].sort((a, b) => a - b);
  /** Stretches between two edges: how many bands' text crosses each. */
  const pieces = edges.slice(0, -1).map((a, k) => {
    const b = edges[k + 1]!;
    return { a, b, crossing: new Set(spans.filter((s) => s.x1 < b && s.x2 > a).map((s) => s.band)).size };
  });
  const gaps: Array<{ left: number; right: number }> = [];
  let run: typeof pieces = [];
  const close = (): void => {
    if (run.length > 0) gaps.push(clearestPart(run, minGap));
    run = [];
  };
  let seenText = false;
  for (const piece of pieces) {
    if (seenText && piece.crossing <= allowed) run.push(piece);
    else close();
    if (piece.crossing > allowed) seenText = true;
  }
  // A run still open lies past the last column's text: no gutter.
  return gaps.filter((gap) => gap.right - gap.left >= minGap);
}

/**
 * The part of a gap that the fewest bands cross, where it is wide enough: a centred column ("Thường xuyên" in one row,
 * "Quý I" in the others) leaves a gap beside its short entries that its one wide entry crosses, and the column's
 * border belongs beside the wide one, where no text crosses.
 */
function clearestPart(run: ReadonlyArray<{ a: number; b: number; crossing: number }>, minGap: number): { left: number; right: number } {
  const least = Math.min(...run.map((piece) => piece.crossing));
  let best: { left: number; right: number } | undefined;
  let current: { left: number; right: number } | undefined;
  for (const piece of run) {
    if (piece.crossing !== least) {
      current = undefined;
      continue;
    }
    current = current ? { left: current.left, right: piece.b } : { left: piece.a, right: piece.b };
    if (!best || current.right - current.left > best.right - best.left) best = current;
  }
  const whole = { left: run[0]!.a, right: run[run.length - 1]!.b };
  return best && best.right - best.left >= minGap ? best : whole;
}

/** A group label or a header: every word of the band bold. */
function boldBands(items: Array<{ item: PositionedText; band: number }>): Set<number> {
  const bands = new Map<number, boolean>();
  for (const { item, band } of items) {
    if (!re("u")`[${LETTER}${NUMBER}]`.test(item.text)) continue;
    bands.set(band, (bands.get(band) ?? true) && item.bold === true);
  }
  return new Set([...bands].filter(([, bold]) => bold).map(([band]) => band));
}

/**
 * The words of the rows that show the columns: the header row (band 0) and the rows of data, not the group labels
 * merged over the whole row. A text layer tells a label by its bold. OCR tells no bold: there a label is a band of one
 * line of text past the header ("I. TUYÊN TRUYỀN TRÊN …"), while a row of data wraps its task text; one-line bands
 * are set aside only while two rows of data or more remain to show the columns (a table whose every row is one line
 * keeps them all).
 */
function dataBands(inside: Array<{ item: PositionedText; band: number }>): Array<{ item: PositionedText; band: number }> {
  const bold = boldBands(inside);
  const data = inside.filter(({ band }) => band === 0 || !bold.has(band));
  if (!inside.every(({ item }) => item.confidence !== undefined)) return data;
  const oneLine = oneLineBands(data);
  const rows = new Set(data.filter(({ band }) => band > 0 && !oneLine.has(band)).map(({ band }) => band));
  return rows.size >= 2 ? data.filter(({ band }) => band === 0 || !oneLine.has(band)) : data;
}

/** Bands whose words all stand on one line of text. */
function oneLineBands(items: Array<{ item: PositionedText; band: number }>): Set<number> {
  const byBand = new Map<number, PositionedText[]>();
  for (const { item, band } of items) byBand.set(band, [...(byBand.get(band) ?? []), item]);
  const out = new Set<number>();
  for (const [band, words] of byBand) {
    const centres = words.map((w) => w.y + w.height / 2);
    const em = median(words.map((w) => w.height)) || 10;
    if (Math.max(...centres) - Math.min(...centres) < 0.6 * em) out.add(band);
  }
  return out;
}

/**
 * Inner ends of the stack's rules that a merged cell leaves: at a height where the rule is drawn in pieces, each end
 * of a piece that stops inside the table beside a gap in the rule (a piece on its other side, or its far end on the
 * table's edge). A short line on its own (an underline in a cell) gives none.
 */
/** The least share of the table's width a rule broken by merged cells still draws. */
const RULE_SHARE = 0.5;

function ruleEnds(horizontal: HLine[], stack: Stack): number[] {
  const ends: number[] = [];
  for (const y of stack.ys) {
    const pieces = horizontal
      .filter((h) => Math.abs(h.y - y) <= SAME_Y && h.x1 >= stack.x1 - EDGE && h.x2 <= stack.x2 + EDGE)
      .sort((a, b) => a.x1 - b.x1);
    if (pieces.length === 0 || (pieces.length === 1 && pieces[0]!.x1 <= stack.x1 + EDGE && pieces[0]!.x2 >= stack.x2 - EDGE)) continue;
    // A rule between rows crosses most of the table, broken only where cells merge; underlines in a page header do not.
    const drawn = pieces.reduce((sum, h) => sum + (h.x2 - h.x1), 0);
    if (drawn < RULE_SHARE * (stack.x2 - stack.x1)) continue;
    const touchesEdge = (h: HLine): boolean => h.x1 <= stack.x1 + EDGE || h.x2 >= stack.x2 - EDGE;
    for (const h of pieces) {
      if (pieces.length === 1 && !touchesEdge(h)) continue;
      for (const x of [h.x1, h.x2]) if (x > stack.x1 + EDGE && x < stack.x2 - EDGE) ends.push(x);
    }
  }
  const distinct: number[] = [];
  for (const x of ends.sort((a, b) => a - b)) if (distinct.length === 0 || x - distinct[distinct.length - 1]! > EDGE) distinct.push(x);
  return distinct;
}

/**
 * The vertical borders a table of horizontal rules leaves out, drawn where its text shows the columns. Takes the
 * page's rulings as `splitRulings` gives them.
 */
export function missingColumnBorders({ horizontal, vertical }: { horizontal: HLine[]; vertical: VLine[] }, items: readonly PositionedText[]): Ruling[] {
  if (horizontal.length < MIN_RULES) return [];
  const added: Ruling[] = [];
  for (const stack of stacks(horizontal)) {
    const top = stack.ys[0]!;
    const bottom = stack.ys[stack.ys.length - 1]!;
    const inner = vertical.some((v) => v.x > stack.x1 + EDGE && v.x < stack.x2 - EDGE && v.y2 > top + EDGE && v.y1 < bottom - EDGE);
    if (inner) continue;
    const inside = items
      .map((item) => ({ item, band: bandOf(item.y + item.height / 2, stack.ys) }))
      .filter(({ item, band }) => band >= 0 && item.x + item.width / 2 > stack.x1 && item.x + item.width / 2 < stack.x2);
    if (inside.length === 0) continue;
    // Columns are read off the rows of data: bold rows past the first (group labels merged over the row) run across.
    const data = dataBands(inside);
    const em = median(inside.map(({ item }) => item.height)) || 10;
    const found = gutters(data, MIN_GUTTER_EM * em, MIN_ALIGNED_GUTTER_EM * em);
    // The border sits one cell padding left of the next column's text, which starts at the same x on every page
    // (text is set from the left); the padding is the table's own, measured from its left edge to its first text.
    const measured = Math.min(...inside.map(({ item }) => item.x - stack.x1));
    const padding = measured > 0 && measured <= MAX_PADDING ? measured : DEFAULT_PADDING;
    const columnBorders = found.map((gutter) => gutter.right - Math.min(padding, (gutter.right - gutter.left) / 2));
    // Where a rule stops short, a merged cell's side is: the column's border itself, drawn, and one even where no
    // text shows the column (a lead cell merged down the page, its text on the page before). Rules found on a scan
    // break wherever the ink is faint, so only a text layer's drawn rules are read so.
    const scanned = inside.every(({ item }) => item.confidence !== undefined);
    for (const x of scanned ? [] : ruleEnds(horizontal, stack)) {
      const within = found.findIndex((g) => x >= g.left - SAME_Y && x <= g.right + SAME_Y);
      if (within >= 0) columnBorders[within] = x;
      else columnBorders.push(x);
    }
    if (found.length === 0) continue;
    if (rowsShareBands(inside, found[0]!.left, em)) continue;
    for (const x of [stack.x1, stack.x2]) {
      if (!vertical.some((v) => Math.abs(v.x - x) <= EDGE)) added.push({ x1: x, y1: top, x2: x, y2: bottom });
    }
    for (const x of columnBorders) {
      for (let band = 0; band + 1 < stack.ys.length; band++) {
        const words = inside.filter(({ band: b }) => b === band).map(({ item }) => item);
        const across = words.some((item) => item.x < x && item.x + item.width > x) || runsOnAcross(words, x, MIN_ALIGNED_GUTTER_EM * em);
        if (!across) added.push({ x1: x, y1: stack.ys[band]!, x2: x, y2: stack.ys[band + 1]! });
      }
    }
  }
  return added;
}

const SHARED_BAND_LABELS = 3;
/** A row's own label in the table's first column: "12", "III", "b", "2.1". */
const ROW_LABEL = /^(?:[IVXLC]{1,6}|[a-zđA-ZĐ]|\d{1,3}(?:\.\d{1,2})*)[.)]?$/u;

/**
 * Whether the rules frame the table and its header rather than its rows (a "booktabs" style: a rule above the table,
 * one under its header and one below it): a band below the header holds three rows' labels or more in the first
 * column, on lines of their own (two may be one label wrapped in a narrow column: "VI" / "I"). Such a band is no row,
 * and the table is read as a borderless one, its rows from its text.
 */
function rowsShareBands(inside: Array<{ item: PositionedText; band: number }>, firstGutter: number, em: number): boolean {
  const labels = new Map<number, number[]>();
  for (const { item, band } of inside) {
    if (band === 0 || item.x + item.width > firstGutter || !ROW_LABEL.test(item.text.trim())) continue;
    const centre = item.y + item.height / 2;
    const seen = labels.get(band) ?? [];
    if (!seen.some((y) => Math.abs(y - centre) < 0.5 * em)) seen.push(centre);
    labels.set(band, seen);
  }
  return [...labels.values()].some((centres) => centres.length >= SHARED_BAND_LABELS);
}

/**
 * Whether a line of the band's text runs on across `x` with no more than a word space there: a word ending before it
 * and the next word of its line starting after it, closer than any column's gutter (`narrowest`). A group label merged
 * over the row ("I | RÀ SOÁT, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH") may have a word space just where the columns below
 * have their gutter; two cells' texts are kept apart by both cells' padding.
 */
function runsOnAcross(words: readonly PositionedText[], x: number, narrowest: number): boolean {
  const centre = (item: PositionedText): number => item.y + item.height / 2;
  return words.some((before) => {
    const end = before.x + before.width;
    if (end > x) return false;
    return words.some((after) => after.x >= x && after.x - end < narrowest && Math.abs(centre(after) - centre(before)) < 0.5 * Math.min(after.height, before.height));
  });
}
