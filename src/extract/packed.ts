/**
 * A row that packs several numbered tasks ("2.8. …" and "2.9. …" as paragraphs of one task cell) becomes one row per
 * task. The other cells are divided by their paragraphs: one paragraph per task when the counts match, a single
 * paragraph shared by all, otherwise in order as evenly as possible — a guess, which a diagnostic says.
 */
import type { Diagnostic } from "../diagnostics.js";
import { type Columns, type GridRow, type Slot, bulletItems, isEmptySlot, slot, startsNumbered } from "./rows.js";

export function splitPackedRow(row: GridRow, columns: Columns, diagnostics: Diagnostic[]): GridRow[] {
  const task = slot(row, columns, "task");
  if (isEmptySlot(task)) return [row];
  const starts = task!.paragraphs.map((p, i) => (startsNumbered(p) ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 2 || starts[0] !== 0) return [row];
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
