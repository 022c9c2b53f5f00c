/**
 * The header of an assignment table, recognised once (segment hands extract the table with it): column roles from
 * header text (the role table, schema/roles.ts), diacritics- and case-insensitively, never by position. Header cells are compared
 * with their spaces removed too, because Word files lose spaces between runs ("Chủ trìthực hiện").
 */
import { type Cell, type Row, type Table, cellText } from "../model/types.js";
import { cleanText, foldForMatch } from "../normalize/text.js";
import { startsWithAgency } from "../normalize/agency.js";
import { type ColumnRole, namingRole, role, roleOfWords } from "../schema/roles.js";
import { LETTER, LOWER, UPPER, re } from "../letters.js";

export type { ColumnRole };

export interface TaskHeader {
  /** Index of the (last) header row; data starts after it. */
  rowIndex: number;
  roles: ColumnRole[];
  /** Header text of each column as written, cleaned (a two-row header's rows read together). */
  labels: string[];
  /** Each header row's cell texts as written: a page repeats these rows, not the combined labels. */
  rows: string[][];
  /**
   * The period each period column names, where its header writes a bare number under a spanning time header
   * ("Tiến độ thực hiện (tháng)" over "1 | 2 | … | 12" → "Tháng 3"; "… (theo quý)" over "I | … | IV" → "Quý II").
   */
  periods?: Partial<Record<number, string>>;
  /** The body each agency-mark column names, where the header names one body per column over "CT"/"PH"/"x" marks. */
  agencies?: Partial<Record<number, string>>;
}

/** A header cell's role: its words folded, a leading column number "(3)" dropped (schema/roles.ts `roleOfWords`). */
export function roleOf(headerText: string): ColumnRole {
  const words = foldForMatch(headerText.replace(/^\(?\d{1,2}\)?\s*[-.)]?\s*/, "")).split(/[^a-z0-9]+/).filter((word) => word !== "");
  return roleOfWords(words);
}

function rowRoles(cells: Cell[]): ColumnRole[] {
  const roles = cells.map((c) => roleOf(cellText(c)));
  return withFormAsActivity(roles, cells.map((c) => cleanText(cellText(c))));
}

/**
 * A header row names what its rows are (a task, target, subject, lone activity or group column) and at least two of
 * the other roles (agencies, time, products, activities); or, beside a number column "STT"/"TT", one column saying
 * who or when ("TT | Chỉ tiêu | Chủ trì", "STT | Đơn vị được kiểm tra | Thời gian kiểm tra").
 */
function isHeaderRow(roles: ColumnRole[], cells: Cell[]): boolean {
  const known = new Set<ColumnRole>(roles.filter((r) => r !== "extra"));
  // An activity column with no task column beside it names the rows ("TT | Hoạt động | Đơn vị chủ trì | Thời gian").
  const naming = namingRole(roles);
  const textual = naming !== undefined || known.has("area");
  const others = (["lead", "partners", "leadOrPartners", "deadline", "products", "activities"] as const).filter((r) => known.has(r) && r !== naming).length;
  const whoOrWhen = [...known].some((r) => role(r).whoOrWhen);
  const short = cells.every((c) => cellText(c).length <= 80);
  return textual && short && (others >= 2 || (known.has("number") && whoOrWhen));
}

/** Finds the task-table header among the first rows; undefined when the table is not a task table. */
export function findTaskHeader(table: Table): TaskHeader | undefined {
  for (let i = 0; i < Math.min(table.rows.length, 4); i++) {
    const cells = table.rows[i]!.cells;
    const roles = rowRoles(cells);
    if (!isHeaderRow(roles, cells)) continue;
    let rowIndex = i;
    let merged = roles;
    let labels = cells.map((c) => cleanText(cellText(c)));
    // A second header row: sub-headers under a spanning cell ("Cơ quan | chủ trì | phối hợp"), or a row numbering
    // the columns ("(1) (2) (3)").
    const next = table.rows[i + 1];
    const periods = next ? periodSubColumns(cells, next.cells) : undefined;
    if (next && (periods !== undefined || (isSubHeaderRow(next.cells) && !isDataRow(next.cells, roles)))) {
      rowIndex = i + 1;
      merged = roles.map((role, c) => {
        if (periods?.[c] !== undefined) return "timeSlot";
        const subCell = next.cells[c];
        const subText = subCell ? cellText(subCell) : "";
        if (!subCell || subText.trim() === "") return role;
        // The sub-header's own words decide when they name a role: under "Cơ quan thực hiện" (itself a lead
        // header), "Chủ trì | Phối hợp" are lead and partners. Otherwise both rows together ("Thời gian" over
        // "Bắt đầu").
        const own = roleOf(subText);
        if (own !== "extra") return own;
        // "Đến" under the empty rest of a spanning "Thời gian thực hiện": the second bound of the time column.
        if (TIME_BOUND.test(foldForMatch(cleanText(subText))) && cellText(table.rows[i]!.cells[c]!).trim() === "" && c > 0 && roles[c - 1] === "deadline") return "deadline";
        const combined = roleOf(`${cellText(table.rows[i]!.cells[c]!)} ${subText}`);
        return role === "extra" || combined !== "extra" ? combined : role;
      });
      labels = labels.map((top, c) => (periods?.[c] !== undefined ? `${top} ${cleanText(cellText(next.cells[c]!))}` : subHeaderLabel(top === "" ? spanningLabel(labels, next.cells, c) : top, next.cells[c])));
    }
    const rows = table.rows.slice(i, rowIndex + 1).map((row) => row.cells.map((c) => cleanText(cellText(c))));
    const data = table.rows.slice(rowIndex + 1);
    const adjusted = ROLE_ADJUSTMENTS.reduce((roles, adjust) => adjust(roles, labels, data), merged);
    const matrix = agencyMarkColumns(adjusted, rows[rows.length - 1]!, data);
    const found = matrix === undefined ? adjusted : adjusted.map((role, c) => (matrix[c] === undefined ? role : "agencyMark"));
    return { rowIndex, roles: found, labels, rows, ...(periods === undefined ? {} : { periods }), ...(matrix === undefined ? {} : { agencies: matrix }) };
  }
  return undefined;
}

/**
 * What the header words gave, corrected by what the labels together and the data rows show; in this order, since a
 * later step reads the roles an earlier one settled (the general task column once bound columns are known, …).
 */
type RoleAdjustment = (roles: ColumnRole[], labels: string[], data: readonly Row[]) => ColumnRole[];
const ROLE_ADJUSTMENTS: readonly RoleAdjustment[] = [withBoundColumns, withReportTime, withGeneralTask, withPastResults, withUnlabelledNumber, withBareUnitColumn, withTeamColumn];

/**
 * A cell of an agency matrix: "CT" / "Chủ trì" (leads), "PH" / "Phối hợp" (partners), "x" or a tick Word users type
 * ("√", "✓", "●", "*": takes part); folded. A cross ("✗") may say "not this body" and is no mark here.
 */
export const AGENCY_MARK = /^(?:[x×✓✔•●■☑√*]|ct|ph|chu ?tri|phoi ?hop)$/u;

/**
 * A matrix "Nhiệm vụ × cơ quan": one column per body, its header the body's name ("Văn phòng HĐND và UBND xã |
 * Phòng Kinh tế | Công an xã", usually under a spanning "Cơ quan thực hiện"), each row marking the bodies' parts
 * ("CT", "PH", "x"). The columns whose lowest header cell names a body and whose cells hold only marks, two at least,
 * and some marked; a row that writes one label across every cell (a group row, its number apart or not) is no data.
 * Each column's body.
 */
function agencyMarkColumns(roles: readonly ColumnRole[], lowest: readonly string[], data: readonly Row[]): Partial<Record<number, string>> | undefined {
  const candidates = roles.flatMap((role, c) => {
    const name = lowest[c] ?? "";
    const open = role === "extra" || role === "lead" || role === "partners" || role === "leadOrPartners";
    return open && name !== "" && name.length <= 80 && startsWithAgency(name) ? [c] : [];
  });
  if (candidates.length < 2) return undefined;
  let marked = 0;
  for (const row of data) {
    const texts = row.cells.map((cell) => (cell.merged ? "" : cleanText(cellText(cell))));
    const written = texts.filter((t) => t !== "");
    // A group row's number may stand apart from its repeated label ("| II | Cải cách TTHC | Cải cách TTHC | … |").
    const label = written.length > 2 && GROUP_NUMBER.test(written[0]!) ? written.slice(1) : written;
    if (label.length > 1 && !AGENCY_MARK.test(foldForMatch(label[0]!)) && label.every((t) => t === label[0])) continue;
    for (const c of candidates) {
      const text = texts[c] ?? "";
      if (text === "") continue;
      if (!AGENCY_MARK.test(foldForMatch(text))) return undefined;
      marked += 1;
    }
  }
  if (marked === 0) return undefined;
  return Object.fromEntries(candidates.map((c) => [c, lowest[c]!]));
}

/** A row's number alone in its cell: "1", "2.1.", "II", "B". */
const GROUP_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,7}|[A-ZĐ])\.?$/u;

const ARABIC_PERIOD = /^(?:0?[1-9]|1[0-2])$/;
const BARE_YEAR = /^20\d\d$/;
const ROMAN_QUARTERS = ["I", "II", "III", "IV"];

/**
 * Period columns written as bare numbers under a spanning time header: months "1 | 2 | … | 12" under "Tiến độ thực
 * hiện năm 2025 (tháng)", quarters "I | II | III | IV" under "Thời gian thực hiện (theo quý)" or under each of "Năm
 * 2026 | Năm 2027", years "2026 | 2027 | 2028" under "Lộ trình thực hiện". Each column's period; undefined when the row is not of that shape. Told from a row numbering the
 * columns "(1) (2) (3)" by where the numbers stand: only under spanning time cells, counting up under each, every
 * other cell of the row empty or merged down from above. The unit is the one the spanning cell names; without one,
 * Roman numerals are quarters and Arabic numbers months (a run of Arabic numbers within 1-4 says neither, and is left
 * alone).
 */
function periodSubColumns(top: Cell[], sub: Cell[]): Partial<Record<number, string>> | undefined {
  const spanStart = (c: number): number => {
    let at = c;
    while (at > 0 && (top[at]?.merged === "left" || textAt(top, at) === "")) at -= 1;
    return at;
  };
  // The numbers of the row, grouped by the spanning cell above them.
  const runs = new Map<number, { c: number; text: string }[]>();
  for (let c = 0; c < sub.length; c++) {
    const cell = sub[c]!;
    const text = cell.merged === "above" ? "" : cleanText(cellText(cell));
    if (text === "") continue;
    if (!ARABIC_PERIOD.test(text) && !ROMAN_QUARTERS.includes(text) && !BARE_YEAR.test(text)) return undefined;
    const at = spanStart(c);
    runs.set(at, [...(runs.get(at) ?? []), { c, text }]);
  }
  if (runs.size === 0) return undefined;
  const periods: Partial<Record<number, string>> = {};
  for (const [at, run] of runs) {
    const named = periodRun(textAt(top, at), run);
    if (named === undefined) return undefined;
    run.forEach((r, k) => {
      periods[r.c] = named[k];
    });
  }
  return periods;
}

/** The periods of one run of numbers under one spanning cell; undefined when they are not periods. */
function periodRun(span: string, run: readonly { c: number; text: string }[]): string[] | undefined {
  if (run.length < 2 || run.some((r, k) => k > 0 && r.c !== run[k - 1]!.c + 1)) return undefined;
  const folded = foldForMatch(span);
  const spanRole = roleOf(span);
  if (spanRole !== "deadline" && spanRole !== "timeSlot" && !/\b(?:thang|quy)\b/.test(folded)) return undefined;
  // "Lộ trình thực hiện" over "2026 | 2027 | 2028": years.
  if (run.every((r) => BARE_YEAR.test(r.text))) {
    const years = run.map((r) => Number(r.text));
    return years.some((y, k) => k > 0 && y !== years[k - 1]! + 1) ? undefined : years.map((y) => `Năm ${y}`);
  }
  const roman = run.every((r) => ROMAN_QUARTERS.includes(r.text));
  const values = run.map((r) => (roman ? ROMAN_QUARTERS.indexOf(r.text) + 1 : Number(r.text)));
  if (values.some((v, k) => k > 0 && v !== values[k - 1]! + 1)) return undefined;
  const last = values[values.length - 1]!;
  const quarters = /\bquy\b/.test(folded) || (roman && !/\bthang\b/.test(folded));
  const months = !quarters && (/\bthang\b/.test(folded) || (!roman && last > 4));
  if ((!quarters && !months) || (quarters && last > 4)) return undefined;
  return values.map((v) => (quarters ? `Quý ${ROMAN_QUARTERS[v - 1]}` : `Tháng ${v}`));
}

const textAt = (cells: Cell[], c: number): string => (cells[c] === undefined ? "" : cleanText(cellText(cells[c]!)));

/**
 * A first column with no header text whose cells are row numbers ("1", "2", "I", "1.1") is the STT column: a header
 * row may leave the number column's cell empty.
 */
function withUnlabelledNumber(roles: ColumnRole[], _labels: string[], data: readonly Row[]): ColumnRole[] {
  if (roles[0] !== "extra" || roles.includes("number")) return roles;
  const firsts = data.map((row) => (row.cells[0] === undefined || row.cells[0].merged ? "" : cleanText(cellText(row.cells[0])))).filter((t) => t !== "");
  if (firsts.length < 2 || !firsts.every((t) => ROW_NUMBER_CELL.test(t))) return roles;
  return ["number", ...roles.slice(1)];
}

/**
 * A column headed "Đơn vị" alone in a task table (no Chỉ tiêu beside it, no lead column of its own): the word means a
 * body as often as a unit of measure, so its cells decide (judgement call). When at least two of its cells are filled
 * and two thirds of them open with an agency ("Sở Nội vụ", "UBND các xã", "Phòng Văn hóa - Xã hội") the column says
 * who leads each row; otherwise ("%", "Văn bản", "Cuộc") it is the unit of a figure and stays under its header.
 */
function withBareUnitColumn(roles: ColumnRole[], labels: string[], data: readonly Row[]): ColumnRole[] {
  const column = labels.findIndex((label, c) => roles[c] === "extra" && compactLabel(label) === "donvi");
  if (column < 0 || roles.some((r) => r === "objective" || r === "lead" || r === "leadOrPartners" || r === "subject")) return roles;
  const values = data.map((row) => (row.cells[column] === undefined || row.cells[column]!.merged ? "" : cleanText(cellText(row.cells[column]!)))).filter((t) => t !== "" && !/^[-–.…]+$/u.test(t));
  const agencies = values.filter((value) => startsWithAgency(value.replace(/^[-+•]\s*/u, ""))).length;
  if (values.length < 2 || agencies * 3 < values.length * 2) return roles;
  return roles.map((r, c) => (c === column ? "lead" : r));
}

/** "Hình thức tuyên truyền", "Hình thức thực hiện", "Hình thức tổ chức": how each row is carried out. */
const FORM_LABEL = /^(?:cac)?hinhthuc(?!vanban)/;

/**
 * A propaganda or training plan's table may name its rows by their form alone ("TT | Hình thức tuyên truyền | Cơ quan
 * thực hiện | Thời gian": a conference, a column in the newspaper, a contest): with no task, activity, target or
 * subject column, the form column names what each row assigns, as a lone "Hoạt động" column does. Beside such a column
 * it stays under its header.
 */
function withFormAsActivity(roles: ColumnRole[], labels: string[]): ColumnRole[] {
  if (namingRole(roles) !== undefined) return roles;
  const column = labels.findIndex((label, c) => roles[c] === "extra" && FORM_LABEL.test(compactLabel(label)));
  return column < 0 ? roles : roles.map((r, c) => (c === column ? "activities" : r));
}

/** An inspection or working team's column: "Đoàn kiểm tra", "Đoàn thanh tra", "Đoàn công tác", "Trưởng đoàn". */
const TEAM_LABEL = /^(?:thanhphan)?(?:doan(?:kiemtra|thanhtra|giamsat|congtac)|truongdoan)/;

/**
 * A team's column in a schedule with no lead column: its cells decide, as for a bare "Đơn vị". When two thirds of its
 * filled cells (two at least) open with a body ("Sở Nội vụ", "Thanh tra tỉnh") it says who carries out each row's
 * inspection: the lead. A team named by its number ("Đoàn số 1") is no body: kept under its header, and the lead is
 * the agency the plan puts at the head of its teams (contract, schedule).
 */
function withTeamColumn(roles: ColumnRole[], labels: string[], data: readonly Row[]): ColumnRole[] {
  const column = labels.findIndex((label, c) => roles[c] === "extra" && TEAM_LABEL.test(compactLabel(label)));
  if (column < 0 || !roles.includes("subject") || roles.some((r) => r === "lead" || r === "leadOrPartners")) return roles;
  const values = data.map((row) => (row.cells[column] === undefined || row.cells[column]!.merged ? "" : cleanText(cellText(row.cells[column]!)))).filter((t) => t !== "" && !/^[-–.…]+$/u.test(t));
  const agencies = values.filter((value) => startsWithAgency(value.replace(/^[-+•]\s*/u, ""))).length;
  if (values.length < 2 || agencies * 3 < values.length * 2) return roles;
  return roles.map((r, c) => (c === column ? "lead" : r));
}

/** A header that is a start or an end alone ("Bắt đầu", "Kết thúc", "Hoàn thành"): words of a time only beside each other. */
const START_ALONE = /^(?:bat dau|khoi cong)$/;
const END_ALONE = /^(?:ket thuc|hoan thanh)$/;

/**
 * "Bắt đầu | Hoàn thành" (or "Kết thúc") side by side in one header row, with no time header over them: the two bounds
 * of the row's time, as under "Thời gian thực hiện". Either word alone says no time ("Hoàn thành" may head a result).
 */
function withBoundColumns(roles: ColumnRole[], labels: string[]): ColumnRole[] {
  const out = [...roles];
  for (let c = 0; c + 1 < labels.length; c++) {
    if (out[c] !== "extra" || out[c + 1] !== "extra" || out.includes("deadline")) continue;
    if (START_ALONE.test(foldForMatch(labels[c]!)) && END_ALONE.test(foldForMatch(labels[c + 1]!))) {
      out[c] = "deadline";
      out[c + 1] = "deadline";
    }
  }
  return out;
}

/** A time header that names when a report or submission is due ("Thời hạn báo cáo", "Thời gian gửi báo cáo", "nộp"). */
const REPORT_TIME = /\b(?:bao cao|gui|nop)\b/;

/**
 * "Thời gian thực hiện | Thời hạn báo cáo": of two time columns that are not a start and an end, the one that names a
 * report's time is when the row's work is reported, not when it is done: the record's deadline is the other column's,
 * and the report's time stays under its header (`extra`). A report time alone is the deadline (a table of reports).
 */
function withReportTime(roles: ColumnRole[], labels: string[]): ColumnRole[] {
  const times = roles.flatMap((r, c) => (r === "deadline" ? [c] : []));
  if (times.length < 2) return roles;
  const reports = times.filter((c) => REPORT_TIME.test(foldForMatch(labels[c] ?? "")));
  if (reports.length === 0 || reports.length === times.length) return roles;
  return roles.map((r, c) => (reports.includes(c) ? "extra" : r));
}

/** A row number as the STT column writes it: "3", "3.", "2.1", "II", "B". */
const ROW_NUMBER_CELL = /^(?:\d{1,3}(?:\.\d{1,2}){0,3}|[IVX]{1,6}|[A-Z])\.?$/u;

/** A task column that says it holds the specific tasks ("Nội dung công việc cụ thể", "Nhiệm vụ chi tiết"). */
const SPECIFIC = /\b(?:cu the|chi tiet)\b/;

/**
 * "Nhiệm vụ | Nội dung công việc cụ thể": of two task columns, the one that says it holds the specific tasks names the
 * rows, and the task column before it holds the general task they fall under (each record's parent). Two task
 * columns that do not say so are left as they are (the second kept under its header).
 */
function withGeneralTask(roles: ColumnRole[], labels: string[]): ColumnRole[] {
  const specific = roles.findIndex((r, c) => r === "task" && c > 0 && SPECIFIC.test(foldForMatch(labels[c] ?? "")));
  if (specific < 0) return roles;
  const general = roles.findIndex((r, c) => r === "task" && c < specific && !SPECIFIC.test(foldForMatch(labels[c] ?? "")));
  return general < 0 ? roles : roles.map((r, c) => (c === general ? "parentTask" : r));
}

/** The latest year a header names ("Kết quả thực hiện năm 2025" → 2025, "giai đoạn 2021-2025" → 2025); undefined for none. */
function latestYear(label: string): number | undefined {
  const years = [...label.matchAll(/(?<!\d)20\d\d(?!\d)/gu)].map((m) => Number(m[0]));
  return years.length === 0 ? undefined : Math.max(...years);
}

/** A result header: "Kết quả (thực hiện, đạt được) năm 2025", "(Ước) thực hiện năm 2025". */
const RESULT_HEADER = /^(?:ket qua|uoc thuc hien|thuc hien)\b/;

/**
 * "Kết quả năm 2025 | Mục tiêu năm 2026", "Ước thực hiện năm 2025 | Kế hoạch năm 2026": a result column naming a year
 * before the year another figure column names reports what was reached, the starting point of a target, not what the
 * row is to produce: kept under its header (extra), never the record's products. Time columns ("Thời gian 2026-2027",
 * "Năm 2026 | Năm 2027" marked "x") name when, not a later figure, and are not compared.
 */
function withPastResults(roles: ColumnRole[], labels: string[]): ColumnRole[] {
  const figureYears = labels.flatMap((label, c) => (roles[c] === "deadline" || roles[c] === "timeSlot" ? [] : [latestYear(label) ?? 0]));
  const latest = Math.max(0, ...figureYears);
  return roles.map((r, c) => {
    if (r !== "products" || !RESULT_HEADER.test(foldForMatch(labels[c] ?? ""))) return r;
    const year = latestYear(labels[c] ?? "");
    return year !== undefined && year < latest ? "extra" : r;
  });
}

/**
 * The label over an empty top cell of a two-row header: a Markdown table writes a cell spanning two columns as the
 * label and an empty cell ("| Cơ quan thực hiện | |" over "| Chủ trì | Phối hợp |"), where Word and HTML repeat the
 * spanning cell. It is the nearest label to the left whose column has a sub-header of its own; "" otherwise.
 */
function spanningLabel(labels: string[], sub: Cell[], column: number): string {
  const hasSub = (c: number) => sub[c] !== undefined && sub[c]!.merged !== "above" && cleanText(cellText(sub[c]!)) !== "";
  if (!hasSub(column)) return "";
  for (let c = column - 1; c >= 0; c--) {
    if (!hasSub(c)) return "";
    if (labels[c] !== "") return labels[c]!;
  }
  return "";
}

/**
 * A column's label under a two-row header: the sub-header read after the spanning cell above it ("Đơn vị" over
 * "Chủ trì" is "Đơn vị chủ trì", "Thời gian thực hiện" over "Bắt đầu" is "Thời gian thực hiện bắt đầu"; a body's
 * name keeps its capital). Cells merged
 * down from the top row, empty ones and column numbers "(3)" add nothing.
 */
function subHeaderLabel(top: string, sub: Cell | undefined): string {
  if (!sub || sub.merged === "above") return top;
  const text = cleanText(cellText(sub));
  if (text === "" || /^\(?\d{1,2}\)?$/.test(text) || foldForMatch(text) === foldForMatch(top)) return top;
  if (top === "") return text;
  // "Chủ trì" continues the label: lower-case its first letter, unless it is an abbreviation ("UBND") or a body's
  // name, a matrix's column ("Cơ quan thực hiện" over "Văn phòng UBND xã"), whose capital belongs to the name.
  const continued = re("u")`^[${UPPER}][${LOWER}]`.test(text) && !namesBody(text) ? text.charAt(0).toLocaleLowerCase("vi") + text.slice(1) : text;
  return `${top} ${continued}`;
}

/** A header cell naming a body ("Văn phòng UBND xã"), not a role ("Đơn vị chủ trì") nor a bare "Đơn vị". */
const namesBody = (text: string) => startsWithAgency(text) && text.includes(" ") && roleOf(text) === "extra";

/** The bounds of a split time column ("Thời gian thực hiện" over "Từ | Đến", "Bắt đầu | Hoàn thành"). */
const TIME_BOUND = /^(?:tu|den|bat dau|ket thuc|hoan thanh|khoi cong)(?: ngay)?$/;

/**
 * A row with its own number or its own text under the column that names the rows is a first data row, even when its
 * cells read like headers ("1 | … | Tháng 5/2026 | Tháng 8/2026" under "Bắt đầu | Kết thúc"): a sub-header row leaves
 * those columns empty or merged down from the header above.
 */
function isDataRow(cells: Cell[], roles: ColumnRole[]): boolean {
  if (cells.every((c) => /^(?:\(?\d{1,2}\)?)?$/.test(cleanText(cellText(c)))) || numbersTheColumns(cells)) return false;
  const naming = namingRole(roles);
  return roles.some((r, c) => {
    const text = cells[c] === undefined || cells[c]!.merged === "above" ? "" : cleanText(cellText(cells[c]!));
    // A scrape may write the spanning label again in the row under it ("STT" under "STT"): a header word, no data.
    const headerWord = text.length <= 40 && roleOf(text) !== "extra";
    // A group's Roman numeral or letter in the STT cell ("I | Nhiệm vụ cải cách thể chế | Sở Tư pháp") opens the data.
    return (r === "number" || r === naming) && !headerWord && (/^\d{1,3}\.?$|\S{3,}/u.test(text) || (r === "number" && /^(?:[IVX]{1,6}|[A-Z])\.?$/u.test(text)));
  });
}

/**
 * A row numbering the columns ("(1) | (2) | … | (6)") as OCR may read it: some numbers misread ("G)", "(9)", "o)"),
 * one lost. Every filled cell is a short mark without a word, and half of them or more (two at least) read their own
 * column's number. A row of data always holds a word somewhere. A bracket read with letters after it ("(Đài" for
 * "(2)") is such a mark too where three cells or more read their own number and every cell is bracketed.
 */
function numbersTheColumns(cells: Cell[]): boolean {
  const filled = cells.map((c, column) => ({ text: c.merged ? "" : cleanText(cellText(c)), column })).filter(({ text }) => text !== "");
  if (filled.length < 2) return false;
  const ownNumber = ({ text, column }: { text: string; column: number }) => text.replace(/[()]/g, "") === String(column + 1);
  // Four columns or more reading their own number with at most one cell of debris beside them (a header word a PDF
  // printed over the row, "th(à6)nh"): no row of data numbers its cells so.
  const owned = filled.filter(ownNumber).length;
  if (owned >= 4 && owned >= filled.length - 1) return true;
  const marks = filled.every(({ text }) => text.length <= 4 && !re("u")`[${LETTER}]{2}`.test(text));
  const bracketed = filled.every(({ text }) => text.length <= 5 && /^\(|\)$/u.test(text));
  if (!marks && !bracketed) return false;
  return owned >= (marks ? 2 : 3) && owned * 2 >= filled.length;
}

/**
 * A row marking the columns as statistical forms do: letters for the columns that describe, then numbers for the rest
 * ("A | B | 1 | 2 | 3", "(A) | (B) | (1) | (2)"), each in order. A data row always has a word or a longer number.
 */
function lettersThenNumbers(texts: readonly string[]): boolean {
  const marks = texts.filter((t) => t !== "").map((t) => t.replace(/^\((.*)\)$/u, "$1"));
  const letters = marks.findIndex((m) => !/^[A-Z]$/u.test(m));
  if (letters < 1 || marks.length - letters < 2) return false;
  return marks.every((m, i) => (i < letters ? m === String.fromCharCode(65 + i) : m === String(i - letters + 1)));
}

function isSubHeaderRow(cells: Cell[]): boolean {
  // One cell across the whole table ("Tháng 5/2026", "I. CẢI CÁCH THỂ CHẾ") heads the rows under it: sub-headers
  // stand one under each column of a spanning header cell.
  if (cells.length >= 2 && cells.slice(1).every((c) => c.merged === "left")) return false;
  const texts = cells.map((c) => cleanText(cellText(c)));
  if (texts.every((t) => t === "" || /^\(?\d{1,2}\)?$/.test(t))) return texts.some((t) => t !== "");
  if (lettersThenNumbers(texts)) return true;
  if (numbersTheColumns(cells)) return true;
  const bounds = texts.filter((t) => TIME_BOUND.test(foldForMatch(t))).length;
  if (bounds >= 2 && texts.every((t) => t === "" || TIME_BOUND.test(foldForMatch(t)) || roleOf(t) !== "extra")) return true;
  const roles = texts.map((t) => (t === "" ? "extra" : roleOf(t)));
  if (texts.every((t) => t.length <= 40) && roles.filter((r) => r !== "extra").length >= 2) return true;
  // The bodies of a matrix under its spanning "Cơ quan thực hiện" ("Văn phòng HĐND và UBND xã | Phòng Kinh tế | …"),
  // the row's other cells empty (agencyMarkColumns then reads their columns).
  const written = texts.filter((t) => t !== "");
  return written.length >= 2 && written.every((t) => t.length <= 80 && startsWithAgency(t));
}

/**
 * A row that repeats the header, wholly or partly (at the top of a new page, at the start of a part, its STT cell lost
 * and the rest shifted): its cells, wherever they stand, are the header's labels, at most one of them not.
 */
export function repeatsHeader(cells: Cell[], header: TaskHeader): boolean {
  const texts = cells.map((c) => compactLabel(cellText(c))).filter((t) => t !== "");
  if (texts.length >= 3 && texts.every((t, i) => t === String(i + 1))) return true;
  if (lettersThenNumbers(cells.map((c) => cleanText(cellText(c))))) return true;
  if (texts.length >= 3 && numbersTheColumns(cells)) return true;
  if (texts.length < 2) return false;
  const labels = compactLabelsOf(header);
  const same = texts.filter((t) => labels.has(t)).length;
  return same >= 2 && same >= texts.length - 1;
}

/** The header's labels and row cells as `compactLabel` gives them: asked for at every row of its table, made once. */
const compactLabelSets = new WeakMap<TaskHeader, Set<string>>();

function compactLabelsOf(header: TaskHeader): Set<string> {
  let labels = compactLabelSets.get(header);
  if (labels === undefined) {
    labels = new Set([...header.labels, ...header.rows.flat()].map(compactLabel).filter((l) => l !== ""));
    compactLabelSets.set(header, labels);
  }
  return labels;
}

/** A header cell compared without case, marks, spaces, punctuation or a column number's parentheses. */
function compactLabel(text: string): string {
  return foldForMatch(cleanText(text)).replace(/[^a-z0-9]/g, "");
}
