/**
 * The assemble step for tables: the `tables` entries of the output (every table that assigns something, numbered
 * T1, T2 … in document order) and their rows as raw records carrying their table's id and kind.
 */
import type { ExtractedTable, RawTask } from "../extract/table.js";
import type { AssignmentTable } from "../schema/plan.js";

export interface TableContext {
  /** The plan's issuing body (meta.issuer). */
  issuer: string | null;
  /** The plan's title (meta.title). */
  title?: string | null;
}

/**
 * A table whose rows give no record assigns nothing and has no entry. A schedule without a column saying who is
 * responsible is carried out by the plan's issuer (judgement call: the contract's "body the plan names as carrying
 * out the schedule"; for an inspection plan issued by the team, that team).
 */
export function assembleTables(extracted: ExtractedTable[], context: TableContext): { tables: AssignmentTable[]; tasks: RawTask[] } {
  const tables: AssignmentTable[] = [];
  const tasks: RawTask[] = [];
  for (const { part, columns, tasks: rows } of extracted) {
    if (rows.length === 0) continue;
    const id = `T${tables.length + 1}`;
    const appendix = part.appendix;
    tables.push({
      id,
      where: appendix ? "appendix" : "body",
      label: appendix?.label ?? null,
      // A table captioned of its own ("Biểu số 2: …") among several in one appendix is titled by its caption.
      title: part.caption ?? appendix?.title ?? null,
      reference: appendix?.reference ?? null,
      kind: part.kind,
      // A column without a header (a scrape's empty trailing cell) is not listed; its cells, if any, are in `extra`.
      columns: columns.filter((label) => label !== ""),
    });
    const namesWho = part.header.roles.some((role) => role === "lead" || role === "leadOrPartners");
    const namesUnits = part.kind === "schedule" && part.header.roles.includes("subject");
    for (const row of rows) {
      const lead = part.kind === "schedule" && !namesWho && row.lead.length === 0 && context.issuer ? [context.issuer] : row.lead;
      // Rows naming units ("Đơn vị được kiểm tra"): the schedule's subject is what its title says, not a unit's name.
      const subject = namesUnits ? [part.caption ?? appendix?.title, context.title].filter((t): t is string => !!t).join(" · ") || null : undefined;
      tasks.push({ ...row, kind: part.kind, table: id, lead, ...(subject === undefined ? {} : { scheduleSubject: subject }) });
    }
  }
  return { tables, tasks };
}
