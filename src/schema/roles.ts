/**
 * The column roles of an assignment table, said once. Segment maps header cells to roles with `header`; extract reads
 * cells by `cell`, fills down the `fillDown` ones under merged cells and tells group rows and continuations from rows
 * that assign something by `assigns` / `responsibility`; assemble and the CSV writer take each role's `fields`.
 *
 * Adding a column kind: one entry here, its field(s) in `taskSchema` (plan.ts), and their tests.
 */
import { levenshtein } from "../edit-distance.js";

export const roleIds = [
  "area",
  "objective",
  "number",
  "task",
  "parentTask",
  "subject",
  "activities",
  "products",
  "lead",
  "partners",
  "leadOrPartners",
  "deadline",
  "timeSlot",
  "agencyMark",
  "budget",
  "extra",
] as const;
export type ColumnRole = (typeof roleIds)[number];

export interface RoleSpec {
  id: ColumnRole;
  /**
   * Header words, tested on the header text folded (no diacritics, lower case) with everything but letters and digits
   * removed ("Cơ quan chủ trì" → "coquanchutri"); null for a role no header names.
   */
  header: RegExp | null;
  /** Header matching order: the lowest `precedence` whose words appear decides ("Thời gian thực hiện" is a deadline). */
  precedence: number;
  /** A list cell holds items (bullets, paragraphs, "; "); an agency cell's line breaks also separate items. */
  cell: "text" | "list" | "agencies";
  /** Left empty under a row of the same task, the cell is taken as merged and filled down (contract, "Task"). */
  fillDown: boolean;
  /** Says who does it, what comes out or when: a row with such a cell is no group row and no bare continuation. */
  responsibility: boolean;
  /** A cell of its own that a group row (a label alone) never has. */
  assigns: boolean;
  /** The Task fields (and CSV columns, nested fields flattened) this role's cells end up in, in output order. */
  fields: readonly string[];
  /** Names who carries the row out or when: a table needs one such column to assign anything (see `tableKindOf`). */
  whoOrWhen?: true;
  /** A table whose rows are named by this role is of this kind (see `tableKindOf`). */
  kind?: "task" | "target" | "schedule";
}

/** In the order of the Task fields (and so of the CSV columns). */
export const ROLES: readonly RoleSpec[] = [
  // A column of an index's criteria or components ("Lĩnh vực/Tiêu chí, tiêu chí thành phần", "Chỉ số thành phần") names
  // what is scored on each row, not the row's group: kept under its header; the group rows give the area.
  { id: "area", header: /^(?!\w*(?:tieuchi|chiso))\w*(?:nhiemvuchung|linhvuc|nhomnhiemvu)/, precedence: 1, cell: "text", fillDown: false, responsibility: false, assigns: false, fields: ["area", "areaLabel", "subArea"] },
  { id: "objective", header: /muctieu|(?<!tieu)chitieu/, precedence: 2, cell: "text", fillDown: false, responsibility: false, assigns: false, fields: ["objective"], kind: "target" },
  { id: "number", header: /^(?:s?tt|sott|sothutu|thutu)$/, precedence: 0, cell: "text", fillDown: false, responsibility: false, assigns: false, fields: ["number"] },
  // A programme of documents or projects names its rows by the work's title ("Tên văn bản", "Tên đề án"), a list of
  // procedures to review or simplify by the procedure's ("Tên thủ tục hành chính", "Tên TTHC"). What a
  // comment on a draft says ("Nội dung góp ý") is no task, nor is a shortcoming or its cause ("Nội dung tồn tại, hạn
  // chế", "Nguyên nhân") beside its remedy: the remedy is ("Giải pháp khắc phục", "Biện pháp", "Nhiệm vụ khắc phục").
  { id: "task", header: /^(?!\w*gopy)(?:\w*(?:giaiphap|bienphap)|\w*(?:nhiemvu|noidung|congviec)\w*khacphuc|(?!\w*(?:tontai|hanche|nguyennhan|thieusot|yeukem))\w*(?:nhiemvu|noidung|congviec|ten(?:vanban|dean|duan|chuongtrinh|kehoach|baocao|thutuchanhchinh|tthc)))/, precedence: 11, cell: "text", fillDown: false, responsibility: false, assigns: false, fields: ["task", "parent"], kind: "task" },
  // The general task beside a column of specific ones ("Nhiệm vụ | Nội dung công việc cụ thể"): each row's `parent`.
  // No header names it alone; the header reader gives it to the general column (segment/task-header.ts).
  { id: "parentTask", header: null, precedence: 98, cell: "text", fillDown: false, responsibility: false, assigns: false, fields: [] },
  // The unit or event of a schedule ("Đơn vị được kiểm tra", "Đối tượng kiểm tra"): the record's `task`.
  { id: "subject", header: /duockiemtra|duocthanhtra|doituongkiemtra|doituongthanhtra|diabankiemtra|diabanthanhtra/, precedence: 3, cell: "text", fillDown: false, responsibility: false, assigns: false, fields: [], kind: "schedule" },
  // Beside a task column, a task's activities; alone ("TT | Hoạt động | Đơn vị chủ trì | Thời gian", a propaganda or
  // training plan's table), what each row assigns.
  { id: "activities", header: /hoatdong/, precedence: 4, cell: "list", fillDown: false, responsibility: false, assigns: true, fields: ["activities"], kind: "task" },
  // A score ("Kết quả năm 2025 (điểm)", "Điểm đạt") is what an assessment gave, not what a row produces.
  { id: "products", header: /^(?!\w*(?<!thoi|dia)diem)\w*(?:sanpham|ketqua|hinhthucvanban)/, precedence: 5, cell: "list", fillDown: false, responsibility: true, assigns: true, fields: ["products"] },
  // An agency column headed by nothing but what it holds ("Cơ quan, đơn vị", "Địa phương") leads its rows; a bare
  // "Đơn vị" is a unit of measure in target tables and leads nothing. The body that monitors a target ("Cơ quan theo
  // dõi, đánh giá") or is its focal point ("Đơn vị đầu mối") leads it. So does a column naming who is given the task
  // ("Đầu mối", "Cơ quan/Đơn vị được giao", "Giao cho") or the body that prepares it for a steering board ("Cơ quan
  // giúp việc"): those words open the header, so "Nhiệm vụ được giao" stays a task column. An inspection team's column
  // ("Đoàn kiểm tra") leads only when its cells name bodies (segment/task-header.ts).
  { id: "lead", header: /chutri|^(?:cac)?(?:coquan|donvi|bophan)*(?:daumoi|duocgiao|giaocho|giupviec)|(?:coquan|donvi|bophan|nguoi|canhan)(?:thuc|dam|phutrach|thammuu|theodoi|daumoi)|trachnhiem(?!\w*phoihop)|phancong|^(?:cac)?(?:coquan(?:donvi)?(?:diaphuong)?|(?:coquan|donvi)?diaphuong|sobannganh|songanh)$/, precedence: 9, cell: "agencies", fillDown: true, responsibility: true, assigns: true, fields: ["lead"], whoOrWhen: true },
  { id: "partners", header: /phoihop/, precedence: 10, cell: "agencies", fillDown: true, responsibility: true, assigns: true, fields: ["partners"], whoOrWhen: true },
  // One column for both ("Chủ trì/phối hợp", "Cơ quan chủ trì, cơ quan phối hợp"): the first named agency leads
  // unless the cell says which is which (contract).
  { id: "leadOrPartners", header: /chutri(?:va|hoac)?(?:coquan|donvi)?phoihop/, precedence: 8, cell: "agencies", fillDown: true, responsibility: true, assigns: true, fields: [], whoOrWhen: true },
  // A schedule's day or calendar ("Ngày kiểm tra", "Lịch kiểm tra") is its time too. The time a procedure takes by
  // law ("Thời hạn giải quyết" of a list of procedures: "05 ngày làm việc") is no time the plan sets.
  { id: "deadline", header: /^(?!\w*giaiquyet)\w*(?:thoigian|thoihan|tiendo|moc|thoidiem|(?:han|ngay|nam)hoanthanh|namthuchien|ngay(?:kiemtra|thanhtra|thuchien|tochuc|batdau|ketthuc)|^(?:tu|den)(?:ngay|thang)$|lich(?:kiemtra|thanhtra|trinh|thuchien|tochuc)|lotrinh|^(?:ngay|thang|quy)$)/, precedence: 6, cell: "list", fillDown: false, responsibility: true, assigns: true, whoOrWhen: true, fields: ["deadline.raw", "deadline.start", "deadline.end", "deadline.recurrence", "deadline.items"] },
  // One column per period, its cell marked "x" when the row is carried out then ("Thời gian thực hiện" over "Quý I |
  // Quý II …", "Tháng 1 … Tháng 12", "T1 … T12", "Q1 … Q4", "Năm 2026 | Năm 2027"; bare numbers "1 … 12" under a
  // spanning time header are given this role by the header reader): the marked columns are the row's time (extract).
  // A cell holding a time within the period ("Tháng 2" under "Quý I") gives that time; anything else (a target's value
  // for the quarter) is kept under its header. It says nothing of who or when by itself: a table of figures by quarter
  // assigns nothing.
  { id: "timeSlot", header: /^(?:quy(?:i{1,3}|iv|[1-4])|thang(?:0?[1-9]|1[0-2])|6thang(?:dau|cuoi)nam)(?:nam)?(?:20\d\d)?$|^nam20\d\d$|^(?:t(?:0?[1-9]|1[0-2])|q[1-4])$/, precedence: 5.5, cell: "text", fillDown: false, responsibility: false, assigns: false, fields: [] },
  // One column per agency under a spanning "Cơ quan thực hiện", its cells marks ("CT", "PH", "x") saying who leads and
  // who partners on each row (segment/task-header.ts `agencyMarkColumns`): no header words name it, the layout does.
  { id: "agencyMark", header: null, precedence: 97, cell: "text", fillDown: false, responsibility: true, assigns: true, fields: [], whoOrWhen: true },
  { id: "budget", header: /kinhphi|nguonvon|dutoan/, precedence: 7, cell: "text", fillDown: true, responsibility: false, assigns: true, fields: ["budget"] },
  // Columns no field fits ("Ghi chú", "Theo dõi, kiểm tra, đôn đốc"): kept under their header as written.
  { id: "extra", header: null, precedence: 99, cell: "text", fillDown: false, responsibility: false, assigns: false, fields: ["extra"] },
];

const byId = new Map(ROLES.map((role) => [role.id, role]));
export function role(id: ColumnRole): RoleSpec {
  return byId.get(id)!;
}

const headerOrder = ROLES.filter((r) => r.header !== null).sort((a, b) => a.precedence - b.precedence);

/** The role a header text names: diacritics, case, spaces and a leading column number "(3)" ignored; else "extra". */
export function roleOfCompact(compact: string): ColumnRole {
  if (compact === "") return "extra";
  return headerOrder.find((r) => r.header!.test(compact))?.id ?? "extra";
}

/**
 * The words header cells are written with, folded (no diacritics, lower case): what a header word damaged by a scan
 * (a seal over "được": "ềrỚc") is read back as, when it is close to one of them.
 */
const HEADER_VOCABULARY = new Set(
  (
    "so thu tu stt tt nhiem vu chung linh vuc nhom cai cach muc tieu chi noi dung cong viec giai phap ten don vi duoc " +
    "kiem tra thanh doi tuong dia ban hoat dong san pham ket qua dau ra hinh thuc van co quan chu tri thuc hien dam " +
    "phu trach tham muu phan phoi hop thoi gian han tien do moc kinh phi nguon von du toan hoan bat ghi cap quyet"
  ).split(" "),
);

/**
 * The role of a header whose words are folded (no diacritics, lower case; a column number removed): the exact match
 * of its words first; failing that, with one word that is no header word (torn by a seal, a stamp or OCR) read as
 * each header word close to it, the role they all give when the readable words carry it (a guessed word that names a
 * role by itself decides nothing). Header words with at most half the torn word's letters changed are tried first;
 * when they give no role or several, header words keeping two of its letters in a row are tried too, and the role
 * whose header words are most read, least guessed wins ("Tên đơn vị [torn] kiểm tra": "được kiểm tra" leans
 * on seven read letters, "đơn vị thực" on five). A tie, more than one unreadable word, or fewer than two readable
 * ones: no guess ("extra"). A fuzzy match never beats an exact one.
 * Fragments of one or two letters side by side are one word that OCR cut in pieces ("ề r Ớc").
 */
export function roleOfWords(read: readonly string[]): ColumnRole {
  const exact = roleOfCompact(read.join(""));
  if (exact !== "extra") return exact;
  const words = joinTornPieces(read);
  const unknown = words.map((word, index) => (HEADER_VOCABULARY.has(word) ? -1 : index)).filter((index) => index >= 0);
  if (unknown.length !== 1 || words.length - 1 < 2) return "extra";
  const at = unknown[0]!;
  const torn = words[at]!;
  if (torn.length < 3) return "extra";
  const readings = guessedReadings(words, at);
  const near = new Set(readings.filter((r) => r.distance <= Math.floor(torn.length / 2)).map((r) => r.role));
  if (near.size === 1) return [...near][0]!;
  // The role each reading's match leans on read letters most for; a tie between two roles decides nothing.
  const mostRead = new Map<ColumnRole, number>();
  for (const reading of readings) mostRead.set(reading.role, Math.max(mostRead.get(reading.role) ?? 0, reading.readLetters));
  const ranked = [...mostRead].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1]![1] === ranked[0]![1])) return "extra";
  return ranked[0]![0];
}

interface GuessedReading {
  role: ColumnRole;
  /** Letters changed from the torn word to the header word put in its place. */
  distance: number;
  /** Letters of the role's header match that were read, not guessed. */
  readLetters: number;
}

/**
 * The roles the header names with its torn word (at `at`) read as each header word close to it: at most half its
 * letters changed, or fewer than all with two letters in a row kept (the rest of the word a seal tore: "tộc" for
 * "được"). The readable words must carry the role: its match holds read letters, and the guessed word alone names no
 * role ("moc").
 */
function guessedReadings(words: readonly string[], at: number): GuessedReading[] {
  const torn = words[at]!;
  const before = words.slice(0, at).join("");
  const after = words.slice(at + 1).join("");
  const readings: GuessedReading[] = [];
  for (const candidate of HEADER_VOCABULARY) {
    const distance = levenshtein([...torn], [...candidate]);
    if (distance > Math.floor(torn.length / 2) && !(distance < torn.length && sharesRun(torn, candidate, 2))) continue;
    const compact = before + candidate + after;
    const role = roleOfCompact(compact);
    if (role === "extra" || roleOfCompact(candidate) === role) continue;
    const match = headerOrder.find((r) => r.id === role)!.header!.exec(compact)!;
    const start = match.index;
    const end = start + match[0].length;
    const guessStart = before.length;
    const guessEnd = guessStart + candidate.length;
    const guessed = Math.max(0, Math.min(end, guessEnd) - Math.max(start, guessStart));
    const readLetters = match[0].length - guessed;
    if (readLetters > 0) readings.push({ role, distance, readLetters });
  }
  return readings;
}

export const rolesWhere = (test: (role: RoleSpec) => boolean): ColumnRole[] => ROLES.filter(test).map((r) => r.id);

/** Roles whose cells name responsibility (agencies, products, time). */
export const RESPONSIBILITY_ROLES = rolesWhere((r) => r.responsibility);
/** Roles a group row never fills. */
export const ASSIGNING_ROLES = rolesWhere((r) => r.assigns);
/** Roles whose cells may continue a sentence cut by a page break. */
export const TEXT_ROLES = rolesWhere((r) => r.id !== "number" && r.id !== "area" && r.id !== "extra");

/** The Task fields that come from columns, in output order (the CSV columns between the record's keys and source). */
export const ROLE_FIELDS: readonly string[] = ROLES.flatMap((r) => r.fields);

/**
 * What a table with these roles assigns: a schedule names its rows by a unit or event inspected, a table with a task
 * column is a task table, one whose rows are named by a Chỉ tiêu alone a target table. Undefined: the table assigns
 * nothing (no column saying who or when: statistics, comments on a draft, criteria, a report outline).
 */
export function tableKindOf(roles: readonly ColumnRole[]): "task" | "target" | "schedule" | undefined {
  if (!roles.some((id) => role(id).whoOrWhen)) return undefined;
  const naming = namingRole(roles);
  return naming === undefined ? undefined : role(naming).kind;
}

/** The column that names what each row assigns: a schedule's subject, else the task, the target, the activity. */
export function namingRole(roles: readonly ColumnRole[]): "subject" | "task" | "objective" | "activities" | undefined {
  if (roles.includes("subject")) return "subject";
  if (roles.includes("task")) return "task";
  if (roles.includes("objective")) return "objective";
  if (roles.includes("activities")) return "activities";
  return undefined;
}

/** Whether `a` and `b` have `length` letters in a row in common: what a seal or stamp left of a word intact. */
function sharesRun(a: string, b: string, length: number): boolean {
  for (let i = 0; i + length <= a.length; i++) if (b.includes(a.slice(i, i + length))) return true;
  return false;
}

/**
 * Fragments of one or two letters side by side that are no header word, as one word: the pieces of a word OCR cut
 * apart where a seal crossed it ("ề r Ớc"). Longer unknown words stay apart: they are words of their own ("góp ý").
 */
function joinTornPieces(words: readonly string[]): string[] {
  const joined: string[] = [];
  let afterFragment = false;
  for (const word of words) {
    const fragment = word.length <= 2 && !HEADER_VOCABULARY.has(word);
    if (fragment && afterFragment) joined[joined.length - 1] += word;
    else joined.push(word);
    afterFragment = fragment;
  }
  return joined;
}
