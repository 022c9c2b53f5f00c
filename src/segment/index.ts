/**
 * The segment stage: document model → plan parts (metadata, sections, the assignment tables with their headers).
 * Positions in the output come from the units; nothing here reads the input format.
 */
import { restoredSurname } from "./surnames.js";
import type { DocumentModel, OcrWord } from "../model/types.js";
import type { Diagnostic, Result } from "../diagnostics.js";
import type { Meta } from "../schema/plan.js";
import { appendixLabel, findAppendixStarts, readAppendixHead } from "./appendix.js";
import { cleanText } from "../normalize/text.js";
import { type Reference, documentTypeOf, findNumber, findPlaceDate, readNumber, findReference, hasBlankNumber, isRecipientsLabel, isSigningTitle, issuerLabel, numberLines, otherDocumentTypeOf, withoutAboutPrefix } from "./header.js";
import { withoutTableOfContents } from "./contents.js";
import { findFirst, findRecipients, findSigner, joinSplitDateLines, readTitle, resolveIssuer, spelledAsPlace, splitTypeFromTitle } from "./meta.js";
import { findJointBody } from "./organisation.js";
import { planPeriod } from "./period.js";
import { type SectionPart, findSections } from "./sections.js";
import { type AssignmentTablePart, collectTaskTables } from "./tables.js";
import { type Unit, toUnits, withoutSignatureStamps } from "./units.js";
import { LETTER, re } from "../letters.js";

export interface AppendixPart {
  title: string | null;
  reference: string | null;
}

export interface PlanParts {
  meta: Meta;
  sections: SectionPart[];
  /** The first appendix's head (its title and reference tell the plan's period and number when the header does not). */
  appendix: AppendixPart | null;
  /** Every assignment table, appendix or body, in document order. */
  tables: AssignmentTablePart[];
  /** The units before the first section: the header and, in a QUYẾT ĐỊNH, its articles ("Điều 2. Giao …"). */
  preamble: Unit[];
  /** A QUYẾT ĐỊNH's own articles after the plan its Điều 1 holds ("Điều 2. Tổ chức thực hiện" …), up to its foot. */
  articles: Unit[];
}

export function segment(doc: DocumentModel): Result<PlanParts> {
  const diagnostics: Diagnostic[] = [];
  const { units: unstamped, stamps } = withoutSignatureStamps(toUnits(doc.children));
  for (const stamp of stamps) {
    diagnostics.push({ severity: "info", code: "signature-stamp", message: `an e-signature or copy stamp ("${stamp.map((u) => u.text).join(" / ").slice(0, 80)}") is left out of the text`, where: stamp[0]!.position });
  }
  const { units: withoutContents, contents } = withoutTableOfContents(unstamped);
  if (contents.length > 0) {
    diagnostics.push({ severity: "info", code: "table-of-contents", message: `a table of contents (${contents.reduce((n, u) => n + u.lines.length, 0)} lines, the last "${contents[contents.length - 1]!.lines.at(-1)!.slice(0, 60)}") is left out: no section or section text`, where: contents[0]!.position });
  }
  const units = joinSplitDateLines(splitTypeFromTitle(withoutContents));

  const typeIndex = units.findIndex((u) => documentTypeOf(u.lines[0] ?? "") !== undefined);
  // A tờ trình, báo cáo … first: alone it is no plan; before a plan it is the plan's cover (CONTRACT.md "Document").
  // Only in the first units: a report outline in a plan's appendix ("BÁO CÁO …") is no cover.
  // A type line inside a table only when that table is the header's (a PDF's header table can take the type line
  // under it into its last row): a "BÁO CÁO" cell of a body table is no document's type.
  const headerTables = new Set(units.slice(0, 30).filter((u) => u.inTable && u.lines.some((l) => findNumber(l) !== undefined)).map((u) => u.block));
  const typedIndex = units.slice(0, 30).findIndex((u) => (!u.inTable || headerTables.has(u.block)) && otherDocumentTypeOf(u.lines[0] ?? "") !== undefined);
  const letterIndex = officialLetterAt(units, typeIndex);
  const otherIndex = letterIndex >= 0 && (typedIndex < 0 || letterIndex < typedIndex) ? letterIndex : typedIndex;
  const otherType = otherIndex < 0 ? undefined : otherIndex === letterIndex ? "công văn" : otherDocumentTypeOf(units[otherIndex]!.lines[0]!)!;
  if (otherType !== undefined && (typeIndex < 0 || otherIndex < typeIndex)) {
    const cover = coverOf(units, otherIndex, typeIndex);
    if (typeIndex < 0) return notAPlan(units, otherIndex, otherType, cover, diagnostics);
    diagnostics.push({
      severity: "info",
      code: "cover-document",
      message: `the file starts with a ${otherType}${cover.number ? ` (${cover.number})` : ""} before the plan: meta and sections are the plan's`,
      where: units[otherIndex]!.position,
    });
    // The plan's own header: what follows the cover's signature (its "Nơi nhận" and signer) up to the plan.
    return segmentFrom(doc, units.slice(cover.end), diagnostics);
  }
  return segmentFrom(doc, units, diagnostics);
}

/** A công văn's trích yếu under its number: "V/v …" ("Về việc …"). */
const ABOUT_LINE = /^(?:V\/v|Về việc)\s/u;

/**
 * A công văn has no type line: its number line with the "V/v …" line under it (Nghị định 30/2020, Phụ lục I) makes it
 * one. The index of that "V/v" unit in the first units, before the plan's type line; -1 when there is none.
 */
function officialLetterAt(units: Unit[], typeIndex: number): number {
  const end = Math.min(30, typeIndex >= 0 ? typeIndex : units.length);
  for (let i = 0; i < end; i++) {
    const lines = units[i]!.lines;
    const about = lines.findIndex((l) => ABOUT_LINE.test(l));
    if (about < 0) continue;
    // The number line above it: in the same unit (a header cell holding both lines) or one of the two units before.
    const numbered = (l: string) => findNumber(l) !== undefined;
    if (lines.slice(0, about).some(numbered) || (about === 0 && units.slice(Math.max(0, i - 2), i).some((u) => u.lines.some(numbered)))) return i;
  }
  return -1;
}

/** The printed words before a handwritten number ("Số:", as OCR reads the label: "Sá:") or day ("…, ngày"). */
const NUMBER_LABEL_END = re("u")`(?:^|\s)(?:Số|số|SỐ|[Ss][${LETTER}])\s*[:.]?$`;
/** "…, ngày" before the pen ink; OCR may read the ink's first stroke as a mark after it ("ngày.", "ngày,"). */
const DAY_LABEL_END = /,\s*ngày\s*[.,:;'’]?$/iu;

/**
 * Below this confidence (0–100) a word of digits OCR read is doubtful: printed header digits of real scans are read far
 * above it (README, "Headers, covers and documents that are not plans").
 */
const DOUBTFUL_DIGITS = 50;

/** A word of digits alone, as OCR sets it apart ("589", "22", "2025,"). */
const DIGIT_WORD = /^\d{1,6}[.,;:]?$/u;

/** "589/KH-BCA" → "589". */
function leadingNumber(number: string): string {
  return /^\d+/u.exec(number)?.[0] ?? "";
}

/**
 * The first OCR word of `unit` that is one of `values` in digits alone (compared as numbers: "02" is 2) read with a
 * confidence below DOUBTFUL_DIGITS. Words that mix digits with letters or a symbol ("1105KH-ĐKT", "163/2024/QH15") are
 * not judged: their confidence is tesseract's doubt about the whole token, low for printed symbols it read right (a
 * printed "1105KH-ĐKT" at 0), and says nothing of the digits.
 */
function doubtfulDigits(unit: Unit, values: string[]): OcrWord | undefined {
  const wanted = new Set(values.filter((v) => v !== "").map(Number));
  return unit.ocrWords?.find((word) => word.confidence < DOUBTFUL_DIGITS && DIGIT_WORD.test(word.text) && wanted.has(Number(word.text.replace(/\D/gu, ""))));
}

/** A plan's line under its title naming the decision that issues it: "(Ban hành kèm theo Quyết định số …)". */
const ISSUED_WITH_DECISION = /(?:^|\s)\(?\s*(?:ban hành\s+)?kèm theo\s+quyết định\s+số/iu;

/** "ngày      tháng", "ngày … tháng", "ngày.....tháng": the day not written. */
const BLANK_DAY = /,\s*ngày[\s.…_]*tháng/iu;
/** "ngày      tháng      năm 2026": the month not written either. */
const BLANK_MONTH = /,\s*ngày[\s.…_]*tháng[\s.…_]*năm/iu;

const CITING = /^(?:căn cứ|thực hiện|theo đề nghị|tiếp tục thực hiện|triển khai)\s/iu;

/**
 * The "Căn cứ …" bases of one paragraph: each line that starts with "Căn cứ" starts one (Word's Shift+Enter puts
 * several in one paragraph), a line that does not goes on with the one before (a wrapped line).
 */
function basesOf(lines: readonly string[]): string[] {
  const bases: string[] = [];
  for (const line of lines) {
    // Capitalised: a wrapped line may start with the words in a sentence ("… các đơn vị" / "căn cứ chức năng …").
    if (bases.length === 0 || /^\s*(?:Căn cứ|CĂN CỨ)\s/u.test(line)) bases.push(line);
    else bases[bases.length - 1] += ` ${line}`;
  }
  return bases;
}

/** "… ban hành Kế hoạch …", "… xây dựng Kế hoạch …": the body's clause that says what it does on those bases. */
const ENACTING_VERB = /\s(?:ban hành|xây dựng|triển khai)\s+(?:kế hoạch|quyết định|chương trình)(?=\s|$)/giu;

/**
 * The last basis of a plan often runs on into the clause that enacts it: "Căn cứ Kế hoạch số 20/KH-UBND …, Sở Tư
 * pháp ban hành Kế hoạch như sau:". That clause is the plan's own words, no basis: cut at the comma before it.
 */
function withoutEnactingClause(basis: string): string {
  if (!/như sau\s*(?::\s*)?$/iu.test(basis)) return basis;
  let verb = -1;
  for (const match of basis.matchAll(ENACTING_VERB)) verb = match.index;
  const comma = verb > 0 ? basis.lastIndexOf(",", verb) : -1;
  if (comma <= 0) return basis;
  const clause = basis.slice(comma + 1);
  return clause.includes(";") || clause.length > 160 ? basis : basis.slice(0, comma);
}

interface Cover {
  number: string | null;
  /** The first unit after the cover. */
  end: number;
}

/** The cover's number and where it ends: after its recipients and signer, before the plan's header. */
function coverOf(units: Unit[], from: number, planIndex: number): Cover {
  const to = planIndex >= 0 ? planIndex : units.length;
  const before = units.slice(0, to);
  const numberUnit = before.find((u) => !u.footnote && u.lines.some((l) => findNumber(l)));
  const number = numberUnit ? numberUnit.lines.map(findNumber).find((n) => n !== undefined) ?? null : null;
  let end = from + 1;
  for (let i = from + 1; i < to; i++) {
    if (isRecipientsLabel(units[i]!.text) || isSigningTitle(units[i]!.lines[0] ?? "")) end = i + 1;
  }
  // The signer's name and the rest of the signature table, then the plan's header starts at its agency or "Số:" line.
  const header = units.findIndex((u, i) => i >= end && i < to && (/^(?:ỦY BAN|UỶ BAN|UBND|SỞ|BỘ|CỘNG HÒA)/u.test(u.text) || findNumber(u.text) !== undefined));
  return { number, end: header >= 0 ? header : to >= 0 ? Math.max(end, to - 1) : end };
}

/** A tờ trình, báo cáo … alone: its header facts, no sections, no tables, one diagnostic that says why. */
function notAPlan(units: Unit[], otherIndex: number, type: string, cover: Cover, diagnostics: Diagnostic[]): Result<PlanParts> {
  const header = units.slice(0, 40);
  const placeDate = findFirst(header, (u) => (findPlaceDate(u.text)?.date ? findPlaceDate(u.text) : undefined)) ?? findFirst(header, (u) => findPlaceDate(u.text));
  const issuer = resolveIssuer(header, units, [], placeDate?.place);
  const date = placeDate?.date ?? null;
  const lines = units[otherIndex]!.lines;
  const aboutLine = lines.findIndex((l) => ABOUT_LINE.test(l));
  const title = aboutLine >= 0 ? withoutAboutPrefix(cleanText(lines.slice(aboutLine).join(" "))) : readTitle(units, otherIndex);
  const meta: Meta = {
    docType: "other",
    number: cover.number,
    date,
    place: placeDate?.place ?? null,
    issuer: issuer ? issuerLabel(issuer) : null,
    level: issuer?.level ?? null,
    title,
    ...planPeriod(title, null, date, placeDate?.year ?? null),
    signer: findSigner(units, otherIndex, units.length),
    legalBases: [],
    recipients: findRecipients(units),
  };
  diagnostics.push({
    severity: "warning",
    code: "not-a-plan",
    message: `a ${type}, not a plan (no KẾ HOẠCH or QUYẾT ĐỊNH): no sections or tasks are read`,
    where: units[otherIndex]!.position,
  });
  if (!meta.number) diagnostics.push({ severity: "warning", code: "number-missing", message: "no số / ký hiệu in the header" });
  return { value: { meta, sections: [], appendix: null, tables: [], preamble: [], articles: [] }, diagnostics };
}

/**
 * The place-date line of a header unit: the unit's text, or one of its lines when the unit holds more of the header
 * (text laid out as its page puts a joint plan's number line, the motto and the date line in one paragraph).
 */
function placeDateIn(unit: Unit): ReturnType<typeof findPlaceDate> {
  const whole = findPlaceDate(unit.text);
  if (whole || unit.lines.length < 2) return whole;
  for (const line of unit.lines.slice(1)) {
    const found = findNumber(line) === undefined ? findPlaceDate(line) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The document type a số / ký hiệu names: its first symbol after the number ("12/KH-UBND", "05-KH/ĐU" of a Party body,
 * "08/KHLT-UBND-MTTQ" of a joint plan, "15/2025/QĐ-UBND"); a later symbol is the drafting unit's ("123/UBND-KH").
 */
const TYPE_SYMBOL = /^\d+[a-zA-Z]?(?:\/\d{4})?[/-](KH|KHLT|KHPH|QĐ)(?=[-/.]|$)/u;

function typeOfNumber(number: string): "ke_hoach" | "quyet_dinh" | undefined {
  const symbol = TYPE_SYMBOL.exec(number)?.[1];
  return symbol === undefined ? undefined : symbol === "QĐ" ? "quyet_dinh" : "ke_hoach";
}

/** A header's first line: the governing or issuing body, or the national motto (the number line is tested apart). */
const HEADER_START = /^(?:ỦY BAN|UỶ BAN|UBND|SỞ|BỘ|CỘNG HÒA|CỘNG HOÀ)/u;

interface AppendedDocument {
  /** The first unit of its header. */
  start: number;
  type: string;
  number: string | null;
}

/**
 * A second document after the plan in the same file (a báo cáo, a tờ trình, another plan appended by whoever
 * gathered the file): after the plan's foot (its "Nơi nhận" or signing title), before any appendix of the plan, a
 * type line with a header of its own just above it (a filled number or a dated place line). An appendix is the plan's
 * own even when it holds a report's outline with a template header ("Số:    /BC-…"), so nothing after the plan's
 * first "PHỤ LỤC" is taken for another document.
 */
function findAppendedDocument(units: Unit[], planIndex: number): AppendedDocument | undefined {
  const foot = units.findIndex((u, i) => i > planIndex && !u.footnote && (isRecipientsLabel(u.text) || isSigningTitle(u.lines[0] ?? "")));
  if (foot < 0) return undefined;
  const appendix = findAppendixStarts(units, planIndex)[0] ?? units.length;
  for (let k = foot + 1; k < appendix; k++) {
    const first = units[k]!.lines[0] ?? "";
    const other = otherDocumentTypeOf(first);
    const own = documentTypeOf(first);
    if (other === undefined && own === undefined) continue;
    const above = units.slice(Math.max(foot + 1, k - 6), k);
    const numberUnit = above.find((u) => u.lines.some((l) => findNumber(l) !== undefined));
    const dated = above.some((u) => findPlaceDate(u.text)?.date !== undefined);
    if (!numberUnit && !dated) continue;
    const headerStart = above.findIndex((u) => HEADER_START.test(u.text) || u.lines.some((l) => findNumber(l) !== undefined));
    const number = numberUnit ? numberUnit.lines.map(findNumber).find((n) => n !== undefined) ?? null : null;
    const type = other ?? (own === "ke_hoach" ? "kế hoạch" : "quyết định");
    return { start: headerStart >= 0 ? Math.max(foot + 1, k - 6) + headerStart : k, type, number };
  }
  return undefined;
}

function segmentFrom(doc: DocumentModel, allUnits: Unit[], diagnostics: Diagnostic[]): Result<PlanParts> {
  const firstType = allUnits.findIndex((u) => documentTypeOf(u.lines[0] ?? "") !== undefined);
  const firstPlan = documentTypeOf(allUnits[firstType]?.lines[0] ?? "") === "quyet_dinh" ? allUnits.findIndex((u, i) => i > firstType && documentTypeOf(u.lines[0] ?? "") === "ke_hoach") : firstType;
  const appended = firstPlan >= 0 ? findAppendedDocument(allUnits, firstPlan) : undefined;
  const units = appended ? allUnits.slice(0, appended.start) : allUnits;
  if (appended) {
    diagnostics.push({
      severity: "info",
      code: "appended-document",
      message: `the file goes on after the plan with a ${appended.type}${appended.number ? ` (${appended.number})` : ""}: it is left out (meta, sections and tasks are the plan's)`,
      where: allUnits[appended.start]!.position,
    });
  }
  const endBlock = appended ? allUnits[appended.start]!.block : undefined;
  const typeIndex = units.findIndex((u) => documentTypeOf(u.lines[0] ?? "") !== undefined);
  let docType: Meta["docType"] = typeIndex >= 0 ? documentTypeOf(units[typeIndex]!.lines[0]!)! : "other";
  let planIndex = typeIndex;
  if (docType === "quyet_dinh") {
    const inner = units.findIndex((u, i) => i > typeIndex && documentTypeOf(u.lines[0] ?? "") === "ke_hoach");
    if (inner >= 0) planIndex = inner;
  }

  // A file with no type line may be an appendix alone: its "PHỤ LỤC" can be its first line.
  const appendixStarts = findAppendixStarts(units, planIndex);
  const appendixIndex = appendixStarts[0] ?? -1;
  const bodyEnd = appendixIndex >= 0 ? appendixIndex : units.length;
  const { sections, end: sectionsEnd, articlesFrom } = findSections(units, Math.max(planIndex + 1, 0), bodyEnd, diagnostics, { ocrPages: doc.source.ocrPages, decision: docType === "quyet_dinh" });
  const firstSection = sections[0]?.startUnit ?? bodyEnd;

  // The header region: everything before the first section (for a decision, before its plan's sections too).
  const header = units.slice(0, firstSection);
  // A number or date cited in a legal basis or the opening sentence ("Căn cứ Kế hoạch số 12/KH-UBND ngày …") is
  // another document's, never the plan's.
  const ownLines = header.filter((u) => !CITING.test(u.text));
  const numberUnit = ownLines.find((u) => !u.footnote && numberLines(u.lines).some((l) => findNumber(l)));
  const numberReading = numberUnit ? numberLines(numberUnit.lines).map(readNumber).find((n) => n !== undefined) : undefined;
  let number = numberReading?.number ?? null;
  // Digits OCR was unsure of (a number written by hand in black ink, print under a stamp) are no number: null, said.
  const numberDoubt = number !== null && numberUnit ? doubtfulDigits(numberUnit, [leadingNumber(number)]) : undefined;
  if (numberDoubt) {
    diagnostics.push({ severity: "warning", code: "number-low-confidence", message: `the số / ký hiệu ${number} is on a scanned page and OCR was unsure of its digits ("${numberDoubt.text}", confidence ${numberDoubt.confidence}): left null`, where: numberUnit!.position });
    number = null;
  }
  if (numberReading?.corrected !== undefined && !numberDoubt) {
    diagnostics.push({ severity: "info", code: "number-corrected", message: `số / ký hiệu read as "${numberReading.corrected}": its lost slash put back, ${numberReading.number}`, where: numberUnit!.position });
  }
  // A dated place line wins over an undated one (a draft's template line) anywhere in the header.
  const placeUnit = ownLines.find((u) => placeDateIn(u)?.date !== undefined) ?? ownLines.find((u) => placeDateIn(u) !== undefined);
  const placeDate = placeUnit ? placeDateIn(placeUnit) : undefined;
  let date = placeDate?.date ?? null;
  // The same for the day, month and year of the date line; a year read with confidence still gives the plan's year.
  const dateParts = date ? [date.slice(8, 10), date.slice(5, 7), date.slice(0, 4)] : [];
  const dateDoubt = date !== null && placeUnit ? doubtfulDigits(placeUnit, dateParts) : undefined;
  let yearOfIssue = placeDate?.year ?? null;
  if (dateDoubt) {
    diagnostics.push({ severity: "warning", code: "date-low-confidence", message: `the date ${date} is on a scanned page and OCR was unsure of its digits ("${dateDoubt.text}", confidence ${dateDoubt.confidence}): left null`, where: placeUnit!.position });
    if (!doubtfulDigits(placeUnit!, [dateParts[2]!])) yearOfIssue = Number(dateParts[2]);
    date = null;
  }

  const title = typeIndex >= 0 ? readTitle(units, planIndex) : null;
  // A decision's bases stand before its plan; a decision that issues no plan of its own (it approves a programme, its
  // parts in Điều 1) has them before its first part, as a plan does.
  const legalBases = units
    .slice(Math.max(typeIndex, 0), docType === "quyet_dinh" && planIndex > typeIndex ? planIndex : firstSection)
    .filter((u) => /^căn cứ\s/iu.test(u.text))
    .flatMap((u) => basesOf(u.lines))
    .map((basis) => withoutEnactingClause(cleanText(basis.replace(/^căn cứ\s+/iu, ""))).replace(/[;,.]+$/, ""));

  const appendix = appendixIndex >= 0 ? readAppendixHead(units, appendixIndex) : null;
  const appendixReference = appendix?.reference ? findReference(appendix.reference) : undefined;
  const decisionReference = docType === "quyet_dinh" ? findFirst(units.slice(planIndex, firstSection), (u) => findReference(u.text)) : undefined;
  const references = [appendixReference, decisionReference].filter((r): r is Reference => r !== undefined);
  const ownReference = references.find((r) => r.kind === docType) ?? references[0];
  if (!number && ownReference && (ownReference.kind === docType || docType === "other")) {
    number = ownReference.number;
    diagnostics.push({ severity: "info", code: "number-from-reference", message: `number ${number} taken from the reference line "${appendix?.reference ?? ""}"` });
  }
  if (!date && ownReference?.date) date = ownReference.date;
  // No type line at all (a scan whose OCR lost it, a copy that cut it): the type the số / ký hiệu of the header
  // says ("12/KH-UBND", "05-KH/ĐU", "60/QĐ-UBND"), else the one the appendix's reference names ("Kèm theo Kế hoạch
  // số …"): a reading, said.
  if (docType === "other" && typeIndex < 0) {
    const fromNumber = numberReading && number !== null ? typeOfNumber(number) : undefined;
    const inferred = fromNumber ?? (ownReference?.kind === "ke_hoach" || ownReference?.kind === "quyet_dinh" ? ownReference.kind : undefined);
    if (inferred !== undefined) {
      docType = inferred;
      const what = inferred === "ke_hoach" ? "KẾ HOẠCH" : "QUYẾT ĐỊNH";
      diagnostics.push(
        fromNumber !== undefined
          ? { severity: "warning", code: "doctype-from-number", message: `no type line (KẾ HOẠCH, QUYẾT ĐỊNH) in the header: read as a ${what} from its số / ký hiệu "${number}"`, where: numberUnit!.position }
          : { severity: "warning", code: "doctype-from-reference", message: `no type line (KẾ HOẠCH, QUYẾT ĐỊNH) in the file: read as a ${what} from its appendix's reference "${appendix?.reference ?? ""}"` },
      );
    }
  }

  const headerByOcr = header.some((u) => u.position.page !== undefined && doc.source.ocrPages.includes(u.position.page));
  const resolved = resolveIssuer(header, units, references, placeDate?.place);
  const issuer = headerByOcr ? spelledAsPlace(resolved, placeDate?.place) : resolved;
  // A joint plan (two bodies side by side, each with its number): the contract has one issuer and one number, the
  // first body's (the lead body is named first); the other is said.
  const joint = findJointBody(units.slice(0, Math.max(planIndex, 0)));
  if (joint) {
    diagnostics.push({
      severity: "info",
      code: "joint-plan",
      message: `a joint plan: ${joint.name ?? "a second body"} issues it too, with number ${joint.number}; meta gives the first body's issuer and number`,
    });
  }
  const periodTitle = title ?? appendix?.title ?? null;
  const { year, period } = planPeriod(periodTitle, appendix?.title ?? null, date, yearOfIssue);
  if (year === null) diagnostics.push({ severity: "warning", code: "plan-year-unknown", message: "no plan year in the title and no date of issue" });

  const appendices = appendixStarts.map((index) => ({ block: units[index]!.block, label: appendixLabel(units[index]!.lines[0] ?? ""), ...readAppendixHead(units, index) }));
  const tables = collectTaskTables(doc, appendices, endBlock, diagnostics);
  const meta: Meta = {
    docType,
    number,
    date,
    place: placeDate?.place ?? null,
    issuer: issuer ? issuerLabel(issuer) : null,
    level: issuer?.level ?? null,
    title,
    year,
    period,
    signer: findSigner(units, sectionsEnd, appendixIndex >= 0 ? appendixIndex : units.length) ?? findSigner(units, 0, appendixIndex >= 0 ? appendixIndex : units.length),
    legalBases,
    recipients: findRecipients(units),
  };
  // A signer's surname OCR read with a mark changed ("Nguyên" for "Nguyễn") is the surname the dictionary allows.
  const signerUnit = meta.signer === null ? undefined : units.find((u) => u.position.page !== undefined && doc.source.ocrPages.includes(u.position.page) && u.lines.some((line) => line.includes(meta.signer!)));
  const surname = signerUnit && meta.signer !== null ? restoredSurname(meta.signer) : undefined;
  if (surname) {
    diagnostics.push({ severity: "info", code: "ocr-correction", message: `OCR read the signer's surname "${surname.read}", corrected to "${surname.surname}" (no surname is written "${surname.read}"; only "${surname.surname}" has its letters)`, where: signerUnit!.position });
    meta.signer = surname.name;
  }
  // On a scanned page a "Số: … /KH-…" line without its number is a number written by hand that OCR could not read
  // (a draft's blank number is in a text layer): null, said so, rather than a guess.
  const blankNumber = meta.number ? undefined : ownLines.find((u) => numberLines(u.lines).some(hasBlankNumber));
  const scanned = blankNumber?.position.page !== undefined && doc.source.ocrPages.includes(blankNumber.position.page);
  // The OCR reader leaves pen ink out of what it reads and lists where it was by the printed words before it: a number
  // written right after "Số:", a day right after "ngày".
  const handwritten = (page: number | undefined, label: RegExp) => (doc.source.handwriting ?? []).find((h) => h.page === page && label.test(h.after));
  const numberByHand = scanned ? handwritten(blankNumber!.position.page, NUMBER_LABEL_END) : undefined;
  if (numberByHand) {
    diagnostics.push({ severity: "warning", code: "number-handwritten", message: `the số / ký hiệu "${blankNumber!.text.slice(0, 60)}" has its number written by hand in pen, which OCR does not read: left null`, where: blankNumber!.position });
  } else if (scanned) diagnostics.push({ severity: "warning", code: "number-unreadable", message: `the số / ký hiệu "${blankNumber!.text.slice(0, 60)}" is on a scanned page and its number could not be read`, where: blankNumber!.position });
  else if (blankNumber) {
    // In a text layer a number line without its number is a draft's, or a copy made before the document was numbered.
    const line = numberLines(blankNumber.lines).find(hasBlankNumber) ?? blankNumber.text;
    diagnostics.push({ severity: "warning", code: "number-blank", message: `the số / ký hiệu "${cleanText(line).slice(0, 60)}" leaves its number blank (a draft, or a copy made before the document was numbered): number left null`, where: blankNumber.position });
  } else if (!meta.number && !numberDoubt) {
    // A plan issued with a decision that is not in the file has no số of its own; its "(Ban hành kèm theo Quyết định số
    // …)" line names the decision, whose number is not the plan's (CONTRACT.md: null if absent), but tells the user where it is.
    const issuedWith = docType === "ke_hoach" ? findFirst(header.slice(Math.max(planIndex, 0)), (u) => {
      const at = u.text.search(ISSUED_WITH_DECISION);
      return at < 0 ? undefined : findReference(u.text.slice(at));
    }) : undefined;
    const message = issuedWith?.kind === "quyet_dinh" ? `no số / ký hiệu of the plan's own: it is issued with Quyết định số ${issuedWith.number}, which is not in the file` : "no số / ký hiệu in the header";
    diagnostics.push({ severity: "warning", code: "number-missing", message });
  }
  const undatedLine = meta.date || dateDoubt ? undefined : ownLines.find((u) => findPlaceDate(u.text) !== undefined);
  const dateByHand = undatedLine && doc.source.ocrPages.includes(undatedLine.position.page ?? 0) ? handwritten(undatedLine.position.page, DAY_LABEL_END) : undefined;
  if (dateByHand) {
    diagnostics.push({ severity: "warning", code: "date-handwritten", message: `the date line "${undatedLine!.text.slice(0, 60)}" has its day written by hand in pen, which OCR does not read: date left null`, where: undatedLine!.position });
  } else if (undatedLine && !doc.source.ocrPages.includes(undatedLine.position.page ?? 0) && BLANK_DAY.test(undatedLine.text)) {
    // In a text layer a blank day is a draft's, or a copy published before it was dated (on a scan it may be pen ink).
    const line = cleanText(undatedLine.lines.find((l) => BLANK_DAY.test(l)) ?? undatedLine.text);
    const blank = BLANK_MONTH.test(line) ? "day and month" : "day";
    diagnostics.push({ severity: "warning", code: "date-blank", message: `the date line "${line.slice(0, 60)}" leaves its ${blank} blank (a draft, or a copy made before the document was dated): date left null`, where: undatedLine.position });
  } else if (undatedLine && doc.source.ocrPages.includes(undatedLine.position.page ?? 0)) {
    // On a scan the day (and month) may be pen ink in black, which the ink's colour does not tell from print, or lie
    // under a stamp: the line is there, its date could not be read.
    const line = cleanText(undatedLine.lines.find((l) => findPlaceDate(l) !== undefined) ?? undatedLine.text);
    const unread = BLANK_MONTH.test(line) ? "day or month" : "day";
    diagnostics.push({ severity: "warning", code: "date-unreadable", message: `the date line "${line.slice(0, 60)}" is on a scanned page and OCR read no ${unread} in it: date left null`, where: undatedLine.position });
  } else if (!meta.date && !dateDoubt) diagnostics.push({ severity: "warning", code: "date-missing", message: "no date of issue in the header" });
  return {
    value: { meta, sections, appendix, tables, preamble: header, articles: articlesFrom === undefined ? [] : units.slice(articlesFrom, sectionsEnd) },
    diagnostics,
  };
}
