/**
 * Lines → paragraphs, for the running text of a page and for the text inside one table cell. A paragraph ends where
 * the vertical gap is wider than the region's usual line pitch, where a line starts with a list marker, where the
 * next line is indented against the one before, where emphasis changes, and where a line stops short although the
 * next line's first word would have fitted (a hard break, not a wrap).
 */
import type { Paragraph } from "../../model/types.js";
import type { Line } from "./lines.js";

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

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The usual pitch of consecutive lines, in font sizes (1.15 for single spacing in Word and LibreOffice). */
export function usualPitch(groups: Line[][]): number {
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

function firstWordWidth(line: Line): number {
  const first = line.text.split(" ")[0] ?? "";
  const total = line.text.length || 1;
  return ((line.right - line.x) * first.length) / total;
}

/**
 * A list marker at the start of a line begins an item when the line before could have taken the marker but broke
 * anyway, or ended a sentence; in a narrow cell "Phòng Văn hóa" / "- TT" is one name wrapped at its dash.
 */
function listBreak(prev: Line, line: Line, options: FlowOptions): boolean {
  if (/[.;:!?]$/.test(prev.text)) return true;
  const size = Math.max(prev.fontSize, line.fontSize) || 10;
  const marker = line.text.split(" ")[0] ?? "";
  const markerWidth = (marker.length * 0.5 + 0.3) * size;
  return options.rightEdge - prev.right > markerWidth;
}

function breaksBefore(prev: Line, line: Line, paragraphStart: Line, options: FlowOptions): boolean {
  const size = Math.max(prev.fontSize, line.fontSize) || 10;
  if ((line.top - prev.top) / size > options.pitch + 0.3) return true;
  if (startsListItem(line.text) && listBreak(prev, line, options)) return true;
  if (prev.bold !== line.bold) return true;
  if (Math.abs(prev.fontSize - line.fontSize) > 0.2 * size) return true;
  // A first-line indent after a line that sat further left starts a new paragraph; a hanging indent does not.
  if (line.x > prev.x + 0.8 * size && prev !== paragraphStart) return true;
  const spaceLeft = options.rightEdge - prev.right;
  if (spaceLeft > firstWordWidth(line) + 0.6 * size) return true;
  return false;
}

export function linesToParagraphs(lines: FlowLine[], options: FlowOptions): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: { lines: FlowLine[] } | null = null;
  const flush = (): void => {
    if (!current || current.lines.length === 0) return;
    const first = current.lines[0]!;
    // A line that ends in a hyphen right after a letter was wrapped inside a compound ("HĐND-" / "UBND").
    const texts: string[] = [];
    for (const l of current.lines) {
      const previous = texts[texts.length - 1];
      if (previous !== undefined && /[\p{L}\p{N}]-$/u.test(previous) && !/^[-–+•]/u.test(l.text)) texts[texts.length - 1] = previous + l.text;
      else texts.push(l.text);
    }
    const bullet = bulletOf(texts[0] ?? "");
    const paragraph: Paragraph = { type: "paragraph", lines: texts, position: { page: options.page, line: first.lineNo } };
    if (bullet) {
      paragraph.marker = bullet.marker;
      paragraph.lines[0] = bullet.rest;
    }
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
    if (breaksBefore(prev, line, current.lines[0]!, options)) {
      flush();
      current = { lines: [line] };
    } else current.lines.push(line);
  }
  flush();
  return paragraphs;
}
