/**
 * A .doc's text and properties → the document tree mammoth gives for a DOCX (docx/mammoth-tree.ts), so that one
 * converter (docx/convert.ts) turns both into the model and a plan gives the same records in either format.
 *
 * - Paragraphs end at a paragraph mark (\r), a cell mark (\x07), or a section mark (\f where the paragraph
 *   properties end a paragraph; elsewhere \f is a page break).
 * - Tables come from paragraph properties: depth (sprmPItap, or sprmPFInTable for depth 1), cell ends (the \x07
 *   mark at depth 1, sprmPFInnerTableCell deeper) and row ends (sprmPFTtp / sprmPFInnerTtp), whose paragraph holds
 *   the row's cell boundaries and merge flags. Horizontal spans are read from the boundaries, as Word draws them:
 *   every distinct cell edge of a table is a grid line, and a cell spans the grid columns between its edges.
 *   A .doc has no mark between two tables that touch (no paragraph between them), so a run of rows is cut into
 *   tables where a row's inner edges neither refine nor merge the row before's (see tablesOf).
 * - Fields show their result, not their code; deleted revisions are dropped; pictures and drawing anchors carry no
 *   text; footnote and endnote references become note references whose text the converter appends after the body.
 * - Headers, footers, comments and text boxes are separate stories in the file and are left out, as the DOCX reader
 *   leaves out headers and footers (a diagnostic counts the text-box characters left out).
 */
import { InputError, LimitError } from "../../errors.js";
import { append } from "../append.js";
import type {
  MammothDocument,
  MammothNode,
  MammothNote,
  MammothNoteReference,
  MammothParagraph,
  MammothRun,
  MammothTable,
  MammothTableCell,
  MammothTableRow,
} from "../docx/mammoth-tree.js";
import { LevelCounters, type NumberingLabel, bulletMarker, formatNumber } from "../docx/numbering.js";
import type { Bytes } from "./bytes.js";
import { type LegacyFontUse, convertLegacyRunText, isLegacyEncoded, legacyFontUseOf } from "../legacy-font.js";
import {
  FC,
  type Fib,
  type Lists,
  type CharacterProperties,
  type ParagraphProperties,
  type Piece,
  PropertyPages,
  type RowProperties,
  type Style,
  characterProperties,
  decodeCompressed,
  paragraphProperties,
  rowProperties,
} from "./structures.js";

export interface DocSources {
  fib: Fib;
  word: Bytes;
  table: Bytes;
  pieces: Piece[];
  papx: PropertyPages;
  chpx: PropertyPages;
  styles: Style[];
  defaultFont: number | null;
  /** Font names by index (the font table). */
  fontNames: string[];
  lists: Lists;
}

export interface DocTree {
  document: MammothDocument;
  /** Word's list labels, one per paragraph the converter walks (body and cells), in walk order. */
  labels: NumberingLabel[];
  /** Visible characters of the text boxes left out. */
  textBoxCharacters: number;
  /** Table rows whose end mark is marked deleted but whose text is not, kept (see TreeBuilder.endParagraph). */
  deletedRowsKept: number;
  /** Paragraphs whose text set in a legacy Vietnamese font was converted to Unicode. */
  legacyParagraphs: number;
}

/** Deeper tables than this are flattened into their parent: only damaged files nest so far. */
const MAX_TABLE_DEPTH = 32;

interface Char {
  code: number;
  fc: number;
  size: number;
  piece: Piece;
}

interface PendingCell {
  children: MammothNode[];
}

interface PendingRow {
  cells: PendingCell[];
}

interface OpenTable {
  rows: RowWithProperties[];
  row: PendingRow;
  cell: PendingCell;
}

export function buildTree(sources: DocSources, maxBlocks: number): DocTree {
  const builder = new TreeBuilder(sources, maxBlocks);
  const { fib } = sources;
  const textBoxStart = fib.ccpText + fib.ccpFtn + fib.ccpHdd + fib.ccpAtn + fib.ccpEdn;
  const unplaced = builder.placeTextBoxes(textBoxStart, fib.ccpTxbx);
  const body = builder.story(0, fib.ccpText, true);
  const notes = new Map<string, MammothNote>();
  const footnoteStart = fib.ccpText;
  const endnoteStart = fib.ccpText + fib.ccpFtn + fib.ccpHdd + fib.ccpAtn;
  builder.readNotes("footnote", FC.PlcffndTxt, footnoteStart, fib.ccpFtn, notes);
  builder.readNotes("endnote", FC.PlcfendTxt, endnoteStart, fib.ccpEdn, notes);
  const textBoxCharacters = unplaced.reduce((n, [from, to]) => n + builder.visibleCharacters(from, to - from), 0);
  const document: MammothDocument = {
    type: "document",
    children: body,
    notes: { resolve: (reference: MammothNoteReference) => notes.get(`${reference.noteType}-${reference.noteId}`) ?? null },
  };
  builder.convertLegacyRuns(body);
  for (const note of notes.values()) builder.convertLegacyRuns(note.body);
  // In the converter's walk order, over the paragraphs the tree kept (vertical-merge continuations and deleted rows
  // leave it): the labels were counted in text order, as Word counts them.
  const labels: NumberingLabel[] = [];
  const walk = (nodes: MammothNode[]): void => {
    for (const node of nodes) {
      if (node.type === "paragraph") labels.push(builder.labelOf.get(node) ?? { label: null, ordered: false });
      else if (node.type === "table" || node.type === "tableRow" || node.type === "tableCell") walk(node.children);
    }
  };
  walk(body);
  return { document, labels, textBoxCharacters, deletedRowsKept: builder.deletedRowsKept, legacyParagraphs: builder.legacyParagraphs };
}

class TreeBuilder {
  /** Word's list label of each paragraph of the main text, counted in text order. */
  readonly labelOf = new Map<MammothParagraph, NumberingLabel>();
  private readonly levelCounters = new LevelCounters<number>();
  /** Paragraphs and table rows so far, against --max-blocks. */
  private blocks = 0;
  /** Main-text CPs of note references, to number them as the note texts are numbered. */
  private readonly noteReferenceAt: Map<number, MammothNoteReference>;

  constructor(
    private readonly sources: DocSources,
    private readonly maxBlocks: number,
  ) {
    this.noteReferenceAt = new Map();
    this.collectReferences("footnote", FC.PlcffndRef);
    this.collectReferences("endnote", FC.PlcfendRef);
  }

  private collectReferences(noteType: "footnote" | "endnote", index: number): void {
    for (const [i, cp] of this.plcCps(index).slice(0, -1).entries()) {
      this.noteReferenceAt.set(cp, { type: "noteReference", noteType, noteId: String(i) });
    }
  }

  /** The CPs of a PLC in the table stream (a PLC stores n+1 CPs then n data items; only the CPs are read). */
  private plcCps(index: number, dataSize = index === FC.PlcffndRef || index === FC.PlcfendRef ? 2 : 0): number[] {
    const { fc, lcb } = this.sources.fib.fcLcb(index);
    const { table } = this.sources;
    if (lcb < 4 || fc + lcb > table.length) return [];
    const count = Math.floor((lcb - 4) / (4 + dataSize));
    const cps: number[] = [];
    for (let i = 0; i <= count; i++) cps.push(table.i32(fc + i * 4));
    return cps;
  }

  /**
   * Text boxes are a story of their own; each (FTXBXS in PlcftxbxTxt) names its shape, and the shape's anchor
   * (FSPA in PlcSpaMom) sits in the main text. As mammoth reads a DOCX text box where its drawing is, a text box's
   * paragraphs follow the paragraph holding its anchor. Returns the ranges whose anchor could not be found.
   */
  placeTextBoxes(start: number, length: number): [number, number][] {
    if (length <= 0) return [];
    const anchors = new Map<number, number>();
    const spa = this.plcWithData(FC.PlcSpaMom, 26);
    spa.cps.slice(0, -1).forEach((cp, i) => anchors.set(this.sources.table.i32(spa.dataAt + i * 26), cp));
    const boxes = this.plcWithData(FC.PlcftxbxTxt, 22);
    const unplaced: [number, number][] = [];
    // The last FTXBXS is never a real text box (MS-DOC 2.9.106); nor is any marked reusable.
    for (let i = 0; i + 2 < boxes.cps.length; i++) {
      const from = start + Math.max(0, boxes.cps[i]!);
      const to = start + Math.min(length, boxes.cps[i + 1]!);
      if (to <= from) continue;
      const reusable = this.sources.table.u16(boxes.dataAt + i * 22 + 8) !== 0;
      if (reusable) continue;
      const anchor = anchors.get(this.sources.table.i32(boxes.dataAt + i * 22 + 14));
      if (anchor === undefined || anchor >= this.sources.fib.ccpText) {
        unplaced.push([from, to]);
        continue;
      }
      const list = this.textBoxesAt.get(anchor) ?? [];
      list.push([from, to]);
      this.textBoxesAt.set(anchor, list);
    }
    return unplaced;
  }

  private plcWithData(index: number, dataSize: number): { cps: number[]; dataAt: number } {
    const { fc, lcb } = this.sources.fib.fcLcb(index);
    const { table } = this.sources;
    if (lcb < 4 || fc + lcb > table.length) return { cps: [], dataAt: 0 };
    const count = Math.floor((lcb - 4) / (4 + dataSize));
    const cps: number[] = [];
    for (let i = 0; i <= count; i++) cps.push(table.i32(fc + i * 4));
    return { cps, dataAt: fc + (count + 1) * 4 };
  }

  readNotes(noteType: "footnote" | "endnote", index: number, start: number, length: number, notes: Map<string, MammothNote>): void {
    if (length <= 0) return;
    const cps = this.plcCps(index);
    for (let i = 0; i + 1 < cps.length; i++) {
      const from = Math.max(0, cps[i]!);
      const to = Math.min(length, cps[i + 1]!);
      if (to <= from) continue;
      const body = this.story(start + from, start + to, false);
      notes.set(`${noteType}-${i}`, { noteType, noteId: String(i), body });
    }
  }

  visibleCharacters(start: number, length: number): number {
    let count = 0;
    for (const char of this.chars(start, start + Math.max(0, length))) if (char.code > 0x20) count += 1;
    return count;
  }

  private *chars(from: number, to: number): Generator<Char> {
    const { pieces, word } = this.sources;
    for (const piece of pieces) {
      if (piece.cpEnd <= from || piece.cpStart >= to) continue;
      const first = Math.max(from, piece.cpStart);
      const last = Math.min(to, piece.cpEnd);
      for (let cp = first; cp < last; cp++) {
        const offset = cp - piece.cpStart;
        if (piece.compressed) {
          const fc = piece.fc + offset;
          yield { code: decodeCompressed(word.u8(fc)), fc, size: 1, piece };
        } else {
          const fc = piece.fc + offset * 2;
          yield { code: word.u16(fc), fc, size: 2, piece };
        }
      }
    }
  }

  /** One story (the main text, or one note) as body nodes: paragraphs and tables. */
  story(from: number, to: number, withLabels: boolean): MammothNode[] {
    const body: MammothNode[] = [];
    const tables: OpenTable[] = [];
    let runs: MammothRun[] = [];
    let run: MammothRun | null = null;
    let runKey = "";
    let fieldStack: boolean[] = []; // per open field: true once its separator is passed (the result shows)
    let cp = from;

    const container = (): MammothNode[] => (tables.length > 0 ? tables[tables.length - 1]!.cell.children : body);
    const closeTable = (): void => {
      const open = tables.pop()!;
      if (open.row.cells.length > 0 || open.cell.children.length > 0) {
        // A row the file never ended (damaged, or a story cut short): kept with the cells it has.
        if (open.cell.children.length > 0) open.row.cells.push(open.cell);
        open.rows.push({ cells: open.row.cells, props: { isHeader: false, boundaries: [], verticalMerge: [], horizontalMerge: [] } });
      }
      for (const rows of tablesOf(open.rows)) container().push(tableNode(rows));
    };
    const pushText = (text: string, props: CharacterProperties, piece: Piece, fc: number): void => {
      const legacy = this.legacyFontAt(props, fc);
      const key = `${piece.cpStart}:${this.sources.chpx.at(fc)?.fcStart ?? -1}:${props.bold}:${props.italic}:${legacy?.legacy}:${legacy?.capitals}`;
      if (!run || key !== runKey) {
        run = { type: "run", children: [], isBold: props.bold, isItalic: props.italic };
        if (legacy) this.legacyRuns.set(run, legacy);
        runs.push(run);
        runKey = key;
      }
      const last = run.children[run.children.length - 1];
      if (last?.type === "text") last.value += text;
      else run.children.push({ type: "text", value: text });
    };
    const pushNode = (node: MammothNode): void => {
      if (!run) {
        run = { type: "run", children: [], isBold: false, isItalic: false };
        runs.push(run);
        runKey = "";
      }
      run.children.push(node);
    };
    const endParagraph = (markFc: number, piece: Piece): void => {
      const props = paragraphProperties(this.sources.papx.at(markFc), piece.grpprl);
      const depth = Math.min(props.depth, MAX_TABLE_DEPTH);
      while (tables.length > depth) closeTable();
      while (tables.length < depth) tables.push({ rows: [], row: { cells: [] }, cell: { children: [] } });
      const current = tables[tables.length - 1];
      // "Page break before" is a paragraph property (mammoth reads w:pageBreakBefore as nothing, so neither does this).
      const children = runs;
      runs = [];
      run = null;
      this.blocks += 1;
      if (this.blocks > this.maxBlocks) {
        throw new LimitError(`${this.maxBlocks} paragraphs and table rows`, "--max-blocks", `more than ${this.maxBlocks} paragraphs and table rows in the document`);
      }
      if (current && props.rowEnd) {
        // The row-end mark carries the row's properties and no text of its own. A cell the file never closed
        // (damaged) still keeps its paragraphs.
        if (current.cell.children.length > 0) current.row.cells.push(current.cell);
        // Word deletes a row with everything in it, so a deleted row-end mark over text that is not deleted is no
        // deleted row: LibreOffice's .doc export puts the deletion of a row on the end mark of the row before it.
        const deletedRow = this.markDeleted && !current.row.cells.some((cell) => holdsText(cell.children));
        if (this.markDeleted && !deletedRow) this.deletedRowsKept += 1;
        if (!deletedRow) current.rows.push({ cells: current.row.cells, props: rowProperties(props.grpprl) });
        current.row = { cells: [] };
        current.cell = { children: [] };
        return;
      }
      const paragraph: MammothParagraph = { type: "paragraph", children, ...this.styleOf(props), numbering: null };
      if (withLabels) this.labelOf.set(paragraph, this.label(props));
      if (!current) {
        body.push(paragraph);
        return;
      }
      current.cell.children.push(paragraph);
      const cellEnd = depth <= 1 ? this.lastMark === 0x07 : props.innerCellEnd;
      if (cellEnd) {
        current.row.cells.push(current.cell);
        current.cell = { children: [] };
      }
    };

    let boxes: [number, number][] = [];
    const placeBoxes = (): void => {
      if (boxes.length === 0) return;
      const ranges = boxes;
      boxes = [];
      this.inTextBox = true;
      for (const [boxFrom, boxTo] of ranges) append(container(), this.story(boxFrom, boxTo, withLabels));
      this.inTextBox = false;
    };
    for (const char of this.chars(from, to)) {
      const anchored = this.inTextBox ? undefined : this.textBoxesAt.get(cp);
      if (anchored) {
        boxes.push(...anchored);
        this.textBoxesAt.delete(cp);
      }
      const reference = this.noteReferenceAt.get(cp);
      cp += 1;
      const { code } = char;
      // Field codes: \x13 opens a field, \x14 separates its code from its result, \x15 closes it.
      if (code === 0x13) {
        fieldStack.push(false);
        continue;
      }
      if (code === 0x14) {
        if (fieldStack.length > 0) fieldStack[fieldStack.length - 1] = true;
        continue;
      }
      if (code === 0x15) {
        fieldStack.pop();
        continue;
      }
      const isMark = code === 0x0d || code === 0x07;
      if (!isMark && fieldStack.some((inResult) => !inResult)) continue;
      const chpx = this.sources.chpx.at(char.fc);
      const charProps = characterProperties(chpx, char.piece.grpprl);
      if (isMark) {
        // A deleted paragraph mark joins its paragraph to the next (as Word shows the change accepted); a deleted
        // row-end mark drops the row.
        if (charProps.deleted && code === 0x0d) continue;
        this.lastMark = code;
        this.markDeleted = charProps.deleted;
        endParagraph(char.fc, char.piece);
        placeBoxes();
        if (fieldStack.length > 64) fieldStack = [];
        continue;
      }
      if (charProps.deleted) continue;
      if (code === 0x0c) {
        if (this.endsParagraph(char)) {
          this.lastMark = 0x0d;
          endParagraph(char.fc, char.piece);
        } else {
          pushNode({ type: "break", breakType: "page" });
        }
        continue;
      }
      if (code === 0x02 && reference && this.sources.fib.ccpText > cp - 1) {
        pushNode(reference);
        continue;
      }
      if (code === 0x0b) pushNode({ type: "break", breakType: "line" });
      else if (code === 0x0e) pushNode({ type: "break", breakType: "column" });
      else if (code === 0x09) pushNode({ type: "tab" });
      else if (code === 0x1e) pushText("-", { ...charProps, font: null }, char.piece, char.fc);
      // TCVN3 draws ư at the soft hyphen's code (U+00AD), which converters (LibreOffice) save as Word's optional
      // hyphen: in a TCVN3 run it is that letter.
      else if (code === 0x1f && this.legacyFontAt(charProps, char.fc)?.legacy === "tcvn3") pushText("\u00ad", charProps, char.piece, char.fc);
      else if (code >= 0x20 && code !== 0xfffe && code !== 0xffff) pushText(String.fromCharCode(code), charProps, char.piece, char.fc);
      // Other control characters (pictures \x01, drawing anchors \x08, annotation marks \x05, soft hyphens \x1f) carry no text.
    }
    // Text after the last mark (a story without its final mark): one more paragraph.
    if (runs.length > 0) {
      this.lastMark = 0x0d;
      const last = to > from ? [...this.chars(to - 1, to)][0] : undefined;
      if (last) endParagraph(last.fc, last.piece);
    }
    placeBoxes();
    while (tables.length > 0) closeTable();
    return body;
  }

  /** Runs set in a legacy Vietnamese font (.VnTime, VNI-Times), converted to Unicode once the tree is built. */
  private readonly legacyRuns = new Map<MammothRun, LegacyFontUse>();
  private readonly legacyByFont = new Map<number, LegacyFontUse | null>();

  /**
   * The legacy font encoding of a character: its run's font, else its paragraph style's, else the document's
   * default. Text in TCVN3 (".VnTime" and the other ABC fonts) or VNI fonts is stored as the font's byte values;
   * only the font says so, so the conversion follows the font rather than guessing from the text. The TCVN3 capitals
   * fonts (.VnTimeH …) are told apart by their name, as the DOCX reader does.
   */
  private legacyFontAt(props: CharacterProperties, fc: number): LegacyFontUse | null {
    const paragraphStyle = this.sources.styles[this.sources.papx.at(fc)?.istd ?? 0];
    const font = props.font ?? paragraphStyle?.font ?? this.sources.defaultFont;
    if (font === null || font === undefined) return null;
    let legacy = this.legacyByFont.get(font);
    if (legacy === undefined) {
      legacy = legacyFontUseOf(this.sources.fontNames[font] ?? "");
      this.legacyByFont.set(font, legacy);
    }
    return legacy;
  }

  /** Paragraphs whose legacy-font text was converted to Unicode (the DOCX reader reports the same count). */
  legacyParagraphs = 0;

  convertLegacyRuns(nodes: MammothNode[]): void {
    if (this.legacyRuns.size === 0) return;
    for (const node of nodes) {
      if (node.type === "paragraph" || node.type === "run") {
        if (this.convertParagraphRuns(node.type === "run" ? [node] : node.children)) this.legacyParagraphs += 1;
      } else if ("children" in node) {
        this.convertLegacyRuns(node.children);
      }
    }
  }

  /**
   * Converts the legacy-font runs among a paragraph's children (hyperlinks and fields hold runs too); true if any text
   * changed. A paragraph whose legacy-font text already holds Unicode Vietnamese is kept, as the DOCX reader keeps it.
   */
  private convertParagraphRuns(nodes: MammothNode[]): boolean {
    const runs: [MammothRun, LegacyFontUse][] = [];
    this.collectLegacyRuns(nodes, runs);
    const texts = runs.flatMap(([run]) => run.children.flatMap((child) => (child.type === "text" ? [child] : [])));
    if (!isLegacyEncoded(texts.map((text) => text.value).join(""))) return false;
    let changed = false;
    for (const [run, legacy] of runs) {
      for (const child of run.children) {
        if (child.type !== "text") continue;
        const converted = convertLegacyRunText(child.value, legacy);
        if (converted !== child.value) changed = true;
        child.value = converted;
      }
    }
    return changed;
  }

  private collectLegacyRuns(nodes: MammothNode[], into: [MammothRun, LegacyFontUse][]): void {
    for (const node of nodes) {
      if (node.type === "run") {
        const legacy = this.legacyRuns.get(node);
        if (legacy) into.push([node, legacy]);
      } else if ("children" in node) {
        this.collectLegacyRuns(node.children, into);
      }
    }
  }

  /** Text-box stories by the main-text CP of their anchor. */
  private readonly textBoxesAt = new Map<number, [number, number][]>();
  /** Text-box stories are read once, from their anchor's paragraph, and never from inside another text box. */
  private inTextBox = false;

  /** The mark that ended the paragraph being closed: \x07 ends a cell at depth 1. */
  private lastMark = 0x0d;
  private markDeleted = false;
  deletedRowsKept = 0;

  /** A \f ends a paragraph (a section mark) when the paragraph properties' runs end right after it. */
  private endsParagraph(char: Char): boolean {
    const run = this.sources.papx.at(char.fc);
    return run !== null && run.fcEnd === char.fc + char.size;
  }

  private styleOf(props: ParagraphProperties): { styleId: string | null; styleName: string | null } {
    const style = this.sources.styles[props.istd];
    if (!style) return { styleId: null, styleName: null };
    const heading = style.sti >= 1 && style.sti <= 9 ? `Heading${style.sti}` : null;
    return { styleId: heading, styleName: style.name || null };
  }

  /** The paragraph's list label, counted as Word counts (LevelCounters). */
  private label(props: ParagraphProperties): NumberingLabel {
    const style = this.sources.styles[props.istd];
    const ilfo = props.ilfo || style?.ilfo || 0;
    const ilvl = props.ilfo ? props.ilvl : (style?.ilvl ?? props.ilvl);
    if (ilfo <= 0 || ilfo > 0x7ffe) return { label: null, ordered: false };
    const override = this.sources.lists.overrides[ilfo - 1];
    const levels = override ? this.sources.lists.lists.get(override.lsid) : undefined;
    const level = levels?.[ilvl];
    if (!override || !levels || !level) return { label: null, ordered: false };
    const counters = this.levelCounters.advance(override.lsid, ilvl, level.start, String(ilfo), override.startAt.get(ilvl));
    if (level.nfc === 23) return { label: bulletMarker(level.text), ordered: false };
    let label = "";
    for (const ch of level.text) {
      const code = ch.charCodeAt(0);
      if (code < 9) {
        const referenced = levels[code];
        if (referenced) label += formatNumber(counters.get(code) ?? referenced.start, NUMBER_FORMATS[referenced.nfc] ?? "decimal");
      } else {
        label += ch;
      }
    }
    return { label: label.trim() === "" ? null : label.trim(), ordered: true };
  }
}

/** MS-DOC number formats (nfc) by the names docx/numbering.ts formats. */
const NUMBER_FORMATS: Record<number, string> = {
  0: "decimal",
  1: "upperRoman",
  2: "lowerRoman",
  3: "upperLetter",
  4: "lowerLetter",
  22: "decimalZero",
  255: "none",
};

/** Whether any text that shows is left in these nodes (deleted text never reaches them). */
function holdsText(nodes: MammothNode[]): boolean {
  return nodes.some((node) => {
    if (node.type === "text") return node.value.trim() !== "";
    return "children" in node && holdsText(node.children);
  });
}

/**
 * Cell edges this close (in twips) are one grid line: writers round cell widths to whole twips row by row, so one
 * column's edge can move by a twip or two between rows, and no cell is narrow enough to hold text between them.
 */
const EDGE_TOLERANCE = 3;

export type RowWithProperties = { cells: PendingCell[]; props: RowProperties };

/** Whether every inner edge of `row` lies on an inner edge of `other` (within EDGE_TOLERANCE). */
function innerEdgesWithin(row: number[], other: number[]): boolean {
  const inner = other.slice(1, -1);
  return row.slice(1, -1).every((x) => inner.some((y) => Math.abs(x - y) <= EDGE_TOLERANCE));
}

/**
 * A run of table rows → the tables it holds. Two tables that touch leave no mark between them in a .doc (the rows
 * just follow), so a row starts a new table when its inner cell edges neither split the previous row's cells
 * (every edge of the previous row kept) nor merge them (every edge of its own one of the previous row's): rows
 * of one table that merge or split cells always keep to the same column lines, as a signature table after a task
 * table does not. Rows without boundaries (damaged) stay with the table they are in.
 */
export function tablesOf(rows: RowWithProperties[]): RowWithProperties[][] {
  const tables: RowWithProperties[][] = [];
  let previous: number[] = [];
  for (const row of rows) {
    const edges = row.props.boundaries.length === row.cells.length + 1 ? row.props.boundaries : [];
    const current = tables[tables.length - 1];
    const sameTable =
      current !== undefined &&
      (edges.length === 0 || previous.length === 0 || innerEdgesWithin(edges, previous) || innerEdgesWithin(previous, edges));
    if (sameTable) current.push(row);
    else tables.push([row]);
    if (edges.length > 0) previous = edges;
  }
  return tables;
}

/**
 * Rows of cells with their boundaries → mammoth's table: a cell's colSpan is the number of grid columns between its
 * edges; a vertical merge's first cell gets the rowSpan, and the cells that continue it leave the row (as mammoth
 * does with w:vMerge); cells merged into the one before (the old horizontal-merge flag) widen it.
 */
export function tableNode(rows: RowWithProperties[]): MammothTable {
  const edges = new Set<number>();
  for (const row of rows) for (const x of row.props.boundaries) edges.add(x);
  // Grid lines: the distinct edges, those within EDGE_TOLERANCE of the line before being that line.
  const sorted = [...edges].sort((a, b) => a - b);
  const lineOf = new Map<number, number>();
  let lines = 0;
  let lineStart = Number.NEGATIVE_INFINITY;
  for (const x of sorted) {
    if (x - lineStart > EDGE_TOLERANCE) {
      lines += 1;
      lineStart = x;
    }
    lineOf.set(x, lines - 1);
  }
  const column = (x: number): number => lineOf.get(x) ?? 0;
  interface Placed {
    cell: MammothTableCell;
    start: number;
    vertical: number;
  }
  const placedRows: Placed[][] = rows.map((row) => {
    const placed: Placed[] = [];
    const known = row.props.boundaries.length === row.cells.length + 1;
    row.cells.forEach((pending, index) => {
      const horizontal = known ? (row.props.horizontalMerge[index] ?? 0) : 0;
      const span = known ? Math.max(1, column(row.props.boundaries[index + 1]!) - column(row.props.boundaries[index]!)) : 1;
      const previous = placed[placed.length - 1];
      if (horizontal >= 2 && previous) {
        previous.cell.colSpan += span;
        return;
      }
      placed.push({
        cell: { type: "tableCell", children: pending.children, colSpan: span, rowSpan: 1 },
        start: known ? column(row.props.boundaries[index]!) : index,
        vertical: known ? (row.props.verticalMerge[index] ?? 0) : 0,
      });
    });
    return placed;
  });
  // Vertical merges: a continuing cell (1) adds a row to the cell that starts (3) or continues at its column above.
  const open = new Map<number, MammothTableCell>();
  const tableRows: MammothTableRow[] = placedRows.map((placed, r) => {
    const cells: MammothNode[] = [];
    const seen = new Set<number>();
    for (const p of placed) {
      seen.add(p.start);
      const above = open.get(p.start);
      if (p.vertical === 1 && above) {
        above.rowSpan += 1;
        continue;
      }
      if (p.vertical === 3 || p.vertical === 1) open.set(p.start, p.cell);
      else open.delete(p.start);
      cells.push(p.cell);
    }
    for (const start of [...open.keys()]) if (!seen.has(start)) open.delete(start);
    return { type: "tableRow", children: cells, isHeader: rows[r]!.props.isHeader };
  });
  return { type: "table", children: tableRows };
}

export function requireStory(fib: Fib, pieces: Piece[]): void {
  const last = pieces[pieces.length - 1];
  if (!last || last.cpEnd < fib.ccpText) throw new InputError("not a readable .doc: damaged (the text is shorter than the document says)");
}
