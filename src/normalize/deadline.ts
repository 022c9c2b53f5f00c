/**
 * The timeline cell of a task ("Thời gian thực hiện / hoàn thành", "Thời hạn") → the `deadline` object of
 * CONTRACT.md ("Deadlines"). Pure, never throws, linear-time patterns only.
 *
 * How a cell is read: every paragraph is an item, and inside a paragraph a bullet (" - ", " + ", " • ") followed by a
 * word starts a new item; a dash before a number or a Roman numeral is a range ("2022 - 2025", "Quý I - IV"). Each
 * item is folded (lower case, no diacritics, đ → d) and read by a list of recognisers, most specific first; the text
 * a recogniser reads is blanked out so that a coarser one (a bare year) cannot read it again.
 *
 * Judgement calls (beyond the contract's table):
 * 1. Nested spans in one item: the narrowest wins, the wider one is context ("Giai đoạn 2022-2025 Trong năm 2023,
 *    hoàn thành trước ngày 01/01/2024." → 2023-01-01 … 2024-01-01). Spans that do not nest are joined.
 * 2. A deadline ("trước", "chậm nhất", "hạn chót", "đến (hết)", "không quá") sets the item's end even when a span is
 *    also given; with no span the start is null. The marker holds for the days listed after its own ("trước ngày
 *    01/6 và 15/11 hằng năm": both are deadlines). Before a day it is that day as written (contract); "trước" before
 *    a month, quarter or year means before it begins (the day before), the others mean by its last day.
 * 3. Recurrence: a cadence beats "thường xuyên", and of several cadences the finest wins ("Thường xuyên, hằng năm"
 *    → yearly; "Hàng tháng, hàng quý" → monthly). "Hằng ngày/tuần" → continuous (there is no finer code).
 * 4. A month, quarter or day without a year in an item that recurs yearly ("Tháng 12 hằng năm") runs from its
 *    occurrence in the first year of the period to its occurrence in the last.
 * 5. "Theo <quy định | kế hoạch | văn bản | lộ trình …>" names the document that fixes the time: that phrase (up to
 *    the next comma) is not read, so its document dates and words are not deadlines ("Theo kế hoạch thẩm định hằng
 *    năm" → null, no recurrence). "Khi …", "Sau khi …", "đột xuất" are understood as unspecified. Document symbols
 *    ("56/KH-UBND ngày 12/4/2022", "30/2020/NĐ-CP") are never read as dates.
 * 6. "Đầu năm" is quarter I and "cuối năm" quarter IV; "trong năm" / "cả năm" without a year is year Y.
 * 7. An impossible part (31/02, tháng 13, quý V) makes its whole item unread: null/null plus a diagnostic.
 * 8. At cell level an item with no start (no end) — unspecified or unread — counts as open on that side.
 * 9. A cell of nothing but a dash, bullet or dots ("-", "…") is empty (raw null). A diagnostic is raised only for an
 *    item that shows a digit or a time word (ngày, tháng, năm, quý, tuần, giai đoạn) and that nothing could read.
 * 10. "Sau" right before a time ("Sau ngày 15/4/2026", "Sau Quý I/2026") starts the day after that time ends, and
 *    the end stays open, like "Từ ngày …": the contract has no row for it, and reading it as the day itself (as
 *    before) dated the work to a day the text excludes. A deadline or a later span in the same item gives the end.
 * 11. "Năm học 2025-2026" runs from the school year's opening (1 September) to the end of teaching (31 May).
 * 12. "Cuối Quý II/2026" / "Đầu Quý III/2026" are the quarter's last / first month, as "cuối năm" is the last quarter.
 * 13. A time set by an event named without its day ("Nhân dịp các ngày lễ lớn", "Hưởng ứng Ngày Pháp luật") is
 *    understood as unspecified, like "Khi có chỉ đạo"; the event's day, when written, is read.
 * 14. A week of a month: "tuần đầu" days 1-7, "tuần thứ hai" 8-14, "tuần thứ ba" 15-21, "tuần thứ tư" 22-28,
 *    "tuần thứ năm" 29 to the month's end, "tuần cuối" its last seven days; "02 tuần đầu" days 1-14.
 * 15. A year written after an event's name ("Dịp Tết Nguyên đán 2026", "Trước Tết Nguyên đán 2026", "Nhân dịp kỷ
 *    niệm … năm 2026") says which year's event, not when: the event's day is unspecified (13), not the whole year.
 *    A year written before the event ("Năm 2026 (dịp Tết)") is the time as usual.
 * 16. Dates OCR misread are repaired only where one reading is possible (`repairOcrDigits`, the strokes of
 *    `quarterNumber`, a quarter's numeral read as "]", "|" or "!" where the list's order fixes it:
 *    `repairQuarterGlyphs`), with an info diagnostic; a date garbled past that is unread, never read in part.
 * 17. A day without its month beside a cadence ("Hằng tháng (trước ngày 20)") is the day of each cycle: it repeats,
 *    no dates, as "Trước ngày 05 của tháng liền kề" (contract).
 * 18. An anniversary's run of dates, one day of the year five or more years apart ("(03/02/1930 - 03/02/2026)"), is
 *    the day celebrated: the founding day is no start.
 * 19. "Giữa năm" is quarters II-III, between "đầu năm" (quarter I) and "cuối năm" (quarter IV).
 * 20. A half-yearly cycle beside a coarser cadence ("Định kỳ 6 tháng, hằng năm") recurs as often as the shorter one:
 *    no code, as "6 tháng, năm".
 * 21. A length of calendar days, months or years counted from a written day ("Trong 30 ngày kể từ ngày 15/3/2026")
 *    runs from that day to the day before the length has passed; working days are not counted (holidays unknown).
 * 22. "Thượng / trung / hạ tuần tháng 7" are days 1-10, 11-20 and 21 to the month's end.
 * 23. The period a report's figures cover, in brackets beside its deadline ("Trước 20/12/2025 (số liệu tính từ
 *    15/12/2024 đến 14/12/2025)"), is the data's window, not the time of the work: not read, as in prose.
 * 24. A period named without its years ("Cả giai đoạn", "Trong suốt giai đoạn thực hiện Kế hoạch") is the plan's.
 * 25. A cadence that runs until a time ("Hằng năm đến năm 2030", "Thường xuyên đến hết năm 2026") starts with the
 *    period; "trước" keeps its deadline's open start ("Hằng năm, trước ngày 15/12").
 * 26. A start and a deadline in one item ("Từ Quý II/2026, hoàn thành trong Quý IV/2026") are one run: the deadline
 *    closes what "từ" opened.
 * 27. "Đầu / giữa / cuối tháng 3/2026" are the ten-day parts of 22; "Đầu năm học 2026-2027" is September 2026 and
 *    "cuối năm học 2025-2026" May 2026 (11). The opening of a school year named without its year ("Trước khai giảng
 *    năm học mới") is an event without its day (13).
 * 28. A two-digit year ("15/3/26", "Tháng 6/26") within ten years of Y is that year of this century; farther, unread.
 * 29. "Cuối quý", "cuối tháng" with no number are every quarter's or month's end, as "cuối mỗi quý"; "N tháng/lần",
 *    "hai lần/năm" are "định kỳ N tháng", "02 lần/năm".
 * 30. Days, months and quarters in words ("ngày mười lăm tháng sáu", "Quý hai năm 2026") are their numbers; a month
 *    in words only before its year ("tháng sau" is next month, "tháng năm" a phrase).
 * 31. "Học kỳ I năm học 2025-2026" runs from 1 September to 15 January, "Học kỳ II" from 16 January to 31 May (11);
 *    without a school year each is the one that falls mostly in year Y.
 * 32. A season named before a year ("Trước mùa mưa, bão năm 2026") has months that differ by region: an event
 *    without its day (13, 15), not the year.
 * 33. "Từ nay (đến …)" starts on the period's first day: the plan's start.
 * 34. "Định kỳ 2 năm", "2 năm/lần" recur over the period with no code ("1 năm/lần" is yearly); "Quý I các năm" is
 *    every year's, as "hằng năm".
 */
import type { Deadline, DeadlineItem, Recurrence } from "../schema/plan.js";
import type { Diagnostic, Position } from "../diagnostics.js";
import { cleanText, foldForMatch } from "./text.js";
import { LETTER, re } from "../letters.js";

export interface DeadlineContext {
  /** Y of CONTRACT.md: meta.year (first year of the plan period). */
  year: number;
  /** The plan period; "the period" is Jan 1 of from to Dec 31 of to. */
  period: { from: number; to: number };
  /** Where the cell is, for diagnostics. */
  where?: Position;
}

type Cadence = NonNullable<Recurrence>;

interface Day {
  y: number;
  m: number;
  d: number;
}

/** A calendar span; `yearless` when the text gave no year and Y was assumed. */
interface Span {
  from: Day;
  to: Day;
  yearless: boolean;
}

type Fact =
  | { kind: "span"; span: Span }
  /** `until`: "đến (hết) …", the end of a run, not a deadline's "by" ("Hằng năm đến năm 2030": judgement call 25). */
  | { kind: "deadline"; day: Day; yearless: boolean; until: boolean }
  | { kind: "cadence"; cadence: Cadence; relative: boolean }
  /** Repeats on a cycle no recurrence code names ("định kỳ 6 tháng"): over the period, like a cadence. */
  | { kind: "recurring" }
  | { kind: "openEnd" }
  /** "Từ ngày 01/7/2026", "Kể từ Quý II/2026": a start with no end, unless the cell goes on to one ("… - tháng 6"). */
  | { kind: "openStart" }
  /** "Sau ngày 15/4/2026", "Sau Quý I/2026": starts the day after the time named, with no end (judgement call 10). */
  | { kind: "after"; day: Day }
  | { kind: "understood" }
  /** "Cả giai đoạn", "Trong suốt giai đoạn" with no years: the plan's whole period (judgement call 24). */
  | { kind: "wholePeriod" }
  /** "Từ nay (đến …)": from the plan's start, the period's first day (judgement call 33). */
  | { kind: "fromNow" }
  | { kind: "invalid" };

/** What a recogniser reads from one match; `null` leaves the text for the recognisers after it. */
type Reading = Span | Exclude<Fact, { kind: "span" | "deadline" | "after" }> | null;

interface Recogniser {
  name: string;
  /** Global, on folded text (lower case ASCII letters, single spaces). */
  pattern: RegExp;
  read(groups: (string | undefined)[], year: number): Reading;
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isValidDay(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function iso(day: Day): string {
  return `${String(day.y).padStart(4, "0")}-${String(day.m).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`;
}

function addDays(day: Day, count: number): Day {
  const date = new Date(Date.UTC(day.y, day.m - 1, day.d + count));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * The last day of a length of days, months ("thang") or years ("nam") that starts on `day` and counts it: the day
 * before the same day so long after; a month with no such day ("3 tháng" from 31/8: no 31/11) ends on its last day.
 */
function lengthEnd(day: Day, count: number, unit: string): Day {
  if (unit === "ngay") return addDays(day, count - 1);
  const index = day.m - 1 + (unit === "nam" ? count * 12 : count);
  const y = day.y + Math.floor(index / 12);
  const m = (index % 12) + 1;
  return day.d > daysInMonth(y, m) ? { y, m, d: daysInMonth(y, m) } : dayBefore({ y, m, d: day.d });
}

function dayBefore(day: Day): Day {
  const date = new Date(Date.UTC(day.y, day.m - 1, day.d - 1));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The same day in another year; Feb 29 becomes Feb 28 in a common year, and a month's last day stays the last. */
function inYear(day: Day, y: number): Day {
  const wasLast = day.d === daysInMonth(day.y, day.m);
  const last = daysInMonth(y, day.m);
  return { y, m: day.m, d: wasLast ? last : Math.min(day.d, last) };
}

function monthsSpan(y: number, fromMonth: number, toMonth: number, yearless: boolean): Span | null {
  if (!isValidDay(y, fromMonth, 1) || !isValidDay(y, toMonth, 1) || fromMonth > toMonth) return null;
  return { from: { y, m: fromMonth, d: 1 }, to: { y, m: toMonth, d: daysInMonth(y, toMonth) }, yearless };
}

function daySpan(y: number, m: number, d: number, yearless: boolean): Span | null {
  if (!isValidDay(y, m, d)) return null;
  const day = { y, m, d };
  return { from: day, to: day, yearless };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading numbers

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_OF: Record<number, string> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

/**
 * "11" and "111" after "Quý" are "II" and "III" as OCR reads the strokes of a Roman numeral (there is no quarter 11):
 * read as such, with a diagnostic (`ocrQuarterNumerals`).
 */
const STROKES_FOR_ROMAN = /^1{2,3}$/;
/** "H" and "IH"/"HI" after "Quý": "II" and "III" with two strokes run together by OCR (the letter H has no quarter). */
const RUN_STROKES: Readonly<Record<string, number>> = { h: 2, ih: 3, hi: 3 };
/**
 * "lll", "lV" after "Quý": Roman strokes I read by OCR as the letter l, where their number is certain (three marks
 * are III, one before V is IV). OCR also reads two strokes as one l ("Quýl, III" for "Quý II, III"), so "l", "ll",
 * "Il" could each be more than one quarter: no number (the item is unread).
 */
const L_FOR_STROKE = /^(?=[il]*l)(?:[il]{3}|[il]v)$/;
/** "TV" after "Quý" or in its list ("Quý I-TV"): IV with its stroke read as a T (no other quarter ends in V). */
const T_FOR_STROKE = "tv";
/**
 * "17" after "Quý": no quarter; OCR reads a serif "I" so ("Quý I/2026" → "Quý 17/2026"). Taken as I, a guess (the 7
 * could be a second stroke), which the diagnostic says.
 */
const SERIF_STROKE = "17";
/**
 * "1I", "I1", "11I" after "Quý": Roman strokes some of which a PDF's font or OCR gave as the digit 1 ("Quý1I/2025" for
 * "Quý II/2025"). Each mark is one stroke (as in "11"), so their count is the number.
 */
const MIXED_STROKES = /^(?=[1i]{0,2}1)(?=[1i]{0,2}i)[1i]{2,3}$/;

function quarterNumber(token: string): number | null {
  if (STROKES_FOR_ROMAN.test(token)) return token.length;
  if (RUN_STROKES[token] !== undefined) return RUN_STROKES[token];
  if (L_FOR_STROKE.test(token)) return token.endsWith("v") ? 4 : 3;
  if (token === T_FOR_STROKE) return 4;
  if (token === SERIF_STROKE) return 1;
  if (MIXED_STROKES.test(token)) return token.length;
  const n = /^\d+$/.test(token) ? Number(token) : (ROMAN[token] ?? null);
  return n !== null && n >= 1 && n <= 4 ? n : null;
}

/** Year of a match: written (group `written`), "năm sau / liền kề" (Y + 1), "năm trước (liền kề)" (Y - 1), or Y. */
function yearFrom(written: string | undefined, nextYearWord: string | undefined, year: number) {
  if (written !== undefined) return { y: Number(written), yearless: false };
  if (nextYearWord !== undefined) return { y: nextYearWord.startsWith("truoc") ? year - 1 : year + 1, yearless: false };
  return { y: year, yearless: true };
}

const INVALID: Reading = { kind: "invalid" };

/**
 * A date, month or year with letters OCR reads for digits: "2O26", "31/l2/2026", "Tháng 1O/2026" (O for 0; l, I for
 * 1), and a year a stray space cut after the slash ("30/6/202 6"). Folded text, so "O" and "I" are "o" and "i".
 */
const DATE_TOKEN = /(?<![a-z0-9])[0-9oil]{1,4}(?:\s*[/.\-–]\s*[0-9oil]{1,4}){0,2}(?![a-z0-9])/g;
const DATE_TOKEN_SEPARATOR = /(\s*[/.\-–]\s*)/;
const CUT_YEAR = /(?<=\d\s*\/\s*)(\d{1,3}) (\d{1,3})(?!\d)/g;
/**
 * A day of 10, 20 or 30 cut by a space before its 0 ("3 0/6/2026"): "0/6/2026" is no day, so the digits are one. A day
 * whose second digit reads alone ("1 5/6/2026") could be a number and a date, and is left.
 */
const CUT_DAY = /(?<![\d/.,])([123]) 0(?=\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{4}(?!\d))/g;

/** A day or month, a slash, then a group mixing digits and letters left after repair: a date OCR garbled ("6/2S26"). */
const GARBLED_DATE = /(?<![a-z0-9])\d{1,2}\s*\/\s*(?=[0-9a-z]*\d)(?=[0-9]*[a-z])[0-9a-z]{2,4}(?![a-z0-9])/g;

function isYear(group: string): boolean {
  return /^(?:19|20)\d\d$/.test(group);
}

/**
 * Whether digit groups read as a time once repaired: a year; a day and month ("30/6"); a month and year ("6/2026"); two
 * years ("2025-2026"); a day, month and year. Anything else was no date, and its letters stay letters.
 */
function readsAsDate(groups: string[], separators: string[]): boolean {
  const slashOrDot = separators.every((s) => /[/.]/.test(s));
  const small = (g: string, high: number) => g.length <= 2 && Number(g) >= 1 && Number(g) <= high;
  if (groups.length === 1) return isYear(groups[0]!);
  if (groups.length === 2) {
    const [a, b] = groups as [string, string];
    if (isYear(a) && isYear(b)) return !slashOrDot;
    return slashOrDot && small(a, a.length <= 2 && isYear(b) ? 12 : 31) && (isYear(b) || small(b, 12));
  }
  return slashOrDot && small(groups[0]!, 31) && small(groups[1]!, 12) && isYear(groups[2]!);
}

/**
 * The misreadings OCR makes in dates, repaired where only one reading is possible: in a group that holds a digit of
 * its own, O is 0 and l or I is 1, when every group then reads as a day, month or year ("2O26", "31/l2/2026", "3O/6");
 * a year cut by a space after a date's slash is joined ("30/6/202 6"), and a day cut before its 0 ("3 0/6/2026").
 * Returns the text and each repair (written, read).
 */
function repairOcrDigits(folded: string): { text: string; repairs: [string, string][] } {
  const repairs: [string, string][] = [];
  let text = folded.replace(CUT_DAY, (whole, tens: string) => {
    repairs.push([whole, `${tens}0`]);
    return `${tens}0`;
  });
  text = text.replace(CUT_YEAR, (whole, left: string, right: string) => {
    const joined = left + right;
    if (!isYear(joined)) return whole;
    repairs.push([whole, joined]);
    return joined;
  });
  if (!/[oil]/.test(text)) return { text, repairs };
  text = text.replace(DATE_TOKEN, (token) => {
    if (!/[oil]/.test(token) || !/\d/.test(token)) return token;
    const parts = token.split(DATE_TOKEN_SEPARATOR);
    const groups = parts.filter((_, i) => i % 2 === 0);
    const separators = parts.filter((_, i) => i % 2 === 1);
    const fixed = groups.map((g) => (/[oil]/.test(g) && /\d/.test(g) ? g.replace(/o/g, "0").replace(/[il]/g, "1") : g));
    if (!fixed.every((g) => /^\d+$/.test(g)) || !readsAsDate(fixed, separators)) return token;
    const read = parts.map((part, i) => (i % 2 === 0 ? fixed[i / 2]! : part)).join("");
    repairs.push([token, read]);
    return read;
  });
  return { text, repairs };
}

/**
 * A quarter numeral OCR read as a closing bracket, a bar or an exclamation mark ("Quý], II/2026" for "Quý I, II/2026", "Quý
 * I, |, III/2026"). Such a glyph, like an "l", may stand for one stroke or several, so alone it could be I, II or III
 * (never fewer strokes than the marks written: "I|" is II or III). The list's order fixes it where one number only
 * fits between its neighbours (each quarter of a list comes after the one before): "], II" is I, "I, |, III" is II.
 * Otherwise the item is unread, never read in part ("Quý I|/2026" is not quarter I).
 */
const STROKE_GLYPH = /[\]|!]/;
const QUARTER_GLYPH_LIST =
  /\bqu[yi]\s*((?:[ivxl\d\]|!]){1,4}(?:\s*(?:,|;|-|–|\+|den|va)\s*(?:qu[yi]\s*)?(?:[ivxl\d\]|!]){1,4})*)(?![a-z0-9\]|!])/g;
const QUARTER_GLYPH_SEPARATOR = /(\s*(?:,|;|-|–|\+|den|va)\s*(?:qu[yi]\s*)?)/;
const ROMAN_LOWER = ["", "i", "ii", "iii", "iv"] as const;

/** The numbers a token of a quarter list can be: one when it is certain, several when only its marks are known. */
function quarterCandidates(token: string): number[] {
  if (!STROKE_GLYPH.test(token)) {
    const known = quarterNumber(token);
    if (known !== null) return [known];
  }
  if (/^[il\]|!]{1,3}$/.test(token)) return [1, 2, 3].filter((n) => n >= token.length);
  if (/^[il\]|!]v$/.test(token)) return [4];
  return [];
}

/** Quarter lists with a glyph for a numeral: each repaired where the order fixes it (written, read), or unread. */
function repairQuarterGlyphs(folded: string): { text: string; repairs: [string, string][]; unread: string[] } {
  const repairs: [string, string][] = [];
  const unread: string[] = [];
  if (!STROKE_GLYPH.test(folded)) return { text: folded, repairs, unread };
  const text = folded.replace(QUARTER_GLYPH_LIST, (whole, list: string) => {
    if (!STROKE_GLYPH.test(list)) return whole;
    const parts = list.split(QUARTER_GLYPH_SEPARATOR);
    const tokens = parts.filter((_, i) => i % 2 === 0);
    const candidates = tokens.map(quarterCandidates);
    // The largest certain number before each token and the smallest after it, in one pass each way.
    const lows: number[] = [];
    let low = 0;
    for (const options of candidates) {
      lows.push(low);
      if (options.length === 1 && options[0]! > low) low = options[0]!;
    }
    const highs: number[] = new Array<number>(candidates.length);
    let high = 5;
    for (let k = candidates.length - 1; k >= 0; k--) {
      highs[k] = high;
      const options = candidates[k]!;
      if (options.length === 1 && options[0]! < high) high = options[0]!;
    }
    const fixed = candidates.map((options, k) => {
      const fitting = options.filter((n) => n > lows[k]! && n < highs[k]!);
      return fitting.length === 1 ? fitting[0]! : null;
    });
    if (fixed.some((n) => n === null)) {
      unread.push(whole);
      return whole;
    }
    const read = whole.slice(0, whole.length - list.length) + parts.map((part, i) => (i % 2 === 0 ? ROMAN_LOWER[fixed[i / 2]!] : part)).join("");
    repairs.push([whole, read]);
    return read;
  });
  return { text, repairs, unread };
}

/**
 * Days, months and quarters written in words ("ngày mười lăm tháng sáu năm 2026", "Quý hai năm 2026"), folded: the
 * words of a number up to 31, each its own token, so the expressions stay linear. "năm" before a year is the word
 * "year", not five ("tháng mười một năm 2026").
 */
const NUMBER_WORD = "(?:mot|hai|ba|bon|tu|nam(?!\\s*\\d)|lam|sau|bay|tam|chin|muoi)";
const NUMBER_WORDS = `${NUMBER_WORD}(?: ${NUMBER_WORD}){0,2}`;
/** A day and its month ("ngày mười lăm tháng sáu", "ngày mồng 5 tháng 6"): the day in words or after "mồng". */
const DAY_IN_WORDS = new RegExp(`\\bngay\\s*(?:(?:mung|mong)\\s*)?(${NUMBER_WORDS}|\\d{1,2}(?!\\d))\\s*thang\\s*(${NUMBER_WORDS}|\\d{1,2}(?!\\d))(?![a-z])`, "g");
/** A month in words with its year after it ("tháng sáu năm 2026"): alone, "tháng sau" is "next month", "tháng năm" a phrase. */
const MONTH_IN_WORDS = new RegExp(`\\bthang\\s*(${NUMBER_WORDS})(?=\\s*,?\\s*nam\\s*\\d{4}(?!\\d)|\\s*\\/\\s*\\d{4}(?!\\d))`, "g");
const QUARTER_IN_WORDS = /\bqu([yi])\s*(mot|hai|ba|bon)\b(?!\s*muoi)/g;
const UNIT_WORDS: Readonly<Record<string, number>> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
/** After "mười" / "mươi": "mốt" (folded "mot") is 1 and "lăm" 5. */
const ONES_AFTER_TENS: Readonly<Record<string, number>> = { ...UNIT_WORDS, lam: 5 };

/** The number the words say ("mười lăm" 15, "hai mươi mốt" 21, "sáu" 6), or null when they are no number. */
function numberOfWords(words: string): number | null {
  const tokens = words.split(" ");
  const tens = tokens.indexOf("muoi");
  if (tens < 0) return tokens.length === 1 ? (UNIT_WORDS[tokens[0]!] ?? null) : null;
  if (tens > 1 || tokens.length - tens > 2) return null;
  const high = tens === 0 ? 1 : (UNIT_WORDS[tokens[0]!] ?? 0);
  if (high < 1 || (tens === 1 && high < 2)) return null;
  const ones = tokens[tens + 1];
  const low = ones === undefined ? 0 : (ONES_AFTER_TENS[ones] ?? null);
  return low === null ? null : high * 10 + low;
}

function numberOrWords(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : numberOfWords(text);
}

/** The folded text with days, months and quarters written in words given as digits (judgement call 30). */
function digitsForWords(folded: string): string {
  if (!/\b(?:ngay|thang|qu[yi])\s*(?:mung|mong|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)\b/.test(folded)) return folded;
  return folded
    .replace(DAY_IN_WORDS, (whole, dayWords: string, monthWords: string) => {
      const d = numberOrWords(dayWords);
      const m = numberOrWords(monthWords);
      return d !== null && m !== null && d >= 1 && d <= 31 && m >= 1 && m <= 12 ? `ngay ${d} thang ${m}` : whole;
    })
    .replace(MONTH_IN_WORDS, (whole, monthWords: string) => {
      const m = numberOfWords(monthWords);
      return m !== null && m >= 1 && m <= 12 ? `thang ${m}` : whole;
    })
    .replace(QUARTER_IN_WORDS, (_whole, vowel: string, word: string) => `qu${vowel} ${UNIT_WORDS[word]}`);
}

// Not Math.min(...list): a list can be as long as the cell, and spreading it could overflow the stack.
function smallest(numbers: number[]): number {
  return numbers.reduce((a, b) => (b < a ? b : a), Number.POSITIVE_INFINITY);
}

function largest(numbers: number[]): number {
  return numbers.reduce((a, b) => (b > a ? b : a), Number.NEGATIVE_INFINITY);
}

/** Numbers of a list written after the first one: ", III", " - IV", " và quý II", " đến tháng 12". */
function listTokens(rest: string | undefined, token: RegExp): string[] {
  return rest === undefined ? [] : [...rest.matchAll(token)].map((m) => m[0]);
}

// ---------------------------------------------------------------------------------------------------------------
// Patterns (folded text). Every repetition is separated by a mandatory non-space character, and white space has
// been folded to single spaces, so no pattern can backtrack more than linearly.

const YEAR4 = "(\\d{4})(?!\\d)";
/** "năm liền kề / sau" is Y + 1; "năm trước (liền kề)" is Y - 1 (yearFrom). One group. */
const NEXT_YEAR = "(truoc lien ke|truoc|lien ke|ke tiep|tiep theo|sau|toi)\\b";
/** After a month or quarter: "/2023", "-2025", " năm 2023", ", năm 2023", "năm2023", " năm sau". Two groups. */
const YEAR_TAIL = `(?:(?:\\s*[/.\\-–]\\s*|\\s*,?\\s*nam\\s*)${YEAR4}|\\s*,?\\s*(?:cua\\s*)?nam\\s*${NEXT_YEAR})?`;
const LIST_SEPARATOR = "\\s*(?:,|;|-|–|\\+|den|va)\\s*";
const QUARTER = "(?:[ivx]{1,4}|[il]{1,3}|[il]v|tv|111|ih|hi|h|(?=[1i]{0,2}1)(?=[1i]{0,2}i)[1i]{2,3}|\\d{1,2})(?![a-z0-9])";
const MONTH = "\\d{1,2}(?!\\d)";

/**
 * "từ" before a time, with no "đến" or range dash after it in its phrase. The time may already be read and blanked
 * ("Từ 01/7/2025": the day recognisers run first), hence "#". A phrase is looked at for 120 characters: a range
 * runs well within that, and a cell of many "từ" with no comma is read in linear time.
 */
const OPEN_START = /\b(?:ke\s*)?tu\b(?=\s*(?:ngay|thang|qu[yi]|nam|\d|#))(?![^,;]{0,120}(?:\b(?:den|toi)\b|[-–]\s*(?:\d|ngay|thang|qu[yi]|nam)))/g;
/** The same "từ" whose range goes on in the cell's next item ("Từ tháng 3 - tháng 6/2026" is read as two items). */
const RANGE_FROM = /\b(?:ke\s*)?tu\b[^,;]{0,120}(?:\b(?:den|toi)\b|[-–]\s*(?:\d|ngay|thang|qu[yi]|nam))/;

const RECOGNISERS: Recogniser[] = [
  {
    // Judgement call 18: an anniversary writes the founding day and the day it is celebrated, the same day of the year
    // years apart ("Kỷ niệm 96 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2026)"): the event is the later day, the
    // founding day is no start. A span of work does not start and end on one day of the year five or more years apart.
    name: "anniversary: (03/02/1930 - 03/02/2026) is 3 February 2026",
    pattern: /(?<![\d/.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*[-–]\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\6\s*(\d{4})(?!\d)/g,
    read: ([d1, , m1, y1, d2, , m2, y2]) => {
      const sameDayOfYear = Number(d1) === Number(d2) && Number(m1) === Number(m2);
      if (!sameDayOfYear || Number(y2) - Number(y1) < ANNIVERSARY_MIN_YEARS) return null;
      return daySpan(Number(y2), Number(m2), Number(d2), false) ?? INVALID;
    },
  },
  {
    // Inspection and event schedules give a visit's first day and its length.
    name: "day and a length in days: 23/3/2026 - 02 ngày, 23/3/2026 (02 ngày)",
    pattern: /(?<![\d/.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)\s*[-–(,]?\s*(?:trong\s*)?(\d{1,2})\s*ngay\b\s*\)?/g,
    read: ([d, , m, y, length]) => {
      const first = daySpan(Number(y), Number(m), Number(d), false);
      const days = Number(length);
      if (first === null || days < 1) return INVALID;
      return { ...first, to: addDays(first.from, days - 1) };
    },
  },
  {
    name: "days of one month: 23-24/3/2026, ngày 23 và 24/3/2026, từ ngày 23 đến ngày 24/3/2026, 23-24/3",
    pattern:
      /(?<![\d/.])(?<!(?:thang|qu[yi]|nam|tuan|dot|lan)\s?)(ngay\s*)?(\d{1,2})\s*(-|–|,|va|den(?:\s*het)?)\s*(?:ngay\s*)?(\d{1,2})\s*([/.])\s*(\d{1,2})(?:\s*\5\s*(\d{4}))?(?![\d/])/g,
    read: ([dayWord, d1, separator, d2, , m, written], year) => {
      // "Tháng 3 và 15/11" lists a month and a day: "và" and "," join days only after the word "ngày".
      if (dayWord === undefined && (separator === "," || separator === "va")) return null;
      const { y, yearless } = yearFrom(written, undefined, year);
      const from = daySpan(y, Number(m), Number(d1), yearless);
      const to = daySpan(y, Number(m), Number(d2), yearless);
      if (from === null || to === null || Number(d1) > Number(d2)) return INVALID;
      return { from: from.from, to: to.to, yearless };
    },
  },
  {
    // Judgement call 21: a length of calendar days, months or years counted from a written day counts that day and
    // ends the day before the same day so long after; working days ("ngày làm việc") depend on holidays the text does not give, so they are
    // left to the readings below (the day starts the work, the end stays open).
    name: "a length from a day: trong 30 ngày kể từ ngày 15/3/2026, trong 6 tháng kể từ 01/7/2025",
    pattern: /\btrong\s*(?:vong\s*|thoi han\s*|thoi gian\s*)?(\d{1,3})\s*(ngay|thang|nam)\s*(?:ke tu|tinh tu)\s*(?:ngay\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\4\s*(\d{4})(?!\d)/g,
    read: ([count, unit, d, , m, y]) => {
      const first = daySpan(Number(y), Number(m), Number(d), false);
      const n = Number(count);
      if (first === null || n < 1) return INVALID;
      return { ...first, to: lengthEnd(first.from, n, unit ?? "ngay") };
    },
  },
  {
    // Judgement call 22: the three ten-day parts of a month ("tuần" of ten days): days 1-10, 11-20, 21 to the end.
    // "Đầu / giữa / cuối tháng 3" are the same parts (judgement call 27), as "đầu / cuối Quý II" are its first and
    // last months.
    name: "ten days of a month: thượng tuần tháng 7/2026, trung tuần, hạ tuần, đầu / giữa / cuối tháng 3/2026",
    pattern: new RegExp(`\\b(?:(thuong|trung|ha)\\s*tuan|(?<!tuan\\s?)(dau|giua|cuoi))\\s*(?:cua\\s*)?thang\\s*(${MONTH})${YEAR_TAIL}`, "g"),
    read: ([tenDays, placeWord, month, written, next], year) => {
      const { y, yearless } = yearFrom(written, next, year);
      const m = Number(month);
      if (!isValidDay(y, m, 1)) return INVALID;
      const part = tenDays ?? { dau: "thuong", giua: "trung", cuoi: "ha" }[placeWord ?? ""];
      const [from, to] = part === "thuong" ? [1, 10] : part === "trung" ? [11, 20] : [21, daysInMonth(y, m)];
      return { from: { y, m, d: from }, to: { y, m, d: to }, yearless };
    },
  },
  {
    name: "day in words: ngày 15 tháng 11 năm 2021, ngày 20 tháng 6/2026",
    pattern: /\bngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:,?\s*nam|[/.\-–])\s*(\d{4})(?!\d)/g,
    read: ([d, m, y]) => daySpan(Number(y), Number(m), Number(d), false) ?? INVALID,
  },
  {
    name: "day: 15/11/2021, 1.4.2023, 15-11-2021",
    pattern: /(?<![\d/.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/g,
    read: ([d, , m, y]) => daySpan(Number(y), Number(m), Number(d), false) ?? INVALID,
  },
  {
    // Judgement call 28: a year of two digits near the plan's year is that year of this century.
    name: "day with a two-digit year: 15/3/26, trước 30/6/26",
    pattern: /(?<![\d/.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2})(?![\d/.])/g,
    read: ([d, , m, yy], year) => {
      const y = twoDigitYear(yy, year);
      return y === null ? null : (daySpan(y, Number(m), Number(d), false) ?? INVALID);
    },
  },
  {
    name: "month with a two-digit year: Tháng 6/26",
    pattern: /\bthang\s*(\d{1,2})\s*[/.]\s*(\d{2})(?![\d/.])/g,
    read: ([m, yy], year) => {
      const y = twoDigitYear(yy, year);
      return y === null ? null : (monthsSpan(y, Number(m), Number(m), false) ?? INVALID);
    },
  },
  {
    name: "a day of every month: trước ngày 05 của tháng liền kề, ngày 20 hằng tháng",
    pattern:
      /\bngay\s*(\d{1,2})\s*(?:cua\s*)?(?:(?:cac\s*)?thang\s*(?:lien ke|ke tiep|tiep theo|sau|truoc)|(?:hang|moi)\s*thang)\b/g,
    read: ([d]) => (inRange(d, 1, 31) ? { kind: "cadence", cadence: "monthly", relative: true } : INVALID),
  },
  {
    // Judgement call 14: weeks of a month are its days 1-7, 8-14, 15-21, 22-28 and 29 to the end; the last week is
    // its last seven days.
    name: "weeks of a month: tuần đầu tháng 3/2026, tuần thứ 2 của tháng 3, 02 tuần cuối tháng 12",
    pattern: new RegExp(
      `\\b(?:(\\d{1,2})\\s*)?tuan\\s*(?:(dau|cuoi)(?:\\s*(?:tien|cung))?|thu\\s*(nhat|hai|ba|tu|nam|\\d)|(\\d))\\s*(?:cua\\s*)?thang\\s*(${MONTH})${YEAR_TAIL}`,
      "g",
    ),
    read: ([count, side, ordinalWord, ordinalDigit, month, written, next], year) => {
      const { y, yearless } = yearFrom(written, next, year);
      const m = Number(month);
      if (!isValidDay(y, m, 1)) return INVALID;
      const last = daysInMonth(y, m);
      const weeks = count === undefined ? 1 : Number(count);
      if (side !== undefined) {
        if (weeks < 1 || weeks > 4) return INVALID;
        const from = side === "dau" ? 1 : last - 7 * weeks + 1;
        const to = side === "dau" ? 7 * weeks : last;
        return { from: { y, m, d: from }, to: { y, m, d: to }, yearless };
      }
      if (count !== undefined) return INVALID;
      const ordinal = ordinalDigit ?? ORDINAL_WEEK[ordinalWord ?? ""] ?? ordinalWord;
      const n = Number(ordinal);
      if (!(n >= 1 && n <= 5) || 7 * (n - 1) + 1 > last) return INVALID;
      return { from: { y, m, d: 7 * (n - 1) + 1 }, to: { y, m, d: n === 5 ? last : 7 * n }, yearless };
    },
  },
  {
    name: "a week of every month: tuần đầu hằng tháng, tuần cuối của tháng liền kề",
    pattern: /\btuan\s*(?:dau|cuoi|thu\s*(?:nhat|hai|ba|tu|\d))(?:\s*(?:tien|cung))?\s*(?:cua\s*)?(?:(?:hang|moi)\s*thang|(?:cac\s*)?thang\s*(?:lien ke|ke tiep|tiep theo|sau))\b/g,
    read: () => ({ kind: "cadence", cadence: "monthly", relative: true }),
  },
  {
    // A month named by its place in a given quarter; "tháng cuối quý" with no quarter repeats (below).
    name: "a month of one quarter: tháng cuối quý I/2026, tháng đầu của quý III năm 2026, cuối Quý II/2026",
    pattern: new RegExp(`\\b(?:thang\\s*)?(dau|giua|cuoi)\\s*(?:cua\\s*)?qu[yi]\\s*(${QUARTER})${YEAR_TAIL}`, "g"),
    read: ([place, quarter, written, next], year) => {
      const q = quarterNumber(quarter ?? "");
      if (q === null) return INVALID;
      const { y, yearless } = yearFrom(written, next, year);
      const m = (q - 1) * 3 + (place === "dau" ? 1 : place === "giua" ? 2 : 3);
      return monthsSpan(y, m, m, yearless) ?? INVALID;
    },
  },
  {
    name: "a day of every quarter: ngày 15 của tháng đầu quý liền kề, ngày 20 tháng cuối quý",
    pattern:
      /\bngay\s*(\d{1,2})\s*(?:cua\s*)?(?:(?:thang\s*(?:dau|cuoi)\s*(?:cua\s*)?)?(?:cac\s*)?quy\s*(?:lien ke|ke tiep|tiep theo|sau|truoc)|(?:hang|moi)\s*quy|thang\s*cuoi\s*(?:cua\s*)?quy)\b/g,
    read: ([d]) => (inRange(d, 1, 31) ? { kind: "cadence", cadence: "quarterly", relative: true } : INVALID),
  },
  {
    // The reports' period ("kỳ báo cáo": a quarter, six months or a year) has no one recurrence code: a day that
    // repeats, with no dates, like "ngày 05 của tháng liền kề", and no code.
    name: "a day of every reporting period: chậm nhất vào ngày 08 của tháng cuối kỳ báo cáo",
    pattern: /\bngay\s*(\d{1,2})\s*(?:cua\s*)?thang\s*cuoi\s*(?:cua\s*)?(?:moi\s*|cac\s*)?ky\b/g,
    read: ([d]) => (inRange(d, 1, 31) ? { kind: "understood" } : INVALID),
  },
  {
    name: "a month of every quarter: tháng cuối quý, trước 20 của tháng cuối quý, tháng đầu quý sau",
    pattern: /\b(?:(?:truoc|cham nhat)\s*(?:la\s*)?(?:vao\s*)?(\d{1,2})\s*(?:cua\s*)?)?thang\s*(?:dau|cuoi|giua|thu\s*\d)\s*(?:cua\s*)?(?:(?:moi|hang|cac)\s*)?quy\b(?!\s*(?:[ivx]{1,4}|\d{1,2})(?![a-z0-9]))/g,
    read: ([d]) => (d === undefined || inRange(d, 1, 31) ? { kind: "cadence", cadence: "quarterly", relative: true } : INVALID),
  },
  {
    name: "cadence: hàng/hằng/mỗi/định kỳ tháng, quý, năm",
    pattern: /\b(?:hang|moi|dinh ky)\s*(ngay|tuan|thang|quy|nam)\b/g,
    read: ([unit]) => ({ kind: "cadence", cadence: CADENCE_OF_UNIT[unit ?? ""] ?? "continuous", relative: false }),
  },
  {
    name: "every n months: định kỳ 6 tháng, 6 tháng một lần, 6 tháng/lần, hằng 6 tháng (3 → quarterly, 12 → yearly)",
    pattern: /\b(?:(?:dinh ky|hang|moi)\s*(\d{1,2})\s*thang(?:\s*(?:mot|1)\s*lan)?|(\d{1,2})\s*thang\s*(?:\/\s*)?(?:(?:mot|1)\s*)?lan)\b/g,
    read: ([every, every2]) => {
      const months = Number(every ?? every2);
      if (months < 1 || months > 12) return INVALID;
      const cadence = MONTHS_CADENCE[months];
      return cadence ? { kind: "cadence", cadence, relative: false } : { kind: "recurring" };
    },
  },
  {
    // Judgement call 34: a cycle of years; one year is yearly, more have no code, as "định kỳ 6 tháng".
    name: "every n years: định kỳ 2 năm, 2 năm/lần, 02 năm một lần",
    pattern: /\b(?:(?:dinh ky|hang|moi)\s*(\d{1,2})\s*nam(?:\s*(?:mot|1)\s*lan)?|(\d{1,2})\s*nam\s*(?:\/\s*)?(?:(?:mot|1)\s*)?lan)\b(?!\s*thu\b)/g,
    read: ([every, every2]) => {
      const years = Number(every ?? every2);
      if (years < 1) return INVALID;
      return years === 1 ? { kind: "cadence", cadence: "yearly", relative: false } : { kind: "recurring" };
    },
  },
  {
    // Judgement call 34: "Quý I các năm", "Tháng 12 các năm" is every year of the period, as "hằng năm".
    name: "every year: các năm (no year or 'tiếp theo' after it)",
    pattern: /\bcac\s*nam\b(?!\s*(?:\d|tiep theo|ke tiep|sau|toi|hoc|truoc|qua|gan day))/g,
    read: () => ({ kind: "cadence", cadence: "yearly", relative: false }),
  },
  {
    // A report schedule listing its periods ("Báo cáo 6 tháng, năm", "Quý, 6 tháng, năm"): the reports recur over the
    // period, as often as the shortest period listed (a quarter: quarterly; a half-year has no code of its own).
    name: "listed report periods: 6 tháng, năm · 06 tháng và năm · quý, 6 tháng, năm",
    pattern: /\b(?:(quy)\s*,\s*)?0?6\s*thang\s*(?:,|va)\s*(?:ca\s*)?nam\b(?!\s*\d)/g,
    read: ([quarter]) => (quarter === undefined ? { kind: "recurring" } : { kind: "cadence", cadence: "quarterly", relative: false }),
  },
  {
    name: "times per unit: 01 lần/năm (yearly), 1 lần/quý, 02 đợt/năm, hai lần/năm (every 6 months), 4 lần/năm (quarterly)",
    pattern: /\b(\d{1,2}|mot|hai|ba|bon)\s*(?:lan|dot|ky)\s*(?:\/|tren|trong|moi|mot)\s*(?:(?:mot|1|moi)\s*)?(nam|quy|thang|tuan)\b/g,
    read: ([times, unit]) => {
      const count = Number(COUNT_WORD[times ?? ""] ?? times);
      if (count < 1) return INVALID;
      if (unit === "tuan") return { kind: "cadence", cadence: "continuous", relative: false };
      const months = UNIT_MONTHS[unit ?? ""]! / count;
      const cadence = Number.isInteger(months) ? MONTHS_CADENCE[months] : undefined;
      return cadence ? { kind: "cadence", cadence, relative: false } : { kind: "recurring" };
    },
  },
  {
    name: "continuous: thường xuyên, liên tục",
    pattern: /\b(?:thuong xuyen|lien tuc)\b/g,
    read: () => ({ kind: "cadence", cadence: "continuous", relative: false }),
  },
  {
    // Judgement call 33: "từ nay" is from the plan's start; its end is what follows ("Từ nay đến hết năm 2026").
    name: "from now: từ nay, từ bây giờ",
    pattern: /\b(?:ke\s*)?tu\s*(?:nay|bay gio|thoi diem nay)\b/g,
    read: () => ({ kind: "fromNow" }),
  },
  {
    // Judgement call: "từ" with no "đến" or range dash after it in its phrase names a start with no end ("Từ ngày
    // 01/7/2026", "Kể từ Quý II/2026"): the time it names gives the start, the end stays open.
    name: "open start: từ ngày 01/7/2026, kể từ Quý II/2026 (no 'đến' after it)",
    pattern: OPEN_START,
    read: () => ({ kind: "openStart" }),
  },
  {
    name: "open end: và những năm tiếp theo, từ … trở đi",
    pattern: /\b(?:va\s*)?(?:nhung|cac)\s*nam\s*(?:tiep theo|ke tiep|sau|toi)\b|\btro di\b/g,
    read: () => ({ kind: "openEnd" }),
  },
  {
    // A further day of a list may drop "ngày": "trước ngày 15 tháng 6 và 15 tháng 12".
    name: "day without year: ngày 31/01, 15/12, ngày 31 tháng 01 năm liền kề, … và 15 tháng 12",
    pattern: new RegExp(
      `(?:\\bngay\\s*(\\d{1,2})\\s*(?:[/.]|thang)\\s*(\\d{1,2})|(?<![\\d/.])(\\d{1,2})\\s*/\\s*(\\d{1,2})|(?<=(?:\\bva|,)\\s?)(\\d{1,2})\\s*thang\\s*(\\d{1,2}))(?![\\d/])` +
        `(?:\\s*,?\\s*(?:cua\\s*)?nam\\s*${NEXT_YEAR})?`,
      "g",
    ),
    read: ([d1, m1, d2, m2, d3, m3, next], year) => {
      const { y, yearless } = yearFrom(undefined, next, year);
      return daySpan(y, Number(m1 ?? m2 ?? m3), Number(d1 ?? d2 ?? d3), yearless) ?? INVALID;
    },
  },
  {
    name: "part of a year: 6 tháng đầu năm 2023, 6 tháng cuối năm, nửa đầu năm 2026, nửa năm cuối",
    pattern: /\b(?:(\d{1,2})\s*thang\s*(dau|cuoi)\s*(?:cua\s*)?nam|nua\s*(dau|cuoi)\s*(?:cua\s*)?nam|nua\s*nam\s*(dau|cuoi))\s*(?:(\d{4})(?!\d))?/g,
    read: ([n, monthsSide, halfSide, halfSide2, written], year) => {
      const count = n === undefined ? 6 : Number(n);
      const side = monthsSide ?? halfSide ?? halfSide2;
      if (count < 1 || count > 12) return INVALID;
      const { y, yearless } = yearFrom(written, undefined, year);
      const span = side === "dau" ? monthsSpan(y, 1, count, yearless) : monthsSpan(y, 13 - count, 12, yearless);
      return span ?? INVALID;
    },
  },
  {
    // Judgement call 19 for "giữa năm".
    name: "start, middle or end of a year: đầu năm (quarter I), giữa năm (quarters II-III), cuối năm 2024 (quarter IV)",
    pattern: /\b(dau|giua|cuoi)\s*nam\b(?!\s*hoc\b)\s*(?:(\d{4})(?!\d))?/g,
    read: ([side, written], year) => {
      const { y, yearless } = yearFrom(written, undefined, year);
      const [from, to] = side === "dau" ? [1, 3] : side === "giua" ? [4, 9] : [10, 12];
      return monthsSpan(y, from, to, yearless) ?? INVALID;
    },
  },
  {
    name: "quarters: Quý I/2023, Quí IV-2025, Quý 1 năm 2023, Quý II, III/2024, Quý I-IV năm 2024, Quý II",
    // A speck OCR read as a comma or stop before a Roman numeral ("Quý, II năm 2024") is no separator.
    pattern: new RegExp(`\\bqu[yi]\\s*(?:[,.]\\s*(?=(?:[ivx]{1,4}|ih|hi|h)(?![a-z0-9])))?(${QUARTER})((?:${LIST_SEPARATOR}(?:qu[yi]\\s*)?${QUARTER})*)${YEAR_TAIL}`, "g"),
    read: ([first, rest, written, next], year) => {
      const quarters = [first ?? "", ...listTokens(rest, /\b(?:[ivxl]+|tv|(?=[1i]{0,2}1)(?=[1i]{0,2}i)[1i]{2,3}|\d+)\b/g)].map(quarterNumber);
      if (quarters.some((q) => q === null)) return INVALID;
      const numbers = quarters as number[];
      const { y, yearless } = yearFrom(written, next, year);
      if (overNewYear(numbers, rest, written)) return acrossYears(y, numbers[0]! * 3 - 2, numbers[1]! * 3);
      return monthsSpan(y, smallest(numbers) * 3 - 2, largest(numbers) * 3, yearless) ?? INVALID;
    },
  },
  {
    // A Roman numeral is letters, so a year glued to it (OCR lost the slash: "Quý III2025") still reads one way only;
    // digits glued to a year ("Quý 12025") would not, and are left to the recognisers below.
    name: "quarter with its year glued on: Quý III2025",
    pattern: /\bqu[yi]\s*(i{1,3}|iv)((?:19|20)\d\d)(?!\d)/g,
    read: ([quarter, written]) => {
      const q = quarterNumber(quarter ?? "");
      return q === null ? INVALID : (monthsSpan(Number(written), q * 3 - 2, q * 3, false) ?? INVALID);
    },
  },
  {
    // "Q" alone could be a district ("Q.1"): read as a quarter only with its year.
    name: "quarters abbreviated: Q1/2026, Q.II/2026, Q3-Q4/2026",
    pattern: new RegExp(`\\bq\\.?\\s*(${QUARTER})((?:${LIST_SEPARATOR}(?:q\\.?\\s*)?${QUARTER})*)(?:\\s*[/.\\-–]\\s*|\\s*,?\\s*nam\\s*)${YEAR4}`, "g"),
    read: ([first, rest, written]) => {
      const quarters = [first ?? "", ...listTokens(rest?.replace(/q\.?/g, " "), /\b(?:[ivx]+|\d+)\b/g)].map(quarterNumber);
      if (quarters.some((q) => q === null)) return INVALID;
      const numbers = quarters as number[];
      return monthsSpan(Number(written), smallest(numbers) * 3 - 2, largest(numbers) * 3, false) ?? INVALID;
    },
  },
  {
    // "Quý 1H năm 2024" (OCR of "Quý I, II"): a quarter whose number mixes digits and letters that no recogniser above
    // read could be more than one quarter; the item is unread rather than read as the year after it.
    name: "a quarter number left unread: Quý 1H, Quý 2l",
    pattern: /\bqu[yi]\s*(?=[a-z]*\d)[0-9a-z]{1,4}(?![a-z0-9])/g,
    read: () => INVALID,
  },
  {
    name: "months: Tháng 3/2023, Tháng 03 năm 2023, tháng 12, Tháng 3-5/2023, từ tháng 3 đến tháng 6/2023",
    pattern: new RegExp(`\\bthang\\s*(${MONTH})((?:${LIST_SEPARATOR}(?:thang\\s*)?${MONTH})*)${YEAR_TAIL}`, "g"),
    read: ([first, rest, written, next], year) => {
      const months = [first ?? "", ...listTokens(rest, /\d+/g)].map(Number);
      const { y, yearless } = yearFrom(written, next, year);
      if (overNewYear(months, rest, written)) return acrossYears(y, months[0]!, months[1]!);
      return monthsSpan(y, smallest(months), largest(months), yearless) ?? INVALID;
    },
  },
  {
    name: "month without the word: 12/2023",
    pattern: /(?<![\d/.])(\d{1,2})\s*\/\s*(\d{4})(?!\d)/g,
    read: ([m, y]) => monthsSpan(Number(y), Number(m), Number(m), false) ?? INVALID,
  },
  {
    // What is left of "cuối quý", "cuối tháng" once every quarter and month with its number is read: every quarter's
    // or month's end, as "cuối mỗi quý" (judgement call 29).
    name: "end or start of every quarter or month: cuối quý, cuối tháng, đầu quý",
    pattern: /\b(?:dau|cuoi)\s*(?:cac\s*)?(quy|thang)\b(?!\s*(?:[\d#]|[ivx]{1,4}(?![a-z])))/g,
    read: ([unit]) => ({ kind: "cadence", cadence: unit === "quy" ? "quarterly" : "monthly", relative: false }),
  },
  {
    // Judgement call 31: the first semester runs from the school year's opening to mid-January, the second from then
    // to the end of teaching; without a school year, each is the one that falls mostly in year Y.
    name: "semesters: học kỳ I năm học 2025-2026, học kỳ II, HK I, học kỳ I, II năm học 2026-2027",
    pattern:
      /\b(?:hoc ky|hk)\s*(ii|i|2|1)(?![a-z0-9])(?:\s*(?:,|va|-|–)\s*(?:(?:hoc ky|hk)\s*)?(ii|i|2|1)(?![a-z0-9]))?(?:\s*,?\s*(?:cua\s*)?(?:nam hoc\s*)?(\d{4})\s*[-–—/]\s*(\d{4})(?!\d))?/g,
    read: ([first, second, from, to], year) => {
      const written = from === undefined ? null : Number(from);
      if (written !== null && Number(to) !== written + 1) return INVALID;
      const semesters = [first, second].flatMap((s) => (s === undefined ? [] : [s === "i" || s === "1" ? 1 : 2]));
      const spans = semesters.map((n) => semesterSpan(n, written ?? (n === 1 ? year : year - 1)));
      if (spans.some((span) => span === null)) return INVALID;
      const valid = spans as Span[];
      const onlySecond = written === null && semesters.every((n) => n === 2);
      return { from: valid[0]!.from, to: valid[valid.length - 1]!.to, yearless: onlySecond };
    },
  },
  {
    // Judgement call 11: a school year opens in September and its teaching ends in May.
    name: "start or end of a school year: đầu năm học 2026-2027 (September 2026), cuối năm học 2025-2026 (May 2026)",
    pattern: /\b(dau|cuoi)\s*nam hoc\s*(\d{4})\s*[-–—/]\s*(\d{4})(?!\d)/g,
    read: ([side, from, to]) => {
      const first = Number(from);
      if (Number(to) !== first + 1) return null;
      return side === "dau" ? monthsSpan(first, 9, 9, false) : monthsSpan(first + 1, 5, 5, false);
    },
  },
  {
    // Judgement call 11.
    name: "school year: năm học 2025-2026",
    pattern: /\bnam hoc\s*(\d{4})\s*[-–—/]\s*(\d{4})(?!\d)/g,
    read: ([from, to]) => {
      const first = Number(from);
      if (Number(to) !== first + 1 || !isValidDay(first, 9, 1) || !isValidDay(first + 1, 5, 31)) return null;
      return { from: { y: first, m: 9, d: 1 }, to: { y: first + 1, m: 5, d: 31 }, yearless: false };
    },
  },
  {
    name: "years: Giai đoạn 2022-2025, 2022 - 2025, từ năm 2022 đến năm 2025",
    pattern: /(?<![\d/:.])((?:19|20)\d\d)\s*(?:[-–—]|\bden\s*(?:het\s*)?(?:nam\s*)?)\s*((?:19|20)\d\d)(?!\d)/g,
    read: ([from, to]) => yearsSpan(Number(from), Number(to)) ?? INVALID,
  },
  {
    name: "this year: trong năm, cả năm (no year written)",
    pattern: /\b(?:trong|ca|suot)\s*nam\b(?!\s*\d)/g,
    read: (_groups, year) => yearsSpan(year, year, true),
  },
  {
    // Judgement call 24: a period named without its years is the plan's ("Cả giai đoạn", "Trong suốt giai đoạn thực
    // hiện Kế hoạch"); "giai đoạn 1", "giai đoạn thí điểm" are phases whose time the text does not give.
    name: "the whole period: cả giai đoạn, suốt giai đoạn, trong giai đoạn thực hiện kế hoạch",
    pattern: /\b(?:ca|suot|toan|trong)\s*giai doan\b(?=\s*(?:$|[,;.()]|nay\b|thuc hien\b|cua ke hoach\b|ke hoach\b))/g,
    read: () => ({ kind: "wholePeriod" }),
  },
  {
    name: "year: Năm 2024, năm2024, 2025",
    pattern: /(?<![\d/:.])((?:19|20)\d\d)(?!\d)/g,
    read: ([y]) => yearsSpan(Number(y), Number(y)) ?? INVALID,
  },
];

/** The first semester ends, and the second starts, in mid-January (judgement call 31). */
const FIRST_SEMESTER_LAST_DAY = 15;

/** Semester 1 or 2 of the school year that opens in September of `opening`. */
function semesterSpan(semester: number, opening: number): Span | null {
  if (!isValidDay(opening, 9, 1) || !isValidDay(opening + 1, 5, 31)) return null;
  return semester === 1
    ? { from: { y: opening, m: 9, d: 1 }, to: { y: opening + 1, m: 1, d: FIRST_SEMESTER_LAST_DAY }, yearless: false }
    : { from: { y: opening + 1, m: 1, d: FIRST_SEMESTER_LAST_DAY + 1 }, to: { y: opening + 1, m: 5, d: 31 }, yearless: false };
}

/** Years between an anniversary's founding day and the day it is celebrated, at least (judgement call 18). */
const ANNIVERSARY_MIN_YEARS = 5;

const ORDINAL_WEEK: Record<string, string> = { nhat: "1", hai: "2", ba: "3", tu: "4", nam: "5" };

const COUNT_WORD: Record<string, string> = { mot: "1", hai: "2", ba: "3", bon: "4" };

/** Years a two-digit year may stand from the plan's year (judgement call 28); farther, "15/3/98" is not read so. */
const TWO_DIGIT_YEAR_REACH = 10;

function twoDigitYear(written: string | undefined, year: number): number | null {
  const y = 2000 + Number(written);
  return Math.abs(y - year) <= TWO_DIGIT_YEAR_REACH ? y : null;
}

/** Every n months, where a recurrence code fits; a half-year has none (the contract's codes stop at quarterly). */
const MONTHS_CADENCE: Record<number, Cadence> = { 1: "monthly", 3: "quarterly", 12: "yearly" };

const UNIT_MONTHS: Record<string, number> = { nam: 12, quy: 3, thang: 1 };

const CADENCE_OF_UNIT: Record<string, Cadence> = {
  ngay: "continuous",
  tuan: "continuous",
  thang: "monthly",
  quy: "quarterly",
  nam: "yearly",
};

function inRange(text: string | undefined, low: number, high: number): boolean {
  const n = Number(text);
  return n >= low && n <= high;
}

/**
 * A range of two months or quarters whose year is written once, after its end, and whose first is later in the year
 * than its last ("Tháng 11 - tháng 02/2026", "Quý IV - Quý I/2027"): it runs over the new year, so it starts in the
 * year before the one written.
 */
function overNewYear(numbers: number[], rest: string | undefined, written: string | undefined): boolean {
  return written !== undefined && numbers.length === 2 && numbers[0]! > numbers[1]! && /^\s*(?:-|–|den)/.test(rest ?? "");
}

function acrossYears(y: number, fromMonth: number, toMonth: number): Reading {
  const before = monthsSpan(y - 1, fromMonth, fromMonth, false);
  const after = monthsSpan(y, toMonth, toMonth, false);
  return before === null || after === null ? INVALID : { from: before.from, to: after.to, yearless: false };
}

function yearsSpan(from: number, to: number, yearless = false): Span | null {
  if (from > to || !isValidDay(from, 1, 1) || !isValidDay(to, 12, 31)) return null;
  return { from: { y: from, m: 1, d: 1 }, to: { y: to, m: 12, d: 31 }, yearless };
}

/**
 * Text that is not a time and must not be read as one: document symbols with their date ("56/kh-ubnd ngay
 * 12/4/2022", "30/2020/nd-cp", "05-nq/hu") and a "theo <document>" phrase up to the next comma.
 */
const SYMBOL =
  /\b\d{1,6}(?:\/\d{4})?(?:\/[a-z]{2}|-[a-z]{2,}\/[a-z])[a-z0-9&.\-/]*(?:\s*ngay\s*\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{4}(?!\d))?/g;
const REFERENCE =
  /\btheo\s*(?:quy dinh|quy che|van ban|lo trinh|ke hoach|quyet dinh|chi dao|yeu cau|huong dan|thong bao|cong van|nghi quyet|nghi dinh|thong tu|de an|du an|tien do|chuong trinh|lich|dieu kien|nhu cau|thuc te|phan cong|thoi gian|ket luan)\b[^,;()]*|^theo\b[^,;()]*/g;
/**
 * A comma inside a document's name does not end the reference ("Theo Kế hoạch rà soát, đánh giá năm 2026 của
 * tỉnh"): the next comma-part still belongs to it unless it starts a time of its own ("…, hoàn thành trước 30/6",
 * "…, trong tháng 3", "…, hằng quý").
 */
const REFERENCE_GOES_ON =
  /^,\s*(?=\S)(?!(?:truoc|cham nhat|han|den|tu|trong|hoan thanh|xong|ngay|thang|qu[yi]|nam|giai doan|hang|moi|dinh ky|thuong xuyen|lien tuc|dot xuat|khi|sau)\b|\d)[^,;()]*/;
/**
 * Phrases that say the time is set by an event, not a date: understood, no diagnostic. An event's day, when the text
 * gives it, is still read ("Nhân dịp Ngày Chuyển đổi số quốc gia (10/10)"). A length of time counted from an event
 * ("Chậm nhất 15 ngày sau khi kết thúc đợt kiểm tra", "Trong thời hạn 15 ngày làm việc") names no date either.
 */
const EVENT =
  /^(?:khi|sau khi|ngay sau khi|ngay khi|tuy theo|tuy thuoc)\b|\bdot xuat\b|\bkhi co\b|\b(?:le\s*)?(?:khai|be) giang\b|\b(?:nhan\s*)?dip\b|\bnhan ngay\b|\bhuong ung\b|\b\d{1,3}\s*ngay\s*(?:lam viec\s*)?(?:sau|ke tu|tinh tu)\b|\btrong\s*(?:vong|thoi han|thoi gian)\s*\d{1,3}\s*(?:ngay|tuan|thang)\b|^\d{1,3}\s*ngay(?:\s*lam viec)?\W*$/;
/**
 * A council's session named by its season ("Trước kỳ họp HĐND cuối năm", "tại kỳ họp giữa năm 2026"): an event whose
 * day is not given (judgement call 13), not the last quarter or the year. Bounded, so a cell of many "kỳ họp" stays
 * linear.
 */
const SESSION = /\bky hop\b[^,;()#]{0,60}?\b(?:dau|giua|cuoi)\s*nam\b(?:\s*\d{4}(?!\d))?/g;
/**
 * The period a report's figures cover, in brackets beside its deadline ("Trước 20/12/2025 (số liệu tính từ 15/12/2024
 * đến 14/12/2025)", "(kỳ báo cáo từ … đến …)"): the data's window, not the time of the work (judgement call 23).
 * Up to the bracket's end or its next comma or semicolon ("(số liệu từ …, gửi trước ngày 20/6)" keeps the deadline).
 */
const DATA_PERIOD = /\(\s*(?:so lieu|chot so lieu|thoi (?:gian|diem) chot so lieu|ky bao cao|tinh tu)\b[^(),;]*/g;
/**
 * The words before a span that make it a deadline; `truoc` (before it begins) or the others (by its end). A colon after
 * the word ("Trước: 30/11/2026") labels the date; a stop there is a speck OCR read ("Trước. 30/11").
 */
const DEADLINE_MARKER =
  /\b(truoc|cham nhat|han chot|han cuoi|den het|den|het|khong qua|khong muon hon|khong cham hon|hoan thanh trong|xong trong)\s*[.:]?\s*(?:la\s*)?(?:vao\s*)?(?:trong\s*)?(?:(?:ngay|thang|nam|qu[yi])\s*)?(?:(?:\d{1,2}\s*thang\s*\d{1,2}|[\d/.#]+)\s*(?:,|va)\s*(?:(?:ngay|thang|qu[yi])\s*)?)?(?:[\d/.#]+\s*(?:,|va)\s*)?$/;
/**
 * "Sau" right before a time ("sau ngày 15/4/2026", "sau Quý I/2026"); not "sau khi" (an event, EVENT) and not the
 * "năm sau" of a year tail, which the recognisers read with their own match.
 */
const AFTER_MARKER = /(?:^|[^a-z])(?:ngay\s*)?sau\s*(?:(?:ngay|thang|nam)\s*)?$/;
/**
 * Something that looks like a time: what an item must show to deserve a diagnostic when nothing read it. A digit left
 * unread, or a time word with its diacritics (folded, "quý" would be "quy chế" and "năm" "Việt Nam").
 */
const DIGIT = /\d/;
const TIME_WORD = re("u")`(?<![${LETTER}])(?:ngày|tháng|năm|tuần|quý|quí|giai đoạn)(?![${LETTER}])`;

// ---------------------------------------------------------------------------------------------------------------
// Items

/**
 * Bullets inside a line that open a new item: white space, a bullet, and a word that is not a Roman numeral
 * ("Quý I - IV" is a range) or a quarter abbreviated ("Q3 - Q4/2026") — a dash before a digit is a range too
 * ("2022 - 2025").
 */
const ITEM_SEPARATOR = re("giu")`\s+[-–—+•]\s*(?=[^\s\d])(?!(?:q\.?\s*)?(?:i{1,3}|iv|vi{0,3}|ix|x)(?![${LETTER}\d]))(?!q\.?\s*[1-4](?!\d))`;

/** A cell or item of nothing but dashes, bullets or dots is a placeholder for "no value". */
const PLACEHOLDER = /^[-–—+•.…_*\s]*$/;

/** A month or quarter with no year at the end of a part, and a part that names a month or quarter with its year. */
const YEARLESS_END = /(?:\bthang|\bqu[yi])\s*(?:\d{1,2}|[ivx]{1,4})$/;
const SAME_UNIT_WITH_YEAR = /^(?:thang|qu[yi])\s*(?:\d{1,2}|[ivx]{1,4})\s*(?:[/.\-–]\s*|,?\s*nam\s*)\d{4}(?!\d)/;

/**
 * The parts of a line between its bullets. A dash between a month or quarter written without its year and one written
 * with it ("Quý II - Quý IV/2026", "Từ tháng 3 - tháng 6/2026") is a range whose year is written once at its end,
 * not two items: the first part would otherwise take the plan's year.
 */
function bulletParts(line: string): string[] {
  const parts = line.split(ITEM_SEPARATOR);
  if (parts.length < 2) return parts;
  const separators = [...line.matchAll(ITEM_SEPARATOR)].map((match) => match[0]);
  const out: string[] = [];
  parts.forEach((part, index) => {
    const previous = out[out.length - 1];
    const separator = separators[index - 1];
    if (
      previous !== undefined &&
      separator !== undefined &&
      /[-–]/.test(separator) &&
      /^\s*[tTqQ]/u.test(part) &&
      SAME_UNIT_WITH_YEAR.test(foldForMatch(part.trim().slice(0, 24))) &&
      YEARLESS_END.test(foldForMatch(previous.trim().slice(-12)))
    ) {
      out[out.length - 1] = `${previous} - ${part}`;
    } else out.push(part);
  });
  return out;
}

function splitItems(paragraphs: string[]): string[] {
  const items: string[] = [];
  for (const paragraph of paragraphs) {
    for (const part of bulletParts(cleanText(paragraph))) {
      // A list's separator closing the paragraph ("Quý I;" over "Quý III") is no part of the item.
      const item = cleanText(part).replace(/\s*[;,]$/u, "");
      if (!PLACEHOLDER.test(item)) items.push(item);
    }
  }
  return items;
}

/**
 * A line broken inside a phrase (an OCR'd or PDF cell, "Thường" over "xuyên"): a paragraph that starts in lower case
 * goes back onto the one before when neither reads a time alone and the two together do. Paragraphs that read a
 * time each stay items of their own.
 */
function joinWrapped(paragraphs: string[], year: number): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const text = cleanText(paragraph);
    const previous = out[out.length - 1];
    if (previous !== undefined && text.length <= 80 && previous.length <= 80 && !/^[-–—+•]/u.test(text)) {
      const joined = `${previous} ${text}`;
      if (wrapped(cleanText(previous), text, year) && hasTime(joined, year)) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(paragraph);
  }
  return out;
}

/** A line that ends on a word the time goes on from: a deadline marker, a time word, "từ", "đến", "hằng". */
const OPEN_ENDING =
  /\b(?:truoc|cham nhat|han chot|hoan thanh|xong|trong|vao|tu|ke tu|den|den het|sau|ngay|thang|qu[yi]|nam|hang|moi|dinh ky|la)$/;
/** A line that only qualifies the time before it: a year, a cadence, "và (những) năm tiếp theo". */
const QUALIFIER =
  /^(?:(?:cua\s*)?nam\s*\d{4}|\/\s*\d{4}|(?:hang|moi)\s*(?:thang|quy|nam)|(?:va\s*)?(?:nhung|cac)\s*nam\s*(?:tiep theo|sau))$/;

/**
 * Whether `next` goes on the phrase `previous` started: neither reads a time alone and `next` starts in lower case (a
 * word broken over two lines, "Thường" / "xuyên"); or `previous` reads nothing (no time, no reference) and ends where a
 * time must follow ("Trước ngày" / "30/6/2026", "Hoàn thành" / "trong Quý I/2026"); or `next` starts in lower case
 * and only qualifies the time `previous` gave without a year ("Quý II" / "năm 2026", "Trước ngày 15/12" / "hằng năm");
 * or `next` is in brackets after a time.
 */
function wrapped(previous: string, next: string, year: number): boolean {
  // A line in brackets says more about the time above it: "Quý I/2026" / "(trước ngày 31/3/2026)".
  if (/^\(/u.test(next) && hasTime(previous, year)) return true;
  const lower = /^\p{Ll}/u.test(next);
  const previousFacts = readFacts(previous, year).facts;
  if (lower && !hasTime(previous, year) && !hasTime(next, year)) return true;
  const foldedPrevious = foldForMatch(previous).replace(/[\s:]+$/u, "");
  if (previousFacts.length === 0 && OPEN_ENDING.test(foldedPrevious)) return true;
  const yearless = previousFacts.some((f) => (f.kind === "span" && f.span.yearless) || (f.kind === "deadline" && f.yearless));
  return lower && yearless && QUALIFIER.test(foldForMatch(next).replace(/[\s.;,]+$/u, ""));
}

function blank(text: string, pattern: RegExp, onMatch: (match: RegExpExecArray) => boolean): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (match[0] === "" || !onMatch(match)) continue;
    out += text.slice(last, index) + "#".repeat(match[0].length);
    last = index + match[0].length;
  }
  return out + text.slice(last);
}

/** Blanks each "theo <document>" phrase, continued across the commas of the document's name (REFERENCE_GOES_ON). */
function blankReferences(text: string, onReference: () => void): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(REFERENCE)) {
    const index = match.index ?? 0;
    if (match[0] === "" || index < last) continue;
    let end = index + match[0].length;
    for (let more = REFERENCE_GOES_ON.exec(text.slice(end)); more !== null && more[0].length > 0; more = REFERENCE_GOES_ON.exec(text.slice(end))) {
      end += more[0].length;
    }
    onReference();
    out += text.slice(last, index) + "#".repeat(end - index);
    last = end;
  }
  return out + text.slice(last);
}

interface ItemFacts {
  readonly facts: readonly Fact[];
  readonly looksLikeTime: boolean;
}

/**
 * Readings of items already read, by year and text: a plan repeats its deadline cells ("Thường xuyên", "Quý IV/2024")
 * from task to task, and each reading runs every recogniser over the item. Bounded as `memoizeText` is.
 */
const readFactsMemo = new Map<string, ItemFacts>();
const READ_FACTS_MEMO_LIMIT = 20_000;
const READ_FACTS_MEMO_MAX_LENGTH = 512;

function readFacts(item: string, year: number): ItemFacts {
  if (item.length > READ_FACTS_MEMO_MAX_LENGTH) return readFactsOnce(item, year);
  const key = `${year} ${item}`;
  let known = readFactsMemo.get(key);
  if (known === undefined) {
    known = readFactsOnce(item, year);
    if (readFactsMemo.size >= READ_FACTS_MEMO_LIMIT) readFactsMemo.clear();
    readFactsMemo.set(key, known);
  }
  return known;
}

function readFactsOnce(item: string, year: number): ItemFacts {
  const facts: Fact[] = [];
  const glyphs = repairQuarterGlyphs(digitsForWords(repairOcrDigits(foldForMatch(item)).text));
  let text = glyphs.text;
  if (glyphs.unread.length > 0) facts.push({ kind: "invalid" });
  if (EVENT.test(text)) facts.push({ kind: "understood" });
  // A date OCR garbled past repair ("Tháng 6/2S26") is unread, not read in part ("6/2" as 6 February).
  text = blank(text, GARBLED_DATE, () => {
    facts.push({ kind: "invalid" });
    return true;
  });
  text = blank(text, SYMBOL, () => true);
  text = blankReferences(text, () => facts.push({ kind: "understood" }));
  text = blank(text, SESSION, () => {
    facts.push({ kind: "understood" });
    return true;
  });
  text = blank(text, DATA_PERIOD, () => {
    facts.push({ kind: "understood" });
    return true;
  });
  for (const recogniser of RECOGNISERS) {
    const current = text;
    text = blank(current, recogniser.pattern, (match) => {
      const reading = recogniser.read(match.slice(1), year);
      if (reading === null) return false;
      facts.push(asFact(reading, current.slice(Math.max(0, (match.index ?? 0) - 40), match.index), match[0]));
      return true;
    });
  }
  // A day with no month in an item that recurs ("Hằng tháng (trước ngày 20)", "Hằng quý, trước ngày 15") is the day
  // of each cycle, like "trước ngày 20 hằng tháng": it repeats, and gives no date.
  const cadence = finest(facts.flatMap((f) => (f.kind === "cadence" && !f.relative ? [f.cadence] : [])));
  if (cadence !== null && cadence !== "continuous" && text.search(DAY_OF_CYCLE) >= 0) {
    text = blank(text, DAY_OF_CYCLE, () => true);
    facts.push({ kind: "cadence", cadence, relative: true });
  }
  return { facts, looksLikeTime: DIGIT.test(text) || TIME_WORD.test(item.toLocaleLowerCase("vi")) };
}

/** "ngày 20" with no month after it (folded, after the recognisers): a day of a cycle the item names. */
const DAY_OF_CYCLE = /\bngay\s*(?:0?[1-9]|[12]\d|3[01])(?![\d/.])(?!\s*(?:thang|[/.]))/g;

/**
 * A clause after a comma or semicolon that starts with a word of its own (folded): no time word, no deadline or
 * cadence word ("Năm 2024, trước ngày 15/12" is one time, its deadline in the year), no Roman numeral ("Quý I, II").
 */
const CLAUSE_START =
  /^(?!(?:ngay|thang|qu[yi]|nam|giai doan|tuan|dot|lan|truoc|cham nhat|han|den|tu|trong|hoan thanh|xong|hang|moi|dinh ky|thuong xuyen|lien tuc|vao|nhan|dip|huong ung|[ivx]+)\b)[a-z]/;
/** A clause that opens on a deadline marker: after a clause with a deadline of its own, it is another deadline. */
const DEADLINE_START = /^(?:truoc|cham nhat|han chot|han cuoi|hoan thanh|xong)\b/;

function hasDeadline(text: string, year: number): boolean {
  return readFacts(text, year).facts.some((fact) => fact.kind === "deadline");
}

/**
 * Several time phrases in one sentence ("Ban hành kế hoạch trong tháng 01/2026, kiểm tra chậm nhất trong tháng
 * 6/2026") are several items: the sentence is cut before each clause that starts with a word of its own (not a time
 * word or a number: "Tháng 3, 4/2023" and "Quý II, Quý III" stay one list) when both sides read a time. Clauses
 * without a time stay with the one before.
 */
function splitPhrases(item: string, year: number): string[] {
  if (!/[,;]/.test(item)) return [item];
  const clauses = item.split(/(?<=[,;])\s+/u);
  if (clauses.length < 2) return [item];
  const out: string[] = [];
  clauses.forEach((clause, index) => {
    const previous = out[out.length - 1];
    const folded = foldForMatch(clause);
    // The cheap tests of the clause's first word first: a cell of a thousand "Quý I," must not read its growing
    // head again at every comma.
    // The clause before, not the joined head: testing a string built by joining would flatten it at every comma.
    const afterSemicolon = clauses[index - 1]?.endsWith(";") ?? false;
    const opens = previous !== undefined && (CLAUSE_START.test(folded) || afterSemicolon || DEADLINE_START.test(folded));
    const own =
      opens &&
      hasTime(clause, year) &&
      hasTime(previous, year) &&
      (CLAUSE_START.test(folded) || afterSemicolon || (hasDeadline(previous, year) && hasDeadline(clause, year)));
    if (previous === undefined || !own) out[out.length === 0 ? 0 : out.length - 1] = previous === undefined ? clause : `${previous} ${clause}`;
    else out.push(clause);
  });
  return out.map((clause) => clause.replace(/[,;]\s*$/u, "").trim());
}

/** An open end alone ("…, các năm tiếp theo") is no time of its own: it qualifies the phrase before it. */
function hasTime(text: string, year: number): boolean {
  return readFacts(text, year).facts.some(
    (fact) => fact.kind !== "understood" && fact.kind !== "invalid" && fact.kind !== "openEnd" && fact.kind !== "openStart" && fact.kind !== "fromNow",
  );
}

/**
 * "Trước cuối năm 2026", "chậm nhất cuối tháng 6/2026", "trước cuối Quý II": a deadline at the end of a period is its
 * last day, "trước" included ("before the end of", not "before it begins").
 */
const END_OF_BEFORE = /\bcuoi\s*$/;
const END_OF_READ = /^\s*cuoi\b/;

/**
 * An event named before a year in the same phrase ("Dịp Tết Nguyên đán 2026", "Trước Tết 2026", "Nhân dịp kỷ niệm …
 * năm 2026", "Hưởng ứng Ngày Pháp luật năm 2026"): the year says which year's event, not when the work is done.
 */
const EVENT_BEFORE_YEAR = /\b(?:dip|nhan ngay|huong ung|tet|ky niem|le hoi|ngay le)\b[^,;)#]*$/;
/**
 * A season named before a year ("Trước mùa mưa, bão năm 2026", "Trong mùa khô năm 2026"): its months differ from
 * region to region and year to year, so it is an event whose day is not given (judgement call 32), as "Trước Tết
 * Nguyên đán 2026". A second hazard after a comma belongs to the season's name.
 */
const SEASON_BEFORE_YEAR = /\bmua\s*(?:mua|bao|lu|kho|he|dong|xuan|thu|thi|cao diem)\b(?:\s*,\s*(?:bao|lu|mua|ngap lut|sat lo)\b)?[^,;)#]*$/;

/** A year the text itself says is the time ("… kỷ niệm 80 năm … trong năm 2026", "… đến năm 2026"). */
const TIME_WORD_BEFORE_YEAR = /\b(?:trong|ca|suot|vao|tu|den|den het|het)\s*(?:nam\s*)?$/;

function isWholeYears(span: Span): boolean {
  return !span.yearless && span.from.m === 1 && span.from.d === 1 && span.to.m === 12 && span.to.d === 31;
}

function asFact(reading: NonNullable<Reading>, before: string, read: string): Fact {
  if (!("from" in reading)) return reading;
  // Judgement call 15: the event's day is unspecified, like "Khi có chỉ đạo" (13).
  if (isWholeYears(reading) && (EVENT_BEFORE_YEAR.test(before) || SEASON_BEFORE_YEAR.test(before)) && !TIME_WORD_BEFORE_YEAR.test(before)) {
    return { kind: "understood" };
  }
  if (AFTER_MARKER.test(before)) return { kind: "after", day: addDays(reading.to, 1) };
  const endOf = END_OF_BEFORE.test(before) || END_OF_READ.test(read);
  const marker = DEADLINE_MARKER.exec(before.replace(END_OF_BEFORE, ""))?.[1];
  if (marker === undefined) return { kind: "span", span: reading };
  const isDay = iso(reading.from) === iso(reading.to);
  const day = marker === "truoc" && !isDay && !endOf ? dayBefore(reading.from) : reading.to;
  return { kind: "deadline", day, yearless: reading.yearless, until: marker === "den" || marker === "den het" };
}

const CADENCE_RANK: Record<Cadence, number> = { continuous: 0, yearly: 1, quarterly: 2, monthly: 3 };

function finest(cadences: Cadence[]): Cadence | null {
  return cadences.reduce<Cadence | null>((a, b) => (a === null || CADENCE_RANK[b] > CADENCE_RANK[a] ? b : a), null);
}

/**
 * Spans that contain another span of the item are context, not the time (judgement call 1). Quadratic, so only for
 * the handful of spans a real cell holds; past that the spans are simply joined.
 */
const MAX_NESTING_CHECK = 32;

function innermost(spans: Span[]): Span[] {
  const keyed = new Map<string, { from: string; to: string; span: Span }>();
  for (const span of spans) keyed.set(`${iso(span.from)}/${iso(span.to)}`, { from: iso(span.from), to: iso(span.to), span });
  const distinct = [...keyed.values()];
  if (distinct.length > MAX_NESTING_CHECK) return distinct.map((k) => k.span);
  const contains = (a: (typeof distinct)[number], b: (typeof distinct)[number]) =>
    a !== b && a.from <= b.from && a.to >= b.to;
  return distinct.filter((a) => !distinct.some((b) => contains(a, b))).map((k) => k.span);
}

interface ItemReading {
  start: string | null;
  end: string | null;
  cadence: Cadence | null;
  unread: boolean;
}

function settle(facts: readonly Fact[], looksLikeTime: boolean, context: DeadlineContext): ItemReading {
  const cadences = facts.flatMap((f) => (f.kind === "cadence" ? [f.cadence] : []));
  // Judgement call 20: a cycle no code names ("định kỳ 6 tháng") beside a coarser cadence ("…, hằng năm") is the most
  // frequent one: no code, as for "6 tháng, năm".
  const uncodedCycle = facts.some((f) => f.kind === "recurring");
  const finestCadence = finest(cadences);
  const cadence = uncodedCycle && (finestCadence === "yearly" || finestCadence === "continuous") ? null : finestCadence;
  const timeFacts = facts.filter((f) => f.kind !== "understood");
  if (facts.some((f) => f.kind === "invalid")) return { start: null, end: null, cadence, unread: true };
  if (timeFacts.length === 0) {
    const understood = facts.length > 0;
    return { start: null, end: null, cadence, unread: !understood && looksLikeTime };
  }

  // Judgement call 4: a yearless month or day that recurs every year lasts until its occurrence in the last year.
  const lastYear = cadence === "yearly" ? context.period.to : null;
  const wholePeriod: Span = { from: { y: context.period.from, m: 1, d: 1 }, to: { y: context.period.to, m: 12, d: 31 }, yearless: false };
  const spans = innermost(
    facts.flatMap((f) =>
      f.kind === "wholePeriod"
        ? [wholePeriod]
        : f.kind !== "span"
          ? []
          : [lastYear !== null && f.span.yearless ? { ...f.span, to: inYear(f.span.to, lastYear) } : f.span],
    ),
  );
  const deadlines = facts.flatMap((f) =>
    f.kind !== "deadline" ? [] : [iso(lastYear !== null && f.yearless ? inYear(f.day, lastYear) : f.day)],
  );
  const relative = facts.some((f) => f.kind === "cadence" && f.relative);
  const afterDays = facts.flatMap((f) => (f.kind === "after" ? [iso(f.day)] : []));
  // Judgement call 26: a start and a deadline in one item ("Từ Quý II/2026, hoàn thành trong Quý IV/2026") are one
  // run: the deadline closes what "từ" opened.
  const openEnd =
    facts.some((f) => f.kind === "openEnd" || (f.kind === "openStart" && deadlines.length === 0)) ||
    // Judgement call 10: "sau <time>" has no end of its own; a later span or a deadline in the item gives one.
    (afterDays.length > 0 && deadlines.length === 0 && !spans.some((s) => afterDays.every((day) => iso(s.to) >= day)));
  const recurring = cadence !== null || uncodedCycle;
  // Judgement call 33: "từ nay" starts with the plan's period.
  const fromNow = facts.some((f) => f.kind === "fromNow");
  const fallback = recurring && !relative && deadlines.length === 0;
  // Judgement call 25: a cadence that runs "until" a time ("Hằng năm đến năm 2030") starts with the period.
  const runsUntil = recurring && !relative && deadlines.length > 0 && facts.every((f) => f.kind !== "deadline" || f.until);

  let start: string | null = null;
  if (spans.length > 0 || afterDays.length > 0) start = minOf([...spans.map((s) => iso(s.from)), ...afterDays]);
  else if (fallback || runsUntil || fromNow) start = `${context.period.from}-01-01`;

  let end: string | null = null;
  if (openEnd) end = null;
  else if (deadlines.length > 0) end = maxOf(deadlines);
  else if (spans.length > 0) end = maxOf(spans.map((s) => iso(s.to)));
  else if (fallback) end = `${context.period.to}-12-31`;

  return { start, end, cadence, unread: false };
}

function minOf(values: string[]): string | null {
  return values.reduce<string | null>((a, b) => (a === null || b < a ? b : a), null);
}

function maxOf(values: string[]): string | null {
  return values.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
}

/**
 * The quarter numbers of `raw` written as strokes "11", "111", "H", "IH", "ll", "lV" (see `STROKES_FOR_ROMAN`,
 * `RUN_STROKES`, `L_FOR_STROKE`).
 */
function ocrQuarterNumerals(raw: string): string[] {
  const folded = foldForMatch(raw);
  const first = [...folded.matchAll(/\bqu[yi]\s*(1{2,3}|17|ih|hi|h|[il]*l[il]*v?|tv|(?=[1i]{0,2}1)(?=[1i]{0,2}i)[1i]{2,3})(?![a-z0-9])/g)].map((m) => m[1]!);
  // "TV" also stands later in a list ("Quý I-TV").
  const listed = [...folded.matchAll(/\bqu[yi]\s*(?:[ivx]{1,4}|\d)\s*(?:[-–,]|den|va)\s*(?:qu[yi]\s*)?(tv)(?![a-z0-9])/g)].map((m) => m[1]!);
  return [...first, ...listed].filter((t) => quarterNumber(t) !== null);
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * `paragraphs`: the cell's paragraphs as the reader kept them apart (each already NFC, markup-free, may still start
 * with a bullet "-", "+", "•" and may hold several bullet items in one line: "- Tháng 01/2023 - Tháng 12/2023").
 */
export function parseDeadline(
  paragraphs: string[],
  context: DeadlineContext,
): { value: Deadline; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const raw = cleanText(paragraphs.filter((p) => !PLACEHOLDER.test(cleanText(p))).join(" "));
  if (raw === "") {
    return { value: { raw: null, start: null, end: null, recurrence: null, items: [] }, diagnostics };
  }

  const items: DeadlineItem[] = [];
  const cadences: Cadence[] = [];
  const rangeInCell = RANGE_FROM.test(foldForMatch(raw));
  for (const itemRaw of splitItems(joinWrapped(paragraphs, context.year)).flatMap((item) => splitPhrases(item, context.year))) {
    let reading: ItemReading;
    try {
      const { facts, looksLikeTime } = readFacts(itemRaw, context.year);
      reading = settle(rangeInCell ? facts.filter((f) => f.kind !== "openStart") : facts, looksLikeTime, context);
    } catch {
      // Defensive only: a parse must never stop on one cell.
      reading = { start: null, end: null, cadence: null, unread: true };
    }
    if (reading.unread) {
      diagnostics.push({
        severity: "warning",
        code: "deadline-unparsed",
        message: `Cannot read the deadline "${shorten(itemRaw)}"`,
        ...(context.where ? { where: context.where } : {}),
      });
    }
    if (reading.cadence !== null) cadences.push(reading.cadence);
    items.push({ raw: itemRaw, start: reading.start, end: reading.end });
  }

  for (const strokes of ocrQuarterNumerals(raw)) {
    diagnostics.push({
      severity: "info",
      code: "deadline-numeral-guessed",
      message: MIXED_STROKES.test(strokes)
        ? `"${strokes.toUpperCase()}" in the deadline "${shorten(raw)}" read as Quý ${"I".repeat(strokes.length)} (Roman strokes, some read as the digit 1)`
        : strokes === SERIF_STROKE
        ? `"17" in the deadline "${shorten(raw)}" read as Quý I (a guess: there is no quarter 17, and OCR reads a serif I as "17"; it could be II)`
        : /h/u.test(strokes)
        ? `"${strokes.toUpperCase()}" in the deadline "${shorten(raw)}" read as Quý ${"I".repeat(RUN_STROKES[strokes]!)} (a Roman numeral whose strokes OCR ran together)`
        : /[lt]/u.test(strokes)
          ? `"${strokes === T_FOR_STROKE ? "TV" : strokes}" in the deadline "${shorten(raw)}" read as Quý ${ROMAN_OF[quarterNumber(strokes)!]} (the strokes of a Roman numeral read as a letter)`
          : `"${strokes}" in the deadline "${shorten(raw)}" read as Quý ${"I".repeat(strokes.length)} (a Roman numeral read as the digits 1)`,
      ...(context.where ? { where: context.where } : {}),
    });
  }
  for (const [written, read] of repairOcrDigits(foldForMatch(raw)).repairs) {
    diagnostics.push({
      severity: "info",
      code: "deadline-numeral-guessed",
      message: `"${written}" in the deadline "${shorten(raw)}" read as "${read}" (letters or a space OCR put in a date's digits)`,
      ...(context.where ? { where: context.where } : {}),
    });
  }
  const foldedRaw = foldForMatch(raw);
  for (const [written, read] of repairQuarterGlyphs(repairOcrDigits(foldedRaw).text).repairs) {
    const at = foldedRaw.indexOf(written);
    const asWritten = at >= 0 && foldedRaw.length === raw.length ? raw.slice(at, at + written.length) : written;
    diagnostics.push({
      severity: "info",
      code: "deadline-numeral-guessed",
      message: `"${asWritten}" in the deadline "${shorten(raw)}" read as "${read.toUpperCase().replace(/QU[YI]\s*/gu, "Quý ")}" (a quarter's Roman numeral OCR read as a bracket or bar, fixed by the list's order)`,
      ...(context.where ? { where: context.where } : {}),
    });
  }
  const starts = items.map((i) => i.start);
  const ends = items.map((i) => i.end);
  return {
    value: {
      raw,
      start: starts.includes(null) ? null : minOf(starts as string[]),
      end: ends.includes(null) ? null : maxOf(ends as string[]),
      recurrence: finest(cadences),
      items,
    },
    diagnostics,
  };
}

/**
 * A time column split into a start cell and an end cell ("Bắt đầu" | "Hoàn thành"), both written; `paragraphs` holds
 * them joined ("Tháng 6/2026 - Trước 30/6/2026"), the deadline's `raw`. Each cell is read alone and gives its own
 * bound: the start cell the start, the end cell the end, whatever each says of its other side ("Trước 30/6/2026"
 * under "Hoàn thành" says nothing of the start, which "Tháng 6/2026" gives: 2026-06-01). Each cell's items are items
 * of the deadline. The joined reading stands where it gives the same bounds ("01/3/2025 - 30/11/2025": one range
 * item), and for a range whose year the end cell writes once ("Tháng 3" | "Tháng 6/2026": the year on both ends).
 */
export function parseSplitDeadline(
  paragraphs: string[],
  bounds: { start: string; end: string },
  context: DeadlineContext,
): { value: Deadline; diagnostics: Diagnostic[] } {
  const whole = parseDeadline(paragraphs, context);
  const startCell = parseDeadline([bounds.start], context);
  const endCell = parseDeadline([bounds.end], context);
  const readsTime = (cell: { value: Deadline }) => cell.value.items.some((item) => item.start !== null || item.end !== null);
  // The joined reading stands where it already gives the cells' bounds ("01/3/2025 - 30/11/2025", one range item).
  if (whole.value.start === startCell.value.start && whole.value.end === endCell.value.end) return whole;
  const yearOnceAtEnd = !/\d{4}/.test(bounds.start) && /\d{4}/.test(bounds.end);
  if (whole.value.items.length === 1 && yearOnceAtEnd && readsTime(startCell) && readsTime(endCell)) return whole;
  const recurrences = [startCell.value.recurrence, endCell.value.recurrence].filter((r): r is Cadence => r !== null);
  return {
    value: {
      raw: whole.value.raw,
      start: startCell.value.start,
      end: endCell.value.end,
      recurrence: finest(recurrences),
      items: [...startCell.value.items, ...endCell.value.items],
    },
    diagnostics: [...startCell.diagnostics, ...endCell.diagnostics],
  };
}
