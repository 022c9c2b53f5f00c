/**
 * Restores spaces Word lost in table header cells ("Chủ trìthực hiện", "Đơn vịChủ trì").
 *
 * Vietnamese writes every syllable apart, so two words glued together are never correct text. Two rules, both for
 * table cells only (where header text is set in narrow columns and edited run by run):
 * 1. At a boundary between two runs, a lowercase letter followed by an uppercase letter gets a space
 *    ("Đơn vị" + "Chủ trì"). Inside one run such a pair is left alone ("eGov").
 * 2. Anywhere in the cell, two known header phrases written together get a space ("Chủ trì" + "thực hiện"), since
 *    "trìthực" is no Vietnamese syllable. The phrases are the words of task-table headers.
 */
import { LETTER, LOWER, MARK, UPPER, re } from "../../letters.js";

const HEADER_PHRASES = [
  "chủ trì",
  "thực hiện",
  "phối hợp",
  "cơ quan",
  "đơn vị",
  "thời gian",
  "thời hạn",
  "hoàn thành",
  "nội dung",
  "nhiệm vụ",
  "sản phẩm",
  "kết quả",
  "ghi chú",
  "dự kiến",
  "kinh phí",
  "tiến độ",
  "trách nhiệm",
  "lĩnh vực",
  "đầu ra",
  "số thứ tự",
  "triển khai",
  "cấp trình",
  "hình thức",
  "văn bản",
];

const escaped = [...HEADER_PHRASES].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const alternatives = escaped.join("|");
const GLUED_PHRASES = new RegExp(`(?<![${LETTER}${MARK}])(${alternatives})(?=(?:${alternatives})(?![${LETTER}${MARK}]))`, "giu");

/** Rule 1: whether a space belongs between the text so far and the next run's text. */
export function needsSpaceAtRunBoundary(before: string, next: string): boolean {
  const left = before.at(-1);
  const right = next.at(0);
  if (left === undefined || right === undefined) return false;
  return re("u")`[${LOWER}]`.test(left) && re("u")`[${UPPER}]`.test(right);
}

/** Rule 2: a space between known header phrases written together. Text not in NFC is left for normalize/. */
export function separateGluedHeaderPhrases(line: string): string {
  if (line !== line.normalize("NFC")) return line;
  return line.replace(GLUED_PHRASES, "$1 ");
}
