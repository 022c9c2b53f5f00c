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
 * holds no duty), the others are its `activities`, "+" sub-bullets joined to the activity above them. An item with no
 * agency and no agency items under it is no assignment and gives no record.
 */
import type { Position } from "../diagnostics.js";
import { splitAgencies, startsWithAgency } from "../normalize/agency.js";
import { cleanInline, cleanText, foldForMatch } from "../normalize/text.js";
import type { SectionPart } from "../segment/sections.js";
import type { Unit } from "../segment/units.js";
import type { RawTask } from "./table.js";

/** Headings of the sections (or subsections) that assign work to agencies (folded). */
const DUTY_HEADING = /\b(?:to chuc thuc hien|phan cong|trach nhiem|giao nhiem vu|nhiem vu cua cac|nhiem vu cu the cua)\b/;

/** Words before the agency that are not part of its name. */
const ASSIGNING_WORD = /^(?:giao(?:\s+cho)?|đề nghị|kính đề nghị|yêu cầu|mời)\s*:?\s+/iu;
/** A lead-in clause before the subject: "Căn cứ Kế hoạch này, …", "Trên cơ sở kế hoạch này các ngành …". */
const LEAD_IN = /^(?:căn cứ|trên cơ sở|để|nhằm|trong quá trình|sau khi)\s/iu;
/** Where a lead-in may end: after a comma, or after "này" ("Trên cơ sở kế hoạch này các ngành liên quan …"). */
const LEAD_IN_END = /,\s+|(?<=\snày)\s+/gu;

/**
 * The verbs that open a duty after its agency (lower case: inside a name the same words are capitalised, "Ban Chỉ
 * đạo"). "tổ chức" after "các" is a noun ("các tổ chức chính trị - xã hội") and is skipped.
 */
const DUTY_VERBS = [
  "chủ trì", "phối hợp", "chủ động", "tăng cường", "tham mưu", "căn cứ", "có trách nhiệm", "chịu trách nhiệm",
  "chỉ đạo", "thực hiện", "triển khai", "tổ chức", "xây dựng", "hướng dẫn", "theo dõi", "định kỳ", "nghiên cứu",
  "đẩy mạnh", "rà soát", "bố trí", "báo cáo", "gửi", "kiểm tra", "đôn đốc", "phát huy",
  "cung cấp", "thẩm định", "giám sát", "đề xuất", "ban hành", "lồng ghép", "duy trì", "hỗ trợ", "tuyên truyền",
  "đảm bảo", "bảo đảm", "là", "tích cực", "khẩn trương", "thường xuyên", "tiếp tục", "nâng cao", "phụ trách", "làm đầu mối",
  "cập nhật", "phổ biến", "tập trung", "quán triệt", "vận động", "tổng hợp", "trình", "giúp", "kịp thời", "phản ánh", "phát động", "quan tâm", "mời", "in", "chuẩn bị",
];
// A verb right after a comma continues a list of subjects ("Các sở, ban, ngành, tổ chức chính trị - xã hội …").
const VERB_AT = new RegExp(`(?<![\\p{L}])(?<!(?:các|những|,) )(?:${DUTY_VERBS.join("|")})(?![\\p{L}])`, "u");

/** A numbered or lettered item: "1.", "3.4.", "a)", "(1)", and "3," as OCR reads "3.". */
const ITEM = /^(?:\((\d{1,2})\)|(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]|(\d{1,2})\s*,(?=\s+\p{Lu})|([a-zđ])\s*[.)](?=\s))\s*(.*)$/u;
const BULLET = /^([-–•+*])\s*/u;

/** The plan's closing paragraph: "Trên đây là Kế hoạch …", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …". */
const CLOSING = /^(?:trên đây là|trong quá trình[^.]{0,160}(?:khó khăn|vướng mắc))/iu;

/**
 * Phrases that say when: a deadline marker before a day, month or quarter ("chậm nhất là ngày 30/01/2026", "trong
 * Quý I/2026", "trước ngày 15 của tháng cuối quý"), or a cadence ("định kỳ hằng năm"). A date without a marker is
 * left alone: in prose it is mostly a cited document's date or an event's.
 */
const TIME_PHRASE =
  /(?:(?:chậm nhất|trước|hạn chót|hoàn thành|xong|trong|đến hết|vào)\s+(?:là\s+)?(?:trong\s+|vào\s+)?(?:ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|\s+(?:của|hằng|hàng)\s+(?:tháng|quý)(?:\s+(?:cuối|đầu|liền kề|tiếp theo)(?:\s+(?:quý|kỳ))?)?)|(?:tháng|quý|quí)\s+[\dIVX]{1,4}(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?)|định kỳ\s+(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng)(?:\s*,\s*(?:hằng|hàng)\s+(?:năm|quý|tháng))*)/giu;
/** A dated phrase right after a document's symbol is that document's date, not a deadline. */
const AFTER_SYMBOL = /\d{1,6}\/[\p{L}\d\-/]*\s*$/u;

/** Where a partner phrase goes on into what the partners do it for: "… liên quan để xây dựng", "… trong việc …". */
const PURPOSE = /\s(?:để|nhằm|trong việc|trong|về|theo|tại|thông qua|khi)(?!\p{L})/u;

/** "phối hợp (chặt chẽ) với …" up to the next verb or the end of the clause. */
const PARTNER_PHRASE = /phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+/giu;

export interface DutySource {
  section: SectionPart;
  /** The units of the part that assigns duties: the section, or one subsection of it. */
  units: Unit[];
}

/** The sections (or, in a section of another heading, the subsections) whose heading says they assign work. */
export function findDutySections(sections: SectionPart[]): DutySource[] {
  const out: DutySource[] = [];
  for (const section of sections) {
    if (DUTY_HEADING.test(foldForMatch(section.heading))) {
      out.push({ section, units: section.units });
      continue;
    }
    for (const sub of section.subsections) {
      if (!DUTY_HEADING.test(foldForMatch(sub.heading))) continue;
      const start = sub.startUnit;
      const next = section.subsections.find((s) => s.startUnit > start && /^\d{1,2}$/.test(s.number));
      out.push({ section, units: section.units.slice(start + 1, next ? next.startUnit : section.units.length) });
    }
  }
  return out;
}

interface Line {
  unit: Unit;
  /** 1: numbered, 2: sub-numbered ("3.4"), 3: lettered, 4: bullet, 5: "+" bullet, 6: paragraph. */
  level: number;
  number: string | null;
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
    return { unit, level, number, text: item[5]!.trim() };
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
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** The agency that starts `text` and the duty after it (see the module comment), or undefined. */
export function readAgencyStart(text: string): AgencyStart | undefined {
  const direct = agencyAt(text);
  if (direct) return direct;
  if (!LEAD_IN.test(text)) return undefined;
  for (const end of text.slice(0, 240).matchAll(LEAD_IN_END)) {
    const inner = agencyAt(text.slice((end.index ?? 0) + end[0].length));
    if (inner && inner.duty !== "") return { ...inner, duty: text, keepWhole: true };
  }
  return undefined;
}

/** "Đối với các cơ quan chủ trì thực hiện nội dung CCHC": a heading that names whom the duties below are for. */
const FOR_WHOM = /^(?:đối với|về phía)\s+/iu;

function agencyAt(text: string): AgencyStart | undefined {
  const forWhom = FOR_WHOM.exec(text);
  if (forWhom) {
    const whom = capitalise(text.slice(forWhom[0].length).replace(/[\s:]+$/u, "").trim());
    if (whom.length > 160 || /[.;:]/.test(whom) || !startsWithAgency(whom)) return undefined;
    return { agency: whom, duty: "", keepWhole: false };
  }
  const body = capitalise(text.replace(ASSIGNING_WORD, "").trim());
  if (!startsWithAgency(body)) return undefined;
  const window = body.slice(0, 320);
  const colon = colonOutsideParentheses(window);
  // A verb inside parentheses is no duty: "Sở Tài chính (cơ quan chủ trì)".
  const verb = VERB_AT.exec(maskParentheses(window));
  const verbAt = verb && verb.index > 0 ? verb.index : -1;
  let agency: string;
  let duty: string;
  // "… và các phòng: Nội vụ, Tư pháp, …": a colon after a plural group lists its members, the name goes on.
  const listsMembers = colon >= 0 && /(?:các|những)\s+\p{L}+\s*$/u.test(body.slice(0, colon)) && verbAt > colon;
  if (colon >= 0 && !listsMembers && (verbAt < 0 || colon < verbAt)) {
    agency = body.slice(0, colon);
    duty = body.slice(colon + 1).trim();
  } else if (verbAt >= 0) {
    agency = body.slice(0, verbAt);
    duty = body.slice(verbAt).trim();
  } else if (body.length <= 160 && !/[.;]$/.test(body)) {
    agency = body;
    duty = "";
  } else return undefined;
  // "… theo chức năng, nhiệm vụ chịu trách nhiệm …": what comes after "theo" is how, not who.
  agency = (agency.split(/\s(?:theo|trong phạm vi|trên cơ sở)\s/u)[0] ?? agency).replace(/\s*\([^()]*\)\s*$/u, "").replace(/[\s,:;.–-]+$/u, "").trim();
  // A name is short; a long "agency" is a sentence that happened to start with a type word.
  if (agency === "" || agency.length > 260 || agency.split(/\s+/).length > 50) return undefined;
  return { agency, duty: duty === "" ? "" : capitalise(duty), keepWhole: false };
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
  content: Line[];
}

/** An intro that says nothing of its own: "có trách nhiệm:", "thực hiện các nhiệm vụ sau:". */
const EMPTY_INTRO = /^(?:có trách nhiệm|có nhiệm vụ|thực hiện(?: các| một số)?(?: nhiệm vụ)?(?: sau| cụ thể)?(?: như sau)?|như sau|gồm)\s*:?$/iu;

function buildTask(duty: Duty): RawTask {
  const paragraphs: string[] = [];
  for (const line of duty.content) {
    const text = line.level === 3 ? `${line.number}) ${line.text}` : line.text;
    // "+" sub-bullets belong to the activity above them.
    if (line.level === 5 && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += ` + ${line.text}`;
    else if (text !== "") paragraphs.push(text);
  }
  let task = duty.start.duty;
  const own = task.replace(/:$/, "").trim();
  if ((task === "" || EMPTY_INTRO.test(task)) && paragraphs.length > 0) {
    task = stripLetter(paragraphs.shift()!);
  } else if (task.endsWith(":") && paragraphs.length > 0 && /^(?:chủ trì|phối hợp)/iu.test(own) && own.length <= 80) {
    // "Sở Tài chính chủ trì, phối hợp các sở, ban, ngành:" introduces its first duty.
    task = `${task} ${stripLetter(paragraphs.shift()!)}`;
  }
  const texts = [task, ...paragraphs];
  return {
    origin: "inline",
    areaLabel: null,
    subArea: null,
    objective: null,
    number: duty.line.number,
    task: task === "" ? duty.start.agency : task,
    parent: duty.parent,
    activities: paragraphs,
    products: [],
    lead: [duty.start.agency],
    partners: partnersIn(texts),
    deadline: timesIn(texts),
    budget: null,
    extra: {},
    position: duty.line.unit.position as Position,
  };
}

function stripLetter(text: string): string {
  return capitalise(text.replace(/^[a-zđ]\)\s*/u, ""));
}

/** Agencies after "phối hợp (với)", each phrase up to the next verb or clause end, when it names an agency. */
export function partnersIn(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(PARTNER_PHRASE)) {
      const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 240);
      const clause = after.split(/[;.:(]/u)[0] ?? "";
      const verb = VERB_AT.exec(clause);
      let phrase = verb && verb.index > 0 ? clause.slice(0, verb.index) : clause;
      const purpose = PURPOSE.exec(phrase);
      if (purpose) phrase = phrase.slice(0, purpose.index);
      phrase = phrase.replace(/[\s,]+$/u, "").trim();
      if (phrase === "" || !startsWithAgency(capitalise(phrase)) || phrase.length > 160) continue;
      for (const name of splitAgencies([phrase]).value) if (!out.some((known) => known.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  return out;
}

/** The time phrases of the item's text (TIME_PHRASE), each an item of the deadline. */
export function timesIn(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(TIME_PHRASE)) {
      const before = text.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
      if (AFTER_SYMBOL.test(before)) continue;
      const phrase = cleanText(match[0]);
      if (!out.includes(phrase)) out.push(phrase);
    }
  }
  return out;
}

/**
 * The duties of one part. `levels` of items: a line opens a duty when it starts with an agency and no duty is open
 * above it; inside an open duty every deeper line is its content; a line without an agency at the level of an open
 * duty or above closes it, and is a heading (a parent) for agency items below it.
 */
export function extractDuties(source: DutySource): RawTask[] {
  const duties: Duty[] = [];
  let open: Duty | undefined;
  const headings: Line[] = [];
  const units = joinSplitHeadings(source.units.filter((u) => !u.footnote && !u.inTable));
  for (const unit of units) {
    const line = lineOf(unit);
    if (CLOSING.test(line.text)) break;
    const start = line.text === "" ? undefined : readAgencyStart(line.text);
    // Inside a duty its a) b) items, bullets and paragraphs are its content; a numbered item under it that names an
    // agency of its own ("2. Đối với các cơ quan …" / "2.2. Phòng Nội vụ") is a duty of its own, the open one its
    // group.
    // A paragraph after a bullet is no longer the bullet's.
    const deeper = open !== undefined && line.level > open.line.level && !(open.line.level >= 4 && line.level === 6);
    if (open && deeper && !(start && line.level <= 2)) {
      open.content.push(line);
      continue;
    }
    if (open && start && line.level > open.line.level) headings.push(open.line);
    // A paragraph after a duty written as a paragraph goes on with it, unless it names an agency of its own.
    if (open && open.line.level === 6 && line.level === 6 && !start) {
      open.content.push(line);
      continue;
    }
    while (headings.length > 0 && headings[headings.length - 1]!.level >= line.level) headings.pop();
    if (start) {
      const parent = headings.length > 0 ? headings[headings.length - 1]!.text : null;
      open = { line, start, parent, content: [] };
      duties.push(open);
      continue;
    }
    open = undefined;
    if (line.level < 6) headings.push(line);
  }
  // An agency named alone with nothing under it (a signature line, a heading left empty) assigns nothing.
  return duties.filter((duty) => duty.start.duty !== "" || duty.content.some((line) => line.text !== "")).map(buildTask);
}

/**
 * A heading cut in two by a line break that a scrape made a paragraph ("16. Mặt trận" / "Tổ quốc tỉnh và các tổ chức
 * chính trị - xã hội"): a bold numbered heading followed by a bold unnumbered short line without a full stop.
 */
function joinSplitHeadings(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const previous = out[out.length - 1];
    const joins =
      previous !== undefined &&
      (previous.bold || previous.kind === "heading") &&
      (unit.bold || unit.kind === "heading") &&
      ITEM.test(previous.text) &&
      !ITEM.test(unit.text) &&
      !BULLET.test(unit.text) &&
      unit.text.length <= 120 &&
      !/[.:;]$/.test(previous.text) &&
      !/[.;]$/.test(unit.text);
    if (joins) out[out.length - 1] = { ...previous, lines: [...previous.lines, ...unit.lines], text: `${previous.text} ${unit.text}` };
    else out.push(unit);
  }
  return out;
}
