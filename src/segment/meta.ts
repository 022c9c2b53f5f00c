/**
 * The plan's header facts (Nghị định 30/2020's grammar): document type and title, issuing body and its department,
 * signer, recipients. The orchestration (which units are the header) stays in `index.ts`.
 */
import { cleanAgency } from "../normalize/agency.js";
import { cleanText, foldForMatch, isUpperCaseText } from "../normalize/text.js";
import { startsSection } from "./appendix.js";
import {
  type Issuer,
  type Level,
  type Reference,
  documentTypeOf,
  endsTitle,
  endsTitleText,
  afterRecipientsLabel,
  beforeMotto,
  findCentralIssuer,
  withVietnameseD,
  findIssuerIn,
  findNumber,
  findPlaceDate,
  hasBlankNumber,
  isCentralCity,
  PUBLIC_SERVICE_UNIT,
  isDepartmentLine,
  isFiledLine,
  isRecipientLine,
  isRecipientsLabel,
  signerName,
  sideBySideNames,
  isSigningTitle,
  looksLikeTitleContinuation,
  placeInDepartment,
  provinceOfPlace,
  unlabelledRecipients,
  withoutAboutPrefix,
} from "./header.js";
import { continuesHeaderLine, findBodyUnderMinistry, findOrganisationIssuer, headerColumns, splitJoinedBodies } from "./organisation.js";
import type { Unit } from "./units.js";
import { LETTER, LOWER, PUNCTUATION, SYMBOL, UPPER, re } from "../letters.js";

/**
 * "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024" on one line (a web page's heading, a converter that joined the centred
 * lines): when no line is the bare document type, the first line of capitals that starts with it, before any
 * Roman-numeral section, is the type line followed by its title.
 */
export function splitTypeFromTitle(input: Unit[]): Unit[] {
  const units = splitAtTypeLine(input);
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

/**
 * What a place-date line broken before its end goes on with: "12 năm 2025", "tháng 12 năm 2025", "năm 2025", or the
 * year alone ("… tháng 01 năm" / "2026" in a narrow cell).
 */
const DATE_REST = /^(?:\d{1,2}\s|tháng\s|năm\s|\d{4}\s*$)/u;
/** A "Số: …" line, its number written or left blank. */
const isNumberLine = (line: string) => findNumber(line) !== undefined || hasBlankNumber(line);

/**
 * "Lâm Đồng, ngày 22 tháng" / "12 năm 2025": a place-date line broken before its end (a narrow header cell, a converter
 * writing a line a paragraph) is joined with its rest when only the two together make a date. A rest starting in lower
 * case ("năm 2025") is joined by `toUnits` already; one starting with digits is not.
 */
export function joinSplitDateLines(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    // The rest may come after the number line of the other column, which a header table read cell by cell puts
    // between them ("Quảng Trị, ngày 25 tháng 02" / "Số: 130 /KH-UBND" / "năm 2026").
    const between = out[out.length - 1];
    const numberBetween = between !== undefined && between.lines.length === 1 && isNumberLine(between.text);
    const at = numberBetween ? out.length - 2 : out.length - 1;
    const last = out[at];
    if (last && /,\s*ngày/iu.test(last.text) && !findPlaceDate(last.text)?.date) {
      if (DATE_REST.test(unit.text)) {
        const text = `${last.text} ${unit.text}`;
        if (findPlaceDate(text)?.date) {
          out[at] = { ...last, lines: [...last.lines, ...unit.lines], text };
          continue;
        }
      }
      // Text laid out as its page joins the number line and the date's rest under it into one paragraph
      // ("Số: 130 /KH-UBND" / "năm 2026"): the rest goes to its date, the number line stays.
      if (unit.lines.length > 1 && isNumberLine(unit.lines[0]!) && DATE_REST.test(unit.lines[1]!)) {
        const text = `${last.text} ${unit.lines[1]}`;
        if (findPlaceDate(text)?.date) {
          out[at] = { ...last, lines: [...last.lines, unit.lines[1]!], text };
          const lines = [unit.lines[0]!, ...unit.lines.slice(2)];
          out.push({ ...unit, lines, text: lines.join(" ") });
          continue;
        }
      }
    }
    out.push(unit);
  }
  return out;
}

/**
 * A text with no blank line between the header's lines (copied out of Word, a scrape) reaches here as one paragraph:
 * "ỦY BAN NHÂN DÂN" / "XÃ …" / "Số: …" / "…, ngày …" / "KẾ HOẠCH" / title. The bare type line starts a unit of its
 * own, and that unit ends where the body starts ("Căn cứ …", "Thực hiện …", "I. …"), as it does after a blank line.
 */
function splitAtTypeLine(units: Unit[]): Unit[] {
  if (units.some((u) => documentTypeOf(u.lines[0] ?? "") !== undefined)) return units;
  for (let i = 0; i < units.length && i < 80; i++) {
    const unit = units[i]!;
    if (startsSection(unit)) break;
    const at = unit.inTable ? -1 : unit.lines.findIndex((line, k) => k > 0 && documentTypeOf(line) !== undefined);
    if (at < 0) continue;
    const after = unit.lines.findIndex((line, k) => k > at + 1 && endsTitleText(line));
    const end = after < 0 ? unit.lines.length : after;
    const part = (from: number, to: number): Unit => {
      const lines = unit.lines.slice(from, to);
      const position = unit.position.line === undefined ? unit.position : { ...unit.position, line: unit.position.line + from };
      return { ...unit, lines, text: lines.join(" "), marker: from === 0 ? unit.marker : undefined, position };
    };
    const parts = [part(0, at), part(at, end), ...(end < unit.lines.length ? [part(end, unit.lines.length)] : [])];
    return [...units.slice(0, i), ...parts, ...units.slice(i + 1)];
  }
  return units;
}

export function findFirst<T>(units: Unit[], read: (u: Unit) => T | undefined): T | undefined {
  for (const unit of units) {
    const found = read(unit);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The lines after "KẾ HOẠCH" in its unit, or the next unit, and further title-like units (bold, upper case). */
export function readTitle(units: Unit[], typeIndex: number): string | null {
  const typeUnit = units[typeIndex];
  if (!typeUnit) return null;
  const parts: string[] = [];
  // The reference line of a plan issued by a decision ("(Ban hành kèm theo Quyết định …)") or the first legal basis
  // can share the unit when no blank line follows the title. ("Thực hiện …" there is the title itself.)
  const rest = takeWhile(typeUnit.lines.slice(1), (line) => !/^(?:\(?\s*(?:ban hành\s+)?kèm theo\b|căn cứ\s)/iu.test(line.trim()));
  if (rest.length > 0) {
    // A wrapped upper-case title runs on into the first sentence of the body when there is no blank line.
    const upper = rest[0] && isUpperCaseText(rest[0]) ? takeWhile(rest, isTitleLine) : [rest[0]!, ...takeWhile(rest.slice(1), (line) => !startsBody(line))];
    parts.push(...upper);
  }
  let i = typeIndex + 1;
  // The unit right after the type line is the title ("Thực hiện cải cách hành chính năm 2023", "THỰC HIỆN …"),
  // unless it is already the body: a "Căn cứ" line, a long sentence, a lead-in ending with ":" or ";".
  const next = units[i];
  if (parts.length === 0 && next && !/^căn cứ\s/iu.test(next.text)) {
    if (isUpperCaseText(next.lines[0] ?? "")) parts.push(...takeWhile(next.lines, isTitleLine));
    else {
      // Text laid out as its page runs the title and the body's first sentence together (no blank line between): the
      // title ends at a line that starts the body in capitals ("Thực hiện …", "Căn cứ …", "(Ban hành kèm theo …)"); a
      // wrapped title line goes on in lower case ("… triển khai" / "thực hiện Nghị quyết …").
      const own = [next.lines[0] ?? "", ...takeWhile(next.lines.slice(1), (line) => !startsBody(line))];
      const text = own.join(" ");
      if (text.length <= 300 && !/[:;]$/.test(text)) parts.push(...own);
    }
    if (parts.length > 0) i += 1;
  }
  while (units[i] && looksLikeTitleContinuation(units[i]!) && parts.length < 8) {
    parts.push(...units[i]!.lines);
    i += 1;
  }
  // Plain text tells no emphasis: a title wrapped before a capital ("… tại Trung tâm" / "Phục vụ hành chính công …")
  // goes on in a paragraph of its own, one short line that neither ends a sentence nor starts the body.
  const plain = !typeUnit.bold && typeUnit.kind !== "heading";
  while (plain && parts.length > 0 && parts.length < 8 && units[i] && wrappedTitleLine(units[i]!, parts[parts.length - 1]!)) {
    parts.push(units[i]!.lines[0]!);
    i += 1;
  }
  const title = withoutAboutPrefix(withVietnameseD(cleanText(parts.join(" ")))).replace(LEADING_MARKS, "");
  return title === "" ? null : title;
}

const STARTS_UPPER_OR_BRACKET = re("u")`^\s*[(${UPPER}]`;

/** A line that starts with a word (not a rule "-----", a bracket or a mark). */
const STARTS_WORD = re("u")`^\s*[${LETTER}\d]`;

/** Longest line taken as a plain-text title's wrapped line (see `readTitle`). */
const MAX_WRAPPED_TITLE_LINE = 120;

/** A paragraph of one short line going on with the title line `previous`, which ends no sentence (see `readTitle`). */
function wrappedTitleLine(unit: Unit, previous: string): boolean {
  const line = unit.lines[0] ?? "";
  return (
    unit.lines.length === 1 && !unit.inTable && !unit.footnote && line.length <= MAX_WRAPPED_TITLE_LINE && STARTS_WORD.test(line) &&
    !/[.:;,]$/u.test(previous.trim()) && !/[.:;,]$/u.test(line.trim()) && !endsTitle(unit) && !isUpperCaseText(line)
  );
}

/** A line after a title's first that starts the body: see `readTitle`. */
function startsBody(line: string): boolean {
  return endsTitleText(line) && STARTS_UPPER_OR_BRACKET.test(line);
}

/**
 * Figures and marks before a title's first word ("0/2/20+6 Phối hợp …"): what a received stamp's handwritten date
 * leaves on the title's line in a scan. A title may start with a number ("03 nhiệm vụ …"), never with a date or a
 * figure run together with marks.
 */
const LEADING_MARKS = re("u")`^(?:[\d${PUNCTUATION}${SYMBOL}]*[${PUNCTUATION}${SYMBOL}][\d${PUNCTUATION}${SYMBOL}]*\s+)+(?=[${LETTER}])`;

/**
 * A line of a title in capitals, or its years alone: "… TỈNH BẮC NINH GIAI ĐOẠN" / "2026 - 2030" is one title (a line
 * of digits has no case).
 */
function isTitleLine(line: string): boolean {
  return isUpperCaseText(line) || /^[\d\s\-–—/.,]+$/u.test(line.trim());
}

function takeWhile<T>(items: T[], keep: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (!keep(item)) break;
    out.push(item);
  }
  return out;
}

export function resolveIssuer(headerUnits: Unit[], units: Unit[], references: Reference[], place: string | undefined): Issuer | undefined {
  const candidates: Issuer[] = [];
  const header = headerUnits.flatMap(splitAtCommittee);
  const agencyIndex = issuingCommitteeAt(header);
  const agencyLine = header[agencyIndex];
  const department = findDepartment(header, agencyIndex);
  const fromHeader = agencyLine ? findIssuerIn(withoutJoinedDepartment(committeeText(agencyLine)) + unitLineBelow(header, agencyIndex)) : undefined;
  if (agencyIndex < 0) {
    // A ministry or the Government heads its own documents: no People's Committee above it.
    const central = findFirst(header.slice(0, 40), (u) => (u.footnote ? undefined : centralIssuerOf(u)));
    if (central) return findBodyUnderMinistry(header) ?? central;
    // A Party committee, the Front, a union, a public unit under its department: the body its header names, never one
    // the body's text mentions.
    const organisation = findOrganisationIssuer(header, place);
    if (organisation) return organisation;
  }
  const provincial = agencyIndex < 0 && !department && place ? provincialDepartment(header) : undefined;
  if (provincial) return { ...provinceOfPlace(place!), department: departmentName(provincial) };
  if (department) {
    // A department issuing its own plan: named by its own line, at the level of the committee above it.
    const own = placeInDepartment(department);
    if (own) return { ...own, department: departmentName(own.department!) };
    if (fromHeader?.unit && fromHeader.name) return { ...fromHeader, department: departmentName(department, WITH_COUNCIL.test(agencyLine!.text.trim())) };
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
 * The issuer's place name spelled as the date line spells it, when both are read by OCR and differ in diacritics
 * only ("HUYỆN VẬN NINH" over "Vạn Ninh, ngày …"): a body's own place is the name of its date line, and tesseract
 * misreads the marks of capitals (pressed into the line above) more often than those of small letters.
 */
export function spelledAsPlace(issuer: Issuer | undefined, place: string | undefined): Issuer | undefined {
  if (!issuer?.name || !place || issuer.department || issuer.name === place) return issuer;
  return foldForMatch(issuer.name) === foldForMatch(place) ? { ...issuer, name: place } : issuer;
}

/**
 * A body of a ministry that issues in its own name under the ministry's line ("BỘ CÔNG AN" / "CỤC CẢNH SÁT QUẢN LÝ HÀNH
 * CHÍNH VỀ TRẬT TỰ XÃ HỘI", "BỘ NỘI VỤ" / "VỤ CẢI CÁCH HÀNH CHÍNH"): the last body of the header's column issues. A
 * working group ("TỔ CÔNG TÁC …", "ĐOÀN KIỂM TRA …") issues in its ministry's name.
 */
const WORKING_GROUP_LINE = /^(?:TỔ|ĐOÀN)\s/u;
const MINISTRY_BODY = /^(?:TỔNG CỤC|CỤC|VỤ|VIỆN|THANH TRA BỘ|VĂN PHÒNG BỘ|BỘ TƯ LỆNH|BỘ CHỈ HUY)\s/u;

/** A ministry or the Government heading the header unit, or the body under the ministry's line in the same unit. */
function centralIssuerOf(unit: Unit): Issuer | undefined {
  const first = findCentralIssuer(unit.lines[0] ?? "");
  if (first?.department?.startsWith("Bộ ") && unit.lines.length > 1) {
    const body = beforeMotto(unit.lines[1]!).trim();
    if (MINISTRY_BODY.test(body) && isUpperCaseText(body) && body.length <= 120) return { ...first, department: cleanAgency(body).value };
    if (WORKING_GROUP_LINE.test(body)) return first;
  }
  return findCentralIssuer(unit.text) ?? first;
}

const LEVEL_RANK: Record<Level, number> = { tinh: 0, huyen: 1, xa: 2 };

/**
 * The issuing committee's header unit. A commune's (or district's) committee may write the committee above it over its
 * own line ("UBND TỈNH ĐỒNG NAI" / "ỦY BAN NHÂN DÂN XÃ PHÚ LÝ"), as a department writes its committee: the lower
 * committee right under it issues.
 */
function issuingCommitteeAt(header: Unit[]): number {
  let at = header.findIndex(isCommitteeUnit);
  const levelAt = (unit: Unit) => {
    const found = isCommitteeUnit(unit) ? findIssuerIn(committeeText(unit)) : undefined;
    return found?.name && found.level ? LEVEL_RANK[found.level] : undefined;
  };
  const own = at >= 0 ? levelAt(header[at]!) : undefined;
  if (own === undefined) return at;
  let rank = own;
  // The next header units, the national motto's cells skipped (a header table read cell by cell puts them between).
  for (let k = at + 1; k < Math.min(header.length, at + 4); k++) {
    const unit = header[k]!;
    if (isMottoLine(unit.text)) continue;
    const below = levelAt(unit);
    if (below === undefined || below <= rank) break;
    at = k;
    rank = below;
  }
  return at;
}

/**
 * A committee's header line; the council and the committee may head it together ("HĐND - UBND XÃ CÁT TIÊN" over
 * "VĂN PHÒNG": their joint office).
 */
const COMMITTEE_START = re("iu")`^(?:(?:HĐND|HỘI ĐỒNG NHÂN DÂN)\s*(?:[-–]|VÀ)\s*)?(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)(?![${LETTER}\d])`;
/** The council named with the committee in the header line: see COMMITTEE_START. */
const WITH_COUNCIL = /^(?:HĐND|HỘI ĐỒNG NHÂN DÂN)\s*(?:[-–]|VÀ)/iu;

const ANY_LETTER = re("u")`[${LETTER}]`;

/**
 * The committee's own words in its header unit. Two columns read line by line put the motto after each of its lines
 * ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …" / "XÃ ĐỊNH HƯNG Độc lập - Tự do - Hạnh phúc"): the words before the motto on
 * each such line, in capitals, are the committee's.
 */
function committeeText(unit: Unit): string {
  // A header cell holding the number line under the committee's ("ỦY BAN NHÂN DÂN" / "XÃ TÂN LẬP" / "Số: 12/KH-UBND").
  // A joint plan's header laid out side by side gives each line both bodies' words: the first column is the committee's.
  const lines = takeWhile(unit.lines, (line) => !isNumberLine(line)).map((line) => headerColumns(line)[0]!);
  const first = lines[0] ?? "";
  if (beforeMotto(first) === first) return beforeMotto(lines.join(" "));
  const own: string[] = [];
  for (const line of lines) {
    const part = beforeMotto(line).trim();
    if (/^(?:CỘNG (?:HÒA|HOÀ)|Độc lập)/u.test(part) || !ANY_LETTER.test(part)) continue;
    if (!isUpperCaseText(part)) break;
    own.push(part);
  }
  return own.join(" ");
}

/**
 * A header unit holding the committee's line after other lines (the national motto read first, as OCR and some
 * converters order the header's two columns; lines kept together in text written without blank lines): the
 * committee's lines as a unit of their own, so that they are read as the committee's line is read anywhere else.
 */
function splitAtCommittee(unit: Unit): Unit[] {
  const at = unit.lines.findIndex((line, index) => index > 0 && COMMITTEE_START.test(line.trim()));
  if (at < 0) return [unit];
  const part = (lines: string[]): Unit => ({ ...unit, lines, text: lines.join(" ") });
  return [part(unit.lines.slice(0, at)), part(unit.lines.slice(at))];
}

/**
 * The committee's header line: in capitals as the header grammar writes it, or as a converter re-cased it ("Ủy ban
 * nhân dân" / "Thành phố Vinh") when it names its unit and place; running text that starts so ("Ủy ban nhân dân tỉnh
 * ban hành …") names no place with capitals and is not taken.
 */
function isCommitteeUnit(unit: Unit): boolean {
  const own = beforeMotto(unit.text).replace(/(?<![-–])[-–]+$/, "").trim();
  if (!COMMITTEE_START.test(own)) return false;
  if (isUpperCaseText(own)) return true;
  return own.length <= 80 && findIssuerIn(own)?.name !== undefined;
}

/**
 * The issuing department's line: right under the committee's line (a later line of its unit, or one of the next
 * few header units, which a header table interleaves with the national motto), or, with no committee line, a
 * department line that names its own place.
 */
function findDepartment(header: Unit[], agencyIndex: number): string | undefined {
  if (agencyIndex < 0) {
    // The header's left column names the governing body over the issuing one ("CÔNG AN TỈNH LÂM ĐỒNG" / "CÔNG AN XÃ TÂN
    // LẬP"): of the department lines that name their own place, the lowest issues; a department line under it that
    // names no place ("PHÒNG CẢNH SÁT …") is that body's, and issues under its name. A header cell's lines run together
    // into one are taken apart first.
    const lines = takeWhile(header.slice(0, 12).filter((u) => !u.footnote).flatMap((u) => u.lines), (l) => documentTypeOf(l) === undefined).flatMap((l) => splitJoinedBodies(beforeMotto(l).trim())).filter((l) => !isMottoLine(l));
    let at = -1;
    lines.forEach((l, i) => {
      if (isDepartmentLine(l) && placeInDepartment(l) !== undefined && (at < 0 || i === at + 1)) at = i;
    });
    if (at < 0) return undefined;
    const below = lines[at + 1];
    if (below !== undefined && isDepartmentLine(below) && placeInDepartment(below) === undefined) {
      return cleanDepartment(`${withWrappedLines(below, lines.slice(at + 2))} ${lines[at]}`);
    }
    return cleanDepartment(lines[at]!);
  }
  const ownLines = header[agencyIndex]!.lines.map((line) => headerColumns(line)[0]!);
  const at = ownLines.findIndex((line, i) => i > 0 && isDepartmentLine(line));
  if (at > 0) return cleanDepartment(withBodyBelow(ownLines[at]!, [...ownLines.slice(at + 1), ...header.slice(agencyIndex + 1, agencyIndex + 4).flatMap((u) => u.lines)]));
  const joined = splitJoinedDepartment(beforeMotto(ownLines.join(" ")).trim());
  if (joined) return cleanDepartment(joined);
  for (let k = agencyIndex + 1; k < Math.min(header.length, agencyIndex + 5); k++) {
    const unit = header[k]!;
    if (findNumber(unit.text) || documentTypeOf(unit.lines[0] ?? "") !== undefined) break;
    const at = unit.lines.findIndex(isDepartmentLine);
    if (at < 0) continue;
    return cleanDepartment(withBodyBelow(unit.lines[at]!, [...unit.lines.slice(at + 1), ...header.slice(k + 1, k + 4).flatMap((u) => u.lines)]));
  }
  return undefined;
}

/**
 * A department's line with the rest of its name wrapped in its header cell, the motto's lines read between them
 * ("BAN CHỈ ĐẠO CẢI CÁCH" / "Độc lập - …" / "HÀNH CHÍNH"): a line in capitals that starts no body goes on it.
 */
function withWrappedLines(line: string, after: string[]): string {
  return [line, ...takeWhile(after.filter((l) => !isMottoLine(l)), continuesHeaderLine)].join(" ");
}

/**
 * A body of the department on the header's next line ("UBND TỈNH PHÚ THỌ" / "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" /
 * "CHI CỤC THỦY LỢI", "SỞ NỘI VỤ" / "VĂN PHÒNG"): the lowest line issues, as in any header. Its office, inspectorate or
 * division is named with its department ("Văn phòng Sở Nội vụ"); a unit with a name of its own (a sub-department, a
 * centre, a school, a hospital) by that name, as it is under its department's line alone. Another department line
 * ("SỞ …", "CÔNG AN …") is a second body beside the first, never one under it.
 */
const PART_OF_DEPARTMENT = /^(?:VĂN PHÒNG|PHÒNG|THANH TRA)(?:\s|$)/u;
const UNIT_OF_DEPARTMENT = /^(?:CHI CỤC|TRUNG TÂM|BAN QUẢN LÝ|ĐÀI|TRƯỜNG|TRẠM|BỆNH VIỆN)\s/u;

function withBodyBelow(line: string, after: string[]): string {
  const rest = after.filter((l) => !isMottoLine(l));
  const name = withWrappedLines(line, rest);
  const at = takeWhile(rest, continuesHeaderLine).length;
  const below = rest[at]?.trim();
  const body = below !== undefined && below.length <= 120 && isUpperCaseText(below);
  if (!body || !(PART_OF_DEPARTMENT.test(below) || UNIT_OF_DEPARTMENT.test(below))) return name;
  const lower = withWrappedLines(below, rest.slice(at + 1));
  return PART_OF_DEPARTMENT.test(below) ? `${lower} ${name}` : lower;
}

/** The national motto's lines, and the Party's or Youth Union's line in its place. */
function isMottoLine(line: string): boolean {
  return /^(?:CỘNG (?:HÒA|HOÀ) XÃ HỘI|Độc lập\s*[-–]|ĐẢNG CỘNG SẢN VIỆT NAM|ĐOÀN TNCS HỒ CHÍ MINH)/u.test(line.trim()) || /^[-–_*\s]+$/u.test(line) || MOTTO_TAIL.test(line.trim());
}

/**
 * The end of the national motto wrapped onto a line of its own in a narrow header cell ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT" / "NAM"), as Word → PDF and LibreOffice print it beside the department's line: never part of its name.
 */
const MOTTO_TAIL = /^(?:(?:(?:CHỦ\s+)?NGHĨA\s+)?VIỆT\s+)?NAM$/u;

/**
 * A "SỞ …" line heading the header with no committee line above it and no place of its own ("SỞ CÔNG THƯƠNG" over
 * "ĐOÀN KIỂM TRA …"): a department is a province's, so the date line's place names it. Other department kinds
 * (PHÒNG, BAN …) exist at several levels and are not guessed.
 */
function provincialDepartment(header: Unit[]): string | undefined {
  // Its name may wrap in its header cell ("SỞ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH"): the lines that go on it are its own.
  const lines = header.slice(0, 6).flatMap((u) => u.lines);
  const at = lines.findIndex((l) => /^SỞ\s/u.test(l.trim()) && isDepartmentLine(l));
  return at < 0 ? undefined : cleanDepartment(withBodyBelow(lines[at]!, lines.slice(at + 1)));
}

/**
 * "ỦY BAN NHÂN DÂN" alone in its unit, as a header table keeps it (one cell a line, the national motto's cells in
 * between): the line naming its unit ("HUYỆN KIM SƠN", "ĐẶC KHU PHÚ QUỐC") in one of the next header units.
 */
function unitLineBelow(header: Unit[], agencyIndex: number): string {
  const own = committeeText(header[agencyIndex]!);
  // The lookbehind starts a match only where a run of dashes and spaces starts: without it a long "- - - … x" line
  // is rescanned from every position (quadratic).
  if (!/^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)$/u.test(own.replace(/(?<![-–_\s])[-–_\s]+$/u, "").trim())) return "";
  for (const unit of header.slice(agencyIndex + 1, agencyIndex + 5)) {
    if (findNumber(unit.text) || documentTypeOf(unit.lines[0] ?? "") !== undefined) break;
    // "XÃ ĐỊNH THÀNH Độc lập - Tự do - Hạnh phúc": the motto's column read on the same line.
    const line = beforeMotto(unit.lines[0] ?? "").trim();
    if (isUpperCaseText(line) && findIssuerIn(`UBND ${line}`)?.unit) return ` ${line}`;
  }
  return "";
}

/** A department's type word inside a joined header line; "BAN" of "ỦY BAN NHÂN DÂN" is none. */
const JOINED_DEPARTMENT_ALL = new RegExp(
  `\\s(?:(?:SỞ|BAN(?!\\s+NHÂN\\s+DÂN)|BCĐ|PHÒNG|THANH TRA|CHI CỤC|TRUNG TÂM|ĐÀI|BỘ CHỈ HUY|CÔNG AN|KHO BẠC NHÀ NƯỚC|BẢO HIỂM XÃ HỘI)(?=\\s[${UPPER}])|VĂN PHÒNG(?=\\s[${UPPER}]|$)|(?=${PUBLIC_SERVICE_UNIT.source}))`,
  "gu",
);
/** The unit words of a committee's line: a word right after one is the unit's name, never a department's start. */
const UNIT_WORD_BEFORE = /(?:^|\s)(?:TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)$/u;

/**
 * "UBND TỈNH QUẢNG NINH SỞ TƯ PHÁP" (two header lines joined into one) → "SỞ TƯ PHÁP". A department word that ends the
 * name of a centrally governed city ("THÀNH PHỐ HẢI PHÒNG") or starts the unit's name ("XÃ TRƯỜNG SƠN") is the
 * place's, not a department's.
 */
function splitJoinedDepartment(text: string): string | undefined {
  for (const match of text.matchAll(JOINED_DEPARTMENT_ALL)) {
    const at = match.index;
    const word = /^\s(\S+)/u.exec(text.slice(match.index))![1]!;
    const before = text.slice(0, at).split(/\s+/u);
    const endsCityName = [1, 2].some((n) => isCentralCity([...before.slice(-n), word].join(" ")));
    if (endsCityName || UNIT_WORD_BEFORE.test(text.slice(0, at))) continue;
    return at > 0 && isDepartmentLine(text.slice(at + 1)) ? text.slice(at + 1) : undefined;
  }
  return undefined;
}

function withoutJoinedDepartment(text: string): string {
  const department = splitJoinedDepartment(text);
  return department ? text.slice(0, text.length - department.length).trim() : text;
}

/**
 * Cased as agencies are; the committee's own office is "Văn phòng UBND" ("VĂN PHÒNG" under "UBND TỈNH …"), the
 * council's and committee's joint office "Văn phòng HĐND và UBND" ("VĂN PHÒNG" under "HĐND - UBND XÃ …").
 */
function departmentName(line: string, withCouncil = false): string {
  const name = cleanAgency(line).value;
  return name === "Văn phòng" ? (withCouncil ? "Văn phòng HĐND và UBND" : "Văn phòng UBND") : name;
}

function cleanDepartment(line: string): string {
  return cleanText(line).replace(/(?<![-–_])[-–_]+$/u, "").trim();
}

/**
 * The name under the last signing title (CHỦ TỊCH …) before the appendix that has one: a block may go on under the
 * name with the signer's own office ("Hoàng Văn Thuân" / "PHÓ GIÁM ĐỐC SỞ …"), and a signature table read a line a
 * row interleaves the recipients with it. With no title, a lone name after "Nơi nhận".
 */
export function findSigner(units: Unit[], from: number, to: number): string | null {
  const lines: string[] = [];
  for (const unit of units.slice(from, to)) if (!unit.footnote) lines.push(...unit.lines);
  const titles: number[] = [];
  lines.forEach((line, i) => {
    if (isSigningTitle(line)) titles.push(i);
  });
  for (const title of titles.reverse()) {
    for (let i = title + 1; i < lines.length && i <= title + SIGNER_WINDOW; i++) {
      const name = nameOnLine(lines[i]!);
      if (name) return cleanText(name);
    }
  }
  if (titles.length > 0) return null;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 12; i--) {
    const name = nameOnLine(lines[i]!) ?? nameAfterTitle(lines[i]!);
    if (name) return cleanText(name);
  }
  return null;
}

/**
 * The name after a signing title on the same line: a signature cell whose lines a scrape ran together ("T/M ĐẢNG ỦY
 * BÍ THƯ Nguyễn Văn Thắng", "TRƯỞNG PHÒNG Thượng tá Lê Văn Hải"). The words in capitals before the name must end
 * with a signing title; undefined otherwise.
 */
function nameAfterTitle(line: string): string | undefined {
  const words = line.trim().split(/\s+/u);
  const first = words.findIndex((word) => !isUpperCaseText(word));
  if (first < 2 || words.length - first < 2) return undefined;
  const capitals = words.slice(0, first);
  if (!capitals.some((_, j) => isSigningTitle(capitals.slice(j).join(" ")))) return undefined;
  return signerName(words.slice(first).join(" "));
}

/**
 * A signer's name on a signature line. Two names side by side are a joint document's two signature columns read as one
 * line: the right one is the lead body's head (Nghị định 30/2020, Phụ lục I: in a joint document the head of the body
 * that leads signs on the right), the signer.
 */
function nameOnLine(line: string): string | undefined {
  return signerName(line) ?? sideBySideNames(line)?.[1];
}

/** Lines after a signing title where its name may be: the title's second line, a seal's OCR debris, recipients beside it. */
const SIGNER_WINDOW = 10;

export function findRecipients(units: Unit[]): string[] {
  const recipients: string[] = [];
  // "Nơi nhận" set in two columns side by side (text laid out as its page): the right column's recipients follow the
  // left column's, as the list is read down one column and then the other.
  const rightColumn: string[] = [];
  const add = (unit: Unit | string) => {
    const [left, right] = typeof unit === "string" ? splitRecipientColumns(unit) : [unit, undefined];
    if (right !== undefined) {
      rightColumn.push(right);
      addOne(left);
      return;
    }
    if (typeof unit !== "string") {
      const split = unit.lines.map(splitRecipientColumns);
      if (split.some(([, r]) => r !== undefined)) {
        for (const [l, r] of split) {
          addOne(l);
          if (r !== undefined) rightColumn.push(r);
        }
        return;
      }
    }
    addOne(unit);
  };
  const finish = () => {
    for (const text of rightColumn.splice(0)) addOne(text);
    return recipients.map(endless);
  };
  const addOne = (unit: Unit | string) => {
    const raw = typeof unit === "string" ? unit : unit.text;
    const text = withoutSignature(typeof unit === "string" ? unit : recipientText(unit));
    if (!text) return;
    // A line without a bullet that goes on the recipient above ("Bộ Y" / "tế, Bộ Quốc phòng (để báo cáo);", wrapped
    // or cut by the signer's column beside it) starts in lower case where that recipient is left open.
    const bullet = (typeof unit !== "string" && unit.marker !== undefined) || /^\s*[-+•]/u.test(raw);
    const last = recipients.length - 1;
    if (last >= 0 && !bullet && STARTS_LOWER.test(text) && !/[;)]$/u.test(recipients[last]!)) recipients[last] = `${recipients[last]} ${text}`;
    else recipients.push(text);
  };
  const start = units.findIndex((u) => isRecipientsLabel(u.text));
  if (start < 0) {
    // The label lost under a seal: the recipient lines up to "- Lưu: VT".
    const unlabelled = unlabelledRecipients(units);
    if (unlabelled < 0) return [];
    for (let i = unlabelled; i < units.length; i++) {
      const text = units[i]!.text;
      if (isRecipientLine(text)) add(units[i]!);
      if (isFiledLine(text)) break;
    }
    return finish();
  }
  const head = afterRecipientsLabel(units[start]!.text) ?? "";
  // A single word beside a misread label is the seal's ink ("ơinhận: kép"), not a recipient. Words in capitals beside
  // the label, no bullet before them, are the signature columns' beside it ("Nơi nhận: TRỰC DÂN", the rest of "TM. BAN
  // THƯỜNG TRỰC" and "TM. ỦY BAN NHÂN DÂN" read across the line): recipients are never written in capitals.
  const signatureWords = !/^\s*[-+•]/u.test(head) && isUpperCaseText(head) && head.split(/\s+/u).some((word) => MARKED_VOWEL.test(word.normalize("NFD")));
  const debris = signatureWords || (!/^nơi nhận/iu.test(units[start]!.text) && !/[-+•\s]/u.test(head.trim()));
  // A label and its list in one paragraph: its lines are the recipients when it has lines ("- Ban Thi đua - Khen
  // thưởng Trung ương;" is one) that start with bullets or that the writer broke; run together on one line, each
  // " - " starts one.
  const labelUnit = units[start]!;
  const listLines = labelUnit.lines.length > 1 ? labelUnit.lines.slice(1) : [];
  const firstLine = afterRecipientsLabel(labelUnit.lines[0] ?? "") ?? "";
  const parts = listLines.length > 0 && (labelUnit.hardBreaks === true || listLines.every((l) => /^\s*[-+•]/u.test(l))) ? [firstLine, ...listLines].filter((l) => l.trim() !== "") : head.split(/\s(?=[-+•]\s)/u);
  if (head && !debris) for (const part of parts) add(part);
  const table = units[start]!.inTable ? units[start]!.block : -1;
  for (let i = start + 1; i < units.length; i++) {
    const unit = units[i]!;
    const bullet = isBulleted(unit);
    // In a signature table read a line a row, the signer's column sits between the recipients: skip it. So do its
    // signing title and name when the table's columns came out as lines of their own (a PDF's borderless table).
    if (!bullet && unit.inTable && unit.block === table) continue;
    const signature = isSigningTitle(unit.lines[0] ?? "") || (unit.lines.length === 1 && signerName(unit.text) !== undefined);
    // The signer's name with the next recipient read into its paragraph ("Rơ Châm Long" / "- Lưu: VT."), as a PDF's
    // two columns without a table give it.
    const nameOverBullets = unit.lines.length > 1 && signerName(unit.lines[0]!) !== undefined && unit.lines.slice(1).some((line) => BULLET_LINE.test(line));
    if (!bullet && (signature || nameOverBullets)) {
      // A recipient's wrapped end read into the title's paragraph ("PHÓ BÍ THƯ" / "báo cáo),") goes back on it, and a
      // bulleted recipient there is one of the list.
      for (const line of unit.lines.slice(1)) {
        if ((STARTS_LOWER.test(line.trim()) || BULLET_LINE.test(line)) && !isSigningTitle(line) && signerName(line) === undefined) add(line);
      }
      continue;
    }
    // The rest of a signing title wrapped in its column ("PHÓ CHI CỤC" / "TRƯỞNG") between two recipients: recipients
    // are never written in capitals.
    if (!bullet && unit.lines.length === 1 && isUpperCaseText(unit.text) && isBulleted(units[i + 1])) continue;
    if (!bullet) break;
    const parts = recipientParts(unit);
    if (parts.length > 1) parts.forEach((part) => add(part));
    else add(unit);
  }
  return finish();
}

/**
 * Where a recipient's line goes on into a second column: a run of spaces (or a tab) before a bullet, or — the gap
 * collapsed by the reader — one recipient's end (";" or ".") and a bullet, once on the line.
 */
const COLUMN_GAP = /(?<!\s)(?:\s{3,}|\t\s*)(?=[-+•]\s)/u;
const RECIPIENT_AFTER_END = /(?<=[;.])\s+(?=[-+•]\s)/gu;

/** "- Bộ Nội vụ (b/c);   - Các sở, ngành;" → its left and right columns; a line of one column stays whole. */
function splitRecipientColumns(line: string): [string, string | undefined] {
  if (!BULLET_LINE.test(line)) return [line, undefined];
  const gap = COLUMN_GAP.exec(line);
  if (gap) return [line.slice(0, gap.index), line.slice(gap.index + gap[0].length)];
  const ends = [...line.matchAll(RECIPIENT_AFTER_END)];
  if (ends.length !== 1) return [line, undefined];
  const at = ends[0]!;
  return [line.slice(0, at.index), line.slice(at.index! + at[0].length)];
}

const BULLET_LINE = /^\s*[-+•]\s/u;

function isBulleted(unit: Unit | undefined): boolean {
  return unit !== undefined && (unit.marker !== undefined || /^[-+•]/.test(unit.text));
}

/**
 * The recipients one paragraph holds, a line each where its lines are apart: every line when its breaks are the
 * writer's (recipients typed with Shift+Enter; a line in lower case still goes on the one above, in `add`), and
 * otherwise a line that starts with a bullet after a line that ends one ("…tỉnh;" / "- Văn phòng …"); a wrapped
 * line that starts with a dash mid-name ("- Ban Thi đua" / "- Khen thưởng Trung ương;") stays in its recipient.
 */
function recipientParts(unit: Unit): string[] {
  const lines = unit.lines.filter((line) => !isSigningTitle(line) && signerName(line) === undefined);
  const parts: string[] = [];
  lines.forEach((line, k) => {
    const opens = k === 0 || unit.hardBreaks === true || (/^\s*[-+•]/u.test(line) && /[;.]\s*$/u.test(lines[k - 1]!));
    if (opens) parts.push(line);
    else parts[parts.length - 1] = `${parts[parts.length - 1]} ${line}`;
  });
  return parts;
}

/** A recipient without the list's punctuation at its end. */
function endless(text: string): string {
  return text.replace(/[;,.:]+$/, "").trim();
}

/**
 * A recipient's unit without the lines of the signature block that OCR, reading the page line by line across the
 * list and the signer's column beside it, put in the same paragraph: the signing title ("THỨ TRƯỞNG" over
 * "- Văn phòng Chính phủ …") and the signer's name.
 */
function recipientText(unit: Unit): string {
  const lines = unit.lines.filter((line) => !isSigningTitle(line) && signerName(line) === undefined);
  return cleanText(lines.join(" "));
}

/** "KT. BỘ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN", "Q. CỤC TRƯỞNG" inside a line: the signature block from there on. */
const SIGNATURE_MARK = re("u")`(?:^|\s)(?:KT|TM|T\/M|TL|TUQ|Q)\.\s*[${UPPER}]{2}`;

const NOT_LETTER_AT_ENDS = re("gu")`^[^${LETTER}]+|[^${LETTER}]+$`;
const ANY_LOWER = re("u")`[${LOWER}]`;
const STARTS_LOWER = re("u")`^[${LOWER}]`;

/** Letters with a Vietnamese vowel mark (a tone or a hat), as words of a title in capitals have: no acronym does. */
const MARKED_VOWEL = /[\u0300-\u0309\u0323\u0302\u0306\u031b]/u;

/**
 * A recipient's text without the signature words glued into it: from a signing mark (KT./TM./TL./Q.) on, and a run of
 * words in capitals after the recipient's own mixed-case text, two of them with Vietnamese vowel marks (the title as
 * OCR misreads it: "Bộ Y HM TƯỜNG THƯỜNG", at the line's end or before the recipient's next words); acronyms
 * ("UBND", "NN&MT", "TW") carry no such mark.
 */
function withoutSignature(line: string): string {
  let text = cleanText(line);
  const mark = SIGNATURE_MARK.exec(text);
  if (mark) text = text.slice(0, mark.index).trim();
  const words = text.split(" ");
  const capital = (word: string): boolean => {
    const letters = word.replace(NOT_LETTER_AT_ENDS, "");
    return Array.from(letters).length >= 2 && isUpperCaseText(letters);
  };
  const kept: string[] = [];
  for (let i = 0; i < words.length; ) {
    let end = i;
    while (end < words.length && capital(words[end]!)) end++;
    const run = words.slice(i, end);
    const marked = run.filter((word) => MARKED_VOWEL.test(word.normalize("NFD"))).length;
    if (run.length >= 2 && marked >= 2 && ANY_LOWER.test(kept.join(" "))) i = end;
    else {
      kept.push(...(end > i ? run : [words[i]!]));
      i = Math.max(end, i + 1);
    }
  }
  return kept.join(" ");
}
