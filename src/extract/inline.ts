/**
 * Plans without an appendix table carry their tasks in a body section: numbered items followed by assignment lines,
 * "Cơ quan chủ trì: …", "Đơn vị thực hiện: …", "Phối hợp: …", "Thời gian thực hiện: …", one per line or several on
 * one line ("- Chủ trì: …; phối hợp: …; thời gian: …"), with "Sản phẩm: …" lines for what the task delivers, or in
 * parentheses at the end of the item's own line ("1. Tổ chức hội nghị … (Chủ trì: Sở Tư pháp; thời gian: Quý
 * II/2026)."). Every numbered item of that section is a task (even one naming
 * no agency); lettered parts a), b) with assignment lines of their own are tasks of their own, with the item as
 * parent, and so are sub-numbered items ("1.1." under "1.").
 */
import type { SectionPart } from "../segment/sections.js";
import type { Unit } from "../segment/units.js";
import { cleanText } from "../normalize/text.js";
import type { RawTask } from "./table.js";

/** The label of an assignment: "Cơ quan chủ trì", "Đơn vị thực hiện", "Chủ trì thực hiện", "Phối hợp" … */
const AGENCY_LABEL = /^(?:(?:Cơ quan|Đơn vị)(?:\s*\/\s*(?:cơ quan|đơn vị))?\s+)?(chủ trì|thực hiện|phối hợp)(?:\s+thực hiện)?\s*:\s*/iu;
const TIME_LABEL = /^(?:Thời gian|Thời hạn|Tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*/iu;
/** "Sản phẩm: …", "Sản phẩm đầu ra: …": what the task delivers. */
const PRODUCT_LABEL = /^Sản phẩm(?:\s+(?:đầu ra|dự kiến|chính))?\s*:\s*/iu;
/** Where one line holds several assignments: at ";", and at ". " before the next label. */
const SEGMENT_BREAK = /;\s*|\.\s+(?=(?:(?:Cơ quan|Đơn vị)\s+)?(?:chủ trì|phối hợp|thực hiện|thời gian|thời hạn|tiến độ|sản phẩm)\b)/iu;
const ITEM = /^(\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)]\s*(\S.*)$/u;

type Field = "lead" | "executing" | "partners" | "deadline" | "products";
const FIELDS = ["lead", "executing", "partners", "deadline", "products"] as const;

type Assignment = Record<Field, string[]>;

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
  return product ? { field: "products", value: segment.slice(product[0].length) } : undefined;
}

/**
 * The assignments of one line, or none when the line does not start with a label. Segments without a label of their
 * own continue the field before them ("Phối hợp: Văn phòng Ban; Thanh tra Ban" names two partners).
 */
function readLine(text: string): Partial<Record<Field, string>> | undefined {
  const segments = cleanText(text).split(SEGMENT_BREAK);
  const first = fieldOf(segments[0] ?? "");
  if (!first) return undefined;
  const fields: Partial<Record<Field, string>> = {};
  let current: Field = first.field;
  fields[current] = first.value;
  for (const segment of segments.slice(1)) {
    const next = fieldOf(segment);
    if (next) {
      current = next.field;
      fields[current] = fields[current] ? `${fields[current]}; ${next.value}` : next.value;
    } else if (segment.trim() !== "") fields[current] = `${fields[current] ?? ""}; ${segment}`;
  }
  return fields;
}

function readAssignment(lines: string[]): Assignment {
  const found: Assignment = { lead: [], executing: [], partners: [], deadline: [], products: [] };
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
const hasAssignment = (a: Assignment) => a.lead.length + a.executing.length + a.partners.length + a.deadline.length > 0;

/**
 * The assignment written in parentheses at the end of the item's own line: "1. Tổ chức hội nghị … (Chủ trì: Sở Tư
 * pháp; phối hợp: Sở Nội vụ; thời gian: Quý II/2026)." The item's text is the sentence without it.
 */
const TRAILING_PARENTHESES = /\s*\(([^()]{4,600})\)\s*([.;]?)\s*$/u;

function ownAssignment(heading: string): { heading: string; own: string | null } {
  const found = TRAILING_PARENTHESES.exec(heading);
  if (!found || !readLine(found[1]!)) return { heading, own: null };
  return { heading: `${heading.slice(0, found.index)}${found[2]}`, own: found[1]! };
}

interface Item {
  number: string;
  heading: string;
  unit: Unit;
  /** The assignment in parentheses on the item's own line, if any. */
  own: string | null;
  /** The units after the item's own line, up to the next item. */
  units: Unit[];
  assignment: Assignment;
}

const assignmentOf = (item: Pick<Item, "own" | "units">) => readAssignment([...(item.own === null ? [] : [item.own]), ...item.units.map((unit) => unit.text)]);

/**
 * The numbered and lettered items of a section. A line with a number or letter opens an item when it is a top-level
 * number, reads as a heading (bold, or short without a full stop), or is followed by assignment lines of its own
 * (a lettered or sub-numbered task written as a sentence: "a) Rà soát … của UBND xã."); other such lines are list
 * items inside the item above.
 */
function itemsOf(section: SectionPart): Item[] {
  const candidates: { index: number; number: string; heading: string; own: string | null }[] = [];
  section.units.forEach((unit, index) => {
    const match = unit.footnote ? null : ITEM.exec(unit.text);
    if (match && !readLine(match[2]!)) candidates.push({ index, number: match[1]!, ...ownAssignment(cleanText(match[2]!)) });
  });
  const items: Item[] = [];
  candidates.forEach((candidate, k) => {
    const unit = section.units[candidate.index]!;
    const end = candidates[k + 1]?.index ?? section.units.length;
    const units = section.units.slice(candidate.index + 1, end);
    const assignment = assignmentOf({ own: candidate.own, units });
    const topLevel = /^\d{1,2}$/.test(candidate.number);
    const headingLike = unit.kind === "heading" || unit.bold || (candidate.heading.length <= 150 && !/[.;]$/.test(candidate.heading));
    if (topLevel || headingLike || hasAssignment(assignment)) {
      items.push({ number: candidate.number, heading: candidate.heading, unit, own: candidate.own, units, assignment });
    } else {
      // A list item inside the item above: its lines belong to that item (read again below, once).
      items[items.length - 1]?.units.push(unit, ...units);
    }
  });
  for (const item of items) item.assignment = assignmentOf(item);
  return items;
}

function enclosing(number: string, byNumber: Map<string, Item>): Item | undefined {
  const parts = number.split(".");
  for (let length = parts.length - 1; length >= 1; length--) {
    const found = byNumber.get(parts.slice(0, length).join("."));
    if (found) return found;
  }
  return undefined;
}

/** The body section whose items carry the most assignment lines. */
export function findTaskSection(sections: SectionPart[]): SectionPart | undefined {
  let best: SectionPart | undefined;
  let bestScore = 0;
  for (const section of sections) {
    const score = itemsOf(section).filter((item) => hasAssignment(item.assignment)).length;
    if (score > bestScore) {
      best = section;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : undefined;
}

export function extractInlineTasks(section: SectionPart): RawTask[] {
  const tasks: RawTask[] = [];
  let lastNumbered: Item | undefined;
  /** The latest item with each number, for the parent of "1.2" ("1") and of "1.2.3" ("1.2", else "1"). */
  const byNumber = new Map<string, Item>();
  for (const item of itemsOf(section)) {
    const lettered = /^[a-zđ]$/u.test(item.number);
    if (lettered && !hasAssignment(item.assignment)) continue;
    // A lettered part belongs to the last numbered item; "1.2" to the item numbered "1".
    const parent = lettered ? lastNumbered : enclosing(item.number, byNumber);
    if (!lettered) {
      lastNumbered = item;
      byNumber.set(item.number, item);
    }
    const { assignment } = item;
    // "Cơ quan thực hiện" is the lead when no "chủ trì" is named; beside a "chủ trì" it names the partners.
    const lead = assignment.lead.length ? assignment.lead : assignment.executing;
    const partners = assignment.lead.length ? [...assignment.executing, ...assignment.partners] : assignment.partners;
    tasks.push({
      origin: "inline",
      areaLabel: null,
      subArea: null,
      objective: null,
      number: item.number,
      task: item.heading,
      parent: parent ? parent.heading : null,
      activities: [],
      products: assignment.products,
      lead,
      partners,
      deadline: assignment.deadline,
      budget: null,
      extra: {},
      position: item.unit.position,
    });
  }
  return tasks;
}
