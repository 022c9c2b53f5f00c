/**
 * Assignment lines and parentheses, read alike by the task section's items (extract/inline.ts) and by the duties
 * assigned in prose (extract/duties.ts): "Cơ quan chủ trì: …", "Đơn vị thực hiện: …", "Phối hợp: …", "Thời gian thực
 * hiện: …", "Sản phẩm: …", one per line or several on one line ("- Chủ trì: …; phối hợp: …; thời gian: …"), in
 * parentheses at the end of an item ("(Chủ trì: Sở Tư pháp; phối hợp: Sở Nội vụ; thời gian: Quý II/2026)"), or the
 * bodies alone in those parentheses ("(Sở Tư pháp)", "(Văn phòng UBND tỉnh chủ trì, Sở Nội vụ phối hợp)").
 */
import { readAgencyCell, startsWithAgency } from "../normalize/agency.js";
import { capitalise, cleanText } from "../normalize/text.js";

/** The label of an assignment: "Cơ quan chủ trì", "Đơn vị thực hiện", "Chủ trì thực hiện", "Phối hợp" … */
const AGENCY_LABEL = /^(?:(?:Cơ quan|Đơn vị)(?:\s*\/\s*(?:cơ quan|đơn vị))?\s+)?(chủ trì|thực hiện|phối hợp)(?:\s+thực hiện)?\s*:\s*/iu;
const TIME_LABEL = /^(?:Thời gian|Thời hạn|Tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*/iu;
/** "Sản phẩm: …", "Sản phẩm đầu ra: …", "Kết quả: …": what the task delivers. */
const PRODUCT_LABEL = /^(?:Sản phẩm|Kết quả)(?:\s+(?:đầu ra|dự kiến|chính|cần đạt))?\s*:\s*/iu;
/** "Kinh phí: …", "Nguồn kinh phí: …", "Kinh phí thực hiện: …": what the duty costs and who pays. */
const BUDGET_LABEL = /^(?:Nguồn\s+)?kinh phí(?:\s+(?:thực hiện|dự kiến))?\s*:\s*/iu;
/** Where one line holds several assignments: at ";", and at ". " before the next label. */
const SEGMENT_BREAK = /;\s*|\.\s+(?=(?:(?:Cơ quan|Đơn vị)\s+)?(?:chủ trì|phối hợp|thực hiện|thời gian|thời hạn|tiến độ|sản phẩm|kết quả|kinh phí)\b)|,\s*(?=phối hợp\s+(?:với\s+)?(?:[A-ZĐ]|các\s))/iu;
/** "Cơ quan chủ trì: Sở Nội vụ, phối hợp với Thanh tra tỉnh": the partners named after the lead, without a label's colon. */
const PARTNER_WORDS = /^phối hợp\s+(?:với\s+)?(?=[A-ZĐ]|các\s)/iu;

export type Field = "lead" | "executing" | "partners" | "deadline" | "products" | "budget";
export const FIELDS = ["lead", "executing", "partners", "deadline", "products", "budget"] as const;

export type Assignment = Record<Field, string[]>;

function fieldOf(segment: string): { field: Field; value: string } | undefined {
  const agency = AGENCY_LABEL.exec(segment);
  if (agency) {
    const kind = agency[1]!.toLocaleLowerCase("vi");
    const field: Field = kind === "chủ trì" ? "lead" : kind === "phối hợp" ? "partners" : "executing";
    return { field, value: segment.slice(agency[0].length) };
  }
  const time = TIME_LABEL.exec(segment);
  if (time) return { field: "deadline", value: segment.slice(time[0].length) };
  const product = PRODUCT_LABEL.exec(segment);
  if (product) return { field: "products", value: segment.slice(product[0].length) };
  const budget = BUDGET_LABEL.exec(segment);
  return budget ? { field: "budget", value: segment.slice(budget[0].length) } : undefined;
}

/**
 * The assignments of one line, or none when the line does not start with a label. Segments without a label of their
 * own continue the field before them ("Phối hợp: Văn phòng Ban; Thanh tra Ban" names two partners).
 */
export function readLine(text: string): Partial<Record<Field, string>> | undefined {
  const segments = cleanText(text).split(SEGMENT_BREAK);
  const first = fieldOf(segments[0] ?? "");
  if (!first) return undefined;
  const fields: Partial<Record<Field, string>> = {};
  let current: Field = first.field;
  fields[current] = first.value;
  for (const segment of segments.slice(1)) {
    const next = fieldOf(segment) ?? (PARTNER_WORDS.test(segment) && (current === "lead" || current === "executing") ? { field: "partners" as const, value: segment.replace(PARTNER_WORDS, "") } : undefined);
    if (next) {
      current = next.field;
      fields[current] = fields[current] ? `${fields[current]}; ${next.value}` : next.value;
    } else if (segment.trim() !== "") fields[current] = `${fields[current] ?? ""}; ${segment}`;
  }
  return fields;
}

export function emptyAssignment(): Assignment {
  return { lead: [], executing: [], partners: [], deadline: [], products: [], budget: [] };
}

export function readAssignment(lines: string[]): Assignment {
  const found = emptyAssignment();
  for (const line of lines) {
    const fields = readLine(line);
    if (!fields) continue;
    for (const field of FIELDS) {
      const value = fields[field]?.replace(/[.;]+$/, "").trim();
      // Products are a list: "Sản phẩm: Kế hoạch; Báo cáo" names two.
      if (value) found[field].push(...(field === "products" ? value.split(/\s*;\s*/u).filter((item) => item !== "") : [value]));
    }
  }
  return found;
}

/** What the task delivers says nothing of who does it: a product alone assigns nothing. */
export const hasAssignment = (a: Assignment) => a.lead.length + a.executing.length + a.partners.length + a.deadline.length > 0;

/**
 * The assignment written in parentheses at the end of an item's own line: "1. Tổ chức hội nghị … (Chủ trì: Sở Tư
 * pháp; phối hợp: Sở Nội vụ; thời gian: Quý II/2026)." or the bodies alone, "… hoàn thành trong Quý II/2026 (Sở Tư
 * pháp)." The item's text is the sentence without it.
 */
const TRAILING_PARENTHESES = /\s*\(([^()]{3,600})\)\s*([.;]?)\s*$/u;

/**
 * Words that make a parenthesis more than a list of bodies: a body that does something in it ("(UBND tỉnh ban hành)")
 * or a reference ("(theo Kế hoạch số 12/KH-UBND)"), a date. A number may be part of a name ("Ban Chỉ đạo 35 tỉnh").
 * "chủ trì" and "phối hợp" are the roles the list gives its bodies.
 */
const NOT_ONLY_BODIES = /\/|\snăm\s+\d|\s(?:ban hành|thực hiện|tổ chức|triển khai|xây dựng|báo cáo|theo|tại|gồm|kèm|nếu|có|được|là|của)(?=\s|$)/u;

/**
 * The bodies alone in parentheses, each with the role the parenthesis gives it: "(Sở Tư pháp)", "(Công an xã chủ trì,
 * Trạm Y tế xã phối hợp)", "(Đoàn Thanh niên xã, Trường Trung học cơ sở Hòa Thám)". With no role written every body
 * leads; beside a "chủ trì" a body without a role is a partner. Undefined when anything else is written there.
 */
export function bodiesInParentheses(inner: string): { lead: string[]; partners: string[] } | undefined {
  const text = cleanText(inner).replace(/[.;,\s]+$/u, "");
  if (text.length > 300 || /[:()]/u.test(text)) return undefined;
  const cell = readAgencyCell([text]);
  if (cell.items.length === 0 || cell.activities.length > 0) return undefined;
  if (!cell.items.every((item) => item.name.length <= 120 && startsWithAgency(item.name) && !NOT_ONLY_BODIES.test(` ${item.name}`))) return undefined;
  const leads = cell.items.some((item) => item.role === "lead");
  return {
    lead: cell.items.filter((item) => (leads ? item.role === "lead" : item.role !== "partner")).map((item) => item.name),
    partners: cell.items.filter((item) => (leads ? item.role !== "lead" : item.role === "partner")).map((item) => item.name),
  };
}

/** The labelled assignment a parenthesis stands for: its own labels, or its bodies as "Chủ trì: …; Phối hợp: …". */
export function parenthesisedAssignment(inner: string): string | null {
  if (readLine(inner)) return inner;
  // "(Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp; hoàn thành trong Quý II/2026)": the bodies, then their time.
  const timed = TIME_AFTER_BODIES.exec(inner);
  const bodies = bodiesInParentheses(timed ? inner.slice(0, timed.index) : inner);
  if (!bodies || bodies.lead.length === 0) return null;
  const time = timed ? [`Thời gian: ${inner.slice(timed.index + timed[0].length).trim()}`] : [];
  return [`Chủ trì: ${bodies.lead.join("; ")}`, ...bodies.partners.map((name) => `Phối hợp: ${name}`), ...time].join("; ");
}

/** The time after the bodies of a parenthesis, as its last part: "; hoàn thành trong Quý II/2026", "; trước ngày 30/6/2026". */
const TIME_AFTER_BODIES = /\s*[;,]\s*(?=(?:hoàn thành\s+|xong\s+)?(?:trước|trong|chậm nhất|từ|vào)\s+(?:ngày\s+|tháng\s+|quý\s+|năm\s+)?[\divxIVX][^;()]*$)/iu;

/**
 * "… phòng cháy, chữa cháy (PCCC)", "… sản xuất, kinh doanh (SXKD)": an abbreviation made of the initials of the words
 * right before it defines a short name for them; it names no body.
 */
function spellsWordsBefore(inner: string, before: string): boolean {
  const letters = Array.from(inner.trim().replace(/[&-]/gu, ""));
  if (letters.length < 2 || letters.length > 10 || letters.some((letter) => letter === letter.toLocaleLowerCase("vi"))) return false;
  const words = before.split(/[\s,;.]+/u).filter((word) => word !== "");
  if (words.length < letters.length) return false;
  const initials = words.slice(-letters.length).map((word) => Array.from(word)[0]!.toLocaleUpperCase("vi")).join("");
  return initials === letters.join("");
}

/**
 * The assignment as the item's last sentence: "Tổ chức Hội nghị sơ kết. Chủ trì thực hiện: Văn phòng UBND tỉnh; phối
 * hợp: …; thời gian: tháng 7/2026." Only when the label names a body ("Thực hiện: theo quy định" names none).
 */
const LABEL_SENTENCE_AT_END = /(?<=[.;])\s+(?=(?:(?:Cơ quan|Đơn vị)\s+)?(?:chủ trì|thực hiện)(?:\s+thực hiện)?\s*:)/iu;

/**
 * "Xây dựng bộ tài liệu … do Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Lâm Đồng thực hiện …": an item
 * that names its lead in passing, "do X chủ trì"; the whole item stays its text.
 */
const LED_BY = /(?<![\p{L}])do\s+(?=\p{Lu})/u;
const LEAD_ROLE = /\s(?:(?:đồng|cùng)\s+)?chủ trì(?![\p{L}])/u;

function ledBy(heading: string): string | null {
  const at = LED_BY.exec(heading.slice(0, 600));
  if (!at) return null;
  const rest = heading.slice(at.index + at[0].length, at.index + at[0].length + 200);
  const role = LEAD_ROLE.exec(rest);
  const agency = role ? rest.slice(0, role.index) : "";
  return agency !== "" && !/[.;:()]/u.test(agency) && startsWithAgency(agency) ? `Chủ trì: ${agency}` : null;
}

/**
 * An item's own line without the assignment it writes at its end, and that assignment as labelled text: in
 * parentheses, as its last sentence, or named in passing ("do X chủ trì", the line kept whole).
 */
export function ownAssignment(heading: string): { heading: string; own: string | null } {
  const found = TRAILING_PARENTHESES.exec(heading);
  // "Kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh (Ban Chỉ đạo)": a short name for a body the item names, no lead.
  const shortName =
    found !== null && (heading.slice(0, found.index).toLocaleLowerCase("vi").includes(found[1]!.trim().toLocaleLowerCase("vi")) || spellsWordsBefore(found[1]!, heading.slice(0, found.index)));
  const own = found && !shortName ? parenthesisedAssignment(found[1]!) : null;
  if (found && own !== null) return { heading: `${heading.slice(0, found.index)}${found[2]}`, own };
  const sentence = LABEL_SENTENCE_AT_END.exec(heading);
  if (sentence) {
    const label = heading.slice(sentence.index + sentence[0].length);
    const fields = readLine(label);
    const named = [fields?.lead, fields?.executing].flatMap((value) => (value === undefined ? [] : value.split(/\s*;\s*/u))).filter((name) => name !== "");
    const before = heading.slice(0, sentence.index).replace(/;$/u, ".");
    if (named.length > 0 && named.every((name) => startsWithAgency(capitalise(name))) && before !== "") return { heading: before, own: label };
  }
  const passing = ledBy(heading);
  return passing !== null ? { heading, own: passing } : { heading, own: null };
}
