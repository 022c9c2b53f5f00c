/**
 * Duties assigned by agency in prose (CONTRACT.md "Task"): in the sections that assign the plan's work ("PHÂN CÔNG
 * NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM …"), an item that starts with an agency is one task with that agency
 * as lead:
 *
 *   1. Sở Nội vụ:                                   heading form: the duties follow as paragraphs or a) b) items
 *   3. Sở Tư pháp: Lồng ghép tuyên truyền …         label form: the duty after the colon
 *   3. Sở Văn hóa … chủ trì, phối hợp với … tăng …  subject form: the agency is the subject of the duty's verb
 *   2. Giao Sở Nội vụ (Cơ quan thường trực …):      "Giao", "Đề nghị", "Yêu cầu" before the agency are dropped
 *   1. Căn cứ Kế hoạch này, các sở, ngành … xây …   a lead-in clause before the subject
 *
 * Items are numbered ("1.", "3.4.", "(1)"), lettered ("a)") or, with no item open, paragraphs. An item that names no
 * agency but holds lettered agency items is a group heading: their `parent`. Inside an agency item everything below
 * it (its a) b) items, bullets, paragraphs) is its content: the first paragraph is the task (when the item's own line
 * holds no duty), the others are its `activities`, "+" sub-bullets each one after the line that opened them. An item with no
 * agency and no agency items under it is no assignment and gives no record, unless its end or the lines under it name
 * the body in labels or parentheses:
 *
 *   1. Thành lập Đoàn kiểm tra …                    "- Đơn vị thực hiện: Văn phòng Sở." under it: lead, and its
 *   - Đơn vị thực hiện: Văn phòng Sở.                 "Đơn vị phối hợp:", "Thời gian:", "Sản phẩm:" lines its fields
 *   2. Xây dựng đề cương … – Đơn vị thực hiện: X.   the label after a dash at the item's end
 *   a) Ban hành Quy chế … (Văn phòng UBND tỉnh)      the bodies, or "(Chủ trì: …; phối hợp: …)", in parentheses
 *
 * A collective duty before "Trong đó:" is its collective's record, the single bodies after it their own; a time line
 * ("- Thời gian: trước 30/6/2026") is a field of the duty it follows, never an activity; a line that only cites a
 * document ("(Theo Kế hoạch số …)") is none. A funding part of its own assigns only in sentences that start with a body.
 */
import type { Position } from "../diagnostics.js";
import { readAgencyCell, splitAgencies, startsWithAgency, startsWithHeadOfBody } from "../normalize/agency.js";
import { capitalise, cleanInline, cleanText, foldForMatch } from "../normalize/text.js";
import type { SectionPart } from "../segment/sections.js";
import type { Unit } from "../segment/units.js";
import { type Assignment, FIELDS, emptyAssignment, hasAssignment, ownAssignment, readAssignment, readLine } from "./assignment.js";
import type { RawTask } from "./table.js";
import { LETTER, LOWER, NUMBER, UPPER, re } from "../letters.js";
import { memoizeText } from "../memo.js";

/**
 * Headings of the sections (or subsections) that assign work to agencies (folded): "TỔ CHỨC THỰC HIỆN" (or "TỔ CHỨC
 * TRIỂN KHAI (THỰC HIỆN)") as the whole heading, its last part ("KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN") or its first part
 * before another part that plans put with it ("… VÀ CHẾ ĐỘ BÁO CÁO", "… VÀ KINH PHÍ"), never a task that starts with
 * those words ("Tổ chức thực hiện tốt công tác …", "Tổ chức triển khai và kiểm tra …"); "PHÂN CÔNG NHIỆM VỤ /
 * THỰC HIỆN"; "TRÁCH NHIỆM (THỰC HIỆN / CỦA …)", never a task about responsibility ("Nâng cao trách nhiệm người đứng
 * đầu"); and a report part of its own ("V. CHẾ ĐỘ THÔNG TIN, BÁO CÁO", "4. Chế độ báo cáo"): "Các cơ quan, đơn vị báo
 * cáo kết quả … trước ngày 15/12/2026; Sở Nội vụ tổng hợp …" assigns the reporting to bodies by a date, just as when
 * the part is joined to "TỔ CHỨC THỰC HIỆN" in one heading; a sentence there that names no body ("Kết quả thực hiện
 * được báo cáo định kỳ …") or refers back to the bodies assigned elsewhere ("Các cơ quan, đơn vị được giao nhiệm vụ
 * …") gives none.
 */
const DUTY_HEADING =
  /^che do (?:thong tin,?\s*(?:va\s+)?)?bao cao(?:\s+(?:ket qua|dinh ky))?[\s.:]*$|(?:^|\bva\s|,\s)(?:to chuc (?:thuc hien|trien khai(?: thuc hien)?)|trien khai thuc hien)(?:\s+(?:ke hoach|chuong trinh|de an)(?:\s+nay)?)?(?:\s*(?:,|va)\s+(?:che do (?:thong tin,?\s*)?bao cao|kinh phi(?: thuc hien)?|khen thuong|dieu kien bao dam))*[\s.:]*$|\bphan cong (?:nhiem vu|thuc hien|trach nhiem|cu the)\b|(?:^|\bva\s|,\s)trach nhiem(?:\s+(?:thuc hien|cua|trien khai|thi hanh)\b|[\s.:]*$)|\bgiao nhiem vu\b|\bnhiem vu (?:cua cac|cu the cua)\b/;

/** Words before the agency that are not part of its name. */
const ASSIGNING_WORD = /^(?:giao(?:\s+cho)?|phân công(?:\s+cho)?|đề nghị|kính đề nghị|yêu cầu|mời|(?:trách nhiệm|nhiệm vụ)(?:\s+cụ thể)?\s+của)\s*:?\s+/iu;
/**
 * A lead-in clause before the subject: "Căn cứ Kế hoạch này, …", "Trên cơ sở kế hoạch này các ngành …", the field it
 * is for ("Đối với các xã biên giới, giao Bộ Chỉ huy … chủ trì …"), and a time
 * ("Định kỳ hằng quý, các sở, ban, ngành báo cáo …", "Hằng năm, …", "Trước ngày 15/12, …", "Quý I/2027, các cơ quan
 * …", "Trong tháng 12/2026, …").
 */
const LEAD_IN = re("iu")`^(?:căn cứ|trên cơ sở|để|nhằm|đối với|về|trong quá trình|sau khi|định kỳ|(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng)|trước ngày|cuối (?:năm|quý)|(?:(?:trong|vào)\s+)?(?:quý|quí|tháng)\s+[\divx]{1,4})(?![${LETTER}])`;
/**
 * Where a lead-in may end: after a comma, after the colon of a topic ("Về làm sạch dữ liệu hộ tịch: giao Sở Tư pháp
 * chủ trì …"), or after "này" ("Trên cơ sở kế hoạch này các ngành liên quan …"); never past the end of its sentence.
 */
const LEAD_IN_END = /[,:]\s+|(?<=\snày)\s+/gu;
/**
 * "P." is "Phòng" cut to its initial ("phối hợp với P. Tư pháp"), never the end of a sentence: every split into
 * sentences or clauses reads the stop after it as part of the name.
 */
const NOT_TYPE_INITIAL = re("u")`(?<!(?<![${LETTER}])P\.)`.source;
const SENTENCE_END = new RegExp(`[.;]${NOT_TYPE_INITIAL}\\s+(?=[${UPPER}])`, "u");
/** Between two sentences of a duty: after "." or ";", before a capital. */
const SENTENCE_BREAK = new RegExp(`(?<=[.;])${NOT_TYPE_INITIAL}\\s+(?=[${UPPER}])`, "u");
/** Between two sentences, whatever follows. */
const ANY_SENTENCE_BREAK = new RegExp(`(?<=[.;])${NOT_TYPE_INITIAL}\\s+`, "u");
/** Where a clause ends: ";", ":", "(" or a full stop (not the stop of "P."). */
const CLAUSE_END = new RegExp(`[;:(]|\\.${NOT_TYPE_INITIAL}`, "u");
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, "gu");
/** "giao" handing work to a body (not "được giao", "bàn giao", "giao thông", "giao dịch" …). */
const HANDS_TO = re("iu")`(?<![${LETTER}])(?<!(?:được|bàn|đã)\s)giao(?:\s+cho)?\s+(?=[${UPPER}]|(?:các|những)\s)`;

/**
 * The verbs that open a duty after its agency (lower case: inside a name the same words are capitalised, "Ban Chỉ
 * đạo"). "tổ chức" after "các" is a noun ("các tổ chức chính trị - xã hội") and is skipped.
 */
const DUTY_VERBS = [
  "chủ trì", "phối hợp", "đồng chủ trì", "cùng chủ trì", "cùng phối hợp", "chủ động", "tăng cường", "trực tiếp", "tham mưu", "căn cứ", "có trách nhiệm", "chịu trách nhiệm",
  "chỉ đạo", "thực hiện", "triển khai", "tổ chức", "xây dựng", "hướng dẫn", "theo dõi", "định kỳ", "nghiên cứu",
  "đẩy mạnh", "rà soát", "bố trí", "báo cáo", "gửi", "kiểm tra", "đôn đốc", "phát huy",
  "cung cấp", "thẩm định", "giám sát", "đề xuất", "ban hành", "lồng ghép", "duy trì", "hỗ trợ", "tuyên truyền",
  "đảm bảo", "bảo đảm", "là", "tích cực", "khẩn trương", "thường xuyên", "tiếp tục", "nâng cao", "phụ trách", "làm đầu mối",
  "cập nhật", "phổ biến", "tập trung", "quán triệt", "vận động",
  // "Phòng Kế hoạch tổng hợp" (a hospital's, a school's planning department) is a name.
  "(?<!Kế hoạch )tổng hợp", "trình", "(?<!Trợ )giúp", "kịp thời", "phản ánh", "phát động", "quan tâm", "mời", "in", "chuẩn bị",
  // Not "điều tra": a lower-case part of names ("Cục Cảnh sát điều tra …"); "quản lý", "tiếp nhận" after a bare type
  // word are names too ("Ban quản lý …", "Bộ phận tiếp nhận và trả kết quả": BARE_TYPE).
  "quản lý", "tiếp nhận", "giải quyết", "xử lý", "thanh toán", "đánh giá", "khảo sát", "biên soạn", "kiện toàn", "sửa đổi", "tháo gỡ", "công bố", "xác minh", "lựa chọn",
  "phát sóng", "đăng tải", "nâng cấp", "thu thập", "kết nối", "chia sẻ",
  // "cử cán bộ tham gia …" (a body sends its people), never a part of "bầu cử", "đề cử", "ứng cử", "tuyển cử", "cử tri".
  `(?<!(?:bầu|đề|ứng|tuyển|Bầu|Đề|Ứng|Tuyển) )cử(?!\\s+tri(?![${LETTER}]))`,
  // A Party committee leads the bodies of its level ("Đảng ủy các xã lãnh đạo, chỉ đạo chính quyền cùng cấp"); a
  // body's representative is named so ("Đại diện lãnh đạo Sở …").
  "(?<!(?:đại diện|Đại diện) )lãnh đạo", "cụ thể hóa", "cụ thể hoá", "hoàn thiện", "tạo điều kiện",
  "mở", "dành", "ưu tiên", "cân đối", "phân bổ", "công khai", "phân công", "thẩm tra", "tham gia", "vận hành",
  // A body's own review: "tự kiểm tra", "tự đánh giá, chấm điểm" ("… không thuộc đối tượng kiểm tra tự kiểm tra …").
  "tự kiểm tra", "tự đánh giá", "tự chấm điểm", "tự rà soát",
  "số hóa", "số hoá", "thành lập", "thiết lập", "niêm yết", "làm sạch", "dự trù", "khắc phục",
  // "lập dự toán", "lập hồ sơ", never the end of a word ("công lập", "thiết lập", "độc lập") nor the start of one
  // ("lập pháp", "lập quy" but "lập quy hoạch", "lập trình", "lập tức").
  `(?<!(?:công|thành|thiết|xác|độc|sáng|tự|dân|đối|trung|cô|biệt|song|kiến|tạo) )lập(?!\\s+(?:pháp|quy(?!\\s+hoạch)|trình|trường|tức|luận|thể|nghiệp|phương|thân)(?![${LETTER}]))`,
];
/**
 * A team's type word in lower case, as a sentence names a team ("cho đoàn giám sát", "tổ công tác"); not the last word
 * of a body's name ("Tỉnh đoàn", "Công đoàn ngành", "Liên đoàn", "Chi đoàn", "Bộ đội", "Đại đội").
 */
const TEAM_WORD = re("u")`(?<![${LETTER}])(?<!(?<![${LETTER}])(?:[Tt]ỉnh|[Hh]uyện|[Tt]hành|[Tt]hị|[Qq]uận|[Xx]ã|[Pp]hường|[Cc]hi|[Ll]iên|[Cc]ông|[Tt]ập|[Tt]ổng|[Đđ]ại|[Tt]rung|[Tt]iểu|[Qq]uân|[Bb]ộ|[Bb]inh|[Ss]ư) )(?:đoàn|tổ|đội|nhóm)`.source;
// A verb right after "các" or a comma is a noun of a group or continues a list of subjects ("Các tổ chức chính trị -
// xã hội tỉnh:", "Các sở, ban, ngành, tổ chức chính trị - xã hội …"),
// except the roles "chủ trì" and "phối hợp với" ("Phòng Bổ trợ tư pháp, phối hợp với Văn phòng Sở chuẩn bị …"): no
// body is named so. After "được" a verb names the body ("Các đơn vị được kiểm tra"), and so it does after "đối tượng"
// ("Thủ trưởng các đơn vị không thuộc đối tượng kiểm tra") and after a team's type word in lower case ("cung cấp tài
// liệu cho đoàn giám sát", "tổ công tác").
const VERB_AT = new RegExp(
  `(?<![${LETTER}])(?:(?<!(?:[Cc]ác|[Nn]hững|,|được|đối tượng) )(?<!${TEAM_WORD} )(?:${DUTY_VERBS.join("|")})|(?<=[${LETTER}], )(?:chủ trì(?=,)|phối hợp(?=\\s+(?:với|cùng)\\s)))(?![${LETTER}])`,
  "u",
);
const VERBS_AT = new RegExp(VERB_AT.source, "gu");
/** A type word alone before a verb takes the verb into its name: "Đoàn kiểm tra", "Trưởng đoàn kiểm tra", "Tổ công tác". */
const BARE_TYPE = /^(?:(?:trưởng|phó|thành viên|tổ trưởng)\s+)?(?:đoàn|tổ|ban|đội|nhóm|hội đồng|bộ phận|trung tâm|phòng|cục|chi cục)\s*$/iu;
/**
 * Verbs that open a duty even capitalised, after a body's name: no body is named by them past its first word
 * ("Ban Chỉ đạo …", "Hội đồng Phối hợp phổ biến …" have them first, as their bare type word's name; "Bộ phận Tiếp
 * nhận và Trả kết quả" too, and "Tiếp nhận," with its comma is a list of duties, never that name).
 */
const CAPITAL_DUTY_VERB = re("u")`(?<=[${LETTER})]\s)(?:Chủ trì|Tham mưu|Chịu trách nhiệm|Có trách nhiệm|Căn cứ|Bố trí|Theo dõi|Đôn đốc|Phối hợp(?=\s+(?:với|cùng)\s)|Chỉ đạo(?=,)|Tiếp nhận(?=,)|Tuyên truyền|Hướng dẫn)(?=[\s,])`;
/** Verbs no name is made of: after a bare type word they still open the duty ("Ban chủ trì …"). */
const NEVER_NAME = /^(?:(?:đồng |cùng )?chủ trì|(?:cùng )?phối hợp|có trách nhiệm|chịu trách nhiệm|là)$/u;
/**
 * "chủ trì" right after a verb: "… xây dựng chủ trì, phối hợp …". Not "phối hợp", which a duty's verb may take
 * ("Sở Y tế tăng cường phối hợp với Công an tỉnh …").
 */
const ROLE_RIGHT_AFTER = /^\s+chủ trì(?![\p{L}])/u;
/**
 * The fields of a commune's officials (Nghị định 33/2023), which plans also type in lower case ("Công chức văn phòng -
 * thống kê:", "Công chức văn hóa - xã hội có trách nhiệm …").
 */
const COMMUNE_OFFICIAL_FIELD = "(?:văn phòng|tư pháp|tài chính|địa chính|văn hóa|văn hoá|chỉ huy trưởng)(?![\\p{L}])";

/**
 * Posts and teams that a school's or an office's own plan assigns work to by their name alone ("Hiệu trưởng:",
 * "Phó Hiệu trưởng:", "Giáo viên chủ nhiệm:", "Nhân viên kế toán:", "Tổng phụ trách Đội:", "Tổ văn phòng:", "Tổ chuyên
 * môn:"): the issuer is the body, so none follows. "Kế toán", "Văn thư", "Thủ quỹ" name a post only as a label,
 * before its colon ("Kế toán trưởng …" is no label).
 */
const STAFF_POST = "(?:Phó\\s+)?Hiệu trưởng|Giáo viên(?:\\s+(?:chủ nhiệm|bộ môn|các bộ môn|các khối lớp|phụ trách))?|Nhân viên\\s+(?:kế toán|văn thư|y tế|thư viện|thiết bị|hành chính|công nghệ thông tin)|Tổng phụ trách Đội|Tổ (?:văn phòng|chuyên môn|hành chính|bộ môn)|(?:Kế toán|Văn thư|Thủ quỹ)(?=\\s*:)";
const STAFF_POST_AT = new RegExp(`^(?:${STAFF_POST})(?![${LETTER}])`, "u");

/**
 * Bodies the agency-name grammar (normalize/agency.ts) does not know as such but plans assign work to: a standing
 * office ("Thường trực Hội đồng …"), a working group ("Tổ giúp việc …", "Đoàn kiểm tra"), its members ("Thành viên
 * Đoàn kiểm tra"), a board, council or desk written in lower case ("Ban chỉ đạo …", "Hội đồng phối hợp …", "Bộ phận tiếp
 * nhận và trả kết quả"), a school's parents' board ("Ban đại diện cha mẹ học sinh") and a commune's officials ("Công
 * chức Văn phòng - Thống kê xã").
 */
/**
 * A unit of the issuer named in lower case after its type word, as a label ("Bộ phận quản lý hành chính:", "Các tổ
 * công tác:", "Tổ tổng hợp:", "Nhóm kỹ thuật:"): an office's, a school's or a police station's own parts. Only before a
 * label's colon, a few words long: a lower-case name holds verbs ("quản lý"), so without the colon it cannot be told
 * from a duty. "Tổ chức …" (to organise) and "Đội ngũ …" (the staff) are no units.
 */
const UNIT_LABEL = re("u")`^(?:Các\s+)?(?:[Bb]ộ phận|[Tt]ổ|[Đđ]ội|[Nn]hóm)\s+(?!(?:chức|ngũ)(?![${LETTER}]))[${LOWER}][${LOWER}\s-]{0,50}?(?=\s*:)`;

const DUTY_BODY = re("u")`^(?:Thường trực|Tổ trưởng|(?:Các\s+)?Trưởng (?:các\s+)?(?:thôn|bản|ấp|xóm|khu phố|tổ dân phố)|Tổ giúp việc|Tổ công tác|Tổ kiểm tra|Đoàn kiểm tra|Đoàn công tác|Đoàn giám sát|Đoàn thanh tra|Trưởng đoàn|Thành viên(?:\s+(?:Đoàn|Tổ|Ban|Hội đồng))?|Ban (?:chỉ đạo|quản lý|điều hành|đại diện cha mẹ học sinh)|Bộ phận (?:tiếp nhận|một cửa)|Hội đồng phối hợp|${STAFF_POST})(?![${LETTER}])|^Công chức\s+(?:[${UPPER}]|${COMMUNE_OFFICIAL_FIELD})|^(?:Cấp ủy,\s+)?[Cc]hính quyền\s+(?:các cấp|địa phương|cơ sở)(?![${LETTER}])`;

/**
 * The staff of the issuer and its units as one group ("Cán bộ, công chức, viên chức", "… và người lao động", "Toàn thể
 * cán bộ, công chức"): a body of a duty line, one lead (its commas are its name's). Plans mostly write it in sentences
 * about the staff ("Cán bộ, công chức vi phạm … sẽ bị xử lý"), so, as a place's name, it is a body only when its
 * label's colon or a duty verb (not "là") follows it directly, and it never tells a section that assigns by body.
 * "Cán bộ, công chức, viên chức thực hiện nghiêm túc Kế hoạch này." asks everyone to carry the plan out: no duty.
 */
const STAFF_GROUP = re("u")`^(?:(?:Toàn thể|Đội ngũ)\s+(?:cán bộ|công chức)|Cán bộ|Công chức)(?:\s*,\s*(?:công chức|viên chức|đảng viên|người lao động))*(?:\s+và\s+(?:người lao động|viên chức|đoàn viên))?(?![${LETTER}])`;

/** The staff group and its colon or duty verb right after it, else null. */
function staffGroupAt(body: string): RegExpExecArray | null {
  const group = STAFF_GROUP.exec(body);
  if (group === null || !group[0].includes(",")) return null;
  const rest = body.slice(group[0].length).replace(/^\s+/u, "");
  if (rest.startsWith(":")) return group;
  const verb = VERB_AT.exec(rest);
  return verb !== null && verb.index === 0 && !IS_A.test(rest) && !CARRIES_OUT_THE_PLAN.test(rest) ? group : null;
}

/** "là": the group is what the sentence defines ("Cán bộ, công chức là …"), not a body given a duty. */
const IS_A = re("u")`^là(?![${LETTER}])`;

/** A sentence whose whole duty is to carry out the document itself ("thực hiện nghiêm túc Kế hoạch này."). */
const CARRIES_OUT_THE_PLAN = re("u")`^(?:thực hiện|triển khai|chấp hành)[${LETTER}\s,]{0,40}?\s(?:[Kk]ế hoạch|[Qq]uyết định|[Cc]hỉ thị|[Cc]hương trình)\s+này\s*[.;]?$`;

function isStaffGroup(name: string): boolean {
  const group = STAFF_GROUP.exec(name);
  return group !== null && group[0] === name && name.includes(",");
}

function startsWithBody(text: string): boolean {
  return startsWithAgency(text) || DUTY_BODY.test(text) || UNIT_LABEL.test(text);
}

/**
 * The coordination council every level has ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Hội đồng phối hợp
 * liên ngành … huyện"): its name is made of duty verbs, up to its level word.
 */
const COUNCIL_NAME = re("iu")`(?<![${LETTER}])hội đồng phối hợp\s[^:;.()]{0,100}?\s(?:tỉnh|huyện|xã|phường|thị xã|thị trấn|thành phố|quận|đặc khu|trung ương)(?![${LETTER}])`;

/**
 * "Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn hóa - xã hội chỉ đạo …": after an office, "phụ trách" and the field
 * it names say which deputy is meant, part of the office's name; "theo lĩnh vực được phân công phụ trách" says how.
 * "Phó Chủ tịch UBND tỉnh phụ trách việc …" stays a duty.
 */
const IN_CHARGE_OF_FIELD = re("iu")`^phụ trách\s+(?:các\s+)?(?:lĩnh vực|khối|mảng|địa bàn|khu vực|cụm)(?![${LETTER}])`;
const ASSIGNED_IN_CHARGE = /(?:được\s+(?:phân công|giao)|được)\s+$/iu;

function namesOffice(text: string, index: number, verb: string): boolean {
  if (verb !== "phụ trách") return false;
  if (ASSIGNED_IN_CHARGE.test(text.slice(Math.max(0, index - 24), index))) return true;
  if (!startsWithHeadOfBody(text)) return false;
  if (IN_CHARGE_OF_FIELD.test(text.slice(index))) return true;
  // A heading or label that ends with what the deputy is in charge of ("Đồng chí Phó Chủ tịch UBND xã phụ trách văn
  // hóa - xã hội" alone, or before its colon): no other verb follows, so nothing there is a duty.
  const after = text.slice(index + verb.length);
  const colon = after.indexOf(":");
  const clause = colon >= 0 ? after.slice(0, colon) : after;
  if (colon < 0 && /[.;]\s*$/u.test(clause)) return false;
  return clause.length <= 80 && !/[.;(]/u.test(clause) && !VERB_AT.test(clause);
}

/**
 * The first verb that opens the duty: not one that a bare type word before it takes into its name, at the start or
 * after a comma ("Đồng chí …, Phó Giám đốc Sở, Trưởng Đoàn kiểm tra: …": the second office's team is named by its work).
 */
const AND_AT_END = re("u")`^[${UPPER}][^,;:.]*\svà\s+$`;

function dutyVerbAt(text: string): number {
  const council = COUNCIL_NAME.exec(text);
  // "Tổng phụ trách Đội": a post whose name holds a verb.
  const post = STAFF_POST_AT.exec(text);
  const nameEnd = council ? council.index + council[0].length : post ? post[0].length : -1;
  for (const match of text.matchAll(VERBS_AT)) {
    const index = match.index ?? 0;
    if (index < nameEnd || namesOffice(text, index, match[0])) continue;
    // "Phòng Quản lý xây dựng chủ trì, …": a duty never opens on a verb "chủ trì" follows directly, so that verb
    // ends the body's name (a function the name lists) and the role word opens the duty.
    if (!NEVER_NAME.test(match[0]) && ROLE_RIGHT_AFTER.test(text.slice(index + match[0].length, index + match[0].length + 24))) continue;
    const before = text.slice(0, index);
    // "Phòng Xây dựng và kiểm tra văn bản thẩm định …": no name ends on "và", so a verb right after it is a function
    // the name lists, and the duty opens on a later verb.
    if (!NEVER_NAME.test(match[0]) && AND_AT_END.test(before)) continue;
    const lastPart = before.slice(before.lastIndexOf(",") + 1).trimStart();
    if (index > 0 && (NEVER_NAME.test(match[0]) || (!BARE_TYPE.test(before) && !(lastPart !== before && BARE_TYPE.test(lastPart))))) return index;
  }
  return -1;
}

/** A numbered or lettered item: "1.", "3.4.", "a)", "(1)", and "3," as OCR reads "3.". */
const ITEM = re("u")`^(?:\((\d{1,2})\)|(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]|(\d{1,2})\s*,(?=\s+[${UPPER}])|([a-zđ])\s*[.)](?=\s))\s*(.*)$`;
const BULLET = /^([-–•+*])\s*/u;

/**
 * Where the duties end: the plan's closing paragraph ("Trên đây là Kế hoạch …", "Trong quá trình thực hiện, nếu có
 * khó khăn, vướng mắc …", "Mọi thông tin cần trao đổi, đề nghị … liên hệ …"), the next article of a QUYẾT ĐỊNH's
 * wrapper ("Điều 2. Quyết định này có hiệu lực …") and the recipients' list ("Nơi nhận:").
 */
const CLOSING = /^(?:trên đây là|(?:trong )?quá trình[^.]{0,160}(?:khó khăn|vướng mắc)|nếu có (?:khó khăn|vướng mắc|phát sinh)|mọi (?:thông tin|chi tiết|vấn đề|khó khăn|vướng mắc)[^.]{0,120}liên hệ|điều\s+\d{1,2}\s*[.:]|nơi nhận\b)/iu;
const ARTICLE_INSIDE = /[.;]\s+(?=Điều\s+\d{1,2}\s*[.:]\s)/u;
/**
 * The head of the issuing body's closing demand, a paragraph of its own after the last item: "Chủ tịch UBND huyện yêu
 * cầu Trưởng các phòng, ban, ngành … triển khai Kế hoạch này …", "Yêu cầu các sở, ban, ngành … thực hiện nghiêm túc".
 */
const CLOSING_DEMAND = /^(?:(?:chủ tịch|ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s[^.;:]{0,60}?\s)?yêu cầu\s[^.]{0,240}?(?:kế hoạch này|nghiêm túc)/iu;
/**
 * "./." closes an administrative text: what follows it is the signature block, never a duty (OCR often loses the
 * last dot: "… Kế hoạch này./").
 */
const TEXT_END = /\.\s*\/\s*\.?\s*$/u;
/**
 * The signature block, when no "./." or "Nơi nhận" came before it: "KT. BỘ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
 * TỊCH", or a signing title alone in capitals ("GIÁM ĐỐC", "PHÓ CHỦ TỊCH"). Upper case only: "Giám đốc Sở …" in
 * running text is a body.
 */
const SIGNATURE = re("u")`^(?:(?:TM|KT|TL|TUQ|Q)\s*\.\s*[${UPPER}]|(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|TRƯỞNG\s+(?:PHÒNG|BAN)|CHÁNH\s+VĂN\s+PHÒNG|(?:TỔNG\s+)?CỤC\s+TRƯỞNG|VIỆN\s+TRƯỞNG|HIỆU\s+TRƯỞNG|BÍ\s+THƯ|CHỦ\s+NHIỆM)$)`;

function isSignature(text: string): boolean {
  return text.length <= 60 && text === text.toLocaleUpperCase("vi") && SIGNATURE.test(text);
}

/**
 * Phrases that say when: a deadline marker before a day, month or quarter ("chậm nhất là ngày 30/01/2026", "trong
 * Quý I/2026", "trước ngày 15 của tháng cuối quý", "chậm nhất ngày 20 tháng cuối quý"), a cadence ("định kỳ hằng năm"), or a month or quarter alone in
 * parentheses, the time of the event named before it ("trong Tháng hành động phòng, chống ma túy (tháng 6/2026)"). A date without a marker is
 * left alone: in prose it is mostly a cited document's date or an event's. A day's year may be written with two digits
 * ("trước ngày 30/6/26"): the deadline reader decides whether it is one.
 */
const DAY = `(?:\\d{1,2}\\s*\\/\\s*\\d{1,2}(?:\\s*\\/\\s*(?:\\d{4}|\\d{2}))?(?![\\d/])|ngày\\s+\\d{1,2}(?:\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*(?:\\d{4}|\\d{2}(?![\\d/])))?|\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4}|\\s*[/-]\\s*\\d{4}(?!\\d))?|\\s+(?:của|hằng|hàng)\\s+(?:tháng|quý)(?:\\s+(?:cuối|đầu|liền kề|tiếp theo)(?:\\s+(?:quý|kỳ))?)?|\\s+(?:tháng|quý)\\s+(?:cuối|đầu|liền kề|tiếp theo)(?:\\s+(?:quý|kỳ))?))`;
/** A further day of the same deadline: "trước ngày 01/6 và 15/11 hằng năm". (DAY: "ngày …", or a day with a slash.) */
const MORE_DAYS = `(?:\\s*(?:,|và)\\s*(?:ngày\\s+)?\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{4})?(?!\\d))*`;
/** "… của năm tiếp theo", "… năm sau", "… hằng năm" after a day or month. */
const YEAR_AFTER = `(?:\\s+(?:của\\s+)?năm\\s+(?:tiếp theo|sau|liền kề|kế tiếp|trước liền kề|trước))?(?:\\s*,?\\s*(?:(?:hằng|hàng)\\s+năm|các\\s+năm(?!\\s*(?:\\d|tiếp|kế|sau|tới|trước|qua|gần))))?`;
/**
 * Several months or quarters of one year, the year written once after the last: "Quý II và Quý IV/2026", "quý II, III
 * năm 2026", "tháng 3 và tháng 4/2026". Only with that year: a bare numeral after "và" may be any word ("vi phạm").
 */
const PERIODS = `(?:tháng\\s+\\d{1,2}|(?:quý|quí)\\s+[\\divx]{1,4})(?:\\s*(?:,|và|-|đến)\\s*(?:(?:tháng|quý|quí)\\s+)?[\\divx]{1,4})+(?:\\s*[/-]\\s*\\d{4}|\\s+năm\\s+\\d{4})`;
/**
 * Months or quarters each written with its word, no year ("trong tháng 01 và tháng 7 hằng năm", "Quý I, Quý III"):
 * the repeated word makes each numeral a time.
 */
const NAMED_PERIOD = `(?:tháng\\s+\\d{1,2}(?!\\d)|(?:quý|quí)\\s+(?:[ivx]{1,4}|\\d)(?![${LETTER}\\d]))`;
const PERIODS_EACH_NAMED = `${NAMED_PERIOD}(?:\\s*(?:,|và)\\s*${NAMED_PERIOD})+(?![\\d/])`;
/** A week of a month: "tuần đầu tháng 3/2026", "tuần thứ hai của tháng 3", "02 tuần cuối tháng 12/2026". */
const WEEK = `(?:\\d{1,2}\\s+)?tuần\\s+(?:đầu|cuối|thứ\\s+(?:nhất|hai|ba|tư|năm|\\d))\\s+(?:của\\s+)?tháng\\s+\\d{1,2}(?:\\s*[/-]\\s*\\d{4}|\\s+năm\\s+\\d{4})?`;
const PERIOD = `(?:${PERIODS}|${PERIODS_EACH_NAMED}|${WEEK}|(?:thượng|trung|hạ)\\s+tuần\\s+tháng\\s+\\d{1,2}(?:\\s*[/-]\\s*\\d{4}|\\s+năm\\s+\\d{4})?|tháng\\s+(?:đầu|giữa|cuối)\\s+(?:của\\s+)?(?:quý|quí)\\s+[\\divx]{1,4}(?:\\s*[/-]\\s*\\d{4}|\\s+năm\\s+\\d{4})?|(?:tháng|quý|quí)\\s+[\\divx]{1,4}(?![${LETTER}])(?:\\s*[/-]\\s*\\d{4}|\\s+năm\\s+\\d{4})?|\\d{1,2}\\s+tháng\\s+(?:đầu|cuối)\\s+năm(?:\\s+\\d{4})?|(?:đầu|cuối)\\s+năm\\s+\\d{4}(?!\\d))`;
const CADENCE = `(?:hằng|hàng|mỗi)\\s+(?:năm|quý|tháng)`;
/** A span: "từ tháng 8 đến tháng 9/2026", "từ ngày 01/8 đến hết ngày 30/9/2026". */
const SPAN = `(?<![${LETTER}])từ\\s+(?:${DAY}|${PERIOD}|năm\\s+\\d{4}(?!\\d)|nay(?=\\s+đến))\\s*(?:đến|-)\\s*(?:hết\\s+)?(?:${DAY}|${PERIOD}|năm\\s+\\d{4}(?!\\d))`;
/**
 * The day of the event a duty is done for: "nhân ngày Chuyển đổi số Quốc gia 10/10", "hưởng ứng Ngày Pháp luật …
 * (09/11)", "trong dịp … (09/11/2026)". A day without its year, or one of this century alone in brackets: an
 * anniversary's dates carry an old year or run on ("(03/02/1930 - 03/02/2026)"), and a document's date follows its number.
 */
const EVENT_DAY = `(?<![${LETTER}])(?:nhân\\s+(?:dịp|ngày)|hưởng ứng|dịp)\\s[^.;:()/]{1,100}?(?<![\\d/])(?:\\(\\s*(?:ngày\\s+)?\\d{1,2}\\s*\\/\\s*\\d{1,2}(?:\\s*\\/\\s*20\\d\\d)?\\s*\\)|(?:ngày\\s+)?\\d{1,2}\\s*\\/\\s*\\d{1,2}(?![\\d/]))`;
/** A day without its year alone in parentheses after an event's name: "Ngày Quốc tế phòng, chống ma túy (26/6)". */
const DAY_IN_PARENTHESES = `(?<=\\()(?:ngày\\s+)?\\d{1,2}\\s*\\/\\s*\\d{1,2}(?=\\))`;
/** "… và các năm tiếp theo" after a time: it goes on past the period (an open end). */
const OPEN_END = `(?:\\s*,?\\s*(?:và\\s+)?(?:các|những)\\s+năm\\s+(?:tiếp theo|sau|kế tiếp))?`;
/** A semester with its school year, or alone: "học kỳ II năm học 2025 - 2026", "học kỳ I, II năm học 2026-2027". */
const SEMESTER = `học\\s+kỳ\\s+(?:ii|i|1|2)(?![${LETTER}\\d])(?:\\s*(?:,|và)\\s*(?:học\\s+kỳ\\s+)?(?:ii|i|1|2)(?![${LETTER}\\d]))?(?:\\s+năm\\s+học\\s+\\d{4}\\s*[-–]\\s*\\d{4}(?!\\d))?`;
const TIME_PHRASE_SOURCE =
  `(?:${EVENT_DAY}|${DAY_IN_PARENTHESES}|${SPAN}|^(?:(?:trong|vào)\\s+)?${PERIOD}(?=\\s*,)|(?:chậm nhất|trước|hạn chót|hoàn thành|xong|trong|đến hết|vào)\\s+(?:là\\s+)?(?:trong\\s+|vào\\s+)?(?:${DAY}${MORE_DAYS}${YEAR_AFTER}|${PERIOD}${YEAR_AFTER}|${SEMESTER}|năm\\s+học\\s+\\d{4}\\s*[-–]\\s*\\d{4}(?!\\d)|năm\\s+\\d{4}(?!\\d))${OPEN_END}|định kỳ\\s+(?:${CADENCE}|\\d{1,2}\\s+(?:tháng|năm)(?:\\s+(?:một|1)\\s+lần|\\s*\\/\\s*lần)?)(?:\\s*,\\s*${CADENCE})*|(?<![${LETTER}])(?:${CADENCE}|thường xuyên)(?![${LETTER}])|(?<=\\()${PERIOD}(?=\\)))`;
/**
 * TIME_PHRASE_SOURCE is written in lower case and matched against the sentence in lower case, without the i flag:
 * V8 compiles an expression the first time it runs, in every process, and under /iu every letter of this long one
 * becomes a class of its case variants, which made its compilation a large part of every plan's parse. A sentence whose
 * lower case is another length ("İ") or has a letter that only case folding equates with one of the expression's
 * ("ſ", a long s) is matched with the /iu expression instead, built then.
 */
const TIME_PHRASE = new RegExp(TIME_PHRASE_SOURCE, "gu");
let timePhraseAnyCase: RegExp | undefined;

/**
 * TIME_PHRASE's matches in a sentence, as the sentence writes them. Remembered: the duty readers read a section's
 * sentences more than once, and the expression tries its every branch at every position of the sentence.
 */
const timePhrasesIn = memoizeText(timePhrasesInOnce);

function timePhrasesInOnce(sentence: string): readonly { index: number; text: string }[] {
  const lower = sentence.toLowerCase();
  if (lower.length !== sentence.length || lower.includes("ſ")) {
    timePhraseAnyCase ??= new RegExp(TIME_PHRASE_SOURCE, "giu");
    return [...sentence.matchAll(timePhraseAnyCase)].map((match) => ({ index: match.index, text: match[0] }));
  }
  return [...lower.matchAll(TIME_PHRASE)].map((match) => ({ index: match.index, text: sentence.slice(match.index, match.index + match[0].length) }));
}

/** A cadence word with no "định kỳ" before it: a time only where it opens a clause (see timesIn). */
const BARE_CADENCE = /^(?:hằng|hàng|mỗi|thường xuyên)(?:\s|$)/iu;
const CADENCE_PHRASE = /^(?:định kỳ|hằng|hàng|mỗi|thường xuyên)(?:\s|$)/iu;
/**
 * A clause about money, or citing another document, before a cadence: the cadence is the budget's or that document's.
 */
const NOT_THE_DUTYS_CADENCE = re("iu")`(?<![${LETTER}])(?:kinh phí|ngân sách|dự toán|nguồn vốn|nguồn chi|chi thường xuyên|đầu tư công|theo|căn cứ)(?![${LETTER}])`;
/**
 * A cadence listed after a plan's horizon ("kế hoạch đầu tư công trung hạn, hằng năm", "kế hoạch 5 năm và hằng năm")
 * names a kind of plan (the yearly one), not when the duty recurs.
 */
const PLAN_HORIZON_BEFORE = re("iu")`(?<![${LETTER}])(?:trung hạn|dài hạn|ngắn hạn|\d{1,2} năm)\s*(?:,|và)\s*$`;
/**
 * A cadence closing an index's name ("xác định Chỉ số CCHC của tỉnh hằng năm", "Bộ chỉ số … hằng năm") names which
 * index (the yearly one), not when the duty recurs: no verb stands between "chỉ số" and the cadence (INDEX_TAIL_VERB).
 */
const INDEX_NAME_BEFORE = re("iu")`(?<![${LETTER}])chỉ số(?![${LETTER}])([^;:.]{0,80})$`;
const INDEX_TAIL_VERB = new RegExp(`(?<![${LETTER}])(?:${DUTY_VERBS.join("|")})(?![${LETTER}])`, "iu");

/** A dated phrase right after a document's symbol is that document's date, not a deadline. */
const AFTER_SYMBOL = re("u")`\d{1,6}\/[${LETTER}\d\-/]*\s*$`;

/** Where a partner phrase goes on into what the partners do it for: "… liên quan để xây dựng", "… trong việc …". */
const PURPOSE = re("u")`\s(?:để|nhằm|trong việc|trong|về|theo|tại|thông qua|khi)(?![${LETTER}])`;

/** A comma before a duty verb other than "tổ chức": "phối hợp với chính quyền các cấp, phát huy sức mạnh …". */
const CLAUSE_VERB = new RegExp(`,\\s+(?:${DUTY_VERBS.filter((verb) => verb !== "tổ chức").join("|")})(?![${LETTER}])`, "u");

/**
 * "phối hợp (chặt chẽ) với …" up to the next verb or the end of the clause; a stray quote OCR reads before the first
 * name ("với "V01", "với"V01") is passed over, with or without a space before it.
 */
const PARTNER_PHRASE = re("giu")`phối hợp(?:\s+chặt chẽ)?(?:\s+với)?(?:\s*["“”'](?=[${UPPER}])|\s+)`;

export interface DutySource {
  section: SectionPart;
  /** The units of the part that assigns duties: the section, or one subsection of it. */
  units: Unit[];
  /** A funding part ("III. KINH PHÍ THỰC HIỆN"): only its sentences that start with a body assign (extractFundingDuties). */
  funding?: boolean;
}

/**
 * A funding part of its own: "KINH PHÍ (THỰC HIỆN) (KẾ HOẠCH)". Most of its sentences say where the money comes from
 * ("Kinh phí thực hiện từ nguồn ngân sách …") and assign nothing; one that starts with a body ("Sở Tài chính tham
 * mưu bố trí …") hands that body a duty.
 */
const FUNDING_HEADING = /^kinh phi(?:\s+thuc hien)?(?:\s+(?:ke hoach|chuong trinh|de an)(?:\s+nay)?)?[\s.:]*$/;

/** Is this heading one of a part that assigns work (DUTY_HEADING)? */
export function isDutyHeading(heading: string): boolean {
  return DUTY_HEADING.test(foldForMatch(heading));
}

/** The sections (or, in a section of another heading, the subsections) whose heading says they assign work. */
export function findDutySections(sections: SectionPart[]): DutySource[] {
  const out: DutySource[] = [];
  for (const section of sections) {
    if (DUTY_HEADING.test(foldForMatch(section.heading))) {
      out.push({ section, units: section.units });
      continue;
    }
    if (FUNDING_HEADING.test(foldForMatch(section.heading))) {
      out.push({ section, units: section.units, funding: true });
      continue;
    }
    for (const sub of section.subsections) {
      const funding = FUNDING_HEADING.test(foldForMatch(sub.heading));
      if (!funding && !DUTY_HEADING.test(foldForMatch(sub.heading))) continue;
      const start = sub.startUnit;
      const next = section.subsections.find((s) => s.startUnit > start && /^\d{1,2}$/.test(s.number));
      out.push({ section, units: section.units.slice(start + 1, next ? next.startUnit : section.units.length), ...(funding ? { funding } : {}) });
    }
  }
  return out;
}

/**
 * "… . Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu …, hoàn thành trước ngày
 * 30/6/2026.": the issuer's own word for assigning, opening a sentence of an item that names its work first. The body
 * after it is the item's lead; the partners and the time are the ones that sentence names.
 */
const HANDED_OVER = re("gu")`(?:^|(?<=[.;:])\s+)Giao\s+(?=[${UPPER}])`;

export function handedOver(texts: string[]): { lead: string[]; partners: string[]; sentence: string } | undefined {
  for (const text of texts) {
    for (const at of text.slice(0, 2000).matchAll(HANDED_OVER)) {
      const sentence = text.slice(at.index).trim();
      const start = readAgencyStart(sentence);
      if (!start || start.keepWhole || start.duty === "") continue;
      const lead = agencyList(start.agency);
      if (lead.length > 0) return { lead, partners: start.partners ?? partnersIn([start.duty]), sentence };
    }
  }
  return undefined;
}

/**
 * The items of a part not read otherwise (neither headed as assigning nor assigning by agency: "II. NỘI DUNG TUYÊN
 * TRUYỀN") that hand their work to a body in a sentence of their own: "2. Tổ chức Cuộc thi trực tuyến … . Giao Sở Nội
 * vụ chủ trì, phối hợp với Sở Tư pháp xây dựng Thể lệ …, trong Quý III/2026." Each is a record of that body, the
 * whole item its task (the first sentence says what the work is); the items that hand nothing over give none.
 */
export function extractHandedOverItems(units: Unit[]): { tasks: RawTask[]; byTime: number } {
  const tasks: RawTask[] = [];
  let byTime = 0;
  const lines = readableUnits(units).map(lineOf);
  let heading: string | null = null;
  lines.forEach((line, index) => {
    if (line.level > 3 || line.number === null) return;
    const below: string[] = [];
    for (const next of lines.slice(index + 1)) {
      if (next.level <= line.level) break;
      below.push(next.text);
    }
    // "3.4. Thời gian gửi hồ sơ khen thưởng:" over the paragraph that says who sends what by when: one item.
    const labelled = LABEL_LINE.test(line.text) && lines[index + 1]?.level === 6 ? below.shift() : undefined;
    const text = labelled === undefined ? line.text : `${line.text} ${labelled}`;
    const given = handedOver([text, ...below]);
    const handed = given ?? subjectWithTime(text);
    if (line.level < 3) heading = handed ? null : line.text;
    if (!handed) return;
    if (!given) byTime++;
    const texts = [text, ...below];
    tasks.push({
      origin: "inline",
      areaLabel: null,
      subArea: null,
      objective: null,
      number: line.number,
      task: text.replace(TEXT_END, "."),
      parent: line.level === 3 ? heading : null,
      activities: below,
      products: [],
      lead: handed.lead,
      partners: handed.partners,
      deadline: timesIn(texts),
      budget: null,
      extra: {},
      position: line.unit.position as Position,
    });
  });
  return { tasks, byTime };
}

/**
 * An item outside the parts headed as assigning that still names who does what by when (contract: the items that
 * carry lead agencies and timelines assign work): a body as the subject, a duty verb, a time, in the item's own
 * sentence, also after a lead-in ("Căn cứ Kế hoạch …, các cơ quan, đơn vị, địa phương xây dựng Kế hoạch trong Quý
 * I/2026", "Quý I/2027, các cơ quan … đánh giá …") or a topic's label ("Thời hạn gửi hồ sơ: Các cơ quan, đơn vị gửi
 * hồ sơ về Sở Nội vụ trước ngày 20/01/2027"). Without a time it is no assignment: a part on awards or criteria says
 * what bodies may do ("… chủ động xây dựng tiêu chuẩn khen thưởng theo thẩm quyền"), a timetable says what they must do
 * by when. The staff as a whole and the bodies "được giao" elsewhere are no subject of a duty here.
 */
/** An item that is only a topic's label: "Thời gian gửi hồ sơ khen thưởng:". */
const LABEL_LINE = /^[^:;.()]{2,80}:$/u;
const TOPIC_LABEL = re("u")`^[${UPPER}][^:;.()]{2,80}?:\s+(?=[${LETTER}])`;

function subjectWithTime(text: string): { lead: string[]; partners: string[]; sentence: string } | undefined {
  const topic = TOPIC_LABEL.exec(text);
  // "Cải cách thủ tục hành chính: công chức Tư pháp - Hộ tịch rà soát …": the subject after a label may be in lower case.
  const sentence = topic ? capitalise(text.slice(topic[0].length)) : text;
  const start = agencyAt(sentence) ?? afterLeadIn(sentence);
  if (!start || start.duty === "" || REFERS_BACK.test(` ${start.agency}`) || isStaffGroup(start.agency)) return undefined;
  const own = sentence.split(SENTENCE_END)[0] ?? sentence;
  if (timesIn([own]).length === 0) return undefined;
  const lead = agencyList(start.agency);
  return lead.length > 0 ? { lead, partners: start.partners ?? partnersIn([start.duty]), sentence } : undefined;
}

/**
 * The last resort of a plan that gave no record at all (no assignment table, no "Chủ trì:" lines, no section headed
 * as assigning): the sections after the first (the purpose) whose agency items make two duties or more, each with the
 * section's heading. A plan assigns its work somewhere, and a heading nobody foresaw ("II. GIẢI PHÁP THỰC HIỆN" over
 * "1. Sở Nội vụ: chủ trì …") should not make it give none.
 */
export function extractUnheadedDuties(sections: SectionPart[]): { section: SectionPart; tasks: RawTask[] }[] {
  return sections
    .slice(1)
    .map((section) => ({ section, tasks: extractDuties({ units: section.units }) }))
    .filter((found) => found.tasks.length >= 2);
}

/**
 * Does this part assign its work by agency, whatever its heading ("II. NHIỆM VỤ" over "1. Ban Tổ chức Huyện ủy: chủ
 * trì …", "2. Văn phòng Huyện ủy: phối hợp …")? Its entries are its shallowest items (numbered, else lettered, else
 * bullets, else paragraphs); an entry is the body's when it starts with one, or when it is a group heading whose
 * lettered items do ("2. Nhiệm vụ cụ thể" over "a) Sở Nội vụ: …"). Two such entries, and at least half of them: a
 * list of work that merely mentions a body here and there ("1. Tăng cường tuyên truyền …; Sở Tư pháp …") is no
 * assignment by agency.
 */
export function assignsByAgency(units: Unit[]): boolean {
  const lines: Line[] = [];
  for (const unit of readableUnits(units)) {
    const line = lineOf(unit);
    if (CLOSING.test(line.text) || isSignature(line.text)) break;
    lines.push(line);
  }
  const depth = [1, 2, 3, 4, 6].find((level) => lines.some((line) => line.level === level));
  if (depth === undefined) return false;
  let entries = 0;
  let byBody = 0;
  lines.forEach((line, index) => {
    if (line.level !== depth) return;
    entries++;
    const next = lines.findIndex((other, at) => at > index && other.level <= depth);
    const inside = lines.slice(index + 1, next < 0 ? lines.length : next);
    if (bodyStarts(line.text) || (depth <= 2 && inside.some((sub) => sub.level === 3 && bodyStarts(sub.text)))) byBody++;
  });
  return byBody >= 2 && byBody * 2 >= entries;
}

function bodyStarts(text: string): boolean {
  const found = readAgencyStart(text);
  return found !== undefined && !REFERS_BACK.test(` ${found.agency}`) && !isStaffGroup(found.agency);
}

/**
 * A part's units as the duty reader reads them: no footnotes, no cells of layout tables (a signature block, a list of
 * dates) except those of a table that frames the part's duties, split lines joined, packed lines split.
 */
function readableUnits(units: Unit[]): Unit[] {
  const framing = framingTables(units);
  return joinSplitHeadings(joinContinuations(units.filter((u) => !u.footnote && (!u.inTable || framing.has(u.block)))).flatMap(lineParagraphs));
}

/**
 * The layout tables of a part that frame its duties: a box (one cell, or a column of cells) whose paragraphs hand work
 * to bodies, "1. **Sở Nội vụ**: chủ trì …", "2. **Sở Tài chính**: …". Two such paragraphs make the table the part's
 * text; a table with fewer holds no assignment of its own (its bodies are names in a list, a signature, a date).
 */
function framingTables(units: Unit[]): Set<number> {
  const duties = new Map<number, number>();
  for (const unit of units) {
    if (!unit.inTable || unit.footnote) continue;
    const line = lineOf(unit);
    if (line.level === 5) continue;
    const start = readAgencyStart(line.text);
    if (start && start.duty !== "" && !/^[;,.]?$/u.test(start.duty.trim())) duties.set(unit.block, (duties.get(unit.block) ?? 0) + 1);
  }
  return new Set([...duties].filter(([, count]) => count >= 2).map(([block]) => block));
}

interface Line {
  unit: Unit;
  /** 1: numbered, 2: sub-numbered ("3.4"), 3: lettered (or "1)" under "1."), 4: bullet, 5: "+" bullet, 6: paragraph. */
  level: number;
  number: string | null;
  /** A number closed by a parenthesis: "1)" or "(1)", not "1.". */
  paren?: boolean;
  /** A number in parentheses: "(1)". */
  enclosed?: boolean;
  /** The text without its number, letter or bullet. */
  text: string;
}

function lineOf(unit: Unit): Line {
  // cleanInline, not cleanText: the bullet is what tells a bullet from a paragraph here.
  const text = cleanInline(unit.text);
  const item = ITEM.exec(text);
  if (item) {
    const number = item[1] ?? item[2] ?? item[3] ?? item[4]!;
    const level = item[4] !== undefined ? 3 : number.includes(".") ? 2 : 1;
    // "1)" and "(1)" alike: under "1." items both number a body's parts.
    const paren = item[1] !== undefined || (item[2] !== undefined && /\)\s*$/u.test(text.slice(0, text.length - item[5]!.length)));
    return { unit, level, number, text: item[5]!.trim(), ...(paren ? { paren } : {}), ...(item[1] !== undefined ? { enclosed: true } : {}) };
  }
  const bullet = BULLET.exec(text);
  if (bullet) return { unit, level: bullet[1] === "+" ? 5 : 4, number: null, text: text.slice(bullet[0].length).trim() };
  return { unit, level: 6, number: null, text };
}

export interface AgencyStart {
  agency: string;
  /** The duty after the agency (its label's colon or its verb), "" for a heading that is only the agency. */
  duty: string;
  /** The whole sentence is the duty (a lead-in clause came before the subject). */
  keepWhole: boolean;
  /** Partners the label names in its brackets: "Sở Y tế (Sở Tài chính phối hợp):", "Công an tỉnh (phối hợp: Sở Tư pháp)". */
  partners?: string[];
}

/** The agency that starts `text` and the duty after it (see the module comment), or undefined. */
export function readAgencyStart(text: string): AgencyStart | undefined {
  return agencyAt(text) ?? afterLeadIn(text) ?? laterAssignment(text);
}

/** "Căn cứ Kế hoạch này, các sở, ngành …", "Về …: giao X …": the body after a lead-in clause of the same sentence. */
function afterLeadIn(text: string): AgencyStart | undefined {
  if (!LEAD_IN.test(text)) return undefined;
  const sentenceEnd = SENTENCE_END.exec(text)?.index ?? text.length;
  for (const end of text.slice(0, Math.min(240, sentenceEnd)).matchAll(LEAD_IN_END)) {
    const inner = agencyAt(text.slice((end.index ?? 0) + end[0].length));
    if (inner && inner.duty !== "") return { ...inner, duty: text, keepWhole: true };
  }
  return undefined;
}

/**
 * "Hằng năm trước mùa mưa bão, các hộ gia đình chủ động dự trữ … . Để bảo đảm hậu cần …, giao Công chức Tài chính -
 * Kế toán chủ trì …": a paragraph that opens on the matter itself and hands the work to a body by "giao" in a later
 * sentence is that body's duty, from that sentence on (the sentences before it stay in the section's text). Only
 * "giao", the issuer's own word for assigning: a later sentence that merely starts with a body is read where a duty
 * is already open (splitSubjects), not here.
 */
function laterAssignment(text: string): AgencyStart | undefined {
  // The matter a paragraph opens on is a sentence or two: only the first sentences are looked at (a bounded window,
  // so a long paragraph stays linear).
  const window = text.slice(0, 1200);
  const starts = Array.from(window.matchAll(SENTENCE_ENDS), (end) => (end.index ?? 0) + end[0].length).slice(0, 8);
  for (const [k, from] of starts.entries()) {
    if (!HANDS_TO.test(window.slice(from, starts[k + 1] ?? window.length))) continue;
    const rest = text.slice(from);
    const found = agencyAt(rest) ?? afterLeadIn(rest);
    if (found && found.duty !== "") return found.keepWhole ? { ...found, duty: rest } : found;
  }
  return undefined;
}

/**
 * "Đối với các cơ quan chủ trì thực hiện nội dung CCHC": a heading that names whom the duties below are for; with a
 * colon, the label of a duty ("Đối với các đơn vị được kiểm tra: chuẩn bị báo cáo …").
 */
const FOR_WHOM = /^(?:đối với|về phía)\s+/iu;

/** A body, its role after a dash and a comma or colon: "Sở Nội vụ - cơ quan thường trực, …", "… - đơn vị chủ trì: …". */
const ROLE_THEN_DUTY = re("u")`^([^,:;()]{2,160}?)\s+[-–]\s+(?:là\s+)?(?:đơn vị|cơ quan)\s+(?:thường trực|chủ trì|đầu mối|tham mưu)[^,:;.()]{0,80}[,:]\s+(?=[${LETTER}])`;

/**
 * A commune, ward or district named on its own ("Xã Tân Lập", "Phường Bắc Giang", "Phường 5"). Judgement: a province
 * or district plan assigns work to a named commune as a whole just as to "UBND xã Tân Lập" ("Các xã, phường:" is a
 * body already), so such a name is the body of a duty line, but only there: when the colon or a duty verb (not "là",
 * which describes the place) follows the name directly ("Xã Tân Lập: chủ trì …", "Phường 5 lập danh sách …").
 * Elsewhere a place name is no agency (normalize/agency.ts does not know it as one), so a sentence about a place
 * ("Xã Tân Lập có 12 thôn …") is never read as an assignment.
 */
const PLACE_TYPE = "Xã|Phường|Thị trấn|Đặc khu|Thị xã|Thành phố|Huyện|Quận";
const placeName = (types: string) => `(?:${types})\\s+(?:[${UPPER}][${LETTER}]*|\\d{1,2})(?:\\s+[${UPPER}][${LETTER}]*)*(?![${LETTER}${NUMBER}])`;
/**
 * Several places on one duty line ("Xã Đông Hòa, xã Đông Minh, thị trấn Rừng Thông: tổ chức …"), the later ones with
 * their type word in lower case as a sentence writes it: one duty, each place one lead (one agency per `lead` item).
 */
const PLACE_BODY = new RegExp(`^${placeName(PLACE_TYPE)}(?:\\s*(?:,|và)\\s+${placeName(`${PLACE_TYPE}|${PLACE_TYPE.toLocaleLowerCase("vi")}`)})*`, "u");
const PLACE_SEPARATOR = new RegExp(`\\s*(?:,|và)\\s+(?=(?:${PLACE_TYPE}|${PLACE_TYPE.toLocaleLowerCase("vi")})\\s+[${UPPER}${NUMBER}])`, "u");

/** "Xã Đông Hòa, xã Đông Minh, thị trấn Rừng Thông" → each place, its type word capitalised as a name's is. */
function splitPlaces(name: string): string[] {
  const whole = PLACE_BODY.exec(name);
  if (whole === null || whole[0] !== name) return [name];
  return name.split(PLACE_SEPARATOR).map(capitalise);
}

/**
 * The same name in capitals ("XÃ TÂN LẬP: chủ trì …", "PHƯỜNG 5: Lập danh sách …"). Capital lines are mostly headings,
 * so only a commune or ward (not a district or province, whose capital names head whole parts of a plan), only before
 * a colon, and only when a duty verb in ordinary case opens what follows: a heading goes on in capitals or names a
 * topic.
 */
const UPPER_PLACE_BODY = re("u")`^(?:XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+(?:[${UPPER}]+|\d{1,2})(?:\s+[${UPPER}]+)*(?=\s*:\s*(?<rest>[${LETTER}][^]*)$)`;

function upperPlaceAt(body: string): RegExpExecArray | null {
  const place = UPPER_PLACE_BODY.exec(body);
  const rest = place?.groups?.["rest"];
  if (place === null || rest === undefined) return null;
  const lowered = rest.charAt(0).toLocaleLowerCase("vi") + rest.slice(1);
  const verb = VERB_AT.exec(lowered);
  return verb !== null && verb.index === 0 && !IS_A.test(lowered) ? place : null;
}

function agencyAt(text: string): AgencyStart | undefined {
  const forWhom = FOR_WHOM.exec(text);
  if (forWhom) {
    const rest = text.slice(forWhom[0].length);
    const colon = colonOutsideParentheses(rest.slice(0, 200));
    const whom = capitalise((colon >= 0 ? rest.slice(0, colon) : rest).replace(/[\s:]+$/u, "").trim());
    if (whom.length > 160 || /[.;:]/.test(whom) || !startsWithAgency(whom)) return undefined;
    const duty = colon >= 0 ? rest.slice(colon + 1).trim() : "";
    return { agency: whom, duty: duty === "" ? "" : capitalise(duty), keepWhole: false };
  }
  const assigned = text.replace(ASSIGNING_WORD, "").trim();
  const person = personAt(assigned);
  if (person) return person;
  const honorific = HONORIFIC.exec(assigned);
  const onePerson = honorific !== null && honorific[1] === undefined;
  const body = withoutInsertedHow(addressee(capitalise(withoutHonorific(assigned))));
  const place = startsWithBody(body) ? null : (PLACE_BODY.exec(body) ?? upperPlaceAt(body) ?? staffGroupAt(body));
  if (!startsWithBody(body) && place === null) return undefined;
  // "Sở Nội vụ - cơ quan thường trực, giúp UBND tỉnh …": the duty starts after the body's role, whatever its verb.
  const role = ROLE_THEN_DUTY.exec(body);
  if (role && startsWithBody(role[1]!)) return { agency: role[1]!, duty: capitalise(body.slice(role[0].length).trim()), keepWhole: false };
  const window = body.slice(0, 320);
  const colon = colonOutsideParentheses(window);
  // A verb inside parentheses is no duty: "Sở Tài chính (cơ quan chủ trì)".
  const verbAt = dutyVerbAt(maskParentheses(window));
  let agency: string;
  let duty: string;
  // "Sở Nội vụ Chủ trì, phối hợp …": a body set in bold with no colon after it (the bold is lost in the text), its
  // duty opening on a capitalised verb that no body's name holds after its first word.
  const capital = CAPITAL_DUTY_VERB.exec(window);
  const capitalLabel =
    capital !== null &&
    (colon < 0 || (verbAt >= 0 && verbAt < colon)) &&
    !BARE_TYPE.test(body.slice(0, capital.index)) &&
    startsWithBody(body.slice(0, capital.index)) &&
    (verbAt < 0 || verbAt > capital.index);
  // "… và các phòng: Nội vụ, Tư pháp, …": a colon after a plural group lists its members, the name goes on.
  const listsMembers = colon >= 0 && re("u")`(?:các|những)\s+[${LETTER}]+\s*$`.test(body.slice(0, colon)) && verbAt > colon;
  const roles = colon >= 0 && verbAt >= 0 && verbAt < colon ? roleLabel(body.slice(0, colon)) : undefined;
  if (roles) return { agency: roles.lead.join("; "), duty: capitalise(body.slice(colon + 1).trim()), keepWhole: false, ...(roles.partners.length > 0 ? { partners: roles.partners } : {}) };
  // "BQL dự án đầu tư xây dựng huyện: …": a body named after its mission keeps its verbs up to the label's colon.
  const missionLabel = colon >= 0 && colon <= 160 && verbAt < colon && (MISSION_BODY.test(body) || UNIT_LABEL.test(body)) && !/[,;]|(?<![\p{L}])(?:chủ trì|phối hợp)(?![\p{L}])/u.test(body.slice(0, colon));
  if (capitalLabel) {
    agency = body.slice(0, capital.index);
    duty = body.slice(capital.index).trim();
  } else if (colon >= 0 && !listsMembers && (verbAt < 0 || colon < verbAt || missionLabel)) {
    agency = body.slice(0, colon);
    duty = body.slice(colon + 1).trim();
  } else if (verbAt >= 0) {
    agency = body.slice(0, verbAt);
    duty = body.slice(verbAt).trim();
  } else if (place === null && body.length <= 160 && !/[.;]$/.test(body)) {
    agency = body;
    duty = "";
  } else return undefined;
  if (place !== null && (agency.trimEnd() !== place[0] || (verbAt >= 0 && IS_A.test(duty)))) return undefined;
  // "… theo chức năng, nhiệm vụ chịu trách nhiệm …": what comes after "theo" is how, not who.
  agency = agency.split(/\s(?:theo|trong phạm vi|trên cơ sở)\s/u)[0] ?? agency;
  const bracketed = /\s*\(([^()]*)\)\s*$/u.exec(agency);
  const tagged = leadTags(agency);
  const partners = tagged ? tagged.partners : bracketed ? partnersInBrackets(bracketed[1]!) : [];
  if (tagged) agency = tagged.lead.join("; ");
  else if (bracketed && !LISTED_ELSEWHERE.test(bracketed[1]!.trim())) agency = agency.slice(0, bracketed.index);
  agency = officesOf(agency.replace(/[\s,:;.–-]+$/u, "").trim(), onePerson);
  // A name is short; a long "agency" is a sentence that happened to start with a type word. "Thành viên Tổ công tác
  // gồm:" introduces who the body is made of, not what it does.
  if (/\s(?:bao\s+)?gồm(?:\s+có)?$/u.test(agency)) return undefined;
  if (agency === "" || agency.length > 260 || agency.split(/\s+/).length > 50) return undefined;
  // "Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng và đề nghị Bộ tư lệnh Vùng Cảnh sát biển 3: Phối hợp
  // …": the label names two bodies that carry the duty after its colon, the one the issuer commands (through the force
  // it directs) and the one it asks.
  const alsoAsked = DIRECTS_AND_ASKS.exec(duty);
  if (alsoAsked && startsWithBody(capitalise(alsoAsked[1]!))) {
    agency = `${agency}; ${capitalise(alsoAsked[1]!)}`;
    duty = duty.slice(alsoAsked[0].length);
  }
  return { agency, duty: duty === "" ? "" : capitalise(duty), keepWhole: false, ...(partners.length > 0 ? { partners } : {}) };
}

const DIRECTS_AND_ASKS = /^chỉ đạo\s[^:;.()]{2,120}?\s+và\s+đề nghị\s+([^:;.()]{2,120}?)\s*:\s*(?=\S)/iu;

/**
 * "Các cơ quan, đơn vị (có tên tại Phụ lục kèm theo)": the brackets say which bodies of the group are meant, so they
 * stay with the name (other brackets after a body give its role or partners, read apart).
 */
const LISTED_ELSEWHERE = /^(?:có tên|theo danh sách|được nêu|được liệt kê|nêu)(?:\s|$)[^()]{0,80}$|^(?:tại|theo)\s+(?:phụ lục|danh sách)(?:\s|$)[^()]{0,80}$/iu;

/**
 * Surnames that start a person's name written after an office ("Phó Hiệu trưởng Nguyễn Thị Mai", "Phó Giám đốc Sở
 * Trần Quốc Toản"): the name is a person's, not part of the office's.
 */
const SURNAME = "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đào|Lương|Trịnh|Mai|Cao|Lâm|Tạ|Hà|Chu|Kiều|Quách|Thái|Tô|Vương|Lưu|Triệu|Phùng|Tăng|Lại|Nông|Lò|Vi|Lục|Hứa|Mạc|Nghiêm|Từ|Tống|Trương|Châu|Đàm|Khuất|Ninh|Thân|Khúc|Doãn|Giáp|Hầu|Lã";
const PERSON_AFTER_OFFICE = re("u")`^(.*?[${LETTER}.])\s+(?:(?:ông|bà)\s+[${UPPER}][${LOWER}]*(?:\s+[${UPPER}][${LOWER}]*){1,4}|(?!Hồ Chí Minh$)(?:${SURNAME})(?:\s+[${UPPER}][${LOWER}]*){2,3})$`;
const TITLED_PERSON = re("u")`^(?:ông|bà)\s+[${UPPER}][${LOWER}]*(?:\s+[${UPPER}][${LOWER}]*){1,4}$`;
/**
 * The words before a name that make it a place's, a school's or an institution's own, not a person's: "phường Lê Lợi",
 * "THCS Lê Quý Đôn", "Bệnh viện Phạm Ngọc Thạch", "Bảo tàng Hồ Chí Minh".
 */
const PLACE_OR_SCHOOL_END = re("iu")`(?:^|\s)(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu|trường|TH|THCS|THPT|MN|PTDTNT|PTDTBT|học|non|giáo|cơ sở|phổ thông|viện|bảo tàng|công ty)$`;

/** An office without the name of the person who holds it after it; an office alone stays as it is. */
function withoutPersonName(office: string): string {
  const named = PERSON_AFTER_OFFICE.exec(office);
  if (!named) return office;
  const before = named[1]!;
  // After a place's type word a name may be the place's own ("phường Lê Lợi", "phường Lương Văn Tri"): only "ông",
  // "bà" tell a person's name there ("Chủ tịch UBND xã ông Nguyễn Văn An").
  const titled = /^(?:ông|bà)\s/u.test(office.slice(before.length).trim());
  if (!titled && PLACE_OR_SCHOOL_END.test(before)) return office;
  return startsWithHeadOfBody(before) || STAFF_POST_AT.test(before) ? before : office;
}

/**
 * The offices of one person ("Đồng chí Hoàng Thị Lan, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo chuyển đổi số xã",
 * "Phó Giám đốc Sở Trần Quốc Toản, Trưởng Đoàn kiểm tra"): one lead, the offices joined by a dash as plans write one
 * person's offices ("Chủ tịch UBND xã - Trưởng Ban Chỉ đạo"), since a comma would make them two bodies. One person when
 * the honorific is singular ("Đồng chí", not "Các đồng chí") or a person's name stands between the offices; each
 * part must be an office. Elsewhere the names after offices are dropped and the list is left as written.
 */
function officesOf(agency: string, onePerson: boolean): string {
  const all = agency.split(/\s*,\s*/u);
  // "Phó Chủ tịch UBND xã, ông Trần Đức Long": the holder's name after a comma.
  const parts = all.filter((part) => !TITLED_PERSON.test(part));
  if (parts.length === 0) return agency;
  const titled = parts.length < all.length;
  const offices = parts.map(withoutPersonName);
  const named = offices.some((office, k) => office !== parts[k]);
  if (parts.length > 1 && (onePerson || titled || named) && parts.every((part) => startsWithHeadOfBody(part) || STAFF_POST_AT.test(part))) return offices.join(" - ");
  if (parts.length === 1) return offices[0]!;
  return parts.length === all.length ? agency : parts.join(", ");
}

/**
 * "Các Phó Chủ tịch UBND tỉnh, theo lĩnh vực được phân công phụ trách, chỉ đạo …": a clause between commas after the
 * body says how, as "… theo chức năng, nhiệm vụ chịu trách nhiệm …" does without them; it is no part of the body or
 * the duty, and the verb after it opens the duty (a verb after a comma otherwise goes on a list of subjects).
 */
const INSERTED_HOW = re("u")`^([^,:;()]{2,160}?),\s+(?:theo|trong phạm vi|căn cứ)\s[^,:;.()]{2,160}?,\s+(?=[${LOWER}])`;

function withoutInsertedHow(body: string): string {
  const inserted = INSERTED_HOW.exec(body);
  if (!inserted || !startsWithBody(inserted[1]!) || dutyVerbAt(inserted[1]!) >= 0) return body;
  const rest = body.slice(inserted[0].length);
  return VERB_AT.exec(rest)?.index === 0 ? `${inserted[1]!} ${rest}` : body;
}

/**
 * A duty handed to a person: "Đồng chí Phó Chủ tịch UBND tỉnh …", "Giao đồng chí Lê Thị Hương, Phó Bí thư Thường trực
 * Đảng ủy phường …", "Đ/c Chánh Văn phòng …", "Các đồng chí Ủy viên Ban Thường vụ …". Judgement (CONTRACT.md: `lead` is
 * the body, "Giao", "Đề nghị" and the like dropped): the honorific is dropped like them, and a person's name before
 * the office is dropped too, so that the lead is the office the person holds ("Phó Bí thư Thường trực Đảng ủy phường"),
 * as plans name offices everywhere else ("Chánh Thanh tra Sở", "Chủ tịch UBND các xã"). A name with no office after it
 * is the lead as written (`personAt`).
 */
const HONORIFIC = re("iu")`^(?:(các)\s+)?(?:đồng chí|đ\s*/\s*c\.?)\s+`;
const PERSON_NAME = re("u")`^[${UPPER}][${LOWER}]*(?:\s+[${UPPER}][${LOWER}]*){1,5}\s*(?:,|[-–])\s*`;

const PERSON_NAME_ALONE = re("u")`^[${UPPER}][${LOWER}]*(?:\s+[${UPPER}][${LOWER}]*){1,5}(?![${LETTER}])`;

/**
 * "Giao đồng chí Trần Thị Bích chủ trì …": a person named with no office; the name is the lead (as written), since the
 * plan gives nothing else to name who does the work.
 */
function personAt(text: string): AgencyStart | undefined {
  const honorific = HONORIFIC.exec(text);
  if (!honorific || honorific[1] !== undefined) return undefined;
  const rest = text.slice(honorific[0].length);
  const name = PERSON_NAME_ALONE.exec(rest);
  if (!name) return undefined;
  const after = rest.slice(name[0].length).replace(/^\s*:?\s*/u, "");
  if (after === "" || startsWithBody(capitalise(rest))) return undefined;
  const opens = rest.slice(name[0].length).trimStart().startsWith(":") || VERB_AT.exec(after)?.index === 0;
  return opens ? { agency: name[0].trim(), duty: capitalise(after), keepWhole: false } : undefined;
}

function withoutHonorific(text: string): string {
  const honorific = HONORIFIC.exec(text);
  if (!honorific) return text;
  let rest = text.slice(honorific[0].length);
  const name = PERSON_NAME.exec(rest);
  if (name && startsWithBody(capitalise(rest.slice(name[0].length)))) rest = rest.slice(name[0].length);
  return honorific[1] !== undefined ? `${honorific[1]} ${rest}` : capitalise(rest);
}

/**
 * A label that names bodies with their roles before its colon: "Sở Y tế chủ trì, Sở Tài chính phối hợp:", "Sở Tư
 * pháp, Văn phòng UBND tỉnh - chủ trì:", "Sở A, Sở B đồng chủ trì:". The bodies given "chủ trì" lead, the others
 * are partners; the duty is what follows the colon. Anything but bodies and roles before the colon ("Sở Nội vụ chủ
 * trì tổ chức hội nghị: …") makes it no such label.
 */
function roleLabel(label: string): { lead: string[]; partners: string[] } | undefined {
  // "Sở Tài chính chủ trì, phối hợp (với) các sở, ban, ngành:" is a role line over its duties (buildTask reads it).
  if (label.length > 240 || re("u")`phối hợp\s+(?:với\s+)?(?:[${UPPER}]|các\s)`.test(label)) return undefined;
  const cell = readAgencyCell([label]);
  const dashRole = /\s[-–]\s*(?:(?:đồng|cùng)\s+)?chủ trì$/iu.test(label.trim());
  if (cell.activities.length > 0 || (cell.items.length < 2 && !dashRole)) return undefined;
  if (!cell.items.some((item) => item.role === "lead") || !cell.items.every((item) => startsWithBody(capitalise(item.name)))) return undefined;
  return {
    lead: cell.items.filter((item) => item.role === "lead").map((item) => item.name),
    partners: cell.items.filter((item) => item.role !== "lead").map((item) => item.name),
  };
}

/**
 * Bodies named after their mission ("BQL dự án đầu tư xây dựng huyện", "Ban Chỉ đạo thực hiện Đề án 06", "Tổ công tác
 * triển khai …"): the verbs of their names are no duty, where a label's colon ends the name.
 */
const MISSION_BODY = re("iu")`^(?:ban quản lý|bql|ban chỉ đạo|bcđ|ban điều hành|hội đồng|tổ công tác|tổ giúp việc)(?![${LETTER}])`;

/** "(Sở Tài chính phối hợp)", "(PNV, Sở Tư pháp cùng phối hợp)", "(phối hợp: Sở Tư pháp)", "(đơn vị phối hợp: …)". */
const PARTNERS_BEFORE_ROLE = re("u")`^([^:;]{2,160}?)\s+(?:cùng\s+)?phối hợp$`;
const ROLE_BEFORE_PARTNERS = re("iu")`^(?:(?:cơ quan|đơn vị)\s+)?phối hợp(?:\s*:\s*|\s+với\s+|\s+)(?=[${UPPER}]|(?:các|những)\s)`;

/**
 * "(chủ trì)" after a body of a label's list: it tags that body, first or last ("Sở A, Sở B (chủ trì):");
 * "(đồng chủ trì)", "(cùng chủ trì)" says the bodies before it lead together ("Sở A, Sở B (đồng chủ trì):").
 */
const LEAD_TAGS_IN_LIST = /\s*\((?:(?:cơ quan|đơn vị)\s+)?(?:(đồng|cùng)\s+)?chủ trì\)/giu;

/**
 * The leads a label's tags mark (each tagged body; for a joint lead also the untagged bodies between it and the tag
 * before) and the other bodies of its list, its partners. Undefined when no body is tagged.
 */
function leadTags(agency: string): { lead: string[]; partners: string[] } | undefined {
  const lead: string[] = [];
  const partners: string[] = [];
  let from = 0;
  for (const tag of agency.matchAll(LEAD_TAGS_IN_LIST)) {
    const names = agencyList(agency.slice(from, tag.index).replace(/^[\s,;]+/u, ""));
    if (names.length === 0) continue;
    lead.push(...(tag[1] !== undefined ? names : names.slice(-1)));
    if (tag[1] === undefined) partners.push(...names.slice(0, -1));
    from = tag.index + tag[0].length;
  }
  if (lead.length === 0) return undefined;
  partners.push(...agencyList(agency.slice(from).replace(/^[\s,;]+/u, "")));
  return { lead, partners };
}

/** The partners a label's brackets name, or none when the brackets say something else ("(cơ quan thường trực)"). */
function partnersInBrackets(inner: string): string[] {
  const text = inner.trim();
  const before = PARTNERS_BEFORE_ROLE.exec(text);
  const after = before ? null : ROLE_BEFORE_PARTNERS.exec(text);
  const named = before ? before[1]! : after ? text.slice(after[0].length) : "";
  if (named === "" || !startsWithAgency(capitalise(named))) return [];
  return agencyList(capitalise(named));
}

/**
 * "UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện …", "Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì …": the issuer
 * demands, the body after its verb does the work.
 */
const DEMAND = re("u")`^([^.;:()]{2,80}?)\s(?:yêu cầu|giao(?:\s+cho)?|đề nghị)\s+(?=[${LETTER}])`;

function addressee(text: string): string {
  const demand = DEMAND.exec(text);
  if (!demand || !startsWithBody(demand[1]!) || dutyVerbAt(demand[1]!) >= 0) return text;
  const rest = capitalise(text.slice(demand[0].length));
  return startsWithBody(rest) ? rest : text;
}

function maskParentheses(text: string): string {
  let depth = 0;
  let out = "";
  for (const char of text) {
    if (char === "(") depth++;
    out += depth > 0 ? "_" : char;
    if (char === ")") depth = Math.max(0, depth - 1);
  }
  return out;
}

function colonOutsideParentheses(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    else if (char === ":" && depth === 0) return i;
  }
  return -1;
}

interface Duty {
  line: Line;
  start: AgencyStart;
  parent: string | null;
  /** The open duty this one is nested in (its `parent` is that duty's line). */
  within?: Duty;
  content: Line[];
  /** Its fields written as assignment labels ("Đơn vị thực hiện:", "Thời gian:") or in parentheses at its end. */
  labels?: Assignment;
}

/**
 * An intro that says nothing of its own: "có trách nhiệm:", "thực hiện các nhiệm vụ sau:", also after the body's role
 * ("là cơ quan thường trực, có trách nhiệm:"): its bullets are the duty.
 */
const EMPTY_INTRO = /^(?:là\s+(?:cơ quan|đơn vị)\s+(?:thường trực|đầu mối|chủ trì)[^,:;.]{0,80},\s*)?(?:có trách nhiệm|có nhiệm vụ|thực hiện(?: các| một số)?(?: nhiệm vụ)?(?: sau| cụ thể)?(?: như sau)?|như sau|gồm)\s*:?$/iu;

/**
 * A line of roles only, before the duties of its body: "chủ trì, phối hợp (với) các sở, ban, ngành", "phối hợp với Công
 * an tỉnh", with at most "thực hiện (các nhiệm vụ sau)" after the partners. A line that names work after them ("chủ
 * trì, phối hợp với Sở Tư pháp tổ chức hội nghị, gồm:") is a duty of its own.
 */
const ROLE_LINE = /^(?:(?:(?:đồng|cùng)\s+)?chủ trì\s*(?:,|và)?\s*)?(?:cùng\s+)?phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+(.+?)(?:\s+(?:thực hiện|triển khai)(?:\s+(?:các|một số|những))?(?:\s+nhiệm vụ)?(?:\s+(?:sau(?:\s+đây)?|cụ thể|như sau))*)?$/iu;

function isRoleLine(text: string): boolean {
  const roles = text.length > 160 ? null : ROLE_LINE.exec(text);
  if (!roles) return false;
  const partners = capitalise(roles[1]!);
  return startsWithAgency(partners) && dutyVerbAt(partners) < 0;
}

function buildTask(duty: Duty): RawTask {
  const paragraphs: string[] = [];
  /** A bullet ending in ":" opens a list: the bullets after it, up to the one that does not end in ";", are its parts. */
  let listOpen = false;
  /** The level of the line that opened the last paragraph. */
  let openedBy = 0;
  for (const line of duty.content) {
    const text = line.level !== 3 ? line.text : line.enclosed ? `(${line.number}) ${line.text}` : `${line.number}) ${line.text}`;
    // "+" sub-bullets are parts of the activity above them; so are the parts of a list a bullet opened, in formats
    // that lose the sub-bullets' own marker (Markdown, a scan). Under a body written as a bullet ("- Công an tỉnh:")
    // its "+" bullets are its own duties, and so they are where they are the item's only bullets ("1. Văn phòng … có
    // trách nhiệm:" over "+ Tham mưu …", "+ Tổng hợp …"): a "+" after a "+" is its sibling.
    const subBullet = line.level === 5 && duty.line.level !== 4 && openedBy !== 5;
    // Each part is an activity of its own (contract: each further bullet of the item), after the line that opened
    // the list ("Theo dõi việc kê khai …:", "Hướng dẫn …;", "Xác minh …").
    if ((subBullet || (listOpen && line.level === 4)) && paragraphs.length > 0) {
      if (line.text !== "") paragraphs.push(line.text);
      // Parts that keep their "+" say themselves where the list ends: a "-" after them is an activity of its own.
      listOpen = line.level === 4 && /;$/u.test(line.text);
    } else if (text !== "") {
      paragraphs.push(text);
      openedBy = line.level;
      listOpen = line.level === 4 && /:$/u.test(line.text);
    }
  }
  // "(1) Chủ trì …; (2) Tuyên bố …; (3) …" on the item's own line: the first part is the task, the others activities.
  const [ownDuty, ...ownParts] = splitPartMarkers(duty.start.duty);
  paragraphs.unshift(...ownParts);
  let task = stripPartMarker(ownDuty ?? "");
  const own = task.replace(/:$/, "").trim();
  let roleLine: string | undefined;
  if ((task === "" || EMPTY_INTRO.test(task)) && paragraphs.length > 0) {
    task = stripPartMarker(stripLetter(paragraphs.shift()!));
    // "2. Sở Khoa học và Công nghệ, Sở Nội vụ" / "Sở Khoa học và Công nghệ chủ trì, …": the heading named the body.
    const subject = agencyAt(task);
    if (subject && subject.duty !== "" && namedIn(subject.agency, duty.start.agency)) task = subject.duty;
  } else if (task.endsWith(":") && paragraphs.length > 0 && isRoleLine(own)) {
    // "Sở Tài chính chủ trì, phối hợp các sở, ban, ngành:" over its duties: the line says who leads and who helps in
    // every duty below it (the item's lead and partners), and its first duty is the task.
    roleLine = own;
    task = stripPartMarker(stripLetter(paragraphs.shift()!));
  }
  // The plan's closing mark stays with the plan, not with its last duty.
  task = task.replace(TEXT_END, ".");
  const texts = [task, ...paragraphs];
  // Fields the plan wrote as labels say who and when in so many words: they come before what the sentences imply.
  const labels = duty.labels;
  const labelLead = labels ? (labels.lead.length > 0 ? labels.lead : labels.executing).flatMap(agencyList) : [];
  const labelPartners = labels ? [...(labels.lead.length > 0 ? labels.executing : []), ...labels.partners].flatMap(agencyList) : [];
  const partners = [...labelPartners];
  for (const name of [...(duty.start.partners ?? []), ...partnersIn(roleLine === undefined ? texts : [roleLine, ...texts])]) if (!partners.some((known) => agencyKey(known) === agencyKey(name))) partners.push(name);
  return {
    origin: "inline",
    areaLabel: null,
    subArea: null,
    objective: null,
    number: duty.line.number,
    task: task === "" ? duty.start.agency : task,
    parent: duty.parent,
    activities: paragraphs,
    products: labels?.products ?? [],
    lead: labelLead.length > 0 ? labelLead : leadOf(duty.start.agency, partners),
    partners,
    deadline: labels && labels.deadline.length > 0 ? labels.deadline : timesIn(texts),
    budget: labels && labels.budget.length > 0 ? labels.budget.join("; ") : null,
    extra: {},
    position: duty.line.unit.position as Position,
  };
}

/**
 * The item's agencies, one each. A body the item itself names as a partner is no lead of it: "2. Sở Khoa học và
 * Công nghệ, Sở Nội vụ" over "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ …" leads with the first
 * (the contract's rule for a cell naming both: the text says which is which).
 */
function leadOf(agency: string, partners: string[]): string[] {
  const named = agencyList(agency);
  const partnerKeys = new Set(partners.map(agencyKey));
  const leading = named.filter((name) => !partnerKeys.has(agencyKey(name)));
  return leading.length > 0 ? leading : named;
}

function agencyKey(name: string): string {
  return name.toLocaleLowerCase("vi").replace(/\s+/gu, " ").trim();
}

/**
 * The agencies of a name list, split at commas, semicolons and "và" by the one rule for agency lists
 * (normalize/agency.ts `splitAgencies`): "Sở Tài chính và Ủy ban nhân dân các xã" is two bodies, "Sở Nông nghiệp và
 * Môi trường" and "Văn phòng HĐND và UBND huyện" one. An appositive role after a dash is not part of the name
 * ("Phòng 5 - đơn vị thường trực …").
 */
export function agencyList(text: string): string[] {
  const out: string[] = [];
  if (isStaffGroup(text.replace(/[\s,;:.…]+$/u, "").trim())) return [text.replace(/[\s,;:.…]+$/u, "").trim()];
  for (const name of splitAgencies(splitTogether(text)).value.flatMap(splitUnitCodes).flatMap(splitPlaces)) {
    for (const part of expandMembers(name)) {
      const cleaned = part.replace(APPOSITIVE, "").replace(/[\s,;:.…]+$/u, "").trim();
      if (cleaned !== "" && !out.some((known) => agencyKey(known) === agencyKey(cleaned))) out.push(cleaned);
    }
  }
  return out;
}

/**
 * "Sở Giáo dục và Đào tạo cùng Sở Nội vụ tổ chức …": two bodies doing the work together, each a lead, as "và" joins
 * them; "cùng" before a word that names no body ("cùng cấp", "cùng các đơn vị liên quan" is a group) is left alone.
 */
function splitTogether(text: string): string[] {
  const parts = text.split(re("u")`\s+cùng(?:\s+với)?\s+(?=[${UPPER}])`);
  return parts.length > 1 && parts.every((part) => startsWithBody(part)) ? parts : [text];
}

/** Units named by their codes ("H01, V01"), as security and ministry plans write them: one each. */
function splitUnitCodes(name: string): string[] {
  return re("u")`^[${UPPER}]{1,3}\d{1,3}(?:\s*(?:,|và)\s*[${UPPER}]{1,3}\d{1,3})+$`.test(name) ? name.split(/\s*(?:,|và)\s*/u) : [name];
}

/** "các phòng: Nội vụ, Tư pháp, Văn hóa – Thông tin" names its members: "Phòng Nội vụ", "Phòng Tư pháp", … */
function expandMembers(name: string): string[] {
  const list = /^(?:các|những)\s+(phòng|sở|ban|ngành|cơ quan|đơn vị)\s*:\s*(.+)$/iu.exec(name);
  if (!list) return [name];
  const type = capitalise(list[1]!.toLocaleLowerCase("vi"));
  return list[2]!
    .split(/\s*[,;]\s*/u)
    .map((member) => member.replace(/[.…\s]+$/u, "").trim())
    .filter((member) => member !== "")
    .map((member) => `${type} ${member}`);
}

const APPOSITIVE = /\s+[-–]\s+(?:là\s|(?:đơn vị|cơ quan)\s+(?:thường trực|chủ trì|đầu mối|tham mưu))[^]*$/iu;

/** Is `inner` one of the bodies `outer` names (or `outer` itself)? "UBND các xã" is in "Các sở, ngành, UBND các xã". */
function namedIn(inner: string, outer: string): boolean {
  const key = agencyKey(inner);
  return agencyKey(outer).includes(key) || agencyList(outer).some((name) => agencyKey(name) === key);
}

/**
 * A sentence of an item's own duty that starts with another body as its subject is that body's duty: "5. Các bộ,
 * ngành gửi báo cáo … trước ngày 15 tháng 12. Bộ Khoa học và Công nghệ tổng hợp …, báo cáo Thủ tướng Chính phủ trước
 * ngày 30 tháng 01 của năm tiếp theo." is two duties with the item's number.
 */
function splitSubjects(duty: Duty): Duty[] {
  if (duty.start.duty === "" || duty.start.keepWhole || duty.labels) return [duty];
  const sentences = duty.start.duty.split(SENTENCE_BREAK);
  const out: Duty[] = [{ ...duty, start: { ...duty.start, duty: sentences[0]! } }];
  for (const sentence of sentences.slice(1)) {
    const current = out[out.length - 1]!;
    const start = re("u")`^[${UPPER}]`.test(sentence) ? agencyAt(sentence) : undefined;
    // "Giao Sở Công Thương chủ trì; Sở Xây dựng phối hợp thực hiện …": the clause after ";" names the partner of
    // the same duty, not a duty of its own.
    if (start && PARTNER_CLAUSE.test(start.duty) && /;$/u.test(current.start.duty) && LEADS.test(current.start.duty)) {
      const partners = [...(current.start.partners ?? []), ...agencyList(start.agency)];
      current.start = { ...current.start, duty: `${current.start.duty} ${sentence}`, partners };
      continue;
    }
    if (start && start.duty !== "" && !sentence.slice(0, start.agency.length + 2).includes(":") && !namedIn(start.agency, duty.start.agency)) {
      out.push({ ...duty, start, content: [] });
    } else current.start = { ...current.start, duty: `${current.start.duty} ${sentence}` };
  }
  // The item's further lines stay with its first body. A duty cut off at ";" ends as a sentence.
  out[0]!.content = duty.content;
  if (out.length > 1) for (const part of out) part.start = { ...part.start, duty: part.start.duty.replace(/;$/u, ".") };
  return out;
}

/** A clause whose body only works with the lead: "Sở Xây dựng phối hợp (thực hiện) …", "… cùng phối hợp". */
const PARTNER_CLAUSE = re("iu")`^(?:cùng\s+)?phối hợp(?![${LETTER}])(?!\s+(?:với|cùng)\s)`;
/** A duty that names its lead's role: "… chủ trì;". */
const LEADS = re("iu")`(?<![${LETTER}])chủ trì(?![${LETTER}])`;

function stripLetter(text: string): string {
  return capitalise(text.replace(/^(?:[a-zđ]|\d{1,2}|\(\d{1,2})\)\s*/u, ""));
}

/**
 * A duty's numbered parts written in one paragraph: "(1) …; (2) …", "1) …; 2) …". OCR misreads the markers: "(0)",
 * "()", "®)", "®", "Ø", "!", a lone "O"; such a glyph counts only where a part starts (after ";", ":" or ".", before
 * a capital) and only when the paragraph opens with a marker of its own.
 */
const PART_MARKER = re("gu")`(?:^|(?<=[;:.])\s*)(?:\(\s*\d{0,2}\s*\)|\d{1,2}\)|[®©Øø@]\)?|[!O0]\)?(?=\s))\s*(?=[${UPPER}])`;

function splitPartMarkers(text: string): string[] {
  const markers = [...text.matchAll(PART_MARKER)];
  if (markers.length < 2 || markers[0]!.index !== 0) return [text];
  const parts: string[] = [];
  markers.forEach((marker, k) => {
    const from = (marker.index ?? 0) + marker[0].length;
    const to = markers[k + 1]?.index ?? text.length;
    const part = text.slice(from, to).replace(/[\s;:]+$/u, "").trim();
    if (part !== "") parts.push(capitalise(part));
  });
  return parts;
}

/** "(1) Chủ trì …": a duty's own numbered part keeps its text, not its marker (OCR reads "(1)" as "(0)" or "()"). */
function stripPartMarker(text: string): string {
  return capitalise(text.replace(/^\(\s*\d{0,2}\s*\)\s*/u, ""));
}

/**
 * Where a named group of partners ends: after "(có) liên quan" ("các sở, ngành, đơn vị có liên quan thu thập …"), and
 * at "có" that is not "có liên quan" ("các cơ quan liên quan có giải pháp …").
 */
const PARTNER_END = re("u")`(?<=\sliên quan)(?=\s(?!và\s|,))|\scó(?!\s+liên quan)(?![${LETTER}])`;

/**
 * A partner's name ends at its level word when a word of the duty follows ("phối hợp với BQL dự án huyện giải phóng
 * mặt bằng"): a name goes on after its level only with a place's capital, a list ("và", a comma) or a qualifier of
 * the group ("các", "cấp", "có liên quan", "thuộc", "trên địa bàn"). "xã hội" is no level ("các tổ chức chính trị - xã
 * hội xã giám sát …" ends at the last "xã").
 */
const AFTER_LEVEL = re("u")`(?<=\s(?:tỉnh|huyện|xã(?!\shội)|phường|quận|thị xã|thị trấn|thành phố|đặc khu))(?=\s(?!(?:và|hoặc|các|cấp|có|liên quan|thuộc|trực thuộc|trên|nơi|đóng|cùng)(?![${LETTER}]))[${LOWER}])`;

/** Partners named by unit codes ("phối hợp với V01, H01 chuẩn bị …"): the codes and nothing after them. */
const UNIT_CODES = re("u")`^[${UPPER}]{1,3}\d{1,3}(?:\s*(?:,|và)\s*[${UPPER}]{1,3}\d{1,3})*(?![${LETTER}${NUMBER}])`;

/** Agencies after "phối hợp (với)", each phrase up to the next verb or clause end, when it names an agency. */
export function partnersIn(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(PARTNER_PHRASE)) {
      const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 240);
      const clause = after.split(CLAUSE_END)[0] ?? "";
      const verbAt = dutyVerbAt(clause);
      let phrase = verbAt > 0 ? clause.slice(0, verbAt) : clause;
      // A verb after a comma that no list of bodies holds ("…, tổ chức chính trị - xã hội" is one) opens the next clause.
      const nextClause = CLAUSE_VERB.exec(phrase);
      if (nextClause) phrase = phrase.slice(0, nextClause.index);
      // Codes followed by a named body ("V01, Văn phòng Chính phủ và …") go on with the names.
      const codes = UNIT_CODES.exec(phrase);
      const namesAfter = codes ? /^\s*(?:,|và)\s*(.*)$/u.exec(phrase.slice(codes[0].length)) : null;
      if (codes && !(namesAfter && startsWithBody(capitalise(namesAfter[1]!)))) phrase = codes[0];
      for (const end of [PURPOSE, PARTNER_END, AFTER_LEVEL]) {
        const found = end.exec(phrase);
        if (found) phrase = phrase.slice(0, found.index);
      }
      phrase = phrase.replace(/[\s,]+$/u, "").trim();
      if (phrase === "" || !startsWithBody(capitalise(phrase)) || phrase.length > 160) continue;
      for (const name of agencyList(phrase)) if (!out.some((known) => agencyKey(known) === agencyKey(name))) out.push(name);
    }
  }
  // "các cơ quan, đơn vị" beside "các cơ quan, đơn vị liên quan" is one group named twice.
  const keys = new Set(out.map(agencyKey));
  return out.filter((name) => !keys.has(`${agencyKey(name)} liên quan`) && !keys.has(`${agencyKey(name)} có liên quan`));
}

/**
 * The time phrases of the item's text (TIME_PHRASE), each an item of the deadline. A cadence and a deadline of the
 * same sentence are one time ("Định kỳ hằng năm gửi báo cáo … trước ngày 15 tháng 12" is every year by 15 December),
 * so they are joined into one item.
 */
/**
 * "…; thực hiện thường xuyên.", "(được) triển khai thường xuyên": a clause of its own that says the work goes on all
 * the time, the duty's time as "Thời gian: thường xuyên" is (not "tuyên truyền thường xuyên …", how it is done).
 */
const DONE_BEFORE = /(?:^|[.;:,]\s*)(?:được\s+)?(?:thực hiện|tiến hành|triển khai)\s+$/iu;
function doneContinually(before: string, after: string): boolean {
  return DONE_BEFORE.test(before.slice(-60)) && /^\s*(?:[.;,]|$)/u.test(after);
}

/**
 * A target the duty strives for: "phấn đấu" (or "mục tiêu") and, after it in the sentence, a share or a floor ("ít
 * nhất 20% xã …", "100% hồ sơ", "tối thiểu 05 mô hình"). The times after it say when the target is met or measured
 * ("… ngay trong năm 2025 và xây dựng lộ trình thực hiện hằng năm đảm bảo đến năm 2030, ít nhất 50% …"), not when
 * the duty is done; a deadline there ("phấn đấu hoàn thành 100% … trước ngày 30/11/2026") is still the duty's.
 */
const TARGET_OPENER = re("iu")`(?<![${LETTER}])(?:phấn đấu|mục tiêu)(?![${LETTER}])`;
const TARGET_MEASURE = re("iu")`\d(?:[.,]\d+)?\s*%|(?<![${LETTER}])(?:ít nhất|tối thiểu|không dưới|không ít hơn)\s+\d`;
const DEADLINE_PHRASE = /^(?:chậm nhất|trước|hạn chót|hoàn thành|xong)(?:\s|$)/iu;

/** Where the target clause of a sentence starts (TARGET_OPENER with a measure after it), or the sentence's length. */
function targetStart(sentence: string): number {
  const opener = TARGET_OPENER.exec(sentence);
  if (opener === null) return sentence.length;
  return TARGET_MEASURE.test(sentence.slice(opener.index)) ? opener.index : sentence.length;
}

export function timesIn(texts: string[]): string[] {
  const out: string[] = [];
  const known = new Set<string>();
  for (const text of texts) {
    for (const sentence of text.split(ANY_SENTENCE_BREAK)) {
      const phrases: string[] = [];
      const seen = new Set<string>();
      // Brackets open before the current match, counted as the matches go (never by re-reading the sentence's head:
      // a sentence of thousands of time phrases must be read once).
      let depth = 0;
      let counted = 0;
      const target = targetStart(sentence);
      for (const match of timePhrasesIn(sentence)) {
        if (match.index > target && !DEADLINE_PHRASE.test(match.text)) continue;
        for (; counted < match.index; counted++) {
          const char = sentence[counted];
          if (char === "(") depth++;
          else if (char === ")") depth--;
        }
        // Only the end of the text before the match decides anything below: a bounded window keeps each test short.
        const before = sentence.slice(Math.max(0, match.index - 240), match.index);
        if (AFTER_SYMBOL.test(before.slice(-40))) continue;
        // "Thường xuyên" is a time only where it opens a clause ("Thường xuyên cập nhật …"): after a word it says how
        // ("tuyên truyền thường xuyên") or what kind ("kinh phí chi thường xuyên"). "Hằng/hàng/mỗi tháng, quý, năm"
        // says when wherever it stands ("Báo cáo kết quả hằng năm", "phát sóng mỗi tháng 02 chuyên mục"), except in
        // a clause about money (the yearly budget) or one citing another document's schedule ("theo Kế hoạch …
        // hằng năm"), whose cadence is not the duty's.
        const opensClause = match.index === 0 || /[.;:]\s*$/u.test(before);
        if (BARE_CADENCE.test(match.text) && !opensClause) {
          if (/^thường xuyên/iu.test(match.text) && !doneContinually(before, sentence.slice(match.index + match.text.length))) continue;
          const clause = before.slice(Math.max(0, before.length - 200)).split(/[,;:.]/u).pop() ?? "";
          if (NOT_THE_DUTYS_CADENCE.test(clause) || PLAN_HORIZON_BEFORE.test(before.slice(-40))) continue;
          const indexTail = INDEX_NAME_BEFORE.exec(before.slice(-100))?.[1];
          if (indexTail !== undefined && !INDEX_TAIL_VERB.test(indexTail)) continue;
        }
        // A span in parentheses is the period a report covers ("kỳ 6 tháng (từ ngày 15/12/2025 đến ngày 14/6/2026,
        // gửi trước ngày 20/6/2026)"), not the time of the work.
        if (/^từ\s/iu.test(match.text) && depth > 0) continue;
        const phrase = cleanText(match.text).replace(/[\s,]+$/u, "");
        if (!seen.has(phrase)) {
          seen.add(phrase);
          phrases.push(phrase);
        }
      }
      const cadences = phrases.filter((p) => CADENCE_PHRASE.test(p));
      const joined = cadences.length > 0 && cadences.length < phrases.length ? [phrases.join(", ")] : phrases;
      for (const phrase of joined) {
        const key = phrase.toLocaleLowerCase("vi");
        if (known.has(key)) continue;
        known.add(key);
        out.push(phrase);
      }
    }
  }
  return out;
}

/** "Các cơ quan, đơn vị được phân công nhiệm vụ …": the bodies named elsewhere, no assignment of its own. */
const REFERS_BACK = /\s(?:được|đã được)\s+(?:phân công|giao)\b/iu;

/**
 * The duties of one part. A line opens a duty when it starts with an agency and no duty is open above it; inside an
 * open duty every deeper line is its content, except one that starts with another body (a bullet "- Công an tỉnh
 * tham mưu triển khai Dự án 1" under "10. Các sở, ban, ngành …"): that is a duty of its own, the open one its
 * parent, and the lines after it that name no body go back to the open duty. A line without an agency at the level
 * of an open duty or above closes it, and is a heading (a parent) for agency items below it.
 */
export function extractDuties(source: Pick<DutySource, "units" | "funding">): RawTask[] {
  if (source.funding) return extractFundingDuties(source.units);
  const duties: Duty[] = [];
  /** The open duties, outermost first: a nested body's duty sits on its enclosing one. */
  const open: Duty[] = [];
  const headings: Line[] = [];
  const units = readableUnits(source.units);
  /** Whether the part numbers its items "1." : then "1)" items are the parts of one of them, as lettered ones are. */
  let dotted = false;
  /** The duty the line before went to: an assignment line after it is its own ("- Thời gian: trước 30/6/2026"). */
  let current: Duty | undefined;
  /** The line before, when it was a heading (an item naming no body), with the heading above it. */
  let headingBefore: { line: Line; parent: string | null } | undefined;
  for (const unit of units) {
    const line = lineOf(unit);
    if (line.level === 1 && line.paren && dotted) line.level = 3;
    else if (line.level === 1) dotted = true;
    if (CLOSING.test(line.text) || (line.level === 6 && CLOSING_DEMAND.test(line.text)) || isSignature(line.text)) break;
    // "(Theo Kế hoạch số 12/KH-UBND ngày …)" alone on its line cites where the duty comes from; it is no activity (the
    // section's text keeps it).
    if (REFERENCE_LINE.test(line.text)) continue;
    // "Trong đó:" on a line of its own after a collective duty opens the list of single bodies below it; it says nothing.
    if (line.level === 6 && LIST_OPENER.test(line.text) && current !== undefined) continue;
    // "- Đơn vị thực hiện: …", "- Đơn vị phối hợp: …", "Thời gian thực hiện: Quý III/2026", "- Sản phẩm: …" below a
    // duty are its fields, not its activities; below an item that names no body ("1. Thành lập Đoàn kiểm tra …" /
    // "- Đơn vị thực hiện: Văn phòng Sở.") they make that item a duty of the body they name.
    if (line.level >= 4 && readLine(line.text)) {
      const fields = readAssignment([line.text]);
      const leads = fields.lead.length + fields.executing.length > 0;
      const target = current ?? (leads && headingBefore ? dutyOfHeading(headingBefore, fields) : undefined);
      if (target) {
        if (target === current) addLabels(target, fields);
        else {
          duties.push(target);
          open.length = 0;
          open.push(target);
          const at = headings.indexOf(target.line);
          if (at >= 0) headings.splice(at, 1);
        }
        current = target;
        headingBefore = undefined;
        continue;
      }
    }
    // A scrape that lost the paragraph break before "Điều 2." of a QUYẾT ĐỊNH: the duties end inside this line.
    const article = ARTICLE_INSIDE.exec(line.text);
    if (article) line.text = line.text.slice(0, article.index + 1);
    // "Các sở, ban, ngành … có trách nhiệm …. Trong đó:" over the lines of single bodies: the collective's own duty
    // stands before "Trong đó", which only opens the list.
    const collective = line.text.replace(COLLECTIVE_LIST, "");
    if (collective !== line.text && readAgencyStart(collective)) line.text = collective;
    let found = line.text === "" ? undefined : readAgencyStart(line.text);
    const bold = boldBodyAt(line);
    if (bold && (!found || found.agency.length > bold.agency.length)) found = bold;
    // An item naming no body at its start may name it at its end: "… (Sở Tư pháp)", "… (Chủ trì: Sở X; phối hợp: Sở Y;
    // thời gian: tháng 9/2026)", "… – Đơn vị thực hiện: Phòng Hành chính tư pháp."
    let labels: Assignment | undefined;
    if (!found && line.text !== "" && line.level <= 4) {
      const atEnd = assignedAtEnd(line.text) ?? assignedAtStart(line.text);
      if (atEnd) {
        found = { agency: [...atEnd.assignment.lead, ...atEnd.assignment.executing].join("; "), duty: atEnd.text, keepWhole: false };
        labels = atEnd.assignment;
      }
    }
    if (found && !labels && found.duty !== "") {
      const closing = labelsClosing(found.duty);
      if (closing) {
        found = { ...found, duty: closing.duty };
        labels = closing.labels;
      }
    }
    const start = found && REFERS_BACK.test(` ${found.agency}`) ? undefined : found;
    headingBefore = undefined;
    // A nested duty ends at a line no deeper than itself.
    while (open.length > 1 && !(line.level > open[open.length - 1]!.line.level)) open.pop();
    const top = open[open.length - 1];
    // Inside a duty its a) b) items, bullets and paragraphs are its content; a numbered item under it that names an
    // agency of its own ("2. Đối với các cơ quan …" / "2.2. Phòng Nội vụ") is a duty of its own, the open one its
    // group. A paragraph after a bullet is no longer the bullet's.
    // An agency written as a paragraph of its own ("Sở Nội vụ:") heads the lettered items and bullets after it.
    const deeper =
      top !== undefined &&
      ((line.level > top.line.level && !(top.line.level >= 4 && line.level === 6)) || (top.line.level === 6 && line.level >= 3 && line.level <= 5));
    if (top && deeper && !(start && line.level <= 2)) {
      const member =
        start !== undefined &&
        (line.level >= 3 && line.level <= 5 ? start.duty !== "" || headsOwnItems(line) : line.level === 6 && start.duty !== "" && (headsGroup(top) || isLabel(line.text)));
      if (start && member && !start.keepWhole && !namedIn(start.agency, top.start.agency)) {
        const duty: Duty = { line, start, parent: top.line.text, within: top, content: [], ...(labels ? { labels } : {}) };
        duties.push(duty);
        open.push(duty);
        current = duty;
      } else {
        top.content.push(line);
        current = top;
      }
      if (TEXT_END.test(line.text) || article) break;
      continue;
    }
    if (top && start && line.level > top.line.level && !(top.line.level >= 4 && line.level === 6)) headings.push(top.line);
    // A paragraph after a duty written as a paragraph goes on with it, unless it names an agency of its own.
    if (top && top.line.level === 6 && line.level === 6 && !start) {
      top.content.push(line);
      current = top;
      if (TEXT_END.test(line.text) || article) break;
      continue;
    }
    open.length = 0;
    while (headings.length > 0 && headings[headings.length - 1]!.level >= line.level) headings.pop();
    const parent = headings.length > 0 ? headings[headings.length - 1]!.text : null;
    current = undefined;
    if (start) {
      const duty: Duty = { line, start, parent, content: [], ...(labels ? { labels } : {}) };
      duties.push(duty);
      open.push(duty);
      current = duty;
    } else if (line.level < 6) {
      headings.push(line);
      headingBefore = { line, parent };
    }
    if (TEXT_END.test(line.text) || article) break;
  }
  // An agency named alone with nothing under it (a signature line, a heading left empty) assigns nothing; nor does an
  // intro whose list names bodies of their own ("UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt một số nhiệm vụ
  // sau:" over "- Văn phòng UBND tỉnh: …"). Such an intro, a paragraph, heads nothing either: the bodies of its list
  // keep the parent it had. A numbered item ("1. Trách nhiệm của các cơ quan cấp tỉnh") stays their group heading.
  // An intro written as a paragraph of its own ("Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội
  // dung sau:") hands the work to the body paragraphs right after it just as well.
  const handsOn = (duty: Duty, k: number) => {
    const next = duties[k + 1];
    return next !== undefined && duty.line.level === 6 && units.indexOf(next.line.unit) === units.indexOf(duty.line.unit) + 1;
  };
  const kept = duties.filter((duty, k) => {
    const named = duty.start.duty !== "" || duty.content.some((line) => line.text !== "");
    const intro = duty.content.length === 0 && /:$/u.test(duty.start.duty) && (duties.some((other) => other.within === duty) || handsOn(duty, k));
    return named && !intro && !onlyPoints(duty);
  });
  for (const duty of kept) if (duty.within && !kept.includes(duty.within) && duty.within.line.level === 6) duty.parent = duty.within.parent;
  return kept.flatMap(splitSubjects).map(buildTask);
}

/**
 * "Giao các đơn vị thực hiện các nhiệm vụ sau:" over a table, "Các cơ quan, đơn vị thực hiện nhiệm vụ được giao tại
 * Phụ lục kèm theo.": a sentence that only points to the table, list or appendix where the work is assigned. With
 * nothing under it, it assigns nothing of its own (the records are the rows it points to; the sentence stays in the
 * section's text). A sentence that asks for more ("… căn cứ Kế hoạch này xây dựng kế hoạch triển khai …") is a duty.
 */
const POINTS_TO_APPENDIX = re("iu")`^(?:tổ chức\s+)?(?:triển khai\s+)?thực hiện(?:\s+tốt)?(?:\s+(?:các|những))?\s+(?:nhiệm vụ|nội dung|công việc)(?:\s+(?:cụ thể|cải cách hành chính))?(?:\s+(?:đã\s+)?được\s+(?:giao|phân công))?\s+(?:theo|tại)\s+(?:các\s+)?phụ lục(?:\s+(?:số\s+)?[IVX\d]{1,4})?(?:\s+(?:kèm theo|đính kèm|ban hành kèm theo))?(?:\s+(?:kế hoạch này|của kế hoạch(?:\s+này)?))?\s*[.;]?$`;

/** "(Có trách nhiệm) thực hiện các nhiệm vụ sau:", "Phân công nhiệm vụ cụ thể như sau:": what follows is the work. */
const POINTS_TO_LIST = /^(?:(?:có|chịu) trách nhiệm\s+|có nhiệm vụ\s+)?(?:tổ chức\s+|triển khai\s+)?(?:thực hiện|phân công|giao)(?:\s+tốt)?(?:\s+(?:các|những|một số))?(?:\s+(?:nhiệm vụ|nội dung|công việc))?(?:\s+(?:sau đây|sau|cụ thể))?(?:\s+như sau)?\s*:$/iu;

function onlyPoints(duty: Duty): boolean {
  if (duty.content.length > 0 || duty.labels || duty.start.keepWhole) return false;
  const text = duty.start.duty.trim();
  return (/:$/u.test(text) && (EMPTY_INTRO.test(text) || POINTS_TO_LIST.test(text))) || POINTS_TO_APPENDIX.test(text);
}

/** "(Theo Kế hoạch số 12/KH-UBND ngày 05/01/2026 của …)": a line that only cites the document a duty comes from. */
const REFERENCE_LINE = re("iu")`^\(\s*(?:theo|thực hiện theo|căn cứ|tại)\s+(?:các\s+)?(?:kế hoạch|quyết định|công văn|văn bản|chỉ thị|thông báo|nghị quyết|chương trình|đề án|hướng dẫn)(?![${LETTER}])[^()]*\)[.;]?$`;

/** "… trước ngày 15/02/2026. Trong đó:" / "…; cụ thể:": the words that open a list of single bodies after a duty. */
const COLLECTIVE_LIST = /(?<=[.;])\s+(?:trong đó|cụ thể)(?:,?\s+cụ thể)?(?:\s+như sau)?\s*:$/iu;
const LIST_OPENER = /^(?:trong đó|cụ thể)(?:,?\s+cụ thể)?(?:\s+như sau)?\s*:$/iu;

/** An assignment label at the end of an item's line, after a dash: "… – Đơn vị thực hiện: Phòng Hành chính tư pháp." */
const LABEL_AT_END = /\s+[–—-]\s+(?=(?:(?:Cơ quan|Đơn vị)\s+)?(?:chủ trì|thực hiện)(?:\s+thực hiện)?\s*:)/iu;
/**
 * A body's paragraph closed by the fields of its duty as sentences of their own: "P. Nội vụ: Chủ trì … . Thời gian
 * thực hiện: Quý III/2024.", "… . Đơn vị phối hợp: …; Sản phẩm: …". They are the duty's fields, not its text.
 */
const FIELD_SENTENCE = /(?<=[.;])\s+(?=(?:(?:Thời gian|Thời hạn|Tiến độ)(?:\s+(?:thực hiện|hoàn thành))?|(?:Cơ quan|Đơn vị)\s+phối hợp|Sản phẩm(?:\s+(?:đầu ra|dự kiến|chính))?)\s*:)/iu;

function labelsClosing(duty: string): { duty: string; labels: Assignment } | undefined {
  const at = FIELD_SENTENCE.exec(duty);
  if (!at) return undefined;
  const before = duty.slice(0, at.index).replace(/;$/u, ".");
  const labels = readAssignment([duty.slice(at.index + at[0].length)]);
  return before !== "" && hasAssignment(labels) ? { duty: before, labels } : undefined;
}

/** The item's text and the assignment its end names (a lead among it), if any. */
function assignedAtEnd(text: string): { text: string; assignment: Assignment } | undefined {
  const dash = LABEL_AT_END.exec(text);
  if (dash) {
    const assignment = readAssignment([text.slice(dash.index + dash[0].length)]);
    const before = text.slice(0, dash.index).replace(/[\s,;]+$/u, "");
    if (assignment.lead.length + assignment.executing.length > 0 && before !== "") return { text: /[.!?:]$/u.test(before) ? before : `${before}.`, assignment };
  }
  const own = ownAssignment(text);
  if (own.own === null) return undefined;
  const assignment = readAssignment([own.own]);
  return assignment.lead.length + assignment.executing.length > 0 && own.heading !== "" ? { text: own.heading, assignment } : undefined;
}

/** A full stop that ends a sentence before a capital (not the one of "P. Nội vụ"). */
const FULL_STOP = new RegExp(`\\.${NOT_TYPE_INITIAL}\\s+(?=[${UPPER}])`, "gu");

/**
 * "1. Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp. Triển khai tuyên truyền …": the item's fields written first, as a
 * sentence of their own, then its duty. Only a duty that opens on a duty verb ("Triển khai", "Tổ chức" …) is read so:
 * after a full stop inside a name ("UBND TP. Huế") or after a field this reader does not know ("Kinh phí: …") no duty
 * starts.
 */
function assignedAtStart(text: string): { text: string; assignment: Assignment } | undefined {
  if (!readLine(text)) return undefined;
  for (const stop of text.matchAll(FULL_STOP)) {
    const rest = text.slice((stop.index ?? 0) + stop[0].length);
    // "Chủ trì: Sở Nội vụ. Phối hợp: Sở Tư pháp. Triển khai …": the fields go on.
    if (readLine(rest)) continue;
    const verb = VERB_AT.exec(rest.charAt(0).toLocaleLowerCase("vi") + rest.slice(1));
    if (verb === null || verb.index !== 0) return undefined;
    const assignment = readAssignment([text.slice(0, stop.index)]);
    return assignment.lead.length + assignment.executing.length > 0 ? { text: rest, assignment } : undefined;
  }
  return undefined;
}

/** The duty an item naming no body becomes when the assignment lines under it name its lead. */
function dutyOfHeading(heading: { line: Line; parent: string | null }, fields: Assignment): Duty {
  const agency = [...fields.lead, ...fields.executing].join("; ");
  return { line: heading.line, start: { agency, duty: heading.line.text, keepWhole: false }, parent: heading.parent, content: [], labels: fields };
}

function addLabels(duty: Duty, fields: Assignment): void {
  const labels = (duty.labels ??= emptyAssignment());
  for (const key of FIELDS) labels[key].push(...fields[key]);
}

/**
 * A funding part (FUNDING_HEADING): each sentence that starts with a body is that body's duty ("Sở Tài chính tham mưu
 * bố trí kinh phí …"); a sentence on the money itself ("Kinh phí thực hiện từ nguồn ngân sách …") assigns nothing.
 */
function extractFundingDuties(source: Unit[]): RawTask[] {
  const duties: Duty[] = [];
  for (const unit of joinContinuations(source.filter((u) => !u.footnote && !u.inTable)).flatMap(lineParagraphs)) {
    const line = lineOf(unit);
    if (CLOSING.test(line.text) || isSignature(line.text)) break;
    for (const sentence of line.text.split(SENTENCE_BREAK)) {
      const start = readAgencyStart(sentence);
      if (!start || start.duty === "" || REFERS_BACK.test(` ${start.agency}`)) continue;
      duties.push({ line: { ...line, text: sentence }, start, parent: null, content: [] });
    }
    if (TEXT_END.test(line.text)) break;
  }
  return duties.flatMap(splitSubjects).map(buildTask);
}

/**
 * A paragraph cut by a page break or a line break that a converter made a paragraph: the part after it starts in
 * lower case, not as an item or bullet, after a part that ends no sentence ("2. Ủy ban MTTQ … và các tổ chức chính
 * trị -" / "xã hội tỉnh:"; "… phối hợp với các" / "cơ quan liên quan tổ chức …"). It is one paragraph again.
 */
function joinContinuations(units: Unit[]): Unit[] {
  return joinWhere(units, (previous, unit) => re("u")`^[${LOWER}]`.test(unit.text) && !ITEM.test(unit.text) && !LINE_END.test(previous.text) && !TEXT_END.test(previous.text));
}

/** Units joined to the one before them where `joins` says they go on with it. */
function joinWhere(units: Unit[], joins: (previous: Unit, unit: Unit) => boolean): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const previous = out[out.length - 1];
    if (previous !== undefined && joins(previous, unit)) {
      out[out.length - 1] = { ...previous, lines: [...previous.lines, ...unit.lines], text: `${previous.text} ${unit.text}`, wrapped: previous.wrapped === true && unit.wrapped === true };
    } else out.push(unit);
  }
  return out;
}

/** A line that ends a sentence or a clause: "…, tổ dân phố.", "… ngày 15/12/2026;", "… như sau:", "… này./." */
const LINE_END = /[.;:!?…]$/u;

/**
 * A text whose paragraphs are one line each with no blank line between them (text copied out of Word, a scrape)
 * reaches here as one paragraph of several lines: when every line ends a sentence, each line is a paragraph. A
 * paragraph wrapped at a width (PDF, a scrape at 80 columns) has lines that end mid-sentence and stays whole; so
 * does one whose reader saw the wraps on the page (a PDF's lines that end in ":" or ";" only where the next word did
 * not fit).
 */
function lineParagraphs(unit: Unit): Unit[] {
  if (unit.wrapped || unit.lines.length < 2 || !unit.lines.every((line) => LINE_END.test(line))) return [unit];
  return unit.lines.map((line, k) => ({
    ...unit,
    lines: [line],
    text: line,
    marker: k === 0 ? unit.marker : undefined,
    position: unit.position.line === undefined ? unit.position : { ...unit.position, line: unit.position.line + k },
  }));
}

/**
 * "5. Các xã, thị trấn" over paragraphs "Xã Đông Hòa, xã Đông Minh: tổ chức …", "UBND các xã còn lại: tuyên truyền
 * …": a numbered heading that names a group of bodies and nothing else heads its members' duties written as
 * paragraphs, as it heads lettered ones; under a single body's heading a paragraph naming another body stays its
 * content (the body's own duty mentioning who it works with), unless it is a label of its own (isLabel).
 */
function headsGroup(duty: Duty): boolean {
  return duty.line.level < 6 && duty.start.duty === "" && re("iu")`^(?:các|những)\s`.test(duty.start.agency);
}

/**
 * "**Công an xã** Rà soát …", "**2. Bộ phận Một cửa** Tiếp nhận …": a body's name set in bold, its duty opening on a
 * capitalised verb with no colon between them. The text loses where the name ends (a name holds capitalised words
 * that are verbs elsewhere: "Sở Xây dựng", "Ủy ban Kiểm tra"), the bold keeps it: read as if the label's colon stood
 * there. Only where a duty verb follows (not "**Ủy ban nhân dân xã** Tân Lập …", the name going on) and the bold does
 * not stop inside a list of names ("**Sở Văn hóa,** Thể thao …").
 */
const CAPITAL_START = re("u")`^[${UPPER}]`;

function boldBodyAt(line: Line): AgencyStart | undefined {
  const { boldLead, text, marker } = line.unit;
  if (boldLead === undefined || /[:,;–&-]$/u.test(boldLead)) return undefined;
  const at = text.startsWith(boldLead) ? boldLead.length : marker && text.startsWith(`${marker} ${boldLead}`) ? marker.length + 1 + boldLead.length : -1;
  if (at < 0) return undefined;
  const rest = text.slice(at).trim();
  const verb = VERB_AT.exec(rest.charAt(0).toLocaleLowerCase("vi") + rest.slice(1));
  if (rest === "" || !CAPITAL_START.test(rest) || verb === null || verb.index !== 0) return undefined;
  const labelled = lineOf({ ...line.unit, text: `${text.slice(0, at)}: ${rest}` }).text;
  const found = readAgencyStart(labelled);
  return found && found.duty !== "" ? found : undefined;
}

/**
 * "Trưởng các thôn: tuyên truyền …": a body's name and its label's colon, the duty after it. The label hands the duty
 * to the body it names, so under another body's heading it is that body's duty as a bullet would be; a paragraph
 * whose sentence only starts with a body ("Sở Tài chính phối hợp với …") stays the heading body's content.
 */
function isLabel(text: string): boolean {
  const colon = colonOutsideParentheses(text.slice(0, 200));
  if (colon <= 0) return false;
  const named = readAgencyStart(text.slice(0, colon).trim());
  return named !== undefined && named.duty === "";
}

/**
 * "a) Sở Tư pháp:" under "1. Trách nhiệm của các cơ quan cấp tỉnh": a lettered line or bullet that is a body's name
 * alone heads that body's own bullets; one of a list of members ("a) Sở Nội vụ;") heads nothing.
 */
function headsOwnItems(line: Line): boolean {
  return !/[;,.]$/u.test(line.text);
}

/**
 * A heading cut in two by a line break that a scrape made a paragraph ("16. Mặt trận" / "Tổ quốc tỉnh và các tổ chức
 * chính trị - xã hội"): a bold numbered heading followed by a bold unnumbered short line without a full stop.
 */
function joinSplitHeadings(units: Unit[]): Unit[] {
  return joinWhere(
    units,
    (previous, unit) =>
      (previous.bold || previous.kind === "heading") &&
      (unit.bold || unit.kind === "heading") &&
      ITEM.test(previous.text) &&
      !startsAnotherBody(previous.text, unit.text) &&
      !ITEM.test(unit.text) &&
      !BULLET.test(unit.text) &&
      unit.text.length <= 120 &&
      !/[.:;]$/.test(previous.text) &&
      !/[.;]$/.test(unit.text),
  );
}

/**
 * "2. Phân công nhiệm vụ" / "Công an huyện:": a heading that names no body, then a line that starts with one, is a
 * heading over an agency paragraph, not one heading cut in two ("16. Mặt trận" / "Tổ quốc tỉnh …" names a body).
 */
function startsAnotherBody(previous: string, next: string): boolean {
  const head = cleanInline(previous).replace(ITEM, "$5");
  return readAgencyStart(head) === undefined && readAgencyStart(cleanInline(next)) !== undefined;
}

/** An article of a QUYẾT ĐỊNH: "Điều 2. Giao Sở Nội vụ chủ trì …". */
const ARTICLE = /^Điều\s+(\d{1,2})\s*[.:]\s*(\S.*)$/u;
/** "… chịu trách nhiệm (tổ chức) thi hành", "… căn cứ Quyết định (này) thi hành": who carries out the decision. */
const CARRIES_OUT = re("iu")`\b(?:chịu trách nhiệm|có trách nhiệm)\s+(?:tổ chức\s+)?thi hành`.source;
const CARRIES_OUT_BY_DECISION = re("iu")`\bcăn cứ\s+Quyết định(?:\s+này)?\s+(?:để\s+)?thi hành\b`.source;
/**
 * The articles that assign nothing: the executive formula ("Chánh Văn phòng UBND tỉnh, Giám đốc các sở … chịu trách
 * nhiệm thi hành Quyết định này", "… căn cứ Quyết định thi hành") names who carries out the decision, not a duty of
 * the plan; and the entry into force.
 */
const EXECUTIVE_FORMULA = re("iu")`${CARRIES_OUT}\b|${CARRIES_OUT_BY_DECISION}|\bcó hiệu lực\b|\bthay thế\s+Quyết định\b`;

/** A paragraph that only carries out the decision: "… chịu trách nhiệm thi hành Quyết định này", "Quyết định này có hiệu lực …". */
const EXECUTES_DECISION = re("iu")`${CARRIES_OUT}\s+Quyết định\b|${CARRIES_OUT_BY_DECISION}|^Quyết định này có hiệu lực\b`;

/**
 * Duties a QUYẾT ĐỊNH assigns in its own articles, before the plan it issues ("Điều 2. Giao Phòng Nội vụ chủ trì,
 * phối hợp với … tổ chức triển khai Kế hoạch; … hoàn thành trong tháng 10/2026."): one task per article that starts
 * with an agency, numbered as the article. Only the article's own paragraph is read: items under it belong to the
 * plan's sections; an article headed as assigning ("Điều 2. Tổ chức thực hiện") has its items read as a section's.
 */
export function extractArticleDuties(units: Unit[]): RawTask[] {
  const duties: Duty[] = [];
  const listed: RawTask[] = [];
  for (const [index, unit] of units.entries()) {
    if (unit.footnote || unit.inTable) continue;
    const article = ARTICLE.exec(cleanInline(unit.text));
    if (!article || EXECUTIVE_FORMULA.test(article[2]!)) continue;
    const text = article[2]!.trim();
    const next = units.findIndex((later, k) => k > index && ARTICLE.test(cleanInline(later.text)));
    const under = units.slice(index + 1, next < 0 ? units.length : next);
    const below = () => extractDuties({ units: under });
    // "Điều 2. Tổ chức thực hiện" / "Điều 2. Trách nhiệm thi hành": the items under it, up to the next article; the
    // executive formula and the entry into force written under such a heading assign nothing there either.
    if (DUTY_HEADING.test(foldForMatch(text))) {
      listed.push(...extractDuties({ units: under.filter((later) => !EXECUTES_DECISION.test(cleanInline(later.text))) }));
      continue;
    }
    const start = readAgencyStart(text);
    if (!start || start.duty === "" || REFERS_BACK.test(` ${start.agency}`)) continue;
    // "Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm tổ chức thực hiện Kế hoạch:": the bodies its list names
    // carry the duties, the article only introduces them.
    if (/:$/u.test(text)) {
      const items = below();
      if (items.length > 0) {
        listed.push(...items);
        continue;
      }
    }
    duties.push({ line: { unit, level: 1, number: article[1]!, text }, start, parent: null, content: [] });
    // "Điều 2. Giao Thủ trưởng các sở … tổ chức thực hiện." / "Văn phòng UBND tỉnh chủ trì, phối hợp …": the article
    // goes on in paragraphs that hand work to other bodies; each is a duty numbered as the article.
    for (const later of under) {
      if (later.footnote || later.inTable) continue;
      const line = lineOf(later);
      if (line.level !== 6 || CLOSING.test(line.text) || isSignature(line.text)) break;
      const more = readAgencyStart(line.text);
      if (!more || more.duty === "" || REFERS_BACK.test(` ${more.agency}`)) break;
      duties.push({ line: { ...line, number: article[1]! }, start: more, parent: null, content: [] });
    }
  }
  // In document order: an article's own duty, or the items listed under an article heading.
  return [...duties.flatMap(splitSubjects).map(buildTask), ...listed].sort((a, b) => order(a) - order(b));
}

function order(task: RawTask): number {
  return (task.position.page ?? 0) * 1e6 + (task.position.line ?? 0);
}
