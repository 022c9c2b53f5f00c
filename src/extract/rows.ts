/**
 * Row logic over a task table whose columns have roles: small functions over rows of cells, each with one job.
 *
 * 1. `toGridRows`     every row to exactly one slot per column (extra leading empty cells that shift a row right
 *                     are dropped, short rows padded); repeated header rows dropped.
 * 2. `isGroupRow`     "I | CÔNG TÁC CHỈ ĐẠO …", "A | Xây dựng …", a lone upper-case label spanning the row.
 * 3. `isContinuation` a row cut by a page break: no number, no new item, text continuing the previous row.
 * 4. `mergeInto`      joins a continuation back, cell by cell (a sentence cut mid-way joins its last paragraph).
 */
import type { Row, Table } from "../model/types.js";
import type { Diagnostic, Position } from "../diagnostics.js";
import { cellText } from "../model/types.js";
import { bulletItems } from "../normalize/items.js";
import { splitAgencyLines } from "../normalize/agency.js";
import { cleanInline } from "../normalize/text.js";
import { levenshtein } from "../edit-distance.js";
import { ASSIGNING_ROLES, type ColumnRole, RESPONSIBILITY_ROLES, TEXT_ROLES, namingRole, role as roleSpec } from "../schema/roles.js";
import { ROMAN_PATTERN, isRomanNumeral, romanFromLookalike } from "../roman.js";
import { type TaskHeader, repeatsHeader } from "../segment/task-header.js";
import { LETTER, LOWER, NUMBER, UPPER, re } from "../letters.js";
import { classifyArea } from "../normalize/area.js";

export { bulletItems };

export interface Slot {
  /** The cell's paragraphs, markup removed, bullets kept. */
  paragraphs: string[];
  /** A merged cell's copy (the reader knew the cell spans from above / the left). */
  merged: boolean;
  /** The cell holds nothing but a dash ("-"): it says nobody or nothing, and is not filled from any row above. */
  none?: true;
  /**
   * An agency cell's lines as written, when the reader kept them (soft-wrapped lines of a scrape, a cell's line breaks):
   * what tells a row packing several tasks apart, each line the lead of one (packed.ts).
   */
  lines?: string[];
  /** Paragraphs that are the rows of a table set inside the cell (in `paragraphs` too): a task cell's sub-items. */
  nested?: string[];
  /** Every paragraph of the cell is set in bold (a format that records it: DOCX, HTML). */
  bold?: true;
}

export interface GridRow {
  slots: Slot[];
  position: Position;
  /** The first data row after a page break: a repeated header row stands before it, or its page is not the page above. */
  afterBreak?: true;
  /** Its cells were read by OCR (their words carry the engine's confidence). */
  ocr?: true;
}

/** "12. …", "2.1) …": a numbered row is a row whatever its number's size ("1000. …" too). */
const NUMBERED_ITEM = /^\d{1,6}(?:\.\d{1,3}){0,3}[.)]\s*\S/u;
const BULLET_ITEM = /^[-+•·●▪–]\s*\S/u;
/** Starts mid-sentence: a lower-case letter, or digits that are not an item number ("62/2020/NĐ-CP …", "3 so với"). */
const CONTINUES = re("u")`^(?:[${LOWER}]|\d(?!\d{0,5}(?:\.\d{1,3}){0,3}[.)]\s))`;

export function startsItem(text: string | undefined): boolean {
  return text !== undefined && (NUMBERED_ITEM.test(text) || BULLET_ITEM.test(text));
}

export function startsNumbered(text: string | undefined): boolean {
  return text !== undefined && NUMBERED_ITEM.test(text);
}

/**
 * A task cell listing items counted afresh ("1. …" / "2. …") in a row numbered otherwise ("3"): the items are the
 * row's sub-items, not tasks of the table's count. Items that carry the plan's own numbers ("2.8. …" / "2.9. …" in a
 * row "9" of a table numbering its rows anew) are packed tasks. The first item's number ("1") when so.
 */
export function itemsCountedApart(own: string | null, paragraphs: readonly string[]): string | undefined {
  if (own === null || !/^\d{1,3}\.?$/u.test(own.trim()) || own.trim().replace(/\.$/u, "") === "1") return undefined;
  const numbers = paragraphs.filter((p) => startsNumbered(p)).map((p) => /^(\d{1,3}(?:\.\d{1,2}){0,3})/u.exec(p.trim())?.[1]);
  if (!startsNumbered(paragraphs[0]) || numbers.length < 2 || numbers[0] !== "1" || numbers[1] !== "2") return undefined;
  return "1";
}

export function continuesSentence(text: string | undefined): boolean {
  return text !== undefined && CONTINUES.test(text);
}

export const isEmptySlot = (slot: Slot | undefined): boolean => !slot || slot.merged || slot.paragraphs.length === 0;

/** `agencies`: a lead or partner column, whose `<br>` line breaks inside a paragraph can separate agencies. */
function slotOf(row: Row, index: number, agencies = false): Slot {
  const c = row.cells[index];
  if (!c) return { paragraphs: [], merged: false };
  // A cell merged across columns belongs to its first column: "Theo phân công tại Quyết định …" spanning Chủ trì and
  // Phối hợp is the lead's, never copied into the partners (contract, "Task").
  if (c.merged === "left") return { paragraphs: [], merged: true };
  const paragraphs = c.content
    .flatMap((p) =>
      agencies && p.nestedRow
        ? nestedAgencyRow(p.lines.join(" "))
        : agencies && p.hardBreaks && p.lines.length > 1
          ? markFirst(p.marker, splitAgencyLines(p.lines))
          : [(p.marker ? `${p.marker} ` : "") + p.lines.join(" ")],
    )
    .map(cleanInline)
    .filter((t) => t !== "");
  const lines = agencies ? c.content.flatMap((p) => p.lines).map(cleanInline).filter((t) => t !== "") : [];
  const nested = agencies ? [] : c.content.filter((p) => p.nestedRow).map((p) => cleanInline(p.lines.join(" "))).filter((t) => t !== "");
  const bold = c.content.length > 0 && c.content.every((p) => p.emphasis?.bold === true);
  return { paragraphs, merged: c.merged !== undefined, ...(lines.length > 1 ? { lines } : {}), ...(nested.length > 0 ? { nested } : {}), ...(bold ? { bold } : {}) };
}

/** A role named in the first cell of a small table inside an agency cell: "Chủ trì | Sở Nội vụ". */
const ROLE_CELL = /^(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|phối hợp|thực hiện)\s*:?$/iu;

/**
 * A row of a table set inside an agency cell: "Chủ trì | Sở A" is the role and who has it ("Chủ trì: Sở A"); any
 * other row names one body per cell, and a cell that is a time ("Sở Nội vụ | Quý I": each body's own time) stays
 * with the body before it, in brackets, since no body is named "Quý I" and the time is the cell's to keep.
 */
function nestedAgencyRow(text: string): string[] {
  const [first, ...rest] = text.split(" | ").map((part) => part.trim()).filter((part) => part !== "");
  if (first === undefined) return [];
  if (ROLE_CELL.test(first) && rest.length > 0) return [`${first.replace(/\s*:$/u, "")}: ${rest.join(", ")}`];
  const bodies: string[] = [];
  for (const part of [first, ...rest]) {
    if (bodies.length > 0 && TIME_WORDS.test(part)) bodies[bodies.length - 1] += ` (${part})`;
    else bodies.push(part);
  }
  return bodies;
}

function markFirst(marker: string | undefined, items: string[]): string[] {
  return marker && items.length > 0 ? [`${marker} ${items[0]}`, ...items.slice(1)] : items;
}

/** Data rows of a task table as slots, one per header column. */
export function toGridRows(table: Table, header: TaskHeader, diagnostics: Diagnostic[] = []): GridRow[] {
  const width = header.roles.length;
  const columns = columnsOf(header.roles);
  const rows: GridRow[] = [];
  /** A header row drawn again since the last data row: the table went on over a page break. */
  let headerAgain = false;
  for (const row of table.rows.slice(header.rowIndex + 1)) {
    // A header-cell row among the data that is one label (a Word table's group row set in <th>) is read as a row.
    if ((row.isHeader && !isOneLabel(row)) || repeatsHeader(row.cells, header)) {
      headerAgain = rows.length > 0;
      continue;
    }
    let cells = row.cells;
    // An extra empty cell at the start shifts the row right; drop leading empties until it fits.
    while (cells.length > width && cells[0] && cellText(cells[0]).trim() === "") cells = cells.slice(1);
    const slots: Slot[] = [];
    for (let i = 0; i < width; i++) slots.push(slotOf({ ...row, cells }, i, roleSpec(header.roles[i] ?? "extra").cell === "agencies"));
    // Surplus cells: their text goes to the last column rather than being lost, and a diagnostic says so.
    for (let i = width; i < cells.length; i++) {
      const extra = slotOf({ ...row, cells }, i);
      if (extra.paragraphs.length && slots[width - 1]) {
        slots[width - 1]!.paragraphs.push(...extra.paragraphs);
        diagnostics.push({ severity: "warning", code: "row-cells-surplus", message: `a row has ${cells.length} cells under a ${width}-column header; the text of cell ${i + 1} was added to the last column`, where: row.position });
      }
    }
    if (slots.every((s) => s.paragraphs.length === 0)) continue;
    markNone(slots, header.roles);
    const spanned = spanRepeated(slots);
    if (spanned !== undefined) {
      diagnostics.push({ severity: "info", code: "span-repeated", message: `a row writing "${shorten(spanned)}" in every cell is read as one cell spanning the table`, where: row.position });
    }
    const total = totalRowLabel(slots, columns);
    if (total !== undefined) {
      diagnostics.push({ severity: "info", code: "total-row-dropped", message: `a row totalling the table ("${shorten(total)}") is no record`, where: row.position });
      continue;
    }
    moveBulletNumber(slots, columns);
    const abovePage = rows[rows.length - 1]?.position.page;
    const newPage = abovePage !== undefined && row.position.page !== undefined && row.position.page !== abovePage;
    const ocr = row.cells.some((cell) => cell.content.some((paragraph) => paragraph.ocrWords !== undefined));
    rows.push({ slots, position: row.position, ...(headerAgain || newPage ? { afterBreak: true as const } : {}), ...(ocr ? { ocr: true as const } : {}) });
    headerAgain = false;
  }
  return rows;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A row with text in one cell only, the others empty or merged into it. */
function isOneLabel(row: Row): boolean {
  return row.cells.filter((c) => c.merged === undefined && cellText(c).trim() !== "").length === 1;
}

/** A cell of nothing but a dash or dots ("-", "–", "…"). */
const DASH_ONLY = /^[-–—.…]+$/u;
/** Columns that name the row: a dash there is a bullet or a label, not "nobody". */
const NAMING_ROLES = new Set<ColumnRole>(["number", "area", "objective", "task", "parentTask", "subject", "activities"]);

/**
 * A dash alone in an agency, product, time, budget or note cell says "nobody" / "nothing": the cell is empty (never a
 * body named "-") and nothing is filled into it from the rows above (judgement call, as a blank cell would be).
 */
function markNone(slots: Slot[], roles: readonly ColumnRole[]): void {
  slots.forEach((s, index) => {
    if (s.merged || NAMING_ROLES.has(roles[index] ?? "extra")) return;
    if (s.paragraphs.length > 0 && s.paragraphs.every((p) => DASH_ONLY.test(p.trim()))) {
      s.paragraphs = [];
      delete s.lines;
      s.none = true;
    }
  });
}

/**
 * A scrape of a merged row writes its text in every cell ("| I. Cải cách thể chế | I. Cải cách thể chế | … |"): at
 * least three cells, every filled one the same label and at most one left empty. The row becomes one cell spanning
 * the table (its first slot), so that it is read as a group row or a note like any spanning cell. A row that keeps its
 * number apart ("| II | Cải cách thủ tục hành chính | Cải cách thủ tục hành chính | … |", the label spanning the rest)
 * keeps it, and the label spans the cells after it. The label, when the row is such a scrape.
 */
function spanRepeated(slots: Slot[]): string | undefined {
  const from = ROW_NUMBER_CELL.test(slots[0]?.paragraphs.join(" ").trim() ?? "") && !slots[0]!.merged ? 1 : 0;
  const rest = slots.slice(from);
  const filled = rest.filter((s) => !s.merged && s.paragraphs.length > 0);
  if (filled.length < 3 || filled.length < rest.length - 1 || rest.some((s) => s.merged)) return undefined;
  const text = filled[0]!.paragraphs.join(" ");
  if (!TWO_LETTERS.test(text) || filled.some((s) => s.paragraphs.join(" ") !== text)) return undefined;
  slots[from] = { paragraphs: [...filled[0]!.paragraphs], merged: false };
  for (let i = from + 1; i < slots.length; i++) slots[i] = { paragraphs: [], merged: true };
  return text;
}

/** A row's number standing alone in its cell: "1", "2.1.", "II", "B". */
const ROW_NUMBER_CELL = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,7}|[A-ZĐ])\.?$/u;

/** "Tổng cộng", "Tổng số", "Cộng", "Tổng kinh phí (I + II)": the label of a row that sums a column. */
const TOTAL_LABEL = /^(?:tổng cộng|tổng số|tổng|cộng)(?:\s+kinh phí)?(?:\s*\([^()]{0,40}\))?\s*:?$/iu;

/** A sum's label that goes on with what it sums: "Cộng mục I", "Cộng phần II", "Tổng kinh phí dự kiến". */
const SUM_LABEL = /^(?:tổng cộng|tổng số|tổng kinh phí|tổng dự toán|tổng|cộng)(?:\s|:|$)/iu;

/**
 * A row closing a budget table (or one of its parts) by its sums: its first text is a total label (in the STT or the
 * task cell, or spanning both), and it names no agency, time or product: nothing is assigned by it. A label that goes
 * on ("Cộng mục I", "Tổng kinh phí dự kiến") is a sum only beside a figure in the budget column: a row reading
 * "Cộng đồng dân cư …" there continues its task.
 */
function totalRowLabel(slots: Slot[], columns: Columns): string | undefined {
  const first = slots.find((s) => !s.merged && s.paragraphs.length > 0);
  if (!first || first.paragraphs.length !== 1) return undefined;
  const label = first.paragraphs[0]!.trim();
  const budget = columns.of.budget === undefined ? undefined : slots[columns.of.budget];
  const summed = budget !== undefined && budget !== first && /\d/u.test(budget.paragraphs.join(" "));
  if (!TOTAL_LABEL.test(label) && !(summed && label.length <= 80 && SUM_LABEL.test(label))) return undefined;
  const assigning = ["lead", "partners", "leadOrPartners", "deadline", "products"] as const;
  return assigning.every((role) => isEmptySlot(columns.of[role] === undefined ? undefined : slots[columns.of[role]!])) ? label : undefined;
}

/** An STT cell holding only a bullet ("-", "+", "•"). */
const BULLET_ONLY = /^[-+•·●▪–*]$/u;

/**
 * "- | Công khai thủ tục …": a bullet written in the STT column marks a sub-item as a bullet before its text does; it
 * is moved there, so that the row is read as the "- sub-item" of the numbered task above it, and is no number.
 */
function moveBulletNumber(slots: Slot[], columns: Columns): void {
  const numberSlot = columns.of.number === undefined ? undefined : slots[columns.of.number];
  const taskSlot = columns.of.task === undefined ? undefined : slots[columns.of.task];
  if (!numberSlot || !taskSlot || numberSlot.merged || taskSlot.merged) return;
  if (numberSlot.paragraphs.length !== 1 || !BULLET_ONLY.test(numberSlot.paragraphs[0]!.trim()) || taskSlot.paragraphs.length === 0) return;
  if (!BULLET_ITEM.test(taskSlot.paragraphs[0]!)) taskSlot.paragraphs[0] = `${numberSlot.paragraphs[0]!.trim()} ${taskSlot.paragraphs[0]}`;
  numberSlot.paragraphs = [];
}

export interface Columns {
  /** First column of each role, if any. */
  of: Partial<Record<ColumnRole, number>>;
  /** Further timeline columns ("Thời gian thực hiện" split into "Bắt đầu" | "Hoàn thành"), read with the first. */
  moreDeadlines: number[];
  /** Period columns ("Quý I", "Tháng 3"), each marked "x" on the rows carried out in it. */
  timeSlots: number[];
  /** Agency columns of a matrix, each marked "CT", "PH" or "x" on the rows its body leads or partners. */
  agencyMarks: number[];
  extra: number[];
}

/**
 * The columns of each role. The column that names what each row assigns is read as the task: a schedule's subject
 * ("Đơn vị được kiểm tra"; a task column beside it is kept under its header), a target table's Chỉ tiêu.
 */
export function columnsOf(roles: ColumnRole[]): Columns {
  const naming = namingRole(roles);
  const as = (role: ColumnRole): ColumnRole => (role === naming ? "task" : naming !== "task" && role === "task" ? "extra" : role);
  const of: Partial<Record<ColumnRole, number>> = {};
  const extra: number[] = [];
  const moreDeadlines: number[] = [];
  const timeSlots: number[] = [];
  const agencyMarks: number[] = [];
  roles.map(as).forEach((role, index) => {
    if (role === "timeSlot") timeSlots.push(index);
    else if (role === "agencyMark") agencyMarks.push(index);
    else if (role !== "extra" && of[role] === undefined) of[role] = index;
    else if (role === "deadline") moreDeadlines.push(index);
    else extra.push(index);
  });
  return { of, moreDeadlines, timeSlots, agencyMarks, extra };
}

export function slot(row: GridRow, columns: Columns, role: ColumnRole): Slot | undefined {
  // The marks of a matrix's agency columns, read together: a row marking any body assigns something.
  if (role === "agencyMark") {
    if (columns.agencyMarks.length === 0) return undefined;
    const marks = columns.agencyMarks.map((index) => row.slots[index]).filter((s): s is Slot => s !== undefined && !s.merged);
    return { paragraphs: marks.flatMap((s) => s.paragraphs), merged: false };
  }
  const index = columns.of[role];
  return index === undefined ? undefined : row.slots[index];
}

const GROUP_PREFIX = new RegExp(`^((?:${ROMAN_PATTERN}|[A-Z])(?:\\.\\d{1,2}){0,3})(?:\\s*[.):-]\\s*|\\s+)(\\S.*)$`, "u");
/**
 * "1. CẢI CÁCH THỂ CHẾ" alone in its row (a group when the label is in capitals, or when its cell spans the row),
 * "1.2. Thương mại" spanning the row (a sub-group).
 */
const ARABIC_GROUP_PREFIX = /^(\d{1,2}(?:\.\d{1,2}){0,2})[.)]\s*(\S.*)$/u;

export interface GroupHeading {
  kind: "area" | "subArea";
  label: string;
  /** Its Roman numeral, letter or number as written ("II", "B", "I.1"), when it has one. */
  numeral?: string;
  /** A part of the plan above its groups ("Phần I"), read like a lettered part ("A.") over Roman groups. */
  part?: true;
  /** The numeral as OCR misread it ("HI" for "III"), when `numeral` was read from its look-alike strokes. */
  misread?: string;
  /** The columns of figures the group row carries (an index component's scores), kept in no record. */
  figures?: number[];
}

/** "HI. TUYÊN TRUYỀN TRỰC QUAN": a group's Roman numeral misread by OCR (`romanFromLookalike`), before a label in capitals. */
const LOOKALIKE_GROUP_PREFIX = /^([IVXHl1|]{1,5})\s*[.):]\s*(\S.*)$/u;

/** "Phần I", "PHẦN THỨ HAI", "Phần 2: Nhiệm vụ thường xuyên": a part of the plan, with or without its own title. */
const PART_PREFIX = re("iu")`^phần\s+(thứ\s+[${LETTER}]+|[IVX]{1,6}|\d{1,2})(?![${LETTER}${NUMBER}])\s*(?:[.:)–-]\s*)?(.*)$`;
/** "Nhóm nhiệm vụ 1: Cải cách tổ chức bộ máy", "Nhóm 2. …", "Lĩnh vực 3 - …": a numbered group named in words. */
const NAMED_GROUP_PREFIX = re("iu")`^(?:nhóm(?:\s+nhiệm\s+vụ)?|lĩnh\s+vực)\s+(\d{1,2}|[IVX]{1,6})\s*[.:)–-]\s*(\S.*)$`;
/**
 * A reform area named by its noun ("Cải cách tài chính công", "Hiện đại hóa hành chính", "Công tác chỉ đạo, điều
 * hành", "Chính quyền số", a foundation of chuyển đổi số: "Hạ tầng số", "Dữ liệu số"), short and ending in no punctuation:
 * alone in its row, a group label, never a task (a task opens with a verb).
 */
const AREA_NOUN = /^(?:cải cách|công tác|hiện đại hóa|hiện đại hoá|xây dựng(?:,| và) phát triển chính (?:quyền|phủ)|chuyển đổi số|chính (?:quyền|phủ) (?:số|điện tử)|(?:hạ tầng|dữ liệu|nền tảng|nhân lực) số)(?:\s|$)/iu;

export function isAreaName(text: string): boolean {
  return text.length <= 80 && AREA_NOUN.test(text) && re("u")`^[${UPPER}]`.test(text) && !/[.;:,]$/u.test(text) && classifyArea(text) !== "other";
}

/** A row whose one filled cell is its task cell (no number, nothing else). */
function onlyTaskCell(row: GridRow, columns: Columns): boolean {
  const index = columns.of.task;
  return index !== undefined && row.slots.every((s, i) => (i === index ? !s.merged && s.paragraphs.length === 1 : s.paragraphs.length === 0 || s.merged));
}

/**
 * A label line heading the rows under it, alone in the task cell: "Nhiệm vụ trọng tâm:", "Các nhiệm vụ thường
 * xuyên:" (a capital, a few words, a colon), the next row numbered ("3", "2.1"; a "- bullet" row below is its item).
 * It heads the numbered rows after it as a sub-group, and never goes on the task above: no colon-ended label
 * continues one (a lower-case start would). So does such a label set in bold without its colon above a task that is
 * not bold.
 */
const LABEL_LINE = re("u")`^[${UPPER}][^.;:!?]{2,80}:$`;
/** The same label set in bold with no colon ("**Nhiệm vụ trọng tâm**"), where the task cells around it are not bold. */
const BOLD_LABEL = re("u")`^[${UPPER}][^.;:!?]{2,80}$`;
export function readLabelRow(row: GridRow, next: GridRow | undefined, columns: Columns): GroupHeading | undefined {
  if (!onlyTaskCell(row, columns) || !next) return undefined;
  const cell = slot(row, columns, "task")!;
  const label = cell.paragraphs[0]!.trim();
  const boldLabel = cell.bold === true && slot(next, columns, "task")?.bold !== true && BOLD_LABEL.test(label);
  if (!(LABEL_LINE.test(label) || boldLabel) || label.split(/\s+/u).length > 12 || !/^\d{1,3}(?:\.\d{1,2}){0,3}$/u.test(rowNumberOf(next, columns) ?? "")) return undefined;
  return { kind: "subArea", label: label.replace(/\s*:$/u, "") };
}

/** An STT cell of Roman strokes as OCR misreads them: "H" (II), "l HI" (III), "1I"; never plain digits. */
const STROKES = /^[IVXHl1|](?:[IVXHl1|]|\s(?=[IVXHl1|])){0,5}\.?$/u;

/**
 * Reads a group row; undefined when the row is not one. `dueNumeral`: the Roman numeral of the next group, when the
 * group above has one (II after I): an STT cell of strokes OCR misread ("H", "l HI") before a label in capitals stands
 * for it (reported by the caller through `misread`).
 */
export function readGroupRow(row: GridRow, columns: Columns, dueNumeral?: string): GroupHeading | undefined {
  const besideNumber = labelBesideNumber(row, columns);
  if (besideNumber) return besideNumber;
  for (const role of ASSIGNING_ROLES) {
    if (!isEmptySlot(slot(row, columns, role))) return undefined;
  }
  // A group of an index's plan carries its scores ("1 | Công tác chỉ đạo, điều hành | 13 | 11,25 | | |"): figures in
  // columns no field fits are no agency, time or product of its own.
  const figures = row.slots
    .map((s, index) => ({ s, index }))
    .filter(({ s, index }) => columns.extra.includes(index) && !s.merged && s.paragraphs.length > 0 && FIGURE.test(s.paragraphs.join(" ")))
    .map(({ index }) => index);
  const filled = row.slots.map((s, index) => ({ s, index })).filter(({ s, index }) => !s.merged && s.paragraphs.length > 0 && !figures.includes(index));
  const texts = filled.map(({ s }) => s.paragraphs.join(" "));
  if (texts.length === 0 || texts.length > 2) return undefined;
  // A reform area's name in a column beside the task's (an index's criterion column, "1 | Công tác chỉ đạo, điều
  // hành"), with the task cell empty: the component heading its criteria. In the task column it is a task heading.
  const areaBesideTask = texts.length === 2 && filled[1]!.index !== columns.of.task && isAreaName(texts[1]!);
  const group = readGroupTexts(row, columns, texts, dueNumeral, areaBesideTask);
  return group && figures.length > 0 ? { ...group, figures } : group;
}

/** A cell of figures only: a score, a rate, a count ("13", "11,25", "84,5%", "8/10"). */
const FIGURE = /^[\d\s.,%/()+-]*\d[\d\s.,%/()+-]*$/u;

function readGroupTexts(row: GridRow, columns: Columns, texts: string[], dueNumeral: string | undefined, areaBesideTask: boolean): GroupHeading | undefined {
  let numeral: string | undefined;
  let label: string;
  const strokes = texts.length === 2 && dueNumeral !== undefined && STROKES.test(texts[0]!) && !/^[IVX]+\.?$|^\d+\.?$/u.test(texts[0]!);
  if (strokes && isShouting(texts[1]!) && (romanFromLookalike(texts[0]!.replace(/[\s.]/gu, "")) ?? dueNumeral) === dueNumeral) {
    return { kind: "area", label: texts[1]!, numeral: dueNumeral!, misread: texts[0]! };
  }
  // "II", "B", and groups at depth: "I.1", "III.1.2", "A.2" (a Roman or letter part, then its sub-numbers).
  if (texts.length === 2 && /^(?:[IVX]{1,6}|[A-Z])(?:\.\d{1,2}){0,3}\.?$/.test(texts[0]!)) {
    numeral = texts[0]!.replace(/\.$/, "");
    label = texts[1]!;
  } else if (texts.length === 2 && /^\d{1,2}\.?$/.test(texts[0]!) && (isShouting(texts[1]!) || spansAfterNumber(row, columns) || areaBesideTask)) {
    // "1 | CẢI CÁCH THỂ CHẾ" over tasks "1.1", "1.2": an Arabic-numbered group, told from a task by its capitals
    // (or by its label's cell spanning every column after the number, where the format recorded the merge) and by
    // having nothing but its label (no products, agencies or time, checked above).
    numeral = texts[0]!.replace(/\.$/, "");
    label = texts[1]!;
  } else if (texts.length === 1 && PART_PREFIX.test(texts[0]!)) {
    const [, number, title] = PART_PREFIX.exec(texts[0]!)!;
    return { kind: "subArea", label: title!.trim() === "" ? texts[0]!.trim() : title!.trim(), numeral: number!, part: true };
  } else if (texts.length === 1 && NAMED_GROUP_PREFIX.test(texts[0]!)) {
    const [, number, title] = NAMED_GROUP_PREFIX.exec(texts[0]!)!;
    return { kind: "area", label: title!.trim(), numeral: number! };
  } else if (texts.length === 1) {
    const prefixed = GROUP_PREFIX.exec(texts[0]!);
    const arabic = ARABIC_GROUP_PREFIX.exec(texts[0]!);
    // Digits alone are an Arabic group ("1. CẢI CÁCH TTHC"); strokes stand for the numeral due, where one is.
    const lookalike = prefixed ? null : LOOKALIKE_GROUP_PREFIX.exec(texts[0]!);
    const lookalikeNumeral = lookalike && !/^\d+$/u.test(lookalike[1]!) ? romanFromLookalike(lookalike[1]!) : null;
    if (lookalike && lookalikeNumeral !== null && isShouting(lookalike[2]!) && (dueNumeral === undefined || lookalikeNumeral === dueNumeral)) {
      return { kind: "area", label: lookalike[2]!, numeral: lookalikeNumeral, misread: lookalike[1]! };
    }
    if (prefixed && prefixed[2]!.length > 3 && re("u")`[${UPPER}]`.test(prefixed[2]!.charAt(0))) {
      numeral = prefixed[1];
      label = prefixed[2]!;
    } else if (arabic && (isShouting(arabic[2]!) || loneLabel(row, columns))) {
      numeral = arabic[1];
      label = arabic[2]!;
    } else label = texts[0]!;
  } else return undefined;
  if (startsItem(label)) return undefined;
  const shouting = isShouting(label);
  if (numeral === undefined && !shouting) {
    // A label alone in the area column of a table that has one (6-column family) is a group too, and so is a short
    // label across the row (`loneLabel`; a note or a sentence there is not: `isTableNote`).
    const areaSlot = slot(row, columns, "area");
    const spanningLabel = loneLabel(row, columns) && !isTableNote(row);
    // So is a reform area's name alone in the task cell ("| | Cải cách tài chính công | | |").
    const areaName = onlyTaskCell(row, columns) && isAreaName(label);
    // And a period alone there ("| | Tháng 5/2026 | |"): a schedule grouping its units by month or quarter.
    const period = onlyTaskCell(row, columns) && PERIOD_LABEL.test(label);
    if (!spanningLabel && !areaName && !period && (!areaSlot || isEmptySlot(areaSlot))) return undefined;
  }
  const subNumbered = numeral !== undefined && numeral.includes(".");
  const kind = subNumbered || (numeral !== undefined && /^[A-Z]$/.test(numeral) && !isRomanNumeral(numeral)) ? "subArea" : "area";
  return numeral === undefined ? { kind, label } : { kind, label, numeral };
}

/** A month or quarter named alone: "Tháng 5/2026", "Quý II năm 2026", "6 tháng cuối năm". */
const PERIOD_LABEL = /^(?:(?:tháng|quý)\s+(?:\d{1,2}|[IVX]{1,4})|6\s+tháng\s+(?:đầu|cuối)\s+năm)(?:\s*(?:\/|năm)\s*20\d\d)?$/iu;

/** A group's Roman numeral or capital letter in the STT cell: "II", "B.". */
const GROUP_NUMERAL = /^(?:[IVX]{1,6}|[A-Z])\.?$/u;

/**
 * "I | CÁC SỞ, BAN, NGÀNH | | |" in a table whose first column after the STT is not the task's ("STT | Thời gian | Đơn
 * vị được kiểm tra | …", "STT | Cơ quan chủ trì | Nhiệm vụ | …"): a group's label is written in the cell beside its
 * numeral, whatever that column's role. A Roman numeral or capital letter, a label in capitals (or, in the time column,
 * words that are no time), and every other cell empty: a group, not a record whose time or agency is the label.
 */
function labelBesideNumber(row: GridRow, columns: Columns): GroupHeading | undefined {
  const at = columns.of.number;
  if (at === undefined) return undefined;
  const beside = row.slots[at + 1];
  const roleBeside = (Object.keys(columns.of) as ColumnRole[]).find((r) => columns.of[r] === at + 1);
  if (!beside || beside.merged || roleBeside === undefined || roleBeside === "task" || roleBeside === "subject" || roleBeside === "objective") return undefined;
  const numeral = row.slots[at]!.paragraphs.join(" ").trim();
  const label = beside.paragraphs.join(" ").trim();
  if (!GROUP_NUMERAL.test(numeral) || label === "") return undefined;
  if (row.slots.some((s, index) => index !== at && index !== at + 1 && !s.merged && s.paragraphs.some((p) => p.trim() !== ""))) return undefined;
  const timeless = roleBeside === "deadline" && !TIME_WORDS.test(label) && !/\d/u.test(label) && TWO_LETTERS.test(label);
  if (!isShouting(label) && !timeless) return undefined;
  const bare = numeral.replace(/\.$/u, "");
  const kind = /^[A-Z]$/u.test(bare) && !isRomanNumeral(bare) ? "subArea" : "area";
  return { kind, label, numeral: bare };
}

/**
 * A group row that names its own lead ("II | Nhiệm vụ cải cách tài chính công | Sở Tài chính | …"): a Roman numeral
 * or capital letter (in the STT cell or before the label), a label in the task cell, and its lead cell filled. It is
 * both a group and a record (the row as written, its numeral its number, its label its task); the caller says so.
 */
export function readAssigningGroupRow(row: GridRow, columns: Columns): { group: GroupHeading; row: GridRow; leadRole: "lead" | "leadOrPartners" } | undefined {
  const leadRole = columns.of.lead !== undefined ? "lead" : columns.of.leadOrPartners !== undefined ? "leadOrPartners" : undefined;
  if (leadRole === undefined || isEmptySlot(slot(row, columns, leadRole))) return undefined;
  const taskSlot = slot(row, columns, "task");
  if (isEmptySlot(taskSlot) || taskSlot!.paragraphs.length !== 1) return undefined;
  const text = taskSlot!.paragraphs[0]!.trim();
  const numberSlot = slot(row, columns, "number");
  const written = numberSlot && !numberSlot.merged ? numberSlot.paragraphs.join(" ").trim() : "";
  let numeral: string;
  let label: string;
  if (GROUP_NUMERAL.test(written)) {
    numeral = written.replace(/\.$/, "");
    label = text;
  } else {
    const prefixed = written === "" ? GROUP_PREFIX.exec(text) : null;
    if (!prefixed || prefixed[1]!.includes(".") || !re("u")`^[${UPPER}]`.test(prefixed[2]!)) return undefined;
    numeral = prefixed[1]!;
    label = prefixed[2]!;
  }
  if (label.length > 150 || startsItem(label) || /[.;:]$/u.test(label) || !re("u")`^[${UPPER}]`.test(label)) return undefined;
  const kind = /^[A-Z]$/.test(numeral) && !isRomanNumeral(numeral) ? "subArea" : "area";
  const slots = row.slots.map((s, index) =>
    index === columns.of.task ? { paragraphs: [label], merged: false } : index === columns.of.number ? { paragraphs: [numeral], merged: false } : s,
  );
  return { group: { kind, label, numeral }, row: { slots, position: row.position }, leadRole };
}

/** The row is one cell spanning the whole width (the format recorded the merge): a heading or a note across the table. */
function spansRow(row: GridRow): boolean {
  return spansFrom(row, 0);
}

/** The row's cell at `start` holds text and spans every column after it (cells merged from the left are empty). */
function spansFrom(row: GridRow, start: number): boolean {
  const cell = row.slots[start];
  const rest = row.slots.slice(start + 1);
  // A DOCX copy of a cell merged from above keeps its text, so only an empty merged cell counts as spanned.
  return cell !== undefined && !cell.merged && cell.paragraphs.length > 0 && rest.length > 0 && rest.every((s) => s.merged && s.paragraphs.length === 0);
}

/**
 * The row is its number in the STT column and one cell spanning every column after it (the format recorded the
 * merge): "1. | Phát triển hạ tầng số" written across the table, a group heading.
 */
function spansAfterNumber(row: GridRow, columns: Columns): boolean {
  return columns.of.number === 0 && spansFrom(row, 1);
}

const TWO_LETTERS = re("u")`[${LETTER}]{2}`;

/**
 * A row that is one label across the table: a cell spanning the whole width, or, where the format lost the merge,
 * words alone in the STT column (a row number is never words) with every other cell empty.
 */
export function loneLabel(row: GridRow, columns: Columns): boolean {
  if (spansRow(row)) return true;
  const [first, ...rest] = row.slots;
  if (columns.of.number !== 0 || !first || first.merged || first.paragraphs.length === 0) return false;
  const text = first.paragraphs.join(" ").trim();
  return !ROW_NUMBER.test(text) && TWO_LETTERS.test(text) && rest.every((s) => !s.merged && s.paragraphs.length === 0);
}

const NOTE = /^(?:\(?\*+\)?|ghi chú|lưu ý|chú thích|chú ý|nguồn)\b/iu;
/**
 * A note that names itself: "Ghi chú:", "Lưu ý:", "Chú thích:", a total's "Bằng chữ:" (the sum in words), "(*)" (a
 * label with its colon, or the asterisk mark).
 */
const LABELLED_NOTE = /^(?:\(\*+\)|\*+\s|(?:ghi chú|lưu ý|chú thích|chú ý|(?:số tiền )?bằng chữ)\s*:)/iu;

/**
 * A row whose only text is a note that names itself ("Ghi chú: …", "(*) …") in any one cell, every other cell empty:
 * where the format lost the note's span across the table (a PDF, a text scrape), it is still no continuation of the
 * row above, whose task never goes on with a note's label.
 */
export function labelledNote(row: GridRow): boolean {
  const filled = row.slots.filter((s) => s.paragraphs.some((p) => p.trim() !== ""));
  return filled.length === 1 && !filled[0]!.merged && LABELLED_NOTE.test(filled[0]!.paragraphs.join(" ").trim());
}

/**
 * A lone label (`loneLabel`) that says something about the table instead of heading its rows: "Ghi chú: …", "(*) …",
 * or a sentence (over 120 characters, or ending with a full stop).
 */
export function isTableNote(row: GridRow): boolean {
  const text = row.slots[0]!.paragraphs.join(" ").trim();
  return NOTE.test(text) || text.length > 120 || /[.;]$/u.test(text);
}

/** A time written in a cell ("Quý IV/2025", "Năm 2026", "Thường xuyên", "Tháng 3"): no group label. */
const TIME_WORDS = /^(?:quý|quí|tháng|năm|ngày|trước|trong|từ|đến|hằng|hàng|thường xuyên|định kỳ|giai đoạn|\d{1,2}\/\d{1,4})/iu;
/** A row number: "5", "5.1", "5.1.2", "V.1" (dot at the end allowed). */
const ROW_NUMBER = /^(?:\d{1,2}|[IVX]{1,6}|[A-Z])(?:\.\d{1,2}){0,3}\.?$/u;

/**
 * A numbered row whose only other text is a short label (a sub-group "5.1 | | Thương mại", "2.3 | Nông nghiệp"),
 * nothing else filled nor merged. Its number and label; undefined when the row is not of that shape.
 */
function numberedLabel(row: GridRow, columns: Columns, agencyStart: (text: string) => boolean): { number: string; label: string; inTaskColumn: boolean } | undefined {
  const numberIndex = columns.of.number;
  const filled = row.slots.map((s, i) => ({ s, i })).filter(({ s }) => s.merged || s.paragraphs.length > 0);
  let number: string | undefined;
  let label: { text: string; index: number } | undefined;
  for (const { s, i } of filled) {
    if (s.merged) return undefined;
    const text = s.paragraphs.join(" ").trim();
    if (i === numberIndex && ROW_NUMBER.test(text)) number = text.replace(/\.$/, "");
    else if (label === undefined) label = { text, index: i };
    else return undefined;
  }
  if (number === undefined && label !== undefined && label.index === columns.of.task) {
    // "5.1. Thương mại" written in the task cell with its number.
    const split = /^(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+(\S.*)$/u.exec(label.text);
    if (split) {
      number = split[1]!;
      label = { text: split[2]!, index: label.index };
    }
  }
  if (number === undefined || label === undefined) return undefined;
  const text = label.text;
  if (text.length > 100 || /[.;:]$/u.test(text) || startsItem(text) || TIME_WORDS.test(text) || agencyStart(text)) return undefined;
  return { number, label: text, inTaskColumn: label.index === columns.of.task || label.index === columns.of.area || label.index === columns.of.objective };
}

/**
 * A numbered sub-group row at any depth ("5.1 | | Thương mại", "2 | Nông nghiệp" over rows numbered from 1 again):
 * a number and a short label, nothing assigned, and either
 * - the label stands outside the task column (the task cell is empty: no task of its own), or
 * - the rows under it start their numbering again ("1", "a") or are sub-groups of it themselves ("5" over "5.1 | …").
 * A row whose next row continues its numbering (5.1 then 5.2), or whose sub-items follow it ("3" over "3.1", "- …"),
 * is a task or a task heading (task-row.ts `isHeadingRow`), not this.
 */
export function readSubGroupRow(row: GridRow, next: GridRow | undefined, columns: Columns, agencyStart: (text: string) => boolean): GroupHeading | undefined {
  const own = numberedLabel(row, columns, agencyStart);
  if (!own) return undefined;
  const kind = own.number.includes(".") ? "subArea" : "area";
  const group: GroupHeading = { kind, label: own.label, numeral: own.number };
  if (!own.inTaskColumn) return group;
  if (!next) return undefined;
  const nextNumber = rowNumberOf(next, columns);
  if (nextNumber === "1" || nextNumber === "a" || nextNumber === "a)") return group;
  const nextLabel = numberedLabel(next, columns, agencyStart);
  if (nextLabel && nextLabel.number.startsWith(`${own.number}.`)) return group;
  return undefined;
}

/** What an STT cell holds without a digit: a Roman numeral or a letter (a group, a lettered item), or a bullet. */
const WORDLESS_NUMBER = new RegExp(`^(?:${ROMAN_PATTERN}|[A-Za-zđĐ]|[-+•·●▪–*])[.):]?$`, "u");
const PLAIN_NUMBER = /^(\d{1,4})\.?$/u;
/** Longest misreading of a row number taken for one: a digit read as one to three marks ("T/", "ơi", "S"). */
const MAX_MISREAD = 3;

/**
 * An STT cell OCR misread ("7" read "T/", "5" read "ơi"): a few marks without a digit that are no numeral, letter or
 * bullet, in a row with a task of its own, between rows numbered n - 1 and n + 1 (or after n - 1 at the table's end).
 * It is given n, and a diagnostic says so. On a row read by OCR, so is a number one mark away from n between n - 1
 * and n + 1 ("11" read "1U" or "1", "4" read "3"): the numbers on both sides fix it, where an author's slip in a
 * typed table stays as written. Any other cell is left as written.
 */
export function restoreMisreadNumbers(rows: GridRow[], columns: Columns): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const numberIndex = columns.of.number;
  if (numberIndex === undefined) return diagnostics;
  const written = (row: GridRow): string => {
    const own = row.slots[numberIndex];
    return own && !own.merged ? own.paragraphs.join(" ").trim() : "";
  };
  const numberOf = (row: GridRow | undefined): number | undefined => {
    const match = row ? PLAIN_NUMBER.exec(written(row)) : null;
    return match ? Number(match[1]) : undefined;
  };
  rows.forEach((row, index) => {
    const text = written(row);
    if (text === "" || text.length > MAX_MISREAD || WORDLESS_NUMBER.test(text)) return;
    if (isEmptySlot(slot(row, columns, "task"))) return;
    const before = numberOf(rows.slice(0, index).reverse().find((r) => numberOf(r) !== undefined));
    const after = numberOf(rows.slice(index + 1).find((r) => numberOf(r) !== undefined));
    if (/\d/u.test(text)) {
      if (!row.ocr || before === undefined || after !== before + 2) return;
      const due = String(before + 1);
      const bare = text.replace(/[.)]$/u, "");
      if (bare === due || /^\d+[.,]\d/u.test(bare) || levenshtein([...bare], [...due]) > 1) return;
    } else if (before === undefined || (after !== undefined && after !== before + 2)) return;
    row.slots[numberIndex] = { ...row.slots[numberIndex]!, paragraphs: [String(before + 1)] };
    const between = after === undefined ? `after ${before}` : `between ${before} and ${after}`;
    diagnostics.push({ severity: "info", code: "number-guessed", message: `the row number reads "${text}": taken as ${before + 1}, ${between} (a misread number)`, where: row.position });
  });
  return diagnostics;
}

/** The number a row is given: its number cell, else the number its task text starts with ("2.1. …" → "2.1"). */
export function rowNumberOf(row: GridRow, columns: Columns): string | undefined {
  const numberSlot = slot(row, columns, "number");
  if (!isEmptySlot(numberSlot)) return numberSlot!.paragraphs.join(" ").trim().replace(/[.)]$/, "");
  const first = slot(row, columns, "task")?.paragraphs[0];
  return first ? /^(\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]\s/u.exec(first)?.[1] : undefined;
}

/** A label wholly in capitals ("CẢI CÁCH THỂ CHẾ"): how plans set group rows apart from tasks. */
function isShouting(label: string): boolean {
  return label === label.toLocaleUpperCase("vi") && re("u")`[${UPPER}]{3}`.test(label);
}


/**
 * A page-break continuation: no number of its own, no new item in the task/objective/activity columns, and either a
 * cell continuing a sentence ("sentence": a lower-case start, a sure sign) or nothing but text fragments with no
 * products, agencies or deadline of their own ("fragments": a guess, which the caller reports). False otherwise.
 */
export function isContinuation(row: GridRow, columns: Columns, currentGroupLabel: string | undefined, above?: GridRow): "sentence" | "fragments" | false {
  if (!isEmptySlot(slot(row, columns, "number"))) return false;
  if (above && holdsOnlyMore(row, columns, above)) return "fragments";
  const area = slot(row, columns, "area");
  if (!isEmptySlot(area) && area!.paragraphs.join(" ") !== currentGroupLabel) return false;
  for (const role of ["task", "objective", "activities"] as const) {
    const s = slot(row, columns, role);
    if (!isEmptySlot(s) && startsItem(s!.paragraphs[0])) return false;
  }
  const continuing = TEXT_ROLES.some((role) => {
    const s = slot(row, columns, role);
    return !isEmptySlot(s) && continuesSentence(s!.paragraphs[0]);
  });
  if (continuing || (above && endsAgencyAbove(row, columns, above))) return "sentence";
  const fragments = ["task", "objective", "activities"].some((role) => !isEmptySlot(slot(row, columns, role as ColumnRole)));
  return fragments && RESPONSIBILITY_ROLES.every((role) => isEmptySlot(slot(row, columns, role))) ? "fragments" : false;
}

/**
 * The rest of a row the page break cut, at the top of the next page: no number, task, objective or activity text and
 * no time of its own (those short cells end on the first page), only more of the row's agency, product or other
 * cells. A row of its own there would name its task; an empty task cell elsewhere is another row of the task above
 * (its cell merged down), which a row after a break cannot be told from: the join is a guess the caller reports.
 */
export function isRestOfCutRow(row: GridRow, columns: Columns): boolean {
  if (!row.afterBreak) return false;
  // A number or task cell the format marks as merged down says "another row of the same task", not a cut.
  if ([columns.of.number, columns.of.task].some((index) => index !== undefined && row.slots[index]?.merged)) return false;
  const own = (index: number | undefined) => index !== undefined && !isEmptySlot(row.slots[index]) && !row.slots[index]!.merged;
  const naming = (["number", "task", "objective", "activities", "area", "parentTask", "deadline"] as const).map((role) => columns.of[role]);
  if ([...naming, ...columns.moreDeadlines, ...columns.timeSlots].some((index) => index !== undefined && !isEmptySlot(row.slots[index]))) return false;
  return row.slots.some((_, index) => own(index));
}

/** An agency name cut after its dash or joining word ("Phòng Tài chính -", "Sở Văn hóa,", "… và"): it goes on below. */
const DANGLING = /(?:\s[-–]|[,&]|\svà)$/u;
const AGENCY_ROLES = ["lead", "partners", "leadOrPartners"] as const;

/**
 * The rest of an agency's name on a row of its own (a text or PDF table draws each line of a cell as a row): no task
 * text of its own, and an agency cell whose counterpart above ends mid-name ("Phòng Tài chính -" over "Kế hoạch").
 */
function endsAgencyAbove(row: GridRow, columns: Columns, above: GridRow): boolean {
  if ((["task", "objective", "activities", "subject"] as const).some((role) => !isEmptySlot(slot(row, columns, role)))) return false;
  return AGENCY_ROLES.some((role) => {
    const own = slot(row, columns, role);
    const before = slot(above, columns, role);
    return !isEmptySlot(own) && !isEmptySlot(before) && DANGLING.test(before!.paragraphs[before!.paragraphs.length - 1]!.trim());
  });
}

/**
 * A row of more details of the row above only: nothing in its naming, task or activity cells, its agency, product and
 * time cells empty or the same as above (a cell merged down, drawn again by a PDF or a scan), and text in a column
 * that names no role ("Đối tượng kiểm tra": a second package inspected at the same unit and time). It is the same
 * logical row; a format that records merges would have said so, the others leave a guess, which the caller reports.
 */
function holdsOnlyMore(row: GridRow, columns: Columns, above: GridRow): boolean {
  if ((["task", "objective", "activities", "area"] as const).some((role) => !isEmptySlot(slot(row, columns, role)))) return false;
  const same = RESPONSIBILITY_ROLES.every((role) => {
    const own = slot(row, columns, role);
    return isEmptySlot(own) || own!.paragraphs.join(" ") === (slot(above, columns, role)?.paragraphs.join(" ") ?? "");
  });
  return same && columns.extra.some((index) => !isEmptySlot(row.slots[index]));
}

/** Joins a continuation row into the row above it, column by column (a cell drawn again as it was is not repeated). */
export function mergeInto(target: GridRow, continuation: GridRow, columns: Columns): void {
  const joinAlways = new Set([columns.of.task, columns.of.objective]);
  continuation.slots.forEach((piece, index) => {
    if (isEmptySlot(piece)) return;
    const into = target.slots[index];
    if (!into) return;
    if (piece.paragraphs.join(" ") === into.paragraphs.join(" ") && index !== columns.of.task && index !== columns.of.objective) return;
    const [first, ...rest] = piece.paragraphs;
    const last = into.paragraphs.length - 1;
    // A paragraph without a bullet under a bulleted list continues its last item ("- Người dân được mở Tài khoản"
    // + "Danh tính số trên DVC QG"): a new item would have its own bullet.
    const continuesBullet = last >= 0 && BULLET_ITEM.test(into.paragraphs[0] ?? "") && first !== undefined && !startsItem(first);
    if (first !== undefined && last >= 0 && (joinAlways.has(index) || continuesSentence(first) || continuesBullet)) {
      into.paragraphs[last] = `${into.paragraphs[last]} ${first}`;
    } else if (first !== undefined) into.paragraphs.push(first);
    into.paragraphs.push(...rest);
    into.merged = false;
  });
}
