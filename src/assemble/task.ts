/**
 * The assemble step: raw rows from extract → contract `Task`s, with the normalizers (text cleaned, lists split into
 * items, agencies cleaned, deadlines parsed, areas decided). Pure functions of the records and the plan period.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { RawTask } from "../extract/table.js";
import { cleanAgency, splitAgencies } from "../normalize/agency.js";
import { classifyArea } from "../normalize/area.js";
import { parseDeadline } from "../normalize/deadline.js";
import { readable, splitActivities, splitItems } from "../normalize/items.js";
import { cleanText } from "../normalize/text.js";
import type { Area, Task } from "../schema/plan.js";

export interface TaskContext {
  year: number;
  period: { from: number; to: number };
}

function agencies(paragraphs: string[], raw: RawTask, diagnostics: Diagnostic[]): string[] {
  const split = splitAgencies(paragraphs, raw.position);
  diagnostics.push(...split.diagnostics);
  return split.value.map((name) => {
    const cleaned = cleanAgency(name, raw.position);
    diagnostics.push(...cleaned.diagnostics);
    return cleaned.value;
  });
}

/**
 * A "Chủ trì/phối hợp" column names the lead first: it leads where the row has no lead column of its own, and the
 * agencies after it are partners (contract, "Task").
 */
function leadAndPartners(raw: RawTask, diagnostics: Diagnostic[]): { lead: string[]; partners: string[] } {
  const lead = agencies(raw.lead, raw, diagnostics);
  const partners = agencies(raw.partners, raw, diagnostics);
  const both = raw.leadOrPartners ? agencies(raw.leadOrPartners, raw, diagnostics) : [];
  if (both.length === 0) return { lead, partners };
  if (lead.length === 0) return { lead: both.slice(0, 1), partners: [...both.slice(1), ...partners] };
  return { lead, partners: [...both, ...partners] };
}

/**
 * From the group label. A task without one (an inline task; a row of a table that has no group rows) is classified
 * like a group heading would be: its parent item's heading, then its objective, then its own text.
 */
function areaOf(areaLabel: string | null, raw: RawTask, text: string): Area {
  if (areaLabel !== null) return classifyArea(areaLabel);
  for (const label of [raw.parent, raw.objective, text]) {
    const area = label ? classifyArea(label) : "other";
    if (area !== "other") return area;
  }
  return "other";
}

export function assembleTasks(raws: RawTask[], context: TaskContext): { value: Task[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const tasks = raws.map((raw, index): Task => {
    const deadline = parseDeadline(raw.deadline, { year: context.year, period: context.period, where: raw.position });
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
