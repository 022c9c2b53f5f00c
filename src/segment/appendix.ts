/**
 * Where the appendix starts and its head (title, "(Kèm theo …)" reference).
 */
import { cleanText, foldForMatch, isUpperCaseText } from "../normalize/text.js";
import { documentTypeOf, isSigningTitle } from "./header.js";
import type { Unit } from "./units.js";
import { LETTER, re } from "../letters.js";

/**
 * "PHỤ LỤC" as a title line (upper case, bold or a heading), after the body has started. Appendices titled otherwise
 * ("BIỂU PHÂN CÔNG NHIỆM VỤ …", "DANH MỤC NHIỆM VỤ …") are found by what every appendix carries: the title in capitals
 * right above a "(Kèm theo Kế hoạch số …)" line, once the body's sections have begun (the same line under the plan's
 * own title, in a plan issued by a decision, is no appendix).
 */
export function findAppendixStart(units: Unit[], from: number): number {
  const titled = units.findIndex((u, i) => i > from && isAppendixTitleLine(u));
  if (titled >= 0) return titled;
  const firstSection = units.findIndex((u, i) => i > from && !u.inTable && startsSection(u));
  if (firstSection < 0) return -1;
  const referencesPlan = (line: string) => isReferenceLine(line) && /kèm theo\s+(?:Kế hoạch|Quyết định)\b/iu.test(line);
  for (let i = firstSection + 1; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.inTable) continue;
    // Title and reference in one unit (no blank line between them).
    if (isAppendixTitle(unit) && unit.lines.slice(1).some(referencesPlan)) return i;
    if (!referencesPlan(unit.lines[0] ?? "")) continue;
    let start = i;
    while (start - 1 > firstSection && i - start < 3 && isAppendixTitle(units[start - 1]!)) start -= 1;
    if (start < i) return start;
  }
  return -1;
}

/**
 * Every appendix: the first as `findAppendixStart` finds it, then each later "PHỤ LỤC …" title line, except one that
 * says it goes on ("PHỤ LỤC (tiếp theo)", "PHỤ LỤC I (Tiếp)"): the appendix above continuing on a new page.
 */
export function findAppendixStarts(units: Unit[], from: number): number[] {
  const first = findAppendixStart(units, from);
  if (first < 0) return [];
  const starts = [first];
  for (let i = first + 1; i < units.length; i++) if (isAppendixTitleLine(units[i]!) && !CONTINUED.test(foldForMatch(units[i]!.lines[0] ?? ""))) starts.push(i);
  return starts;
}

/** "(tiếp theo)", "(tiếp)", "- tiếp theo" after an appendix's title: its continuation, folded. */
const CONTINUED = /[(\-–]\s*tiep(?: theo)?\s*\)?\W*$/u;

function isAppendixTitleLine(u: Unit): boolean {
  return !u.inTable && /^phu luc\b/.test(foldForMatch(u.lines[0] ?? "")) && (isUpperCaseText(u.lines[0]!) || u.bold || u.kind === "heading");
}

/** The appendix's own number: "PHỤ LỤC II" → "II", "Phụ lục số 02" → "02"; null when it has none. */
export function appendixLabel(line: string): string | null {
  const match = re("iu")`^phụ lục\s+(?:số\s*)?([IVXLC]{1,6}|\d{1,3})(?![${LETTER}\d])`.exec(line.trim());
  return match ? match[1]!.toLocaleUpperCase("vi") : null;
}

/**
 * "BIỂU" alone on the appendix's first line: the word names the kind of attachment, as "PHỤ LỤC" does, over its title
 * on the next line ("DANH MỤC NHIỆM VỤ …"). A title that goes on after "BIỂU" on the same line ("BIỂU PHÂN CÔNG NHIỆM
 * VỤ …") is the title as written; a numbered "Biểu số 2" is a table's caption (segment/tables.ts).
 */
const SHEET_WORD = /^biểu\s*[.:]?$/iu;

export function startsSection(unit: Unit): boolean {
  return /^(?:(?:Phần|PHẦN)\s+)?[IVXLC]{1,7}\s*[.):–-]?\s/u.test(unit.text);
}

export function isReferenceLine(line: string): boolean {
  return /^\(?\s*(?:ban hành\s+)?kèm theo\b/iu.test(line.trim());
}

/** "(Kèm ,heo …", "(Kèm ,hẹo …": the reference line with "theo" garbled by OCR (a letter lost, a stray tone mark). */
const OCR_REFERENCE = /^\(\s*(?:ban hanh\s+)?kem\s*\S{0,2}heo/u;

function isAppendixTitle(unit: Unit): boolean {
  const first = unit.lines[0] ?? "";
  return (
    !unit.inTable &&
    isUpperCaseText(first) &&
    !startsSection(unit) &&
    !isSigningTitle(first) &&
    documentTypeOf(first) === undefined &&
    !/^(?:TM|KT|TL|Q)\./u.test(first)
  );
}

export function readAppendixHead(units: Unit[], index: number): { title: string | null; reference: string | null } {
  const titleLines: string[] = [];
  let reference: string | null = null;
  // OCR may garble "theo" ("Kèm ,heo Kế hoạch …"): a parenthesis opening on "Kèm" is the reference all the same.
  const isReference = (line: string) => isReferenceLine(line) || OCR_REFERENCE.test(foldForMatch(line));
  // "PHỤ LỤC" (with its number) opens the title; other appendix titles ("BIỂU PHÂN CÔNG …") are the title.
  const [head = "", ...after] = units[index]!.lines;
  const ownTitle = SHEET_WORD.test(head.trim()) ? "" : head.replace(re("iu")`^phụ lục(?:\s+(?:số\s*)?[IVXLC\d]{1,5}(?![${LETTER}\d]))?\s*[.:\-–]?\s*`, "");
  const lines = [...(ownTitle === "" ? [] : [ownTitle]), ...after];
  // The head ends where the table begins (a block that is no unit stands between two units), at the next appendix,
  // and at a note in parentheses under the title ("(*) Nếu có …", "(Đơn vị: …)"): none of these is title.
  let wrapTaken = false;
  for (let i = index + 1; i < units.length && i <= index + 4 && !units[i]!.inTable; i++) {
    // A reference wrapped over two paragraphs ("(Kèm theo … của UBND tỉnh Phú" / "Yên)", OCR's lines) takes the next
    // one, up to its closing parenthesis.
    const at = lines.findIndex(isReference);
    if (at >= 0 && (lines.slice(at).some((l) => /\)\s*\**\s*$/.test(l)) || wrapTaken || /^\(/u.test(units[i]!.text))) break;
    if (at >= 0) wrapTaken = true;
    if (units[i]!.block - units[i - 1]!.block > 1 || isAppendixTitleLine(units[i]!)) break;
    if (/^\(/u.test(units[i]!.text) && !isReference(units[i]!.lines[0] ?? "")) break;
    lines.push(...units[i]!.lines);
  }
  for (const [index, line] of lines.entries()) {
    if (reference === null && isReference(line)) {
      // The reference may wrap: take lines up to the one that closes its parenthesis.
      const rest = lines.slice(index);
      const close = rest.findIndex((l) => /\)\s*\**\s*$/.test(l));
      const whole = rest.slice(0, close >= 0 ? close + 1 : 1).join(" ");
      reference = cleanText(whole.replace(/^\(?\s*(?:ban hành\s+)?kèm\s*\S{0,2}h[eẹéèẻẽ]o\s*/iu, "").replace(/\)\s*$/, ""));
      reference = reference.replace(/(số\s*:?\s*)(\d+)\s+\//giu, "$1$2/").replace(/ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/giu, "ngày $1/$2/$3");
      break;
    }
    if (/^phụ lục\b/iu.test(line) && titleLines.length === 0) continue;
    titleLines.push(line);
  }
  const title = cleanText(titleLines.join(" "));
  return { title: title === "" ? null : title, reference };
}
