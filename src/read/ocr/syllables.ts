/**
 * Words tesseract ran together. Its Vietnamese model often drops the space between syllables in narrow table cells
 * ("SởNộivu", "1.Triểnkhai", "-Kếhoạchcủa", "UBNDcấp"), which breaks every later match on agency names and task
 * numbers. Vietnamese writes every syllable apart, and a syllable has a strict shape (onset, one vowel nucleus, one
 * coda, at most one tone mark), so a run-together word splits back where the shapes say:
 *
 * - before a capital that follows a small letter ("SởNội"), after an acronym run that a small letter follows
 *   ("UBNDcấp");
 * - after a list number or a comma that a letter follows ("1.Triển", "sở,ban"), after a leading dash ("-Kế");
 * - inside a run of small letters that is no syllable, into syllables, preferring syllables of the domain lexicon,
 *   then fewer syllables ("thựchiện" → "thực hiện", not "thự chiện").
 *
 * - a word printed in capitals ("CẢICÁCH" in a group label) only into syllables that are all of the domain lexicon, and
 *   only when it bears a Vietnamese mark (a tone, ă â ê ô ơ ư): acronyms ("UBND", "ISO", "HĐND") bear none but Đ.
 *
 * A word is only split when every piece is a valid syllable; web addresses, numbers and acronyms are left alone.
 *
 * A single syllable OCR read with a capital inside it ("sỞ" for "sở", "thÔn") is one word mis-cased, not two: the
 * lone small letter before the capital is no syllable of its own. It is put in small letters (`recaseSyllable`).
 */
import { LEXICON_SYLLABLES } from "./lexicon.js";
import { LETTER, LOWER, UPPER, re } from "../../letters.js";

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

function toneCount(text: string): number {
  return (text.normalize("NFD").match(TONE_MARKS) ?? []).length;
}

/** Lower case, tone marks removed, vowel letters (ă â ê ô ơ ư) and đ kept. */
function shape(text: string): string {
  return text.normalize("NFD").replace(TONE_MARKS, "").normalize("NFC").toLowerCase();
}

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([ou]?)(iê|yê|ia|ya|ươ|ưa|uô|ua|[aăâeêioôơuưy])(ch|nh|ng|[cmnpt]|[iyou])?$/u;

export function isSyllable(text: string): boolean {
  if (toneCount(text) > 1) return false;
  const match = SYLLABLE.exec(shape(text));
  if (!match) return false;
  const nucleus = match[3]!;
  const coda = match[4] ?? "";
  if ((coda === "ch" || coda === "nh") && !/[aêiy]$/u.test(nucleus)) return false;
  if ((coda === "ng" || coda === "c") && /[êi]$/u.test(nucleus) && nucleus.length === 1) return false;
  // A glide coda after a vowel that never takes one ("ưu" is fine, "ơo" is not).
  if (/^[iyou]$/u.test(coda) && /[ăâ]$/u.test(nucleus) && !/[uy]/u.test(coda)) return false;
  return true;
}

const lexicon: ReadonlySet<string> = new Set([...LEXICON_SYLLABLES].map((s) => shape(s)));

/** Best split of a run of small letters into syllables, or null when none exists. */
function splitRun(run: string): string[] | null {
  const chars = Array.from(run);
  const n = chars.length;
  // best[i]: the best split of chars[0..i): fewest non-lexicon syllables, then fewest syllables.
  const best: Array<{ cost: number; count: number; parts: string[] } | null> = new Array(n + 1).fill(null);
  best[0] = { cost: 0, count: 0, parts: [] };
  for (let i = 0; i < n; i++) {
    const from = best[i];
    if (!from) continue;
    for (let j = i + 1; j <= Math.min(n, i + 7); j++) {
      const piece = chars.slice(i, j).join("");
      if (!isSyllable(piece)) continue;
      const cost = from.cost + (lexicon.has(shape(piece)) ? 0 : 1);
      const count = from.count + 1;
      const current = best[j];
      if (!current || cost < current.cost || (cost === current.cost && count < current.count)) best[j] = { cost, count, parts: [...from.parts, piece] };
    }
  }
  return best[n]?.parts ?? null;
}

const HAS_LOWER = re("u")`[${LOWER}]`;
const HAS_UPPER = re("u")`[${UPPER}]`;

const COMMA_IN_WORD = re("gu")`([${LETTER}]),(?=[${LETTER}])`;
const CASE_CHANGE = re("gu")`([${LOWER}])(?=[${UPPER}])`;
const ACRONYM_RUN = re("gu")`([${UPPER}]{2,})(?=[${LOWER}])`;

/**
 * "sỞ", "thÔn": one syllable OCR read with capitals after a small first letter, in small letters; null for anything
 * else (a word whose capitals start it, "Sở", "UBND"; two syllables "SởNội"; no syllable at all).
 */
export function recaseSyllable(word: string): string | null {
  const core = re("u")`^([${LOWER}]+)([${UPPER}][${LETTER}]*)([,.;:)]*)$`.exec(word);
  if (!core) return null;
  const letters = core[1]! + core[2]!;
  if (!isSyllable(letters) || isSyllable(core[1]!)) return null;
  return letters.toLowerCase() + core[3]!;
}

/** Diacritics no acronym bears: tone marks and the vowels ă â ê ô ơ ư. */
const VIETNAMESE_MARK = /[\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b]/u;

/** "CẢICÁCH" as "CẢI", "CÁCH": a word in capitals split only into lexicon syllables, or null. */
function splitCapitals(word: string): string[] | null {
  const core = re("u")`^([${UPPER}]{4,})([,.;:)]*)$`.exec(word);
  if (!core || !VIETNAMESE_MARK.test(core[1]!.normalize("NFD")) || isSyllable(core[1]!)) return null;
  const pieces = splitRun(core[1]!.toLowerCase());
  if (!pieces || pieces.length < 2 || pieces.some((piece) => !lexicon.has(shape(piece)))) return null;
  let offset = 0;
  const out = pieces.map((piece) => {
    const length = Array.from(piece).length;
    const printed = Array.from(core[1]!).slice(offset, offset + length).join("");
    offset += length;
    return printed;
  });
  out[out.length - 1] += core[2]!;
  return out;
}

/** Splits at case changes, list numbers, commas and leading dashes. */
function splitMarks(word: string): string[] {
  let text = word
    .replace(re("u")`^([-–+])(?=[${UPPER}])`, "$1 ")
    .replace(re("u")`^(\d{1,2}(?:\.\d{1,2})*\.)(?=[${LETTER}])`, "$1 ")
    .replace(COMMA_IN_WORD, "$1, ")
    .replace(CASE_CHANGE, (_match: string, last: string, offset: number, whole: string) => {
      // "hóahỒ": the consonant before the capital may be the onset OCR left in small letters ("hóa hồ"): moved over
      // when the small letters before it are a syllable without it and are none with it.
      const before = re("u")`[${LOWER}]+$`.exec(whole.slice(0, offset + 1))?.[0] ?? "";
      const after = re("u")`^[${UPPER}][${LOWER}${UPPER}]*`.exec(whole.slice(offset + 1))?.[0] ?? "";
      const onset = before.length > 1 && !isSyllable(before) && isSyllable(before.slice(0, -1)) && isSyllable((last + after).toLowerCase());
      return onset ? ` ${last}` : `${last} `;
    });
  // An acronym run followed by small letters: "UBNDcấp" → "UBND cấp", but "Tỉnh" stays whole.
  text = text.replace(ACRONYM_RUN, (run: string, _group: string, offset: number) => {
    const rest = text.slice(offset + run.length);
    const next = re("u")`^[${LOWER}]+`.exec(rest)?.[0] ?? "";
    const lastCapital = run.slice(-1);
    return isSyllable(lastCapital + next) ? `${run.slice(0, -1)} ${lastCapital}` : `${run} `;
  });
  return text.split(" ").filter((part) => part !== "");
}

/** A recognised word as the syllables it holds; the word itself when it is one or cannot be split safely. */
export function splitRunTogether(word: string): string[] {
  if (word.length < 3) return [word];
  if (!HAS_LOWER.test(word)) return splitCapitals(word) ?? [word];
  const recased = recaseSyllable(word);
  if (recased !== null) return [recased];
  // A web address or an e-mail keeps its dots ("istorage.soctrang.gov.vn").
  if (re("u")`[./:@][${LETTER}]`.test(word.replace(/^\d{1,2}(?:\.\d{1,2})*\./u, ""))) return [word];
  const out: string[] = [];
  for (const part of splitMarks(word)) {
    // An opening bracket or quote before the word stays before its first syllable ("(Cáccơquan" → "(Các cơ quan").
    const opening = /^[("“]+/u.exec(part)?.[0] ?? "";
    const core = re("u")`^([${LETTER}]+)([,.;:)]*)$`.exec(part.slice(opening.length));
    if (!core || !HAS_LOWER.test(core[1]!.slice(1)) || isSyllable(core[1]!) || HAS_UPPER.test(core[1]!.slice(1))) {
      out.push(recaseSyllable(part) ?? part);
      continue;
    }
    const letters = core[1]!;
    const head = letters[0]!;
    const pieces = splitRun(HAS_UPPER.test(head) ? head.toLowerCase() + letters.slice(1) : letters);
    if (!pieces) {
      out.push(part);
      continue;
    }
    if (HAS_UPPER.test(head)) pieces[0] = head + pieces[0]!.slice(1);
    pieces[pieces.length - 1] += core[2] ?? "";
    pieces[0] = opening + pieces[0]!;
    out.push(...pieces);
  }
  return out.length > 0 ? out : [word];
}
