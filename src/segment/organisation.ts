/**
 * The issuing body of a plan that no People's Committee heads: Party committees and their boards, the Fatherland
 * Front, the Youth Union, unions and associations, steering committees, public units under a department. Their
 * headers follow the same grammar as the state's (Nghị định 30/2020; for Party bodies Hướng dẫn 36-HD/VPTW): the
 * governing body's line over the issuing body's line on the left ("TỈNH ỦY NGHỆ AN" / "BAN TUYÊN GIÁO", "SỞ Y TẾ
 * THANH HÓA" / "BỆNH VIỆN ĐA KHOA TỈNH"), a "*" under them in Party and Youth Union documents, the right column
 * holding the national motto or the organisation's own line ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH").
 */
import { cleanAgency } from "../normalize/agency.js";
import { cleanText, foldForMatch, isUpperCaseText } from "../normalize/text.js";
import { type Issuer, type Level, beforeMotto, documentTypeOf, findNumber, findPlaceDate, hasBlankNumber, levelOf, otherDocumentTypeOf, provinceOfPlace, titleCase, withVietnameseD } from "./header.js";
import type { Unit } from "./units.js";
import { LETTER, UPPER, re } from "../letters.js";

/**
 * The words a body's header line starts with: committees, Party and mass organisations, departments and units. A
 * header line starting otherwise goes on the line above it (a long name wrapped in its column: "BAN CHỈ ĐẠO CẢI
 * CÁCH" / "HÀNH CHÍNH", or the unit line under a committee: "ỦY BAN MTTQ VIỆT NAM" / "HUYỆN ĐÔNG SƠN"). A school
 * ("TRƯỜNG …") is named on its line: "TRƯỜNG" alone is the end of a name wrapped in its cell ("SỞ NÔNG NGHIỆP VÀ MÔI" /
 * "TRƯỜNG"). The tax offices of 2025 are named "THUẾ TỈNH …", "THUẾ CƠ SỞ …" under "CỤC THUẾ".
 */
const BODY_START =
  /^(?:uy ban|ubnd|ubmttq|mttq|mat tran|(?:tinh|thanh|huyen|quan|thi|dang) uy|dang bo|chi bo|(?:tinh|thanh|huyen|quan|thi) doan|doan|bch|bcd|ban|so|phong|van phong|hoi|lien doan|tong (?:ldld|lien doan|cong ty|cuc)|ldld|cong doan|benh vien|trung tam|truong(?= \S)|chi cuc|cuc|bo|cong an|thue(?= (?:tinh|thanh pho|co so|khu vuc))|vien|dai|bao|kho bac|bao hiem|thanh tra|cong ty|to|lien minh|hop tac xa|chi nhanh|ngan hang|hoc vien)(?: |$)/;

/** Lines of a Party or Youth Union header's right column, in the place of the national motto. */
const ORGANISATION_MOTTO = /^(?:dang cong san viet nam|doan (?:tncs|thanh nien cong san) ho chi minh)$/;

/** A body's standing board, in whose name the body's plan is issued: "BAN THƯỜNG TRỰC", "BAN THƯỜNG VỤ". */
const STANDING_BOARD = /^(?:ban thuong truc|ban thuong vu|ban chap hanh|thuong truc|tap the lanh dao)$/;

/** A working group named under its body ("ĐOÀN KIỂM TRA …"): the body above it is the issuer, as for a ministry's. */
const WORKING_GROUP = /^(?:doan (?:kiem tra|cong tac|giam sat|thanh tra|khao sat)|to (?:cong tac|giup viec|kiem tra))\b/;

/** Public units under a department ("SỞ Y TẾ …" / "BỆNH VIỆN …"): the unit issues, at its department's level. */
const PUBLIC_UNIT = /^(?:BỆNH VIỆN|TRUNG TÂM|TRƯỜNG|CHI CỤC|VIỆN|BAN QUẢN LÝ|ĐÀI|TRẠM|BẢO TÀNG|THƯ VIỆN)\s/u;

/** The executive committee named before its body ("BCH ĐOÀN TỈNH …", "BAN CHẤP HÀNH CÔNG ĐOÀN …"): the body issues. */
const EXECUTIVE_PREFIX = /^(?:BCH|BAN CHẤP HÀNH|BAN THƯỜNG VỤ)\s+(?=\S)/u;

/** Unit words as header lines write them, the longer first. */
const UNITS = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "ĐẶC KHU", "TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG"];

/** "HUYỆN ỦY THANH OAI", "THÀNH ỦY HÀ NỘI": a Party committee named by its unit. */
const PARTY_COMMITTEE = re("u")`^(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) (?:ỦY|UỶ)\s+([${LETTER}][${LETTER}\s-]*)$`;
/** "TỈNH ĐOÀN HÀ TĨNH", "ĐOÀN TỈNH HÀ TĨNH": a Youth Union committee, named as the union names it ("Tỉnh đoàn"). */
const YOUTH_BY_UNIT = re("u")`^(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) ĐOÀN\s+([${LETTER}][${LETTER}\s-]*)$`;
/** "ĐOÀN TỈNH HÀ TĨNH", "ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGHỆ AN" (the union's full name over its unit line), "ĐOÀN XÃ TÂN LẬP". */
const UNIT_OF_YOUTH = re("u")`^ĐOÀN (?:(?:TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH )?(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+([${LETTER}][${LETTER}\s-]*)$`;
const YOUTH_UNIT_WORD: Record<string, string> = { "TỈNH": "Tỉnh", "THÀNH": "Thành", "THÀNH PHỐ": "Thành", "HUYỆN": "Huyện", "QUẬN": "Quận", "THỊ": "Thị", "THỊ XÃ": "Thị" };

/** A commune's Youth Union is named "Đoàn xã …", not by a compound as the higher units' ("Tỉnh đoàn"). */
const COMMUNE_UNITS = new Set(["XÃ", "PHƯỜNG", "THỊ TRẤN", "ĐẶC KHU"]);

/**
 * A mass organisation's national line ("HỘI NÔNG DÂN VIỆT NAM") or bare name ("HỘI LIÊN HIỆP PHỤ NỮ"): a line of its
 * executive committee naming only a unit ("BCH TỈNH BẮC GIANG") completes it.
 */
const MASS_ORGANISATION = /^(?:HỘI (?:LIÊN HIỆP PHỤ NỮ|LHPN|NÔNG DÂN|CỰU CHIẾN BINH|CCB)|LIÊN ĐOÀN LAO ĐỘNG|ĐOÀN (?:TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH)(?: VIỆT NAM)?$/u;

/** The Front's and the socio-political organisations' names as they are spelled, which recasing capitals misses. */
const SPELLED_NAMES: [RegExp, string][] = [
  [/^Hội liên hiệp phụ nữ(?=\s|$)/u, "Hội Liên hiệp Phụ nữ"],
  [/(?<=^Ủy ban |^Uỷ ban |^)Mặt trận tổ quốc(?=\s|$)/u, "Mặt trận Tổ quốc"],
  // The council, as the committee is: "HĐND xã Phú Lý" beside "UBND xã Phú Lý".
  [/^Hội đồng nhân dân(?=\s|$)/iu, "HĐND"],
];

/** A body found in the header: its label, level, and whether it names a place of its own. */
interface Body {
  /** The header line (wrapped lines joined), in capitals. */
  line: string;
  label: string;
  level: Level | null;
  /** "Tỉnh ủy Nghệ An", "tỉnh Lạng Sơn": what a body under it adds to its own name; undefined when nothing. */
  suffix: string | undefined;
  party: boolean;
  /** The suffix is the date line's place, which the body's own line does not say. */
  guessed?: boolean;
  /** The place's own name ("Lâm Đồng" of "TỈNH ỦY LÂM ĐỒNG"), which a body named "… TỈNH" under it ends with. */
  placeName?: string;
}

/**
 * The issuing body of a header without a People's Committee line: the last body of the header's left column, named
 * with the place of the body above it when it names none itself ("BAN TUYÊN GIÁO" under "TỈNH ỦY NGHỆ AN" → "Ban
 * Tuyên giáo Tỉnh ủy Nghệ An"). Undefined when the column holds no such body (then the state's rules apply).
 */
export function findOrganisationIssuer(header: Unit[], place: string | undefined): Issuer | undefined {
  const lines = leftColumn(header);
  if (lines.length === 0) return undefined;
  const bodies = lines.map((line) => readBody(line, place));
  const own = bodies[bodies.length - 1]!;
  const parent = bodies.length > 1 ? bodies[bodies.length - 2] : undefined;
  // Only bodies these rules know: the state's department lines alone stay with the department rules.
  if (!isOrganisation(own) && !(parent && isOrganisation(parent)) && !(parent && /^SỞ\s/u.test(parent.line) && PUBLIC_UNIT.test(own.line))) return undefined;
  if (own.suffix !== undefined || !parent) return { unit: "", name: undefined, level: own.level, department: own.label };
  if (parent.suffix === undefined) return { unit: "", name: undefined, level: own.level ?? parent.level, department: own.label };
  // "ĐẢNG BỘ TỈNH TUYÊN QUANG" / "TỈNH ỦY": the committee named by its unit word alone takes the place's name.
  if (/^(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) (?:ỦY|UỶ|ĐOÀN)$/u.test(own.line) && parent.placeName) return { unit: "", name: undefined, level: own.level ?? parent.level, department: `${own.label} ${parent.placeName}` };
  // "BỆNH VIỆN ĐA KHOA TỈNH" ends with its unit: the place after it is the parent's.
  const endsWithUnit = UNITS.some((unit) => own.line.endsWith(` ${unit}`));
  // A guessed province only completes a name that asks for one ("… TỈNH"); otherwise the unit's own name stands.
  if (parent.guessed && !endsWithUnit) return { unit: "", name: undefined, level: own.level ?? parent.level, department: own.label };
  const suffix = endsWithUnit ? parent.placeName ?? parent.suffix.replace(/^\S+(?:\s(?:phố|xã|trấn|khu))?\s/u, "") : parent.suffix;
  return { unit: "", name: undefined, level: own.level ?? parent.level, department: `${own.label} ${suffix}` };
}

/**
 * The body a ministry's header names under it, however many levels down ("BỘ TÀI CHÍNH" / "CỤC THUẾ" / "THUẾ TỈNH BẮC
 * NINH", "BỘ CÔNG AN" / "CÔNG AN TỈNH BẮC NINH" / "PHÒNG CẢNH SÁT …"): the last body of the column issues, as in every
 * other header; one that names no place is named with the nearest body above it that does ("Phòng Cảnh sát … Công an
 * tỉnh Bắc Ninh"), at that body's level. Undefined when the ministry's line stands alone or over a working group.
 */
export function findBodyUnderMinistry(header: Unit[]): Issuer | undefined {
  const lines = leftColumn(header);
  if (lines.length < 2 || !MINISTRY.test(foldForMatch(lines[0]!))) return undefined;
  const bodies = lines.slice(1).map((line) => readBody(line, undefined));
  const own = bodies[bodies.length - 1]!;
  if (own.suffix !== undefined) return { unit: "", name: undefined, level: own.level, department: own.label };
  const placed = bodies.slice(0, -1).reverse().find((body) => body.suffix !== undefined);
  if (!placed) return { unit: "", name: undefined, level: own.level, department: own.label };
  return { unit: "", name: undefined, level: own.level ?? placed.level, department: `${own.label} ${placed.label}` };
}

/** A ministry's line, which heads its bodies' headers ("BỘ CÔNG AN"); not a military command ("BỘ CHỈ HUY QUÂN SỰ …"). */
const MINISTRY = /^bo (?!chi huy|tu lenh|truong)\S/;

/** A Party, Youth Union, Front or other non-state body, which the state's department rules do not read. */
function isOrganisation(body: Body): boolean {
  return body.party || /^(?:ỦY BAN (?:MTTQ|MẶT TRẬN)|UBMTTQ|MTTQ|BAN CHỈ ĐẠO|BCĐ|HỘI|LIÊN ĐOÀN|TỔNG LĐLĐ|TỔNG LIÊN ĐOÀN|LĐLĐ|CÔNG ĐOÀN|TỈNH ĐOÀN|HUYỆN ĐOÀN|THÀNH ĐOÀN|QUẬN ĐOÀN|THỊ ĐOÀN|ĐOÀN|BỆNH VIỆN|TRƯỜNG)(?:\s|$)/u.test(body.line);
}

/**
 * The header's left column: its lines in capitals before the number, date or type line, without the motto, the
 * Party's or Youth Union's line, the "*" under the body, a "DỰ THẢO" mark and the standing board's line; a line that
 * starts no body goes on the line above.
 */
function leftColumn(header: Unit[]): string[] {
  const out: string[] = [];
  for (const unit of header.slice(0, 14)) {
    if (unit.footnote) continue;
    for (const raw of unit.lines) {
      if (findNumber(raw) !== undefined || hasBlankNumber(raw) || findPlaceDate(raw) !== undefined || documentTypeOf(raw) !== undefined || otherDocumentTypeOf(raw) !== undefined) return out;
      const whole = withVietnameseD(cleanText(beforeMotto(raw)))
        .replace(/(?<![-–_*\s])[-–_*\s]+$/u, "")
        .trim();
      for (const line of splitJoinedBodies(whole)) {
        const folded = foldForMatch(line);
        if (!LETTERS.test(line) || !isUpperCaseText(line) || /^(?:cong hoa|doc lap|du thao)\b/.test(folded)) continue;
        if (ORGANISATION_MOTTO.test(folded) || STANDING_BOARD.test(folded) || WORKING_GROUP.test(folded)) continue;
        const cut = withoutOrganisationMotto(line);
        const unitOnly = cut.replace(EXECUTIVE_PREFIX, "");
        const completes = unitOnly !== cut && out.length > 0 && MASS_ORGANISATION.test(out[out.length - 1]!) && UNITS.some((unit) => unitOnly.startsWith(`${unit} `));
        if (completes) out[out.length - 1] = `${out[out.length - 1]!.replace(/ VIỆT NAM$/u, "")} ${unitOnly}`;
        else if (out.length > 0 && !BODY_START.test(foldForMatch(cut))) out[out.length - 1] = `${out[out.length - 1]} ${cut}`;
        else out.push(cut);
      }
    }
  }
  return out;
}

const LETTERS = re("u")`[${LETTER}]`;

/** The body a header line may go on with after a governing body's full name (see `splitJoinedBodies`). */
const SECOND_BODY = /^(?:ĐẢNG ỦY|ĐẢNG BỘ|CHI BỘ|BAN|ỦY BAN|UỶ BAN|ĐOÀN|HỘI|CÔNG ĐOÀN|LIÊN ĐOÀN|BỆNH VIỆN|TRUNG TÂM|TRƯỜNG|SỞ|PHÒNG|VĂN PHÒNG|CÔNG AN|CHI CỤC)\s\S+\s/u;

/**
 * A header cell's two lines run together into one (a scrape's table cell, a converter that joins a cell's lines): "ĐẢNG
 * BỘ TỈNH THANH HÓA ĐẢNG ỦY PHƯỜNG HẠC THÀNH" → the governing body, then the issuing body. The split is where a body's
 * name starts right after a body named with its place in full (a Party committee, or a unit word and its name).
 */
export function splitJoinedBodies(line: string): string[] {
  const words = line.split(" ");
  // A governing body's full name is a few words: looking further would make a long line cost its length squared.
  const last = Math.min(words.length - 2, MAX_BODY_WORDS);
  for (let k = 3; k <= last; k++) {
    // SECOND_BODY reads at most three words.
    if (!SECOND_BODY.test(`${words.slice(k, k + 3).join(" ")} `)) continue;
    const before = words.slice(0, k).join(" ");
    if (PARTY_COMMITTEE.test(before) || YOUTH_BY_UNIT.test(before) || unitAndName(before) !== undefined) return [before, ...splitJoinedBodies(words.slice(k).join(" "))];
  }
  return [line];
}

/** The most words a governing body's name in a header takes ("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU"). */
const MAX_BODY_WORDS = 12;

/**
 * A header line in capitals that goes on the body's line above it: it starts no body, is no number, date, type or
 * motto line ("HÀNH CHÍNH" under "BAN CHỈ ĐẠO CẢI CÁCH").
 */
export function continuesHeaderLine(line: string): boolean {
  const text = cleanText(line).replace(/(?<![-–_\s])[-–_\s]+$/u, "");
  if (!LETTERS.test(text) || !isUpperCaseText(text) || text.length > 60) return false;
  if (findNumber(text) !== undefined || hasBlankNumber(text) || findPlaceDate(text) !== undefined || documentTypeOf(text) !== undefined || otherDocumentTypeOf(text) !== undefined) return false;
  const folded = foldForMatch(text);
  return !BODY_START.test(folded) && !ORGANISATION_MOTTO.test(folded) && !/^(?:cong hoa|doc lap|du thao)\b/.test(folded) && !UNITS.some((unit) => text.startsWith(`${unit} `));
}

/** "HUYỆN ỦY THANH OAI ĐẢNG CỘNG SẢN VIỆT NAM" (two columns on one line) → "HUYỆN ỦY THANH OAI". */
function withoutOrganisationMotto(line: string): string {
  const at = line.search(/\s(?:ĐẢNG CỘNG SẢN VIỆT NAM|ĐOÀN TNCS HỒ CHÍ MINH|ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH)$/u);
  // "BCH ĐOÀN TNCS HỒ CHÍ MINH" is the union's executive committee, the issuing body's own line, not the motto.
  return at > 0 && !/^(?:BCH|BAN CHẤP HÀNH|BAN THƯỜNG VỤ)$/u.test(line.slice(0, at)) ? line.slice(0, at) : line;
}

function readBody(written: string, place: string | undefined): Body {
  const line = written.replace(EXECUTIVE_PREFIX, "");
  const party = PARTY_COMMITTEE.exec(line);
  if (party) {
    const unit = party[1]!;
    const name = titleCase(party[2]!.trim());
    const label = `${capitalised(unit)} ủy ${name}`;
    const level: Level = unit === "TỈNH" ? "tinh" : unit === "THÀNH" ? (levelOf("thành phố", name) ?? "huyen") : "huyen";
    return { line, label, level, suffix: label, party: true, placeName: name };
  }
  const youth = YOUTH_BY_UNIT.exec(line) ?? UNIT_OF_YOUTH.exec(line);
  if (youth) {
    const unit = youth[1]!;
    const name = titleCase(youth[2]!.trim());
    if (COMMUNE_UNITS.has(unit)) {
      const label = `Đoàn ${unit.toLocaleLowerCase("vi")} ${name}`;
      return { line, label, level: "xa", suffix: label, party: false, placeName: name };
    }
    const level: Level = unit === "TỈNH" ? "tinh" : unit.startsWith("THÀNH") ? (levelOf("thành phố", name) ?? "huyen") : "huyen";
    const label = `${YOUTH_UNIT_WORD[unit]} đoàn ${name}`;
    return { line, label, level, suffix: label, party: false, placeName: name };
  }
  const placed = unitAndName(line);
  if (placed) {
    const kind = placed.kind === "" ? "" : `${spelled(cleanAgency(placed.kind).value)} `;
    const partyBody = /^(?:ĐẢNG ỦY|ĐẢNG BỘ|CHI BỘ)\s/u.test(line);
    return { line, label: `${kind}${placed.unit} ${placed.name}`, level: levelOf(placed.unit, placed.name), suffix: `${placed.unit} ${placed.name}`, party: partyBody, placeName: placed.name };
  }
  // A provincial department names its province by the date line's place, when its line does not.
  // Its units (schools, hospitals) may date from their own town, so a place the line does not end with is a guess.
  if (/^SỞ\s/u.test(line) && place) {
    const province = provinceOfPlace(place);
    const withoutPlace = dropPlace(line, place);
    const own = cleanAgency(withoutPlace).value;
    return { line, label: `${own} ${province.unit} ${province.name}`, level: "tinh", suffix: `${province.unit} ${province.name}`, party: false, guessed: withoutPlace === line };
  }
  // "ĐẢNG ỦY UBND TỈNH", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH": a body named by its unit word alone is at that unit's level.
  const bareUnit = UNITS.find((unit) => line.endsWith(` ${unit}`));
  const level = bareUnit ? levelOf(bareUnit.toLocaleLowerCase("vi"), undefined) : null;
  return { line, label: cleanAgency(line).value, level, suffix: undefined, party: /^(?:ĐẢNG ỦY|ĐẢNG BỘ|CHI BỘ)\s/u.test(line) };
}

/** "SỞ Y TẾ THANH HÓA" with the place "Thanh Hóa" → "SỞ Y TẾ". */
function dropPlace(line: string, place: string): string {
  const words = line.split(" ");
  const placeWords = place.split(" ").length;
  const tail = words.slice(-placeWords).join(" ");
  return foldForMatch(tail) === foldForMatch(place) && words.length > placeWords + 1 ? words.slice(0, -placeWords).join(" ") : line;
}

/** A place's name starts in a capital or a digit ("Bình Định", "1"). */
const STARTS_UPPER_OR_DIGIT = re("u")`^[${UPPER}\d]`;

/** "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH ĐỊNH" → kind "LIÊN ĐOÀN LAO ĐỘNG", unit "tỉnh", name "Bình Định". */
function unitAndName(line: string): { kind: string; unit: string; name: string } | undefined {
  for (const unit of UNITS) {
    const at = line.indexOf(` ${unit} `);
    const start = line.startsWith(`${unit} `) ? 0 : at >= 0 ? at + 1 : -1;
    if (start < 0) continue;
    const name = line.slice(start + unit.length + 1).trim();
    // "… TRẬT TỰ XÃ HỘI", "PHÒNG VĂN HÓA - XÃ HỘI": "xã hội" (society) names no commune; "VĂN PHÒNG TỈNH ỦY": "Tỉnh
    // ủy" is the Party committee, "Tỉnh đoàn" the Youth Union's, no unit and its name.
    if (!STARTS_UPPER_OR_DIGIT.test(name) || name.split(" ").length > 5 || (unit === "XÃ" && /^HỘI(?:\s|$)/u.test(name)) || /^(?:ỦY|UỶ|ĐOÀN)(?:\s|$)/u.test(name)) continue;
    return { kind: line.slice(0, start).trim(), unit: unit.toLocaleLowerCase("vi"), name: titleCase(name) };
  }
  return undefined;
}

function spelled(name: string): string {
  return SPELLED_NAMES.reduce((text, [wrong, right]) => text.replace(wrong, right), name);
}

function capitalised(word: string): string {
  const lower = word.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/** Where a second body's name starts inside a header line that holds two columns side by side. */
const INNER_BODY = /\s(?=(?:ỦY BAN|UỶ BAN|UBND|UBMTTQ|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) (?:ỦY|ĐOÀN)|ĐẢNG ỦY|HỘI (?:LIÊN HIỆP|LHPN|NÔNG DÂN|CỰU CHIẾN BINH)|LIÊN ĐOÀN|CÔNG AN|BAN CHỈ ĐẠO)\s)/u;

/**
 * A header line as its columns: two bodies side by side, as text laid out as its page gives a joint plan's header
 * ("ỦY BAN NHÂN DÂN ỦY BAN MTTQ VIỆT NAM", then "XÃ TÂN LẬP XÃ TÂN LẬP"): split where the second body starts, or in
 * halves when the line is the same words twice. Other lines are one column.
 */
export function headerColumns(line: string): string[] {
  const text = line.trim();
  if (!isUpperCaseText(text) || /^(?:CỘNG (?:HÒA|HOÀ)|ĐẢNG CỘNG SẢN|ĐOÀN TNCS)/u.test(text)) return [text];
  const words = text.split(/\s+/u);
  const half = words.length / 2;
  if (words.length >= 2 && Number.isInteger(half) && words.slice(0, half).join(" ") === words.slice(half).join(" ")) return [words.slice(0, half).join(" "), words.slice(half).join(" ")];
  const inner = INNER_BODY.exec(text);
  // "HĐND - UBND XÃ …", "HĐND VÀ UBND …": a dash or "và" before it joins the two bodies into one name.
  if (!inner || text.slice(0, inner.index).split(" ").length < 2 || /(?:\s[-–]|\sVÀ)$/u.test(text.slice(0, inner.index))) return [text];
  return [text.slice(0, inner.index), text.slice(inner.index + 1)];
}

/**
 * The other body of a joint plan: the header's number lines before its type line give two numbers ("Số: 12/KH-UBND",
 * "Số: 05/KH-MTTQ"), each under its body's name. Undefined when the header holds one number.
 */
/** How far after its "Số" label a number is read ("Số: 125/KH-BCA-C04" is 20 characters; laid-out gaps add some). */
const NUMBER_WINDOW = 120;

export function findJointBody(header: Unit[]): { number: string; name: string | undefined } | undefined {
  const numbers: string[] = [];
  let second = -1;
  const lines = header.filter((u) => !u.footnote).flatMap((u) => u.lines);
  for (let i = 0; i < lines.length && second < 0; i++) {
    if (documentTypeOf(lines[i]!) !== undefined) break;
    for (const label of lines[i]!.matchAll(/(?:^|\s)Số\s*[:.]?\s*\d/gu)) {
      // A số / ký hiệu is short: reading a window after each label keeps a line of many labels linear.
      const found = findNumber(lines[i]!.slice(label.index, label.index + NUMBER_WINDOW));
      if (found !== undefined && !numbers.includes(found)) numbers.push(found);
      if (numbers.length === 2) second = i;
    }
  }
  if (second < 0) return undefined;
  // The body's lines: right over its number line (a header cell holding both), else the second column of the lines
  // before the first number (the bodies' cells read one after the other, or side by side).
  const above = takeBack(lines.slice(0, second), (line) => isUpperCaseText(line) && findNumber(line) === undefined && !/^(?:CỘNG|ĐẢNG CỘNG|ĐOÀN TNCS)/u.test(line));
  const firstNumber = lines.findIndex((line) => findNumber(line) !== undefined);
  let name = firstNumber < second ? nameOf(above) : undefined;
  if (name === undefined) {
    // The motto's column beside the bodies' ("… ỦY BAN MTTQ VIỆT NAM   CỘNG HÒA XÃ HỘI …") is no body's.
    const columns = lines.slice(0, Math.max(firstNumber, 0)).map((line) => headerColumns(beforeMotto(line).trim())).filter((c) => LETTERS.test(c.join("")) && !/^(?:CỘNG|Độc lập|ĐẢNG CỘNG|ĐOÀN TNCS)/u.test(c[0]!));
    const sideBySide = columns.length > 0 && columns.every((c) => c.length === 2);
    const bodies = sideBySide ? [columns.map((c) => c[0]!), columns.map((c) => c[1]!)] : (placedUnderColumns(columns) ?? groupBodies(columns.map((c) => c.join(" "))));
    name = bodies.length >= 2 ? nameOf(bodies[1]!) : undefined;
  }
  return { number: numbers[1]!, name };
}

/**
 * Two bodies side by side whose one's place goes on alone on the next line ("UBND PHƯỜNG KIẾN AN   ỦY BAN MTTQ VIỆT
 * NAM" over "PHƯỜNG KIẾN AN", the layout's indent lost): a line of one column that is a unit line goes under the body
 * that names no place yet. Undefined when the lines are not so.
 */
function placedUnderColumns(rows: string[][]): [string[], string[]] | undefined {
  if (rows.length === 0 || rows[0]!.length !== 2 || rows.some((row) => row.length > 2)) return undefined;
  const bodies: [string[], string[]] = [[], []];
  const placed = (body: string[]) => UNITS.some((unit) => ` ${body.join(" ")} `.includes(` ${unit} `));
  for (const row of rows) {
    if (row.length === 2) {
      bodies[0].push(row[0]!);
      bodies[1].push(row[1]!);
      continue;
    }
    const line = row[0]!;
    if (!UNITS.some((unit) => line.startsWith(`${unit} `))) return undefined;
    const target = !placed(bodies[1]) ? bodies[1] : !placed(bodies[0]) ? bodies[0] : undefined;
    if (!target) return undefined;
    target.push(line);
  }
  return bodies;
}

function nameOf(lines: string[]): string | undefined {
  if (lines.length === 0) return undefined;
  const body = readBody(lines.join(" "), undefined);
  return /^UBND|^ỦY BAN NHÂN DÂN/u.test(body.line) ? body.label.replace(/^Ủy ban nhân dân/u, "UBND") : body.label;
}

/** Column lines as bodies: a line that starts a body starts one, others go on the one above. */
function groupBodies(lines: string[]): string[][] {
  const bodies: string[][] = [];
  for (const line of lines) {
    if (bodies.length > 0 && !BODY_START.test(foldForMatch(line))) bodies[bodies.length - 1]!.push(line);
    else bodies.push([line]);
  }
  return bodies;
}

/** The run of items at the end of `items` that all keep. */
function takeBack<T>(items: T[], keep: (item: T) => boolean): T[] {
  let start = items.length;
  while (start > 0 && keep(items[start - 1]!)) start--;
  return items.slice(start);
}
