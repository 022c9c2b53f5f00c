/**
 * Bytes of a text-like file → NFC Unicode text, whatever encoding the plan was saved in: UTF-8 (with or without BOM),
 * UTF-16 (with a BOM, or recognisable by its NUL bytes), Windows-1258 (which spells tones as combining marks), and text
 * written in the legacy TCVN3 (ABC) and VNI fonts, which reaches us as Latin-1 mojibake.
 *
 * Pure and linear: one pass to validate UTF-8, one decode, one tokenising pass to detect legacy fonts (capped), one
 * pass to convert. Nothing here throws; doubtful input is decoded anyway and reported as a diagnostic.
 */
import { createRequire } from "node:module";
import type { Diagnostic } from "../diagnostics.js";
import { TCVN3_TO_UNICODE, VNI_MARKS, VNI_TO_UNICODE } from "./legacy-vietnamese.js";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";
export type LegacyFont = "tcvn3" | "vni";

export interface DecodedText {
  value: string;
  /**
   * How the bytes were turned into characters. Legacy-font files that are not UTF-8 are single-byte files too and
   * report "windows-1258"; their glyphs are then read byte for byte (as Windows-1252) and `legacy` names the font.
   */
  encoding: TextEncodingName;
  legacy: LegacyFont | null;
  diagnostics: Diagnostic[];
}

type Iconv = typeof import("iconv-lite");
let iconvModule: Iconv | undefined;

/**
 * iconv-lite is required on first use: its code-page tables are half a megabyte of JavaScript that every UTF-8 plan
 * (nearly all of them) would otherwise compile at start-up. Node's own TextDecoder is no substitute: it decodes
 * "windows-1252" as Latin-1, losing the 0x80–0x9F glyphs the legacy fonts use.
 */
function iconv(): Iconv {
  iconvModule ??= createRequire(import.meta.url)("iconv-lite") as Iconv;
  return iconvModule;
}

const LEGACY_NAMES: Record<LegacyFont, string> = { tcvn3: "TCVN3 (ABC)", vni: "VNI" };

/** Bytes of a text/markdown/html file -> NFC Unicode text. Never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return decodeBytes(bytes);
  } catch (error) {
    // Defensive only: every branch above is total, but a reader must still get text back.
    const value = latin1(bytes).normalize("NFC");
    const reason = error instanceof Error ? error.message : String(error);
    return {
      value,
      encoding: "windows-1258",
      legacy: null,
      diagnostics: [
        { severity: "warning", code: "encoding", message: `could not decode the text (${reason}); read as Latin-1` },
      ],
    };
  }
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  const diagnostics: Diagnostic[] = [];
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    return finishUnicode(strictUtf8(body) ?? decodeUtf8(body, diagnostics), "utf-8", diagnostics);
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return finishUnicode(decodeUtf16(bytes.subarray(2), "utf-16le", diagnostics), "utf-16le", diagnostics);
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return finishUnicode(decodeUtf16(bytes.subarray(2), "utf-16be", diagnostics), "utf-16be", diagnostics);
  }

  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const message = `decoded as ${utf16.toUpperCase()} (no byte-order mark)`;
    diagnostics.push({ severity: "info", code: "encoding", message });
    return finishUnicode(decodeUtf16(bytes, utf16, diagnostics), utf16, diagnostics);
  }

  const strict = strictUtf8(bytes);
  if (strict !== null) return finishUnicode(strict, "utf-8", diagnostics);
  const scan = scanUtf8(bytes);
  // A few broken sequences in an otherwise UTF-8 file (a bad copy, a cut-off last character) should not turn every
  // Vietnamese letter of the file into Windows-1258 mojibake.
  if (scan.invalid === 0 || scan.multiByte >= 20 * scan.invalid) {
    return finishUnicode(decodeUtf8(bytes, diagnostics, scan.invalid), "utf-8", diagnostics);
  }

  // A single-byte file: either a legacy font's glyph bytes or real Windows-1258. On short texts the two can both look
  // plausible ("Vãn" is TCVN3 "Vón" and Windows-1258 "Văn"), so the reading with more Vietnamese syllables wins. The
  // decision is taken on a prefix; only the chosen reading decodes the whole file.
  const sample = bytes.subarray(0, DETECTION_SAMPLE_BYTES);
  const sampleGlyphs = iconv().decode(toBuffer(sample), "windows-1252");
  const legacy = detectLegacyVietnamese(sampleGlyphs);
  if (legacy) {
    const sample1258 = iconv().decode(toBuffer(sample), "windows-1258").normalize("NFC");
    if (countSyllables(convertAs(sampleGlyphs, legacy)) > countSyllables(sample1258)) {
      const glyphs = sample.length === bytes.length ? sampleGlyphs : iconv().decode(toBuffer(bytes), "windows-1252");
      diagnostics.push(legacyDiagnostic(legacy));
      return { value: convertAs(glyphs.normalize("NFC"), legacy), encoding: "windows-1258", legacy, diagnostics };
    }
  }
  const value = iconv().decode(toBuffer(bytes), "windows-1258").normalize("NFC");
  diagnostics.push(readableAs1258(value, scan.invalid));
  return { value, encoding: "windows-1258", legacy: null, diagnostics };
}

function finishUnicode(text: string, encoding: TextEncodingName, diagnostics: Diagnostic[]): DecodedText {
  const { value, legacy } = convertLegacyVietnamese(text);
  if (legacy) diagnostics.push(legacyDiagnostic(legacy));
  return { value, encoding, legacy, diagnostics };
}

function legacyDiagnostic(legacy: LegacyFont): Diagnostic {
  return { severity: "info", code: "legacy-encoding", message: `converted from ${LEGACY_NAMES[legacy]} font encoding` };
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function latin1(bytes: Uint8Array): string {
  return toBuffer(bytes).toString("latin1");
}

/** The text when the bytes are well-formed UTF-8, else null (the native decoder is far faster than `scanUtf8`). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf8(bytes: Uint8Array, diagnostics: Diagnostic[], invalid = scanUtf8(bytes).invalid): string {
  if (invalid > 0) {
    diagnostics.push({
      severity: "warning",
      code: "encoding",
      message: `${invalid} byte${invalid === 1 ? "" : "s"} of invalid UTF-8 replaced with U+FFFD`,
    });
  }
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", diagnostics: Diagnostic[]): string {
  let body = bytes;
  if (body.length % 2 === 1) {
    const message = "odd number of bytes in UTF-16 text; last byte dropped";
    diagnostics.push({ severity: "warning", code: "encoding", message });
    body = body.subarray(0, body.length - 1);
  }
  const text = iconv().decode(toBuffer(body), encoding === "utf-16le" ? "utf16le" : "utf16be", { stripBOM: false });
  return replaceLoneSurrogates(text, diagnostics);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * UTF-16 may hold half of a surrogate pair on its own (a cut or damaged file). No UTF-8 can encode one, so JSON
 * written with it is rejected by strict parsers (jq): each becomes U+FFFD, and the diagnostic says how many.
 */
export function replaceLoneSurrogates(text: string, diagnostics: Diagnostic[]): string {
  LONE_SURROGATE.lastIndex = 0;
  if (!LONE_SURROGATE.test(text)) return text;
  let count = 0;
  const value = text.replace(LONE_SURROGATE, () => {
    count++;
    return "\uFFFD";
  });
  diagnostics.push({ severity: "warning", code: "encoding", message: `${count} lone UTF-16 surrogate${count === 1 ? "" : "s"} replaced with U+FFFD` });
  return value;
}

/**
 * UTF-16 without a BOM: text in Latin script has a NUL as the high byte of most characters, so one byte parity is
 * mostly zero and the other almost never. Looks at the first 64 KiB only.
 */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const length = Math.min(bytes.length, 65536) & ~1;
  if (length < 4) return null;
  // Without a NUL neither parity can be mostly zero. The native search saves the loop below, which runs cold (not yet
  // compiled) in every process that reads a text file.
  if (bytes.subarray(0, length).indexOf(0) === -1) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = length / 2;
  if (zeroOdd >= 0.3 * pairs && zeroEven <= 0.02 * pairs) return "utf-16le";
  if (zeroEven >= 0.3 * pairs && zeroOdd <= 0.02 * pairs) return "utf-16be";
  return null;
}

/** Counts well-formed multi-byte sequences and invalid bytes (Unicode Table 3-7 well-formed UTF-8). */
function scanUtf8(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    }
    let ok = length > 0 && i + length <= n;
    for (let k = 1; ok && k < length; k++) {
      const c = bytes[i + k] ?? 0;
      ok = k === 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xbf;
    }
    if (ok) {
      multiByte++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { multiByte, invalid };
}

// ---------------------------------------------------------------------------------------------------------------
// Legacy font text

/** A word for detection and conversion: ASCII letters plus everything a legacy font can put in Latin-1. */
const WORD = /[A-Za-z\u00a1-\u024f\u1e00-\u1eff]+/g;
const HAS_ASCII_LETTER = /[A-Za-z]/;
const ASCII_WORD = /^[A-Za-z]+$/;
/** Enough evidence for a decision; also bounds the detection cost on huge inputs. */
const MAX_SAMPLED_WORDS = 5000;
/** Single-byte files: how much is decoded both ways to choose between Windows-1258 and a legacy font. */
const DETECTION_SAMPLE_BYTES = 1 << 20;

/**
 * Text that is legacy-font mojibake (TCVN3/ABC or VNI glyphs read as Windows-1252/Latin-1, as they come out of old
 * .doc files, PDF text layers and web pages) -> proper Unicode NFC. Returns legacy=null and the text unchanged
 * (but NFC) when the text does not look like legacy-font text.
 */
export function convertLegacyVietnamese(text: string): { value: string; legacy: LegacyFont | null } {
  const nfc = text.normalize("NFC");
  const legacy = detectLegacyVietnamese(nfc);
  if (!legacy) return { value: nfc, legacy: null };
  return { value: convertAs(nfc, legacy), legacy };
}

/**
 * TCVN3 puts "ư" at the soft hyphen's code (0xAD), which some producers (LibreOffice among them) take for a soft hyphen
 * and do not draw: the text layer then lacks every "ư" without a tone ("phơng" for "phương", "nh" for "như"); its
 * toned forms have codes of their own and stay. Restored only where the syllable cannot be without it: "ơ" before a
 * final "ng", "c" or "u" (Vietnamese has no such rhyme: "phơng", "đợc", "rợu"), and a word of consonants alone before
 * a space, comma or colon, also across a line break ("nh sau", "đầu t,"; not before a letter on the next line, where
 * the pieces of a line split a word: "Thủ t" / "ớng"). Where it could ("ngời" for "người" is also "ngời", "cha" for "chưa" also
 * "cha") the word is left as read. `count`: the words restored.
 */
export function restoreDroppedTcvn3Uhorn(text: string): { value: string; count: number } {
  let count = 0;
  const value = text
    .replace(UHORN_RHYME, (_word, before: string, rest: string) => {
      count++;
      return `${before}${isUpper(rest.charAt(0)) ? "Ư" : "ư"}${rest}`;
    })
    .replace(CONSONANTS_ONLY, (word: string) => {
      count++;
      return `${word}${word === word.toUpperCase() && word.length > 1 ? "Ư" : "ư"}`;
    });
  return { value, count };
}

/** Whether the text holds a "ư" without a tone, which a TCVN3 layer that lost them has nowhere. */
export function hasToneLessUhorn(text: string): boolean {
  return /[ưƯ]/u.test(text.normalize("NFC"));
}

function isUpper(letter: string): boolean {
  return letter !== letter.toLowerCase();
}

/** A word whose "ơ" (any tone) stands before a final "ng", "c" or "u": the onset, then the rhyme to restore. */
const UHORN_RHYME = /(?<![\p{L}\p{M}])([bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]{0,3})(?=[ơớờởỡợƠỚỜỞỠỢ](?:ng|c|u|NG|C|U)(?![\p{L}\p{M}]))([ơớờởỡợƠỚỜỞỠỢ](?:ng|c|u|NG|C|U))/gu;

/** The onsets a lost "ư" leaves alone ("nh" of "như", "t" of "tư", "th" of "thư", "s" of "sư", "c" of "cư"), between words. */
const CONSONANTS_ONLY = /(?<![\p{L}\p{M}\d/.-])(?:nh|th|t|s|c)(?=\n?[ ,;:])/gu;

/**
 * Which legacy font, if any, the text was written in. Statistical: a word is evidence for a font when it is not a
 * Vietnamese syllable as it stands but becomes one once converted. English, French and Unicode Vietnamese words do
 * not turn into syllables that way (French "où" is the one common exception, hence the distinct-word rule).
 */
export function detectLegacyVietnamese(text: string): LegacyFont | null {
  const nfc = text.normalize("NFC");
  let sampled = 0;
  const gains: Record<LegacyFont, { count: number; distinct: Set<string> }> = {
    tcvn3: { count: 0, distinct: new Set() },
    vni: { count: 0, distinct: new Set() },
  };
  for (const match of nfc.matchAll(WORD)) {
    if (sampled >= MAX_SAMPLED_WORDS) break;
    const word = match[0];
    // Words without an ASCII letter ("©", "×") are too weak to count; over-long ones are not syllables.
    if (ASCII_WORD.test(word) || !HAS_ASCII_LETTER.test(word) || word.length > 14) continue;
    sampled++;
    if (isVietnameseSyllable(word)) continue;
    for (const font of ["tcvn3", "vni"] as const) {
      const converted = convertWord(word, font);
      if (converted !== word && isVietnameseSyllable(converted)) {
        const gain = gains[font];
        gain.count++;
        if (gain.distinct.size < 2) gain.distinct.add(word.toLowerCase());
      }
    }
  }
  const best: LegacyFont = gains.tcvn3.count >= gains.vni.count ? "tcvn3" : "vni";
  const gain = gains[best];
  return gain.count >= 2 && gain.distinct.size >= 2 && gain.count >= 0.3 * sampled ? best : null;
}

/** Non-ASCII words (with an ASCII letter) that are Vietnamese syllables, over the same sample the detector uses. */
/**
 * The last reading tried is Windows-1258, which decodes any bytes at all: it is taken when it reads as Vietnamese,
 * and otherwise said to be unreadable at error level, so that a damaged file is never a quiet success with no tasks.
 * "Reads as Vietnamese": at least half of the accented words it yields are Vietnamese syllables, judged on enough
 * words to mean something (a short note is given the benefit of the doubt).
 */
const MIN_WORDS_TO_JUDGE = 20;
const MIN_SYLLABLE_SHARE = 0.5;

function readableAs1258(value: string, invalidUtf8: number): Diagnostic {
  const { sampled, syllables } = syllableShare(value);
  if (sampled >= MIN_WORDS_TO_JUDGE && syllables < MIN_SYLLABLE_SHARE * sampled) {
    return {
      severity: "error",
      code: "encoding",
      message: `unreadable text: not UTF-8 (${invalidUtf8} invalid bytes) and only ${syllables} of ${sampled} accented words read as Vietnamese in Windows-1258; the file may be damaged or in another encoding`,
    };
  }
  return { severity: "info", code: "encoding", message: "decoded as Windows-1258" };
}

function countSyllables(text: string): number {
  return syllableShare(text).syllables;
}

/** Of the accented words sampled from `text` (up to MAX_SAMPLED_WORDS), how many are Vietnamese syllables. */
function syllableShare(text: string): { sampled: number; syllables: number } {
  let sampled = 0;
  let syllables = 0;
  for (const match of text.matchAll(WORD)) {
    if (sampled >= MAX_SAMPLED_WORDS) break;
    const word = match[0];
    if (ASCII_WORD.test(word) || !HAS_ASCII_LETTER.test(word) || word.length > 14) continue;
    sampled++;
    if (isVietnameseSyllable(word)) syllables++;
  }
  return { sampled, syllables };
}

/**
 * Converts line by line, leaving lines that already hold Unicode Vietnamese alone (mixed documents). Works on UTF-16
 * code units in a typed array: every converted letter is one BMP code unit, so the output is never longer.
 */
/**
 * Text known to be in a legacy font (a .doc run set in .VnTime or VNI-Times) → Unicode; lines that already hold
 * Unicode Vietnamese are kept as they are.
 */
export function convertLegacyFont(text: string, legacy: LegacyFont): string {
  return convertAs(text.normalize("NFC"), legacy);
}

function convertAs(text: string, legacy: LegacyFont): string {
  const n = text.length;
  const out = new Uint16Array(n);
  let written = 0;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    if (hasUnicodeVietnamese(text, lineStart, lineEnd)) {
      for (let i = lineStart; i < lineEnd; i++) out[written++] = text.charCodeAt(i);
    } else {
      written = legacy === "tcvn3"
        ? convertTcvn3Span(text, lineStart, lineEnd, out, written)
        : convertVniSpan(text, lineStart, lineEnd, out, written);
    }
    if (lineEnd < n) out[written++] = 0x0a;
    lineStart = lineEnd + 1;
  }
  return codeUnitsToString(out, written).normalize("NFC");
}

function convertWord(word: string, legacy: LegacyFont): string {
  const out = new Uint16Array(word.length);
  const written = legacy === "tcvn3"
    ? convertTcvn3Span(word, 0, word.length, out, 0)
    : convertVniSpan(word, 0, word.length, out, 0);
  return codeUnitsToString(out, written);
}

function codeUnitsToString(units: Uint16Array, length: number): string {
  return Buffer.from(units.buffer, units.byteOffset, length * 2).toString("utf16le");
}

/** Code points below U+01B1 that only Unicode Vietnamese uses (Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư); U+1EA0–U+1EF9 come on top. */
const UNICODE_VIETNAMESE_LOW = new Uint8Array(0x1b1);
for (const code of [0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1a0, 0x1a1, 0x1af, 0x1b0]) {
  UNICODE_VIETNAMESE_LOW[code] = 1;
}

function hasUnicodeVietnamese(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x102) continue;
    if ((code >= 0x1ea0 && code <= 0x1ef9) || UNICODE_VIETNAMESE_LOW[code] === 1) return true;
  }
  return false;
}

/** A character that can be part of a word: ASCII letters and everything a legacy font can put in Latin-1. */
function isWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0xa1 && code <= 0x24f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

// --- TCVN3 ---

/** Glyph code → letter, as the .VnTime fonts draw it (lower case, or one of the seven capitals). */
const TCVN3_LETTER = new Uint16Array(256);
/** Glyph code → the letter in capitals, as the .VnTimeH fonts draw it. */
const TCVN3_CAPITAL = new Uint16Array(256);
/** 1 = a TCVN3 capital with its own code point (Ă Â Ê Ô Ơ Ư Đ), 2 = a lower-case glyph. */
const TCVN3_GLYPH_KIND = new Uint8Array(256);
for (const [glyph, letter] of TCVN3_TO_UNICODE) {
  const code = glyph.charCodeAt(0);
  TCVN3_LETTER[code] = letter.charCodeAt(0);
  TCVN3_CAPITAL[code] = letter.toUpperCase().charCodeAt(0);
  TCVN3_GLYPH_KIND[code] = code <= 0xa7 ? 1 : 2;
}
const SOFT_HYPHEN = 0xad;
/** ơ-family glyphs (¬ ê ë ì í î): after "ư" they make ươ. */
const TCVN3_HORN_O = new Set([0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]);

/**
 * PDF text layers map glyph 0xAD (ư, the soft-hyphen position) to "-"; between a letter and an ơ-family glyph (ươ:
 * "tr-êng", "n-íc") the hyphen can only be that ư.
 */
function isHyphenForUHorn(text: string, i: number, start: number, end: number): boolean {
  if (i <= start || i + 1 >= end) return false;
  const before = text.charCodeAt(i - 1);
  const letterBefore =
    (before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a) || (before >= 0xa1 && before <= 0xff);
  return letterBefore && TCVN3_HORN_O.has(text.charCodeAt(i + 1));
}

type WordCase = "lower" | "upper" | "unknown";

/**
 * TCVN3 has no capital toned vowels: capitals come from the .VnTimeH fonts at the lower-case code points. A word is
 * taken as written in capitals when it has no lower-case letter and a capital after its first letter ("NéI" → NỘI,
 * "ñY" → ỦY); a word too short to tell ("Vô", "§Ó") follows its nearest telling neighbours on the line ("NéI Vô" →
 * NỘI VỤ, "Hµ Néi" → Hà Nội, "Sè 12/KH" → Số 12/KH). One letter ("b" of an HTML tag, "I") says nothing, and
 * capitals without a lower-case glyph are acronyms (UBND, QĐ) that stand in lower-case sentences just as well, so
 * neither votes.
 */
function convertTcvn3Span(text: string, start: number, end: number, out: Uint16Array, offset: number): number {
  const starts: number[] = [];
  const ends: number[] = [];
  const cases: WordCase[] = [];
  let wordStart = -1;
  let lower = false;
  let upper = 0;
  let innerCapital = false;
  let glyph = false;
  for (let i = start; i <= end; i++) {
    let code = i < end ? text.charCodeAt(i) : -1;
    if ((code === 0x2d || code === 0x2010) && isHyphenForUHorn(text, i, start, end)) code = SOFT_HYPHEN;
    if (code >= 0 && isWordCode(code)) {
      if (wordStart < 0) {
        wordStart = i;
        lower = false;
        upper = 0;
        innerCapital = false;
        glyph = false;
      }
      const kind = code < 256 ? (TCVN3_GLYPH_KIND[code] ?? 0) : 0;
      if (code >= 0x61 && code <= 0x7a) lower = true;
      else if ((code >= 0x41 && code <= 0x5a) || kind === 1) {
        upper++;
        if (i > wordStart) innerCapital = true;
      }
      if (kind === 2) glyph = true;
    } else if (wordStart >= 0) {
      starts.push(wordStart);
      ends.push(i);
      cases.push(
        i - wordStart < 2 ? "unknown" : lower ? "lower" : glyph && (upper >= 2 || innerCapital) ? "upper" : "unknown",
      );
      wordStart = -1;
    }
    if (i < end) out[offset + i - start] = (code < 256 ? TCVN3_LETTER[code] : 0) || code;
  }
  const resolved = resolveUnknownCases(cases);
  for (let w = 0; w < resolved.length; w++) {
    if (resolved[w] !== "upper") continue;
    for (let i = starts[w] ?? 0, last = ends[w] ?? 0; i < last; i++) {
      const code = text.charCodeAt(i);
      // A hyphen inside a word is one that was read as ư.
      const glyph = code === 0x2d || code === 0x2010 ? SOFT_HYPHEN : code;
      const capital = glyph < 256 ? TCVN3_CAPITAL[glyph] : 0;
      if (capital) out[offset + i - start] = capital;
    }
  }
  return offset + end - start;
}

function resolveUnknownCases(cases: WordCase[]): WordCase[] {
  // Nearest known case on each side, found in two linear sweeps.
  const before: WordCase[] = [];
  let last: WordCase = "unknown";
  for (const c of cases) {
    before.push(last);
    if (c !== "unknown") last = c;
  }
  const after: WordCase[] = new Array<WordCase>(cases.length);
  last = "unknown";
  for (let i = cases.length - 1; i >= 0; i--) {
    after[i] = last;
    const c = cases[i];
    if (c !== undefined && c !== "unknown") last = c;
  }
  return cases.map((c, i) => {
    if (c !== "unknown") return c;
    const left = before[i];
    const right = after[i];
    if (left === "lower" || right === "lower") return "lower";
    return left === "upper" || right === "upper" ? "upper" : "lower";
  });
}

// --- VNI ---

/** (base code << 8 | mark code) → letter code, for both cases of the mark ("Aù" is Á too: the base decides). */
const VNI_PAIR = new Map<number, number>();
/** One-byte VNI letters: đ Đ ơ Ơ ư Ư and the toned i / ỵ. */
const VNI_SINGLE = new Uint16Array(256);
const IS_VNI_MARK = new Uint8Array(256);
for (const mark of VNI_MARKS) IS_VNI_MARK[mark.charCodeAt(0)] = 1;
for (const [spelling, letter] of VNI_TO_UNICODE) {
  if (spelling.length === 1) VNI_SINGLE[spelling.charCodeAt(0)] = letter.charCodeAt(0);
  else VNI_PAIR.set((spelling.charCodeAt(0) << 8) | spelling.charCodeAt(1), letter.charCodeAt(0));
}
for (const [spelling, letter] of VNI_TO_UNICODE) {
  if (spelling.length !== 2) continue;
  const mark = spelling.charAt(1);
  const otherMark = mark === mark.toLowerCase() ? mark.toUpperCase() : mark.toLowerCase();
  const key = (spelling.charCodeAt(0) << 8) | otherMark.charCodeAt(0);
  if (!VNI_PAIR.has(key)) VNI_PAIR.set(key, letter.charCodeAt(0));
}

/** VNI: a vowel (or the one-byte ơ/ư) followed by a mark byte is one letter; đ, ơ, ư and toned i/ỵ are one byte. */
function convertVniSpan(text: string, start: number, end: number, out: Uint16Array, offset: number): number {
  let written = offset;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 256 && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next < 256 && IS_VNI_MARK[next] === 1) {
        const letter = VNI_PAIR.get((code << 8) | next);
        if (letter !== undefined) {
          out[written++] = letter;
          i++;
          continue;
        }
      }
    }
    out[written++] = (code < 256 ? VNI_SINGLE[code] : 0) || code;
  }
  return written;
}

// --- Vietnamese syllables ---

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/**
 * Onset, vowel nucleus (with its glides), final consonant. Loose (it accepts a few rhymes Vietnamese does not use) but
 * it is only asked whether a converted word could be Vietnamese, and mojibake almost never is.
 */
const SYLLABLE = new RegExp(
  "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?" +
    "(iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|" +
    "ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])" +
    "(ch|ng|nh|[cmnpt])?$",
);
/** Nuclei that end in a glide or are the open diphthongs: no final consonant may follow. */
const OPEN_NUCLEI = new Set(
  "iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu".split(" "),
);
/** Where the tone must sit in those nuclei (0-based); the others allow either spelling tradition (hoà / hòa). */
const TONE_SEAT: Readonly<Record<string, number>> = {
  ai: 0, ao: 0, au: 0, ay: 0, âu: 0, ây: 0, eo: 0, êu: 0, ia: 0, iu: 0, oi: 0, ôi: 0, ơi: 0, ua: 0, ui: 0, ưa: 0,
  ưi: 0, ưu: 0, iêu: 1, yêu: 1, oai: 1, oao: 1, oay: 1, oeo: 1, uây: 1, uôi: 1, ươi: 1, ươu: 1,
};
const GRAVE = "\u0300";
const TILDE = "\u0303";
const HOOK = "\u0309";

/** The syllable pattern with every Vietnamese mark taken off (ê → e, ư → u, đ → d): what a syllable looks like typed without them. */
const UNMARKED_SYLLABLE = new RegExp(stripVietnameseMarks(SYLLABLE.source));

/** A word with its tones, hats, horns and breve taken off, and đ written d: "Kế hoạch" → "Ke hoach". */
export function stripVietnameseMarks(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/**
 * True when the word, marks or none, has the letters of a Vietnamese syllable: how Vietnamese reads when a tool
 * that does not know the language wrote it ("KE HOACH", "Uy ban nhan dan"). English words seldom do ("the", "on").
 */
export function couldBeUnmarkedSyllable(word: string): boolean {
  return UNMARKED_SYLLABLE.test(stripVietnameseMarks(word).toLowerCase());
}

/** True when the word could be one Vietnamese syllable: onset, nucleus, coda, at most one tone in a legal seat. */
/**
 * Memo of `isVietnameseSyllable`: a plan uses a few thousand distinct syllables many times over, and the check
 * normalises every character. Bounded, so that hostile text of endless distinct words cannot grow it without limit.
 */
const syllableMemo = new Map<string, boolean>();
const SYLLABLE_MEMO_LIMIT = 50_000;

export function isVietnameseSyllable(word: string): boolean {
  const known = syllableMemo.get(word);
  if (known !== undefined) return known;
  const answer = checkSyllable(word);
  if (syllableMemo.size < SYLLABLE_MEMO_LIMIT) syllableMemo.set(word, answer);
  return answer;
}

/** A letter without its tone, and the tone mark (or "" when it has none; "+" when it has more than one). */
interface ToneSplit {
  base: string;
  tone: string;
}
/** Per distinct character: a plan has a hundred or so, and normalising each occurrence twice is most of the check. */
const toneSplits = new Map<string, ToneSplit>();

function splitTone(ch: string): ToneSplit {
  let split = toneSplits.get(ch);
  if (split === undefined) {
    const decomposed = ch.normalize("NFD");
    const marks = decomposed.match(TONE_MARKS);
    split = marks
      ? { base: decomposed.replace(TONE_MARKS, "").normalize("NFC"), tone: marks.length > 1 ? "+" : marks[0]! }
      : { base: ch, tone: "" };
    if (toneSplits.size < SYLLABLE_MEMO_LIMIT) toneSplits.set(ch, split);
  }
  return split;
}

function checkSyllable(word: string): boolean {
  let base = "";
  let tone: string | undefined;
  let toneSeat = -1;
  let index = 0;
  for (const ch of word.toLowerCase().normalize("NFC")) {
    const split = splitTone(ch);
    if (split.tone !== "") {
      if (tone !== undefined || split.tone === "+") return false;
      tone = split.tone;
      toneSeat = index;
    }
    base += split.base;
    index++;
  }
  const match = SYLLABLE.exec(base);
  if (!match) return false;
  const onset = match[1] ?? "";
  const nucleus = match[2] ?? "";
  const coda = match[3];
  if (coda !== undefined && OPEN_NUCLEI.has(nucleus)) return false;
  if (tone === undefined) return true;
  const seat = toneSeat - onset.length;
  if (seat < 0 || seat >= nucleus.length) return false;
  const required = TONE_SEAT[nucleus];
  if (required !== undefined && seat !== required) return false;
  // Grave, tilde and hook cannot sit on a syllable closed by c, ch, p, t.
  const closedByStop = coda === "c" || coda === "ch" || coda === "p" || coda === "t";
  if (closedByStop) return tone !== GRAVE && tone !== TILDE && tone !== HOOK;
  return true;
}
