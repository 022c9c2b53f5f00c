/**
 * The segment stage: document model → plan parts (metadata, Roman-numeral sections, appendix tables).
 * Positions in the output come from the units; nothing here reads the input format.
 */
import type { Diagnostic, DocumentModel, Result, Table } from "../model/types.js";
import type { Meta } from "../schema/plan.js";
import { findTaskHeader } from "../extract/columns.js";
import { cleanAgency } from "../normalize/agency.js";
import { cleanText, foldForMatch, isUpperCaseText } from "../normalize/text.js";
import {
  type Issuer,
  type Reference,
  documentTypeOf,
  findIssuerIn,
  findNumber,
  findPlaceDate,
  findReference,
  isDepartmentLine,
  isPersonName,
  isSigningTitle,
  issuerLabel,
  looksLikeTitleContinuation,
  placeInDepartment,
  withoutAboutPrefix,
} from "./header.js";
import { planPeriod } from "./period.js";
import { type SectionPart, findSections } from "./sections.js";
import { type Unit, toUnits } from "./units.js";

export interface AppendixPart {
  title: string | null;
  reference: string | null;
  tables: Table[];
}

export interface PlanParts {
  meta: Meta;
  sections: SectionPart[];
  appendix: AppendixPart | null;
}

export function segment(doc: DocumentModel): Result<PlanParts> {
  const diagnostics: Diagnostic[] = [];
  const units = splitTypeFromTitle(toUnits(doc.children));

  const typeIndex = units.findIndex((u) => documentTypeOf(u.lines[0] ?? "") !== undefined);
  const docType = typeIndex >= 0 ? documentTypeOf(units[typeIndex]!.lines[0]!)! : "other";
  let planIndex = typeIndex;
  if (docType === "quyet_dinh") {
    const inner = units.findIndex((u, i) => i > typeIndex && documentTypeOf(u.lines[0] ?? "") === "ke_hoach");
    if (inner >= 0) planIndex = inner;
  }

  const appendixIndex = findAppendixStart(units, Math.max(planIndex, 0));
  const bodyEnd = appendixIndex >= 0 ? appendixIndex : units.length;
  const { sections, end: sectionsEnd } = findSections(units, Math.max(planIndex + 1, 0), bodyEnd, diagnostics);
  const firstSection = sections[0]?.startUnit ?? bodyEnd;

  // The header region: everything before the first section (for a decision, before its plan's sections too).
  const header = units.slice(0, firstSection);
  const numberUnit = header.find((u) => !u.footnote && u.lines.some((l) => findNumber(l)));
  let number = numberUnit ? numberUnit.lines.map(findNumber).find((n) => n !== undefined) ?? null : null;
  // A dated place line wins over an undated one (a draft's template line) anywhere in the header.
  let placeDate = findFirst(header, (u) => (findPlaceDate(u.text)?.date ? findPlaceDate(u.text) : undefined)) ?? findFirst(header, (u) => findPlaceDate(u.text));
  let date = placeDate?.date ?? null;

  const title = typeIndex >= 0 ? readTitle(units, planIndex) : null;
  const legalBases = units
    .slice(Math.max(typeIndex, 0), docType === "quyet_dinh" ? Math.max(planIndex, 0) : firstSection)
    .filter((u) => /^căn cứ\s/iu.test(u.text))
    .map((u) => cleanText(u.text.replace(/^căn cứ\s+/iu, "")).replace(/[;,.]+$/, ""));

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

  const issuer = resolveIssuer(header, units, references, placeDate?.place);
  const periodTitle = title ?? appendix?.title ?? null;
  const { year, period } = planPeriod(periodTitle, appendix?.title ?? null, date);
  if (year === null) diagnostics.push({ severity: "warning", code: "plan-year-unknown", message: "no plan year in the title and no date of issue" });

  const tables = collectTaskTables(doc, appendixIndex >= 0 ? units[appendixIndex]!.block : -1);
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
  if (!meta.number) diagnostics.push({ severity: "warning", code: "number-missing", message: "no số / ký hiệu in the header" });
  if (!meta.date) diagnostics.push({ severity: "warning", code: "date-missing", message: "no date of issue in the header" });
  return {
    value: { meta, sections, appendix: appendix || tables.length ? { title: appendix?.title ?? null, reference: appendix?.reference ?? null, tables } : null },
    diagnostics,
  };
}

/**
 * "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024" on one line (a web page's heading, a converter that joined the centred
 * lines): when no line is the bare document type, the first line of capitals that starts with it, before any
 * Roman-numeral section, is the type line followed by its title.
 */
function splitTypeFromTitle(units: Unit[]): Unit[] {
  if (units.some((u) => documentTypeOf(u.lines[0] ?? "") !== undefined)) return units;
  for (let i = 0; i < units.length && i < 80; i++) {
    const unit = units[i]!;
    if (startsSection(unit)) break;
    const first = unit.lines[0] ?? "";
    const match = /^(KẾ HOẠCH|QUYẾT ĐỊNH)\s+(\S.*)$/u.exec(first);
    if (unit.inTable || !match || !isUpperCaseText(first)) continue;
    const lines = [match[1]!, match[2]!, ...unit.lines.slice(1)];
    const copy: Unit = { ...unit, lines, text: lines.join(" ") };
    return [...units.slice(0, i), copy, ...units.slice(i + 1)];
  }
  return units;
}

function findFirst<T>(units: Unit[], read: (u: Unit) => T | undefined): T | undefined {
  for (const unit of units) {
    const found = read(unit);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The lines after "KẾ HOẠCH" in its unit, or the next unit, and further title-like units (bold, upper case). */
function readTitle(units: Unit[], typeIndex: number): string | null {
  const typeUnit = units[typeIndex];
  if (!typeUnit) return null;
  const parts: string[] = [];
  // The reference line of a plan issued by a decision ("(Ban hành kèm theo Quyết định …)") or the first legal basis
  // can share the unit when no blank line follows the title. ("Thực hiện …" there is the title itself.)
  const rest = takeWhile(typeUnit.lines.slice(1), (line) => !/^(?:\(?\s*(?:ban hành\s+)?kèm theo\b|căn cứ\s)/iu.test(line.trim()));
  if (rest.length > 0) {
    // A wrapped upper-case title runs on into the first sentence of the body when there is no blank line.
    const upper = rest[0] && isUpperCaseText(rest[0]) ? takeWhile(rest, isUpperCaseText) : rest;
    parts.push(...upper);
  }
  let i = typeIndex + 1;
  // The unit right after the type line is the title ("Thực hiện cải cách hành chính năm 2023", "THỰC HIỆN …"),
  // unless it is already the body: a "Căn cứ" line, a long sentence, a lead-in ending with ":" or ";".
  const next = units[i];
  if (parts.length === 0 && next && !/^căn cứ\s/iu.test(next.text)) {
    if (isUpperCaseText(next.lines[0] ?? "")) parts.push(...takeWhile(next.lines, isUpperCaseText));
    else if (next.text.length <= 300 && !/[:;]$/.test(next.text)) parts.push(...next.lines);
    if (parts.length > 0) i += 1;
  }
  while (units[i] && looksLikeTitleContinuation(units[i]!) && parts.length < 8) {
    parts.push(...units[i]!.lines);
    i += 1;
  }
  const title = withoutAboutPrefix(cleanText(parts.join(" ")));
  return title === "" ? null : title;
}

function takeWhile<T>(items: T[], keep: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (!keep(item)) break;
    out.push(item);
  }
  return out;
}

/**
 * "PHỤ LỤC" as a title line (upper case, bold or a heading), after the body has started. Appendices titled otherwise
 * ("BIỂU PHÂN CÔNG NHIỆM VỤ …", "DANH MỤC NHIỆM VỤ …") are found by what every appendix carries: the title in capitals
 * right above a "(Kèm theo Kế hoạch số …)" line, once the body's sections have begun (the same line under the plan's
 * own title, in a plan issued by a decision, is no appendix).
 */
function findAppendixStart(units: Unit[], from: number): number {
  const titled = units.findIndex(
    (u, i) => i > from && !u.inTable && /^phu luc\b/.test(foldForMatch(u.lines[0] ?? "")) && (isUpperCaseText(u.lines[0]!) || u.bold || u.kind === "heading"),
  );
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

function startsSection(unit: Unit): boolean {
  return /^(?:(?:Phần|PHẦN)\s+)?[IVXLC]{1,7}\s*[.):–-]?\s/u.test(unit.text);
}

function isReferenceLine(line: string): boolean {
  return /^\(?\s*(?:ban hành\s+)?kèm theo\b/iu.test(line.trim());
}

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

function readAppendixHead(units: Unit[], index: number): { title: string | null; reference: string | null } {
  const titleLines: string[] = [];
  let reference: string | null = null;
  const isReference = isReferenceLine;
  // "PHỤ LỤC" (with its number) opens the title; other appendix titles ("BIỂU PHÂN CÔNG …") are the title.
  const [head = "", ...after] = units[index]!.lines;
  const ownTitle = head.replace(/^phụ lục(?:\s+(?:số\s*)?[IVXLC\d]{1,5}(?![\p{L}\d]))?\s*[.:\-–]?\s*/iu, "");
  const lines = [...(ownTitle === "" ? [] : [ownTitle]), ...after];
  for (let i = index + 1; i < units.length && i <= index + 4 && !units[i]!.inTable; i++) {
    if (lines.some(isReference)) break;
    lines.push(...units[i]!.lines);
  }
  for (const [index, line] of lines.entries()) {
    if (reference === null && isReference(line)) {
      // The reference may wrap: take lines up to the one that closes its parenthesis.
      const rest = lines.slice(index);
      const close = rest.findIndex((l) => /\)\s*\**\s*$/.test(l));
      const whole = rest.slice(0, close >= 0 ? close + 1 : 1).join(" ");
      reference = cleanText(whole.replace(/^\(?\s*(?:ban hành\s+)?kèm theo\s*/iu, "").replace(/\)\s*$/, ""));
      reference = reference.replace(/(số\s*:?\s*)(\d+)\s+\//giu, "$1$2/").replace(/ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/giu, "ngày $1/$2/$3");
      break;
    }
    if (/^phụ lục\b/iu.test(line) && titleLines.length === 0) continue;
    titleLines.push(line);
  }
  const title = cleanText(titleLines.join(" "));
  return { title: title === "" ? null : title, reference };
}

/**
 * Task tables: those with a task header, and after one of them, header-less tables of the same width (the rest of
 * the table after a page break or an elided part, which some converters write as a new table).
 */
function collectTaskTables(doc: DocumentModel, afterBlock: number): Table[] {
  const tables: Table[] = [];
  let width = 0;
  doc.children.forEach((block, index) => {
    if (block.type !== "table" || index <= afterBlock) return;
    if (findTaskHeader(block) !== undefined) {
      tables.push(block);
      width = tableWidth(block);
    } else if (width > 0 && Math.abs(tableWidth(block) - width) <= 1 && block.rows.length > 0) {
      tables.push(block);
    }
  });
  if (tables.length === 0 && afterBlock >= 0) return collectTaskTables(doc, -1);
  return tables;
}

export function tableWidth(table: Table): number {
  return Math.max(0, ...table.rows.map((r) => r.cells.length));
}

function resolveIssuer(header: Unit[], units: Unit[], references: Reference[], place: string | undefined): Issuer | undefined {
  const candidates: Issuer[] = [];
  const agencyIndex = header.findIndex((u) => /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\b/u.test(u.text) && isUpperCaseText(u.text.replace(/[-–]+$/, "")));
  const agencyLine = header[agencyIndex];
  const department = findDepartment(header, agencyIndex);
  const fromHeader = agencyLine ? findIssuerIn(withoutJoinedDepartment(agencyLine.text) + unitLineBelow(header, agencyIndex)) : undefined;
  if (department) {
    // A department issuing its own plan: named by its own line, at the level of the committee above it.
    const own = placeInDepartment(department);
    if (own) return { ...own, department: departmentName(own.department!) };
    if (fromHeader?.unit && fromHeader.name) return { ...fromHeader, department: departmentName(department) };
  }
  if (fromHeader) candidates.push(fromHeader);
  for (const reference of references) if (reference.issuer) candidates.push(reference.issuer);
  const introduction = units.slice(0, 80).find((u) => /(ủy|uỷ) ban nhân dân.{0,40}ban hành/iu.test(u.text));
  const fromIntroduction = introduction ? findIssuerIn(introduction.text.slice(introduction.text.search(/(ủy|uỷ) ban nhân dân.{0,40}ban hành/iu))) : undefined;
  if (fromIntroduction) candidates.push(fromIntroduction);
  const authority = units.find((u) => /^CHỦ TỊCH (ỦY|UỶ) BAN NHÂN DÂN/u.test(u.text));
  const fromAuthority = authority ? findIssuerIn(authority.text) : undefined;
  if (fromAuthority) candidates.push(fromAuthority);

  const named = candidates.find((c) => c.unit && c.name);
  if (named) return named;
  const unitOnly = candidates.find((c) => c.unit);
  if (unitOnly) return place ? { ...unitOnly, name: place, level: unitOnly.level } : unitOnly;
  return undefined;
}

/**
 * The issuing department's line: right under the committee's line (a later line of its unit, or one of the next
 * few header units, which a header table interleaves with the national motto), or, with no committee line, a
 * department line that names its own place.
 */
function findDepartment(header: Unit[], agencyIndex: number): string | undefined {
  if (agencyIndex < 0) {
    for (const unit of header.slice(0, 12)) {
      const line = unit.lines.find((l) => isDepartmentLine(l) && placeInDepartment(l) !== undefined);
      if (line) return cleanDepartment(line);
    }
    return undefined;
  }
  const ownLines = header[agencyIndex]!.lines;
  const inUnit = ownLines.slice(1).find(isDepartmentLine) ?? splitJoinedDepartment(ownLines.join(" "));
  if (inUnit) return cleanDepartment(inUnit);
  for (const unit of header.slice(agencyIndex + 1, agencyIndex + 5)) {
    if (findNumber(unit.text) || documentTypeOf(unit.lines[0] ?? "") !== undefined) break;
    const line = unit.lines.find(isDepartmentLine);
    if (line) return cleanDepartment(line);
  }
  return undefined;
}

/**
 * "ỦY BAN NHÂN DÂN" alone in its unit, as a header table keeps it (one cell a line, the national motto's cells in
 * between): the line naming its unit ("HUYỆN KIM SƠN", "ĐẶC KHU PHÚ QUỐC") in one of the next header units.
 */
function unitLineBelow(header: Unit[], agencyIndex: number): string {
  const own = header[agencyIndex]!.text;
  if (!/^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)$/u.test(own.replace(/[-–_\s]+$/u, "").trim())) return "";
  for (const unit of header.slice(agencyIndex + 1, agencyIndex + 5)) {
    if (findNumber(unit.text) || documentTypeOf(unit.lines[0] ?? "") !== undefined) break;
    const line = unit.lines[0] ?? "";
    if (isUpperCaseText(line) && findIssuerIn(`UBND ${line}`)?.unit) return ` ${line}`;
  }
  return "";
}

/** A department's type word inside a joined header line; "BAN" of "ỦY BAN NHÂN DÂN" is none. */
const JOINED_DEPARTMENT = /\s(?:(?:SỞ|BAN(?!\s+NHÂN\s+DÂN)|PHÒNG)\s\p{Lu}|VĂN PHÒNG(?:\s\p{Lu}|$))/u;

/** "UBND TỈNH QUẢNG NINH SỞ TƯ PHÁP" (two header lines joined into one) → "SỞ TƯ PHÁP". */
function splitJoinedDepartment(text: string): string | undefined {
  const at = text.search(JOINED_DEPARTMENT);
  return at > 0 && isDepartmentLine(text.slice(at + 1)) ? text.slice(at + 1) : undefined;
}

function withoutJoinedDepartment(text: string): string {
  const department = splitJoinedDepartment(text);
  return department ? text.slice(0, text.length - department.length).trim() : text;
}

/** Cased as agencies are; the committee's own office is "Văn phòng UBND" ("VĂN PHÒNG" under "UBND TỈNH …"). */
function departmentName(line: string): string {
  const name = cleanAgency(line).value;
  return name === "Văn phòng" ? "Văn phòng UBND" : name;
}

function cleanDepartment(line: string): string {
  return cleanText(line).replace(/[-–_]+$/u, "").trim();
}

/** The name after the last signing title (CHỦ TỊCH …) before the appendix; else a lone name after "Nơi nhận". */
function findSigner(units: Unit[], from: number, to: number): string | null {
  const lines: string[] = [];
  for (const unit of units.slice(from, to)) if (!unit.footnote) lines.push(...unit.lines);
  let lastTitle = -1;
  lines.forEach((line, i) => {
    if (isSigningTitle(line)) lastTitle = i;
  });
  const searchFrom = lastTitle >= 0 ? lastTitle + 1 : 0;
  for (let i = searchFrom; i < lines.length && (lastTitle < 0 || i <= lastTitle + 4); i++) {
    if (isPersonName(lines[i]!)) return cleanText(lines[i]!);
  }
  if (lastTitle >= 0) return null;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 12; i--) if (isPersonName(lines[i]!)) return cleanText(lines[i]!);
  return null;
}

function findRecipients(units: Unit[]): string[] {
  const start = units.findIndex((u) => /^nơi nhận\s*:?/iu.test(u.text));
  if (start < 0) return [];
  const recipients: string[] = [];
  const add = (line: string) => {
    const text = cleanText(line).replace(/[;,.]+$/, "").trim();
    if (text) recipients.push(text);
  };
  const head = units[start]!.text.replace(/^nơi nhận\s*:?\s*/iu, "");
  if (head) for (const part of head.split(/\s(?=[-+•]\s)/u)) add(part);
  const table = units[start]!.inTable ? units[start]!.block : -1;
  for (let i = start + 1; i < units.length; i++) {
    const unit = units[i]!;
    const bullet = unit.marker !== undefined || /^[-+•]/.test(unit.text);
    // In a signature table read a line a row, the signer's column sits between the recipients: skip it.
    if (!bullet && unit.inTable && unit.block === table) continue;
    if (!bullet) break;
    add(unit.text);
  }
  return recipients;
}
