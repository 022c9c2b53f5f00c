/**
 * Appendix task tables → raw task records (texts still as cells hold them; `normalize/` cleans them).
 *
 * Walks the logical rows (continuations merged back) keeping the state the table's layout implies: the current
 * group and sub-group, the current objective, the current task (a row with an empty task cell is another row of the
 * same task: the merged task, objective, lead, partner and budget cells are filled down), and the numbered task a
 * "- sub-item" row belongs to.
 */
import type { Diagnostic, Position } from "../diagnostics.js";
import type { Table } from "../model/types.js";
import type { AssignmentTablePart } from "../segment/tables.js";
import type { TaskHeader } from "../segment/task-header.js";
import { type Columns, type GridRow, columnsOf, isAreaName, isContinuation, isEmptySlot, isRestOfCutRow, labelledNote, loneLabel, mergeInto, readAssigningGroupRow, readGroupRow, readLabelRow, readSubGroupRow, restoreMisreadNumbers, rowNumberOf, slot, toGridRows } from "./rows.js";

function shortened(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
import { startsWithAgency } from "../normalize/agency.js";
import { classifyArea } from "../normalize/area.js";
import { foldForMatch } from "../normalize/text.js";
import type { ColumnRole } from "../schema/roles.js";
import { isRomanNumeral, romanNumeral, romanValue } from "../roman.js";
import { splitPackedRow } from "./packed.js";
import {
  type RawTask,
  type RowContext,
  fillDown,
  fromNotes,
  identifyRow,
  isHeadingRow,
  isSubNumber,
  ownCells,
  agencyMarksOf,
  ownNumberOf,
  slotText,
  splitNumber,
  subItemBullet,
  timedItems,
  subItemsOf,
  taskNumberOf,
} from "./task-row.js";

export { type RawTask, splitNumber };

/** A group row that names its own lead gives that lead (items as its cell holds them) to the rows under it. */
interface GroupLead {
  role: "lead" | "leadOrPartners";
  items: string[];
}

type LogicalRow =
  | { kind: "group"; kindOf: "area" | "subArea"; label: string; numeral?: string; part?: true; lead?: GroupLead; position: Position }
  | { kind: "row"; row: GridRow };

/** Group rows read, continuations joined back into their row (a join by guess is reported). */
function logicalRows(rows: GridRow[], columns: Columns, diagnostics: Diagnostic[]): LogicalRow[] {
  diagnostics.push(...restoreMisreadNumbers(rows, columns));
  const out: LogicalRow[] = [];
  let lastRow: GridRow | undefined;
  let groupLabel: string | undefined;
  // The Roman numeral due next while the last group read was a Roman-numbered area (not a lettered sub-group).
  let dueNumeral: string | undefined;
  // The current area came from a Roman-numbered group row that names a reform area ("II. CẢI CÁCH THỦ TỤC HÀNH
  // CHÍNH"); under one that names none ("I. NHIỆM VỤ TRỌNG TÂM"), an Arabic group ("1. CẢI CÁCH THỂ CHẾ") is the area.
  let underRomanArea = false;
  rows.forEach((row, index) => {
    const assigning = readAssigningGroupRow(row, columns);
    if (assigning) {
      // Judgement call: a group row with its own lead heads its rows and is a task of that lead too (a plan names the
      // body answering for the whole group); rows under it with a blank lead cell take it (`lead-from-group`).
      const { group, leadRole } = assigning;
      const lead = { role: leadRole, items: [...slot(assigning.row, columns, leadRole)!.paragraphs] };
      diagnostics.push({ severity: "info", code: "group-row-assigns", message: `group row "${shortened(`${group.numeral ?? ""} ${group.label}`.trim())}" names its own lead: read as a group and as a record`, where: row.position });
      out.push({ kind: "group", kindOf: group.kind, label: group.label, ...(group.numeral === undefined ? {} : { numeral: group.numeral }), lead, position: row.position });
      out.push({ kind: "row", row: assigning.row });
      lastRow = assigning.row;
      if (group.kind === "area") groupLabel = group.label;
      return;
    }
    const read = readGroupRow(row, columns, dueNumeral) ?? readSubGroupRow(row, rows[index + 1], columns, startsWithAgency) ?? readLabelRow(row, rows[index + 1], columns);
    // "1. Kiểm soát thủ tục hành chính" under "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" (over tasks "1.1", "1.2"): an
    // Arabic-numbered group under a Roman one that names the reform area is its sub-group; the Roman group stays the
    // area and the next Roman numeral stays due.
    const arabicUnderRoman = read?.kind === "area" && underRomanArea && read.numeral !== undefined && /^\d{1,2}$/u.test(read.numeral);
    const group = read && arabicUnderRoman ? { ...read, kind: "subArea" as const } : read;
    if (group) {
      if (!arabicUnderRoman) {
        dueNumeral = group.kind === "area" && group.numeral !== undefined && isRomanNumeral(group.numeral) ? romanNumeral(romanValue(group.numeral) + 1) : undefined;
      }
      if (group.kind === "area") underRomanArea = group.numeral !== undefined && isRomanNumeral(group.numeral) && classifyArea(group.label) !== "other" && !namesIndex(group.label);
      if (group.misread !== undefined) {
        diagnostics.push({ severity: "info", code: "group-numeral-misread", message: `group row "${shortened(group.label)}": its numeral "${group.misread}" read as ${group.numeral} (OCR misread its strokes)`, where: row.position });
      }
      if (group.figures !== undefined) {
        const kept = group.figures.map((index) => row.slots[index]!.paragraphs.join(" ")).join(", ");
        diagnostics.push({ severity: "info", code: "group-row-figures", message: `group row "${shortened(group.label)}": its figures (${kept}) belong to the group, not to a record`, where: row.position });
      }
      out.push({ kind: "group", kindOf: group.kind, label: group.label, ...(group.numeral === undefined ? {} : { numeral: group.numeral }), ...(group.part ? { part: true as const } : {}), position: row.position });
      lastRow = undefined;
      if (group.kind === "area") groupLabel = group.label;
      return;
    }
    if (loneLabel(row, columns) || labelledNote(row)) {
      // One cell across the table that heads nothing: a note on the table, never a record nor a copy of the row above.
      const text = row.slots.find((s) => s.paragraphs.length > 0)!.paragraphs.join(" ");
      diagnostics.push({ severity: "info", code: "table-note", message: `a note across the table is no record: "${shortened(text)}"`, where: row.position });
      lastRow = undefined;
      return;
    }
    const continuation = lastRow ? isContinuation(row, columns, groupLabel, lastRow) : false;
    if (lastRow && continuation) {
      if (continuation === "fragments") {
        diagnostics.push({ severity: "info", code: "row-joined", message: "a row with no number, agency, product or time of its own was joined to the row above as its continuation", where: row.position });
      }
      mergeInto(lastRow, row, columns);
      return;
    }
    if (lastRow && isRestOfCutRow(row, columns)) {
      diagnostics.push({ severity: "info", code: "row-joined", message: "a row after a page break with no number, task or time of its own was joined to the row above as the rest of the row the break cut", where: row.position });
      mergeInto(lastRow, row, columns);
      return;
    }
    const area = slot(row, columns, "area");
    if (!isEmptySlot(area)) groupLabel = area!.paragraphs.join(" ");
    out.push({ kind: "row", row });
    lastRow = row;
  });
  return out;
}

/**
 * A group naming a whole index ("I. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)", "II. CHỈ SỐ HÀI LÒNG (SIPAS)"): it heads
 * the index's components ("1. Công tác chỉ đạo, điều hành", "2. Cải cách thủ tục hành chính"), each an area of its own.
 */
function namesIndex(label: string): boolean {
  return /^chi so\b/u.test(foldForMatch(label));
}

/** One assignment table as read: the part that opened it (its kind, where it stands, its header) and its records. */
export interface ExtractedTable {
  part: AssignmentTablePart;
  /** Its column headers as written (a two-row header's rows read together). */
  columns: string[];
  tasks: RawTask[];
}

/**
 * Reads the tables segment found, with the headers and column roles it found. A continuation (the same table after a
 * page break, an elided part or a repeated header) carries on its table's state and records.
 */
export function extractTableTasks(parts: AssignmentTablePart[]): { value: ExtractedTable[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const tables: ExtractedTable[] = [];
  let state = new TableState("appendix");
  // The rows of a table and of its parts after page breaks are read as one run, so that a row cut by the break (its
  // rest under the repeated header, no STT of its own) joins its row like any continuation.
  let pending: { rows: GridRow[]; header: TaskHeader } | undefined;
  const flush = (): void => {
    if (!pending) return;
    const columns = columnsOf(pending.header.roles);
    for (const task of state.read(logicalRows(pending.rows, columns, diagnostics), columns, pending.header, diagnostics)) tables[tables.length - 1]!.tasks.push(task);
    pending = undefined;
  };
  for (const part of parts) {
    const { table, header, continues } = part;
    const grid = toGridRows(table, header, diagnostics);
    if (!continues || tables.length === 0) {
      flush();
      reportUnmapped(header, table.position, diagnostics);
      tables.push({ part, columns: header.labels, tasks: [] });
      state = new TableState(part.appendix === null ? "body" : "appendix", recordsMerges(table));
      pending = { rows: grid, header };
    } else if (part.interrupted) {
      // Something stands between the parts (elided rows, a note): nothing joins across it.
      flush();
      const columns = columnsOf(header.roles);
      const rows = logicalRows(grid, columns, diagnostics);
      state.interrupted(rows, columns, diagnostics);
      for (const task of state.read(rows, columns, header, diagnostics)) tables[tables.length - 1]!.tasks.push(task);
    } else if (pending && sameRoles(pending.header, header)) pending.rows.push(...grid);
    else {
      // A part whose repeated header maps its columns otherwise (a cell lost or merged) is read under its own header.
      flush();
      pending = { rows: grid, header };
    }
  }
  flush();
  return { value: tables, diagnostics };
}

/**
 * The table records its vertical merges (DOCX `w:vMerge`, HTML `rowspan`, a PDF's rulings): some cell of it, header
 * included, spans rows. Then only merged cells are filled down; in a table whose format loses merges (text, Markdown,
 * a PDF without rulings) an empty cell may be a merged one (contract, "Task"). A cell a scrape dropped and the text
 * reader put back (`merged` with no cell above spanning it) is a guess, which says nothing of the format.
 */
function recordsMerges(table: Table): boolean {
  return table.rows.some((row) => row.cells.some((cell) => cell.rowSpan > 1));
}

function sameRoles(a: TaskHeader, b: TaskHeader): boolean {
  return a.roles.length === b.roles.length && a.roles.every((role, column) => role === b.roles[column]);
}

/**
 * A unit of measure column: "Đơn vị tính", "ĐVT", and a bare "Đơn vị" beside a Chỉ tiêu / Mục tiêu column (a target's
 * figure is counted in it: "%", "Cuộc", "Văn bản"). The contract has no field for it: its cells stay under its header
 * in `extra`, where a reader of the figures looks, and it is no unmapped column.
 */
function isUnitOfMeasure(label: string, roles: readonly ColumnRole[]): boolean {
  const folded = foldForMatch(label).replace(/[^a-z]/g, "");
  return folded === "donvitinh" || folded === "dvt" || folded === "donvido" || (folded === "donvi" && roles.includes("objective"));
}

function reportUnmapped(header: TaskHeader, position: Position, diagnostics: Diagnostic[]): void {
  header.roles.forEach((role, i) => {
    const label = header.labels[i] ?? "";
    if (role === "extra" && label !== "" && !isUnitOfMeasure(label, header.roles)) {
      diagnostics.push({ severity: "info", code: "column-unmapped", message: `column "${label}" has no task field; its cells go to "extra"`, where: position });
    }
  });
}

/** What the rows above say about the row being read. Kept across the parts of one table. */
class TableState {
  constructor(
    private readonly origin: "appendix" | "body",
    private readonly mergesRecorded = false,
  ) {}

  private area: string | null = null;
  private subArea: string | null = null;
  /** The lead the current group row (and sub-group row) names, if it names one. */
  private areaLead: GroupLead | null = null;
  private subAreaLead: GroupLead | null = null;
  /** The current group came from a lettered group row (no Roman-numeral group above it). */
  private areaIsLettered = false;
  /** The current group is a Roman group under a lettered part. */
  private underLetteredPart = false;
  /** The current group is a numbered heading row that names a reform area (`headsAreaGroup`). */
  private areaFromHeading = false;
  private context: RowContext = { objective: null, previous: undefined, numbered: undefined, headerOnly: undefined };
  private lastNumber = new Map<string, number>();

  /**
   * The table goes on after something that is not a page break (rows elided by a website, a note). Its first rows
   * stay in the current group only when their numbering carries on from it (8 then 9); otherwise (8 then 2) the
   * group they belong to is not in the document as read: they get none, and a diagnostic says so.
   */
  interrupted(rows: LogicalRow[], columns: Columns, diagnostics: Diagnostic[]): void {
    const first = rows.find((entry) => entry.kind === "group" || taskNumberOf(entry.row, columns) !== undefined || ownNumberOf(entry.row, columns) !== null);
    if (!first || first.kind === "group" || this.area === null) return;
    const written = ownNumberOf(first.row, columns) ?? String(taskNumberOf(first.row, columns));
    const number = Number(written.split(".").pop());
    const last = this.lastNumber.get(this.groupKey());
    if (last !== undefined && number === last + 1) return;
    diagnostics.push({
      severity: "info",
      code: "group-unknown",
      message: `the table goes on after a gap, numbered ${written} after ${last ?? "nothing"} in "${this.subArea ?? this.area}": its group is not in the document as read, so these rows get none`,
      where: first.row.position,
    });
    this.enterArea(null);
    this.context = { objective: null, previous: undefined, numbered: undefined, headerOnly: undefined };
  }

  read(rows: LogicalRow[], columns: Columns, header: TaskHeader, diagnostics: Diagnostic[]): RawTask[] {
    const out: RawTask[] = [];
    rows.forEach((entry, index) => {
      if (entry.kind === "group") {
        // A lettered group is a sub-group of the Roman-numeral group above it; in a table whose groups are all
        // lettered (A, B, C …, nothing above them) it is the group itself.
        // Lettered parts over Roman groups ("A. NHIỆM VỤ CHUNG", "B. NHIỆM VỤ THEO LĨNH VỰC" over "I. Cải cách thủ tục
        // hành chính"): the Roman group, which names the reform area, is the group; the next letter starts a part
        // again, never a sub-group of the Roman group above it.
        // A part "Phần II" after groups under "Phần I" starts a part again, like a letter.
        const letterAfterPart = entry.kindOf === "subArea" && this.underLetteredPart && ((entry.numeral !== undefined && /^[A-Z]$/.test(entry.numeral)) || entry.part === true);
        if (entry.kindOf === "area" && this.areaIsLettered) this.underLetteredPart = true;
        else if (letterAfterPart) this.underLetteredPart = false;
        const asArea = entry.kindOf === "area" || this.area === null || this.areaIsLettered || letterAfterPart;
        this.areaFromHeading = false;
        if (asArea) {
          this.area = entry.label;
          this.subArea = null;
          this.areaIsLettered = entry.kindOf === "subArea";
          this.areaLead = entry.lead ?? null;
          this.subAreaLead = null;
        } else {
          this.subArea = entry.label;
          this.subAreaLead = entry.lead ?? null;
        }
        // A new group: the numbered task above is in another one, no parent of the rows under this one.
        this.context.objective = null;
        this.context.numbered = undefined;
        this.context.headerOnly = undefined;
        this.context.dashItem = undefined;
        return;
      }
      const row = entry.row;
      const areaSlot = slot(row, columns, "area");
      // A merged group cell carries its label into every row it spans (DOCX, PDF); a text table leaves them empty.
      if (areaSlot && areaSlot.paragraphs.length > 0) {
        const label = areaSlot.paragraphs.join(" ");
        if (label !== this.area && !this.labelIsDisplaced(label, row, rows, index + 1, columns)) {
          this.enterArea(label);
        } else if (label !== this.area) {
          diagnostics.push({ severity: "info", code: "group-label-displaced", message: `group label "${label}" stands on a row that continues the numbering of "${this.area ?? ""}"; kept in that group`, where: row.position });
        }
      }
      const next = rows[index + 1];
      for (const task of splitPackedRow(row, columns, diagnostics)) {
        const record = this.readRow(task, columns, header, next?.kind === "row" ? next.row : undefined, diagnostics);
        if (record) out.push(record);
      }
    });
    return out;
  }

  /** A new group at the top level (or none): its sub-group, leads and kind start afresh. */
  private enterArea(label: string | null, fromHeading = false): void {
    this.area = label;
    this.subArea = null;
    this.areaLead = null;
    this.subAreaLead = null;
    this.areaIsLettered = false;
    this.areaFromHeading = fromHeading;
  }

  /**
   * A heading row numbered "1", "2" … whose text names a reform area ("Cải cách thể chế": a noun, where a task opens
   * with a verb), over rows numbered under it ("1.1"), in a table whose groups are such headings (none above it, or
   * only headings like it): it is the area's group, as "I. CẢI CÁCH THỂ CHẾ" would be. Under a group row, or over
   * "- …" rows (the caller checks the row below), a heading row stays its tasks' parent.
   */
  private headsAreaGroup(number: string | null, text: string): boolean {
    return (this.area === null || this.areaFromHeading) && number !== null && /^\d{1,2}$/u.test(number) && isAreaName(text);
  }

  /**
   * A converter can draw a merged group cell's text on a middle row of the span. The label is displaced when this
   * row's number continues the current group's numbering and the same label comes again later on a row numbered 1.
   * The search ends where a third label starts, so that reading stays linear in rows.
   */
  private labelIsDisplaced(label: string, row: GridRow, rows: LogicalRow[], from: number, columns: Columns): boolean {
    if (this.area === null) return false;
    const number = taskNumberOf(row, columns);
    const last = this.lastNumber.get(this.groupKey());
    if (number === undefined || last === undefined || number !== last + 1) return false;
    for (let i = from; i < rows.length; i++) {
      const entry = rows[i]!;
      if (entry.kind !== "row") return false;
      const other = slotText(slot(entry.row, columns, "area"));
      if (other === label && taskNumberOf(entry.row, columns) === 1) return true;
      if (other !== "" && other !== label && other !== this.area) return false;
    }
    return false;
  }

  private groupKey(): string {
    return `${this.area ?? ""}\u0000${this.subArea ?? ""}`;
  }

  private readRow(row: GridRow, columns: Columns, header: TaskHeader, next: GridRow | undefined, diagnostics: Diagnostic[]): RawTask | undefined {
    const context = this.context;
    const newNumber = !isEmptySlot(slot(row, columns, "number"));
    const objectiveSlot = slot(row, columns, "objective");
    if (!isEmptySlot(objectiveSlot)) context.objective = splitNumber(objectiveSlot!.paragraphs.join(" ")).text;
    else if (newNumber && !objectiveSlot?.merged) context.objective = null;

    const identity = identifyRow(row, columns, context);
    const task: RawTask = {
      origin: this.origin,
      areaLabel: this.area,
      subArea: this.subArea,
      objective: context.objective,
      number: identity.number,
      task: identity.text,
      parent: identity.parent,
      ...ownCells(row, columns, header),
      position: row.position,
    };
    fillDown(task, row, columns, identity.shape, newNumber, context, this.mergesRecorded);
    this.leadFromGroup(task, row, columns, diagnostics);
    const taskSlot = slot(row, columns, "task");
    const subItems = isEmptySlot(taskSlot) ? [] : subItemsOf(taskSlot!);
    if (subItems.length > 0) {
      diagnostics.push({ severity: "info", code: "nested-table-activities", message: `the ${subItems.length} rows of a table inside the task cell are read as the task's activities`, where: row.position });
    }
    const timed = timedItems(row, columns);
    if (timed !== undefined) {
      diagnostics.push({ severity: "info", code: "timed-items", message: `the task cell lists ${timed.length} items beside as many times: each item is an activity with its time`, where: row.position });
    }
    if (agencyMarksOf(row, columns, header).firstLeads) {
      diagnostics.push({ severity: "info", code: "agency-marks-first-leads", message: `a matrix row marks its bodies "x" without saying which leads: the first marked body is read as the lead, the others as partners`, where: row.position });
    }
    const noted = fromNotes(row, columns);
    for (const [field, value] of Object.entries(noted)) {
      diagnostics.push({ severity: "info", code: "field-from-note", message: `${field} read from a note column that opens with its words or is a time alone: "${shortened(value.join(" "))}"`, where: row.position });
    }

    if (isHeadingRow(row, next, columns, identity)) {
      if (this.headsAreaGroup(identity.number, identity.text) && next !== undefined && isSubNumber(rowNumberOf(next, columns), identity.number)) {
        // "1 | Cải cách thể chế | | |" over "1.1", in a table with no group row above: the reform area's group.
        this.enterArea(identity.text, true);
        context.objective = null;
        context.numbered = undefined;
        context.headerOnly = undefined;
        context.dashItem = undefined;
        return undefined;
      }
      // "3. Hoạt động kiểm tra" with its sub-items below ("- …" or "3.1", "3.2"): the sub-items are the tasks.
      context.headerOnly = task;
      context.numbered = task;
      context.dashItem = undefined;
      this.noteNumber(task, diagnostics);
      return undefined;
    }
    if (identity.shape === "own") {
      // A sub-numbered task of a heading row: the heading row stays the parent of the rows after it.
      if (identity.parent === null) {
        context.headerOnly = undefined;
        this.noteNumber(task, diagnostics);
      } else if (identity.parentFrom === "column" && newNumber) this.noteNumber(task, diagnostics);
      // A lettered part leaves its numbered task the parent of the next letter.
      if (identity.parentFrom !== "letter") context.numbered = task;
      context.dashItem = undefined;
    } else if (identity.shape === "subItem" && subItemBullet(row, columns) !== "+") context.dashItem = task;
    if (identity.shape !== "sameTask") context.previous = task;
    else if (context.previous) context.previous = { ...context.previous, lead: task.lead, partners: task.partners, budget: task.budget };
    if (task.task === "" && task.products.length === 0 && task.lead.length === 0 && task.deadline.length === 0) return undefined;
    return task;
  }

  /**
   * A row whose lead cell is blank (not "-") under a group row that names its lead is that lead's (judgement call: the
   * group's lead answers for the rows no one else is named for; its partners and time are the group's own).
   */
  private leadFromGroup(task: RawTask, row: GridRow, columns: Columns, diagnostics: Diagnostic[]): void {
    const lead = this.subAreaLead ?? this.areaLead;
    if (!lead || task.lead.length > 0 || (task.leadOrPartners?.length ?? 0) > 0 || task.task === "") return;
    if (slot(row, columns, lead.role)?.none) return;
    if (lead.role === "lead") task.lead = [...lead.items];
    else task.leadOrPartners = [...lead.items];
    diagnostics.push({ severity: "info", code: "lead-from-group", message: `a row with a blank lead cell takes the lead its group row names: "${shortened(lead.items.join("; "))}"`, where: row.position });
  }

  /** Numbering that restarts, jumps or repeats is kept as written and diagnosed. */
  private noteNumber(task: RawTask, diagnostics: Diagnostic[]): void {
    const parts = task.number ? task.number.split(".") : [];
    const top = Number(parts.pop());
    if (!Number.isFinite(top)) return;
    // "1.1", "1.2" under "1" are numbered among themselves, not after "1".
    const key = parts.length === 0 ? this.groupKey() : `${this.groupKey()}\u0000${parts.join(".")}`;
    const last = this.lastNumber.get(key);
    if (last !== undefined && top !== last + 1 && !(top === 1 && last > 1)) {
      diagnostics.push({
        severity: "info",
        code: "numbering",
        message: top === last ? `task number ${task.number} repeats` : `task number ${task.number} follows ${last}`,
        where: task.position,
      });
    }
    this.lastNumber.set(key, top);
  }
}
