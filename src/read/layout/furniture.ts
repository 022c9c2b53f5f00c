/**
 * Page furniture: running headers and footers (the same text at the same place on most pages) and page numbers
 * (a lone number at the top or bottom of the page). They are layout, not content, and are dropped.
 */
import { type Line, splitSegments } from "./lines.js";

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

/** Share of the page height, from the top and from the bottom, where furniture lives. */
const MARGIN_BAND = 0.12;
const PAGE_NUMBER = /^(?:trang\s+)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:\/|of|trên)\s*\d{1,4})?$/iu;

/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc": only a document's first page has them. */
const NATIONAL_MOTTO = /CỘNG (?:HÒA|HOÀ) XÃ HỘI CHỦ NGHĨA|Độc lập\s*[-–]\s*Tự do/u;

/**
 * A line of this many texts apart (gaps of a font size or more) is a table's row, a header row repeated at the top of
 * each page by a table without rules, not a running header: those hold one text, or two or three (a title, a number).
 */
const TABLE_ROW_TEXTS = 4;
const TABLE_GUTTER_EM = 1;

function keyOf(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

export function isPageNumberText(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** Returns, for each page, the set of its lines that are furniture. */
export function findFurniture(pages: PageLines[]): Map<number, Set<Line>> {
  const result = new Map<number, Set<Line>>();
  const candidates: Array<{ page: number; line: Line; key: string; zone: "top" | "bottom"; offset: number }> = [];
  // Pages whose top holds the national motto start a document. A text repeated only at the top of such pages is the
  // header of documents of one body (a công văn and the plan it sends start alike), content, not a running header.
  const startPages = new Set<number>();
  for (const { page, height, lines } of pages) {
    const dropped = new Set<Line>();
    result.set(page, dropped);
    if (lines.length === 0) continue;
    const sorted = [...lines].sort((a, b) => a.top - b.top);
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    if (sorted.some((line) => line.bottom < MARGIN_BAND * height && NATIONAL_MOTTO.test(line.text))) startPages.add(page);
    // The lines from a table's row down (its header's further lines, "chủ trì", "thành") are the table's too.
    const tableTop = sorted.find((line) => line.bottom < MARGIN_BAND * height && splitSegments(line.items, TABLE_GUTTER_EM).length >= TABLE_ROW_TEXTS)?.top ?? Infinity;
    for (const line of sorted) {
      const zone = line.bottom < MARGIN_BAND * height ? "top" : line.top > (1 - MARGIN_BAND) * height ? "bottom" : null;
      if (!zone || (zone === "top" && line.top >= tableTop)) continue;
      if (isPageNumberText(line.text) && (line === first || line === last)) dropped.add(line);
      candidates.push({ page, line, key: keyOf(line.text), zone, offset: zone === "top" ? line.top : height - line.bottom });
    }
  }
  if (pages.length < 2) return result;
  const needed = Math.max(2, Math.ceil(0.5 * pages.length));
  const byKey = new Map<string, typeof candidates>();
  for (const c of candidates) {
    if (c.key === "" ) continue;
    const list = byKey.get(`${c.zone}:${c.key}`) ?? [];
    list.push(c);
    byKey.set(`${c.zone}:${c.key}`, list);
  }
  for (const list of byKey.values()) {
    // Count pages where the text sits at about the same distance from the page edge as most of its copies.
    const offsets = list.map((c) => c.offset).sort((a, b) => a - b);
    const typical = offsets[Math.floor(offsets.length / 2)]!;
    const aligned = list.filter((c) => Math.abs(c.offset - typical) <= 15);
    const pagesSeen = new Set(aligned.map((c) => c.page));
    const onlyDocumentStarts = aligned.every((c) => c.zone === "top" && startPages.has(c.page));
    if (pagesSeen.size >= needed && !onlyDocumentStarts) for (const c of aligned) result.get(c.page)?.add(c.line);
  }
  return result;
}
