/**
 * Sections: the top-level Roman-numeral parts of the plan body (I, II, III … in order, whatever the markup), each
 * with its numbered subsections ("1.", "2.1.", "a)"). A numbered list inside a section is never a new section: only
 * the next Roman numeral in sequence opens one.
 */
import type { Diagnostic } from "../diagnostics.js";
import { cleanText, isUpperCaseText } from "../normalize/text.js";
import { isRecipientsLabel, isSigningTitle, unlabelledRecipients } from "./header.js";
import { PART_LETTERS, romanFromLookalike, romanNumeral, romanValue } from "../roman.js";
import type { Unit } from "./units.js";
import { LETTER, LOWER, UPPER, re } from "../letters.js";

export interface SubsectionPart {
  number: string;
  heading: string;
  /** The text a run-in heading goes on with on its own line ("1. Phòng Nội vụ: Chủ trì …" → "Chủ trì …"). */
  leadIn?: string;
  startUnit: number;
  units: Unit[];
}

/**
 * A run-in heading: a short label without a sentence's stops, a colon, then the text ("Phòng Nội vụ: Chủ trì, phối
 * hợp …", "Mục đích: Nâng cao …"). The label is the heading as written; the rest is the subsection's text.
 */
const RUN_IN_HEADING = /^([^.;:!?]{2,80}?)\s*:\s+(\S.*)$/su;

export interface SectionPart {
  numeral: string;
  heading: string;
  startUnit: number;
  /** The section's units after its heading, in order (subsection headings included). */
  units: Unit[];
  subsections: SubsectionPart[];
}

const ROMAN_HEADING = /^([IVXLC]{1,7})\s*[.):/–-]\s*(\S.*)$/u;
/** A numeral whose stop was lost (OCR drops the small "."), before a heading in capitals: "I MỤC TIÊU, YÊU CẦU". */
const BARE_ROMAN_HEADING = re("u")`^([IVXLC]{1,7})\s+([${UPPER}].*)$`;

/** "Phần I", "PHẦN II.", "Chương I" before the numeral: the plan's parts, as decisions and longer plans name them. */
const PART_WORD = re("u")`^(?:Phần|PHẦN|Chương|CHƯƠNG)\s+(?=[IVXLC]{1,7}(?![${LETTER}\d]))`;

/** "Phần thứ nhất", "PHẦN THỨ HAI: NHIỆM VỤ": a part numbered by its ordinal word, its heading after a stop or alone. */
const ORDINAL_PART = re("u")`^(?:Phần|PHẦN)\s+(?:thứ|Thứ|THỨ)\s+([${LETTER}]+)(?![${LETTER}\d])\s*([.:)–-]?)\s*(.*)$`;
const ORDINAL_VALUES: Readonly<Record<string, number>> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

/** The Roman numeral of "Phần thứ hai" ("II") with its heading ("" when the heading is the next unit); null for other text. */
function ordinalPartHeading(text: string): { numeral: string; heading: string } | null {
  const match = ORDINAL_PART.exec(text);
  const value = match ? ORDINAL_VALUES[match[1]!.toLocaleLowerCase("vi")] : undefined;
  if (!match || value === undefined) return null;
  const heading = match[3]!;
  // A heading after the ordinal with no stop between must be in capitals: "Phần thứ hai của Kế hoạch …" is a sentence.
  if (heading !== "" && match[2] === "" && !isUpperCaseText(heading)) return null;
  return { numeral: romanNumeral(value), heading };
}

/**
 * A part's heading with its text run on under it in one paragraph (plain text with no blank line between): "PHẦN THỨ
 * NHẤT" / "KẾT QUẢ NĂM 2025" / "Năm 2025, …", or "I. MỤC ĐÍCH" / "Kế hoạch nhằm …". The heading is the first line (and
 * the line in capitals under a part word alone); the rest is the part's text, from `textFrom`.
 */
function partHeadingOverText(unit: Unit): { match: { numeral: string; heading: string }; textFrom: number } | undefined {
  const lines = unit.lines;
  if (lines.length < 2 || unit.inTable || !/^[IVXLCP]/.test(lines[0]!)) return undefined;
  const whole = romanHeading(unit.text);
  if (whole && isUpperCaseText(whole.heading.replace(/\([^)]*\)/g, ""))) return undefined;
  const first = romanHeading(lines[0]!.trim());
  if (!first) return undefined;
  if (first.heading === "") {
    const heading = lines[1]!.trim();
    return lines.length > 2 && isUpperCaseText(heading) && heading.length <= 200 ? { match: { numeral: first.numeral, heading }, textFrom: 2 } : undefined;
  }
  return isUpperCaseText(first.heading.replace(/\([^)]*\)/g, "")) ? { match: first, textFrom: 1 } : undefined;
}

function romanHeading(text: string): { numeral: string; heading: string } | null {
  // Every form starts with a numeral, "Phần" or "Chương": most units are ruled out before the Unicode-class expressions.
  if (!/^[IVXLCP]/.test(text)) return null;
  const byWord = /^[PC]/.test(text);
  const ordinal = byWord ? ordinalPartHeading(text) : null;
  if (ordinal) return ordinal;
  const part = byWord ? PART_WORD.exec(text) : null;
  if (part) {
    // "Phần I" alone: its heading is the next unit (see findSections).
    const alone = /^([IVXLC]{1,7})\s*[.):–-]?$/u.exec(text.slice(part[0].length));
    if (alone) return { numeral: alone[1]!, heading: "" };
    text = text.slice(part[0].length);
  }
  const match = ROMAN_HEADING.exec(text);
  if (match) return { numeral: match[1]!, heading: match[2]! };
  const bare = /^[IVXLC]+\s/.test(text) ? BARE_ROMAN_HEADING.exec(text) : null;
  if (bare && isUpperCaseText(bare[2]!.replace(/\([^)]*\)/g, ""))) return { numeral: bare[1]!, heading: bare[2]! };
  return null;
}
/**
 * A Roman numeral as OCR misreads it before a heading in capitals: "HI." for "III." (the two strokes run together),
 * "Il.", "1I.", "|V.". Taken only when the numeral it stands for is the one due next (see `findSections`).
 */
const LOOKALIKE_ROMAN_HEADING = re("u")`^([IVXHl1|]{1,5})\s*[.):]\s*([${UPPER}].*)$`;

function lookalikeRomanHeading(text: string): { numeral: string; heading: string; written: string } | null {
  const match = /^[IVXHl1|]/.test(text) ? LOOKALIKE_ROMAN_HEADING.exec(text) : null;
  const numeral = match ? romanFromLookalike(match[1]!) : null;
  if (!match || numeral === null || romanNumeral(romanValue(numeral)) !== numeral) return null;
  return isUpperCaseText(match[2]!.replace(/\([^)]*\)/g, "")) ? { numeral, heading: match[2]!, written: match[1]! } : null;
}

/**
 * The first part's "I" as OCR misreads it before a heading in capitals: "L MỤC ĐÍCH, YÊU CẦU" (the serifs read as a
 * foot), "l.", "|", "1". Taken only when part II follows (`secondFollows`): then the plan numbers its parts in Roman
 * numerals, and this heading is where part I is due.
 */
const FIRST_LOOKALIKE = re("u")`^[Ll|1]\s*[.):]?\s*([${UPPER}].*)$`;

function firstLookalike(text: string): { numeral: string; heading: string; written: string } | null {
  const match = /^[Ll|1]/.test(text) ? FIRST_LOOKALIKE.exec(text) : null;
  return match && isUpperCaseText(match[1]!.replace(/\([^)]*\)/g, "")) ? { numeral: "I", heading: match[1]!, written: text.charAt(0) } : null;
}

/**
 * The genre's standard part-heading words, as OCR may run them together in a heading in capitals ("MỤCĐÍCH,YÊU CẦU").
 * Only these are split: a glued pair of other words is left as read.
 */
const STANDARD_HEADING_WORDS = [
  "MỤC ĐÍCH", "YÊU CẦU", "MỤC TIÊU", "NHIỆM VỤ", "GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN", "KINH PHÍ", "PHÂN CÔNG", "NỘI DUNG",
  "TRÁCH NHIỆM", "KẾT QUẢ", "ĐÁNH GIÁ", "CĂN CỨ", "ĐIỀU KIỆN", "THỰC HIỆN",
];
const GLUED_STANDARD_WORDS = STANDARD_HEADING_WORDS.map((phrase) => ({ phrase, pattern: new RegExp(phrase.split(" ").join("\\s*"), "gu") }));
/** A heading that opens with a standard word, the numeral run into it: "IMỤCĐÍCH,YÊU CẦU". */
const GLUED_NUMERAL = new RegExp(`^([IVXHLlT1|]{1,5})(?=${STANDARD_HEADING_WORDS.map((phrase) => phrase.split(" ").join("\\s*")).join("|")})`, "u");

/** A heading in capitals from OCR with its standard words split where their spaces were lost, and a space after each comma. */
function splitGluedHeading(heading: string): string {
  if (!isUpperCaseText(heading.replace(/\([^)]*\)/g, ""))) return heading;
  let text = heading;
  for (const { phrase, pattern } of GLUED_STANDARD_WORDS) text = text.replace(pattern, ` ${phrase} `);
  return cleanText(text.replace(/\s+([,;])/gu, "$1").replace(/([,;])(?=\S)/gu, "$1 "));
}

/**
 * A numeral on an OCR'd page as the scan mangles it, read as `due` (the numeral next in order) only: "IL.", "HE." or
 * "I'" for "II." (a serif read as a foot, a faint stroke, the stop run into the strokes), "IL" for "I." where I is due,
 * "TV." for "IV.", a comma or "=" for the stop ("IV,") or none, or the numeral glued to a standard heading word
 * ("IMỤCĐÍCH"). The heading after it must be in capitals.
 */
const OCR_NUMERAL_HEADING = re("u")`^([IVXHLlT1|]{1,5}[E']?)(?:\s*[.,):=]\s*|\s+)([${UPPER}].*)$`;

function ocrRomanHeading(text: string, due: number): { numeral: string; heading: string; reading: string } | null {
  const glued = GLUED_NUMERAL.exec(text);
  const match = glued ? null : OCR_NUMERAL_HEADING.exec(text);
  const token = glued?.[1] ?? match?.[1];
  const heading = glued ? text.slice(glued[0].length) : match?.[2];
  if (token === undefined || heading === undefined) return null;
  // A last "L", "E" or "'" is a faint stroke or the numeral's stop run into its serif: "IL" is "II" where II is due,
  // "I." where I is.
  const strokes = (letters: string) => letters.replace(/H/g, "II").replace(/[LlT1|']/g, "I");
  const readings = [token, token.replace(/[LE']$/u, "")].filter((letters) => !letters.includes("E")).map(strokes);
  if (!readings.includes(romanNumeral(due)) || !isUpperCaseText(heading.replace(/\([^)]*\)/g, ""))) return null;
  return { numeral: romanNumeral(due), heading, reading: token };
}

/**
 * The numeral a first part found above "I" stands at (its own, "II" for "II. NỘI DUNG"), when it heads a part: a
 * heading in capitals of at most 200 characters, with the numeral after it heading a later part in capitals too.
 * 0 otherwise.
 */
function expectedFirst(match: { numeral: string; heading: string }, units: Unit[], at: number, to: number): number {
  const value = romanValue(match.numeral);
  const upper = (heading: string) => heading.length <= 200 && isUpperCaseText(heading.replace(/\([^)]*\)/g, ""));
  if (value > 10 || !upper(match.heading)) return 0;
  const next = romanNumeral(value + 1);
  for (let k = at + 1; k < to; k++) {
    const unit = units[k]!;
    if (unit.inTable || unit.footnote) continue;
    const later = romanHeading(unit.text);
    if (later?.numeral === next && upper(later.heading)) return value;
  }
  return 0;
}

/**
 * Whether a heading of part II stands among `units[from..to)` outside tables; on a page read by OCR, part III too,
 * since part II's own numeral may be the one OCR mangled ("I." for "II.", where "IHL." for "III." still reads).
 */
function secondFollows(units: Unit[], from: number, to: number, ocrPages: readonly number[] = []): boolean {
  for (let k = from; k < to; k++) {
    const unit = units[k]!;
    if (unit.inTable || unit.footnote) continue;
    if ((romanHeading(unit.text) ?? lookalikeRomanHeading(unit.text))?.numeral === "II") return true;
    if (unit.position.page !== undefined && ocrPages.includes(unit.position.page)) {
      const text = runOnFirstSubsection(unit.text)?.heading ?? unit.text;
      if (ocrRomanHeading(text, 2) || ocrRomanHeading(text, 3) || romanHeading(text)?.numeral === "III") return true;
    }
  }
  return false;
}

/**
 * "1." as OCR reads it where a part's first subsection starts: the digit itself, or its strokes read as letters
 * ("l.", "I", "ti", "!") with or without the stop.
 */
const FIRST_NUMBER = /^(?:1|[lI|!iíìt]{1,2})[.,:)]?$/u;

/**
 * A part's heading and its first subsection on one line, as OCR gives them when the subsection starts close under the
 * heading: "III. TỔ CHỨC THỰC HIỆN 1. Phòng Nội vụ …", its "1." perhaps read "ti". The heading is the words in
 * capitals after the numeral (two or more); the subsection starts at the "1" before a word in ordinary case. Null when
 * the line is not such a pair.
 */
export function runOnFirstSubsection(text: string): { heading: string; subsection: string; reading: string } | null {
  const tokens = text.split(/\s+/u);
  if (tokens.length < 5 || !/^[IVXHLlT1|]{1,5}[.,:)=]?$/u.test(tokens[0]!)) return null;
  for (let k = 3; k + 1 < tokens.length; k++) {
    const words = tokens.slice(1, k);
    if (!words.every((word) => isUpperCaseText(word) || !re("u")`[${LETTER}]`.test(word))) return null;
    if (!FIRST_NUMBER.test(tokens[k]!) || !re("u")`^[${UPPER}][${LOWER}]`.test(tokens[k + 1]!)) continue;
    if (words.filter((word) => isUpperCaseText(word)).length < 2) return null;
    return { heading: [tokens[0]!, ...words].join(" "), subsection: `1. ${tokens.slice(k + 1).join(" ")}`, reading: tokens[k]! };
  }
  return null;
}

const SUBSECTION = /^(\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)]\s*(\S.*)$/u;
/** "6.2 Đối với …": a dotted number whose final stop OCR dropped (or the writer left out); tried first. */
const STOPLESS_SUBSECTION = /^(\d{1,2}(?:\.\d{1,2}){1,3})\s+(\S.*)$/u;

/**
 * "33." inside part 3 is "3.3." whose dot OCR lost: in a part with an Arabic number, a two-digit item number that
 * starts with the part's number stands for the part's sub-item (a part never has thirty-odd items of its own).
 */
function withLostDot(number: string, numeral: string, previous: string | undefined): string {
  if (!/^\d$/.test(numeral) || !/^\d\d$/.test(number) || !number.startsWith(numeral) || number.endsWith("0")) return number;
  const restored = `${numeral}.${number.slice(1)}`;
  return previous === undefined || previous.startsWith(`${numeral}.`) ? restored : number;
}

function isHeadingLike(unit: Unit, heading: string): boolean {
  if (heading.length > 300) return false;
  const letters = heading.replace(/\([^)]*\)/g, "");
  return unit.kind === "heading" || unit.bold || isUpperCaseText(letters) || heading.length < 80;
}

/** Units that close the body: the recipients list (`foot`: where one without its label starts) and the signature block. */
function closesBody(unit: Unit, index: number, foot: number): boolean {
  return index === foot || isRecipientsLabel(unit.text) || isSigningTitle(unit.lines[0] ?? "");
}

/**
 * Why a look-alike numeral stands for a Roman one, as the diagnostic says it: on a page read by OCR, OCR misread its
 * strokes; in a text layer or a typed file, the writer (or the converter's font) put letters or digits that look like
 * it ("l." or "1." for "I.", "Il." for "II.").
 */
function lookalikeCause(ocr: boolean, written: string, numeral: string): string {
  return ocr ? "OCR misread its numeral" : `its numeral written "${written}", which looks like ${numeral}`;
}

export interface SectionOptions {
  /** The pages read by OCR, where a mangled numeral or glued heading words may be read (see `ocrRomanHeading`). */
  ocrPages?: readonly number[];
  /** The document is a QUYẾT ĐỊNH: its articles after the plan its Điều 1 holds ("Điều 2. …") close the plan's parts. */
  decision?: boolean;
}

export interface SectionsFound {
  sections: SectionPart[];
  /** Where the body ends: its foot (recipients, signing title), or `to`. */
  end: number;
  /** Where a decision's articles after the plan start (they run to `end`); undefined when the plan is not in Điều 1. */
  articlesFrom?: number;
}

/**
 * Layout tables (no task header) that frame running text inside a part: a bordered box around "TỔ CHỨC THỰC HIỆN",
 * a column of the bodies' paragraphs. Their cells hold sentences, two paragraphs or more of them; the tables of header
 * facts, signatures and short lists hold none.
 */
const SENTENCE_PARAGRAPH = /^.{60,}[.;:]$/su;

function textBoxes(units: Unit[], from: number, to: number): Set<number> {
  const sentences = new Map<number, number>();
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (unit.inTable && !unit.footnote && SENTENCE_PARAGRAPH.test(unit.text)) sentences.set(unit.block, (sentences.get(unit.block) ?? 0) + 1);
  }
  return new Set([...sentences].filter(([, count]) => count >= 2).map(([block]) => block));
}

export function findSections(units: Unit[], from: number, to: number, diagnostics: Diagnostic[], options: SectionOptions = {}): SectionsFound {
  const ocrPages = options.ocrPages ?? [];
  const sections: SectionPart[] = [];
  let expected = 1;
  let end = to;
  const foot = unlabelledRecipients(units, from, to);
  const boxes = textBoxes(units, from, to);
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (unit.inTable || unit.footnote) {
      if (sections.length && !unit.footnote && closesBody(unit, i, foot)) {
        end = i;
        break;
      }
      // A box of running text inside a part is the part's own text (the units keep `inTable`).
      if (sections.length && !unit.footnote && boxes.has(unit.block)) sections[sections.length - 1]!.units.push(unit);
      continue;
    }
    if (sections.length && closesBody(unit, i, foot)) {
      end = i;
      break;
    }
    if (sections.length && options.decision && isArticle(unit)) {
      for (const section of sections) section.subsections = findSubsections(section.units, undefined, ocrPages);
      return { sections, end: footAfter(units, i, to, foot), articlesFrom: i };
    }
    const ocr = unit.position.page !== undefined && ocrPages.includes(unit.position.page);
    const runOn = ocr ? runOnFirstSubsection(unit.text) : null;
    const text = runOn?.heading ?? unit.text;
    const overText = runOn ? undefined : partHeadingOverText(unit);
    let match = overText?.match ?? romanHeading(text);
    if (sections.length === 0 && (!match || romanValue(match.numeral) !== 1)) {
      const first = firstLookalike(text);
      if (first && secondFollows(units, i + 1, to, ocrPages)) {
        diagnostics.push({ severity: "info", code: "section-numbering", message: `"${unit.text.slice(0, 12)}" read as section I (${lookalikeCause(ocr, first.written, "I")})`, where: unit.position });
        match = first;
      }
    }
    if (!match && sections.length > 0) {
      const lookalike = lookalikeRomanHeading(text);
      if (lookalike && romanValue(lookalike.numeral) === expected) {
        diagnostics.push({ severity: "info", code: "section-numbering", message: `"${unit.text.slice(0, 12)}" read as section ${lookalike.numeral} (${lookalikeCause(ocr, lookalike.written, lookalike.numeral)})`, where: unit.position });
        match = lookalike;
      }
    }
    if (ocr && (!match || romanValue(match.numeral) !== expected) && (sections.length > 0 || expected === 1)) {
      const read = ocrRomanHeading(text, expected);
      // The first part from a mangled numeral only when part II follows, as for `firstLookalike`.
      if (read && (sections.length > 0 || secondFollows(units, i + 1, to, ocrPages))) {
        diagnostics.push({ severity: "info", code: "section-numbering", message: `"${unit.text.slice(0, 12)}" read as section ${read.numeral} (OCR misread its numeral "${read.reading}")`, where: unit.position });
        match = { numeral: read.numeral, heading: read.heading };
      }
    }
    if (!match && sections.length > 0) {
      const slip = arabicSlipForPart(unit, expected, sections[sections.length - 1]!, units, i + 1, to);
      if (slip) {
        diagnostics.push({ severity: "warning", code: "section-numbering", message: `"${unit.text.slice(0, 12)}" read as section ${slip.numeral}: the plan numbers its other parts in Roman numerals`, where: unit.position });
        match = slip;
      }
    }
    // Parts that start after "I" (the first cut off by a scrape or a partial copy, or never written): the first numeral
    // read is taken as the start when its heading is in capitals and the next numeral heads a part further down.
    if (sections.length === 0 && match && match.heading !== "" && romanValue(match.numeral) > 1 && romanValue(match.numeral) === expectedFirst(match, units, i, to)) {
      diagnostics.push({ severity: "warning", code: "section-numbering", message: `the plan's parts start at section ${match.numeral}: the sections before it are not in the document as read`, where: unit.position });
      expected = romanValue(match.numeral);
    }
    // "Phần I" ("Phần thứ nhất", "Chương I") on a line of its own, its heading in capitals (or bold) on the next.
    let headingUnit: Unit | undefined;
    if (match && match.heading === "") {
      const next = units[i + 1];
      const usable = next !== undefined && i + 1 < to && !next.inTable && (isUpperCaseText(next.text) || next.bold) && next.text.length <= 200;
      if (usable) {
        headingUnit = next;
        match.heading = next.text;
      } else match = null;
    }
    if (match) {
      const value = romanValue(match.numeral);
      const heading = ocr ? splitGluedHeading(cleanText(match.heading)) : cleanText(match.heading);
      const previous = sections[sections.length - 1];
      // The numeral of the section before again, on another heading in capitals: a slip (of OCR, "III." read "II.",
      // or of the writer) for the next one, which is what the plan's order says it is.
      const repeated = previous !== undefined && value === expected - 1 && heading !== previous.heading && isUpperCaseText(heading.replace(/\([^)]*\)/g, ""));
      if ((value === expected || (value === expected + 1 && sections.length > 0) || repeated) && isHeadingLike(unit, heading)) {
        if (repeated) {
          diagnostics.push({ severity: "warning", code: "section-numbering", message: `section ${match.numeral} comes twice: the second is read as section ${romanNumeral(expected)}`, where: unit.position });
        } else if (value !== expected) {
          diagnostics.push({ severity: "warning", code: "section-numbering", message: `section ${match.numeral} follows section ${previous?.numeral ?? "-"}: one is missing`, where: unit.position });
        }
        const numeral = repeated ? romanNumeral(expected) : match.numeral;
        sections.push({ numeral, heading, startUnit: i, units: [], subsections: [] });
        expected = romanValue(numeral) + 1;
        if (runOn) {
          // The subsection goes on as a unit of its own, the first of the new part.
          const lines = [runOn.subsection];
          sections[sections.length - 1]!.units.push({ ...unit, lines, text: runOn.subsection, marker: undefined, kind: "paragraph", bold: false });
          if (!/^1\.?$/u.test(runOn.reading)) {
            diagnostics.push({ severity: "info", code: "section-numbering", message: `"${runOn.reading}" after the heading of section ${numeral} read as its first subsection's "1." (OCR misread it)`, where: unit.position });
          }
        }
        if (overText) {
          // The part's text that plain text ran on under its heading goes on as a unit of its own.
          const lines = unit.lines.slice(overText.textFrom);
          sections[sections.length - 1]!.units.push({ ...unit, lines, text: lines.join(" "), marker: undefined, kind: "paragraph", bold: false });
        }
        if (headingUnit) i += 1;
        continue;
      }
    }
    const current = sections[sections.length - 1];
    if (current) current.units.push(unit);
  }
  if (sections.length === 0) {
    const lettered = findLetteredSections(units, from, to, options);
    return lettered.sections.length > 0 ? lettered : findArabicSections(units, from, to, diagnostics, options);
  }
  for (const section of sections) section.subsections = findSubsections(section.units, undefined, ocrPages);
  return { sections, end };
}

const LETTERED_HEADING = re("u")`^([A-HĐ])\.\s+(\S.*)$`;

function nextPartLetter(previous: string | undefined, letter: string): boolean {
  if (previous === undefined) return letter === "A";
  const at = PART_LETTERS.indexOf(previous);
  return letter === PART_LETTERS[at + 1] || (PART_LETTERS[at + 1] === "Đ" && letter === PART_LETTERS[at + 2]);
}

/**
 * A plan with no Roman parts that letters them ("A. MỤC ĐÍCH, YÊU CẦU", "B. NHIỆM VỤ", "C. TỔ CHỨC THỰC HIỆN"): each
 * letter in order, its heading in capitals (or set apart by emphasis), is a section, numeral "A", "B" …; its "1." items
 * are the subsections. Two such parts at least: one letter alone is a list's item more likely than the plan's parts.
 */
function findLetteredSections(units: Unit[], from: number, to: number, options: SectionOptions): SectionsFound {
  const sections: SectionPart[] = [];
  let end = to;
  const foot = unlabelledRecipients(units, from, to);
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (sections.length && closesBody(unit, i, foot)) {
      end = i;
      break;
    }
    if (sections.length && options.decision && isArticle(unit)) {
      if (sections.length < 2) return { sections: [], end: to };
      for (const section of sections) section.subsections = findSubsections(section.units);
      return { sections, end: footAfter(units, i, to, foot), articlesFrom: i };
    }
    if (unit.inTable || unit.footnote) continue;
    const match = /^[A-HĐ]\./u.test(unit.text) ? LETTERED_HEADING.exec(unit.text) : null;
    if (match && nextPartLetter(sections[sections.length - 1]?.numeral, match[1]!)) {
      const heading = cleanText(match[2]!);
      const emphasised = unit.kind === "heading" || unit.bold;
      if (heading.length <= 200 && (emphasised || isUpperCaseText(heading.replace(/\([^)]*\)/g, "")))) {
        sections.push({ numeral: match[1]!, heading: heading.replace(/:$/, ""), startUnit: i, units: [], subsections: [] });
        continue;
      }
    }
    sections[sections.length - 1]?.units.push(unit);
  }
  if (sections.length < 2) return { sections: [], end: to };
  for (const section of sections) section.subsections = findSubsections(section.units);
  return { sections, end };
}

/**
 * A part of a Roman-numbered plan written with an Arabic number by a slip ("I. MỤC ĐÍCH …", "2. NHIỆM VỤ …", "III. …"):
 * the number due next, a heading in capitals, the part after it in Roman numerals further down and this part's own
 * Roman numeral nowhere; and the part before it holds no item numbered just before it (then it would be that part's
 * next item, as "3. CẢI CÁCH …" after "2. …" in a part of upper-case items).
 */
function arabicSlipForPart(unit: Unit, expected: number, current: SectionPart, units: Unit[], from: number, to: number): { numeral: string; heading: string } | null {
  if (expected > 20 || !/^\d/.test(unit.text)) return null;
  const match = ARABIC_HEADING.exec(unit.text);
  if (!match || match[1] !== String(expected)) return null;
  const heading = cleanText(match[2]!);
  if (heading.length > 200 || !isUpperCaseText(heading.replace(/\([^)]*\)/g, ""))) return null;
  const previousItem = `${expected - 1}.`;
  if (current.units.some((u) => !u.inTable && u.text.startsWith(previousItem) && !/^\d/.test(u.text.slice(previousItem.length)))) return null;
  let nextFollows = false;
  for (let k = from; k < to; k++) {
    const later = units[k]!;
    if (later.inTable || later.footnote) continue;
    const roman = romanHeading(later.text);
    if (roman?.numeral === romanNumeral(expected)) return null;
    if (roman?.numeral === romanNumeral(expected + 1)) nextFollows = true;
  }
  return nextFollows ? { numeral: romanNumeral(expected), heading } : null;
}

/**
 * "1. MỤC ĐÍCH, YÊU CẦU": a top-level Arabic number (not "1.1"), its stop, and a heading. OCR reads a "1" as "l" or
 * "|" and may set its stop apart ("1 ."); those stand for 1 only.
 */
const ARABIC_HEADING = /^(\d{1,2}|[l|])\s*[.)](?!\d)\s*(\S.*)$/u;

/** A decision's article: "Điều 2.", "Điều 3:". */
const ARTICLE = /^Điều\s+\d{1,2}\s*[.:]/u;

/** Longest heading line with its text run on under it (see `headingOverText`). */
const MAX_HEADING_OVER_TEXT = 60;

/**
 * "1. Mục tiêu" over "100% thủ tục …" in one paragraph: the first line, when it is short, ends no sentence and the
 * next line starts one (a capital or a digit); undefined otherwise (a wrapped sentence's first line runs on in lower
 * case, or fills the line).
 */
function headingOverText(unit: Unit): string | undefined {
  const [first, second] = unit.lines;
  if (first === undefined || second === undefined) return undefined;
  const line = first.trim();
  if (line.length > MAX_HEADING_OVER_TEXT || /[.;,]$/u.test(line) || !re("u")`^[${UPPER}\d]`.test(second.trim())) return undefined;
  return line;
}

/** Longest heading taken on its shape alone, where the reader could tell no emphasis (see `findArabicSections`). */
const MAX_PLAIN_HEADING = 100;

/**
 * A plan without Roman-numeral parts (department, school and inspection plans) is cut by its top-level Arabic-numbered
 * headings, 1, 2, 3 … in order. A heading must look like one (a heading, bold, or in capitals): the numbered items of
 * a list inside a part are written in running text. "Điều 1." of a decision never matches.
 *
 * OCR and plain text tell no bold: in a document where no unit carries emphasis, a heading is a line of its own, short,
 * that does not end a sentence or a list item ("1. Mục tiêu", "3. Đối tượng, nội dung kiểm tra:"), still in order.
 */
function findArabicSections(units: Unit[], from: number, to: number, diagnostics: Diagnostic[], options: SectionOptions): SectionsFound {
  const sections: SectionPart[] = [];
  let expected = 1;
  let end = to;
  let emphasisKnown = false;
  const foot = unlabelledRecipients(units, from, to);
  for (let i = from; i < to && !emphasisKnown; i++) emphasisKnown = units[i]!.bold || units[i]!.kind === "heading";
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (sections.length && closesBody(unit, i, foot)) {
      end = i;
      break;
    }
    if (sections.length && options.decision && isArticle(unit)) {
      // One numbered heading alone is no plan's parts (as below): the articles stay in the header's units.
      return sections.length < 2 ? { sections: [], end: to } : { sections: withSubsections(sections), end: footAfter(units, i, to, foot), articlesFrom: i };
    }
    if (unit.inTable || unit.footnote) continue;
    // A short heading line with its part's text run on under it in one paragraph (plain text joins them): the heading
    // is the first line, the rest the part's text.
    const headingLine = !emphasisKnown && unit.lines.length > 1 ? headingOverText(unit) : undefined;
    const text = headingLine ?? unit.text;
    const match = /^[\dl|]/.test(text) ? ARABIC_HEADING.exec(text) : null;
    const value = match ? (/^\d/.test(match[1]!) ? Number(match[1]) : 1) : 0;
    // Parts that start after "1." (the first cut off by a scrape or a partial copy), as for Roman numerals: a first
    // heading in capitals whose next number heads a part in capitals further down.
    if (match && sections.length === 0 && value > expected && value <= 9 && arabicPartFollows(match[2]!, value, units, i + 1, to)) {
      diagnostics.push({ severity: "warning", code: "section-numbering", message: `the plan's parts start at section ${value}: the sections before it are not in the document as read`, where: unit.position });
      expected = value;
    }
    if (match && value === expected) {
      const heading = cleanText(match[2]!);
      const plainHeading = !emphasisKnown && (unit.lines.length === 1 || headingLine !== undefined) && heading.length <= MAX_PLAIN_HEADING && !/[.;,]$/.test(heading);
      const looksLikeHeading = unit.kind === "heading" || unit.bold || isUpperCaseText(heading.replace(/\([^)]*\)/g, "")) || plainHeading;
      // A stroke read for "1" is taken only where a heading 1 is due and the line looks like one.
      if (looksLikeHeading && heading.length <= 200 && (/^\d/.test(match[1]!) || plainHeading || unit.bold)) {
        sections.push({ numeral: String(value), heading: heading.replace(/:$/, ""), startUnit: i, units: [], subsections: [] });
        expected += 1;
        if (headingLine !== undefined) {
          const lines = unit.lines.slice(1);
          sections[sections.length - 1]!.units.push({ ...unit, lines, text: lines.join(" "), marker: undefined, kind: "paragraph", bold: false });
        }
        continue;
      }
    }
    sections[sections.length - 1]?.units.push(unit);
  }
  // One numbered heading alone is a list item more likely than the plan's parts.
  if (sections.length < 2) return { sections: [], end: to };
  return { sections: withSubsections(sections), end };
}

function withSubsections(sections: SectionPart[]): SectionPart[] {
  for (const section of sections) section.subsections = findSubsections(section.units, section.numeral);
  return sections;
}

function isArticle(unit: Unit): boolean {
  return !unit.inTable && !unit.footnote && ARTICLE.test(unit.text);
}

/** Where the body's foot (its recipients or signing title) starts at or after `from`; `to` when none does. */
function footAfter(units: Unit[], from: number, to: number, foot: number): number {
  for (let k = from; k < to; k++) if (closesBody(units[k]!, k, foot)) return k;
  return to;
}

/** Whether `heading` (of part `value`) is in capitals and part `value + 1` heads a later unit in capitals too. */
function arabicPartFollows(heading: string, value: number, units: Unit[], from: number, to: number): boolean {
  const upper = (text: string) => text.length <= 200 && isUpperCaseText(text.replace(/\([^)]*\)/g, ""));
  if (!upper(cleanText(heading))) return false;
  for (let k = from; k < to; k++) {
    const unit = units[k]!;
    if (unit.inTable || unit.footnote) continue;
    const later = ARABIC_HEADING.exec(unit.text);
    if (later && later[1] === String(value + 1) && upper(cleanText(later[2]!))) return true;
  }
  return false;
}

/**
 * "2 Cải cách thủ tục hành chính": a subsection number whose stop OCR lost, before a short heading that starts with a
 * capital and ends no sentence. Taken only on a page read by OCR and only for the number due next.
 */
const BARE_SUBSECTION = re("u")`^(\d{1,2})\s+([${UPPER}][^.;:]{1,99})$`;

function bareSubsection(unit: Unit, subsections: readonly SubsectionPart[], ocrPages: readonly number[]): RegExpExecArray | null {
  if (unit.position.page === undefined || !ocrPages.includes(unit.position.page)) return null;
  const match = BARE_SUBSECTION.exec(unit.text);
  if (!match) return null;
  const last = [...subsections].reverse().find((sub) => /^\d{1,2}$/.test(sub.number));
  return Number(match[1]) === (last ? Number(last.number) + 1 : 1) ? match : null;
}

function findSubsections(units: Unit[], numeral?: string, ocrPages: readonly number[] = []): SubsectionPart[] {
  const subsections: SubsectionPart[] = [];
  units.forEach((unit, index) => {
    const match = unit.footnote ? null : STOPLESS_SUBSECTION.exec(unit.text) ?? SUBSECTION.exec(unit.text) ?? bareSubsection(unit, subsections, ocrPages);
    if (match) {
      const number = numeral === undefined ? match[1]! : withLostDot(match[1]!, numeral, subsections[subsections.length - 1]?.number);
      const heading = cleanText(match[2]!);
      // A part numbered in Arabic numerals ("3. TỔ CHỨC THỰC HIỆN") numbers its own items under its number ("3.1.",
      // "3.2."): those are its first level, as "1.", "2." are under a Roman numeral.
      const topLevel = /^\d{1,2}$/.test(number) || (numeral !== undefined && /^\d{1,2}$/.test(numeral) && /^\d{1,2}\.\d{1,2}$/.test(number) && number.startsWith(`${numeral}.`));
      const headingLike = unit.kind === "heading" || unit.bold || (heading.length <= 150 && !/[.;]$/.test(heading));
      if (topLevel || headingLike) {
        const runIn = RUN_IN_HEADING.exec(heading);
        subsections.push(
          runIn ? { number, heading: runIn[1]!, leadIn: runIn[2]!, startUnit: index, units: [] } : { number, heading, startUnit: index, units: [] },
        );
        return;
      }
    }
    subsections[subsections.length - 1]?.units.push(unit);
  });
  return subsections;
}

/** Running text of units, footnotes left out. */
export function unitsText(units: Unit[], leadIn?: string): string {
  const texts = units.filter((u) => !u.footnote).map((u) => u.text);
  return cleanText((leadIn === undefined ? texts : [leadIn, ...texts]).join(" "));
}

/** A subsection's text: what its run-in heading goes on with, then its units. */
export function subsectionText(sub: SubsectionPart): string {
  return unitsText(sub.units, sub.leadIn);
}
