/**
 * Lead / partner cells → one agency (or agency group) per item, and each name cleaned.
 *
 * Splitting. Items are separated by paragraphs, by bullets inside a paragraph that starts with one ("- a - b"), by
 * ";" and by some commas. A comma separates items only where a careful reader would: the next piece starts a new
 * agency (a capitalised agency-type word such as "Sở", "Phòng", "UBND", "Các"; a lower-case type word in front of a
 * proper name, "phòng Tư pháp"; "các" + a group word, "các cơ quan liên quan") AND what came before it is more than a
 * lone type word. So "Sở, ban, ngành" and "Các Sở, Ban ngành tỉnh" stay whole, "Ban, phòng ngành, UBND xã, thị trấn"
 * is two groups, "Sở Nội vụ, Phòng Nội vụ cấp huyện" two agencies. Nothing inside parentheses is split.
 *
 * Dash-joined names ("Phòng Văn hóa - Thông tin", "Văn phòng HĐND - UBND huyện", "UBND xã - thị trấn") are never
 * split: a bullet dash splits only when what follows starts a new agency and the two sides are not a known compound
 * (DASH_COMPOUNDS).
 *
 * Cleaning (cleanAgency), canonical forms chosen here:
 * - "&" is written " & " ("Văn phòng HĐND & UBND huyện", "Phòng Văn hóa & Thông tin"), except between two
 *   abbreviations that are not bodies of their own, which stay tight as the ministries write them ("Sở KH&CN",
 *   "LĐ-TB&XH"). HĐND, UBND, MTTQ are bodies: "HĐND&UBND" → "HĐND & UBND".
 * - Every dash between two name parts (hyphen, en dash, em dash) is written " - " with the ASCII hyphen, whatever the
 *   source used: "Phòng Tài chính – Kế hoạch", "Phòng Tài chính-Kế hoạch" and "Phòng Tài chính - Kế hoạch" are one
 *   agency and should group together. A dash between two such abbreviations stays tight ("LĐ-TB&XH", "TC-KH").
 * - The agency-type word at the start gets its usual case ("phòng Nội vụ" → "Phòng Nội vụ") when a proper name
 *   follows it; a lower-case group ("phòng, ban chuyên môn", "các ngành liên quan") is left as written. The Youth
 *   Union's own capitalised spelling ("Tỉnh Đoàn", "Huyện Đoàn", "Thành Đoàn") is kept as written.
 * - Scanning confusions of the type word ("Số/Sớ/Sỏ Nội vụ" → "Sở Nội vụ", "Phỏng/Phong Tư pháp" → "Phòng Tư pháp")
 *   are fixed only in front of a known department name; "UBNĐ"/"UBDN" → "UBND" and "Ð" (U+00D0) → "Đ" everywhere.
 * - A name wholly in capitals is re-cased the way Nghị định 30/2020 writes agency names: type word as usual, the first
 *   word of the name part and the word after "và", "-", "&" or a comma capitalised, abbreviations kept, level words
 *   (tỉnh, huyện, xã …) lower case and the place name after them capitalised: "UBND HUYỆN CHỢ MỚI" → "UBND huyện Chợ Mới".
 * Every change is reported as one `info` / `agency-corrected` diagnostic per name. A name no rule touches comes back
 * as cleaned text. All scanning is linear: patterns have no nested quantifiers and look-arounds are bounded.
 */
import type { Diagnostic, Position } from "../diagnostics.js";
import { joinHierarchy } from "./hierarchy.js";
import { capitalise, cleanInline, cleanText, foldForMatch, isUpperCaseText } from "./text.js";
import { LETTER, LOWER, NUMBER, UPPER, re } from "../letters.js";
import { memoizeText } from "../memo.js";

/**
 * "Khoa học" (science) is no body of type "Khoa", in any case: "Phòng Văn hóa, Khoa học và Thông tin" is one
 * department, "Khoa Học …" in a heading no hospital's.
 */
const NOT_BODY_AFTER_TYPE = re("iu")`^khoa\s+học(?![${LETTER}])`;

/** Agency-type words in their usual case. Longer entries are tried before the words they start with. */
const AGENCY_TYPES = [
  "Bảo hiểm xã hội",
  "Bộ Chỉ huy",
  "Bộ Tư lệnh",
  "Bộ phận",
  "Bộ",
  "Sở",
  "Phòng",
  "Văn phòng",
  "Công an",
  "UBND",
  "HĐND",
  "UBMTTQ",
  "Ủy ban",
  "Uỷ ban",
  "Ban",
  "Trung tâm",
  "Đài",
  "Báo",
  "Kho bạc",
  "Cục",
  "Vụ",
  "Chi cục",
  "Chi nhánh",
  "Bảo hiểm",
  "Liên đoàn",
  // The trade union of a body or a sector ("Công đoàn cơ quan", "Công đoàn ngành Giáo dục").
  "Công đoàn",
  "Liên minh",
  "Hiệp hội",
  "Hội đồng",
  "Hội",
  "Đoàn kiểm tra",
  "Đoàn",
  "Tỉnh đoàn",
  "Huyện đoàn",
  "Thành đoàn",
  "Mặt trận",
  "Thanh tra",
  "Ngân hàng",
  "Viện",
  "Học viện",
  "Bệnh viện",
  // A hospital's or health centre's departments ("Khoa Khám bệnh", "Khoa Dược"); "Khoa học" is no body (NOT_BODY_AFTER_TYPE).
  "Khoa",
  "Trường",
  "Tòa án",
  "Toà án",
  "Tổ",
  "Cơ quan",
  "Đơn vị",
  "Ngành",
  "Tỉnh ủy",
  "Huyện ủy",
  "Thành ủy",
  "Đảng ủy",
  // Party bodies a committee's plan assigns to ("Chi bộ Văn phòng Huyện ủy", "Đảng bộ xã …", "Đảng đoàn HĐND tỉnh").
  "Chi bộ",
  // The Youth Union's cell of a body ("Chi đoàn cơ quan Tỉnh đoàn", "Chi đoàn Thanh niên thôn 3").
  "Chi đoàn",
  "Đảng bộ",
  "Đảng đoàn",
  "Tổng công ty",
  "Công ty",
  "Chủ tịch",
  "Thủ trưởng",
  "Giám đốc",
  // Media and service bodies that plans list beside agencies ("Báo Nghệ An, Cổng Thông tin điện tử tỉnh").
  "Cổng",
  "Trang",
  "Tạp chí",
  "Thông tấn xã",
  "Bưu điện",
  // The telecom operators' provincial branches a digital-transformation plan names beside agencies ("Viễn thông Phú
  // Thọ", "VNPT Phú Thọ", "Viettel Phú Thọ").
  "Viễn thông",
  "VNPT",
  "Viettel",
  "MobiFone",
  "Tổng cục",
  "Tập đoàn",
  "Quỹ",
  "Kiểm toán",
  "Liên hiệp",
  "Đội",
  "Hạt",
  "Nhà xuất bản",
  "Bảo tàng",
  "Thư viện",
  // Bodies named by their field since the 2025 reorganisation ("Thuế tỉnh", "Thuế cơ sở 3", "Thống kê tỉnh", "Thi
  // hành án dân sự tỉnh"): agencies only before a level word or a name ("thuế thu nhập" is no body).
  "Thuế cơ sở",
  "Thuế",
  "Thống kê",
  "Thi hành án dân sự",
  "Thi hành án",
  // A "Trạm" is a body only by its field ("Trạm Y tế xã", "Trạm Khuyến nông Tân Lập"): "Trạm" alone is not a type,
  // so "trạm biến áp", "trạm sạc", "trạm BTS" stay things, not bodies.
  "Trạm Y tế",
  "Trạm Khuyến nông",
  "Trạm Thú y",
  "Trạm Chăn nuôi và Thú y",
  "Trạm Trồng trọt",
  "Trạm Trồng trọt và Bảo vệ thực vật",
  "Trạm Bảo vệ thực vật",
  "Trạm Kiểm lâm",
  "Trạm Khí tượng",
  "Trạm Thủy văn",
  "Trạm Khí tượng thủy văn",
  "Trạm Kiểm dịch",
  "Trạm Dịch vụ nông nghiệp",
  "Trạm Quản lý nông nghiệp",
] as const;

/**
 * Old-style tone placement → new-style, for matching only ("thuỷ" → "thủy", "hoà" → "hòa", "khoá" → "khóa"): both
 * spellings are in use in official text and name the same body. In decomposed form the tone mark moves from the
 * second vowel of "oa", "oe", "uy" to the first (not from "ặ", "ệ", which carry a second mark). Applied to keys and
 * looked-up words alike, so words that only look folded ("hoàn" → "hòan") still match themselves.
 */
const OLD_TONE_OA = /o([ae])([\u0300\u0301\u0303\u0309\u0323])(?![\u0300-\u036f])/gu;
const OLD_TONE_UY = /uy([\u0300\u0301\u0303\u0309\u0323])(?![\u0300-\u036f])/gu;
/**
 * Memo of `matchKey`: each cell and duty line asks for the keys of its first one to five words, which repeat all over a
 * plan (and a batch), and each key takes two normalisations. Bounded, so that endless distinct words cannot grow it.
 */
const matchKeys = new Map<string, string>();
const MATCH_KEY_MEMO_LIMIT = 50_000;

// First spelling wins: "Ủy ban" and "Uỷ ban" share a key and "Ủy ban" stays the canonical one.
const TYPE_BY_KEY = new Map<string, string>();
for (const type of AGENCY_TYPES) if (!TYPE_BY_KEY.has(matchKey(type))) TYPE_BY_KEY.set(matchKey(type), type);
const MAX_TYPE_WORDS = Math.max(...AGENCY_TYPES.map((type) => type.split(" ").length));
/**
 * Youth Union bodies: "Đoàn" there is the short name of Đoàn TNCS Hồ Chí Minh, which the Union itself capitalises
 * ("Tỉnh Đoàn", "Huyện Đoàn", "Thành Đoàn"). Both spellings are in use, so the one the plan chose is kept, while a
 * generic type word capitalised by habit ("Đoàn Kiểm tra", "Công An") still gets its usual case.
 */
const YOUTH_UNION_SPELLINGS = new Set(["Tỉnh Đoàn", "Huyện Đoàn", "Thành Đoàn"]);

/** Scanning confusions of a type word, trusted only in front of a known department name. */
const SO_CONFUSIONS = new Set(["số", "sớ", "sỏ", "sổ", "sờ", "sơ", "sợ", "sỡ", "so"]);
const PHONG_CONFUSIONS = new Set(["phỏng", "phong", "phóng", "phọng", "phõng", "phông"]);
const UBND_CONFUSIONS = new Set(["ubnđ", "ubdn"]);

/** Folded starts of department names that follow "Sở" / "Phòng". */
const DEPARTMENT = new RegExp(
  "^(?:" +
    [
      "noi vu", "tu phap", "tai chinh", "ke hoach", "thong tin", "khoa hoc", "kh ?& ?cn", "cong thuong", "y te",
      "giao duc", "gd ?& ?dt", "xay dung", "giao thong", "tai nguyen", "tn ?& ?mt", "nong nghiep", "nn ?&",
      "lao dong", "ld-tb", "van hoa", "vh", "ngoai vu", "dan toc", "du lich", "quy hoach", "kinh te",
      "quan ly do thi",
    ].join("|") +
    ")(?![a-z])",
);

/** Generic plural nouns: alone (after "các") they are not a whole agency name, only the start of a group. */
const LONE_TYPE_WORDS = new Set([
  "sở", "ban", "ngành", "phòng", "cơ quan", "đơn vị", "địa phương", "tổ chức", "đoàn thể", "hội", "đoàn", "trường",
  "bộ", "cục", "chi cục", "trung tâm", "ủy ban", "uỷ ban", "văn phòng", "phòng ban", "sở ngành",
]);
/** Words of a generic enumeration ("Sở, Ban, Ngành"; "cơ quan, đơn vị, địa phương"). */
const GENERIC_WORDS = new Set([
  "các", "những", "sở", "ban", "ngành", "phòng", "cơ", "quan", "đơn", "vị", "địa", "phương", "tổ", "chức", "đoàn",
  "thể", "hội", "và",
]);
/** After a lower-case "các": a group of agencies, not a list of places ("các xã" is not here on purpose). */
const GROUP_AFTER_CAC =
  re("u")`^(?:các|những) (?:sở|bộ|ban|ngành|phòng|cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|trường|hội|hiệp hội|đoàn thể|ngân hàng|bộ phận|chi bộ|chi đoàn|đảng bộ|cấp ủy|cấp uỷ)(?![${LETTER}${NUMBER}])`;
/** Abbreviations that name a body and start an item on their own ("HĐĐ CCHC huyện" is a Hội đồng). */
const AGENCY_ABBREVIATION =
  re("u")`^(?:HĐ[${UPPER}]{0,4}|UBMTTQ|MTTQ|BCH|BCĐ|BQL|BĐH|BHXH|KBNN|VNPT|VKSND|TAND|Viettel|MobiFone|Mobifone|FPT|EVN)(?![${LETTER}${NUMBER}])`;
/**
 * A body written by abbreviation, recognised by how such abbreviations are made rather than by a list of names:
 * - an abbreviated type word before the body's level or name: "CA tỉnh", "CA xã" (Công an), "VP UBND tỉnh",
 *   "VP HĐND&UBND" (Văn phòng);
 * - a department or division as initials: "S" or "P" (Sở, Phòng) and the initials of its field ("STP", "SNV",
 *   "SNN&MT", "PNV", "PVH-TT"). A field's words start with a consonant (Y of "Y tế" aside), so an acronym holding a
 *   vowel ("SIPAS", "PAR", "PCI") is no body; one that spells the words right before it ("phòng cháy, chữa cháy
 *   (PCCC)") is told apart where it is read (extract/assignment.ts);
 * - any abbreviation in capitals before a level word: "BCHQS tỉnh", "LĐLĐ tỉnh", "HLHPN tỉnh", "TTYT huyện", "HND
 *   xã": a level word says that what it follows is the body of that level.
 */
const ABBREVIATED_TYPE = re("u")`^(?:CA|VP)\s+(?=(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu|các|cấp)(?![${LETTER}${NUMBER}])|[${UPPER}])`;
/**
 * A type word cut to its initials before the body's own name, which is written with its capital: "P. Nội vụ",
 * "P.Tư pháp", "P. TC-KH" (Phòng), "TT VH-TT&TT", "TT Y tế huyện" (Trung tâm). The head of a body written so ("P.
 * Chủ tịch", "P. Giám đốc": a deputy) is a person, not a body.
 */
const INITIAL_OF_TYPE = re("u")`^(?:P\.\s?|TT\s+)(?![${LOWER}])(?!(?:Chủ tịch|CT|Giám đốc|GĐ|Trưởng|TP|Bí thư)(?![${LETTER}]))[${UPPER}]`;
/**
 * A document's symbol or a subject's abbreviation is never a body, whatever letters it starts with: the kind of a
 * document before the dash of its issuer ("QĐ-UBND", "NĐ-CP", "TT-BNV", "KH-UBND", "CV-SNV"), and the matters plans
 * abbreviate ("TTHC", "CCHC", "TTg" for the Prime Minister's symbol).
 */
const NOT_A_BODY = re("u")`^(?:(?:QĐ|NĐ|TT|TTLT|KH|CV|NQ|CT|TB|BC|TTr|HD|QC|CĐ|KL|TTg)[-/]|(?:TTHC|CCHC|TTg)(?![${LETTER}${NUMBER}]))`;
const CONSONANT_INITIAL = "[BCDĐGHKLMNPQRSTVXY]";
const INITIALS_BODY = re("u")`^[SP]${CONSONANT_INITIAL}(?:[&-]?${CONSONANT_INITIAL}){1,8}(?![${LETTER}${NUMBER}&])(?!-[${LETTER}])`;
const ACRONYM_OF_LEVEL = re("u")`^[${UPPER}]{2,7}(?:[&-][${UPPER}]{1,5}){0,2}\s+(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu)(?![${LETTER}${NUMBER}])`;

/**
 * A body's abbreviation at the start of `text` (AGENCY_ABBREVIATION, ABBREVIATED_TYPE, INITIAL_OF_TYPE, INITIALS_BODY,
 * ACRONYM_OF_LEVEL), never a document's symbol or a subject's abbreviation (NOT_A_BODY).
 */
export function startsWithAbbreviatedBody(text: string): boolean {
  if (NOT_A_BODY.test(text)) return false;
  return AGENCY_ABBREVIATION.test(text) || ABBREVIATED_TYPE.test(text) || INITIAL_OF_TYPE.test(text) || INITIALS_BODY.test(text) || ACRONYM_OF_LEVEL.test(text);
}

/**
 * A group named without "các" by what it has to do with the task: "cơ quan, địa phương liên quan", "đơn vị có liên
 * quan". Only read after one named body ("Sở Tài chính và cơ quan liên quan", "Sở Y tế, đơn vị liên quan"), so a
 * generic enumeration ("Sở, ban, ngành liên quan") stays whole.
 */
const GENERIC_TAIL = /(?:^|\s)(?:cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|ngành|sở|ban|phòng)$/u;
const RELATED_GROUP =
  re("u")`^(?:cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|ngành|sở|ban|phòng)(?:\s*,\s*(?:cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|ngành|sở|ban|phòng))*\s+(?:có\s+)?liên quan(?![${LETTER}${NUMBER}])`;

/**
 * Dash-joined compounds (folded left end, folded right start): a bullet dash between them is part of the name. Most
 * compounds are also protected because their right part does not start an agency ("Văn hóa - Thông tin").
 */
const DASH_COMPOUNDS: Array<[string, string]> = [
  ["hdnd", "ubnd"],
  ["uy", "hdnd"],
  ["uy", "ubnd"],
  ["van hoa", "thong tin"],
  ["van hoa", "tt"],
  ["van hoa", "the thao"],
  ["van hoa", "truyen thong"],
  ["tai chinh", "ke hoach"],
  ["tai chinh", "kh"],
  ["tc", "kh"],
  ["xa", "thi tran"],
  ["xa", "phuong"],
  ["lao dong", "thuong binh"],
  ["kinh te", "ha tang"],
  ["tai nguyen", "moi truong"],
  ["chinh tri", "xa hoi"],
  ["tai chinh", "ngan hang"],
  ["dia chinh", "xay dung"],
  ["tu phap", "ho tich"],
  ["van phong", "thong ke"],
];

const BULLET_START = /^[-+•·●▪◦‣–—]/u;
/** A bullet inside a paragraph: white space, a bullet, then text. */
const INNER_BULLET = /\s[-+•–—](?=\s*\S)/gu;

interface TypeMatch {
  /** The type word in its usual case. */
  canonical: string;
  /** The type word in its usual case but as the text spells it ("Trạm Thuỷ văn" stays old-style): what is written out. */
  spelled: string;
  /** Characters of the text the type word covers. */
  length: number;
  words: number;
  /** Matched through a scanning confusion ("Số" for "Sở"). */
  confusion: boolean;
}

/**
 * The agency-type word at the start of `text`, case-insensitively, or null. Remembered per text (the answer is shared:
 * never changed): every reader of a cell asks it of the same cell and of each of its tails.
 */
const matchType = memoizeText(matchTypeOnce);

function matchTypeOnce(text: string): TypeMatch | null {
  const words = text.slice(0, 80).split(" ");
  for (let count = Math.min(MAX_TYPE_WORDS, words.length); count >= 1; count--) {
    const written = words.slice(0, count).join(" ").replace(/[,;.:)]+$/u, "");
    const canonical = TYPE_BY_KEY.get(matchKey(written));
    if (canonical !== undefined && NOT_BODY_AFTER_TYPE.test(text)) return null;
    if (canonical !== undefined) return { canonical, spelled: spelledAs(written, canonical), length: written.length, words: count, confusion: false };
  }
  const first = (words[0] ?? "").replace(/[,;.:)]+$/u, "");
  const key = matchKey(first);
  if (UBND_CONFUSIONS.has(key)) return { canonical: "UBND", spelled: "UBND", length: first.length, words: 1, confusion: true };
  const confused = SO_CONFUSIONS.has(key) ? "Sở" : PHONG_CONFUSIONS.has(key) ? "Phòng" : null;
  if (confused === null || !DEPARTMENT.test(foldForMatch(text.slice(first.length, first.length + 40)))) return null;
  return { canonical: confused, spelled: confused, length: first.length, words: 1, confusion: true };
}

/**
 * "các sở, ban, ngành", "Các bộ, ngành, địa phương", "các cơ sở đào tạo": a group of agencies at the start; also the
 * Party committees of a level ("Các huyện ủy, thị ủy, thành ủy", "Các đảng ủy xã"), a board's members ("Các
 * thành viên Ban Chỉ đạo") and a commune's villages and residential groups ("Các thôn, tổ dân phố:").
 */
const AGENCY_GROUP_START =
  re("iu")`^(?:các|những)\s+(?:sở|bộ|ban|ngành|phòng|cơ quan|cơ sở|đơn vị|địa phương|tổ chức|doanh nghiệp|trường|hội|đoàn thể|ngân hàng|bộ phận|ủy ban|uỷ ban|ubnd|xã|huyện|tỉnh|lực lượng|thôn|ấp|tổ dân phố|khu phố|chi bộ|chi đoàn|đảng bộ|cấp ủy|cấp uỷ|(?:tỉnh|huyện|thị|thành|quận|đảng) (?:ủy|uỷ)|thành viên)(?![${LETTER}${NUMBER}])`;
/** A unit's code as security and ministry plans name their units: "C04", "V01", "PC04", "PV01". */
const UNIT_CODE = re("u")`^[${UPPER}]{1,3}\d{1,3}(?![${LETTER}${NUMBER}])`;
/**
 * The head of a body (or a deputy, or a member of its standing board) stands for it: "Trưởng Công an xã", "Phó Chủ tịch
 * UBND tỉnh", "Phó Bí thư Thường trực Đảng ủy phường", "Ủy viên Ban Thường vụ Đảng ủy", and a commander or a team's
 * head named by the post's own word ending in "trưởng" ("Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "Đội trưởng …").
 */
const HEAD_OF = /^(?:phó\s+)?(?:thủ trưởng|trưởng|người đứng đầu|lãnh đạo|chủ tịch|giám đốc|chánh|bí thư|vụ trưởng|(?:tổng\s+)?cục trưởng|viện trưởng|hiệu trưởng|chỉ huy trưởng|đội trưởng|trạm trưởng|tổng biên tập|ủy viên|uỷ viên)(?:\s+thường trực)?\s+/iu;
/** Text that starts with the head of a body, or the heads of several ("Các Phó Chủ tịch UBND tỉnh"). */
export function startsWithHeadOfBody(text: string): boolean {
  return HEAD_OF.test(text.trimStart().replace(/^(?:các|những)\s+/iu, ""));
}
const LEVEL_AFTER_TYPE = re("iu")`^(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu|cấp|các|và|trung ương|nhân dân)(?![${LETTER}${NUMBER}])`;

/**
 * Does `text` start with the name of an agency (or a group of agencies)? An agency-type word followed by a proper
 * name or number ("Sở Nội vụ", "Phòng 5"), by a level word or "các" ("Công an tỉnh", "UBND các xã"), by a comma of a
 * generic list ("Sở, ban, ngành") or by nothing; a group ("Các sở, ban, ngành"); a body's abbreviation; a unit code.
 * "Ban hành …", "Tổ chức …", "Hội nghị …", "Trường hợp …" start with a type word and are no agency: a lower-case word
 * follows it.
 */
export function startsWithAgency(text: string): boolean {
  const head = text.trimStart().slice(0, 120);
  // The head of a body stands for it: "Trưởng các phòng, ban", "Người đứng đầu cơ quan", "Lãnh đạo các đơn vị", and
  // the heads of several ("Các Phó Chủ tịch UBND tỉnh", "Các Ủy viên Ban Thường vụ Đảng ủy").
  const heads = /^(?:các|những)\s+/iu.exec(head)?.[0].length ?? 0;
  const headOf = HEAD_OF.exec(head.slice(heads));
  if (headOf) {
    const rest = head.slice(heads + headOf[0].length);
    if (/^(?:các|những)\s/iu.test(rest) || startsWithAgency(capitalise(rest))) return true;
  }
  if (AGENCY_GROUP_START.test(head) || startsWithAbbreviatedBody(head) || UNIT_CODE.test(head)) return true;
  // "Hội liên hiệp phụ nữ xã", "Đoàn thanh niên xã": an organisation's name typed in lower case after its type word.
  if (isUpper(head[0]) && startsWithMassOrganisation(head)) return true;
  const type = matchType(head);
  if (type === null || type.confusion) return false;
  if (!isUpper(head[0])) return false;
  const rest = head.slice(type.length);
  if (rest === "" || /^\s*[,:;(]/u.test(rest) || /^\s*$/u.test(rest)) return true;
  const next = rest.trimStart();
  if (re("u")`^[${UPPER}${NUMBER}]`.test(next) || LEVEL_AFTER_TYPE.test(next)) return true;
  // "Viện kiểm sát", "Ngân hàng nhà nước", "Bộ Chỉ huy quân sự": a lower-case name part, except after the type words
  // that also start common words ("ban hành", "tổ chức", "phòng ngừa", "báo cáo" …).
  return !TYPE_WORDS_OF_COMMON_WORDS.has(type.canonical.toLowerCase());
}

const TYPE_WORDS_OF_COMMON_WORDS = new Set([
  "ban", "tổ", "hội", "trường", "đoàn", "bộ", "phòng", "báo", "cục", "đài", "cơ quan", "đơn vị", "ngành", "bộ phận",
  "chủ tịch", "thủ trưởng", "giám đốc", "văn phòng", "trung tâm", "hội đồng", "liên minh", "mặt trận", "trang", "quỹ",
  "kiểm toán", "đội", "hạt", "tập đoàn", "vụ", "thuế", "thống kê", "thi hành án", "thi hành án dân sự", "khoa",
]);

function matchKey(word: string): string {
  let key = matchKeys.get(word);
  if (key === undefined) {
    key = foldTonePlacement(word.toLowerCase().replace(/ð/g, "đ"));
    if (matchKeys.size < MATCH_KEY_MEMO_LIMIT) matchKeys.set(word, key);
  }
  return key;
}

function foldTonePlacement(word: string): string {
  return word.normalize("NFD").replace(OLD_TONE_OA, "o$2$1").replace(OLD_TONE_UY, "u$1y").normalize("NFC");
}

/** `canonical`'s letter case on the text's own spelling, when the two differ only by where the tone mark sits. */
function spelledAs(written: string, canonical: string): string {
  const plain = written.toLowerCase().replace(/ð/g, "đ");
  if (plain === canonical.toLowerCase() || plain.length !== canonical.length) return canonical;
  return Array.from(plain, (char, i) => (canonical[i] !== canonical[i]?.toLowerCase() ? char.toUpperCase() : char)).join("");
}

function isUpper(char: string | undefined): boolean {
  return char !== undefined && re("u")`[${UPPER}]`.test(char);
}

function isLower(char: string | undefined): boolean {
  return char !== undefined && re("u")`[${LOWER}]`.test(char);
}

// ---------------------------------------------------------------------------------------------------------------
// Splitting

/** A paragraph that only continues the previous one (a cell wrapped across a page or a lost line join). */
const DANGLING_END = /(?:^|\s)(?:các|và|của|thuộc|với|cấp|những)$|[,&\-–]$/u;
const CONTINUATION_START =
  re("u")`^(?:thuộc|trực thuộc|của|và|cấp|huyện|tỉnh|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu)(?![${LETTER}${NUMBER}])`;

/**
 * The lines of one paragraph of a lead/partner cell → the paragraph's items. A line break is kept as a separator
 * where the next line starts a new agency in capitals ("Các phòng chuyên môn" / "UBND các xã, phường", written with
 * `<br>` or a soft return) and the line before is a whole name (it does not run on: "Văn phòng HĐND và" / "UBND
 * huyện"; "Phòng Tài chính -" / "Phòng Nội vụ" is two, see `continuesName`; it is not a lone type word: "Văn phòng" /
 * "UBND tỉnh"). Lines that wrap a name are joined back.
 */
export function splitAgencyLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    const previous = out[out.length - 1];
    const separate =
      previous !== undefined &&
      isUpper(line[0]) &&
      startsNewItem(line) &&
      !(DANGLING_END.test(previous.slice(-12)) && continuesName(previous, line)) &&
      !isLoneTypeWord(finishItem(previous));
    if (previous === undefined || separate) out.push(line);
    else out[out.length - 1] = `${previous} ${line}`;
  }
  return out;
}

/**
 * A paragraph that is only the head of a body ("Lãnh đạo", "Thủ trưởng", "Đại diện lãnh đạo") or a lone singular
 * type word ("Văn phòng") names no agency by itself: the next paragraph is the body it heads (a cell written over two
 * lines, "Lãnh đạo" / "Sở Giáo dục và Đào tạo").
 */
const HEAD_ALONE = /^(?:đại diện(?: lãnh đạo)?|lãnh đạo|thủ trưởng|người đứng đầu|giám đốc|chủ tịch|trưởng|chánh|văn phòng|trung tâm)$/iu;

/** A connector that joins two name parts ("Phòng Tài chính -", "Phòng Văn hóa &"), unlike a word or comma that lists. */
const JOINING_MARK_END = /[&\-–]$/u;

/**
 * Whether a paragraph of a lead/partner cell goes on with the name the one before began: a writer who breaks a name
 * over two paragraphs ("Các phòng" / "chuyên môn", "Văn phòng HĐND và" / "UBND huyện", "Phòng Tài chính -" / "Kế
 * hoạch") leaves the first part ending on a connector or the second starting in lower case; separate agencies on
 * separate paragraphs ("Phòng Tư pháp" / "Phòng Nội vụ") each start with their capitalised type word.
 * - After "và", a comma or another dangling word the paragraphs are joined and read like one line: "và" and the comma
 *   then cut where they would inside a line ("Sở Nội vụ và" / "Sở Tư pháp" stays two).
 * - After "-" or "&" the next paragraph is joined unless it starts a new agency that is no known compound with the
 *   part before ("Văn phòng HĐND -" / "UBND huyện" is one office; "Phòng Tài chính -" / "Phòng Nội vụ" two).
 * - A paragraph starting in lower case is joined unless the paragraph before ended a sentence, or it starts an
 *   agency or group of its own ("phòng Tư pháp", "các cơ quan liên quan", "cơ quan, đơn vị liên quan") after a whole
 *   name (after a group's type word alone it is that group's name: "Các phòng" / "ban chuyên môn").
 */
function continuesName(previous: string, paragraph: string): boolean {
  const tail = previous.trimEnd();
  if (DANGLING_END.test(tail.slice(-12))) {
    if (isLower(paragraph[0]) || !JOINING_MARK_END.test(tail)) return true;
    return !startsNewItem(paragraph) || isDashCompound(tail.slice(0, -1).trimEnd(), paragraph);
  }
  // A body's type word alone on its line ("Hội đồng" / "Phối hợp phổ biến, giáo dục pháp luật tỉnh"): the line after
  // it is its name, cut at the cell's edge, unless that line opens a body of its own.
  const typeAlone = matchType(tail);
  if (typeAlone !== null && !typeAlone.confusion && typeAlone.length === tail.length && !isLower(tail[0]) && matchType(paragraph) === null && !startsNewItem(paragraph)) return true;
  if (!isLower(paragraph[0]) || /[;.:]$/u.test(tail)) return false;
  // "Các phòng" / "ban chuyên môn": a group's type word alone names nobody yet, so what follows it is its name.
  if (CONTINUATION_START.test(paragraph) || isLoneTypeWord(finishItem(tail))) return true;
  return !startsNewItem(paragraph) && matchType(paragraph) === null;
}

function joinContinuations(paragraphs: string[]): string[] {
  // Each joined paragraph is kept as its parts until the end, so a long run of continuations stays linear.
  const joined: string[][] = [];
  for (const paragraph of paragraphs) {
    const parts = joined[joined.length - 1];
    const previous = parts?.[parts.length - 1];
    const headAlone = previous !== undefined && parts!.length === 1 && HEAD_ALONE.test(finishItem(previous)) && !BULLET_START.test(paragraph);
    const continues = headAlone || (previous !== undefined && !BULLET_START.test(paragraph) && continuesName(previous, paragraph));
    if (continues) parts?.push(paragraph);
    else joined.push([paragraph]);
  }
  return joined.map((parts) => parts.join(" "));
}

/** Split at `separator` outside parentheses, where `accept(itemStart, index)` agrees. */
function splitOutsideParentheses(text: string, separator: string, accept: (itemStart: number, index: number) => boolean = () => true): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    else if (char === separator && depth === 0 && accept(start, i)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function isDashCompound(left: string, right: string): boolean {
  const leftKey = foldForMatch(left.slice(-40));
  const rightKey = foldForMatch(right.slice(0, 40));
  return DASH_COMPOUNDS.some(
    ([end, start]) =>
      (leftKey === end || leftKey.endsWith(` ${end}`)) &&
      rightKey.startsWith(start) &&
      !/[a-z0-9]/.test(rightKey.charAt(start.length)),
  );
}

/** "- Sở Y tế - Sở Giáo dục và Đào tạo" → two; "- Phòng Văn hóa - Thông tin" → one. */
function splitBullets(paragraph: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(INNER_BULLET)) {
    const at = match.index;
    const bullet = match[0].trim();
    const left = paragraph.slice(start, at);
    const right = paragraph.slice(at + match[0].length).trimStart();
    const cut = bullet === "+" || bullet === "•" || (startsNewItem(right) && !isDashCompound(left, right));
    if (cut) {
      parts.push(left);
      start = at + 1;
    }
  }
  parts.push(paragraph.slice(start));
  return parts;
}

/** Does `text` (what follows a separator) begin a new agency? */
function startsNewItem(text: string): boolean {
  // The head of a body stands for it as a new item too: "Công chức Văn phòng - Thống kê, Trưởng các bản".
  if (isUpper(text[0])) return matchType(text) !== null || /^(?:Các|Những|Thành viên) /u.test(text) || startsWithAbbreviatedBody(text) || HEAD_OF.test(text);
  if (GROUP_AFTER_CAC.test(text.slice(0, 40).toLowerCase())) return true;
  const type = matchType(text);
  // A lower-case type word in front of a proper name or number: "phòng Tư pháp", "bộ phận 1 cửa".
  return type !== null && text[type.length] === " " && re("u")`[${UPPER}${NUMBER}]`.test(text[type.length + 1] ?? "");
}

function isLoneTypeWord(text: string): boolean {
  if (text.length > 30) return false;
  return LONE_TYPE_WORDS.has(text.toLowerCase().replace(/^(?:các|những) /u, ""));
}

function isGenericEnumeration(text: string): boolean {
  if (text.length > 120) return false;
  const words = text.toLowerCase().split(/[\s,]+/u).filter((word) => word !== "");
  return words.length > 0 && words.every((word) => GENERIC_WORDS.has(word));
}

function splitCommas(text: string): string[] {
  return splitOutsideParentheses(text, ",", (itemStart, comma) => commaSeparatesItems(text, itemStart, comma));
}

function commaSeparatesItems(text: string, itemStart: number, comma: number): boolean {
  // Only bounded windows are looked at, so a long cell of commas stays linear.
  const before = text.slice(Math.max(itemStart, comma - 130), comma).trim();
  if (before === "" || isLoneTypeWord(before)) return false;
  const after = text.slice(comma + 1, comma + 130).trimStart();
  // "Sở Tài chính và cơ quan, địa phương liên quan": the group began before this comma.
  if (RELATED_GROUP.test(after)) return comma - itemStart <= 130 && isOneBody(before) && !GENERIC_TAIL.test(before);
  if (!startsNewItem(after)) return false;
  if (isUpper(after[0])) {
    // "Sở, Ban, Ngành": an enumeration of type words goes on.
    const nextPiece = after.split(/[,;]/u)[0] ?? "";
    const wholeBefore = comma - itemStart <= 130;
    if (wholeBefore && isGenericEnumeration(before) && isGenericEnumeration(nextPiece)) return false;
  }
  return true;
}

/**
 * A paragraph break lost in a wrapped cell: a capitalised "Các" after a lower-case word ("UBND cấp huyện, cấp xã Các
 * đơn vị sự nghiệp công lập"), or a distinctive type word right after a level word ("UBND xã, phường, đặc khu Sở Tài
 * chính"). Type words that also begin place names ("Trường Sa", "Hội An", "Đoàn Kết") are left out on purpose, and
 * "phối hợp với Văn phòng …" is not split because "với" is no level word.
 */
const LOST_BREAK =
  re("u")`(?<=[${LOWER}])\s+(?=Các\s)|(?<=(?:^|\s)(?:xã|phường|đặc khu|thị trấn|huyện|tỉnh|thành phố|quận))\s+(?=(?:Sở|Phòng|Văn phòng|UBND|HĐND|Ủy ban|Uỷ ban|Công an|Trung tâm|Kho bạc|Chi cục|Thuế|Thống kê|Thi hành án)\s)`;

function splitLostBreaks(text: string): string[] {
  return text.split(LOST_BREAK);
}

/**
 * How far up the structure of government a type word's body sits: a body can only be named after a higher one that
 * contains it ("Phòng Tư pháp UBND huyện", "Ban Tuyên giáo Tỉnh ủy", "Phòng PC06 Công an tỉnh"), never after a peer
 * or a lower one. Type words that name no rank of their own (heads, "Cơ quan", "Đơn vị", "Ngành") are left out.
 */
const RANK_OF_TYPE = new Map<string, number>([
  ...["Bộ phận", "Tổ", "Đội", "Chi bộ", "Công đoàn", "Hạt"].map((type): [string, number] => [type, 0]),
  ...["Phòng", "Ban", "Trung tâm", "Chi cục", "Chi nhánh", "Thanh tra", "Hội đồng", "Đoàn", "Đoàn kiểm tra"].map(
    (type): [string, number] => [type, 1],
  ),
  ...[
    "Sở", "Cục", "Công an", "Kho bạc", "Bảo hiểm xã hội", "Bảo hiểm", "Thuế", "Thuế cơ sở", "Thống kê", "Thi hành án",
    "Thi hành án dân sự", "Tòa án", "Viện", "Học viện", "Ngân hàng", "Bệnh viện", "Trường", "Đài", "Báo", "Tạp chí",
    "Cổng", "Trang", "Bưu điện", "Viễn thông", "VNPT", "Viettel", "MobiFone", "Liên đoàn", "Hội", "Liên minh", "Hiệp hội", "Liên hiệp", "Công ty", "Quỹ", "Kiểm toán",
    "Bảo tàng", "Thư viện", "Nhà xuất bản", "Bộ Chỉ huy", "Bộ Tư lệnh", "Vụ", "Mặt trận", "UBMTTQ",
    "Đảng đoàn", "Tỉnh đoàn", "Huyện đoàn", "Thành đoàn",
  ].map((type): [string, number] => [type, 2]),
  ...["UBND", "HĐND", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Đảng ủy", "Đảng bộ", "Bộ", "Tổng cục", "Tổng công ty", "Tập đoàn"].map((type): [string, number] => [type, 3]),
]);
/** The Front and the mass organisations keep their Ban at every level ("Ban Phong trào Ủy ban MTTQ huyện"). */
const MASS_ORGANISATIONS = new Set(["Hội", "Liên đoàn", "Mặt trận", "UBMTTQ", "Liên minh", "Hiệp hội", "Liên hiệp", "Tỉnh đoàn", "Huyện đoàn", "Thành đoàn"]);
/**
 * The first level word of a body's name. A body of a district or commune ranks with the Phòng ("Công an huyện",
 * "Thanh tra huyện", "Bảo hiểm xã hội huyện": none holds a Phòng), and so does an office that serves one ("Văn phòng
 * HĐND và UBND huyện"); "Văn phòng UBND tỉnh" ranks with the Sở (a division may be named after it: "Phòng Kiểm soát
 * thủ tục hành chính Văn phòng UBND tỉnh"), as do "Công an tỉnh" ("Phòng Cảnh sát hình sự Công an tỉnh").
 */
const FIRST_LEVEL = re("u")`^[^,;]*?\s(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|phường|xã(?!\s+hội))(?![${LETTER}])`;
/** "Ủy ban nhân dân" is the government; another "Ủy ban" ("Ủy ban Kiểm tra Huyện ủy") is a committee inside a body. */
const PEOPLES_COMMITTEE = re("u")`^\s+nhân dân(?![${LETTER}])`;
const LEVEL_WORD_END = /(?:^|\s)(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu|cơ sở|khu vực)$/u;
const PLACE_WORD = "(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu)";
const PLURAL_PLACES_END = new RegExp(`(?:^|\\s)(?:các|cấp)\\s+${PLACE_WORD}(?:\\s*(?:,|và)\\s*(?:cấp\\s+)?${PLACE_WORD})*$`, "u");
const GROUP_START = /^(?:Các|Những)\s+/u;
/** A verb of what a body does: the text before it is a sentence, not a run of names ("Đảng ủy xã lãnh đạo UBND xã"). */
const DOING_WORD = re("u")`\s(?:lãnh đạo|chỉ đạo|chủ trì|phối hợp|thực hiện|hướng dẫn|tham mưu|theo dõi|báo cáo|tổng hợp|giúp|đôn đốc|kiểm tra)(?![${LETTER}])`;
/** A word that joins what follows to the name before it ("Phòng Nội vụ cùng Phòng Tư pháp", "Sở A chủ trì Sở B"). */
const CONNECTOR_END = /(?:^|\s)(?:cùng|với|và|của|thuộc|trực thuộc|các|những|cấp|hoặc|gồm|tại|là|chủ trì|phối hợp|thực hiện|trì|hợp)$/u;
const GROUP_AFTER_TYPE = re("u")`^\s+(?:các|cấp)(?![${LETTER}])`;

function rankOf(text: string, type: TypeMatch): number | undefined {
  if (type.canonical === "Ủy ban" || type.canonical === "Uỷ ban") return PEOPLES_COMMITTEE.test(text.slice(type.length)) ? 3 : 2;
  const level = FIRST_LEVEL.exec(text.slice(type.length, type.length + 60))?.[1];
  if (type.canonical === "Văn phòng") return level === "tỉnh" ? 2 : 1;
  const rank = RANK_OF_TYPE.get(type.canonical);
  return rank === 2 && !MASS_ORGANISATIONS.has(type.canonical) && level !== undefined && level !== "tỉnh" && level !== "thành phố" ? 1 : rank;
}

/**
 * A body's name that is whole: its type word followed by its field or level ("Phòng Tư pháp", "Sở Nội vụ", "Công an
 * tỉnh", "UBND các xã", "Đảng ủy Sở Y tế"), not a type word waiting for its name ("Văn phòng", "Ủy ban Mặt trận").
 */
function isWholeName(text: string, depth = 0): boolean {
  const type = matchType(text);
  if (type === null || type.confusion || !isUpper(text[0]) || DANGLING_END.test(text.slice(-12))) return false;
  const rest = text.slice(type.length).trim();
  if (rest === "") return false;
  if (isUpper(rest[0]) && matchType(rest) !== null && startsWithAgency(rest)) return depth < 3 && isWholeName(rest, depth + 1);
  return re("u")`^[${UPPER}${NUMBER}]`.test(rest) || LEVEL_AFTER_TYPE.test(rest) && !re("u")`^và(?![${LETTER}])`.test(rest);
}

/**
 * A paragraph break lost between two bodies (a PDF's text layer, a scan, a scrape that ran a cell's lines together):
 * "Phòng Tư pháp Phòng Nội vụ", "Sở Nội vụ Sở Tư pháp", "Sở Tư pháp UBND các huyện". A new body starts at a
 * capitalised type word that begins a body's name, right after a whole name, when the new body cannot be the one
 * that contains the first (a peer or a lower body: "Phòng Tư pháp UBND huyện" and "Ban Tổ chức Huyện ủy" stay one
 * name), or when it is a group ("UBND các huyện"), which contains no single body. Never after a level word (a place
 * name may follow: "UBND huyện Vụ Bản", "UBND thành phố Hội An"; `LOST_BREAK` reads those), nor inside brackets.
 * Returns the pieces; each cut is a guess the caller reports.
 */
function splitRunTogetherBodies(text: string): string[] {
  if (!text.includes(" ")) return [text];
  const pieces: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 1; i < text.length; i++) {
    const char = text[i];
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || text[i - 1] !== " " || !isUpper(char)) continue;
    // Only the last list item before the word is the name it would follow (a window keeps long cells linear).
    const windowStart = Math.max(start, i - NAME_WINDOW);
    const after = text.slice(i, i + NAME_WINDOW);
    const next = matchType(after);
    if (next === null || next.confusion || !startsWithAgency(after)) continue;
    const nextRank = rankOf(after, next);
    if (nextRank === undefined) continue;
    // "UBND các xã, thị trấn" names places in the plural: no place's own name can follow it.
    const inWindow = text.slice(windowStart, i);
    const placesInPlural = PLURAL_PLACES_END.test(inWindow.trimEnd());
    // Separators are looked for within the window only, so a long cell without any costs no more than a short one.
    const itemStart = windowStart + Math.max(inWindow.lastIndexOf(","), inWindow.lastIndexOf(";"), inWindow.lastIndexOf(":")) + 1;
    const written = text.slice(itemStart, i).trim();
    // A group is ranked by its type word: "Các phòng chuyên môn" / "Phòng Nội vụ" are peers.
    const group = GROUP_START.exec(written);
    const before = group === null ? written : capitalise(written.slice(group[0].length));
    const whole = group === null ? isWholeName(before) : (matchType(before)?.length ?? before.length) < before.length && !DANGLING_END.test(before.slice(-12));
    if (CONNECTOR_END.test(written) || DOING_WORD.test(written)) continue;
    if (!placesInPlural && (before === "" || LEVEL_WORD_END.test(before) || !whole)) continue;
    const firstType = matchType(before);
    const firstRank = firstType === null ? undefined : rankOf(before, firstType);
    if (placesInPlural || (firstRank !== undefined && (nextRank <= firstRank || (nextRank === 3 && GROUP_AFTER_TYPE.test(after.slice(next.length)))))) {
      pieces.push(text.slice(start, i).trimEnd());
      start = i;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** cleanText, then separators left at either end removed (a loop, not a `…+$` pattern, to stay linear). */
function finishItem(item: string): string {
  const text = cleanText(item).replace(/^[\s;,.]+/u, "");
  let end = text.length;
  while (end > 0 && " ;,.".includes(text.charAt(end - 1))) end--;
  return text.slice(0, end).replace(QUALIFIER, "");
}

/**
 * A named agency: a capitalised type word followed by a proper name, a number or a level word ("Sở Y tế", "Công an
 * tỉnh", "Bộ Chỉ huy Quân sự tỉnh"), or a body's abbreviation; not a group ("Các sở", "Ban, phòng ngành").
 */
function isNamedAgency(text: string): boolean {
  if (startsWithAbbreviatedBody(text)) return true;
  const type = matchType(text);
  if (type === null || type.confusion || !isUpper(text[0])) return false;
  const rest = text.slice(type.length);
  if (/^(?:tỉnh|huyện|thành) (?:đoàn|ủy)$/u.test(type.canonical.toLowerCase()) && !re("u")`^\s*[${LOWER}]`.test(rest)) return true;
  if (!rest.startsWith(" ")) return false;
  const next = rest.trimStart();
  return re("u")`^[${UPPER}${NUMBER}]`.test(next) || LEVEL_AFTER_TYPE.test(next) && !re("iu")`^(?:các|và|cấp)(?![${LETTER}])`.test(next);
}

/**
 * " và " between two items of a list: the one rule for agency cells and prose alike (extract/duties.ts reads its name
 * lists through `splitAgencies`). Each item is one agency or one agency group (contract, "Task"), so "và" cuts
 * - before a body written with its capital, after any agency or group: "Sở Y tế và Sở Tài chính", "Sở Tài chính và
 *   Ủy ban nhân dân các xã", "Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã";
 * - before a group, after one body: "Sở Nội vụ và các đơn vị có liên quan", "Báo và Phát thanh, Truyền hình tỉnh và
 *   các cơ quan báo chí".
 * It stays inside a name ("Sở Khoa học và Công nghệ"), in a joint office ("Văn phòng HĐND và UBND tỉnh": one office
 * serves both councils; "Văn phòng UBND tỉnh và Sở Tư pháp" is two) and between two groups ("Ban, phòng ngành huyện
 * và các cơ quan có liên quan", "UBND cấp huyện và các cơ quan có liên quan": one phrase naming who is concerned).
 */
function splitAnd(item: string): string[] {
  if (!item.includes(" và ")) return [item];
  const parts: string[] = [];
  let start = 0;
  let from = 0;
  for (;;) {
    const at = item.indexOf(" và ", from);
    if (at < 0) break;
    // Bounded windows: a name is short, and a cell of many "và" stays linear.
    const left = item.slice(start, Math.min(at, start + 160));
    const right = item.slice(at + 4, at + 164);
    from = at + 4;
    const cut = at - start <= 160 && !isDashCompound(left, right) && !left.includes("(") && startsAnotherItem(left, right);
    if (cut) {
      parts.push(left);
      start = at + 4;
    }
  }
  parts.push(item.slice(start));
  return parts;
}

/** What follows "và" starts an item of its own (see `splitAnd`). */
function startsAnotherItem(left: string, right: string): boolean {
  const oneBody = isOneBody(left);
  if (AGENCY_GROUP_START.test(right) || RELATED_GROUP.test(right)) return oneBody;
  if (!isUpper(right[0]) || !startsWithAgency(left)) return false;
  // A bare type word shares the name after "và": "Báo và Đài Phát thanh, Truyền hình Lâm Đồng".
  if (matchType(left)?.length === left.trim().length && !isNamedAgency(left)) return false;
  // "Văn phòng HĐND và UBND …", "Thường trực HĐND và UBND …": one office of both councils.
  if (/^(?:văn phòng|thường trực)\s/iu.test(left) && re("u")`^(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng)(?![${LETTER}])`.test(right)) return false;
  // The head of a body stands for it ("Chủ tịch UBND các xã"), and a type word with a proper name is one body: a
  // group phrase never goes on with either.
  const type = matchType(right);
  if (HEAD_OF.test(right) || (type !== null && !type.confusion && re("u")`^\s+[${UPPER}${NUMBER}]`.test(right.slice(type.length)) && isNamedAgency(right))) return true;
  // A type with its level ("Công an tỉnh", "UBND cấp huyện", "Ủy ban nhân dân các xã"): an item of its own after one
  // body, and after a group of bodies of another kind ("Các sở, ngành tỉnh và UBND cấp huyện": two groups, one per
  // item, as the comma in "Các sở, ban, ngành tỉnh, UBND cấp huyện" makes them).
  const typedLevel = type !== null && !type.confusion && LEVEL_AFTER_TYPE.test(right.slice(type.length).trimStart()) && !re("u")`^\s*và(?![${LETTER}])`.test(right.slice(type.length));
  return oneBody ? isNamedAgency(right) || typedLevel : typedLevel && BODIES_OF_A_KIND.test(left.trim());
}

/**
 * A group of bodies of one kind, named by their type words: "Các sở, ban, ngành (tỉnh)", "Sở, ban, ngành", "Ban, phòng
 * ngành", "Các cơ quan, đơn vị". Not a phrase that only ends on such words ("Đơn vị sự nghiệp trực thuộc …, trực thuộc
 * các sở ban ngành" describes the units it names).
 */
const BODIES_OF_A_KIND = re("iu")`^(?:(?:các|những)\s+)?(?:sở|bộ|ban|ngành|phòng|cơ quan|đơn vị)(?:\s*,\s*|\s+)(?:sở|ban|ngành|phòng|cơ quan|đơn vị|địa phương)(?![${LETTER}])`;

/** One body, not a group: a named agency, or two type words sharing a name ("Báo và Phát thanh, Truyền hình tỉnh"). */
function isOneBody(text: string): boolean {
  if (isNamedAgency(text)) return true;
  const type = matchType(text);
  return type !== null && !type.confusion && isUpper(text[0]) && re("u")`^\s+và\s+[${UPPER}]`.test(text.slice(type.length));
}

/**
 * "Chủ trì: Sở Nội vụ. Phối hợp: UBND các xã", "- Chủ trì: Sở Nội vụ - Phối hợp: UBND các xã" (one merged cell, its
 * bullets run together), "Công an tỉnh (chủ trì), phối hợp: Sở Tư pháp", "Sở Y tế, phối hợp với Sở Tài chính, Sở
 * Nội vụ": a sentence end, a comma or a dash before a role named with a colon (or "phối hợp với") ends an item. So
 * does a bare space
 * before the role written capitalised, "Chủ trì: Sở Nội vụ Phối hợp: Sở Tư pháp": a cell whose lines a PDF or a
 * scrape ran together, where a name never goes on with a capitalised role and a colon.
 */
const ROLE_SENTENCE = re("iu")`(?:(?<=[${LETTER}${NUMBER})])[.,]\s+|\s+[-–]\s+)(?=(?:(?:các\s+)?(?:cơ quan|đơn vị)\s+)?(?:chủ trì|phối hợp)\s*[:：]|phối hợp\s+với\s)`;
const ROLE_AFTER_LOST_BREAK = re("u")`(?<=[${LETTER}${NUMBER})])\s+(?=(?:(?:Cơ quan|Đơn vị)\s+(?:chủ trì|phối hợp)|Chủ trì|Phối hợp|CHỦ TRÌ|PHỐI HỢP)\s*[:：]|Phối hợp với\s)`;

/**
 * A cell's text as items before commas are read: paragraphs joined back, bullets, ";" and lost breaks. With
 * `runTogether`, bodies run together by a lost break are cut apart too (`splitRunTogetherBodies`), each cut written
 * into it as the text that was cut.
 */
function segmentsOf(paragraphs: string[], runTogether?: string[]): string[] {
  const out: string[] = [];
  const cleaned = paragraphs.map((paragraph) => cleanInline(paragraph)).filter((paragraph) => paragraph !== "");
  for (const paragraph of joinContinuations(cleaned)) {
    const pieces = BULLET_START.test(paragraph) ? splitBullets(paragraph) : [paragraph];
    for (const piece of pieces) {
      for (const part of splitOutsideParentheses(piece, ";").flatMap((text) => text.split(ROLE_SENTENCE)).flatMap((text) => text.split(ROLE_AFTER_LOST_BREAK)).flatMap(splitSlash)) {
        for (const line of splitLostBreaks(part)) {
          // In capitals every word looks like the start of a name ("SỞ NỘI VỤ": "Vụ" is a type word too): the line is
          // cut as it reads in its own case, so that only a type word that starts a name there starts a new body; a line
          // left whole stays as written (cleanAgency recases it and says so).
          const upper = runTogether !== undefined && isWhollyUpperName(line);
          const cut = runTogether === undefined ? [line] : splitRunTogetherBodies(upper ? recaseUpperName(line) : line);
          const bodies = upper && cut.length === 1 ? [line] : cut;
          if (bodies.length > 1) runTogether?.push(cleanText(line));
          for (const body of bodies) {
            const segment = finishItem(body);
            if (segment !== "") out.push(segment);
          }
        }
      }
    }
  }
  return out;
}

/**
 * "Sở Nội vụ/Sở Tư pháp", "Trung tâm Y tế / UBND các xã": a slash between two named bodies (or groups of bodies)
 * names both, each one item. Not between two abbreviations
 * ("Văn phòng HĐND/UBND huyện" is one office), nor after a type word alone ("Cơ quan/Đơn vị"), nor in a document's
 * symbol ("1441/QĐ-UBND"), whose left side names no body.
 */
function splitSlash(text: string): string[] {
  if (!text.includes("/")) return [text];
  return splitOutsideParentheses(text, "/", (itemStart, slash) => {
    // An agency's name is short: longer sides are no names, and a window keeps a line of many slashes linear.
    if (slash - itemStart > NAME_WINDOW) return false;
    const left = text.slice(itemStart, slash).trim();
    const right = text.slice(slash + 1, slash + 1 + NAME_WINDOW).trim();
    const abbreviations = /(?:^|\s)[A-ZĐ&]{2,}$/u.test(left) && /^[A-ZĐ&]{2,}(?:\s|$)/u.test(right);
    const names = (side: string) => isNamedAgency(side) || (isUpper(side[0]) && startsWithAgency(side));
    // "Cơ quan/Đơn vị (được giao)", "Phòng/Ban chuyên môn": a type word alone before the slash is one of two words
    // for the same body, sharing what follows.
    return !abbreviations && !isLoneTypeWord(cleanInline(left)) && names(cleanInline(left)) && names(cleanInline(right));
  });
}

/**
 * A qualifier in parentheses after a name says how or when the body acts, not who it is: "Sở Tư pháp (theo lĩnh
 * vực)", "Các sở, ngành (theo chức năng, nhiệm vụ)", "UBND các xã (nếu có)".
 */
const QUALIFIER = /\s*\((?:theo|tùy theo|tuỳ theo|nếu có|khi có)(?:\s[^()]*)?\)$/iu;

/** A unit named with its parents ("Phòng 5, Cục C04, Bộ Công an") is one body (normalize/hierarchy.ts). */
function commaItems(segment: string): string[] {
  return joinHierarchy(splitCommas(segment));
}

/**
 * "Sở Nội vụ cùng Sở Tư pháp": two bodies doing the work together, each one item, as prose reads "A cùng B" (joint
 * leads, extract/duties.ts). "cùng" before a word that names no body ("cùng cấp") or before a group in lower case
 * ("Sở A cùng các đơn vị liên quan") is left alone, as in prose.
 */
const TOGETHER = re("u")`\s+cùng(?:\s+với)?\s+(?=[${UPPER}])`;
function splitTogether(item: string): string[] {
  if (!item.includes("cùng")) return [item];
  const parts = item.split(TOGETHER);
  return parts.length > 1 && parts.every((part) => startsWithAgency(part)) ? parts : [item];
}

function itemsOf(segment: string): string[] {
  return commaItems(segment)
    .flatMap(splitTogether)
    .flatMap((item) => splitAnd(finishItem(item)))
    .map(finishItem)
    .filter((name) => name !== "");
}

/** A lead/partner cell (its paragraphs as the reader kept them apart) -> one agency (or agency group) per item. */
export function splitAgencies(paragraphs: string[], _where?: Position): { value: string[]; diagnostics: Diagnostic[] } {
  return { value: segmentsOf(paragraphs).flatMap(itemsOf), diagnostics: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// Roles written in an agency cell

export type AgencyRole = "lead" | "partner";

export interface AgencyItem {
  name: string;
  /** The role the cell gives it in words ("Sở A chủ trì", "(phối hợp)", "Phối hợp: …"); null when it says none. */
  role: AgencyRole | null;
}

export interface AgencyCell {
  items: AgencyItem[];
  /**
   * Text where the cell ran two bodies together and was cut between them by a guess (`splitRunTogetherBodies`); only
   * when `readAgencyCell` was asked to cut them.
   */
  runTogether?: string[];
  /** Text cut from the cell because it says what an agency does, not who it is ("hướng dẫn, tổng hợp"). */
  activities: string[];
}

/**
 * Where an agency's name ends and what it does begins: a role verb ("chủ trì", "phối hợp", "thực hiện", "theo dõi" …)
 * or a qualifier ("với các tiêu chuẩn …", "đối với …") after a whole name. Matched in lower case only: a name's own
 * capitalised words ("Phòng Tổng hợp") are never cut, nor is the planning department's "Phòng Kế hoạch tổng hợp".
 */
const ROLE_WORD =
  re("gu")`\s(?:(?:đồng\s+|cùng\s+)?chủ trì|phối hợp|thực hiện|thúc đẩy|theo dõi|hướng dẫn|(?<!Kế hoạch\s)tổng hợp|báo cáo|tham mưu|chịu trách nhiệm|đôn đốc|làm đầu mối|là cơ quan|đối với|với)(?![${LETTER}${NUMBER}])`;
/** Bodies named after their mission ("Ban Chỉ đạo thực hiện …", "Tổ công tác triển khai …"): only "chủ trì"/"phối hợp" end them. */
const MISSION_BODY = re("iu")`^(?:ban chỉ đạo|bcđ|hội đồng|tổ công tác|tổ giúp việc|tổ|đoàn|ban quản lý|bql|cơ quan thường trực)(?![${LETTER}])`;
/**
 * "Chủ trì: Sở A", "Cơ quan phối hợp: …", "CT: Sở A; PH: Sở B", and "phối hợp (với) Văn phòng UBND tỉnh" after a
 * comma: the role before the name. "Các cơ quan phối hợp: …" only with its colon: "Các cơ quan chủ trì CCHC của
 * huyện" names a group. "Thực hiện: …" (or "Đơn vị thực hiện: …") labels the bodies without a role: they
 * lead where the cell names no chủ trì, and partner one that does (as in prose, extract/inline.ts).
 */
const ROLE_PREFIX = re("iu")`^(?:(?:các\s+(?=(?:cơ quan|đơn vị)\s+(?:chủ trì|phối hợp)\s*[:：]))?(?:cơ quan|đơn vị)\s+)?(?:(chủ trì|phối hợp)(?:\s*[:：]\s*|\s+(?:với\s+)?(?=[${UPPER}]))|thực hiện\s*[:：]\s*)|^(CT|PH)\s*[:：]\s*`;
/**
 * The role written after a name: "(chủ trì)", "(cơ quan phối hợp)", the abbreviations "(CT)" / "(PH)", or after a
 * dash ("Sở Nội vụ - chủ trì").
 */
const ROLE_SUFFIX = /\s*(?:\((?:(?:cơ quan|đơn vị)\s+)?(chủ trì|phối hợp|CT|PH|(?:đồng|cùng) chủ trì)\)|\s[-–]\s*((?:(?:đồng|cùng)\s+)?chủ trì|phối hợp))$/iu;
/** "đồng chủ trì", "cùng chủ trì": the bodies lead together, so the role is said of the whole list before it. */
const CO_LEAD = /^(?:đồng|cùng)\s+/iu;

function roleOfWord(word: string): AgencyRole | null {
  const folded = word.toLowerCase().replace(CO_LEAD, "");
  return folded === "chủ trì" || folded === "ct" ? "lead" : folded === "phối hợp" || folded === "ph" ? "partner" : null;
}

interface ReadItem extends AgencyItem {
  /** Partners named after "phối hợp với" in the same item ("Sở A chủ trì, phối hợp với Sở B"). */
  partners: string[];
  activity: string | null;
  /** The role is written in brackets after the name ("Sở B (chủ trì)"): it tags that name alone. */
  tagged?: boolean;
  /** The role is a label before the name ("Chủ trì: Sở A"): it heads a list. */
  labelled?: boolean;
}

/** One comma item: its name, the role its words give it, and any activity text after the name. */
function readItem(written: string): ReadItem {
  const found = ROLE_PREFIX.exec(written);
  // The expression's i flag reaches its capital look-ahead too: a role word with neither a colon nor "với" after it
  // labels a name only when a capital follows, else it is a name's own words ("Hội đồng" / "Phối hợp phổ biến, …"
  // wrapped at the cell's edge).
  const bare = found !== null && !/[:：]|\sv[ớơ]i\s*$/iu.test(found[0]);
  const prefixed = found !== null && bare && !re("u")`^[${UPPER}]`.test(written.slice(found[0].length)) ? null : found;
  const text = prefixed ? written.slice(prefixed[0].length) : written;
  const item = readNamed(text);
  return prefixed ? { ...item, role: roleOfWord(prefixed[1] ?? prefixed[2] ?? ""), labelled: true } : item;
}

/** "… chủ trì, phối hợp với Sở B", "… chủ trì, phối hợp Sở B": the partners named after the lead's role. */
const PARTNERS_AFTER = /(?<=^|[\s,;])phối hợp\s+(?:với\s+)?(?=\S)/u;

/** Role words are looked for only where a name can end: within its first characters (a scan stays linear). */
const NAME_WINDOW = 200;

function readNamed(text: string): ReadItem {
  const suffixed = ROLE_SUFFIX.exec(text.slice(-40));
  if (suffixed) {
    const name = finishItem(text.slice(0, text.length - suffixed[0].length));
    const tagged = suffixed[1] !== undefined && !CO_LEAD.test(suffixed[1]);
    return { name, role: roleOfWord(suffixed[1] ?? suffixed[2]!), partners: [], activity: null, ...(tagged ? { tagged } : {}) };
  }
  const missionBody = MISSION_BODY.test(text);
  for (const match of text.slice(0, NAME_WINDOW).matchAll(ROLE_WORD)) {
    const word = match[0].trim();
    if (missionBody && roleOfWord(word) === null) continue;
    const before = text.slice(0, match.index);
    // "Phòng Phổ biến, giáo dục pháp luật và theo dõi thi hành pháp luật": a name that lists its functions.
    if (/(?:\s+và|,)\s*$/u.test(before)) continue;
    const name = finishItem(before);
    // "Các cơ quan chủ trì thực hiện nội dung CCHC": the words describe a group, they do not follow a name.
    if (isLoneTypeWord(name)) break;
    if (name === "" || !startsWithAgency(name)) continue;
    const rest = text.slice(match.index + match[0].length);
    // "với" is a qualifier only when no agency follows it ("phối hợp với Sở B" is read below).
    if (word === "với" && startsWithAgency(capitalise(rest.trimStart()))) continue;
    const role = roleOfWord(word);
    if (role === "partner") {
      // "Sở A phối hợp (với) Sở B": A does the work with B, the partner; A's role is the column's.
      const whomOwn = rest.replace(/^\s*(?:với\s+|cùng\s+)?/u, "");
      if (whomOwn !== "" && startsWithAgency(capitalise(whomOwn))) return { name, role: null, partners: splitAgencies([whomOwn]).value, activity: null };
    }
    const after = PARTNERS_AFTER.exec(rest.slice(0, NAME_WINDOW));
    const withAt = after ? after.index : -1;
    const whom = after ? rest.slice(after.index + after[0].length) : "";
    const partners = whom !== "" && startsWithAgency(capitalise(whom)) ? splitAgencies([whom]).value : [];
    // The words said of the agency, less the partners read from them: only a role word left is no activity.
    const said = finishItem(partners.length > 0 ? text.slice(match.index, match.index + match[0].length + withAt) : text.slice(match.index));
    return { name, role, partners, activity: /^(?:(?:đồng |cùng )?chủ trì|phối hợp)$/u.test(said) ? null : said };
  }
  return { name: text, role: null, partners: [], activity: null };
}

/**
 * A lead / partner cell read with the roles its words give ("Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành
 * thực hiện …", "Chủ trì: Sở A", "Sở B (phối hợp)"): each item its agency name alone, the role it is given (an item
 * without one takes the role of the next item of its ";"-part that has one: "Sở A, Sở B chủ trì", unless that role is
 * in brackets: "Sở A, Sở B (chủ trì)" tags Sở B alone), and the words cut
 * from the cell as activities. Partners named "phối hợp với …" inside an item are items of their own.
 */
export function readAgencyCell(paragraphs: string[], options: { runTogether?: boolean } = {}): AgencyCell {
  const items: AgencyItem[] = [];
  const activities: string[] = [];
  const runTogether: string[] = [];
  const segments = segmentsOf(paragraphs, options.runTogether === true ? runTogether : undefined);
  const leadListEnds = leadLabelListEnds(segments);
  // "Sở A; phối hợp: Sở B; Sở C", "Sở A, PH: Sở B, Sở C": a partner label heads the list after it, over its commas
  // and semicolons, until an item names a role of its own.
  let partnerLabelOpen = false;
  segments.forEach((segment, segmentIndex) => {
    const read = commaItems(segment).flatMap(splitTogether).map((piece) => finishItem(piece)).filter((piece) => piece !== "").map(readItem);
    let pending = 0;
    let partnerList = false;
    let labelled: AgencyRole | null = null;
    read.forEach((item, index) => {
      // "Thực hiện: UBND các xã" is a label too: it names bodies without a role and ends the list before it.
      const unnamed = item.role === null && item.activity === null && item.partners.length === 0 && item.labelled !== true;
      // "Chủ trì: Sở A, Sở B": a label's role reaches the names after it in its own part of the cell.
      if (unnamed && (labelled !== null || partnerLabelOpen)) item.role = labelled ?? "partner";
      else if (!unnamed) partnerLabelOpen = false;
      if (item.labelled === true) {
        labelled = item.role;
        partnerLabelOpen = item.role === "partner";
      } else if (!unnamed) labelled = null;
      // "Sở A chủ trì, phối hợp với Sở B, Sở C": the list after "phối hợp với" goes on past its comma.
      if (partnerList && item.role === null && item.activity === null) item.role = "partner";
      if (item.partners.length > 0) partnerList = true;
      else if (item.role !== "partner") partnerList = false;
      // A role in brackets tags its own name only ("Sở A, Sở B (chủ trì)": Sở B leads); a role verb after a list is
      // said of the whole list ("Sở A, Sở B chủ trì").
      if (item.role !== null && item.tagged !== true) for (let k = pending; k < index; k++) if (read[k]!.role === null && read[k]!.activity === null) read[k]!.role = item.role;
      // An item that names its own partners ("Sở A phối hợp với Sở B") is read whole: no later role reaches back past it.
      if (item.role !== null || item.activity !== null || item.partners.length > 0) pending = index + 1;
    });
    if (leadListEnds.has(segmentIndex)) for (const item of read) if (item.role === null && item.activity === null) item.role = "lead";
    for (const item of read) {
      for (const name of splitAnd(item.name).map(finishItem)) if (name !== "") items.push({ name, role: item.role });
      for (const name of item.partners) items.push({ name, role: "partner" });
      if (item.activity !== null) activities.push(item.activity);
    }
  });
  return options.runTogether === true ? { items, activities, runTogether } : { items, activities };
}

/**
 * "Chủ trì: Phòng A; Phòng B. Phối hợp: Văn phòng Sở": the segments that name no role of their own between a "Chủ
 * trì:" label and the "Phối hợp:" label after it go on with the lead list the label heads (the cell says where that
 * list ends). Without a "Phối hợp:" label after them they keep no role, and the column's reading decides.
 */
function leadLabelListEnds(segments: readonly string[]): Set<number> {
  const labelOf = (segment: string): AgencyRole | null | undefined => {
    const found = ROLE_PREFIX.exec(segment);
    return found && /[:：]/u.test(found[0]) ? roleOfWord(found[1] ?? found[2] ?? "") : undefined;
  };
  const out = new Set<number>();
  let open: number[] | null = null;
  segments.forEach((segment, index) => {
    const label = labelOf(segment);
    if (label === "lead") open = [];
    else if (label === "partner") {
      for (const at of open ?? []) out.add(at);
      open = null;
    } else if (open !== null) {
      // A segment that gives its own role in words ends the list.
      if (commaItems(segment).map((piece) => readItem(finishItem(piece))).some((item) => item.role !== null || item.activity !== null || item.partners.length > 0)) open = null;
      else open.push(index);
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Cleaning

/** Bodies of their own: an "&" or dash next to them is spaced ("HĐND & UBND"). */
const BODY_ABBREVIATIONS = new Set(["HĐND", "UBND", "MTTQ", "UBMTTQ"]);
/** Abbreviations that contain a vowel and would otherwise read as words. */
const KNOWN_ABBREVIATIONS = new Set(["UBND", "UBMTTQ", "ISO", "PAR", "SIPAS", "PAPI", "VNPT", "TAND", "VKSND"]);

/** The letters and digits at the end of a short window before an "&" or dash. */
function lastToken(window: string): string {
  return re("u")`[${LETTER}${NUMBER}]+$`.exec(window)?.[0] ?? "";
}

function firstToken(window: string): string {
  return re("u")`^[${LETTER}${NUMBER}]+`.exec(window)?.[0] ?? "";
}

/** An abbreviation that is not a body: "KH", "CN", "TB", "XH", "TC". */
function isPlainAbbreviation(token: string): boolean {
  return token.length >= 2 && isAbbreviation(token) && !BODY_ABBREVIATIONS.has(token);
}

function normaliseAmpersands(text: string): string {
  return text.replace(/ ?& ?/gu, (match, offset: number) => {
    const left = lastToken(text.slice(Math.max(0, offset - 24), offset));
    const right = firstToken(text.slice(offset + match.length, offset + match.length + 24));
    if (left === "" || right === "") return match;
    return isPlainAbbreviation(left) && isPlainAbbreviation(right) ? "&" : " & ";
  });
}

/** A document's symbol, whose dashes are its own: "1441/QĐ-UBND", "05-NQ/HU", "30/2020/NĐ-CP". */
function inDocumentSymbol(text: string, offset: number, length: number): boolean {
  const before = /\S*$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[0] ?? "";
  const after = /^\S*/u.exec(text.slice(offset + length, offset + length + 40))?.[0] ?? "";
  return length === 1 && (before.includes("/") || after.includes("/"));
}

function normaliseDashes(text: string): string {
  return text.replace(/ ?[-–—] ?/gu, (match, offset: number) => {
    if (inDocumentSymbol(text, offset, match.length)) return match;
    const before = text.slice(Math.max(0, offset - 24), offset);
    const after = text.slice(offset + match.length, offset + match.length + 24);
    // Only a dash between two name parts; "Quý IV-2025", "e-Cabinet" and a dash at an edge are left alone.
    if (!re("u")`[${LETTER}]$`.test(before) || !re("u")`^[${LETTER}]`.test(after)) return match;
    const left = lastToken(before);
    const right = firstToken(after);
    const tight = match.length === 1;
    if (tight && (left.length < 2 || right.length < 2)) return match;
    return tight && isPlainAbbreviation(left) && isPlainAbbreviation(right) ? "-" : " - ";
  });
}

function isAbbreviation(core: string): boolean {
  if (KNOWN_ABBREVIATIONS.has(core)) return true;
  // Parts of "KH&CN", "LĐ-TB": each a run of capitals without a vowel, which no Vietnamese word is.
  return core.split(/[&-]/u).every((part) => part !== "" && !/[aeiouy]/.test(foldForMatch(part)) && re("u")`[${UPPER}]`.test(part));
}

function hasWord(text: string): boolean {
  return text.split(/[\s,;()&-]+/u).some((token) => token !== "" && re("u")`[${LETTER}]`.test(token) && !isAbbreviation(token));
}

const FUNCTION_WORDS = new Set(["và", "của", "các", "những", "cấp", "thuộc", "trực", "với", "có", "liên", "quan", "trên", "tại", "theo"]);
const LEVEL_WORDS = new Set(["tỉnh", "huyện", "xã", "phường", "quận"]);
// "khu vực" is no administrative level, but a unit named after an area is named after a place as a commune is: "BAN
// QUẢN LÝ DỰ ÁN KHU VỰC LÂM THAO" → "… khu vực Lâm Thao" (its Roman numerals stay: "khu vực XIII").
const TWO_WORD_LEVELS = new Set(["thị xã", "thị trấn", "thành phố", "đặc khu", "khu vực"]);

/** How many words at `index` form a level word ("huyện", "thị trấn"), 0 when none. "xã hội" is not one. */
function levelLength(words: string[], index: number): number {
  const word = words[index] ?? "";
  const next = words[index + 1] ?? "";
  if (TWO_WORD_LEVELS.has(`${word} ${next}`)) return 2;
  if (word === "xã" && next === "hội") return 0;
  return LEVEL_WORDS.has(word) ? 1 : 0;
}

interface Token {
  lead: string;
  core: string;
  trail: string;
}

function splitToken(token: string): Token {
  let start = 0;
  let end = token.length;
  while (start < end && !re("u")`[${LETTER}${NUMBER}]`.test(token[start] ?? "")) start++;
  while (end > start && !re("u")`[${LETTER}${NUMBER}]`.test(token[end - 1] ?? "")) end--;
  return { lead: token.slice(0, start), core: token.slice(start, end), trail: token.slice(end) };
}

const VIET_NAM = re("gu")`(?<![${LETTER}])việt nam(?![${LETTER}])`;

/**
 * Body types that open a body of their own inside a longer name, the body it belongs to or works in: "Đảng ủy Sở Y
 * tế", "Công đoàn Sở Giáo dục và Đào tạo", "Ban Tuyên giáo Tỉnh ủy", "Chi bộ Phòng Nội vụ", "Trung tâm Y tế thuộc
 * Sở Y tế". Written as a type word with the first word of its field capitalised. Words that also run in a field's
 * own wording ("Ban", "Quỹ", "Tổ", "Cơ quan") are left out.
 */
const NESTED_TYPES = new Set(["Sở", "Phòng", "Văn phòng", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Đảng ủy", "Công an", "Chi cục", "Cục", "Bệnh viện", "Trung tâm", "Tỉnh đoàn", "Huyện đoàn", "Thành đoàn"]);

const PLACE_COMMITTEES = new Set(["Tỉnh ủy", "Huyện ủy", "Thành ủy", "Tỉnh đoàn", "Huyện đoàn", "Thành đoàn"]);

/**
 * School levels after "Trường" (general education, and the colleges and universities: "TRƯỜNG ĐẠI HỌC VINH",
 * "TRƯỜNG CAO ĐẲNG Y TẾ NGHỆ AN"): the name after them is a person's or a place's, title-cased.
 */
const SCHOOL_LEVEL_ABBREVIATIONS = /^(?:MN|MG|TH|THCS|THPT|PT|PTCS|PTTH|PTDTNT|PTDTBT|PTDTBTTH|PTDTBTTHCS|TH&THCS|THCS&THPT|TH-THCS|THCS-THPT)$/u;
const SCHOOL_LEVELS = ["mầm non", "mẫu giáo", "tiểu học", "trung học cơ sở", "trung học phổ thông", "phổ thông dân tộc nội trú", "phổ thông dân tộc bán trú", "phổ thông", "đại học", "cao đẳng", "trung cấp"];

/** How many words at `index` spell a school level ("tiểu học", "trung học cơ sở"), 0 when none. */
function schoolLevelLength(words: string[], index: number): number {
  for (const level of SCHOOL_LEVELS) {
    const parts = level.split(" ");
    if (parts.every((part, k) => words[index + k] === part)) return parts.length;
  }
  return 0;
}

/** A Roman numeral in capitals ("Khu vực XIII", "Chi cục Thuế khu vực III"); a lone letter or "VI" only after "khu vực"/"vùng". */
const ROMAN = /^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/u;
function keepsRomanCapitals(core: string, previous: string): boolean {
  if (!ROMAN.test(core)) return false;
  return (core.length >= 2 && core !== "VI") || previous === "vực" || previous === "vùng";
}

/** Body types whose name says what the body does, in one phrase that a comma does not break into fields. */
const NAMED_BY_DUTY = new Set(["Hội đồng", "Ban", "Tổ", "Đoàn", "Đoàn kiểm tra"]);

/** "PHÒNG NỘI VỤ" → "Phòng Nội vụ", "UBND HUYỆN CHỢ MỚI" → "UBND huyện Chợ Mới" (rules in the header comment). */
function recaseUpperName(text: string): string {
  const tokens = text.split(" ").map(splitToken);
  const lower = tokens.map((token) => token.core.toLocaleLowerCase("vi"));
  const out: string[] = [];
  const type = matchType(text);
  let index = 0;
  let capitaliseNext = true;
  if (type !== null && !type.confusion) {
    const typeWords = type.spelled.split(" ");
    for (let i = 0; i < type.words; i++) {
      const token = tokens[i] as Token;
      out.push(token.lead + (typeWords[i] ?? token.core) + token.trail);
    }
    index = type.words;
    // "BAN, PHÒNG NGÀNH": a type word followed by a comma starts a generic list, not a name.
    capitaliseNext = !(tokens[index - 1]?.trail.includes(",") ?? false);
  }
  let placeName = false;
  // A school's name after its level ("TRƯỜNG THPT HUỲNH THÚC KHÁNG", "TRƯỜNG TIỂU HỌC KIM ĐỒNG") is a proper name.
  const school = type !== null && !type.confusion && type.canonical === "Trường";
  for (let i = index; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = lower[i] ?? "";
    const previous = lower[i - 1] ?? "";
    // "các sở", "BAN, PHÒNG NGÀNH": a plural or a list of types is generic, no body's name.
    const listed = previous === "các" || previous === "những" || (tokens[i - 1]?.trail.includes(",") ?? false);
    const nested = !listed ? matchType(tokens.slice(i).map((t) => t.core).join(" ")) : null;
    let written: string;
    if (token.core === "") {
      written = "";
      if (/[-–—&]/u.test(token.lead + token.trail)) capitaliseNext = true;
    } else if (school && i === index && (SCHOOL_LEVEL_ABBREVIATIONS.test(token.core) || schoolLevelLength(lower, i) > 0)) {
      const length = SCHOOL_LEVEL_ABBREVIATIONS.test(token.core) ? 1 : schoolLevelLength(lower, i);
      for (let k = 0; k < length; k++) {
        const part = tokens[i + k] as Token;
        out.push(part.lead + (k === 0 && length > 1 ? capitalise(lower[i + k] ?? "") : length === 1 ? part.core : (lower[i + k] ?? "")) + part.trail);
      }
      let end = i + length;
      // "THPT CHUYÊN PHAN BỘI CHÂU": a specialised school's "chuyên" stays in lower case before its name.
      if (lower[end] === "chuyên" && end + 1 < tokens.length) {
        const part = tokens[end] as Token;
        out.push(part.lead + "chuyên" + part.trail);
        end++;
      }
      const last = tokens[end - 1] as Token;
      placeName = !/[,;()]/u.test(last.trail);
      capitaliseNext = false;
      i = end - 1;
      continue;
    } else if (nested !== null && !nested.confusion && NESTED_TYPES.has(nested.canonical)) {
      const typeWords = nested.spelled.split(" ");
      for (let k = 0; k < nested.words; k++) {
        const part = tokens[i + k] as Token;
        out.push(part.lead + (typeWords[k] ?? part.core) + part.trail);
      }
      // "SỞ, NGÀNH": a type word followed by a comma starts a generic list, not a name.
      const generic = tokens[i + nested.words - 1]?.trail.includes(",") ?? false;
      capitaliseNext = !generic;
      // A Party committee or Youth Union of a place is followed by the place's name ("Tỉnh ủy Nghệ An").
      placeName = !generic && PLACE_COMMITTEES.has(nested.canonical);
      i += nested.words - 1;
      continue;
    } else if (keepsRomanCapitals(token.core, previous)) {
      written = token.core;
      capitaliseNext = false;
    } else if (isAbbreviation(token.core)) {
      written = token.core;
      capitaliseNext = false;
      placeName = false;
    } else if ((word === "nhân" && lower[i + 1] === "dân") || (word === "dân" && previous === "nhân")) {
      // "TÒA ÁN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN": "nhân dân" says whose body it is, in lower case in every such name.
      written = word;
      capitaliseNext = false;
    } else if (FUNCTION_WORDS.has(word)) {
      written = word;
      placeName = false;
      // "KHOA HỌC VÀ CÔNG NGHỆ": the fields of a name in capitals go on in capitals after "và"; a name that says what
      // its body does ("Ban Chỉ đạo phát triển khoa học, công nghệ … và chuyển đổi số") goes on in lower case.
      capitaliseNext = word === "và" && fieldStartsUpper(out, type !== null && !type.confusion ? type.words : 0) && levelLength(lower, i + 1) === 0 && !FUNCTION_WORDS.has(lower[i + 1] ?? "");
    } else if (levelLength(lower, i) > 0) {
      const length = levelLength(lower, i);
      for (let k = 0; k < length; k++) {
        const part = tokens[i + k] as Token;
        out.push(part.lead + (lower[i + k] ?? "") + part.trail);
      }
      const previous = lower[i - 1] ?? "";
      const last = tokens[i + length - 1] as Token;
      // "huyện Chợ Mới" names a place; "các xã", "cấp huyện" and "xã, thị trấn" do not.
      placeName = !["các", "cấp", "những"].includes(previous) && !/[,;()]/u.test(last.trail);
      capitaliseNext = false;
      i += length - 1;
      continue;
    } else if (placeName || capitaliseNext) {
      written = capitalise(word);
      capitaliseNext = false;
    } else {
      written = word;
    }
    out.push(token.lead + written + token.trail);
    if (/[,;()]/u.test(token.trail)) placeName = false;
    // After a comma the next field of a department's name ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH") or the next body of a
    // list is capitalised; inside the name of a body named by what it does (a council, board, team) the phrase goes on
    // in lower case ("HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT").
    if (token.trail.includes(",") && type !== null) {
      capitaliseNext = !NAMED_BY_DUTY.has(type.canonical) || matchType(tokens.slice(i + 1).map((t) => t.core).join(" ")) !== null;
    }
  }
  let result = out.join(" ").replace(VIET_NAM, "Việt Nam");
  if (type === null || type.confusion) result = capitalise(result);
  return withMinistryNames(result);
}

const STARTS_UPPER = re("u")`^[^${LETTER}]*[${UPPER}]`;

/**
 * Whether the field of a name that `written` ends in (the words since the type word or the last comma) starts with a
 * capital: "Khoa học" of "Sở Khoa học", "Thể thao" of "…, Thể thao", not "đổi mới sáng tạo" of a steering committee's
 * "…, đổi mới sáng tạo"; a steering committee's "Chỉ đạo" is its kind, not its field.
 */
function fieldStartsUpper(written: readonly string[], typeWords: number): boolean {
  let start = written.length;
  while (start > typeWords && !/[,;]$/u.test(written[start - 1]!)) start--;
  if (/^chỉ$/iu.test(written[start] ?? "") && /^đạo$/iu.test(written[start + 1] ?? "")) start += 2;
  const first = written.slice(start).find((word) => word !== "");
  return first === undefined || STARTS_UPPER.test(first);
}

/**
 * The ministries' names that do not follow the one-capital rule, and their provinces' departments named after them:
 * "Bộ Công Thương", "Sở Công Thương" (industry and trade, two fields, each capitalised, as the ministry writes its own
 * name). Recasing capitals gives "Công thương"; typists often write it so too.
 */
const MINISTRY_NAMES = re("gu")`(?<![${LETTER}])(Bộ|Sở|BỘ|SỞ)(\s+)Công(\s+)thương(?![${LETTER}])`;

function withMinistryNames(text: string): string {
  // The body's word is matched first, not looked behind for: a lookbehind over a run of spaces would rescan it from
  // every position of the run.
  return text.replace(MINISTRY_NAMES, "$1$2Công$3Thương");
}

/**
 * The Front's and the socio-political organisations' names are proper names with fixed capitals (their charters,
 * Nghị định 30/2020), which typists often lower ("Mặt trận tổ quốc", "Hội liên hiệp phụ nữ", "Đoàn thanh niên cộng
 * sản Hồ Chí Minh"): written the way the organisations write them, wherever they stand in a name ("Ủy ban Mặt trận Tổ
 * quốc Việt Nam tỉnh"). Their abbreviations ("MTTQ", "Hội LHPN", "Hội CCB") stay as written.
 */
const MASS_ORGANISATION_NAMES = [
  "Mặt trận Tổ quốc",
  "Liên đoàn Lao động",
  "Hội Liên hiệp Phụ nữ",
  "Hội Nông dân",
  "Hội Cựu chiến binh",
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  "Đoàn Thanh niên",
];
const MASS_ORGANISATION_NAME = new RegExp(
  `(?<![${LETTER}])(?:${MASS_ORGANISATION_NAMES.map((name) => name.replace(/\s+/gu, "\\s+")).join("|")})(?![${LETTER}])`,
  "giu",
);
const MASS_ORGANISATION_BY_KEY = new Map(MASS_ORGANISATION_NAMES.map((name) => [name.toLocaleLowerCase("vi"), name]));

function startsWithMassOrganisation(text: string): boolean {
  MASS_ORGANISATION_NAME.lastIndex = 0;
  const found = MASS_ORGANISATION_NAME.exec(text);
  MASS_ORGANISATION_NAME.lastIndex = 0;
  return found !== null && found.index === 0;
}

function fixMassOrganisationNames(text: string): string {
  // Only a name typed in mixed case: a name wholly in capitals is re-cased by recaseUpperName.
  return text.replace(MASS_ORGANISATION_NAME, (written) => {
    if (isUpperCaseText(written)) return written;
    return MASS_ORGANISATION_BY_KEY.get(written.replace(/\s+/gu, " ").toLocaleLowerCase("vi")) ?? written;
  });
}

/** The type word at the start: scanning confusion fixed, usual case restored in front of a proper name. */
function fixTypeWord(text: string): string {
  const type = matchType(text);
  if (type === null) return text;
  const written = text.slice(0, type.length);
  const rest = text.slice(type.length);
  if (type.confusion) return type.canonical + rest;
  if (written === type.spelled || YOUTH_UNION_SPELLINGS.has(written)) return text;
  const allCaps = type.canonical === type.canonical.toUpperCase();
  // A lower-case type word is a name only when a proper name or number follows ("phòng Nội vụ", not "phòng, ban").
  if (!allCaps && isLower(written[0]) && !re("u")`^ [${UPPER}${NUMBER}]`.test(rest)) return text;
  return type.spelled + rest;
}

function isWhollyUpperName(text: string): boolean {
  return text.length <= 300 && isUpperCaseText(text) && hasWord(text);
}

const UBND_MISREAD = re("gu")`(?<![${LETTER}${NUMBER}])(?:UBNĐ|UBDN)(?![${LETTER}${NUMBER}])`;

/** One agency name cleaned: case of the agency-type word, spacing around "&" and "–", scanning confusions. */
export function cleanAgency(name: string, where?: Position): { value: string; diagnostics: Diagnostic[] } {
  const original = finishItem(name);
  let text = original;
  const corrections: string[] = [];
  const apply = (what: string, next: string): void => {
    if (next !== text) {
      corrections.push(what);
      text = next;
    }
  };
  // cleanText has already read "Ð" as "Đ" (in every field); an agency name still says it did.
  if (/[\u00d0\u00f0]/u.test(name)) corrections.push("Ð read as Đ");
  apply("UBND misread", text.replace(UBND_MISREAD, "UBND"));
  apply("spacing around &", normaliseAmpersands(text));
  apply("dash", normaliseDashes(text));
  apply("upper case", isWhollyUpperName(text) ? recaseUpperName(text) : text);
  apply("agency-type word", fixTypeWord(text));
  apply("organisation's own capitals", fixMassOrganisationNames(text));
  apply("ministry's own capitals", withMinistryNames(text));
  if (corrections.length === 0) return { value: text, diagnostics: [] };
  const diagnostic: Diagnostic = {
    severity: "info",
    code: "agency-corrected",
    message: `Agency name "${original}" corrected to "${text}" (${corrections.join(", ")})`,
  };
  if (where !== undefined) diagnostic.where = where;
  return { value: text, diagnostics: [diagnostic] };
}
