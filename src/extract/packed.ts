/**
 * A row that packs several numbered tasks ("2.8. …" and "2.9. …" as paragraphs of one task cell) becomes one row per
 * task. The other cells are divided by their paragraphs: one paragraph per task when the counts match, a single
 * paragraph shared by all, otherwise in order as evenly as possible — a guess, which a diagnostic says.
 */
import type { Diagnostic } from "../diagnostics.js";
import { type Columns, type GridRow, type Slot, bulletItems, isEmptySlot, itemsCountedApart, slot, startsNumbered } from "./rows.js";
import { LETTER, NUMBER, UPPER, re } from "../letters.js";

export function splitPackedRow(row: GridRow, columns: Columns, diagnostics: Diagnostic[]): GridRow[] {
  const task = slot(row, columns, "task");
  if (isEmptySlot(task)) return [row];
  const numbered = splitByNumberCell(row, columns, task!, diagnostics);
  if (numbered) return numbered;
  const starts = task!.paragraphs.map((p, i) => (startsNumbered(p) ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 2 || starts[0] !== 0) return splitCrossListed(row, columns, diagnostics);
  if (itemsOfItsOwn(row, columns, task!, diagnostics)) return [row];
  const taskIndex = columns.of.task!;
  const groups = starts.map((start, k) => task!.paragraphs.slice(start, starts[k + 1] ?? task!.paragraphs.length).join(" "));
  const count = groups.length;
  let guessed = false;
  const perTask: Slot[][] = groups.map(() => []);
  row.slots.forEach((original, column) => {
    if (column === taskIndex) {
      groups.forEach((text, k) => perTask[k]!.push({ paragraphs: [text], merged: false }));
      return;
    }
    const shares = divide(original, count, column === columns.of.number || column === columns.of.objective || column === columns.of.area);
    if (shares.guessed) guessed = true;
    shares.parts.forEach((paragraphs, k) => perTask[k]!.push({ paragraphs, merged: original.merged }));
  });
  if (guessed) {
    diagnostics.push({
      severity: "warning",
      code: "packed-row-alignment",
      message: `a row packing ${count} tasks was split; the other cells did not have one item per task, so they were divided in order (check it)`,
      where: row.position,
    });
  }
  return perTask.map((slots) => ({ slots, position: row.position }));
}

/**
 * A row with a number of its own ("3") whose task cell lists items numbered from another count ("1. …", "2. …") is one
 * task whose cell holds its sub-items, not several tasks packed together: packed tasks carry the table's own numbers
 * ("2.8. …", "2.9. …", the first the row's own, or "3.1. …" under "3"). One record, the items kept in its text; said,
 * because the row could be read either way.
 */
function itemsOfItsOwn(row: GridRow, columns: Columns, task: Slot, diagnostics: Diagnostic[]): boolean {
  const numberIndex = columns.of.number;
  const numberSlot = numberIndex === undefined ? undefined : row.slots[numberIndex];
  if (!numberSlot || numberSlot.merged || numberSlot.paragraphs.length !== 1) return false;
  const own = numberSlot.paragraphs[0]!.trim().replace(/\.$/u, "");
  const first = itemsCountedApart(own, task.paragraphs);
  if (first === undefined) return false;
  diagnostics.push({
    severity: "info",
    code: "numbered-items-kept",
    message: `row ${own} lists items numbered ${first}, … in its task cell: read as one task with its sub-items, not as packed tasks`,
    where: row.position,
  });
  return true;
}

/** A row number alone in its paragraph: "5", "5.", "2.1". */
const BARE_NUMBER = /^\d{1,3}(?:\.\d{1,2}){0,2}\.?$/u;

/**
 * Two rows whose border a conversion lost (a PDF made into Word, a scrape) are one row whose STT cell holds both
 * numbers, one paragraph each ("5." / "6."), and whose task cell holds one paragraph per number: one task per number,
 * the other cells divided as for a packed row. Only as many task paragraphs as numbers make it sure.
 */
function splitByNumberCell(row: GridRow, columns: Columns, task: Slot, diagnostics: Diagnostic[]): GridRow[] | undefined {
  const numberIndex = columns.of.number;
  const numberSlot = numberIndex === undefined ? undefined : row.slots[numberIndex];
  if (!numberSlot || numberSlot.merged) return undefined;
  const numbers = numberSlot.paragraphs.map((p) => p.trim());
  const count = numbers.length;
  if (count < 2 || !numbers.every((n) => BARE_NUMBER.test(n)) || task.merged || task.paragraphs.length !== count) return undefined;
  const taskIndex = columns.of.task!;
  let guessed = false;
  const perTask: Slot[][] = numbers.map(() => []);
  row.slots.forEach((original, column) => {
    if (column === numberIndex || column === taskIndex) {
      original.paragraphs.forEach((text, k) => perTask[k]!.push({ paragraphs: [text], merged: false }));
      return;
    }
    const shares = divide(original, count, column === columns.of.objective || column === columns.of.area);
    if (shares.guessed) guessed = true;
    shares.parts.forEach((paragraphs, k) => perTask[k]!.push({ paragraphs, merged: original.merged }));
  });
  diagnostics.push({
    severity: guessed ? "warning" : "info",
    code: "packed-row-numbers",
    message: `a row whose STT cell holds ${count} numbers (${numbers.join(" ")}) and its task cell one paragraph each was split into ${count} records${guessed ? "; the other cells did not have one item per task, so they were divided in order (check it)" : ""}`,
    where: row.position,
  });
  return perTask.map((slots) => ({ slots, position: row.position }));
}

function divide(original: Slot, count: number, shared: boolean): { parts: string[][]; guessed: boolean } {
  // Divided by list items, not paragraphs: formats differ in whether a flattened bullet list is one paragraph.
  const items = shared ? original.paragraphs : original.paragraphs.flatMap(bulletItems);
  if (shared || items.length <= 1) return { parts: Array.from({ length: count }, () => [...items]), guessed: false };
  if (items.length === count) return { parts: items.map((p) => [p]), guessed: false };
  const parts: string[][] = [];
  for (let k = 0; k < count; k++) {
    parts.push(items.slice(Math.floor((k * items.length) / count), Math.floor(((k + 1) * items.length) / count)));
  }
  return { parts, guessed: true };
}

/** Sentence ends inside a task cell: ". " before a capital. */
const SENTENCE_END = re("u")`(?<=[${LETTER}${NUMBER})])\.\s+(?=[${UPPER}])`;

/**
 * A row packing N unnumbered tasks, each with its own lead: the task cell holds N sentences, the lead cell N lines and
 * the partner cell the same N lines in another order, each agency leading one task and partnering another (no agency
 * leads and partners one task). Only that cross-listing makes the split sure; two sentences beside two joint leads
 * stay one task. Other cells (one item, or N) are shared or divided in order. Reported, because it reads a layout.
 */
function splitCrossListed(row: GridRow, columns: Columns, diagnostics: Diagnostic[]): GridRow[] {
  const lead = slot(row, columns, "lead");
  const partners = slot(row, columns, "partners");
  const task = slot(row, columns, "task");
  if (isEmptySlot(lead) || isEmptySlot(partners) || isEmptySlot(task)) return [row];
  const leads = lead!.lines ?? lead!.paragraphs;
  const others = partners!.lines ?? partners!.paragraphs;
  const count = leads.length;
  if (count < 2 || others.length !== count || new Set(leads).size !== count) return [row];
  if (!leads.every((name) => others.includes(name)) || leads.some((name, k) => others[k] === name)) return [row];
  const sentences = task!.paragraphs.length === count ? task!.paragraphs : task!.paragraphs.join(" ").split(SENTENCE_END).map((text, k, all) => (k < all.length - 1 ? `${text}.` : text));
  if (sentences.length !== count) return [row];
  const perTask: GridRow[] = sentences.map(() => ({ slots: [], position: row.position }));
  row.slots.forEach((original, column) => {
    const items = column === columns.of.task ? sentences : column === columns.of.lead ? leads : column === columns.of.partners ? others : original.paragraphs;
    const own = items.length === count && column !== columns.of.number && column !== columns.of.area;
    perTask.forEach((part, k) => part.slots.push({ paragraphs: own ? [items[k]!] : [...items], merged: original.merged }));
  });
  diagnostics.push({
    severity: "info",
    code: "packed-row-cross-listed",
    message: `a row holding ${count} tasks, each agency of its lead cell named again in its partner cell for another task, was split into ${count} records`,
    where: row.position,
  });
  return perTask;
}
