/**
 * Plans without an appendix table carry their tasks in a body section: numbered items followed by lines such as
 * "Cơ quan chủ trì: …", "Cơ quan thực hiện: …", "Cơ quan phối hợp: …", "Thời gian thực hiện: …". Every numbered item
 * of that section is a task (even one naming no agency); lettered parts a), b) with agencies of their own are tasks
 * of their own, with the item as parent.
 */
import type { SectionPart, SubsectionPart } from "../segment/sections.js";
import type { Unit } from "../segment/units.js";
import { cleanText } from "../normalize/text.js";
import type { RawTask } from "./table.js";

const AGENCY_LINE = /^(?:[-+•]\s*)?(?:Cơ quan|Đơn vị)\s+(chủ trì|thực hiện|phối hợp)(?:\s+thực hiện)?\s*:\s*(.*)$/iu;
const TIME_LINE = /^(?:[-+•]\s*)?(?:Thời gian|Thời hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*(.*)$/iu;

interface Assignment {
  lead: string[];
  executing: string[];
  partners: string[];
  deadline: string[];
}

function readAssignment(units: Unit[]): Assignment {
  const found: Assignment = { lead: [], executing: [], partners: [], deadline: [] };
  for (const unit of units) {
    const text = cleanText(unit.text);
    const agency = AGENCY_LINE.exec(text);
    if (agency) {
      const kind = agency[1]!.toLocaleLowerCase("vi");
      const value = agency[2]!.replace(/[.;]+$/, "").trim();
      if (kind === "chủ trì") found.lead.push(value);
      else if (kind === "phối hợp") found.partners.push(value);
      else found.executing.push(value);
      continue;
    }
    const time = TIME_LINE.exec(text);
    if (time) found.deadline.push(time[1]!.replace(/[.;]+$/, "").trim());
  }
  return found;
}

const hasAssignment = (a: Assignment) => a.lead.length + a.executing.length + a.partners.length + a.deadline.length > 0;

/** The body section whose numbered items carry the most agency / timeline lines. */
export function findTaskSection(sections: SectionPart[]): SectionPart | undefined {
  let best: SectionPart | undefined;
  let bestScore = 0;
  for (const section of sections) {
    const score = section.subsections.filter((s) => hasAssignment(readAssignment(s.units))).length;
    if (score > bestScore) {
      best = section;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : undefined;
}

export function extractInlineTasks(section: SectionPart): RawTask[] {
  const tasks: RawTask[] = [];
  let item: SubsectionPart | undefined;
  for (const sub of section.subsections) {
    const lettered = /^[a-zđ]$/u.test(sub.number);
    const assignment = readAssignment(sub.units);
    if (!lettered) item = sub;
    if (lettered && !hasAssignment(assignment)) continue;
    // "Cơ quan thực hiện" is the lead when no "chủ trì" is named; beside a "chủ trì" it names the partners.
    const lead = assignment.lead.length ? assignment.lead : assignment.executing;
    const partners = assignment.lead.length ? [...assignment.executing, ...assignment.partners] : assignment.partners;
    const unit = section.units[sub.startUnit];
    tasks.push({
      origin: "inline",
      areaLabel: null,
      subArea: null,
      objective: null,
      number: sub.number,
      task: sub.heading,
      parent: lettered && item ? item.heading : null,
      activities: [],
      products: [],
      lead,
      partners,
      deadline: assignment.deadline,
      budget: null,
      extra: {},
      position: unit?.position ?? {},
    });
  }
  return tasks;
}
