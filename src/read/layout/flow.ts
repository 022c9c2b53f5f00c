/**
 * Lines → paragraphs, for the running text of a page and for the text inside one table cell. A paragraph ends where
 * the vertical gap is wider than the region's usual line pitch, where a line starts with a list marker, where the
 * next line is indented against the one before, where emphasis changes, and where a line stops short although the
 * next line's first word would have fitted (a hard break, not a wrap).
 */
import type { Paragraph } from "../../model/types.js";
import { type Line, naturalWidth } from "./lines.js";
import { median } from "./median.js";
import { LETTER, LOWER, NUMBER, UPPER, re } from "../../letters.js";

/** Bullets that the model keeps apart in `marker` (removed from the text). */
const BULLET = /^([-–—+•·∙◦○●▪■□➢➤►✓✔*])\s*(?=\S)/u;
/** Numbered items ("1.", "3.2.", "a)", "II.") start a paragraph but keep their number in the text. */
const NUMBERED = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\)|[IVXLC]{1,6}\.)\s/u;

export interface FlowLine extends Line {
  /** 1-based line number within the page. */
  lineNo: number;
}

export function bulletOf(text: string): { marker: string; rest: string } | null {
  const m = BULLET.exec(text);
  if (!m) return null;
  // "-5%" or "+84" are numbers, not bullets.
  const rest = text.slice(m[0].length);
  if (/^[-+]$/.test(m[1]!) && /^\d/.test(rest) && !/\s/.test(text.slice(1, 2))) return null;
  return { marker: m[1]!, rest };
}

export function startsListItem(text: string): boolean {
  return bulletOf(text) !== null || NUMBERED.test(text);
}

/** The usual pitch of consecutive lines, in font sizes (1.15 for single spacing in Word and LibreOffice). */
export function usualPitch(groups: ReadonlyArray<ReadonlyArray<Pick<Line, "top" | "fontSize">>>): number {
  const ratios: number[] = [];
  for (const lines of groups) {
    for (let i = 1; i < lines.length; i++) {
      const prev = lines[i - 1]!;
      const line = lines[i]!;
      const size = Math.max(prev.fontSize, line.fontSize);
      if (size <= 0) continue;
      const ratio = (line.top - prev.top) / size;
      if (ratio > 0.5 && ratio < 3) ratios.push(ratio);
    }
  }
  return ratios.length >= 3 ? median(ratios) : 1.2;
}

export interface FlowOptions {
  /** Right edge text wraps at in this region (cell's inner right edge, or the page's text margin). */
  rightEdge: number;
  /** Usual line pitch, in font sizes. */
  pitch: number;
  page: number;
}

/** The drawn width of a part of the line's text: its share of the line's natural width, scaled to the line. */
function drawnWidth(line: Line, part: string): number {
  const total = naturalWidth(line.text) || 1;
  return ((line.right - line.x) * naturalWidth(part)) / total;
}

/** The text up to the first space (all of it when there is none). */
function firstWord(text: string): string {
  const space = text.indexOf(" ");
  return space < 0 ? text : text.slice(0, space);
}

function firstWordWidth(line: Line): number {
  return drawnWidth(line, firstWord(line.text));
}

/**
 * Room the typesetter needs besides the word itself: the space before it (0.25 em) and a margin for the estimate.
 * Measured on LibreOffice cells: a word that had 0.1 em to spare was still wrapped, one with 0.6 em never.
 */
const FIT_SLACK_EM = 0.45;

/** The line before had room for the first word of this line: it stopped short, so the break was a hard one. */
function wouldHaveFit(prev: Line, line: Line, options: FlowOptions): boolean {
  const size = Math.max(prev.fontSize, line.fontSize) || 10;
  return options.rightEdge - prev.right > firstWordWidth(line) + FIT_SLACK_EM * size;
}

/**
 * A list marker at the start of a line begins an item when the line before could have taken the marker but broke
 * anyway, or ended a sentence; in a narrow cell "Phòng Văn hóa" / "- TT" is one name wrapped at its dash.
 */
function listBreak(prev: Line, line: Line, options: FlowOptions, linePitch: number): boolean {
  if (/[.;:!?]$/.test(prev.text)) return true;
  // The spacing Word and LibreOffice put after a paragraph (1 pt and up): wider than the region's own line pitch.
  const size = Math.max(prev.fontSize, line.fontSize) || 10;
  if ((line.top - prev.top) / size > linePitch + PARAGRAPH_SPACING_EM) return true;
  return wouldHaveFit(prev, line, options);
}

/** The smallest extra gap, in font sizes, read as spacing between two paragraphs rather than jitter. */
const PARAGRAPH_SPACING_EM = 0.05;

/** The pitch of wrapped lines in this region: the tightest gap between consecutive lines, in font sizes. */
function tightestPitch(lines: Line[], fallback: number): number {
  let tightest = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const size = Math.max(lines[i - 1]!.fontSize, lines[i]!.fontSize);
    if (size <= 0) continue;
    const ratio = (lines[i]!.top - lines[i - 1]!.top) / size;
    if (ratio > 0.5 && ratio < 3) tightest = Math.min(tightest, ratio);
  }
  return Number.isFinite(tightest) ? tightest : fallback;
}

function breaksBefore(prev: Line, line: Line, paragraphStart: Line, options: FlowOptions, linePitch: number): boolean {
  const size = Math.max(prev.fontSize, line.fontSize) || 10;
  if ((line.top - prev.top) / size > options.pitch + 0.3) return true;
  if (startsListItem(line.text) && listBreak(prev, line, options, linePitch)) return true;
  if (prev.bold !== line.bold && !wrapsOn(prev, line, paragraphStart, options)) return true;
  if (Math.abs(prev.fontSize - line.fontSize) > 0.2 * size) return true;
  // A first-line indent after a line that sat further left starts a new paragraph; a hanging indent does not, nor does
  // the shorter last line of a centred cell or title ("Lãnh đạo Sở Nông" / "nghiệp và Môi" / "trường").
  if (line.x > prev.x + 0.8 * size && prev !== paragraphStart && !centredTogether(prev, line, size)) return true;
  return wouldHaveFit(prev, line, options);
}

/**
 * The sentence goes on from a line filled to the edge onto a line at the same left edge, or from a paragraph's
 * first line, indented, back to the left margin: an emphasis change there is bold or italic words inside the
 * paragraph ("… chậm nhất là ngày" / "**30/01/2026.**"; a bold label "e) Đề nghị Ngân hàng Nhà nước … tỉnh Lâm" /
 * "**Đồng:** Chỉ đạo …"), not a heading after it.
 */
function wrapsOn(prev: Line, line: Line, paragraphStart: Line, options: FlowOptions): boolean {
  if (wouldHaveFit(prev, line, options)) return false;
  // A bold label on an indented first line, its text going on back at the left margin, where no paragraph of an
  // indented text starts: the label ends the line ("d) Đề nghị Viện kiểm sát nhân dân tỉnh:" / "Phối hợp …") and the
  // paragraph goes on. Not the other way round: text, then a bold line, is a heading after it.
  if (prev === paragraphStart && prev.bold && !line.bold && line.x < prev.x - SAME_X) return true;
  return !/[.;:!?]$/.test(prev.text) && Math.abs(line.x - prev.x) <= SAME_X;
}

/** Two lines on one centre axis, the lower one shorter: a centred text wrapped, whose left edge moves with each line. */
function centredTogether(prev: Line, line: Line, size: number): boolean {
  return line.right < prev.right && Math.abs(prev.x + prev.right - line.x - line.right) / 2 <= 0.3 * size;
}

/**
 * A word too long for the line is broken wherever the line ends ("15/01/20" / "24", "HĐND&UB" / "ND huyện"): the
 * line before holds that one word and runs up to the right edge (no room left for the next letter), and the word
 * with its continuation would not fit on any line of the region.
 */
function forcedBreak(prev: Line, line: Line, options: FlowOptions, leftEdge: number): boolean {
  if (/\s/.test(prev.text) || prev.text === "") return false;
  const size = Math.max(prev.fontSize, line.fontSize) || 10;
  // The broken word fills its line from the region's left edge; its rest starts there too, or is centred under it
  // (a centred "Thời gian" cell: "15/12/202" / "5"). A centred label stacked word by word fills no line, which the
  // room test below tells.
  if (prev.x > leftEdge + SAME_X || (Math.abs(prev.x - line.x) > SAME_X && !centredTogether(prev, line, size))) return false;
  const next = firstWord(line.text);
  const firstChar = Array.from(next)[0] ?? "";
  if (options.rightEdge - prev.right > drawnWidth(line, firstChar) + 0.2 * size) return false;
  const wholeWord = prev.right - prev.x + drawnWidth(line, next);
  return wholeWord > options.rightEdge - Math.min(prev.x, line.x);
}

/** Lines whose left edges are this close (points) start at the same place. */
const SAME_X = 0.6;

const CLOSING = /^[)\]}”’.,;:!?%…]/u;
const NO_VOWEL_TAIL = re("u")`^[b-df-hj-np-tv-xzđ]+(?![${LETTER}])`;

/**
 * Whether a line's last word and the next line's first are the two halves of one syllable: the tail is a lone
 * consonant cluster followed by a space or nothing ("hoạc" / "h", "Phòn" / "g Tài"), which no Vietnamese word is
 * (a list letter "b)" or "c." has its mark). Safe without the lines' widths.
 */
export function syllableBrokenAcross(head: string, tail: string): boolean {
  return re("u")`[${LOWER}]$`.test(head) && LONE_CONSONANTS.test(tail);
}
const LONE_CONSONANTS = /^[b-df-hj-np-tv-xzđ]+(?=\s|$)/u;

/**
 * Whether the two halves of a word broken by the line width are written together: when the whole is a token that
 * never holds a space (a date or number, an abbreviation or code such as "HĐND&UBND" or "130/2005/NĐ-CP", a web
 * address), when the second half is closing punctuation or a "-" compound, or when it is the end of a Vietnamese
 * syllable (a lone consonant cluster like "g" or "nh" is no word). Anything else is two words.
 */
export function gluesAcrossBreak(head: string, tail: string): boolean {
  if (head === "" || tail === "") return false;
  if (CLOSING.test(tail)) return true;
  if (tail.startsWith('"')) return (head.match(/"/g) ?? []).length % 2 === 1;
  if (re("u")`^[-–][${LETTER}${NUMBER}]`.test(tail)) return true;
  if (re("u")`[${LOWER}]$`.test(head) && NO_VOWEL_TAIL.test(tail)) return true;
  const joined = (head + tail).replace(/^[("“'[]+/u, "").replace(/[)"”'\].,;:]+$/u, "");
  if (re("u")`[${NUMBER}]`.test(joined) && re("u")`^[${NUMBER}./,:\-–]+$`.test(joined)) return true;
  if (re("u")`[${UPPER}]`.test(joined) && re("u")`^[${UPPER}${NUMBER}&./\-–]+$`.test(joined)) return true;
  return /^(?:https?:\/\/|www\.)\S+$/iu.test(joined) || re("u")`^[${LETTER}${NUMBER}-]+(?:\.[${LETTER}${NUMBER}-]+)+$`.test(joined);
}

export function linesToParagraphs(lines: FlowLine[], options: FlowOptions): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: { lines: FlowLine[] } | null = null;
  const linePitch = tightestPitch(lines.filter((l) => l.text !== ""), options.pitch);
  const leftEdge = Math.min(...lines.map((l) => l.x));
  const flush = (): void => {
    if (!current || current.lines.length === 0) return;
    const first = current.lines[0]!;
    // A line that ends in a hyphen right after a letter was wrapped inside a compound ("HĐND-" / "UBND").
    const texts: string[] = [];
    current.lines.forEach((l, i) => {
      const previous = texts[texts.length - 1];
      const prevLine = current!.lines[i - 1];
      const glued =
        previous !== undefined &&
        prevLine !== undefined &&
        ((re("u")`[${LETTER}${NUMBER}]-$`.test(previous) && !/^[-–+•]/u.test(l.text)) ||
          (forcedBreak(prevLine, l, options, leftEdge) && gluesAcrossBreak(prevLine.text, firstWord(l.text))));
      if (glued) texts[texts.length - 1] = previous + l.text;
      else texts.push(l.text);
    });
    const bullet = bulletOf(texts[0] ?? "");
    const paragraph: Paragraph = { type: "paragraph", lines: texts, position: { page: options.page, line: first.lineNo } };
    paragraph.wrapped = true;
    if (bullet) {
      paragraph.marker = bullet.marker;
      paragraph.lines[0] = bullet.rest;
    }
    const ocrWords = current.lines.flatMap((l) => l.items.flatMap((item) => (item.confidence === undefined ? [] : [{ text: item.text, confidence: item.confidence }])));
    if (ocrWords.length > 0) paragraph.ocrWords = ocrWords;
    const bold = current.lines.every((l) => l.bold);
    const italic = current.lines.every((l) => l.italic);
    if (bold || italic) paragraph.emphasis = { ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) };
    paragraphs.push(paragraph);
    current = null;
  };
  for (const line of lines) {
    if (line.text === "") continue;
    if (!current) {
      current = { lines: [line] };
      continue;
    }
    const prev = current.lines[current.lines.length - 1]!;
    if (breaksBefore(prev, line, current.lines[0]!, options, linePitch)) {
      flush();
      current = { lines: [line] };
    } else current.lines.push(line);
  }
  flush();
  return paragraphs;
}
