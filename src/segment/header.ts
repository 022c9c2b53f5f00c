/**
 * The header grammar of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I): issuing body and
 * "Số: …/…" on the left, national motto and "<địa danh>, ngày … tháng … năm …" on the right, then the document type
 * (KẾ HOẠCH / QUYẾT ĐỊNH) with its trích yếu, the "Căn cứ …" lines, the body, "Nơi nhận:" and the signature block
 * (TM./KT./TL. + title + name). Small recognisers over units; each returns what it found or undefined.
 */
import { cleanAgency } from "../normalize/agency.js";
import { foldForMatch, isUpperCaseText } from "../normalize/text.js";
import type { Unit } from "./units.js";
import { LETTER, LOWER, UPPER, re } from "../letters.js";

export type Level = "tinh" | "huyen" | "xa";

/**
 * "Số: 60 /QĐ-UBND" → "60/QĐ-UBND". The symbol part must have a slash, which "Số hiệu:" lines of web banners lack.
 * OCR and some converters write "số:" or "SỐ:" (then the colon is required: "số" alone is a running-text word).
 */
const NUMBER_LINE = re("u")`(?:^|\s)(?:Số\s*[:.]?|(?:số|SỐ|[Ss][${LETTER}])\s*:)\s*(\d{1,6}\s*[A-Za-z]?\s*\/\s*[${LETTER}\d][${LETTER}\d./\-–]{0,40})`;
/**
 * A number line whose number is missing ("Số:      /KH-UBND", a draft or a number written by hand). Like NUMBER_LINE
 * it takes the label as OCR misreads its vowel ("Só:", "Sá:"), then with its colon.
 */
const NUMBER_BLANK = re("u")`(?:^|\s)(?:Số\s*[:.]?|(?:số|SỐ|[Ss][${LETTER}])\s*:)\s*[^\d\s/]{0,4}\s*\/\s*[${LETTER}]`;

/**
 * The type codes of số / ký hiệu (Nghị định 30/2020/NĐ-CP, Phụ lục III, plus the công văn's customary "CV"), longest
 * first so that "TTr" is not read as "TT" + "r".
 */
const TYPE_CODES = ["CTr", "TTr", "QyĐ", "QYĐ", "GUQ", "GXN", "GNP", "GCN", "GGT", "NQ", "QĐ", "QD", "CT", "QC", "TC", "HD", "HĐ", "KH", "PA", "ĐA", "DA", "BC", "BB", "CV", "CĐ", "TB", "GM", "PG", "PC", "PB", "PL", "TT", "NĐ"];

/**
 * A number line whose slash OCR lost or read as a stroke: "Số: 1105KH-ĐKT", "Số: 589 lKH-BCA", "Số: 12 |QĐ-UBND". The
 * digits must be followed by a known type code and the issuer's part ("-ĐKT"), so that running text ("số 3 KHU",
 * "Số 2 TT") never matches. A "1" counts as the slash only after a space ("589 1KH"): glued to the digits it may be
 * the number's last digit, and is kept as one ("11051KH" → "11051/KH").
 */
const NUMBER_SLASH_LOST = new RegExp(
  "(?:^|\\s)(?:Số\\s*[:.]?|(?:số|SỐ|[Ss][" + LETTER + "])\\s*:)\\s*(\\d{1,6})(?:\\s*[lI|\\\\]|\\s+1)?\\s*(" + TYPE_CODES.join("|") + ")([-–][" + LETTER + "][" + LETTER + "\\d./\\-–]{0,40})",
  "u",
);

/**
 * A Party or Youth Union symbol (Hướng dẫn 36-HD/VPTW): the number, a dash, the type code, a slash and the issuer's
 * letters, with or without the colon after "Số": "Số 125-KH/HU", "Số: 15-KH/TĐTN", "Số 03-KH/BTGTU".
 */
const PARTY_NUMBER = new RegExp(
  "(?:^|\\s)(?:Số\\s*[:.]?|(?:số|SỐ)\\s*:)\\s*(\\d{1,6}\\s*[-–]\\s*(?:" + [...TYPE_CODES, "KL", "CTHĐ"].join("|") + ")\\s*\\/\\s*[" + LETTER + "][" + LETTER + "\\d./\\-–]{0,40})",
  "u",
);

export interface NumberReading {
  /** "60/QĐ-UBND", spaces removed. */
  number: string;
  /** The line's text of the number when a lost slash was put back ("1105KH-ĐKT"); absent when the slash was there. */
  corrected?: string;
}

/** What every number-line expression needs: an "S" and a colon or the exact "Số" (a cheap test, see `readNumber`). */
const NUMBER_LABEL_HINT = /Số|số|SỐ|[Ss]\S?:/;

export function findNumber(line: string): string | undefined {
  return readNumber(line)?.number;
}

/** The số / ký hiệu of a "Số:" line, its slash put back when OCR lost it (then `corrected` holds what was read). */
export function readNumber(line: string): NumberReading | undefined {
  // The guards before the Unicode-class expressions here are cheap necessary conditions of a match: V8 compiles such
  // an expression at its first use and again when it runs hot, a few milliseconds that every start paid for lines
  // that could not match.
  if (!NUMBER_LABEL_HINT.test(line)) return undefined;
  const match = NUMBER_LINE.exec(line);
  if (match) return { number: compactNumber(match[1]!) };
  const party = PARTY_NUMBER.exec(line);
  if (party) return { number: compactNumber(party[1]!.replace(/–/gu, "-")) };
  const lost = NUMBER_SLASH_LOST.exec(line);
  if (!lost) return undefined;
  const written = lost[0].replace(/^\s*(?:Số|số|SỐ)\s*[:.]?\s*/u, "").trim();
  return { number: compactNumber(`${lost[1]}/${lost[2]}${lost[3]}`), corrected: written };
}

/** "Số:" with nothing after it: a scrape or a narrow cell broke the line before the number ("Số:" / "2820/QĐ-UBND"). */
const NUMBER_LABEL_ALONE = /^\s*(?:Số|số|SỐ)\s*(?:[:.]\s*)?$/u;

/** A unit's lines with a "Số:" line that holds no number joined to the line after it, where the number is. */
export function numberLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const next = lines[k + 1];
    if (next !== undefined && NUMBER_LABEL_ALONE.test(line)) {
      out.push(`${line.trim()} ${next.trim()}`);
      k += 1;
    } else out.push(line);
  }
  return out;
}

/** A "Số: … /KH-…" line whose number is not written (or not readable). */
export function hasBlankNumber(line: string): boolean {
  return NUMBER_LABEL_HINT.test(line) && NUMBER_BLANK.test(line);
}

export function compactNumber(text: string): string {
  return withVietnameseD(text.replace(/\s+/g, "").replace(/[.,;]+$/, ""));
}

/** "Ð" (U+00D0, the Icelandic eth some fonts and converters put for "Đ") read as "Đ": no Vietnamese word holds it. */
export function withVietnameseD(text: string): string {
  return text.includes("\u00d0") || text.includes("\u00f0") ? text.replace(/\u00d0/gu, "Đ").replace(/\u00f0/gu, "đ") : text;
}

const PLACE_DATE = re("iu")`^([${LETTER}][${LETTER}.' -]{0,40}?)\s*,\s*ngày\s+(\d{1,2})\s*(?:tháng\s+(\d{1,2})\s*năm\s+(\d{4})|[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))`;

/**
 * The place and date line of a draft or of a copy published before it was dated: "Quảng Ninh, ngày      tháng 01 năm
 * 2025". The place is written, the day is not (or is written by hand and OCR read it as "Ô2").
 */
const PLACE_UNDATED = re("iu")`^([${LETTER}][${LETTER}.' -]{0,40}?)\s*,\s*ngày[\s.…_]{0,20}(?:[^\s/]{1,3}\s{0,5})?(?:tháng|\/)`;

/** What both PLACE_DATE and PLACE_UNDATED require. */
const PLACE_DATE_HINT = /,\s*ngày/iu;

export function findPlaceDate(text: string): PlaceDate | undefined {
  if (!PLACE_DATE_HINT.test(text)) return undefined;
  const found = placeDateAt(withVietnameseD(text.trim()));
  if (found) return found;
  // Word → PDF lays the header's second row out as one line: "Số: 666 /TTr-SNV      Lâm Đồng, ngày 22 tháng 12 năm 2025".
  const numberLine = /^(?:Số|số|SỐ)\s*[:.]?\s*[\d\s]{0,8}(?:[-–]\s*[A-Za-zĐđ]{1,5}\s*)?\/\s*\S+\s+/u.exec(text.trim());
  return numberLine ? placeDateAt(withVietnameseD(text.trim().slice(numberLine[0].length))) : undefined;
}

export interface PlaceDate {
  place: string;
  date: string | undefined;
  /** The year of an undated line ("ngày … tháng … năm 2025"). */
  year?: number;
}

/**
 * "TP. Hồ Chí Minh", "Tp. Đà Lạt", "T.P Huế": a city's unit word abbreviated on its date line is the city's name as a
 * full line writes it ("Thành phố Hồ Chí Minh"), so one place reads alike however its line was typed.
 */
const CITY_ABBREVIATION = re("u")`^(?:TP|Tp|tp|T\.P)\.?\s*(?=[${UPPER}])`;

function placeName(written: string): string {
  return written.trim().replace(CITY_ABBREVIATION, "Thành phố ");
}

function placeDateAt(trimmed: string): PlaceDate | undefined {
  const match = PLACE_DATE.exec(trimmed);
  const date = match ? isoDate(Number(match[4] ?? match[6]), Number(match[3] ?? match[5]), Number(match[2])) : undefined;
  if (match && date) return { place: placeName(match[1]!), date };
  const undated = PLACE_UNDATED.exec(trimmed);
  if (!undated) return undefined;
  // A draft dated "ngày … tháng 9 năm 2025" still says its year.
  const year = /năm\s+(\d{4})/u.exec(trimmed.slice(undated[0].length - 8, undated[0].length + 40))?.[1];
  return { place: placeName(undated[1]!), date: undefined, ...(year ? { year: Number(year) } : {}) };
}

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "ngày 17/01/2023", "ngày 20 /12/2022", "ngày 20 tháng 10 năm 2020" inside a sentence. */
const DATE_IN_TEXT = /ngày\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/iu;

export function findDateInText(text: string): string | undefined {
  const m = DATE_IN_TEXT.exec(text);
  if (!m) return undefined;
  return isoDate(Number(m[3] ?? m[5]), Number(m[2] ?? m[4]), Number(m[1]));
}

/** A reference to this document in an appendix or a plan issued by a decision. */
const DOCUMENT_REFERENCE = re("iu")`(Kế hoạch|Quyết định)\s+số\s*:?\s*(\d{1,6}\s*[A-Za-z]?\s*\/\s*[${LETTER}\d][${LETTER}\d./\-–]{0,40})`;

export interface Reference {
  kind: "ke_hoach" | "quyet_dinh";
  number: string;
  date: string | undefined;
  issuer: Issuer | undefined;
}

export function findReference(text: string): Reference | undefined {
  const match = DOCUMENT_REFERENCE.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match.index + match[0].length);
  return {
    kind: foldForMatch(match[1]!).startsWith("ke") ? "ke_hoach" : "quyet_dinh",
    number: compactNumber(match[2]!),
    date: findDateInText(rest.slice(0, 60)),
    issuer: findIssuerIn(rest),
  };
}

export interface Issuer {
  /** "tỉnh", "huyện", "thành phố", … as the body names itself; empty when the text names no unit. */
  unit: string;
  name: string | undefined;
  level: Level | null;
  /**
   * A department of that People's Committee that issues the plan itself ("Sở Nội vụ" under "UBND TỈNH HÀ TĨNH"),
   * already cased as agencies are; the issuer is then "Sở Nội vụ tỉnh Hà Tĩnh" at the committee's level.
   */
  department?: string;
}

/** "đặc khu": the special zones of the 2025 reorganisation (Phú Quốc, Côn Đảo, Vân Đồn …), communes in rank. */
const UNIT_WORDS = ["thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường", "tp"];
/** Cities under central government: a "thành phố" among them is a province-level body. */
const CENTRAL_CITIES = ["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"];

/** Whether a place name is that of a centrally governed city ("HẢI PHÒNG", "Đà Nẵng"). */
export function isCentralCity(name: string): boolean {
  return CENTRAL_CITIES.includes(foldForMatch(name));
}

export function levelOf(unit: string, name: string | undefined): Level | null {
  const u = foldForMatch(unit);
  if (u === "tinh") return "tinh";
  if (u === "thanh pho" || u === "tp") {
    if (name === undefined) return null;
    return CENTRAL_CITIES.includes(foldForMatch(name)) ? "tinh" : "huyen";
  }
  if (u === "huyen" || u === "quan" || u === "thi xa") return "huyen";
  if (u === "xa" || u === "phuong" || u === "thi tran" || u === "dac khu") return "xa";
  return null;
}

/** Also in lower case, as running text sometimes writes it ("… tại địa phương, ủy ban nhân dân tỉnh ban hành …"). */
const PEOPLES_COMMITTEE = /(?:Ủy|Uỷ|ỦY|UỶ|ủy|uỷ)\s+(?:ban|BAN)\s+(?:nhân|NHÂN)\s+(?:dân|DÂN)|UBND/u;
/** Case-sensitive on purpose: in running text the name is the run of capitalised words after the unit word. */
const NAME_AFTER_UNIT = re("u")`^\.?\s+((?:[${UPPER}][${LETTER}]*|\d+)(?:[ -](?:[${UPPER}][${LETTER}]*|\d+)){0,4})`;

/** "… của Ủy ban nhân dân huyện Thanh Trì …", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" → unit and name. */
export function findIssuerIn(text: string): Issuer | undefined {
  const committee = PEOPLES_COMMITTEE.exec(text);
  if (!committee) return undefined;
  const after = text
    .slice(committee.index + committee[0].length, committee.index + committee[0].length + 80)
    .replace(/^\s*\(UBND\)/, "");
  const trimmed = after.trimStart();
  const lower = trimmed.toLocaleLowerCase("vi");
  const unitWord = UNIT_WORDS.find((w) => lower.startsWith(w) && !re("u")`[${LETTER}]`.test(lower.charAt(w.length)));
  if (!unitWord) return { unit: "", name: undefined, level: null };
  const unit = unitWord === "tp" ? "thành phố" : unitWord;
  const nameMatch = NAME_AFTER_UNIT.exec(trimmed.slice(unitWord.length));
  const name = nameMatch ? titleCase(nameMatch[1]!.trim()) : undefined;
  return { unit, name, level: levelOf(unit, name) };
}

/** "ĐỒNG THÁP" → "Đồng Tháp"; mixed-case names are kept. */
export function titleCase(name: string): string {
  if (!isUpperCaseText(name)) return name;
  return name
    .toLocaleLowerCase("vi")
    .split(/(\s+|-)/)
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join("");
}

/**
 * A steering committee as headers abbreviate it ("BCĐ CCHC TỈNH …", "BAN CHỈ ĐẠO CCHC TỈNH"), named in full, as the same body's header written
 * out names it ("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH …"): one body, one issuer.
 */
function withSteeringCommitteeSpelledOut(name: string): string {
  if (!/^(?:BCĐ|Ban Chỉ đạo)\s/u.test(name)) return name;
  return name.replace(/^BCĐ\s+/u, "Ban Chỉ đạo ").replace(/^Ban Chỉ đạo CCHC(?=\s|$)/u, "Ban Chỉ đạo cải cách hành chính");
}

export function issuerLabel(found: Issuer): string | null {
  const issuer = found.department ? { ...found, department: withSteeringCommitteeSpelledOut(found.department) } : found;
  if (issuer.department && !issuer.unit) return issuer.department;
  if (!issuer.unit) return null;
  if (!issuer.name) return null;
  // A unit named after its place ("Trường Tiểu học Tân Lập" under "UBND XÃ TÂN LẬP") is not named twice.
  if (issuer.department && foldForMatch(issuer.department).endsWith(` ${foldForMatch(issuer.name)}`)) return issuer.department;
  // A school or station with a name of its own ("Trường THCS Lê Quý Đôn" under "UBND PHƯỜNG CAM ĐƯỜNG") is named by it:
  // its committee governs it, it is no part of its name. One named by a number ("Trường Mầm non số 1") keeps the place.
  if (issuer.department && hasOwnName(issuer.department)) return issuer.department;
  // A department named with its committee's unit word and no name ("BAN CHỈ ĐẠO CCHC TỈNH" under "UBND TỈNH LÂM ĐỒNG"):
  // the committee's name completes it, the unit word is not written twice.
  if (issuer.department && foldForMatch(issuer.department).endsWith(` ${foldForMatch(issuer.unit)}`)) return `${issuer.department} ${issuer.name}`;
  return `${issuer.department ?? "UBND"} ${issuer.unit} ${issuer.name}`;
}

/**
 * A commune's or district's public unit under its committee (a school, the health station): "TRƯỜNG TIỂU HỌC …",
 * "TRẠM Y TẾ". Named by the kind of unit, since "Trường …" and "Trạm …" also start place names (Trường Sơn, Trạm Tấu).
 */
export const PUBLIC_SERVICE_UNIT =
  /(?:TRƯỜNG\s+(?:MẦM NON|MẪU GIÁO|TIỂU HỌC|TRUNG HỌC|THCS|THPT|PTDTBT|PTDTNT|TH|MN|CAO ĐẲNG|ĐẠI HỌC|CHÍNH TRỊ|TRUNG CẤP)|TRẠM\s+(?:Y TẾ|KHUYẾN NÔNG|THÚ Y|TRỒNG TRỌT|BẢO VỆ THỰC VẬT))(?=\s|$)/u;

/** A public service unit's name that goes on after its kind with a name, not a number ("TRƯỜNG THCS LÊ QUÝ ĐÔN"). */
function hasOwnName(department: string): boolean {
  const upper = department.toLocaleUpperCase("vi");
  const kind = PUBLIC_SERVICE_UNIT.exec(upper);
  if (!kind || kind.index !== 0) return false;
  const rest = upper.slice(kind[0].length).trim();
  return rest !== "" && !/^SỐ\s/u.test(rest) && !/^\d/u.test(rest);
}

/**
 * The line under the governing body that names the issuing department (Nghị định 30/2020: "tên cơ quan chủ quản" above,
 * "tên cơ quan ban hành" below): "SỞ NỘI VỤ", "BAN DÂN TỘC", "PHÒNG NỘI VỤ", in capitals.
 */
const DEPARTMENT_LINE =
  re("u")`^(?:(?:SỞ|BAN(?!\s+NHÂN\s+DÂN)|BCĐ|PHÒNG|VĂN PHÒNG|THANH TRA|CHI CỤC|TRUNG TÂM|ĐÀI|BỘ CHỈ HUY|CÔNG AN|KHO BẠC NHÀ NƯỚC|BẢO HIỂM XÃ HỘI)\s+[${UPPER}]|VĂN PHÒNG$|${PUBLIC_SERVICE_UNIT.source})`;

export function isDepartmentLine(line: string): boolean {
  const text = line.trim().replace(/(?<![-–_])[-–_]+$/u, "").trim();
  return text.length <= 120 && DEPARTMENT_LINE.test(text) && isUpperCaseText(text);
}

/**
 * The province a provincial department (a "SỞ …" heading its own document, no committee line above it) belongs to:
 * the place of its date line, which for a province-level body is the province (Nghị định 30/2020, Phụ lục I) — a
 * "thành phố" for the centrally governed cities.
 */
export function provinceOfPlace(place: string): Issuer {
  // "Thành phố Hồ Chí Minh, ngày …": the city's unit word is written on the line.
  const city = /^thành phố\s+(?=\S)/iu.exec(place);
  const name = city && CENTRAL_CITIES.includes(foldForMatch(place.slice(city[0].length))) ? place.slice(city[0].length) : place;
  const unit = CENTRAL_CITIES.includes(foldForMatch(name)) ? "thành phố" : "tỉnh";
  return { unit, name, level: "tinh" };
}

/** Where a department line names its own place ("SỞ NỘI VỤ TỈNH HÀ TĨNH"): the unit word and the place after it. */
export function placeInDepartment(line: string): Issuer | undefined {
  const lower = line.toLocaleLowerCase("vi");
  for (const word of UNIT_WORDS) {
    // "xã hội" (society) is no commune: "PHÒNG VĂN HÓA - XÃ HỘI", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI".
    const at = lower.search(new RegExp(`(?<![${LETTER}])${word}(?![${LETTER}])${word === "xã" ? "(?!\\s+hội(?![${LETTER}]))" : ""}`, "u"));
    if (at <= 0) continue;
    const name = NAME_AFTER_UNIT.exec(line.slice(at + word.length));
    if (!name) continue;
    const unit = word === "tp" ? "thành phố" : word;
    const place = titleCase(name[1]!.trim());
    return { unit, name: place, level: levelOf(unit, place), department: line.slice(0, at).trim() };
  }
  return undefined;
}

/**
 * The signing title of a signature block (TM./KT./TL. + the signer's office), matched without diacritics so that OCR's
 * "THỨ TRƯỚNG", "PHÓ CUC TRƯỞNG" count: committee and department heads, and the heads of ministries, their
 * departments and working groups ("BỘ TRƯỞNG", "CỤC TRƯỞNG", "TỔ TRƯỞNG", "TRƯỞNG ĐOÀN").
 */
const SIGNING_TITLE =
  /^(?:(?:tm|t\/m|kt|tl|tuq|q)\.\s*)?(?:pho\s+)?(?:chu tich|giam doc|truong (?:phong|ban|doan)|chanh van phong|bi thu|thu tuong|(?:bo|thu|cuc|vu|to|chi cuc|vien|doan) truong)\b/u;

export function isSigningTitle(line: string): boolean {
  return isUpperCaseText(line) && SIGNING_TITLE.test(foldForMatch(line));
}

/** Military and police ranks written before a signer's name ("Đại tá Bùi Duy Hưng"): not part of the name. */
const RANK = /^(?:thuong|trung|thieu|dai)\s+(?:tuong|ta|uy)\s+/u;

/** The name of a signature line, a rank before it left out; undefined when the line is no person's name. */
export function signerName(line: string): string | undefined {
  const text = line.trim();
  const rank = RANK.exec(foldForMatch(text));
  const name = rank ? text.split(/\s+/).slice(2).join(" ") : text;
  return isPersonName(name) ? name : undefined;
}

/**
 * Family names most Vietnamese carry: where a line holding two names side by side (a joint plan's two signature
 * columns read as one line, "Hà Thị Lan Nguyễn Văn Hải") splits.
 */
const SURNAMES = new Set(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Đinh", "Đoàn", "Trịnh", "Lương", "Cao", "Lâm", "Tạ", "Trương", "Đào", "Chu", "Lưu", "Thái", "Vương", "Kiều", "Tô", "Tăng", "Quách", "Triệu", "Đàm", "Nông", "Lò", "Hứa", "Khổng", "Từ", "Mạc", "Thân", "Âu", "Doãn", "Lại", "Tống"]);

/**
 * The names of a line holding two signers' names side by side (two signature columns read as one line by a layout
 * that keeps columns apart only by spaces), split where the second starts with a family name; undefined otherwise.
 */
export function sideBySideNames(line: string): [string, string] | undefined {
  const words = line.trim().split(/\s+/u);
  if (words.length < 4 || words.length > 10) return undefined;
  // Of the splits, the most even: two names of three words each are the usual pair.
  let best: [string, string] | undefined;
  let bestGap = Infinity;
  for (let k = 2; k <= words.length - 2; k++) {
    if (!SURNAMES.has(words[k]!)) continue;
    const left = words.slice(0, k).join(" ");
    const right = words.slice(k).join(" ");
    // "Đỗ Thị Thu Hà Phạm Quang Huy": "Hà" is a given name as often as a family name; a name does not go on with a
    // second family name, so of two splits as even the one whose second name does not is taken.
    const gap = Math.abs(words.length - 2 * k) + (SURNAMES.has(words[k + 1]!) ? 0.5 : 0);
    if (gap < bestGap && isPersonName(left) && isPersonName(right)) {
      best = [left, right];
      bestGap = gap;
    }
  }
  return best;
}

const AGENCY_WORDS = /^(?:uy ban|ubnd|phong|so|van phong|ban|hoi dong|chu tich|tm|kt|tl|noi nhan|luu|cong hoa|doc lap)\b/;

const HIGHLANDS_H = /(^|\s)([HK])['’]\s?(?=\p{Lu})/gu;

/** "Trần Văn Lâu": two to five capitalised words, no digits, not an agency or a title. */
export function isPersonName(line: string): boolean {
  // The Central Highlands' names write a woman's "H" with an apostrophe before the name ("Ksor H'Bia", "H’Yim Kđoh"),
  // and the K'Ho a man's "K" ("K' Điểu Thanh", "K'Bông").
  const text = line.trim().replace(/^\(?(?:đã ký|ký)\)?\s*/iu, "").replace(HIGHLANDS_H, "$1$2 ");
  // Capitalised words of letters: a digit, a punctuation mark, a word in lower case or capitals rule most lines out
  // before the costly expression (an upper-case letter is its own upper case).
  if (!/\s/.test(text) || /[\d,.:;()"'/–-]/.test(text)) return false;
  if (text.split(/\s/).some((word) => word.charAt(0).toUpperCase() !== word.charAt(0))) return false;
  if (isUpperCaseText(text)) return false;
  if (!re("u")`^[${UPPER}][${LOWER}]*(?:\s[${UPPER}][${LOWER}]*){1,4}$`.test(text)) return false;
  return !AGENCY_WORDS.test(foldForMatch(text));
}

/** Document type words as a title line: "KẾ HOẠCH", "QUYẾT ĐỊNH" (upper case, alone on their line). */
export function documentTypeOf(line: string): "ke_hoach" | "quyet_dinh" | undefined {
  const text = line.trim().replace(/[:.]$/, "");
  if (!isUpperCaseText(text)) return undefined;
  const folded = foldForMatch(text);
  // A joint plan's type line: "KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH PHỐI HỢP" (its title on the lines under it).
  if (folded === "ke hoach" || folded === "ke hoach lien tich" || folded === "ke hoach phoi hop") return "ke_hoach";
  if (folded === "quyet dinh") return "quyet_dinh";
  return undefined;
}

/** Documents that are not plans, by their type line: a cover that submits a plan, or a document of its own. */
const OTHER_TYPES: Record<string, string> = {
  "to trinh": "tờ trình",
  "bao cao": "báo cáo",
  "thong bao": "thông báo",
  "cong van": "công văn",
  "giay moi": "giấy mời",
  // An office's internal cover sheet sending a draft up for signature, and the minutes of a meeting filed with a plan.
  "phieu trinh": "phiếu trình",
  "bien ban": "biên bản",
};

/** "TỜ TRÌNH", "BÁO CÁO" … (upper case, alone on their line) → the type's name, lower case. */
export function otherDocumentTypeOf(line: string): string | undefined {
  const text = line.trim().replace(/[:.]$/, "");
  if (!isUpperCaseText(text) || text.length > 12) return undefined;
  return OTHER_TYPES[foldForMatch(text)];
}

/**
 * "Nơi nhận" and what OCR makes of it: a vowel misread ("Noi", "Nới", "nhân", "nhặn"), the words run together, the
 * "N" lost to the seal's ink ("ơinhận:").
 */
const RECIPIENTS_LABEL = re("iu")`^\s*(n?[${LETTER}]{1,2}i)\s*(nh[${LETTER}]{1,2}n)(?![${LETTER}\d])\s*([:;.,]?)\s*`;

/**
 * The text after the recipients' label ("Nơi nhận:") that opens the foot of the document, or undefined when `text`
 * does not start with it. The label as typed is taken as it is; a misread one only with its colon (read as ":", ";",
 * "." or ","), alone on its line or before a bullet, since "nơi nhân …" without one may be running text.
 */
export function afterRecipientsLabel(text: string): string | undefined {
  const match = RECIPIENTS_LABEL.exec(text);
  if (!match || !["noi", "oi"].includes(foldForMatch(match[1]!)) || foldForMatch(match[2]!) !== "nhan") return undefined;
  const rest = text.slice(match[0].length);
  const typed = /^nơi$/iu.test(match[1]!) && /^nhận$/iu.test(match[2]!);
  if (!typed && match[3] === "" && rest !== "" && !/^[-+•]/u.test(rest)) return undefined;
  return rest;
}

export function isRecipientsLabel(text: string): boolean {
  return afterRecipientsLabel(text) !== undefined;
}

/** How many tables before the "Lưu" line's own a scan's signature block may have been cut into. */
const SIGNATURE_TABLE_PARTS = 2;

/** The last line of a recipients' list (Nghị định 30/2020, Phụ lục I: "- Lưu: VT, …"), as OCR reads it too. */
const FILED_LINE = /^[-+•]?\s*L[ưu]u\s*[:;.]\s*VT\b/u;
/** A recipient's line: a bullet, or the purpose in brackets recipients carry ("(để báo cáo);", OCR's "(đề b/c)"). */
const RECIPIENT_LINE = /^[-+•]|\((?:để|đề|đê|de)\s/u;

export function isFiledLine(text: string): boolean {
  return FILED_LINE.test(text);
}

export function isRecipientLine(text: string): boolean {
  return RECIPIENT_LINE.test(text) || FILED_LINE.test(text);
}

/**
 * A recipients' list whose "Nơi nhận:" a seal or OCR lost (on a scan the label is often under the round seal): the
 * first of the recipient lines that run up to its "- Lưu: VT" line, in [from, to); -1 when there is no such line. In
 * a signature table read a row at a time the signer's column comes between them, and is passed over (a scan's
 * signature block may come as a few tables, one a band of rows).
 */
export function unlabelledRecipients(units: readonly Unit[], from = 0, to = units.length): number {
  for (let i = from; i < to; i++) {
    const filed = units[i]!;
    if (!FILED_LINE.test(filed.text)) continue;
    let start = i;
    for (let j = i - 1; j >= from; j--) {
      const unit = units[j]!;
      if (RECIPIENT_LINE.test(unit.text)) start = j;
      else if (!(unit.inTable && filed.inTable && filed.block - unit.block <= SIGNATURE_TABLE_PARTS)) break;
    }
    return start;
  }
  return -1;
}

/** Units of running text that end a title: the legal bases, the authority line of a decision, the body. */
export function endsTitle(unit: Unit): boolean {
  return endsTitleText(unit.text) || unit.footnote;
}

/** "A. ", "B. ": the letter of a part in a plan that letters its parts (the heading after it in capitals). */
export const LETTERED_PART = /^[A-HĐ]\.\s+/u;

/** A line of the title block that is no longer the title (see endsTitle). */
export function endsTitleText(text: string): boolean {
  const folded = foldForMatch(text);
  return (
    /^(can cu|thuc hien|de |nham|theo de nghi|chu tich|uy ban nhan dan|ubnd|\(?ban hanh kem|\(?kem theo|so:)/.test(folded) ||
    // The first part of the body: "I. MỤC ĐÍCH …", or "1. MỤC ĐÍCH …" in a plan numbered without Roman parts.
    /^(?:[IVX]+|\d{1,2})\.\s/.test(text) ||
    // "PHẦN I. MỤC ĐÍCH …", "Phần thứ nhất", "Chương I": the first part named by its word.
    /^(?:phan|chuong)\s+(?:[ivxlc]+(?![a-z])|thu\s)/.test(folded) ||
    // "A. MỤC ĐÍCH, YÊU CẦU": the first part of a plan lettered in capitals.
    (LETTERED_PART.test(text) && isUpperCaseText(text.replace(LETTERED_PART, ""))) ||
    // The authority line of a decision by a central body: "THỦ TƯỚNG CHÍNH PHỦ", "BỘ TRƯỞNG BỘ NỘI VỤ".
    (/^(?:thu tuong chinh phu|chinh phu|bo truong\b.*|giam doc\b.*)$/.test(folded) && isUpperCaseText(text))
  );
}

/** "V/v thực hiện …", "Về việc phê duyệt …" before a title: the words are not part of what the plan is about. */
export function withoutAboutPrefix(title: string): string {
  const match = /^(?:V\/v\.?|Về việc)\s+/iu.exec(title);
  if (!match) return title;
  const rest = title.slice(match[0].length);
  return rest.charAt(0).toLocaleUpperCase("vi") + rest.slice(1);
}

export function looksLikeTitleContinuation(unit: Unit): boolean {
  // "2026 - 2030" on a line of its own ends a title in capitals ("… GIAI ĐOẠN"); digits have no case.
  const years = /^\d{4}(?:\s*[-–—]\s*\d{4})?$/u.test(unit.text.trim());
  return (unit.bold || unit.kind === "heading" || isUpperCaseText(unit.text) || years) && !endsTitle(unit) && unit.text.length < 400;
}

const MOTTO = /(?:^|\s)(?:CỘNG (?:HÒA|HOÀ) XÃ HỘI|Độc lập\s*[-–])/u;

/**
 * The issuing body's part of a header line or unit, before the national motto: text written one line a paragraph, OCR
 * and Word → PDF put the motto beside or under the body's lines with nothing between ("ỦY BAN NHÂN DÂN" / "HUYỆN CAN
 * LỘC" / "CỘNG HÒA XÃ HỘI …" / "Độc lập - Tự do - Hạnh phúc").
 */
export function beforeMotto(text: string): string {
  const motto = text.search(MOTTO);
  return motto > 0 ? text.slice(0, motto) : text;
}

/**
 * A central body heading the document (Nghị định 30/2020: a ministry or the Government has no governing body above
 * it): "THỦ TƯỚNG CHÍNH PHỦ", "CHÍNH PHỦ", "BỘ CÔNG AN". National level: no `level` code.
 */
export function findCentralIssuer(line: string): Issuer | undefined {
  // OCR and Word → PDF can set the header's two columns on one line: "BỘ CÔNG AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA …".
  const own = beforeMotto(line);
  // The lookbehind starts a match only where a run of dashes and spaces starts: without it a long "- - - … x" line
  // is rescanned from every position (quadratic).
  const text = withVietnameseD(own.trim().replace(/(?<![-–_\s])[-–_\s]+$/u, ""));
  if (!isUpperCaseText(text) || text.length > 60) return undefined;
  const folded = foldForMatch(text);
  if (folded === "thu tuong chinh phu") return { unit: "", name: undefined, level: null, department: "Thủ tướng Chính phủ" };
  if (folded === "chinh phu") return { unit: "", name: undefined, level: null, department: "Chính phủ" };
  if (/^bo (?!chi huy|tu lenh|truong)\S/.test(folded)) return { unit: "", name: undefined, level: null, department: cleanAgency(text).value };
  return undefined;
}
