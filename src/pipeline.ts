/**
 * read → segment → extract → assemble → validate: the whole pipeline as one function of the input.
 * Each stage returns its value and its diagnostics; only unreadable input throws (InputError).
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "./file-system.js";
import { DEFAULT_LIMITS } from "./limits.js";
import type { DocumentModel } from "./model/types.js";
import type { Diagnostic } from "./diagnostics.js";
import { type DutySource, assignsByAgency, extractArticleDuties, extractDuties, extractHandedOverItems, extractUnheadedDuties, findDutySections, isDutyHeading } from "./extract/duties.js";
import { extractInlineTasks, findTaskSection } from "./extract/inline.js";
import { type RawTask, extractTableTasks } from "./extract/table.js";
import { assembleTables } from "./assemble/tables.js";
import { assembleTasks } from "./assemble/task.js";
import { InputError, LimitError, describeFsError } from "./errors.js";
import { type ReadOptions, readDocument } from "./read/index.js";
import { type AssignmentTable, type PlanDocument, SCHEMA_VERSION, type Section, planDocumentSchema } from "./schema/plan.js";
import { type PlanParts, segment } from "./segment/index.js";
import type { SectionPart } from "./segment/sections.js";
import type { Unit } from "./segment/units.js";
import { subsectionText, unitsText } from "./segment/sections.js";

export interface ParseOptions extends ReadOptions {}

/** Parses one plan: a file path, or its bytes (then `options.path` may name it for format detection and output). */
export async function parsePlan(input: string | Uint8Array, options: ParseOptions = {}): Promise<PlanDocument> {
  const path = typeof input === "string" ? input : options.path;
  const bytes = typeof input === "string" ? await readInput(input, options) : input;
  const read = await readDocument(bytes, { ...options, ...(path ? { path } : {}) });
  return buildDocument(read.value, read.diagnostics, { path: path ?? null, sha256: createHash("sha256").update(bytes).digest("hex") });
}

async function readInput(path: string, options: ParseOptions): Promise<Uint8Array> {
  const maxBytes = options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError(describeFsError(error));
  }
  if (info.isDirectory()) throw new InputError("is a directory (give a file, or use -o DIR for a batch)");
  if (!info.isFile()) throw new InputError("not a regular file");
  if (info.size > maxBytes) throw new LimitError(`${maxBytes} bytes`, "--max-size", `file is ${info.size} bytes`);
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(describeFsError(error));
  }
}

/** Segment, extract, assemble and validate a document model that a reader produced. */
export function buildDocument(model: DocumentModel, readDiagnostics: Diagnostic[], source: { path: string | null; sha256: string }): PlanDocument {
  const diagnostics: Diagnostic[] = [...readDiagnostics];
  const parts = segment(model);
  diagnostics.push(...parts.diagnostics);
  const { meta } = parts.value;

  const raw = extractTasks(parts.value, diagnostics);
  const fallbackYear = meta.year ?? new Date().getFullYear();
  const period = meta.period ?? { from: fallbackYear, to: fallbackYear };
  const tasks = assembleTasks(raw.tasks, { year: fallbackYear, period });
  diagnostics.push(...tasks.diagnostics);
  // A document that is no plan has said so once (segment's "not-a-plan").
  const notAPlan = diagnostics.some((d) => d.code === "not-a-plan");
  if (tasks.value.length === 0 && !notAPlan) diagnostics.push({ severity: "warning", code: "no-tasks", message: "no assignment table and no task section found" });

  const document: PlanDocument = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: source.path,
      format: model.source.format,
      sha256: source.sha256,
      pages: model.source.pages,
      ocr: model.source.ocrPages.length > 0,
      ...(model.source.ocrEngine ? { ocrEngine: model.source.ocrEngine } : {}),
    },
    meta,
    sections: parts.value.sections.map(
      (s): Section => ({
        numeral: s.numeral,
        heading: s.heading,
        text: unitsText(s.units),
        subsections: s.subsections.map((sub) => ({ number: sub.number, heading: sub.heading, text: subsectionText(sub) })),
      }),
    ),
    tables: raw.tables,
    tasks: tasks.value,
    diagnostics,
  };
  return validate(document);
}

function extractTasks(parts: PlanParts, diagnostics: Diagnostic[]): { tasks: RawTask[]; tables: AssignmentTable[] } {
  const readings = new SectionReadings();
  if (parts.tables.length > 0) {
    const extracted = extractTableTasks(parts.tables);
    diagnostics.push(...extracted.diagnostics);
    const assembled = assembleTables(extracted.value, { issuer: parts.meta.issuer, title: parts.meta.title });
    if (assembled.tasks.length > 0) {
      // A section whose body tables gave records has its assignments already; appendix tables stand in no section.
      const tableBlocks = new Set(extracted.value.filter((table) => table.tasks.length > 0 && table.part.appendix === null).map((table) => table.part.block));
      return { tasks: [...assembled.tasks, ...proseDuties(parts, tableBlocks, undefined, readings)], tables: assembled.tables };
    }
  }
  const section = findTaskSection(parts.sections.filter((candidate) => !readsBetterByAgency(candidate, readings)));
  const inline = section ? readings.inline(section) : [];
  const tasks = [...inline, ...proseDuties(parts, new Set(), section, readings, diagnostics)];
  if (tasks.length === 0) {
    for (const found of extractUnheadedDuties(parts.sections)) {
      diagnostics.push(unheadedDiagnostic(found.section, found.tasks));
      tasks.push(...found.tasks);
    }
  }
  return { tasks, tables: [] };
}

function unheadedDiagnostic(section: SectionPart, tasks: RawTask[], how = "read from the agency items"): Diagnostic {
  return {
    severity: "info",
    code: "duties-unheaded",
    message: `${tasks.length} duties ${how} of section ${section.numeral} "${section.heading.slice(0, 60)}", whose heading does not say it assigns work`,
    where: tasks[0]!.position,
  };
}

/**
 * Each part's reading by either reader, made once: choosing a section's reader reads it both ways, and the reading
 * chosen is the one that goes out. Readers are pure functions of the units they are given, so a reading is kept per
 * units array (a section's own, or the one a duty source names).
 */
class SectionReadings {
  private readonly byAgency = new Map<readonly Unit[], RawTask[]>();
  private readonly byItem = new Map<SectionPart, RawTask[]>();

  duties(source: Pick<DutySource, "units" | "funding">): RawTask[] {
    if (source.funding) return extractDuties(source);
    let tasks = this.byAgency.get(source.units);
    if (!tasks) this.byAgency.set(source.units, (tasks = extractDuties({ units: source.units })));
    return tasks;
  }

  inline(section: SectionPart): RawTask[] {
    let tasks = this.byItem.get(section);
    if (!tasks) this.byItem.set(section, (tasks = extractInlineTasks(section)));
    return tasks;
  }
}

/**
 * A section headed as assigning work ("TỔ CHỨC THỰC HIỆN", "… VÀ TRÁCH NHIỆM THỰC HIỆN") may hold both kinds: items
 * followed by "Cơ quan chủ trì:" / "Thời gian:" lines, and items that start with their body ("1. Sở Nội vụ: …",
 * "Các sở, ban, ngành … có trách nhiệm …. Trong đó:"). The duty reader reads assignment lines too (with the duty they
 * belong to), the task-section reader no body at an item's start: the section goes to the duty reader when that finds
 * the lead of more of its numbered or lettered items (a paragraph the duty reader reads as a body's duty is no item).
 */
function readsBetterByAgency(section: SectionPart, readings: SectionReadings): boolean {
  if (!isDutyHeading(section.heading)) return false;
  const led = (tasks: RawTask[]) => tasks.filter((task) => task.number !== null && task.lead.length > 0).length;
  return led(readings.duties({ units: section.units })) > led(readings.inline(section));
}

/**
 * Duties assigned by agency in prose (extract/duties.ts), from the assigning sections that no table covers: a section
 * holding a table that gave records (`tableBlocks`, block indices) already has its assignments, and so has the
 * section read for "Chủ trì: …" lines. In a plan whose tables gave none (`unheaded`: the diagnostics to add to), a
 * section after the purpose that is not headed as assigning but assigns by agency all the same ("II. NHIỆM VỤ" over
 * "1. Ban Tổ chức Huyện ủy: chủ trì …", "2. Văn phòng Huyện ủy: …") gives its duties too, in document order, with
 * an info `duties-unheaded`, and so do the items of any other such section that hand their work over ("2. Tổ chức
 * Cuộc thi … . Giao Sở Nội vụ chủ trì …") or name a body, its duty and its time ("a) Quý I/2027, các cơ quan, đơn
 * vị đánh giá …"); where tables gave records, the body's task list mostly restates them.
 */
function proseDuties(parts: PlanParts, tableBlocks: ReadonlySet<number>, labelled: SectionPart | undefined, readings: SectionReadings, unheaded?: Diagnostic[]): RawTask[] {
  const sections = parts.sections;
  // A decision's own articles ("Điều 2. Giao …") in document order: before the plan it issues, or after the plan
  // that its Điều 1 holds (then they close the plan's parts).
  const decision = parts.meta.docType === "quyet_dinh";
  const tasks: RawTask[] = decision ? extractArticleDuties(parts.preamble) : [];
  const sources = findDutySections(sections);
  sections.forEach((section, index) => {
    const own = sources.filter((source) => source.section === section);
    if (own.length === 0) {
      if (!unheaded || index === 0 || section === labelled) return;
      if (!assignsByAgency(section.units)) {
        const handed = extractHandedOverItems(section.units);
        const how = handed.byTime === 0 ? "handed over by 'Giao …' in the items" : "handed over in the items (by 'Giao …', or a body with a duty and its time)";
        if (handed.tasks.length > 0) unheaded.push(unheadedDiagnostic(section, handed.tasks, how));
        tasks.push(...handed.tasks);
        return;
      }
      const found = readings.duties({ units: section.units });
      if (found.length < 2) return;
      unheaded.push(unheadedDiagnostic(section, found));
      tasks.push(...found);
      return;
    }
    for (const source of own) {
      if (source.section === labelled) continue;
      const from = source.section.units[0]?.block ?? Number.POSITIVE_INFINITY;
      // The last section ends with its last paragraph: an appendix's table after it is none of its own.
      const to = sections[index + 1]?.units[0]?.block ?? (source.section.units.at(-1)?.block ?? from) + 1;
      if ([...tableBlocks].some((block) => block >= from && block < to)) continue;
      tasks.push(...readings.duties(source));
    }
  });
  if (decision) tasks.push(...extractArticleDuties(parts.articles));
  return tasks;
}

/** Every output is validated before it is written; a failure is a diagnostic naming the field. */
export function validate(document: PlanDocument): PlanDocument {
  const result = planDocumentSchema.safeParse(document);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    document.diagnostics.push({ severity: "error", code: "schema", message: `${issue.path.join(".") || "(document)"}: ${issue.message}` });
  }
  return document;
}
