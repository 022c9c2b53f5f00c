/**
 * The assignment tables of a document, each with its header already found and where it stands (which appendix, or
 * the body): what segment hands extract.
 */
import { type Block, type DocumentModel, type Table, cellText, paragraphText } from "../model/types.js";
import { cleanText, foldForMatch, isUpperCaseText } from "../normalize/text.js";
import { type Diagnostic } from "../diagnostics.js";
import { type TableKind } from "../schema/plan.js";
import { tableKindOf } from "../schema/roles.js";
import { LETTER, re } from "../letters.js";
import { type TaskHeader, findTaskHeader, roleOf } from "./task-header.js";

/** An appendix's head, as the table's entry in `tables` gives it. */
export interface AppendixHead {
  /** Index of the block of its "PHỤ LỤC" line in the document's children. */
  block: number;
  label: string | null;
  title: string | null;
  reference: string | null;
}

export interface AssignmentTablePart {
  /** Index of the table in the document's children. */
  block: number;
  table: Table;
  /** Its header rows and column roles; for a continuation, the header of the table it continues (rowIndex -1). */
  header: TaskHeader;
  /** A header-less table that continues the one before it (the rest of it after a page break or an elided part). */
  continues: boolean;
  /**
   * Something other than a page break stands between it and the part it continues (a website's "……" for elided
   * rows, a note): the rows in between, and so the group the rest starts in, may be missing.
   */
  interrupted?: boolean;
  /** What its rows assign (from its column roles). */
  kind: TableKind;
  /** The appendix it stands in; null for a table inside the body. */
  appendix: AppendixHead | null;
  /** Its own caption above it ("Biểu số 2: …"), when one of several tables of an appendix or the body has one. */
  caption?: string;
}

/** "Biểu số 1: …", "Biểu mẫu 02", "Bảng 3 …": the caption of one of several numbered tables. */
const CAPTION = re("iu")`^(?:biểu|bảng)(?:\s+mẫu)?\s+(?:số\s*)?(?:\d{1,2}|[IVX]{1,4})(?![${LETTER}\d])`;

/**
 * A calendar's title: "LỊCH KIỂM TRA …", "Lịch tuyên truyền …", "Lịch làm việc của Đoàn …", "3. Lịch kiểm tra" (a
 * heading's number before it). Not "Lịch sử" (history).
 */
const CALENDAR_TITLE = /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?\s+|[a-zđ]\)\s*)?lịch\s+(?!sử)/iu;

/**
 * What a table assigns, from its columns, and from its title where the columns leave it open: a calendar ("LỊCH
 * TUYÊN TRUYỀN", "Lịch kiểm tra") whose rows name their content and carry a time column lists events at times, a
 * schedule, though its content column is headed like a task ("Nội dung tuyên truyền").
 */
function kindOfTable(header: TaskHeader, title: string | undefined): TableKind | undefined {
  const kind = tableKindOf(header.roles);
  if (kind === "task" && listsProceduresOnly(header)) return undefined;
  if (kind === "task" && title !== undefined && CALENDAR_TITLE.test(title) && header.roles.includes("deadline")) return "schedule";
  return kind;
}

/**
 * A list of procedures ("Tên thủ tục hành chính | Lĩnh vực | Cơ quan thực hiện"): the body that handles each one by
 * law is named, nothing is assigned. Such a list assigns only with a column saying who leads or joins the work on each
 * procedure ("Cơ quan chủ trì rà soát", "Cơ quan phối hợp") or by when.
 */
function listsProceduresOnly(header: TaskHeader): boolean {
  const task = header.roles.indexOf("task");
  const compact = (label: string | undefined) => foldForMatch(label ?? "").replace(/[^a-z0-9]/g, "");
  if (task < 0 || !/^ten(?:thutuchanhchinh|tthc)/.test(compact(header.labels[task]))) return false;
  const assigns = header.roles.some(
    (role, column) => role === "deadline" || role === "partners" || role === "leadOrPartners" || (role === "lead" && compact(header.labels[column]).includes("chutri")),
  );
  return !assigns;
}

function blockText(block: Block): string {
  return block.type === "paragraph" || block.type === "heading" ? cleanText(paragraphText(block)).replace(/^\*+|\*+$/g, "").trim() : "";
}

/**
 * Assignment tables: those whose header names what rows assign (a task, target or subject column) and who or when;
 * after one of them, header-less tables of the same width in the same appendix or body (the rest of the table after a
 * page break or an elided part, which some converters write as a new table). A table whose columns say nothing of
 * who or when (statistics, criteria, a report outline) assigns nothing and is left out. Blocks from `endBlock` on
 * belong to another document appended to the plan and are not read.
 */
export function collectTaskTables(doc: DocumentModel, appendices: AppendixHead[], endBlock = doc.children.length, diagnostics: Diagnostic[] = []): AssignmentTablePart[] {
  const parts: AssignmentTablePart[] = [];
  let previous: AssignmentTablePart | undefined;
  let width = 0;
  let appendixIndex = -1;
  let caption: string | undefined;
  // The last line of text above the table: a body table's own title ("Lịch kiểm tra …").
  let lineAbove: string | undefined;
  doc.children.slice(0, endBlock).forEach((block, index) => {
    while (appendixIndex + 1 < appendices.length && appendices[appendixIndex + 1]!.block <= index) appendixIndex += 1;
    if (block.type !== "table") {
      const text = blockText(block);
      if (text !== "") lineAbove = text;
      if (CAPTION.test(text)) caption = text;
      // "Biểu số 1" alone on its line, its title in capitals on the next.
      else if (caption !== undefined && /(?:\d|[IVX]|:)$/u.test(caption) && CAPTION.exec(caption)![0].length >= caption.replace(/:$/, "").length && isUpperCaseText(text)) caption = `${caption} ${text}`;
      return;
    }
    const appendix = appendices[appendixIndex] ?? null;
    const header = findTaskHeader(block);
    const ownCaption = caption;
    const title = ownCaption ?? (appendix !== null && (previous === undefined || previous.appendix !== appendix) ? (appendix.title ?? undefined) : lineAbove);
    const kind = header ? kindOfTable(header, title) : undefined;
    if (header && !kind && listsProceduresOnly(header)) {
      diagnostics.push({
        severity: "info",
        code: "procedure-list",
        message: `a list of procedures with no chủ trì, phối hợp or time column assigns nothing: no records (${title ?? "a table"})`,
        where: block.position,
      });
    }
    caption = undefined;
    lineAbove = undefined;
    if (header && kind) {
      // The same header again in the same appendix, or after nothing but a page break: the table goes on (a converter
      // wrote each page's part as a table with its repeated header), unless a caption of its own ("Biểu số 2") says
      // it is the next table.
      const sameTable = previous !== undefined && ownCaption === undefined && sameLabels(previous.header, header) && (appendix !== null ? previous.appendix === appendix : onlyBreaksBetween(doc, previous.block, index));
      // The rest of a calendar under its repeated header has no title of its own: it keeps the kind of its start.
      const partKind = sameTable ? previous!.kind : kind;
      previous = { block: index, table: block, header, continues: sameTable, kind: partKind, appendix, ...(ownCaption === undefined ? {} : { caption: ownCaption }) };
      parts.push(previous);
      width = tableWidth(block);
    } else if (!header && !hasOwnHeader(block) && previous && previous.appendix === appendix && Math.abs(tableWidth(block) - width) <= 1 && block.rows.length > 0) {
      const interrupted = !onlyBreaksBetween(doc, parts[parts.length - 1]!.block, index);
      parts.push({ ...previous, block: index, table: block, header: { ...previous.header, rowIndex: -1 }, continues: true, interrupted });
    } else if (header) previous = undefined;
  });
  return parts;
}

/** A first row naming a number column ("STT", "TT"): a table with a header of its own, which no continuation has. */
function hasOwnHeader(table: Table): boolean {
  return (table.rows[0]?.cells ?? []).some((cell) => roleOf(cellText(cell)) === "number");
}

function sameLabels(a: TaskHeader, b: TaskHeader): boolean {
  return a.labels.length === b.labels.length && a.labels.every((label, i) => label === b.labels[i]);
}

function onlyBreaksBetween(doc: DocumentModel, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const block = doc.children[i]!;
    if (block.type === "pageBreak") continue;
    if (block.type === "paragraph" && block.lines.every((line) => line.trim() === "")) continue;
    return false;
  }
  return true;
}

export function tableWidth(table: Table): number {
  return Math.max(0, ...table.rows.map((r) => r.cells.length));
}
