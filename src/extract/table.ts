/**
 * Appendix task tables → raw task records (texts still as cells hold them; `normalize/` cleans them).
 *
 * Walks the logical rows (continuations merged back) keeping the state the table's layout implies: the current
 * group and sub-group, the current objective, the current task (a row with an empty task cell is another row of the
 * same task: the merged task, objective, lead, partner and budget cells are filled down), and the numbered task a
 * "- sub-item" row belongs to.
 */
import type { Table } from "../model/types.js";
import type { Diagnostic, Position } from "../diagnostics.js";
import { type ColumnRole, type TaskHeader, findTaskHeader } from "./columns.js";
import {
  type Columns,
  type GridRow,
  columnsOf,
  isContinuation,
  isEmptySlot,
  mergeInto,
  readGroupRow,
  slot,
  startsNumbered,
  toGridRows,
} from "./rows.js";
import { splitPackedRow } from "./packed.js";

export interface RawTask {
  origin: "appendix" | "inline";
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
  deadline: string[];
  budget: string | null;
  extra: Record<string, string>;
  position: Position;
}

const ITEM_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,3})[.)]?\s+(\S.*)$/su;
const BULLET = /^[-+•·●▪–]\s*/u;

export function splitNumber(text: string): { number: string | null; text: string } {
  const match = ITEM_NUMBER.exec(text);
  return match ? { number: match[1]!, text: match[2]! } : { number: null, text };
}

type LogicalRow = { kind: "group"; kindOf: "area" | "subArea"; label: string; position: Position } | { kind: "row"; row: GridRow };

function logicalRows(rows: GridRow[], columns: Columns): LogicalRow[] {
  const out: LogicalRow[] = [];
  let lastRow: GridRow | undefined;
  let groupLabel: string | undefined;
  for (const row of rows) {
    const group = readGroupRow(row, columns);
    if (group) {
      out.push({ kind: "group", kindOf: group.kind, label: group.label, position: row.position });
      lastRow = undefined;
      if (group.kind === "area") groupLabel = group.label;
      continue;
    }
    if (lastRow && isContinuation(row, columns, groupLabel)) {
      mergeInto(lastRow, row, columns);
      continue;
    }
    const area = slot(row, columns, "area");
    if (!isEmptySlot(area)) groupLabel = area!.paragraphs.join(" ");
    out.push({ kind: "row", row });
    lastRow = row;
  }
  return out;
}

export function extractTableTasks(tables: Table[]): { value: RawTask[]; diagnostics: Diagnostic[]; columns: string[] } {
  const diagnostics: Diagnostic[] = [];
  const tasks: RawTask[] = [];
  let columnsLabels: string[] = [];
  const state = new TableState();
  let previous: TaskHeader | undefined;
  for (const table of tables) {
    const own = findTaskHeader(table);
    // A header-less table continues the previous task table (its rows start at the first row).
    const header = own ?? (previous ? { ...previous, rowIndex: -1 } : undefined);
    if (!header) continue;
    if (own) reportUnmapped(own, table.position, diagnostics);
    previous = header;
    if (columnsLabels.length === 0) columnsLabels = header.labels;
    const columns = columnsOf(header.roles);
    const rows = logicalRows(toGridRows(table, header), columns);
    tasks.push(...state.read(rows, columns, header, diagnostics));
  }
  return { value: tasks, diagnostics, columns: columnsLabels };
}

function reportUnmapped(header: TaskHeader, position: Position, diagnostics: Diagnostic[]): void {
  header.roles.forEach((role, i) => {
    const label = header.labels[i] ?? "";
    if (role === "extra" && label !== "") {
      diagnostics.push({ severity: "info", code: "column-unmapped", message: `column "${label}" has no task field; its cells go to "extra"`, where: position });
    }
  });
}

/** What the rows above say about the row being read. Kept across the tables of one appendix. */
class TableState {
  private area: string | null = null;
  private subArea: string | null = null;
  /** The current group came from a lettered group row (no Roman-numeral group above it). */
  private areaIsLettered = false;
  private objective: string | null = null;
  private previous: RawTask | undefined;
  /** The last numbered task: the parent of "- sub-item" rows below it. */
  private numbered: RawTask | undefined;
  /** A numbered row with nothing but its text, whose sub-items are the tasks. */
  private headerOnly: RawTask | undefined;
  private lastNumber = new Map<string, number>();

  read(rows: LogicalRow[], columns: Columns, header: TaskHeader, diagnostics: Diagnostic[]): RawTask[] {
    const out: RawTask[] = [];
    rows.forEach((entry, index) => {
      if (entry.kind === "group") {
        // A lettered group is a sub-group of the Roman-numeral group above it; in a table whose groups are all
        // lettered (A, B, C …, nothing above them) it is the group itself.
        const asArea = entry.kindOf === "area" || this.area === null || this.areaIsLettered;
        if (asArea) {
          this.area = entry.label;
          this.subArea = null;
          this.areaIsLettered = entry.kindOf === "subArea";
        } else this.subArea = entry.label;
        this.objective = null;
        return;
      }
      const row = entry.row;
      const areaSlot = slot(row, columns, "area");
      // A merged group cell carries its label into every row it spans (DOCX, PDF); a text table leaves them empty.
      if (areaSlot && areaSlot.paragraphs.length > 0) {
        const label = areaSlot.paragraphs.join(" ");
        if (label !== this.area && !this.labelIsDisplaced(label, row, rows.slice(index + 1), columns)) {
          this.area = label;
          this.subArea = null;
          this.areaIsLettered = false;
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

  /**
   * A converter can draw a merged group cell's text on a middle row of the span. The label is displaced when this
   * row's number continues the current group's numbering and the same label comes again later on a row numbered 1.
   */
  private labelIsDisplaced(label: string, row: GridRow, later: LogicalRow[], columns: Columns): boolean {
    if (this.area === null) return false;
    const number = taskNumberOf(row, columns);
    const last = this.lastNumber.get(this.groupKey());
    if (number === undefined || last === undefined || number !== last + 1) return false;
    return later.some((entry) => entry.kind === "row" && slotText(slot(entry.row, columns, "area")) === label && taskNumberOf(entry.row, columns) === 1);
  }

  private groupKey(): string {
    return `${this.area ?? ""}\u0000${this.subArea ?? ""}`;
  }

  private readRow(row: GridRow, columns: Columns, header: TaskHeader, next: GridRow | undefined, diagnostics: Diagnostic[]): RawTask | undefined {
    const numberSlot = slot(row, columns, "number");
    // A merged number cell (known from the reader) is the number of the row above, carried down.
    const ownNumber = numberSlot && numberSlot.paragraphs.length ? numberSlot.paragraphs.join(" ").replace(/[.)]$/, "") : null;
    const newNumber = !isEmptySlot(numberSlot);
    const objectiveSlot = slot(row, columns, "objective");
    if (!isEmptySlot(objectiveSlot)) this.objective = splitNumber(objectiveSlot!.paragraphs.join(" ")).text;
    else if (newNumber && !objectiveSlot?.merged) this.objective = null;

    const taskSlot = slot(row, columns, "task");
    const taskParagraphs = isEmptySlot(taskSlot) ? [] : taskSlot!.paragraphs;
    const sameTask = taskParagraphs.length === 0;
    const firstParagraph = taskParagraphs[0] ?? "";
    const isSubItem = BULLET.test(firstParagraph);

    let number: string | null;
    let text: string;
    let parent: string | null = null;
    if (sameTask && this.previous) {
      ({ number, task: text, parent } = this.previous);
    } else if (sameTask) {
      number = ownNumber;
      text = this.objective ?? "";
    } else if (isSubItem) {
      number = null;
      text = taskParagraphs.join(" ").replace(BULLET, "");
      parent = this.headerOnly?.task ?? this.numbered?.task ?? null;
    } else {
      const split = splitNumber(taskParagraphs.join(" "));
      number = split.number ?? ownNumber;
      text = split.text;
      // "2.1" under a "2" that has nothing but its text: the sub-numbered rows are its tasks.
      if (this.headerOnly && isSubNumber(number, this.headerOnly.number)) parent = this.headerOnly.task;
    }

    const list = (role: "activities" | "products" | "lead" | "partners" | "deadline"): string[] => {
      const s = slot(row, columns, role);
      const own = s && s.paragraphs.length ? [...s.paragraphs] : [];
      if (role !== "deadline" || columns.moreDeadlines.length === 0) return own;
      // A start column and an end column: one deadline "start - end", whose two items give the task's span.
      const parts = [own, ...columns.moreDeadlines.map((index) => row.slots[index]?.paragraphs ?? [])].map((p) => p.join(" ").trim());
      const written = parts.filter((p) => p !== "");
      return written.length > 0 ? [written.join(" - ")] : [];
    };
    const task: RawTask = {
      origin: "appendix",
      areaLabel: this.area,
      subArea: this.subArea,
      objective: this.objective,
      number,
      task: text,
      parent,
      activities: list("activities"),
      products: list("products"),
      lead: list("lead"),
      partners: list("partners"),
      deadline: list("deadline"),
      budget: slotText(slot(row, columns, "budget")) || null,
      extra: {},
      position: row.position,
    };
    for (const index of columns.extra) {
      const label = header.labels[index] || `column ${index + 1}`;
      const value = row.slots[index]?.paragraphs.join(" ") ?? "";
      if (value) task.extra[label] = value;
    }
    // Cells the row does not fill itself: empty, or merged copies from the row above.
    const ownEmpty = (...roles: ColumnRole[]) => roles.every((role) => isEmptySlot(slot(row, columns, role)));
    // A new task under the same objective (number cell empty) sits beside cells merged across the objective's rows.
    const sameObjective = !sameTask && !isSubItem && !newNumber && this.objective !== null && this.previous?.objective === this.objective;
    // Judgement call: when its whole responsibility block is empty, lead, partners, deadline and budget are filled down.
    const underMergedBlock = sameObjective && ownEmpty("lead", "partners", "deadline", "budget");
    const parentOfSubItem = isSubItem && ownEmpty("products", "lead", "partners") ? this.headerOnly ?? this.numbered : undefined;
    const inherited = sameTask || underMergedBlock ? this.previous : parentOfSubItem;
    if (inherited) {
      if (task.lead.length === 0) task.lead = [...inherited.lead];
      if (task.partners.length === 0) task.partners = [...inherited.partners];
      if (task.budget === null) task.budget = inherited.budget;
      if (underMergedBlock && task.deadline.length === 0) task.deadline = [...inherited.deadline];
      if (parentOfSubItem && task.products.length === 0) task.products = [...inherited.products];
    }
    // Nine-column tables merge the budget cell across an objective's tasks.
    if (sameObjective && task.budget === null && this.previous) task.budget = this.previous.budget;

    const nothingElse = ["activities", "products", "lead", "partners", "deadline", "budget"].every((role) => isEmptySlot(slot(row, columns, role as never)));
    const nextTask = next ? slot(next, columns, "task") : undefined;
    const bulletsBelow = nextTask !== undefined && !isEmptySlot(nextTask) && BULLET.test(nextTask.paragraphs[0] ?? "");
    const subNumbersBelow = next !== undefined && isSubNumber(rowNumberOf(next, columns), number);
    if (!sameTask && !isSubItem && nothingElse && (bulletsBelow || subNumbersBelow)) {
      // "3. Hoạt động kiểm tra" with its sub-items below ("- …" or "3.1", "3.2"): the sub-items are the tasks.
      this.headerOnly = task;
      this.numbered = task;
      this.noteNumber(task, diagnostics);
      return undefined;
    }
    if (parent !== null && !sameTask && !isSubItem) {
      // A sub-numbered task of a heading row: the heading row stays the parent of the rows after it.
      this.numbered = task;
    } else if (!sameTask && !isSubItem) {
      this.headerOnly = undefined;
      this.numbered = task;
      this.noteNumber(task, diagnostics);
    }
    if (!sameTask) this.previous = task;
    else if (this.previous) this.previous = { ...this.previous, lead: task.lead, partners: task.partners, budget: task.budget };
    if (task.task === "" && task.products.length === 0 && task.lead.length === 0 && task.deadline.length === 0) return undefined;
    return task;
  }

  /** Numbering that restarts, jumps or repeats is kept as written and diagnosed. */
  private noteNumber(task: RawTask, diagnostics: Diagnostic[]): void {
    const top = task.number ? Number(task.number.split(".").pop()) : Number.NaN;
    if (!Number.isFinite(top)) return;
    const key = this.groupKey();
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

/** "2.1" is a sub-number of "2" (and "1.2.3" of "1.2"). */
function isSubNumber(number: string | null | undefined, of: string | null | undefined): boolean {
  return !!number && !!of && number.startsWith(`${of}.`) && number.length > of.length + 1;
}

/** The row's own number: its number cell, else the number its task text starts with. */
function rowNumberOf(row: GridRow, columns: Columns): string | null {
  const numberSlot = slot(row, columns, "number");
  if (!isEmptySlot(numberSlot)) return numberSlot!.paragraphs.join(" ").replace(/[.)]$/, "");
  const first = slot(row, columns, "task")?.paragraphs[0];
  return first ? splitNumber(first).number : null;
}

function slotText(s: { paragraphs: string[] } | undefined): string {
  return s ? s.paragraphs.join(" ").trim() : "";
}

function taskNumberOf(row: GridRow, columns: Columns): number | undefined {
  const task = slot(row, columns, "task");
  const first = task?.paragraphs[0];
  if (!first || !startsNumbered(first)) return undefined;
  const number = splitNumber(first).number;
  return number ? Number(number.split(".").pop()) : undefined;
}
