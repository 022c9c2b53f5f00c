/**
 * Plans without an appendix table carry their tasks in a body section: numbered items followed by assignment lines,
 * "Cơ quan chủ trì: …", "Đơn vị thực hiện: …", "Phối hợp: …", "Thời gian thực hiện: …", one per line or several on
 * one line ("- Chủ trì: …; phối hợp: …; thời gian: …"), with "Sản phẩm: …" lines for what the task delivers, or in
 * parentheses at the end of the item's own line ("1. Tổ chức hội nghị … (Chủ trì: Sở Tư pháp; thời gian: Quý
 * II/2026)."), or the bodies alone there ("… (Sở Tư pháp)."; extract/assignment.ts). Every numbered item of that
 * section is a task (even one naming no agency); lettered parts a), b) with assignment lines of their own are tasks of
 * their own, with the item as parent, and so are sub-numbered items ("1.1." under "1.").
 */
import type { SectionPart } from "../segment/sections.js";
import type { Unit } from "../segment/units.js";
import { cleanText } from "../normalize/text.js";
import { type Assignment, hasAssignment, ownAssignment, readAssignment, readLine } from "./assignment.js";
import { handedOver, partnersIn, timesIn } from "./duties.js";
import type { RawTask } from "./table.js";

const ITEM = /^(\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)]\s*(\S.*)$/u;

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
    const labelled = assignment.lead.length ? assignment.lead : assignment.executing;
    const named = assignment.lead.length ? [...assignment.executing, ...assignment.partners] : assignment.partners;
    // With no assignment line the item may hand its work over in a sentence of its own ("… . Giao Sở … chủ trì …").
    const handed = labelled.length === 0 ? handedOver([item.heading, ...item.units.map((unit) => cleanText(unit.text))]) : undefined;
    const lead = handed ? handed.lead : labelled;
    // An item whose own line names its lead ("… do Sở A chủ trì, phối hợp với Sở B thực hiện") names its partners there too.
    const partners = named.length === 0 && handed ? handed.partners : named.length === 0 && item.own !== null ? partnersIn([item.heading]) : named;
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
      // With no time written as a label the item's own sentence may say when ("…, hoàn thành trong Quý II/2026 (Sở
      // Tư pháp)").
      deadline: assignment.deadline.length > 0 ? assignment.deadline : timesIn([item.heading, ...(handed && !item.heading.includes(handed.sentence) ? [handed.sentence] : [])]),
      budget: assignment.budget.length > 0 ? assignment.budget.join("; ") : null,
      extra: {},
      position: item.unit.position,
    });
  }
  return tasks;
}
