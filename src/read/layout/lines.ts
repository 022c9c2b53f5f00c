/**
 * Positioned words → visual lines with their text. pdf.js often hands out a Vietnamese word in pieces: a precomposed
 * letter ("ệ") as its own item drawn inside the gap that the rest of the word ("Nhi m") leaves for it, or a combining
 * mark as an item of its own above its letter. Pieces that overlap are therefore merged character by character in
 * x order, and marks are attached to the letter under them; every line comes out NFC.
 */
import type { PositionedText } from "./types.js";
import { median } from "./median.js";
import { LETTER, MARK, NUMBER, UPPER, re } from "../../letters.js";

export interface Line {
  items: PositionedText[];
  text: string;
  x: number;
  right: number;
  top: number;
  bottom: number;
  /** The font size of the line's main text (the median item height). */
  fontSize: number;
  bold: boolean;
  italic: boolean;
}

const COMBINING = re("u")`^[${MARK}]+$`;
/** Spacing accents some fonts emit instead of combining marks, mapped to the combining mark they stand for. */
const SPACING_ACCENTS: Record<string, string> = {
  "`": "\u0300",
  "\u02CB": "\u0300",
  "\u00B4": "\u0301",
  "\u02CA": "\u0301",
  "\u02DC": "\u0303",
  "\u02C0": "\u0309",
  "\u0309": "\u0309",
};

const SPACE_BEFORE_MARK = re("gu")`\s+(?=[${MARK}])`;
const MARKS = re("gu")`[${MARK}]`;

/** Folds marks that float after a space back onto their letter and composes: "a ̀" → "à". */
export function composeText(text: string): string {
  return text.replace(SPACE_BEFORE_MARK, "").normalize("NFC");
}

function isMarkOnly(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  // Nearly every item starts with a letter or digit: skip the regex. Below U+02C0, only ` and ´ may start a mark.
  const first = t.charCodeAt(0);
  if (first < 0x2c0 && first !== 0x60 && first !== 0xb4) return false;
  return COMBINING.test(t) || Array.from(t).every((ch) => ch in SPACING_ACCENTS);
}

function asCombining(text: string): string {
  return Array.from(text.trim())
    .map((ch) => SPACING_ACCENTS[ch] ?? ch)
    .join("");
}

function centerY(item: PositionedText): number {
  return item.y + item.height / 2;
}

function verticalOverlap(a: { top: number; bottom: number }, b: { top: number; bottom: number }): number {
  return Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
}

interface LineDraft {
  items: PositionedText[];
  top: number;
  bottom: number;
  center: number;
  height: number;
}

/** Groups items into lines: an item joins the line it overlaps most (by at least half of the smaller height). */
export function groupLines(items: readonly PositionedText[]): PositionedText[][] {
  const sorted = [...items].sort((a, b) => centerY(a) - centerY(b) || a.x - b.x);
  const drafts: LineDraft[] = [];
  for (const item of sorted) {
    const box = { top: item.y, bottom: item.y + item.height };
    let best: LineDraft | undefined;
    let bestScore = 0;
    // Only the last few lines can still overlap an item taken in y order.
    for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 6; k--) {
      const draft = drafts[k]!;
      const overlap = verticalOverlap(box, draft);
      const smaller = Math.min(item.height, draft.height);
      if (smaller <= 0) continue;
      const score = overlap / smaller;
      const centersClose = Math.abs(centerY(item) - draft.center) <= 0.45 * Math.max(item.height, draft.height);
      if (score >= 0.5 && centersClose && score > bestScore) {
        best = draft;
        bestScore = score;
      }
    }
    if (best) {
      best.items.push(item);
      // The line keeps the geometry of its tallest text so that superscripts do not drag it.
      if (item.height > best.height) {
        best.height = item.height;
        best.top = item.y;
        best.bottom = item.y + item.height;
        best.center = centerY(item);
      }
    } else {
      drafts.push({ items: [item], top: box.top, bottom: box.bottom, center: centerY(item), height: item.height });
    }
  }
  return drafts.sort((a, b) => a.center - b.center).map((d) => d.items.sort((a, b) => a.x - b.x));
}

/** Advance widths (1/1000 em) of Times / Liberation Serif, the face most Vietnamese plans are set in. */
const TIMES_WIDTHS: Record<string, number> = {
  " ": 250, a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889, N: 722,
  O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  ".": 250, ",": 250, ":": 278, ";": 278, "/": 278, "-": 333, "(": 333, ")": 333, "%": 833, "“": 444, "”": 444,
};

/**
 * Widths already worked out, by character: every line's text is measured several times over (each paragraph break
 * asks whether a word would have fitted), and decomposing a character to find its base letter is the costly part.
 * A page uses a few hundred distinct characters; the bound only matters for hostile text.
 */
const charWidths = new Map<string, number>();
const CHAR_WIDTHS_LIMIT = 10_000;

function charWidth(ch: string): number {
  const known = charWidths.get(ch);
  if (known !== undefined) return known;
  const width = measureChar(ch);
  if (charWidths.size < CHAR_WIDTHS_LIMIT) charWidths.set(ch, width);
  return width;
}

function measureChar(ch: string): number {
  const base = ch.normalize("NFD").replace(MARKS, "").replace("đ", "d").replace("Đ", "D");
  const known = TIMES_WIDTHS[base] ?? TIMES_WIDTHS[ch];
  if (known !== undefined) return known / 1000;
  if (re("u")`[${NUMBER}]`.test(base)) return 0.5;
  if (re("u")`[${UPPER}]`.test(base)) return 0.68;
  return 0.48;
}

/** The natural width of a text in em (Times metrics): a good enough share of a drawn line for any text face. */
export function naturalWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

interface Glyph {
  ch: string;
  x: number;
  right: number;
  source: number;
}

function explode(item: PositionedText, source: number): Glyph[] {
  const chars = Array.from(item.text.normalize("NFC"));
  const weights = chars.map(charWidth);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const glyphs: Glyph[] = [];
  let x = item.x;
  chars.forEach((ch, i) => {
    const w = (item.width * weights[i]!) / total;
    glyphs.push({ ch, x, right: x + w, source });
    x += w;
  });
  return glyphs;
}

/** What may follow a vowel with its tone mark inside one Vietnamese syllable ("Nhi·ệ·m", "c·ủ·a", "Th·ườ·ng"). */
const SYLLABLE_REST = /^(?:[aeiouy]{1,2}(?:ng|nh|ch|[cmnpt])?|ng|nh|ch|[cmnpt])$/u;

function continuesSyllable(rest: string): boolean {
  const word = rest.replace(/[.,;:!?)”"'\]]+$/u, "");
  return word !== "" && SYLLABLE_REST.test(word);
}

/**
 * Merges a word cluster: one host item whose text has gaps (pdf.js writes each gap as one space) and the items drawn
 * into those gaps (letters with tone marks set from another font run). A gap holds the inserted letters, plus a real
 * space when the letters end their syllable: what follows the gap decides ("Ch ỉ th" → "Chỉ th", "Nhi ệ m" → "Nhiệm").
 */
function mergeCluster(cluster: PositionedText[]): string {
  const host = cluster.reduce((a, b) => (b.width > a.width ? b : a));
  const guests = cluster.filter((i) => i !== host).sort((a, b) => a.x - b.x);
  const fontSize = host.height || 10;
  // Adjacent guests form one insertion ("ư" + "ờ").
  const chains: Array<{ x: number; right: number; text: string }> = [];
  for (const g of guests) {
    const last = chains[chains.length - 1];
    if (last && g.x - last.right < 0.12 * fontSize) {
      last.text += g.text;
      last.right = Math.max(last.right, g.x + g.width);
    } else chains.push({ x: g.x, right: g.x + g.width, text: g.text });
  }
  const tokens = host.text.split(/( +)/).filter((t) => t !== "");
  const spaceCount = tokens.filter((t) => t.trim() === "").length;
  if (spaceCount === 0) return fallbackMerge(cluster);
  // Lay the host's characters out with Times metrics, scaled to the host's width.
  const natural = tokens.reduce((sum, t) => sum + (t.trim() === "" ? 0.25 : Array.from(t).reduce((a, ch) => a + charWidth(ch), 0)), 0);
  const inserted = chains.reduce((sum, c) => sum + (c.right - c.x), 0);
  const scale = Math.max(0.5, Math.min(2, (host.width - inserted) / (natural * fontSize || 1)));
  const spans: Array<{ token: string; start: number; end: number }> = [];
  let cursor = host.x;
  for (const token of tokens) {
    const width = token.trim() === "" ? 0.25 * fontSize * scale : Array.from(token).reduce((a, ch) => a + charWidth(ch), 0) * fontSize * scale;
    const chain = token.trim() === "" ? chains.find((c) => c.x >= cursor - 0.5 * fontSize && c.x <= cursor + 0.6 * fontSize) : undefined;
    const end = chain ? Math.max(cursor + width, chain.right) : cursor + width;
    spans.push({ token, start: cursor, end });
    cursor = end;
  }
  const used = new Set<(typeof chains)[number]>();
  const out: string[] = [];
  spans.forEach((span, index) => {
    if (span.token.trim() !== "") {
      out.push(span.token);
      return;
    }
    const chain = chains.find((c) => !used.has(c) && c.x >= span.start - 0.5 * fontSize && c.x <= span.start + 0.6 * fontSize);
    if (!chain) {
      out.push(" ");
      return;
    }
    used.add(chain);
    const spaceBefore = chain.x - span.start > 0.2 * fontSize && index > 0;
    const next = spans[index + 1]?.token ?? "";
    out.push((spaceBefore ? " " : "") + chain.text.trim() + (continuesSyllable(next) ? "" : " "));
  });
  const leftovers = chains.filter((c) => !used.has(c));
  if (leftovers.length === 0) return out.join("").replace(/ +/g, " ");
  return fallbackMerge([{ ...host, text: out.join("").replace(/ +/g, " ") }, ...leftovers.map((c) => ({ text: c.text, x: c.x, y: host.y, width: c.right - c.x, height: host.height }))]);
}

/** Character-level merge in x order, for clusters without gaps to fill. */
function fallbackMerge(cluster: PositionedText[]): string {
  const glyphs = cluster.flatMap((item, index) => explode(item, index));
  glyphs.sort((a, b) => (a.x + a.right) / 2 - (b.x + b.right) / 2);
  const kept = glyphs.filter((g) => {
    if (g.ch !== " ") return true;
    return !glyphs.some((o) => o.source !== g.source && o.ch !== " " && Math.min(o.right, g.right) - Math.max(o.x, g.x) > 0.3 * (o.right - o.x));
  });
  return kept.map((g) => g.ch).join("");
}

/** Inserts a mark-only item into the item it sits over, after the character under its centre. */
function attachMarks(items: PositionedText[]): PositionedText[] {
  const marks = items.filter((i) => isMarkOnly(i.text));
  if (marks.length === 0) return items;
  const rest = items.filter((i) => !isMarkOnly(i.text)).map((i) => ({ ...i }));
  for (const mark of marks) {
    const cx = mark.x + mark.width / 2;
    const host = rest.find((i) => cx >= i.x - 0.5 && cx <= i.x + i.width + 0.5) ?? nearest(rest, cx);
    if (!host) continue;
    const glyphs = explode(host, 0);
    let index = glyphs.findIndex((g) => cx >= g.x && cx < g.right);
    if (index < 0) index = cx < host.x ? 0 : glyphs.length - 1;
    // Skip a space so the mark lands on a letter.
    while (index > 0 && glyphs[index]!.ch === " ") index--;
    const chars = glyphs.map((g) => g.ch);
    chars.splice(index + 1, 0, asCombining(mark.text));
    host.text = chars.join("").normalize("NFC");
  }
  return rest;
}

function nearest(items: PositionedText[], cx: number): PositionedText | undefined {
  let best: PositionedText | undefined;
  let distance = Infinity;
  for (const item of items) {
    const d = Math.min(Math.abs(cx - item.x), Math.abs(cx - (item.x + item.width)));
    if (d < distance) {
      distance = d;
      best = item;
    }
  }
  return distance < 10 ? best : undefined;
}

/** A gap wider than this (in font sizes) between two pieces of text is a word space. */
const WORD_GAP = 0.18;

/** pdf.js's least space inside a run (`SPACE_IN_FLOW_MIN`): a gap its producer left in a run is a space from there. */
const RUN_GAP = 0.102;

/**
 * Items with their runs cut at the gaps their producer left (see `PositionedText.pieces`): each piece an item of its
 * own, where it was drawn, so that the letters a fallback font drew into a gap ("Nhi·ệ·m", "t·ỉ·nh") sit between the
 * pieces around them instead of being guessed into a run whose gaps all read as spaces.
 */
export function splitRunPieces(items: readonly PositionedText[]): PositionedText[] {
  if (!items.some((item) => item.pieces)) return [...items];
  return items.flatMap((item) => {
    if (!item.pieces || item.pieces.length === 0) return [item];
    const { pieces: _pieces, ...rest } = item;
    return item.pieces.map((piece, k) => ({ ...rest, text: piece.text, x: piece.x, width: piece.width, ...(k > 0 ? { afterGap: true } : {}) }));
  });
}

/**
 * Between two words OCR told apart, a narrower gap is one: the engine's own word boundaries are trusted, and a scanned
 * line's size is measured on its ink (a bracket, an accent or a tilt makes it a fifth taller than its print), which
 * would otherwise run "Kế hoạch" together.
 */
const OCR_WORD_GAP = 0.1;

function ocrWords(before: readonly PositionedText[], item: PositionedText): boolean {
  return item.confidence !== undefined && before.length > 0 && before.every((piece) => piece.confidence !== undefined);
}

/** The text of one line's items (already in x order): overlapping pieces merged, a space where the gap is a word gap. */
export function lineText(itemsInOrder: PositionedText[]): string {
  // pdf.js pads some items with a space where the previous font run ended; the geometry says where spaces are.
  const trimmed = itemsInOrder.map((i) => (i.text === i.text.trim() ? i : { ...i, text: i.text.trim() })).filter((i) => i.text !== "");
  const items = attachMarks(trimmed).sort((a, b) => a.x - b.x);
  const fontSize = median(items.map((i) => i.height)) || 10;
  const parts: string[] = [];
  let clusterRight = -Infinity;
  let cluster: PositionedText[] = [];
  const flush = (): void => {
    if (cluster.length === 0) return;
    parts.push(cluster.length === 1 ? cluster[0]!.text : mergeCluster(cluster));
    cluster = [];
  };
  for (const item of items) {
    const overlap = clusterRight - item.x;
    if (cluster.length > 0 && overlap > 0.15 * Math.min(item.width, fontSize)) {
      cluster.push(item);
      clusterRight = Math.max(clusterRight, item.x + item.width);
      continue;
    }
    const gap = item.x - clusterRight;
    const wordGap = ocrWords(cluster, item) ? OCR_WORD_GAP : item.afterGap ? RUN_GAP : WORD_GAP;
    flush();
    if (parts.length > 0 && gap > wordGap * fontSize) parts.push(" ");
    cluster = [item];
    clusterRight = item.x + item.width;
  }
  flush();
  return joinFootnoteMarks(composeText(parts.join("")).replace(/\s+/g, " ").trim());
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** A run of superscript digits and parentheses, with the spaces pdf.js left between its pieces. */
const SUPERSCRIPT_RUN = /( ?)((?:[⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹] ?)*[⁽⁾](?: ?[⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹])*)( ?)(?=(.?))/gu;

/**
 * A footnote reference ⁽¹²⁾ comes out of Word and LibreOffice in pieces: the digits in the text's font, the
 * parentheses from a fallback font drawn in a second pass, each run leaving gaps (written as spaces) where the other
 * goes, so the pieces interleave as "qua ¹ ." + "⁽ ⁾". The digits of one run are in order, so a run holding
 * parentheses is the marker: rebuilt as ⁽digits⁾, attached to the word before it (as the text writes it, "qua⁽¹⁾."),
 * with no space before the punctuation that follows it.
 */
export function joinFootnoteMarks(text: string): string {
  if (!/[⁽⁾]/u.test(text)) return text;
  return text.replace(SUPERSCRIPT_RUN, (whole, _before: string, run: string, after: string, next: string) => {
    const digits = Array.from(run).filter((ch) => SUPERSCRIPT_DIGITS.includes(ch)).join("");
    if (digits === "") return whole;
    const keepSpace = after !== "" && next !== "" && !/[.,;:!?)\]”"'…]/u.test(next);
    return `⁽${digits}⁾${keepSpace ? " " : ""}`;
  });
}

/** Letters and digits: a line is bold or italic when all its items that hold any are. */
const LETTER_OR_DIGIT = re("u")`[${LETTER}${NUMBER}]`;

/**
 * A line's geometry without its text: the font size of its main text (the median item height) and where that text
 * starts and ends vertically. Line pitch needs no more, and the text is the costly part of a line.
 */
export function lineMetrics(items: readonly PositionedText[]): Pick<Line, "top" | "bottom" | "fontSize"> {
  const fontSize = median(items.map((i) => i.height));
  let top = Infinity;
  let bottom = -Infinity;
  for (const item of items) {
    if (!(item.height >= 0.8 * fontSize)) continue;
    top = Math.min(top, item.y);
    bottom = Math.max(bottom, item.y + item.height);
  }
  return { top, bottom, fontSize };
}

export function makeLine(items: PositionedText[]): Line {
  const inOrder = [...items].sort((a, b) => a.x - b.x);
  const { top, bottom, fontSize } = lineMetrics(inOrder);
  let x = Infinity;
  let right = -Infinity;
  for (const item of inOrder) {
    x = Math.min(x, item.x);
    right = Math.max(right, item.x + item.width);
  }
  const textual = inOrder.filter((i) => LETTER_OR_DIGIT.test(i.text));
  return {
    items: inOrder,
    text: lineText(inOrder),
    x,
    right,
    top,
    bottom,
    fontSize,
    bold: textual.length > 0 && textual.every((i) => i.bold === true),
    italic: textual.length > 0 && textual.every((i) => i.italic === true),
  };
}

/** A list marker drawn on its own ("+", "-", "1.", "a)", "II."): Word and LibreOffice put a tab after it. */
const LIST_MARKER = /^(?:[-–—+•·∙◦○●▪■□➢➤►✓✔*]|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\)|[IVXLC]{1,6}\.)$/u;

/** Whether a text is a list marker alone ("-", "+", "1.", "a)", "II."), as drawn before a list item's text. */
export function isListMarker(text: string): boolean {
  return LIST_MARKER.test(text.trim());
}

/**
 * Splits a line where the gap between two items is wider than `gapEm` font sizes: side-by-side blocks (the agency and
 * the national motto at the top of a plan, "Nơi nhận" and the signer at its foot) are separate texts. A list marker
 * and its text are one text however wide the tab between them.
 */
export function splitSegments(items: PositionedText[], gapEm = 2.5): PositionedText[][] {
  const inOrder = [...items].sort((a, b) => a.x - b.x);
  const fontSize = median(inOrder.map((i) => i.height)) || 10;
  const segments: PositionedText[][] = [];
  let right = -Infinity;
  for (const item of inOrder) {
    const last = segments[segments.length - 1];
    const afterMarker = last !== undefined && last.length === 1 && LIST_MARKER.test(last[0]!.text.trim());
    if (!last || (item.x - right > gapEm * fontSize && !afterMarker)) segments.push([item]);
    else last.push(item);
    right = Math.max(right, item.x + item.width);
  }
  return segments;
}

export function buildLines(items: readonly PositionedText[]): Line[] {
  return groupLines(items).map(makeLine);
}
