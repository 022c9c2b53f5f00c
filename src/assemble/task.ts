/**
 * The assemble step: raw rows from extract → contract `Task`s, with the normalizers (text cleaned, lists split into
 * items, agencies cleaned, deadlines parsed, areas decided). Pure functions of the records and the plan period.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { RawTask } from "../extract/table.js";
import { type AgencyItem, cleanAgency, readAgencyCell } from "../normalize/agency.js";
import { classifyArea } from "../normalize/area.js";
import { parseDeadline, parseSplitDeadline } from "../normalize/deadline.js";
import { readable, splitActivities, splitItems } from "../normalize/items.js";
import { cleanText } from "../normalize/text.js";
import type { Area, Task } from "../schema/plan.js";

export interface TaskContext {
  year: number;
  period: { from: number; to: number };
}

/** One cell's agencies, each name cleaned, with the roles its words give; the words cut from it are reported. */
function readAgencies(paragraphs: string[], raw: RawTask, diagnostics: Diagnostic[]): AgencyItem[] {
  const cell = readAgencyCell(paragraphs, { runTogether: true });
  for (const text of cell.runTogether ?? []) {
    diagnostics.push({
      severity: "info",
      code: "agency-run-together",
      message: `"${text.slice(0, 160)}" reads as bodies whose paragraph break was lost: cut where a body's type word follows a whole name`,
      where: raw.position,
    });
  }
  for (const activity of cell.activities) {
    diagnostics.push({
      severity: "info",
      code: "agency-activity",
      message: `"${activity}" is what an agency does, not its name: left out of the agency names of "${paragraphs.join(" ").slice(0, 160)}"`,
      where: raw.position,
    });
  }
  return cell.items.map((item) => {
    const cleaned = cleanAgency(item.name, raw.position);
    diagnostics.push(...cleaned.diagnostics);
    return { name: cleaned.value, role: item.role };
  });
}

const names = (items: AgencyItem[]): string[] => items.map((item) => item.name);

/**
 * Lead and partners from the row's agency cells (contract, "Task"). A cell that says who leads ("Sở A chủ trì; các
 * sở, ngành thực hiện …") is followed: the agency it names as chủ trì leads and the others it names are partners; an
 * agency a lead cell marks "phối hợp" is a partner. A "Chủ trì/phối hợp" column names the lead first: it leads where
 * the row has no lead column of its own, and the agencies after it are partners.
 */
function leadAndPartners(raw: RawTask, diagnostics: Diagnostic[]): { lead: string[]; partners: string[] } {
  const leadCell = readAgencies(raw.lead, raw, diagnostics);
  const partnerCell = readAgencies(raw.partners, raw, diagnostics);
  const bothCell = raw.leadOrPartners ? readAgencies(raw.leadOrPartners, raw, diagnostics) : [];
  const lead: AgencyItem[] = [];
  const partners: AgencyItem[] = [...partnerCell];
  const saysLead = leadCell.some((item) => item.role === "lead");
  for (const item of leadCell) (item.role === "partner" || (saysLead && item.role !== "lead") ? partners : lead).push(item);
  if (bothCell.length > 0) {
    const named = bothCell.some((item) => item.role === "lead");
    bothCell.forEach((item, index) => {
      const leads = item.role === "lead" || (!named && item.role === null && lead.length === 0 && index === bothCell.findIndex((other) => other.role === null));
      (leads ? lead : partners).push(item);
    });
  }
  return { lead: unique(names(lead)), partners: unique(names(partners)) };
}

function unique(list: string[]): string[] {
  return list.filter((name, index) => list.indexOf(name) === index);
}

/**
 * From the group label. A task without one (an inline task; a row of a table that has no group rows) is classified
 * like a group heading would be: its parent item's heading, then its objective, then its own text.
 */
function areaOf(areaLabel: string | null, raw: RawTask, text: string): Area {
  if (raw.scheduleSubject !== undefined) return scheduleArea(areaLabel, raw);
  if (areaLabel !== null) return classifyArea(areaLabel);
  for (const label of [raw.parent, raw.objective, text]) {
    const area = label ? classifyArea(label) : "other";
    if (area !== "other") return area;
  }
  return "other";
}

/**
 * A schedule whose rows name units ("Đơn vị được kiểm tra") names no work: a unit's name ("Ban Thi đua - Khen
 * thưởng") says nothing of the reform area. Its group label decides when it names an area; a group of units or of
 * months ("Các sở, ban, ngành", "Tháng 5/2026") names none, and then the subject of the schedule does, as its table's
 * title or the plan's title writes it ("Lịch kiểm tra công tác cải cách hành chính năm 2026": the inspection work of
 * the reform, `direction`).
 */
function scheduleArea(areaLabel: string | null, raw: RawTask): Area {
  for (const label of [areaLabel, raw.subArea, raw.scheduleSubject]) {
    const area = label ? classifyArea(label) : "other";
    if (area !== "other") return area;
  }
  return "other";
}

export function assembleTasks(raws: RawTask[], context: TaskContext): { value: Task[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const tasks = raws.map((raw, index): Task => {
    const deadlineContext = { year: context.year, period: context.period, where: raw.position };
    const deadline = raw.deadlineBounds
      ? parseSplitDeadline(raw.deadline, raw.deadlineBounds, deadlineContext)
      : parseDeadline(raw.deadline, deadlineContext);
    diagnostics.push(...deadline.diagnostics);
    const areaLabel = raw.areaLabel === null ? null : readable(raw.areaLabel);
    const text = readable(raw.task);
    const extra: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw.extra)) extra[key] = cleanText(value);
    return {
      id: `t${String(index + 1).padStart(3, "0")}`,
      origin: raw.origin,
      kind: raw.kind ?? "task",
      table: raw.table ?? null,
      area: areaOf(areaLabel, raw, text),
      areaLabel,
      subArea: raw.subArea === null ? null : readable(raw.subArea),
      objective: raw.objective === null ? null : readable(raw.objective),
      number: raw.number,
      task: text,
      parent: raw.parent === null ? null : readable(raw.parent),
      activities: splitActivities(raw.activities),
      products: splitItems(raw.products),
      ...leadAndPartners(raw, diagnostics),
      deadline: deadline.value,
      budget: raw.budget === null ? null : cleanText(raw.budget) || null,
      extra,
      source: raw.position,
    };
  });
  return { value: tasks, diagnostics };
}
