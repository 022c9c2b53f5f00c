/**
 * mammoth's document tree → the shared document model.
 *
 * Positions: DOCX has no reliable pages, so `line` is a running index (1-based) over top-level blocks and table rows
 * in document order; a cell and its paragraphs carry their row's index. Diagnostics can point there.
 */
import { boldLeadOf } from "../bold-lead.js";
import type { Block, Emphasis, Paragraph, Table } from "../../model/types.js";
import type { Diagnostic, Position } from "../../diagnostics.js";
import type {
  MammothDocument,
  MammothNode,
  MammothNoteReference,
  MammothNumbering,
  MammothParagraph,
  MammothTable,
  MammothTableCell,
} from "./mammoth-tree.js";
import type { NumberingLabel } from "./numbering.js";
import { DEFAULT_LIMITS } from "../../limits.js";
import { TableGrid, nestedTableAsParagraphs } from "../grid.js";
import { tabbedParagraphsToTables } from "./side-by-side.js";
import { needsSpaceAtRunBoundary, separateGluedHeaderPhrases } from "./spacing.js";
import { type LegacyFontUse, convertLegacyRunText, isLegacyEncoded, legacyFontDiagnostic } from "../legacy-font.js";
import type { LegacyFonts } from "./fonts.js";

type Piece =
  | { kind: "text"; text: string; bold: boolean; italic: boolean; run: number; legacy?: LegacyFontUse | null }
  | { kind: "line" }
  | { kind: "page" };

interface ParagraphText {
  /** The paragraph's lines, split at page breaks into parts (a page break inside a paragraph starts a new block). */
  parts: string[][];
  emphasis: Emphasis;
  /** Whether a rule of spacing.ts added a space. */
  spaceRestored: boolean;
  /** See `Paragraph.boldLead`. */
  boldLead?: string;
}

export class DocxConverter {
  readonly blocks: Block[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private line = 0;
  private paragraphIndex = 0;
  private readonly noteReferences: MammothNoteReference[] = [];
  private readonly fallbackCounts = new Map<MammothNumbering, number>();
  /** Paragraphs whose legacy-font text was converted to Unicode. */
  private legacyParagraphs = 0;

  /**
   * `labels`: Word's literal list numbers, one per mammoth paragraph in walk order; null to use generic markers.
   * `format`: the file's format (a .doc is converted through the same tree), named in diagnostic codes.
   * `legacyFonts`: the fonts of a DOCX's runs, to convert text set in a legacy Vietnamese font (the .doc reader
   * converts it while building its tree).
   */
  constructor(
    private readonly labels: NumberingLabel[] | null,
    private readonly format: "docx" | "doc" = "docx",
    private readonly maxColumns = DEFAULT_LIMITS.maxColumns,
    private readonly legacyFonts: LegacyFonts | null = null,
  ) {}

  convert(document: MammothDocument): Block[] {
    this.visitBody(document.children);
    const body = tabbedParagraphsToTables(this.blocks.splice(0));
    // A loop, not push(...body): spreading a few hundred thousand blocks overflows the stack.
    for (const block of body) this.blocks.push(block);
    this.appendNotes(document);
    if (this.legacyParagraphs > 0) {
      this.diagnostics.push(legacyFontDiagnostic(this.legacyParagraphs));
    }
    return this.blocks;
  }

  private nextPosition(): Position {
    this.line += 1;
    return { line: this.line };
  }

  private visitBody(nodes: MammothNode[]): void {
    for (const node of nodes) {
      if (node.type === "paragraph") this.bodyParagraph(node);
      else if (node.type === "table") this.blocks.push(this.table(node));
      // Anything else at body level (stray runs in malformed files) carries no block of its own.
    }
  }

  private bodyParagraph(node: MammothParagraph): void {
    const marker = this.marker(node);
    const text = this.paragraphText(node, false);
    const depth = headingDepth(node);
    text.parts.forEach((lines, index) => {
      if (index > 0) this.blocks.push({ type: "pageBreak", position: this.nextPosition() });
      if (lines.length === 0) return;
      const position = this.nextPosition();
      if (depth !== null) {
        // A heading numbered by Word keeps its number in the text, as a typed "I. MỤC TIÊU" would.
        const headingLines = index === 0 && marker ? [`${marker} ${lines[0] ?? ""}`, ...lines.slice(1)] : lines;
        this.blocks.push({ type: "heading", depth, lines: headingLines, position });
        return;
      }
      const paragraph: Paragraph = { type: "paragraph", lines, position };
      // Lines inside a Word paragraph are the writer's own breaks (w:br, Shift+Enter), never a layout's wrapping.
      if (lines.length > 1) paragraph.hardBreaks = true;
      if (index === 0 && marker) paragraph.marker = marker;
      if (text.emphasis.bold || text.emphasis.italic) paragraph.emphasis = text.emphasis;
      if (index === 0 && text.boldLead) paragraph.boldLead = text.boldLead;
      this.blocks.push(paragraph);
    });
  }

  /** Consumes this paragraph's numbering label (every paragraph consumes one, to stay aligned with the labels). */
  private marker(node: MammothParagraph): string | undefined {
    const label = this.labels?.[this.paragraphIndex];
    this.paragraphIndex += 1;
    // Word's own number first, also where mammoth sees no numbering: a style numbered through its w:numPr in
    // styles.xml (Heading 1 → "I.", set in Word's style dialog) has no w:pStyle link in numbering.xml, which is the
    // only place mammoth looks. The labels are paired with mammoth's paragraphs one to one, so this is that paragraph's.
    if (label?.label) return label.label;
    if (!node.numbering) return undefined;
    if (!node.numbering.isOrdered) return "•";
    // Without Word's literal number: count the paragraphs of the same list level (mammoth shares one level object
    // per abstract list level), which misses restarts and Word's number formats.
    const count = (this.fallbackCounts.get(node.numbering) ?? 0) + 1;
    this.fallbackCounts.set(node.numbering, count);
    return `${count}.`;
  }

  private paragraphText(node: MammothParagraph, inCell: boolean): ParagraphText {
    const pieces: Piece[] = [];
    let run = 0;
    const walk = (children: MammothNode[], bold: boolean, italic: boolean, runId: number, legacy: LegacyFontUse | null): void => {
      for (const child of children) {
        switch (child.type) {
          case "run":
            run += 1;
            walk(child.children, child.isBold, child.isItalic, run, this.legacyFonts?.of(child, node.styleId) ?? null);
            break;
          case "hyperlink":
            walk(child.children, bold, italic, runId, legacy);
            break;
          case "text":
            pieces.push({ kind: "text", text: child.value, bold, italic, run: runId, legacy });
            break;
          case "tab":
            pieces.push({ kind: "text", text: "\t", bold, italic, run: runId });
            break;
          case "checkbox":
            pieces.push({ kind: "text", text: child.checked ? "☒" : "☐", bold, italic, run: runId });
            break;
          case "break":
            pieces.push({ kind: child.breakType === "page" && !inCell ? "page" : "line" });
            break;
          case "noteReference":
            this.noteReferences.push(child);
            break;
          default:
            break;
        }
      }
    };
    walk(node.children, false, false, 0, null);
    this.convertLegacyText(pieces);

    const parts: string[][] = [[]];
    let current = "";
    let lastRun = -1;
    let visible = 0;
    let boldVisible = 0;
    let italicVisible = 0;
    let spaceRestored = false;
    const endLine = (): void => {
      let line = current;
      if (inCell) {
        const separated = separateGluedHeaderPhrases(line);
        if (separated !== line) spaceRestored = true;
        line = separated;
      }
      if (line.trim() !== "") parts[parts.length - 1]!.push(line);
      current = "";
      lastRun = -1;
    };
    for (const piece of pieces) {
      if (piece.kind === "line") endLine();
      else if (piece.kind === "page") {
        endLine();
        parts.push([]);
      } else {
        if (inCell && lastRun !== -1 && piece.run !== lastRun && needsSpaceAtRunBoundary(current, piece.text)) {
          current += " ";
          spaceRestored = true;
        }
        current += piece.text;
        lastRun = piece.run;
        const count = piece.text.replace(/\s+/gu, "").length;
        visible += count;
        if (piece.bold) boldVisible += count;
        if (piece.italic) italicVisible += count;
      }
    }
    endLine();
    const emphasis: Emphasis = {};
    if (visible > 0 && boldVisible === visible) emphasis.bold = true;
    if (visible > 0 && italicVisible === visible) emphasis.italic = true;
    const boldLead = emphasis.bold ? undefined : boldLeadOf(pieces.map((piece) => (piece.kind === "text" ? piece : { text: "\n", bold: false })));
    return { parts, emphasis, spaceRestored, ...(boldLead ? { boldLead } : {}) };
  }

  /**
   * Text set in a legacy font becomes Unicode before soft hyphens are dropped: TCVN3's "ư" is the soft hyphen's code.
   * A paragraph whose legacy-font text already holds Unicode Vietnamese letters is kept as it is (`isLegacyEncoded`).
   */
  private convertLegacyText(pieces: Piece[]): void {
    let legacyText = "";
    for (const piece of pieces) if (piece.kind === "text" && piece.legacy) legacyText += piece.text;
    const convert = isLegacyEncoded(legacyText);
    let changed = false;
    for (const piece of pieces) {
      if (piece.kind !== "text") continue;
      if (convert && piece.legacy) {
        const converted = convertLegacyRunText(piece.text, piece.legacy);
        if (converted !== piece.text) changed = true;
        piece.text = converted;
      }
      piece.text = shownText(piece.text);
    }
    if (changed) this.legacyParagraphs += 1;
  }

  private table(node: MammothTable): Table {
    const position = this.nextPosition();
    const grid = new TableGrid(this.format === "doc" ? ".doc" : "DOCX", this.maxColumns);
    for (const rowNode of node.children) {
      if (rowNode.type !== "tableRow") continue;
      const rowPosition = this.nextPosition();
      grid.startRow(rowNode.isHeader, rowPosition);
      for (const cellNode of rowNode.children) {
        if (cellNode.type !== "tableCell") continue;
        grid.addCell(this.cellContent(cellNode, rowPosition), cellNode.rowSpan, cellNode.colSpan, rowPosition);
      }
    }
    const padded = grid.finish();
    if (padded > 0) {
      const width = grid.rows[0]?.cells.length ?? 0;
      this.diagnostics.push({
        severity: "info",
        code: `${this.format}.table-padded`,
        message: `table rows of unequal width: ${padded} empty cell(s) added so every row has ${width} columns`,
        where: position,
      });
    }
    return { type: "table", rows: grid.rows, position };
  }

  private cellContent(node: MammothTableCell, position: Position): Paragraph[] {
    const content: Paragraph[] = [];
    for (const child of node.children) {
      if (child.type === "paragraph") {
        const marker = this.marker(child);
        const text = this.paragraphText(child, true);
        if (text.spaceRestored) {
          this.diagnostics.push({
            severity: "info",
            code: `${this.format}.space-restored`,
            message: `restored a space lost between words in a table cell: "${text.parts.flat().join(" ")}"`,
            where: position,
          });
        }
        const lines = text.parts.flat();
        // An empty paragraph that Word numbers is the number itself: plans number the rows of a task table by
        // putting an automatically numbered, otherwise empty paragraph in each STT cell.
        if (lines.length === 0 && !marker) continue;
        const paragraph: Paragraph = { type: "paragraph", lines, position: { ...position } };
        // A line break in a lead or partner cell ("Phòng Tư pháp" ↵ "Phòng Nội vụ") can separate two agencies.
        if (lines.length > 1) paragraph.hardBreaks = true;
        if (marker) paragraph.marker = marker;
        if (text.emphasis.bold || text.emphasis.italic) paragraph.emphasis = text.emphasis;
        content.push(paragraph);
      } else if (child.type === "table") {
        content.push(...this.flattenNestedTable(child, position));
      }
    }
    return content;
  }

  /**
   * A table inside a cell becomes one paragraph per inner row, its cells' text joined by " | " (as the HTML reader
   * does): the model has no tables in cells, and plans use them only for small layouts.
   */
  private flattenNestedTable(node: MammothTable, position: Position): Paragraph[] {
    const saved = this.line;
    const inner = this.table(node);
    this.line = saved; // inner rows take no running index of their own
    this.diagnostics.push({ severity: "info", code: `${this.format}.nested-table`, message: "a table inside a table cell was flattened to text rows", where: position });
    return nestedTableAsParagraphs(inner.rows, position);
  }

  /** Footnotes and endnotes, in the order they are referenced, as footnote paragraphs after the body. */
  private appendNotes(document: MammothDocument): void {
    const seen = new Set<string>();
    for (const reference of this.noteReferences) {
      const key = `${reference.noteType}-${reference.noteId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const note = document.notes.resolve(reference);
      if (!note) continue;
      for (const node of note.body) {
        if (node.type !== "paragraph") continue;
        const lines = this.paragraphText(node, false).parts.flat();
        if (lines.length > 0) this.blocks.push({ type: "paragraph", lines, footnote: true, position: this.nextPosition() });
      }
    }
  }
}

/** The number of mammoth paragraphs `DocxConverter` walks (in the body and in table cells, not in notes). */
export function countParagraphs(nodes: MammothNode[]): number {
  let count = 0;
  for (const node of nodes) {
    if (node.type === "paragraph") count += 1;
    else if (node.type === "table" || node.type === "tableRow" || node.type === "tableCell") count += countParagraphs(node.children);
  }
  return count;
}

/**
 * Characters Word keeps that show as something else: a soft hyphen (w:softHyphen, or U+00AD typed or pasted) shows
 * only where a line happens to break, so it is dropped ("kiể­m" is "kiểm"); a non-breaking hyphen (w:noBreakHyphen,
 * U+2011) is the hyphen it shows ("KH‑UBND" is "KH-UBND"), and non-breaking spaces are spaces.
 */
function shownText(value: string): string {
  if (!/[\u00a0\u00ad\u2011\u202f]/.test(value)) return value;
  return value.replace(/\u00ad/g, "").replace(/\u2011/g, "-").replace(/[\u00a0\u202f]/g, " ");
}

/** Word heading styles ("Heading 1", id "Heading1"; Vietnamese Word names them "Tiêu đề 1") → depth 1–6. */
function headingDepth(node: MammothParagraph): number | null {
  const match = /^heading\s*([1-9])$/i.exec(node.styleId ?? "") ?? /^(?:heading|tiêu đề)\s*([1-9])$/iu.exec(node.styleName ?? "");
  if (!match) return null;
  return Math.min(6, Number(match[1]));
}
