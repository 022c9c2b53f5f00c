/**
 * Footnote references. Word and LibreOffice mark a footnote in the running text with a small raised number right
 * after a word ("… của người dân¹.") and print the note, starting with the same number, at the foot of the page.
 * The text layer gives the reference as a digit item of its own, which line building would glue to the word
 * ("dân1.", or "năm 20242" after a number). The DOCX reader keeps the note apart and no number in the text; so is the
 * PDF's text read: a reference is dropped when it is small, raised and touching the word or number before it, and a
 * note of that number starts a line in small print lower on the page, or at the foot of the next page: Word and
 * LibreOffice carry a note over when its reference sits at the foot of a page with no room left under it.
 */
import type { PositionedText } from "./types.js";
import { median } from "./median.js";
import { LETTER, NUMBER, re } from "../../letters.js";

const NOTE_NUMBER = /^\d{1,3}$/;

function sameBand(a: PositionedText, b: PositionedText): boolean {
  return Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0;
}

/** Text positions put the baseline 0.8 em below the top of the box (see pdf.ts `positionText`). */
function baseline(item: PositionedText): number {
  return item.y + 0.8 * item.height;
}

/** Numbers that start a note: first on their line, lower half of the page, followed by small print. */
function noteNumbers(items: PositionedText[], digits: PositionedText[], pageHeight: number, bodySize: number): Set<string> {
  const numbers = new Set<string>();
  for (const digit of digits) {
    if (digit.y < 0.5 * pageHeight) continue;
    let leftOfIt = false;
    let smallTextAfter = false;
    for (const other of items) {
      if (other === digit || !sameBand(other, digit)) continue;
      if (other.x + other.width <= digit.x + 0.5) leftOfIt = true;
      else if (other.x >= digit.x && other.height <= 0.9 * bodySize && re("u")`[${LETTER}]`.test(other.text)) smallTextAfter = true;
    }
    if (!leftOfIt && smallTextAfter) numbers.add(digit.text.trim());
  }
  return numbers;
}

/** The item a reference is attached to: on its line, ending where the reference starts. */
function wordBefore(items: PositionedText[], reference: PositionedText): PositionedText | undefined {
  return items.find((other) => {
    if (other === reference || !sameBand(other, reference)) return false;
    const right = other.x + other.width;
    return right <= reference.x + 0.5 && reference.x - right <= 0.35 * other.height && re("u")`[${LETTER}${NUMBER}]`.test(other.text);
  });
}

/** The numbers of the notes printed on a page (see `noteNumbers`). */
export function pageNoteNumbers(items: PositionedText[], pageHeight: number): Set<string> {
  const digits = items.filter((i) => NOTE_NUMBER.test(i.text.trim()));
  if (digits.length === 0) return new Set();
  return noteNumbers(items, digits, pageHeight, median(items.map((i) => i.height)));
}

/** `nextPageNotes`: the notes printed on the next page (`pageNoteNumbers`), where a note carried over stands. */
export function dropFootnoteReferences(items: PositionedText[], pageHeight: number, nextPageNotes: ReadonlySet<string> = new Set()): PositionedText[] {
  const digits = items.filter((i) => NOTE_NUMBER.test(i.text.trim()));
  if (digits.length === 0) return items;
  // The shape of a reference first (cheap, and most pages have none): small, raised, glued to a word. No word is
  // taller than the page's tallest text, which rules out most numbers (of table rows, of pages) at once.
  let tallest = 0;
  for (const item of items) tallest = Math.max(tallest, item.height);
  const references: Array<{ reference: PositionedText; word: PositionedText }> = [];
  for (const reference of digits) {
    if (reference.height > 0.8 * tallest) continue;
    const word = wordBefore(items, reference);
    if (!word || reference.height > 0.8 * word.height) continue;
    if (baseline(reference) < baseline(word) - 0.15 * word.height) references.push({ reference, word });
  }
  if (references.length === 0) return items;
  const bodySize = median(items.map((i) => i.height));
  const notes = new Set([...noteNumbers(items, digits, pageHeight, bodySize), ...nextPageNotes]);
  if (notes.size === 0) return items;
  const dropped = new Set<PositionedText>();
  /** Words that took over the room of the reference after them, so no space opens where it was ("dân." not "dân ."). */
  const widened = new Map<PositionedText, PositionedText>();
  for (const { reference, word } of references) {
    if (reference.height > 0.8 * bodySize || !notes.has(reference.text.trim())) continue;
    dropped.add(reference);
    const base = widened.get(word) ?? word;
    widened.set(word, { ...base, width: Math.max(base.width, reference.x + reference.width - word.x) });
  }
  if (dropped.size === 0) return items;
  return items.filter((i) => !dropped.has(i)).map((i) => widened.get(i) ?? i);
}
