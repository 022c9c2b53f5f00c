/**
 * Post-OCR correction against the domain lexicon. Tesseract's Vietnamese model mostly fails on diacritics (a tone
 * mark dropped or swapped: "cái cách" for "cải cách"), on look-alike capitals in acronyms ("CCHƠ", "UBNĐ") and on
 * the Icelandic eth Ð (U+00D0), which looks exactly like Đ (U+0110). Corrections are deliberately narrow:
 *
 * - Ð/ð → Đ/đ always: the eth is no Vietnamese letter, so a word holding it is misread whatever it is.
 * - ⁄ (U+2044 FRACTION SLASH) and ∕ (U+2215 DIVISION SLASH) → "/" always: the model gives them for a printed slash
 *   ("I⁄2024", "1⁄2"), and numbers, dates and quarters are written with "/".
 * - An upper-case token becomes a lexicon acronym only through look-alike letters, and only when exactly one
 *   acronym fits.
 * - Diacritics are restored only inside a lexicon phrase: the window of OCR words must spell the phrase letter for
 *   letter once all diacritics are removed, at most one syllable (two in phrases of four or more) may differ, and a
 *   differing OCR syllable is left alone when it is itself a word of the lexicon (unless it is the only one to differ
 *   in a phrase of four or more). A lone word is never changed, and
 *   nothing is ever changed towards a form the lexicon does not hold.
 * - A first letter lost at a word's start ("hát triển" for "phát triển", "ơ quan" for "cơ quan") is put back only
 *   inside a lexicon phrase whose every other syllable was read exactly, marks and all, and only when the word read is
 *   the phrase's syllable without its first letter.
 * - "(đề báo cáo)", "(đê theo dõi)": a recipient's purpose ("để" + a verb, in brackets after the recipient) read with
 *   the wrong tone. "đề" (a topic, to propose), "đê" (a dyke) never open such a bracket before these verbs.
 *
 * Every change is reported as an `ocr-correction` info diagnostic.
 */
import type { Diagnostic } from "../../diagnostics.js";
import { ACRONYMS, LEXICON_PHRASES, LEXICON_SYLLABLES, syllablesOf } from "./lexicon.js";
import { LETTER, MARK, NUMBER, UPPER, re } from "../../letters.js";
import { levenshtein } from "../../edit-distance.js";
import { isSyllable } from "./syllables.js";

export interface Correction {
  /** Index of the corrected word in the input array. */
  index: number;
  from: string;
  to: string;
  reason: string;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ALL_MARKS = re("gu")`[${MARK}]`;

/** Letters only, no diacritics, đ as d, lower case: what two readings of the same printed word share. */
export function skeleton(word: string): string {
  return word.normalize("NFD").replace(ALL_MARKS, "").replace(/đ/gu, "d").replace(/Đ/gu, "D").toLowerCase();
}

function toneOf(syllable: string): string {
  return (syllable.normalize("NFD").match(TONE_MARKS) ?? []).join("");
}

/** Same word, also when the tone mark sits on another vowel ("hoá" and "hóa" are one spelling choice, not an error). */
function sameSyllable(a: string, b: string): boolean {
  const strip = (s: string) => s.normalize("NFD").replace(TONE_MARKS, "").normalize("NFC").toLowerCase();
  return strip(a) === strip(b) && toneOf(a) === toneOf(b);
}

/** Gives `target` (lexicon spelling) the letter case of `model` (as printed: all capitals, capitalised, or lower). */
function withCaseOf(model: string, target: string): string {
  const letters = [...model].filter((ch) => re("u")`[${LETTER}]`.test(ch));
  if (letters.length > 1 && letters.every((ch) => ch === ch.toUpperCase() && ch !== ch.toLowerCase())) {
    return target.toUpperCase();
  }
  const first = letters[0];
  if (first !== undefined && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return target.charAt(0).toUpperCase() + target.slice(1).toLowerCase();
  }
  return target.toLowerCase();
}

const ETH = /[\u00D0\u00F0\u0189]/gu;

function fixEth(text: string): string {
  return text.replace(ETH, (ch) => (ch === "\u00F0" ? "đ" : "Đ"));
}

// A look-alike printed beside a real slash ("117/2013⁄/NĐ") is the same one slash, not two.
const SLASH_LOOK_ALIKES = /\/?[\u2044\u2215]\/?/gu;

/** Capitals that the Vietnamese model confuses with each other on noisy scans, per intended letter. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  C: "ÇGƠOÒÓ(€",
  D: "ĐOÐ",
  Đ: "DÐ",
  H: "NНĦ",
  N: "HΝИ",
  B: "8ßЂ",
  T: "ȚŤ7Г",
  I: "l1|ÍÌ",
  U: "ƯÚÙŨỦỤVЦ",
  P: "ÞР",
  Q: "O",
  O: "0ÔƠQ",
  G: "C6",
};

function acronymFor(token: string): string | null {
  // One stroke or round read as a digit among capitals ("1SO" for "ISO", "TCVN" with "0" for "O") counts as a letter
  // misread; a code of letters and digits ("C04", "V01", "PA08") has more digits or no acronym of its shape.
  const digits = (token.match(/[0-9|]/gu) ?? []).length;
  if (token.length < 3 || token !== token.toUpperCase() || !re("u")`^[${UPPER}0-9|]+$`.test(token) || digits > 1) return null;
  if (ACRONYMS.includes(token) || LEXICON_SYLLABLES.has(token.toLowerCase())) return null;
  // "H" read as "II" is the one confusion that changes the length.
  const candidates = new Set<string>();
  for (const form of new Set([token, token.replace(/II/gu, "H")])) {
    for (const acronym of ACRONYMS) {
      if (acronym.length < 3 || [...acronym].length !== [...form].length) continue;
      const a = [...acronym];
      const f = [...form];
      let differences = 0;
      let allLookAlike = true;
      for (let i = 0; i < a.length; i++) {
        if (a[i] === f[i]) continue;
        differences++;
        if (!(LOOK_ALIKES[a[i]!] ?? "").includes(f[i]!)) allLookAlike = false;
      }
      const allowed = form !== token ? (a.length >= 4 ? 1 : 0) : a.length >= 5 ? 2 : 1;
      if (allLookAlike && differences <= allowed && (differences > 0 || form !== token)) candidates.add(acronym);
    }
  }
  return candidates.size === 1 ? [...candidates][0]! : null;
}

interface Token {
  index: number;
  lead: string;
  core: string;
  trail: string;
}

function splitToken(index: number, text: string): Token {
  const match = re("su")`^([^${LETTER}${NUMBER}]*)(.*?)([^${LETTER}${NUMBER}]*)$`.exec(text);
  return { index, lead: match?.[1] ?? "", core: match?.[2] ?? text, trail: match?.[3] ?? "" };
}

interface LexiconPhrase {
  syllables: string[];
  skeletons: string[];
}

const PHRASES: LexiconPhrase[] = LEXICON_PHRASES.map((phrase) => syllablesOf(phrase))
  .filter((syllables) => syllables.length >= 2)
  .map((syllables) => ({ syllables, skeletons: syllables.map(skeleton) }))
  // Longer phrases first: they carry more context, and the words they confirm are not revisited.
  .sort((a, b) => b.syllables.length - a.syllables.length);

const PHRASES_BY_FIRST = new Map<string, LexiconPhrase[]>();
for (const phrase of PHRASES) {
  const key = phrase.skeletons[0]!;
  const list = PHRASES_BY_FIRST.get(key) ?? [];
  list.push(phrase);
  PHRASES_BY_FIRST.set(key, list);
}

/** Phrases by the skeleton of their first syllable without its first letter ("hat" for "phát triển"). */
const PHRASES_BY_CLIPPED = new Map<string, LexiconPhrase[]>();
for (const phrase of PHRASES) {
  const clipped = phrase.skeletons[0]!.slice(1);
  if (clipped.length < 2 || !/^[bcdđghklmnpqrstvx]/u.test(phrase.skeletons[0]!)) continue;
  const list = PHRASES_BY_CLIPPED.get(clipped) ?? [];
  list.push(phrase);
  PHRASES_BY_CLIPPED.set(clipped, list);
}

/**
 * Corrects `words` (one recognised word each, in reading order) and returns the new texts with what changed. Words
 * keep their punctuation ("(CCHƠ)," → "(CCHC),").
 */
export function correctWords(words: readonly string[]): { words: string[]; corrections: Correction[] } {
  const out = [...words];
  const corrections: Correction[] = [];
  const change = (index: number, to: string, reason: string) => {
    if (out[index] === to) return;
    corrections.push({ index, from: out[index]!, to, reason });
    out[index] = to;
  };

  for (let i = 0; i < out.length; i++) {
    const fixed = fixEth(out[i]!);
    if (fixed !== out[i]) change(i, fixed, "Ð (U+00D0) is not a Vietnamese letter; read as Đ");
    const slashed = out[i]!.replace(SLASH_LOOK_ALIKES, "/");
    if (slashed !== out[i]) change(i, slashed, "a fraction or division slash read as /");
  }

  for (let i = 0; i < out.length; i++) {
    const token = splitToken(i, out[i]!);
    // "KH-UBNĐ", "HĐND&UBND": the parts between hyphens, slashes and ampersands are checked one by one.
    const parts = token.core.split(/([-/&])/u);
    let changed = false;
    const fixedParts = parts.map((part) => {
      const acronym = acronymFor(part);
      if (acronym === null) return part;
      changed = true;
      return acronym;
    });
    if (changed) change(i, token.lead + fixedParts.join("") + token.trail, "look-alike letters in a known acronym");
  }

  // A dash standing alone between words ("Văn hóa - Thể thao") is inner punctuation of a phrase, as the lexicon's
  // phrases are split (`syllablesOf`): it neither takes part in a phrase nor breaks one.
  for (const { index, to } of bracketedNumbers(out)) change(index, to, "a bracketed item number read with look-alike strokes");

  const tokens = out.map((text, index) => splitToken(index, text)).filter((token) => !/^[-–]$/u.test(out[token.index]!));
  const confirmed = new Set<number>();
  const corrected = new Set<number>();
  // Only words of letters take part in phrases; numbers and symbols break a phrase as they would in the text.
  const isWord = (token: Token) => token.core !== "" && re("u")`^[${LETTER}]+$`.test(token.core);
  for (let start = 0; start < tokens.length; start++) {
    const first = tokens[start]!;
    if (!isWord(first)) continue;
    for (const phrase of PHRASES_BY_FIRST.get(skeleton(first.core)) ?? []) {
      const n = phrase.syllables.length;
      const window = tokens.slice(start, start + n);
      if (window.length < n || !window.every(isWord)) continue;
      // Inner punctuation of the phrase is not compared ("cơ quan, đơn vị" matches "cơ quan đơn vị" too).
      if (!window.every((token, k) => skeleton(token.core) === phrase.skeletons[k])) continue;
      const differing = window.flatMap((token, k) => (sameSyllable(token.core, phrase.syllables[k]!) ? [] : [k]));
      if (differing.length === 0) {
        for (const token of window) confirmed.add(token.index);
        continue;
      }
      if (differing.length > (n >= 4 ? 2 : 1)) continue;
      const targets = differing.map((k) => window[k]!);
      if (targets.some((token) => confirmed.has(token.index) || corrected.has(token.index))) continue;
      // A differing syllable that is itself a word of the lexicon may be what was written ("tỉnh" beside "tinh"),
      // unless three or more syllables around it spell the phrase exactly: "tỉnh giản biên chế" is "tinh giản".
      const confirmedAround = n >= 4 && differing.length === 1;
      if (!confirmedAround && targets.some((token) => LEXICON_SYLLABLES.has(token.core.toLowerCase()))) continue;
      for (const k of differing) {
        const token = window[k]!;
        const to = token.lead + withCaseOf(token.core, phrase.syllables[k]!) + token.trail;
        change(token.index, to, `diacritics restored from the lexicon phrase "${phrase.syllables.join(" ")}"`);
        corrected.add(token.index);
      }
      for (const token of window) confirmed.add(token.index);
    }
  }
  for (let start = 0; start + 1 < tokens.length; start++) {
    const first = tokens[start]!;
    if (!isWord(first) || confirmed.has(first.index) || corrected.has(first.index)) continue;
    const shortened = skeleton(first.core);
    for (const phrase of PHRASES_BY_CLIPPED.get(shortened) ?? []) {
      const n = phrase.syllables.length;
      const window = tokens.slice(start, start + n);
      if (window.length < n || !window.every(isWord)) continue;
      if (!sameSyllable(first.core, Array.from(phrase.syllables[0]!).slice(1).join(""))) continue;
      if (!window.slice(1).every((token, k) => sameSyllable(token.core, phrase.syllables[k + 1]!))) continue;
      const to = first.lead + withCaseOf(first.core, phrase.syllables[0]!) + first.trail;
      change(first.index, to, `a first letter lost, put back from the lexicon phrase "${phrase.syllables.join(" ")}"`);
      corrected.add(first.index);
      break;
    }
  }
  for (let i = 0; i + 1 < out.length; i++) {
    // "Sö 18/KH-UBND": the label "Số" (the header's, or "Kế hoạch số …"), its marks misread, before a document number.
    const label = splitToken(i, out[i]!);
    // A Vietnamese word ("Sở 35/KH-SNV" in a cell: the department before its number) is what was printed.
    if (skeleton(label.core) === "so" && !isSyllable(label.core) && DOCUMENT_NUMBER.test(out[i + 1]!)) {
      change(i, label.lead + withCaseOf(label.core, "số") + label.trail, "the label \"Số\" before a document number, read with other marks");
    }
    // "ngày 05 thúng 3 năm 2026": the word between a day and a month is "tháng".
    if (i >= 2 && skeleton(out[i - 2]!) === "ngay" && /^\d{1,2}$/u.test(out[i - 1]!) && /^\d{1,2}$/u.test(out[i + 1]!) && skeleton(out[i + 2] ?? "") === "nam") {
      const word = skeleton(out[i]!);
      if (out[i] !== "tháng" && word !== "thang" && /^th\S{2,4}$/u.test(word) && levenshtein([...word], [..."thang"]) <= 2) change(i, "tháng", "the month's word of a date \"ngày … tháng … năm …\"");
    }
    const bracketed = /^\(([đĐ])[êềếệễ]$/u.exec(out[i]!);
    if (!bracketed) continue;
    const next = out[i + 1]!.replace(/[),.;:]+$/u, "").toLowerCase();
    const after = (out[i + 2] ?? "").replace(/[),.;:]+$/u, "").toLowerCase();
    if (PURPOSE_VERBS.has(next) || PURPOSE_VERBS.has(`${next} ${after}`)) change(i, bracketed[1] === "đ" ? "(để" : "(Để", "a recipient's purpose \"(để …)\" read with the wrong tone");
  }
  return { words: out, corrections };
}

/** A document's number and symbol as the header prints it: "18/KH-UBND", "589/KH-BCA-C04". */
const DOCUMENT_NUMBER = /^\d{1,5}\/[A-ZĐ0-9][A-ZĐ0-9&.-]*$/u;

/** What a recipient receives a plan for, after "để" in the bracket that follows it in "Nơi nhận". */
const PURPOSE_VERBS: ReadonlySet<string> = new Set([
  "báo cáo",
  "b/c",
  "biết",
  "theo dõi",
  "t/d",
  "thực hiện",
  "t/h",
  "th",
  "phối hợp",
  "p/h",
  "chỉ đạo",
  "tổng hợp",
  "kiểm tra",
  "giám sát",
]);

/** "(1)" as OCR misreads it: a bracket read as a brace or square bracket ("(1}", "{2)"), the 1 as "l", "|" or "!". */
const BRACKETED = /^([(\[{])([0-9lI|!]{1,2})([)\]}])([.,;:]?)$/u;
/** "(I)", "(i)": the Roman item markers some plans number with, or "(1)" misread; the page's other markers decide. */
const ROMAN_ONE = /^\(([Ii])\)[.,;:]?$/u;
const ROMAN_TWO = /^\((?:ii|II)\)[.,;:]?$/u;

/**
 * Bracketed item numbers ("(1) … (9)") that OCR misread, as their digits: strokes for 1 ("l", "|", "!") and mismatched
 * brackets are never an item marker as written. A lone "(I)" or "(i)" is read as "(1)" only where the page numbers its
 * items "(2)", "(3)" … and never "(ii)": otherwise it is a Roman item marker as written.
 */
export function bracketedNumbers(words: readonly string[]): Array<{ index: number; to: string }> {
  const out: Array<{ index: number; to: string }> = [];
  const arabic = words.some((word) => /^\([2-9]\)[.,;:]?$/u.test(word));
  const roman = words.some((word) => ROMAN_TWO.test(word));
  const lettered = words.some((word) => /^\(k\)[.,;:]?$/u.test(word));
  words.forEach((word, index) => {
    const match = BRACKETED.exec(word);
    if (match) {
      const digits = match[2]!.replace(/[lI|!]/gu, "1");
      const paired = `${match[1]}${match[3]}`;
      if (/^[0-9]+$/u.test(match[2]!) && (paired === "()" || paired === "[]" || paired === "{}")) return;
      // "(l)" after "(k)" is the letter item as written.
      if (match[2] === "l" && lettered) return;
      if (match[2] === "I" && !(arabic && !roman)) return;
      if (/^0/u.test(digits)) return;
      out.push({ index, to: `(${digits})${match[4]}` });
      return;
    }
    const one = ROMAN_ONE.exec(word);
    if (one && arabic && !roman) out.push({ index, to: `(1)${word.slice(3)}` });
  });
  return out;
}

export function correctionDiagnostic(correction: Correction, page: number): Diagnostic {
  return {
    severity: "info",
    code: "ocr-correction",
    message: `page ${page}: OCR read "${correction.from}", corrected to "${correction.to}" (${correction.reason})`,
    where: { page },
  };
}
