/**
 * Cells that hold lists, as items: pure functions of strings.
 */
import { cleanText, isUpperCaseText, sentenceCase } from "./text.js";
import { UPPER, re } from "../letters.js";

const BULLET_ITEM = /^[-+•·●▪–]\s*\S/u;

/** "- a - b" in one paragraph (a bulleted cell a converter flattened) → ["- a", "- b"]; other paragraphs as they are. */
export function bulletItems(paragraph: string): string[] {
  return BULLET_ITEM.test(paragraph) ? paragraph.split(re("u")`\s+(?=[-+•]\s*[${UPPER}])`) : [paragraph];
}

/** Whole cells in capitals are layout, not meaning: "CẢI CÁCH THỂ CHẾ" reads "Cải cách thể chế". */
export function readable(text: string): string {
  const cleaned = cleanText(text);
  return cleaned.length > 12 && isUpperCaseText(cleaned) ? sentenceCase(cleaned) : cleaned;
}

/** "Công văn; báo cáo kết quả", "- Kế hoạch - Báo cáo kết quả" → one item each. */
export function splitItems(paragraphs: string[]): string[] {
  const items: string[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.trim();
    for (const piece of bulletItems(text)) for (const part of piece.split(/;\s*/)) {
      const item = readable(part).replace(/[;,]+$/, "").trim();
      if (item) items.push(item);
    }
  }
  return items;
}

/** "3.1. Xây dựng dự thảo … 3.2. Tổng hợp …" in one paragraph → one activity each, numbers kept. */
export function splitActivities(paragraphs: string[]): string[] {
  return paragraphs
    // The lookbehind anchors the match at the start of a whitespace run: without it every position of a long run
    // would retry `\s+` to its end (quadratic on a cell of spaces).
    .flatMap((p) => p.split(/(?<!\s)\s+(?=\d{1,2}\.\d{1,2}\.\s)/u))
    .map((a) => readable(a))
    .filter((a) => a !== "");
}
