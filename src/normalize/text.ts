/**
 * Text cleanup shared by every field of the output (CONTRACT.md "Text in every field"): NFC, no markup, white space
 * folded, no leading list bullets. Pure string functions, linear time.
 */
import { LETTER, re } from "../letters.js";
import { memoizeText } from "../memo.js";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
};

/** Footnote reference markers as converters write them: ⁽¹⁾, ⁽¹²⁾. */
const FOOTNOTE_MARK = /⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾/g;
/** A tag that survived a reader (defensive: readers parse HTML with a real parser). Bounded, so linear. */
const LEFTOVER_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]{0,20}(?:\s[^<>]{0,500})?\/?>/g;
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g;
const LEADING_BULLET = /^(?:[-+•·●▪◦‣–—*]\s*)+(?=\S)/;

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith("#x")) return safeCodePoint(Number.parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith("#")) return safeCodePoint(Number.parseInt(body.slice(1), 10)) ?? whole;
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/**
 * Markup and spacing removed, but bullets and inner structure kept. Remembered: the stages read the same cells and
 * lines again and again (four calls in five repeat a text already cleaned).
 */
export const cleanInline = memoizeText(cleanInlineOnce);

function cleanInlineOnce(text: string): string {
  // Every field of every plan comes through here, and most hold none of the marks the passes look for: each pass is
  // skipped when its character is absent (the result is the same, the work is not).
  let clean = text.includes("<") ? text.replace(LEFTOVER_TAG, " ") : text;
  if (clean.includes("&")) clean = decodeEntities(clean);
  clean = clean.normalize("NFC");
  if (clean.includes("⁽")) clean = clean.replace(FOOTNOTE_MARK, "");
  // "Ð" (U+00D0, the Icelandic eth some fonts and converters put for "Đ"): no Vietnamese word holds it.
  if (clean.includes("\u00d0") || clean.includes("\u00f0")) clean = clean.replace(/\u00d0/g, "Đ").replace(/\u00f0/g, "đ");
  // Stars left over from Markdown emphasis go; a note mark in parentheses ("(*)", "(**)") is the plan's own text.
  if (clean.includes("*")) clean = clean.replace(/\*+/g, (stars, at: number) => (clean[at - 1] === "(" && clean[at + stars.length] === ")" ? stars : ""));
  if (clean.startsWith("#")) clean = clean.replace(/^#{1,6}\s+/, "");
  return clean.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
}

/** A field value: cleanInline plus the leading list bullet removed. */
export function cleanText(text: string): string {
  return cleanInline(text).replace(LEADING_BULLET, "").trim();
}

/** Lower-case, diacritics removed, đ → d, spaces folded: for matching words whatever their spelling. Remembered, as cleanInline. */
export const foldForMatch = memoizeText(foldForMatchOnce);

function foldForMatchOnce(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/\u00d0/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * True when the text has letters and none of them is lower case ("CẢI CÁCH THỂ CHẾ"). Remembered per text: every stage
 * asks it of the same headings and cells, and the locale-aware case mappings are ICU calls.
 */
export const isUpperCaseText = memoizeText(isUpperCaseTextOnce);

function isUpperCaseTextOnce(text: string): boolean {
  return re("u")`[${LETTER}]`.test(text) && text === text.toLocaleUpperCase("vi") && text !== text.toLocaleLowerCase("vi");
}

/** "CẢI CÁCH THỂ CHẾ" → "Cải cách thể chế": only the first letter kept upper case; abbreviations stay as written. */
export function sentenceCase(text: string): string {
  const words = text.toLocaleLowerCase("vi").split(" ");
  const original = text.split(" ");
  const out = words.map((word, i) => {
    const source = original[i] ?? word;
    // Abbreviations (CCHC, TTHC, UBND, ISO, PCI, DTI) keep their capitals: the listed ones, and any word no
    // Vietnamese syllable is spelt like. Punctuation attached to the word ("TTHC,", "(CCHC)") is not part of it.
    const letters = foldForMatch(source).replace(/[^a-z0-9]/g, "");
    if (KEEP_UPPER.has(letters.toUpperCase())) return source;
    if (/^[a-z]{2,}$/.test(letters) && /^[A-ZĐ]+$/u.test(source.replace(/[^\p{L}]/gu, "")) && !VIETNAMESE_SYLLABLE.test(letters)) return source;
    return word;
  });
  return capitalise(out.join(" "));
}

/** The text with its first letter in capitals ("sở Y tế" → "Sở Y tế"). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/**
 * A Vietnamese syllable without its tone and vowel marks: an initial consonant (or none), one to three vowels, a final
 * consonant (or none). "PCI", "DTI", "SIPAS", "HĐND" are spelt like none: they are abbreviations, written in plain
 * capitals (Đ aside); a word with a tone or vowel mark that is spelt like none is words run together ("CẢICÁCH").
 */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

const KEEP_UPPER = new Set([
  "CCHC",
  "TTHC",
  "UBND",
  "HDND",
  "ISO",
  "TCVN",
  "CNTT",
  "PAR",
  "INDEX",
  "SIPAS",
  "PAPI",
  "DVC",
  "VBQPPL",
  "QPPL",
  "CDS",
  "ATTT",
  "HCC",
  "MTTQ",
  "CBCCVC",
  "CBCC",
  "DVSN",
  "SNCL",
]);
