/**
 * Geometry → document model, shared by the PDF text layer and OCR: ruled tables from their borders, side-by-side
 * text blocks as borderless tables, everything else as paragraphs in reading order; page furniture and footnote
 * reference numbers dropped (notes.ts); tables that run across pages joined (see join.ts). Pure: pages in, blocks out.
 */
import { type Block, type Cell, type Paragraph, type Row, type Table, cell } from "../../model/types.js";
import type { Diagnostic, Result } from "../../diagnostics.js";
import { type FlowLine, linesToParagraphs, usualPitch } from "./flow.js";
import { alignedTables } from "./aligned.js";
import { findFurniture } from "./furniture.js";
import { missingColumnBorders } from "./hrules.js";
import { dropFootnoteReferences, pageNoteNumbers } from "./notes.js";
import { type FlowEdges, type TableGeometry, joinPages, looksLikeHeaderRow } from "./join.js";
import { type Line, groupLines, lineMetrics, makeLine, splitRunPieces, splitSegments } from "./lines.js";
import { type TableGrid, type VLine, cellIndexAt, findGridsInLines, splitRulings } from "./tables.js";
import type { PageContent, PositionedText } from "./types.js";
import { median } from "./median.js";
import { LOWER, UPPER, re } from "../../letters.js";
import { correctWords, correctionDiagnostic } from "../ocr/correct.js";

export type { TableGeometry } from "./join.js";

interface GridPart {
  grid: TableGrid;
  items: PositionedText[];
  /** Each grid cell's words grouped into lines, by cell index (cells without words are absent). */
  cellLines: Map<number, PositionedText[][]>;
}

interface PageParts {
  page: PageContent;
  grids: GridPart[];
  flowLines: Line[];
  /** The page's vertical rulings that no ruled table took: column borders of a table ruled between columns only. */
  looseColumnRules: VLine[];
}

/** A page's words: run pieces split, empty and unplaced text left out. */
function pageWords(page: PageContent): PositionedText[] {
  return splitRunPieces(page.items).filter((i) => i.text.trim() !== "" && Number.isFinite(i.x) && Number.isFinite(i.y));
}

function splitPage(page: PageContent, words: PositionedText[], nextPageNotes: ReadonlySet<string>): PageParts {
  const items = dropFootnoteReferences(words, page.height, nextPageNotes);
  // Tables ruled between rows only get their column borders from the gutters of their text (hrules.ts).
  const lines = splitRulings(page.rulings);
  const borders = missingColumnBorders(lines, items);
  const grids = findGridsInLines(borders.length > 0 ? splitRulings([...page.rulings, ...borders]) : lines).map((grid) => ({ grid, items: [] as PositionedText[], byCell: new Map<number, PositionedText[]>() }));
  const rest: PositionedText[] = [];
  for (const item of items) {
    const cx = item.x + item.width / 2;
    const cy = item.y + item.height / 2;
    let owned = false;
    for (const g of grids) {
      const index = cellIndexAt(g.grid, cx, cy);
      if (index < 0) continue;
      g.items.push(item);
      const list = g.byCell.get(index);
      if (list) list.push(item);
      else g.byCell.set(index, [item]);
      owned = true;
      break;
    }
    if (!owned) rest.push(item);
  }
  // A frame with no words in it is decoration (a box around a signature, a drawn separator), not a table.
  const kept: GridPart[] = grids
    .filter((g) => g.items.length > 0)
    .map((g) => ({ grid: g.grid, items: g.items, cellLines: new Map([...g.byCell].map(([index, list]) => [index, groupLines(list)])) }));
  const inGrid = (v: VLine): boolean => kept.some(({ grid }) => v.x >= grid.xs[0]! - 3 && v.x <= grid.xs[grid.xs.length - 1]! + 3 && v.y2 >= grid.ys[0]! - 3 && v.y1 <= grid.ys[grid.ys.length - 1]! + 3);
  return { page, grids: kept, flowLines: groupLines(rest).map(makeLine), looseColumnRules: lines.vertical.filter((v) => !inGrid(v)) };
}

/** Line numbers within a page: every visual line of the page's kept words, top to bottom, counts once. */
class LineNumbers {
  private readonly centers: number[];
  /** Whether `centers` ascend (they nearly always do), so that the nearest can be found by bisection. */
  private readonly ascending: boolean;
  constructor(items: PositionedText[]) {
    this.centers = groupLines(items).map((group) => median(group.map((i) => i.y + i.height / 2)));
    this.ascending = this.centers.every((center, k) => k === 0 || this.centers[k - 1]! <= center);
  }
  /** The number of the line whose centre is nearest to y (the first such line on a tie). */
  at(y: number): number {
    return (this.ascending && Number.isFinite(y) ? this.nearestSorted(y) : this.nearestScan(y)) + 1;
  }
  private nearestScan(y: number): number {
    let best = 0;
    let distance = Infinity;
    this.centers.forEach((center, index) => {
      const d = Math.abs(center - y);
      if (d < distance) {
        distance = d;
        best = index;
      }
    });
    return best;
  }
  /**
   * `nearestScan` in O(log n). Distances shrink towards y from both sides, so the nearest centre is the last one
   * below y or the first one at or above it; on a tie the scan keeps the earliest line, so walk back over equal
   * distances (equal centres, or distinct ones that round to the same distance).
   */
  private nearestSorted(y: number): number {
    const centers = this.centers;
    if (centers.length === 0) return 0;
    let lo = 0;
    let hi = centers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (centers[mid]! < y) lo = mid + 1;
      else hi = mid;
    }
    const distance = (k: number): number => Math.abs(centers[k]! - y);
    let best = lo;
    if (lo === centers.length || (lo > 0 && distance(lo - 1) <= distance(lo))) best = lo - 1;
    while (best > 0 && distance(best - 1) === distance(best)) best--;
    return best;
  }
  ofLine(line: Line): number {
    return this.at((line.top + line.bottom) / 2);
  }
}

interface Placed {
  top: number;
  block: Block;
  geometry?: TableGeometry;
  edges?: FlowEdges;
}

function toFlowLines(lines: Line[], numbers: LineNumbers): FlowLine[] {
  return lines.map((line) => ({ ...line, lineNo: numbers.ofLine(line) }));
}

/** Below this confidence a full stop OCR put at the end of a cell's line, before a line going on in lower case, is doubted. */
const DOUBTFUL_STOP = 85;

/** Words that join what follows them to what precedes them: no sentence or name ends on one ("HĐND và" / "UBND huyện"). */
const JOINING_WORDS = new Set(["và", "của", "các", "với", "cho", "theo", "tại", "về", "những", "hoặc", "trong"]);

/**
 * A cell's lines without the full stops OCR made up where a line of the cell ends: tesseract reads the blank after a
 * word that its cell wraps ("Các phòng, đơn" over "vị thuộc Sở") as ".", with a low confidence, and "đơn." would end
 * the agency's name there. A stop is dropped only where the word's confidence is low and the cell's next line goes on
 * in lower case (a sentence that ended would start its next one with a capital) or the word is one that joins
 * ("và.", "của."); each drop is reported.
 */
function withoutMadeUpStops(groups: PositionedText[][], page: number, diagnostics: Diagnostic[]): PositionedText[][] {
  return groups.map((line, k) => {
    const next = groups[k + 1];
    if (!next || next.length === 0 || line.length === 0) return line;
    const last = line.reduce((a, b) => (b.x > a.x ? b : a));
    const first = next.reduce((a, b) => (b.x < a.x ? b : a));
    // A made-up ellipsis ("HĐND..." over "và UBND huyện") as much as a single stop.
    if (last.confidence === undefined || last.confidence >= DOUBTFUL_STOP || !/[^.…](?:\.{1,3}|…)$/u.test(last.text)) return line;
    const text = last.text.replace(/(?:\.{1,3}|…)$/u, "");
    if (!re("u")`^[${LOWER}]`.test(first.text) && !JOINING_WORDS.has(text.toLocaleLowerCase("vi"))) return line;
    diagnostics.push({ severity: "info", code: "ocr-stop-dropped", message: `page ${page}: OCR read "${last.text}" (confidence ${last.confidence}) before "${first.text}" on the cell's next line: read as "${text}"`, where: { page } });
    return line.map((item) => (item === last ? { ...item, text } : item));
  });
}

/** A ruled cell's paragraphs: its text wraps at the cell's right border less the padding seen on its left. */
function groupedCellParagraphs(groups: PositionedText[][], left: number, right: number, pitch: number, page: number, numbers: LineNumbers): Paragraph[] {
  if (groups.length === 0) return [];
  const lines = toFlowLines(groups.map(makeLine), numbers);
  const padding = Math.max(1, Math.min(6, Math.min(...lines.map((l) => l.x)) - left));
  return linesToParagraphs(lines, { rightEdge: right - padding, pitch, page });
}

/** Paragraphs of words that wrap at `rightEdge` (a cell of a borderless block, whose edge the caller estimates). */
function paragraphsWithin(items: PositionedText[], rightEdge: number, pitch: number, page: number, numbers: LineNumbers): Paragraph[] {
  if (items.length === 0) return [];
  return linesToParagraphs(toFlowLines(groupLines(items).map(makeLine), numbers), { rightEdge, pitch, page });
}

/**
 * A cell's first word without an opening bracket OCR made up: a fragment of the cell's left border, or of the erased
 * ruling, read as "(" before the first word ("(Các cơ quan chuyên môn"). Taken only where the cell holds more words,
 * closes no bracket and OCR doubted the word; each drop is reported.
 */
function withoutStrayOpening(groups: PositionedText[][], page: number, diagnostics: Diagnostic[]): PositionedText[][] {
  const first = groups[0]?.reduce((a, b) => (b.x < a.x ? b : a));
  if (!first || first.confidence === undefined || first.confidence >= DOUBTFUL_STOP || !re("u")`^\([${UPPER}]`.test(first.text)) return groups;
  // A lone bracketed word is a column number ("(2)" read "(Đài"), not a name with a fragment before it.
  if (groups.flat().length < 2 || groups.some((line) => line.some((word) => word.text.includes(")")))) return groups;
  const text = first.text.slice(1);
  diagnostics.push({ severity: "info", code: "ocr-bracket-dropped", message: `page ${page}: OCR read "${first.text}" (confidence ${first.confidence}) at the start of a cell that closes no bracket: read as "${text}"`, where: { page } });
  return groups.map((line) => line.map((item) => (item === first ? { ...item, text } : item)));
}

/**
 * A cell's words as read by OCR, corrected against the lexicon once more in the cell's own reading order: the page's
 * correction sees them in tesseract's line order, where a name the cell wraps ("Trung tâm Văn hóa - Thế" / "thao và
 * Truyền thanh") has the other cells' words between its lines.
 */
function correctedInCell(groups: PositionedText[][], page: number, diagnostics: Diagnostic[]): PositionedText[][] {
  const ordered = groups.map((line) => [...line].sort((a, b) => a.x - b.x));
  const words = ordered.flat();
  if (words.length < 2) return ordered;
  const { words: texts, corrections } = correctWords(words.map((word) => word.text));
  if (corrections.length === 0) return ordered;
  for (const correction of corrections) diagnostics.push(correctionDiagnostic(correction, page));
  let k = 0;
  return ordered.map((line) => line.map((word) => ({ ...word, text: texts[k++]! })));
}

/**
 * A cell's paragraphs read by OCR with a paragraph that goes on in lower case joined to the one before it: a name or
 * a phrase the cell wraps ("Phòng Nội" over "vụ") is split where OCR's line boxes leave a wider gap, but a new item
 * of a cell starts with a capital, a bullet or a number.
 */
function joinedLowerCaseParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const previous = out[out.length - 1];
    const first = paragraph.lines[0] ?? "";
    const lastLine = previous?.lines[previous.lines.length - 1] ?? "";
    if (previous && !paragraph.marker && re("u")`^[${LOWER}]`.test(first) && !/^[a-zđ][.)]/u.test(first) && !/[.;:!?]$/u.test(lastLine)) {
      out[out.length - 1] = { ...previous, lines: [...previous.lines, ...paragraph.lines], ...(previous.ocrWords || paragraph.ocrWords ? { ocrWords: [...(previous.ocrWords ?? []), ...(paragraph.ocrWords ?? [])] } : {}) };
    } else out.push(paragraph);
  }
  return out;
}

function ruledTable({ grid, cellLines }: GridPart, pitch: number, page: number, ocr: boolean, numbers: LineNumbers, diagnostics: Diagnostic[]): Placed {
  const contents = grid.cells.map((gc, index) => {
    const read = cellLines.get(index) ?? [];
    const lines = withoutMadeUpStops(ocr ? withoutStrayOpening(read, page, diagnostics) : read, page, diagnostics);
    const paragraphs = groupedCellParagraphs(ocr ? correctedInCell(lines, page, diagnostics) : lines, grid.xs[gc.col]!, grid.xs[gc.col + gc.colSpan]!, pitch, page, numbers);
    return ocr ? joinedLowerCaseParagraphs(paragraphs) : paragraphs;
  });
  const rows: Row[] = [];
  const rowCount = grid.ys.length - 1;
  const colCount = grid.xs.length - 1;
  for (let r = 0; r < rowCount; r++) {
    const rowLine = numbers.at(grid.ys[r]! + 2);
    const firstTextLine = grid.cellAt[r]!
      .filter((index) => grid.cells[index]?.row === r)
      .map((index) => contents[index]?.[0]?.position.line)
      .filter((n): n is number => n !== undefined);
    const position = { page, line: firstTextLine.length > 0 ? Math.min(...firstTextLine) : rowLine };
    const cells: Cell[] = [];
    for (let c = 0; c < colCount; c++) {
      const index = grid.cellAt[r]![c]!;
      const gc = grid.cells[index]!;
      const content = contents[index] ?? [];
      if (gc.row === r && gc.col === c) {
        cells.push(cell(content, { page, line: content[0]?.position.line ?? position.line }, { rowSpan: gc.rowSpan, colSpan: gc.colSpan }));
      } else {
        cells.push(cell(content, { page, line: position.line }, { merged: gc.row === r ? "left" : "above" }));
      }
    }
    rows.push({ type: "row", isHeader: false, cells, position });
  }
  const table: Table = { type: "table", rows, position: rows[0]?.position ?? { page, line: numbers.at(grid.ys[0]!) } };
  return { top: grid.ys[0]!, block: table, geometry: { xs: grid.xs, closedTop: grid.closedTop, closedBottom: grid.closedBottom, page } };
}

function layoutPage(parts: PageParts, furniture: Set<Line>, diagnostics: Diagnostic[]): Placed[] {
  const { page } = parts;
  const keptItems = [...parts.grids.flatMap((g) => g.items), ...parts.flowLines.filter((l) => !furniture.has(l)).flatMap((l) => l.items)];
  const numbers = new LineNumbers(keptItems);
  const flow = parts.flowLines.filter((l) => !furniture.has(l)).sort((a, b) => a.top - b.top);
  // Pitch needs only where the lines are, not their text. Lines are taken cell by cell: across a whole table, the
  // lines of cells whose text is centred vertically interleave at a fraction of a line apart, and their median
  // would read every wrapped line of a cell as a paragraph of its own.
  const cellLineGroups = parts.grids.flatMap((g) => [...g.cellLines.values()].map((groups) => groups.map(lineMetrics)));
  const pitch = usualPitch([flow, ...cellLineGroups]);
  const placed: Placed[] = parts.grids.map((g) => ruledTable(g, pitch, page.page, page.ocr, numbers, diagnostics));

  const aligned = alignedTables(flow, pitch, page.page, {
    paragraphs: (items, rightEdge) => paragraphsWithin(items, rightEdge, pitch, page.page, numbers),
    lineAt: (y) => numbers.at(y),
  }, parts.looseColumnRules);
  // A borderless table's geometry is its gutters: where its columns part, for joining it across a page break.
  placed.push(...aligned.tables.map((t) => ({ top: t.top, block: t.table, geometry: { xs: [], gutters: t.gutters, closedTop: false, closedBottom: false, page: page.page } })));
  // A lone line of side-by-side texts ("Số: 60/QĐ-UBND" … "Đức Thọ, ngày …") is read as separate texts.
  const remaining = flow
    .filter((l) => !aligned.used.has(l))
    .flatMap((l) => {
      const segments = splitSegments(l.items);
      return segments.length > 1 ? segments.map(makeLine) : [l];
    });

  // Running text between tables, cut at every table so that no paragraph runs across one.
  const cuts = placed.map((p) => p.top).sort((a, b) => a - b);
  const bodySize = median(remaining.map((l) => l.fontSize));
  const textRight = Math.max(0, ...remaining.filter((l) => l.fontSize >= 0.85 * bodySize).map((l) => l.right));
  const textLeft = Math.min(textRight, ...remaining.filter((l) => l.fontSize >= 0.85 * bodySize).map((l) => l.x));
  const runs: Line[][] = [];
  let currentCut = -1;
  for (const line of remaining) {
    const cutIndex = cuts.filter((t) => t <= line.top).length;
    if (runs.length === 0 || cutIndex !== currentCut) runs.push([]);
    currentCut = cutIndex;
    runs[runs.length - 1]!.push(line);
  }
  for (const run of runs) {
    // Footnotes: the smaller print after the last line of body text, in the lower part of the page.
    let footStart = run.length;
    while (footStart > 0) {
      const line = run[footStart - 1]!;
      if (line.fontSize <= 0.85 * bodySize && line.top > 0.5 * page.height) footStart--;
      else break;
    }
    const body = toFlowLines(run.slice(0, footStart), numbers);
    const foot = toFlowLines(run.slice(footStart), numbers);
    const paragraphs = linesToParagraphs(body, { rightEdge: textRight, pitch, page: page.page });
    paragraphs.forEach((paragraph, k) => {
      const first = body[0]!;
      const last = body[body.length - 1]!;
      // Where the run's first line starts and how much room its last line left: what joining a paragraph across
      // the page break needs to know.
      const edges: FlowEdges = { left: textLeft, size: bodySize };
      if (k === 0) edges.startX = first.x;
      if (k === paragraphs.length - 1) edges.roomAtEnd = textRight - last.right;
      placed.push({ top: lineTop(body, paragraph), block: paragraph, edges });
    });
    for (const paragraph of linesToParagraphs(foot, { rightEdge: textRight, pitch, page: page.page })) {
      paragraph.footnote = true;
      placed.push({ top: lineTop(foot, paragraph), block: paragraph });
    }
  }
  if (page.items.length > 0 && keptItems.length === 0) {
    diagnostics.push({ severity: "info", code: "page-only-furniture", message: `page ${page.page} holds only a header, footer or page number`, where: { page: page.page } });
  }
  return placed.sort((a, b) => a.top - b.top);
}

function lineTop(lines: FlowLine[], paragraph: Paragraph): number {
  return lines.find((l) => l.lineNo === paragraph.position.line)?.top ?? lines[0]?.top ?? 0;
}

export function layoutPages(pages: PageContent[]): Result<Block[]> {
  const diagnostics: Diagnostic[] = [];
  const ordered = [...pages].sort((a, b) => a.page - b.page);
  const words = ordered.map(pageWords);
  const notes = ordered.map((page, k) => pageNoteNumbers(words[k]!, page.height));
  const parts = ordered.map((page, k) => {
    const next = ordered[k + 1];
    return splitPage(page, words[k]!, next && next.page === page.page + 1 ? notes[k + 1]! : new Set<string>());
  });
  const furniture = findFurniture(parts.map((p) => ({ page: p.page.page, height: p.page.height, lines: p.flowLines })));
  const perPage = parts.map((p) => ({ page: p.page.page, placed: layoutPage(p, furniture.get(p.page.page) ?? new Set(), diagnostics) }));
  for (const { placed } of perPage) {
    for (const p of placed) {
      if (p.block.type === "table" && p.block.rows[0] && looksLikeHeaderRow(p.block.rows[0])) p.block.rows[0].isHeader = true;
    }
  }
  const blocks = joinPages(perPage, diagnostics);
  return { value: blocks, diagnostics };
}
