/**
 * The assignment tables of a document, each with its header already found: what segment hands extract.
 */
import type { DocumentModel, Table } from "../model/types.js";
import { type TaskHeader, findTaskHeader } from "./task-header.js";

export interface AssignmentTablePart {
  /** Index of the table in the document's children. */
  block: number;
  table: Table;
  /** Its header rows and column roles; for a continuation, the header of the table it continues (rowIndex -1). */
  header: TaskHeader;
  /** A header-less table that continues the one before it (the rest of it after a page break or an elided part). */
  continues: boolean;
}

/**
 * Task tables: those with a task header, and after one of them, header-less tables of the same width (the rest of
 * the table after a page break or an elided part, which some converters write as a new table).
 */
export function collectTaskTables(doc: DocumentModel, afterBlock: number): AssignmentTablePart[] {
  const parts: AssignmentTablePart[] = [];
  let previous: TaskHeader | undefined;
  let width = 0;
  doc.children.forEach((block, index) => {
    if (block.type !== "table" || index <= afterBlock) return;
    const header = findTaskHeader(block);
    if (header !== undefined) {
      parts.push({ block: index, table: block, header, continues: false });
      previous = header;
      width = tableWidth(block);
    } else if (previous && width > 0 && Math.abs(tableWidth(block) - width) <= 1 && block.rows.length > 0) {
      parts.push({ block: index, table: block, header: { ...previous, rowIndex: -1 }, continues: true });
    }
  });
  if (parts.length === 0 && afterBlock >= 0) return collectTaskTables(doc, -1);
  return parts;
}

export function tableWidth(table: Table): number {
  return Math.max(0, ...table.rows.map((r) => r.cells.length));
}
