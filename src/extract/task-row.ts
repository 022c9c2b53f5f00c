/**
 * One data row of an assignment table → one raw record, as small named steps over the rows above it:
 *
 * - `identifyRow`     which task the row is: a row of the task above (empty task cell), a "- sub-item", or its own.
 * - `subItemParent`   the numbered task a "- sub-item" row belongs to.
 * - `ownCells`        the cells the row fills itself, by role.
 * - `fillDown`        cells merged down from the row above (contract, "Task": lead, partners, budget of the same task;
 *                     the whole responsibility block under one objective; a sub-item's block from its parent).
 * - `isHeadingRow`    "3. Hoạt động kiểm tra" with nothing but its text and sub-items below: no record of its own.
 *
 * Page-break continuations are joined before this (rows.ts, `isContinuation` / `mergeInto`).
 */
import type { Position } from "../diagnostics.js";
import { startsWithAgency } from "../normalize/agency.js";
import { capitalise, foldForMatch } from "../normalize/text.js";
import { type ColumnRole, ASSIGNING_ROLES, rolesWhere } from "../schema/roles.js";
import { AGENCY_MARK, type TaskHeader } from "../segment/task-header.js";
import { type Columns, type GridRow, type Slot, isEmptySlot, itemsCountedApart, slot, startsNumbered } from "./rows.js";

export interface RawTask {
  origin: "appendix" | "body" | "inline";
  /** Its table's kind and id (assemble sets the id); absent for inline tasks. */
  kind?: "task" | "target" | "schedule";
  table?: string | null;
  /** A schedule of units: its subject as its table or plan names it ("Lịch kiểm tra công tác cải cách hành chính …"). */
  scheduleSubject?: string | null;
  areaLabel: string | null;
  subArea: string | null;
  objective: string | null;
  number: string | null;
  task: string;
  parent: string | null;
  activities: string[];
  products: string[];
  lead: string[];
  partners: string[];
  /** A "Chủ trì/phối hợp" column's items: the first named agency leads, the others are partners (assemble decides). */
  leadOrPartners?: string[];
  deadline: string[];
  /**
   * A split time column's two cells ("Bắt đầu" | "Hoàn thành"), both written: the start cell bounds the start and the
   * end cell the end ("Tháng 6/2026" | "Trước 30/6/2026" starts 1 June). `deadline` holds them joined, as one cell.
   */
  deadlineBounds?: { start: string; end: string };
  budget: string | null;
  extra: Record<string, string>;
  position: Position;
}

/** A number of four digits or more needs its dot ("1000. …"): "2025 là năm …" starts with a year, not a number. */
const ITEM_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,3}|\d{4,6}(?=[.)]))[.)]?\s+(\S.*)$/su;
export const BULLET = /^[-+•·●▪–]\s*/u;

/** "2.1. Rà soát …" → number "2.1", text "Rà soát …"; text without a number as it is. */
export function splitNumber(text: string): { number: string | null; text: string } {
  const match = ITEM_NUMBER.exec(text);
  return match ? { number: match[1]!, text: match[2]! } : { number: null, text };
}

/** "2.1" is a sub-number of "2" (and "1.2.3" of "1.2"). */
export function isSubNumber(number: string | null | undefined, of: string | null | undefined): boolean {
  return !!number && !!of && number.startsWith(`${of}.`) && number.length > of.length + 1;
}

/** The row's own number: its number cell, else the number its task text starts with. */
export function rowNumberOf(row: GridRow, columns: Columns): string | null {
  const numberSlot = slot(row, columns, "number");
  if (!isEmptySlot(numberSlot)) return numberSlot!.paragraphs.join(" ").replace(/[.)]$/, "");
  const first = slot(row, columns, "task")?.paragraphs[0];
  return first ? splitNumber(first).number : null;
}

/** The number a row's task text starts with, as a number ("2.3. …" → 3). */
export function taskNumberOf(row: GridRow, columns: Columns): number | undefined {
  const first = slot(row, columns, "task")?.paragraphs[0];
  if (!first || !startsNumbered(first)) return undefined;
  const number = splitNumber(first).number;
  return number ? Number(number.split(".").pop()) : undefined;
}

export function slotText(s: { paragraphs: string[] } | undefined): string {
  return s ? s.paragraphs.join(" ").trim() : "";
}

/** What the rows above say about the row being read. */
export interface RowContext {
  /** The current objective (a Mục tiêu cell, filled down). */
  objective: string | null;
  /** The record of the row above. */
  previous: RawTask | undefined;
  /** The last numbered task. */
  numbered: RawTask | undefined;
  /** A numbered row with nothing but its text, whose sub-items are the tasks. */
  headerOnly: RawTask | undefined;
  /** The last "- sub-item" under the current numbered task: the parent of the "+" rows under it. */
  dashItem?: RawTask | undefined;
}

export type RowShape = "sameTask" | "subItem" | "own";

export interface RowIdentity {
  shape: RowShape;
  number: string | null;
  text: string;
  parent: string | null;
  /**
   * Where an own row's parent comes from: the heading row above it ("2" over "2.1"), the general task column beside
   * it ("Nhiệm vụ | Nội dung công việc cụ thể"), or the numbered task above a lettered row ("1" over "a", "b").
   */
  parentFrom?: "heading" | "column" | "letter";
}

/** A lettered row number ("a", "b", "đ"): a part of the numbered task above it. */
const LETTER = /^[a-zđ]$/u;

export function isLetterNumber(number: string | null | undefined): boolean {
  return !!number && LETTER.test(number);
}

/**
 * The general task of a row in a table that has a general task column: its own cell (a merged copy included), else,
 * on a row with no number of its own, the general task of the row above (its cell merged down, the merge lost).
 */
function generalTaskOf(row: GridRow, columns: Columns, ownNumber: string | null, context: RowContext): { text: string; carried: boolean } | undefined {
  const index = columns.of.parentTask;
  if (index === undefined) return undefined;
  const own = row.slots[index];
  if (own && own.paragraphs.length > 0) return { text: own.paragraphs.join(" ").trim(), carried: own.merged };
  const above = context.previous;
  return ownNumber === null && above?.parent ? { text: above.parent, carried: true } : undefined;
}

/** The number written in the row's number cell ("3." → "3"), if it has one of its own. */
export function ownNumberOf(row: GridRow, columns: Columns): string | null {
  const numberSlot = slot(row, columns, "number");
  return numberSlot && numberSlot.paragraphs.length ? numberSlot.paragraphs.join(" ").replace(/[.)]$/, "") : null;
}

/**
 * A "- sub-item" row belongs to the last numbered task above it: a heading row's own task under it ("1" over "1.1"
 * over "- …": 1.1), else the heading row itself ("3" over "- …"). A "+" row under a "- sub-item" is a part of that
 * item, as "+" bullets nest under "-" ones in the plans' prose.
 */
export function subItemParent(context: RowContext, bullet?: string): RawTask | undefined {
  if (bullet === "+" && context.dashItem) return context.dashItem;
  return context.numbered ?? context.headerOnly;
}

/**
 * A task cell written as a list: at most one paragraph of its own ("Rà soát văn bản quy phạm pháp luật:") and then
 * two or more bulleted items, one paragraph each. The intro loses its closing colon; the items their bullets.
 */
function bulletList(paragraphs: readonly string[]): { intro: string | null; items: string[] } | undefined {
  const texts = paragraphs.map((p) => p.trim()).filter((p) => p !== "");
  const first = texts.findIndex((p) => BULLET.test(p));
  if (first < 0 || first > 1 || texts.length - first < 2) return undefined;
  const items = texts.slice(first);
  if (!items.every((p) => BULLET.test(p))) return undefined;
  const intro = first === 1 ? texts[0]!.replace(/\s*:$/u, "") : null;
  return { intro, items: items.map((p) => p.replace(BULLET, "").replace(/[;.]$/u, "").trim()) };
}

/**
 * A task cell listing its items ("- …" paragraphs) beside a time cell of as many lines, one time per item ("- Quý
 * II/2026" / "- Quý III/2026"): each item with its own time, "item | time", as the rows of a table inside the cell
 * are read. Undefined when the counts differ (the times then are the task's, as written).
 */
export function timedItems(row: GridRow, columns: Columns): string[] | undefined {
  const taskSlot = slot(row, columns, "task");
  const timeSlot = slot(row, columns, "deadline");
  if (isEmptySlot(taskSlot) || isEmptySlot(timeSlot) || taskSlot!.nested || columns.moreDeadlines.length > 0) return undefined;
  const list = bulletList(taskSlot!.paragraphs);
  const times = timeSlot!.paragraphs.map((p) => p.trim().replace(BULLET, "").replace(/[;.]$/u, "").trim()).filter((p) => p !== "");
  if (list === undefined || times.length !== list.items.length) return undefined;
  return list.items.map((item, index) => `${item} | ${times[index]!}`);
}

/** An STT cell holding an Arabic number of its own ("2", "2.1"), not a bullet moved there nor a letter. */
function hasOwnDigitNumber(number: string | null): boolean {
  return number !== null && /^\d+(?:\.\d+)*$/u.test(number);
}

/** The bullet a "- sub-item" row's task cell starts with ("-", "+", "•"), if it starts with one. */
export function subItemBullet(row: GridRow, columns: Columns): string | undefined {
  const first = slot(row, columns, "task")?.paragraphs[0];
  return first !== undefined && BULLET.test(first) ? first.trim().charAt(0) : undefined;
}

export function identifyRow(row: GridRow, columns: Columns, context: RowContext): RowIdentity {
  const ownNumber = ownNumberOf(row, columns);
  const taskSlot = slot(row, columns, "task");
  const taskParagraphs = isEmptySlot(taskSlot) ? [] : ownTaskText(taskSlot!);
  if (taskParagraphs.length === 0) {
    // An empty task cell: another row of the task above (its task cell merged down).
    if (context.previous) return { shape: "sameTask", number: context.previous.number, text: context.previous.task, parent: context.previous.parent };
    return { shape: "sameTask", number: ownNumber, text: context.objective ?? "", parent: null };
  }
  // A bullet before the task of a row numbered in its own STT cell ("2 | - Công bố …") opens the row's list of items:
  // the number says the row is a task of its own, not an item of the task above.
  if (BULLET.test(taskParagraphs[0] ?? "") && !hasOwnDigitNumber(ownNumber)) {
    const parent = subItemParent(context, taskParagraphs[0]!.trim().charAt(0))?.task ?? null;
    return { shape: "subItem", number: null, text: taskParagraphs.join(" ").replace(BULLET, ""), parent };
  }
  // "3 | 1. … 2. …": the row's own number, its items kept in its text as written (packed.ts `itemsOfItsOwn`).
  const listed = bulletList(taskParagraphs);
  const split = itemsCountedApart(ownNumber, taskParagraphs) !== undefined
    ? { number: null, text: taskParagraphs.join(" ") }
    : listed !== undefined && (listed.intro === null || timedItems(row, columns) !== undefined)
      ? { number: null, text: listed.intro ?? listed.items.join("; ") }
      : splitNumber(taskParagraphs.join(" "));
  const number = split.number ?? ownNumber;
  const general = generalTaskOf(row, columns, ownNumber, context);
  if (general) {
    // A specific task under the general one it shares a number with.
    return { shape: "own", number: number ?? (general.carried ? (context.previous?.number ?? null) : null), text: split.text, parent: general.text, parentFrom: "column" };
  }
  // "2.1" under a "2" that has nothing but its text: the sub-numbered rows are its tasks.
  if (context.headerOnly && isSubNumber(number, context.headerOnly.number)) return { shape: "own", number, text: split.text, parent: context.headerOnly.task, parentFrom: "heading" };
  // "a", "b" under a task numbered "1": parts of it.
  // The nearest: a task "1.2" under the heading "1" owns the letters below it.
  const deeper = context.numbered !== undefined && context.headerOnly !== undefined && isSubNumber(context.numbered.number, context.headerOnly.number);
  const above = deeper ? context.numbered : (context.headerOnly ?? context.numbered);
  if (isLetterNumber(ownNumber) && split.number === null && above?.number && /^\d/.test(above.number)) {
    return { shape: "own", number, text: split.text, parent: above.task, parentFrom: "letter" };
  }
  return { shape: "own", number, text: split.text, parent: null };
}

type ListRole = "activities" | "products" | "lead" | "partners" | "leadOrPartners" | "deadline";

/** The cells the row fills itself: list roles as items, the budget as text, other columns under their header. */
export function ownCells(row: GridRow, columns: Columns, header: TaskHeader): Pick<RawTask, ListRole | "budget" | "extra" | "deadlineBounds"> {
  const list = (role: ListRole): string[] => {
    const s = slot(row, columns, role);
    const own = s && s.paragraphs.length ? [...s.paragraphs] : [];
    if (role !== "deadline" || columns.moreDeadlines.length === 0) return own;
    // A start column and an end column: one deadline "start - end", whose two items give the task's span.
    const parts = [own, ...columns.moreDeadlines.map((index) => row.slots[index]?.paragraphs ?? [])].map((p) => p.join(" ").trim());
    const written = parts.filter((p) => p !== "");
    const lone = parts.length === 2 && written.length === 1 && BOUND_VALUE.test(written[0]!) && saysStartAndEnd(header, columns) ? (parts[0] !== "" ? "start" : "end") : undefined;
    if (lone === "start") return [`Từ ${/^\d/.test(written[0]!) ? "ngày " : ""}${written[0]}`];
    if (lone === "end") return [`Đến ${written[0]}`];
    return written.length > 0 ? [written.join(" - ")] : [];
  };
  const extra: Record<string, string> = {};
  const keep = (index: number): void => {
    const label = header.labels[index] || `column ${index + 1}`;
    const value = row.slots[index]?.paragraphs.join(" ") ?? "";
    if (value) extra[label] = value;
  };
  columns.extra.forEach(keep);
  // Period columns: a marked one is a time of the row; anything else written there (a value) is kept under its header.
  const marked: string[] = [];
  for (const index of columns.timeSlots) {
    const value = slotText(row.slots[index]);
    if (MARK.test(value)) marked.push(periodOfColumn(header, index));
    else if (TIME_IN_PERIOD.test(value)) marked.push(inYearOf(value, periodOfColumn(header, index)));
    else keep(index);
  }
  const deadline = list("deadline");
  const marks = agencyMarksOf(row, columns, header);
  const bounds = splitBounds(row, columns, header);
  const noted = fromNotes(row, columns);
  const taskSlot = slot(row, columns, "task");
  return {
    activities: [...list("activities"), ...(isEmptySlot(taskSlot) ? [] : subItemsOf(taskSlot!)), ...(timedItems(row, columns) ?? [])],
    products: list("products"),
    lead: [...list("lead"), ...marks.lead],
    partners: [...(noted.partners ?? list("partners")), ...marks.partners],
    // One paragraph per marked period, so that each is an item of the deadline; the ";" between them is how a list
    // is written ("Quý I; Quý III") and ends no item's text.
    deadline: [...(noted.deadline ?? deadline), ...marked.map((period, i) => (i < marked.length - 1 ? `${period};` : period))],
    ...(bounds && marked.length === 0 ? { deadlineBounds: bounds } : {}),
    budget: slotText(slot(row, columns, "budget")) || null,
    extra,
    ...(columns.of.leadOrPartners === undefined ? {} : { leadOrPartners: list("leadOrPartners") }),
  };
}

/**
 * A task cell holding a table under its text ("Tổ chức các hoạt động sau:" over "a | Hội nghị tập huấn | Quý I"):
 * the table's rows are the task's activities, one each, and the text above them is the task. A cell that is nothing
 * but a table keeps it as its text.
 */
function ownTaskText(taskSlot: Slot): string[] {
  if (!taskSlot.nested) return taskSlot.paragraphs;
  const own = taskSlot.paragraphs.filter((p) => !taskSlot.nested!.includes(p));
  return own.length > 0 ? own : taskSlot.paragraphs;
}

export function subItemsOf(taskSlot: Slot): string[] {
  return taskSlot.nested && ownTaskText(taskSlot) !== taskSlot.paragraphs ? taskSlot.nested : [];
}

/** A date, month or quarter: a bound of a split time column ("01/3/2026", "Tháng 3/2026", "Quý II/2026"). */
const BOUND_VALUE = /^(?:\d{1,2}\/\d{1,2}|(?:tháng|quý)\s)/iu;

/**
 * Whether a time column split in two says which is the start ("Bắt đầu", "Từ ngày") and which the end ("Kết thúc",
 * "Hoàn thành", "Đến ngày"). A row writing only one of them: the start with the end left empty starts the work with
 * no end said ("Từ …"); the end with the start left empty is the day it is due by ("Đến …").
 */
function saysStartAndEnd(header: TaskHeader, columns: Columns): boolean {
  if (columns.moreDeadlines.length !== 1) return false;
  const label = (index: number | undefined) => foldForMatch(header.labels[index ?? -1] ?? "");
  const startSaid = /\b(?:bat dau|tu|khoi cong)\b/.test(label(columns.of.deadline));
  const endSaid = /\b(?:ket thuc|hoan thanh|den)\b/.test(label(columns.moreDeadlines[0]));
  return startSaid && endSaid;
}

/** Both cells of a time column split into a start and an end, when the row writes both (see `RawTask.deadlineBounds`). */
function splitBounds(row: GridRow, columns: Columns, header: TaskHeader): RawTask["deadlineBounds"] {
  if (!saysStartAndEnd(header, columns)) return undefined;
  const [start, end] = [columns.of.deadline, columns.moreDeadlines[0]].map((index) => (row.slots[index ?? -1]?.paragraphs ?? []).join(" ").trim());
  return start && end ? { start, end } : undefined;
}

/**
 * "Phối hợp: Sở A, Sở B", "Cơ quan phối hợp: …" or "Phối hợp với Sở A" opening a note: the partners. So is a note
 * naming bodies and then their part, "Sở A, Sở B phối hợp (thực hiện)" (`NOTE_PARTNERS_AFTER`).
 */
const NOTE_PARTNERS = /^(?:(?:cơ quan|đơn vị)\s+)?phối hợp(?:\s+với)?\s*[:：]\s*(\S.*)$/isu;
const NOTE_PARTNERS_WITH = /^phối hợp\s+với\s+(\S.*)$/isu;
const NOTE_PARTNERS_AFTER = /\s(?:cùng\s+)?phối hợp(?:\s+thực hiện)?\.?$/iu;

/** The partners a note names, or null: without a colon, a body's name must follow (or, written first, lead) them. */
function notePartners(text: string): string | null {
  const labelled = NOTE_PARTNERS.exec(text);
  if (labelled) return labelled[1]!;
  const withWhom = NOTE_PARTNERS_WITH.exec(text);
  if (withWhom) return startsWithAgency(capitalise(withWhom[1]!)) ? withWhom[1]! : null;
  const after = NOTE_PARTNERS_AFTER.exec(text);
  const named = after ? text.slice(0, after.index).trim() : "";
  return named !== "" && startsWithAgency(named) ? named : null;
}

/** "Thời gian: Quý II/2026", "Hoàn thành trước ngày 30/6/2026" opening a note: the time. */
const NOTE_TIME = /^(?:(?:thời gian|thời hạn)(?:\s+(?:hoàn thành|thực hiện))?\s*[:：]\s*(\S.*)|(hoàn thành\s+(?:trước|trong|chậm nhất)\s.*))$/isu;

/**
 * A note that is a time and nothing else: "Quý II/2026", "Tháng 6", "Trước ngày 30/6/2026", "Chậm nhất 15/3",
 * "Năm 2026", "6 tháng đầu năm", "Thường xuyên", "Hằng quý". A note with more words ("Thường xuyên cập nhật") says
 * something else.
 */
const NOTE_TIME_ALONE =
  /^(?:(?:trước|chậm nhất|hoàn thành trước|hoàn thành trong|trong)\s+(?:ngày\s+)?)?(?:quý\s+(?:[IV]{1,3}|[1-4])(?:\s*(?:\/|năm)\s*20\d\d)?|tháng\s+\d{1,2}(?:\s*(?:\/|năm)\s*20\d\d)?|\d{1,2}\/\d{1,2}(?:\/20\d\d)?|năm\s+20\d\d|6\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+20\d\d)?|thường xuyên|(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:tháng|quý|năm))$/iu;

/**
 * The bodies a matrix row marks: "CT" / "Chủ trì" lead, "PH" / "Phối hợp" partner. A bare "x" says only that the body
 * takes part: as in a cell naming bodies without saying which leads (CONTRACT.md), the first marked body leads when
 * no "CT" names one, and the others partner (`firstLeads` when there were others, which the caller reports).
 */
export function agencyMarksOf(row: GridRow, columns: Columns, header: TaskHeader): { lead: string[]; partners: string[]; firstLeads: boolean } {
  const lead: string[] = [];
  const partners: string[] = [];
  const plain: string[] = [];
  for (const index of columns.agencyMarks) {
    const name = header.agencies?.[index];
    const mark = foldForMatch(slotText(row.slots[index]));
    if (name === undefined || !AGENCY_MARK.test(mark)) continue;
    if (mark === "ct" || mark.startsWith("chu")) lead.push(name);
    else if (mark === "ph" || mark.startsWith("phoi")) partners.push(name);
    else plain.push(name);
  }
  const firstLeads = lead.length === 0 && plain.length > 1;
  if (lead.length === 0 && plain.length > 0) lead.push(plain.shift()!);
  return { lead, partners: [...partners, ...plain], firstLeads };
}

/**
 * A table with no partner (or no time) column may say it in a note column ("Ghi chú: Phối hợp: Sở Tư pháp"): the
 * note then gives the field, and stays under its header as written. Only a note that opens with the role's words
 * (or names bodies and then "phối hợp"),
 * or, for the time, a note that is a time alone (`NOTE_TIME_ALONE`).
 */
export function fromNotes(row: GridRow, columns: Columns): { partners?: string[]; deadline?: string[] } {
  const out: { partners?: string[]; deadline?: string[] } = {};
  const noPartners = columns.of.partners === undefined && columns.of.leadOrPartners === undefined;
  const noTime = columns.of.deadline === undefined && columns.timeSlots.length === 0;
  if (!noPartners && !noTime) return out;
  for (const index of columns.extra) {
    const text = slotText(row.slots[index]);
    const partners = noPartners && out.partners === undefined ? notePartners(text) : null;
    if (partners !== null) out.partners = [partners];
    const time = noTime && out.deadline === undefined ? NOTE_TIME.exec(text) : null;
    if (time) out.deadline = [time[1] ?? time[2]!];
    else if (noTime && out.deadline === undefined && NOTE_TIME_ALONE.test(text)) out.deadline = [text];
  }
  return out;
}

/** A cell that only marks its column: "x", a tick (Word users type "√"), a cross, a dot or a star. */
const MARK = /^[xX×✓✔✕✗•●■☑☒√*]$/u;
const YEAR = /\b(?:19|20)\d{2}\b/u;
/**
 * A period column's cell that writes the time within the period instead of a mark ("Tháng 2" under "Quý I", "15/3"):
 * that time is the row's. Anything else there (a figure) is a value kept under its header.
 */
const TIME_IN_PERIOD = /^(?:(?:trước|từ|đến|trong)\s+)?(?:(?:ngày|tháng)\s+\d{1,2}(?:\/\d{1,2})?(?:\/\d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{4})?)$/iu;

/** A time written in a period column, in the year its column names when it writes none ("15/3" under "Năm 2027"). */
function inYearOf(value: string, period: string): string {
  const year = YEAR.exec(period)?.[0];
  return year === undefined || YEAR.test(value) ? value : `${value}/${year}`;
}

/**
 * The period a time column names, as a deadline phrase: its own header cell ("Quý II"), with the year of the header
 * spanning it when it names one ("Thời gian thực hiện năm 2026" over "Tháng 3" → "Tháng 3/2026"; "Năm 2027" over
 * "6 tháng đầu năm" → "6 tháng đầu năm 2027"). Judgement call (the contract is silent on marked columns): a period
 * without a year takes the plan's year, like any yearless deadline.
 */
function periodOfColumn(header: TaskHeader, index: number): string {
  // The lowest header row naming the column, a row of column numbers "(4)" under the header skipped.
  const named = header.periods?.[index] !== undefined ? header.rows.length - 1 : lowestNamingRow(header.rows, index);
  const rows = header.rows.slice(0, named + 1);
  const written = header.periods?.[index] ?? (rows[rows.length - 1]?.[index] || header.labels[index] || "");
  // "T3", "Q2": a timetable's short headers for "Tháng 3", "Quý 2".
  const short = /^([TQ])\s?(\d{1,2})$/iu.exec(written);
  const own = short ? `${short[1]!.toUpperCase() === "T" ? "Tháng" : "Quý"} ${short[2]}` : written;
  if (YEAR.test(own)) return own;
  for (const cells of rows.slice(0, -1)) {
    // The spanning cell stands at its first column; the cells it covers are empty (a scrape) or copies of it.
    let at = index;
    while (at > 0 && (cells[at] ?? "") === "") at -= 1;
    const year = YEAR.exec(cells[at] ?? "")?.[0];
    // "Tháng 3/2026", "Quý I/2026"; "6 tháng đầu năm 2026".
    if (year) return /năm$/iu.test(own) ? `${own} ${year}` : `${own}/${year}`;
  }
  return own;
}

/** The index of the last header row whose cell at `index` is no column number ("(4)"); 0 when none. */
function lowestNamingRow(rows: readonly string[][], index: number): number {
  for (let r = rows.length - 1; r > 0; r--) {
    if (!/^\(?\d{1,2}\)?$/.test(rows[r]?.[index] ?? "")) return r;
  }
  return 0;
}

/** Roles whose cells are filled down under a merged cell of the same task. */
const FILL_DOWN = rolesWhere((r) => r.fillDown).filter((id): id is "lead" | "partners" | "budget" => id === "lead" || id === "partners" || id === "budget");

/**
 * Cells the row does not fill itself (empty, or merged copies from the row above) taken from the row they merge from:
 * - another row of the same task: its lead, partners and budget;
 * - a new task under the same objective (number cell empty) whose whole responsibility block is empty: the block of
 *   the task above, deadline included (judgement call: the block is merged across the objective's tasks);
 * - a "- sub-item" row with no products or agencies of its own: its parent's, products included; where the format
 *   records merges (`mergesRecorded`), the sub-item's merged cells already carry what they merge, and an empty cell
 *   that is not merged stays empty (products aside);
 * - where the format loses merges, a "- sub-item" row that names its own partners or time but leaves its lead cell
 *   empty: its parent's lead (the lead cell merged down over the task's rows, the merge lost).
 * Nine-column tables merge the budget cell across an objective's tasks.
 */
export function fillDown(task: RawTask, row: GridRow, columns: Columns, shape: RowShape, newNumber: boolean, context: RowContext, mergesRecorded = false): void {
  // A dash ("-") is no blank: it says nobody, and nothing is filled into it.
  const ownEmpty = (...roles: ColumnRole[]) => roles.every((role) => isEmptySlot(slot(row, columns, role)) && !slot(row, columns, role)?.none);
  const sameObjective = shape === "own" && !newNumber && task.objective !== null && context.previous?.objective === task.objective;
  const underMergedBlock = sameObjective && ownEmpty("lead", "partners", "deadline", "budget");
  const parentOfSubItem = shape === "subItem" && ownEmpty("products", "lead", "partners") ? subItemParent(context, subItemBullet(row, columns)) : undefined;
  const inherited = shape === "sameTask" || underMergedBlock ? context.previous : parentOfSubItem;
  if (inherited) {
    for (const role of inherited === parentOfSubItem && mergesRecorded ? [] : FILL_DOWN) {
      if (slot(row, columns, role)?.none) continue;
      if (role === "budget") {
        if (task.budget === null) task.budget = inherited.budget;
      } else if (task[role].length === 0) task[role] = [...inherited[role]];
    }
    if (task.leadOrPartners?.length === 0 && inherited.leadOrPartners) task.leadOrPartners = [...inherited.leadOrPartners];
    if (underMergedBlock && task.deadline.length === 0) {
      task.deadline = [...inherited.deadline];
      if (inherited.deadlineBounds) task.deadlineBounds = { ...inherited.deadlineBounds };
    }
    if (parentOfSubItem && task.products.length === 0) task.products = [...inherited.products];
  }
  const parent = shape === "subItem" && !mergesRecorded && !parentOfSubItem ? subItemParent(context, subItemBullet(row, columns)) : undefined;
  if (parent && task.lead.length === 0 && (task.leadOrPartners?.length ?? 0) === 0 && ownEmpty("lead") && parent.lead.length > 0) task.lead = [...parent.lead];
  if (sameObjective && task.budget === null && context.previous) task.budget = context.previous.budget;
}

/**
 * A numbered row with nothing but its text, whose sub-items follow ("- …" rows, "3.1", "3.2" under "3", or lettered
 * rows "a", "b"): the sub-items are the tasks, the row their parent.
 */
export function isHeadingRow(row: GridRow, next: GridRow | undefined, columns: Columns, identity: RowIdentity): boolean {
  if (identity.shape !== "own") return false;
  if (!ASSIGNING_ROLES.every((role) => isEmptySlot(slot(row, columns, role)))) return false;
  const nextTask = next ? slot(next, columns, "task") : undefined;
  const bulletsBelow = nextTask !== undefined && !isEmptySlot(nextTask) && BULLET.test(nextTask.paragraphs[0] ?? "") && !hasOwnDigitNumber(ownNumberOf(next!, columns));
  const subNumbersBelow = next !== undefined && isSubNumber(rowNumberOf(next, columns), identity.number);
  const lettersBelow = next !== undefined && /^\d/.test(identity.number ?? "") && isLetterNumber(ownNumberOf(next, columns));
  return bulletsBelow || subNumbersBelow || lettersBelow;
}
