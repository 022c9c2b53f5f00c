/**
 * HTML → document model, with rehype-parse (a real HTML5 parser, so broken and pathological markup parses the way a
 * browser would). Used for .html plans and for the HTML fragments real text plans carry inside table cells.
 */
import { boldLeadOf } from "./bold-lead.js";
import type { Element, ElementContent, Root, RootContent } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import type { Block, Emphasis, Paragraph, Table } from "../model/types.js";
import type { Position } from "../diagnostics.js";
import { DEFAULT_LIMITS } from "../limits.js";
import { TableGrid, nestedTableAsParagraphs } from "./grid.js";
import { romanNumeral } from "../roman.js";

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "table",
  "tr",
  "blockquote",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "dd",
  "dt",
  "pre",
  "center",
]);
const DROPPED_TAGS = new Set(["script", "style", "head", "title", "noscript", "template", "svg", "iframe", "object", "nav"]);
/** Deeper than this, nesting is flattened into text: real plans never go there, hostile files do. */
const MAX_DEPTH = 200;

const fragmentParser = unified().use(rehypeParse, { fragment: true });
const documentParser = unified().use(rehypeParse, { fragment: false });

export function parseHtml(html: string, fragment: boolean): Root {
  return (fragment ? fragmentParser : documentParser).parse(html);
}

/** A whole HTML document's body as blocks. `line` positions come from the parser's source positions. */
export function htmlToBlocks(html: string, lineOffset = 0, maxColumns = DEFAULT_LIMITS.maxColumns): Block[] {
  const tree = parseOrNull(html, false);
  if (!tree) return tagsStripped(html, (i) => ({ line: lineOffset + i + 1 }));
  const collector = new BlockCollector(lineOffset, undefined, maxColumns);
  collector.visitChildren(tree.children, 0, {});
  collector.flush();
  return collector.blocks;
}

/** An HTML fragment inside a table cell → the cell's paragraphs (each <p>, <li>, <br>-separated line its own). */
export function htmlFragmentToParagraphs(html: string, position: Position): Paragraph[] {
  const tree = parseOrNull(html, true);
  if (!tree) return tagsStripped(html, () => position);
  const collector = new BlockCollector(0, position);
  collector.visitChildren(tree.children, 0, {});
  collector.flush();
  const paragraphs: Paragraph[] = [];
  for (const block of collector.blocks) {
    if (block.type === "paragraph") paragraphs.push(block);
    else if (block.type === "heading") paragraphs.push({ type: "paragraph", lines: block.lines, position: block.position });
    else if (block.type === "table") paragraphs.push(...nestedTableAsParagraphs(block.rows));
  }
  return paragraphs;
}

/**
 * parse5 itself is iterative, but the conversion of its tree to hast recurses once per level and overflows the stack
 * a few thousand elements deep. Only hostile files nest that deep; they are read as their text, tags dropped.
 */
function parseOrNull(html: string, fragment: boolean): Root | null {
  try {
    return parseHtml(html, fragment);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Each source line's text without its tags (`[^<>]` keeps the scan linear on a flood of unclosed "<"). */
function tagsStripped(html: string, positionOfLine: (index: number) => Position): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  html.split("\n").forEach((line, index) => {
    const text = line.replace(/<[^<>]*>/g, " ").replace(/\s+/g, " ").trim();
    if (text !== "") paragraphs.push({ type: "paragraph", lines: [text], position: positionOfLine(index) });
  });
  return paragraphs;
}

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

class BlockCollector {
  readonly blocks: Block[] = [];
  private runs: Run[] = [];
  private marker: string | undefined;
  private headingDepth = 0;
  private startLine: number | undefined;
  /** Inside <pre>, where the source's newlines are line breaks. */
  private inPre = 0;

  constructor(
    private readonly lineOffset: number,
    private readonly fixedPosition?: Position,
    private readonly maxColumns = DEFAULT_LIMITS.maxColumns,
  ) {}

  visitChildren(children: (RootContent | ElementContent)[], depth: number, emphasis: Emphasis): void {
    for (const child of children) this.visit(child, depth, emphasis);
  }

  private position(node: RootContent | ElementContent): Position {
    if (this.fixedPosition) return this.fixedPosition;
    const line = node.position?.start.line;
    return line === undefined ? {} : { line: line + this.lineOffset };
  }

  private visit(node: RootContent | ElementContent, depth: number, emphasis: Emphasis): void {
    if (node.type === "text") {
      if (this.startLine === undefined) this.startLine = this.position(node).line;
      // A newline in HTML text is white space (the source's own wrapping); only <br> breaks a line, outside <pre>.
      // Control characters are no text: LibreOffice writes the marks of Word's content controls as U+0004/U+0005.
      const visible = node.value.replace(CONTROL_CHARACTERS, "");
      const text = this.inPre > 0 ? visible : visible.replace(/[\r\n]/g, " ");
      this.runs.push({ text, bold: emphasis.bold === true, italic: emphasis.italic === true });
      return;
    }
    if (node.type !== "element") return;
    const tag = node.tagName.toLowerCase();
    if (DROPPED_TAGS.has(tag) || isPageFurniture(node) || isNoteReference(node)) return;
    if (isNoteBody(node)) {
      this.flush();
      const before = this.blocks.length;
      this.visitChildren(node.children, depth + 1, emphasis);
      this.reset();
      for (const block of this.blocks.slice(before)) if (block.type === "paragraph") block.footnote = true;
      return;
    }
    if (depth > MAX_DEPTH) {
      this.runs.push({ text: textContent(node), bold: false, italic: false });
      return;
    }
    if (tag === "br") {
      this.runs.push({ text: "\n", bold: false, italic: false });
      return;
    }
    if (tag === "table") {
      this.flush();
      this.blocks.push(this.table(node, depth));
      return;
    }
    const inner: Emphasis = {
      bold: emphasis.bold === true || tag === "b" || tag === "strong" || /^h[1-6]$/.test(tag) || tag === "th",
      italic: emphasis.italic === true || tag === "i" || tag === "em",
    };
    if (!BLOCK_TAGS.has(tag)) {
      // A text placed on its own (LibreOffice's XHTML writes a tab-set "Số: 08/KH-UBND" … "Hòa Bình, ngày …" as two
      // absolutely positioned spans, with nothing between them): a word never runs on into it.
      if (isPlacedApart(node)) this.runs.push({ text: " ", bold: false, italic: false });
      this.visitChildren(node.children, depth + 1, inner);
      return;
    }
    this.flush();
    if (tag === "ol" || tag === "ul") {
      const start = Number(node.properties?.start ?? 1);
      let index = 0;
      for (const child of node.children) {
        if (child.type === "element" && child.tagName === "li") {
          this.flush();
          // LibreOffice's XHTML writes each item's label as text of its own (a "ListLabel" span): that is the number.
          this.marker = hasDrawnLabel(child) ? undefined : tag === "ol" ? `${listNumber((Number.isFinite(start) ? start : 1) + index, node.properties?.type)}.` : "-";
          index += 1;
          this.startLine = this.position(child).line;
          const number = this.marker;
          this.visitChildren(child.children, depth + 2, inner);
          // An item with no text of its own is still its number: a table's STT column numbered by Word's list
          // numbering, which LibreOffice writes as an empty <li> in each cell. As the DOCX reader gives it.
          if (tag === "ol" && isEmptyItem(child)) {
            this.blocks.push({ type: "paragraph", lines: [], marker: number, position: this.position(child) });
          }
          this.reset();
        } else {
          this.visit(child, depth + 1, inner);
        }
      }
      this.reset();
      return;
    }
    if (/^h[1-6]$/.test(tag)) this.headingDepth = Number(tag.slice(1));
    if (tag === "li") this.marker = "-";
    this.startLine = this.position(node).line;
    if (tag === "pre") this.inPre += 1;
    this.visitChildren(node.children, depth + 1, inner);
    if (tag === "pre") this.inPre -= 1;
    this.reset();
  }

  /** Ends the current paragraph, if it has any text. */
  flush(): void {
    const lines = splitRunsIntoLines(this.runs);
    const visible = lines.filter((l) => l.text.trim() !== "");
    if (visible.length > 0) {
      const position = this.fixedPosition ?? (this.startLine === undefined ? {} : { line: this.startLine });
      const text = visible.map((l) => l.text.replace(/\s+/g, " ").trim());
      if (this.headingDepth > 0) {
        // A numbered heading (LibreOffice writes Word's numbered headings as <li><h1>): its number is part of it, as
        // the DOCX reader gives it ("I. MỤC TIÊU").
        if (this.marker !== undefined && this.marker !== "-") text[0] = `${this.marker} ${text[0]}`;
        this.blocks.push({ type: "heading", depth: this.headingDepth, lines: text, position });
      } else {
        const allBold = visible.every((l) => l.bold);
        const allItalic = visible.every((l) => l.italic);
        const paragraph: Paragraph = { type: "paragraph", lines: text, position };
        // Outside <pre> every line break left is a <br>: the writer's own.
        if (text.length > 1 && this.inPre === 0) paragraph.hardBreaks = true;
        if (this.marker !== undefined) paragraph.marker = this.marker;
        if (allBold || allItalic) paragraph.emphasis = { ...(allBold ? { bold: true } : {}), ...(allItalic ? { italic: true } : {}) };
        const boldLead = allBold ? undefined : boldLeadOf(this.runs);
        if (boldLead) paragraph.boldLead = boldLead;
        this.blocks.push(paragraph);
      }
    }
    this.runs = [];
    // An empty flush (a <li> whose text sits in a nested <p>) keeps the marker for the paragraph still to come.
    if (visible.length === 0) return;
    this.marker = undefined;
    this.headingDepth = 0;
    this.startLine = undefined;
  }

  /** Forgets a marker or heading level that no text claimed. */
  private reset(): void {
    this.flush();
    this.marker = undefined;
    this.headingDepth = 0;
    this.startLine = undefined;
  }

  private table(node: Element, depth: number): Table {
    const rowElements: Element[] = [];
    collectRows(node, rowElements, 0);
    const grid = new TableGrid("HTML", this.maxColumns);
    for (const tr of rowElements) {
      const cells = tr.children.filter(
        (c): c is Element => c.type === "element" && (c.tagName === "td" || c.tagName === "th"),
      );
      const isHeader = cells.length > 0 && cells.every((c) => c.tagName === "th");
      grid.startRow(isHeader, this.position(tr));
      for (const td of cells) {
        const collector = new BlockCollector(this.lineOffset, this.fixedPosition, this.maxColumns);
        collector.visitChildren(td.children, depth + 1, td.tagName === "th" ? { bold: true } : {});
        collector.flush();
        // A table inside the cell (sub-tasks, a small layout) is kept as text rows: nothing in a cell is lost.
        const content = collector.blocks.flatMap((b): Paragraph[] =>
          b.type === "paragraph" ? [b] : b.type === "heading" ? [{ type: "paragraph", lines: b.lines, position: b.position }] : b.type === "table" ? nestedTableAsParagraphs(b.rows, b.position) : [],
        );
        grid.addCell(content, spanOf(td, "rowSpan", "rowspan"), spanOf(td, "colSpan", "colspan"), this.position(td));
      }
    }
    grid.finish();
    return { type: "table", rows: grid.rows, position: this.position(node) };
  }
}

/** C0 controls other than TAB, LF and CR, and DEL. */
const CONTROL_CHARACTERS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/**
 * A page's running header or footer, which LibreOffice writes into the page as `<div title="header">` /
 * `<div title="footer">`: left out, as the DOCX reader leaves them out (Word keeps them in a file of their own).
 */
function isPageFurniture(node: Element): boolean {
  const title = node.properties?.title;
  return node.tagName === "div" && (title === "header" || title === "footer");
}

/** A note's number as a link shows it: "1", "[1]", "(1)", "*", "iv"; tested on the trimmed text, at most a few characters. */
const NOTE_MARK = /^[[(]?(?:\d{1,3}|[*]{1,3}|[ivx]{1,5})[\])]?$/i;

function isNoteMark(text: string): boolean {
  const mark = text.trim();
  return mark.length <= 7 && NOTE_MARK.test(mark);
}
const NOTE_NAME = /(?:ftn|edn|footnote|endnote)/i;

/**
 * An in-page link whose text is a note's number: a footnote's reference linked to the note (LibreOffice
 * `sdfootnoteanc`, Word `#_ftn1`), or the note's number linked back to it (`sdfootnotesym`, `#_ftnref1`).
 */
function noteLink(node: Element): boolean {
  const href = node.properties?.href;
  if (node.tagName !== "a" || typeof href !== "string" || !href.startsWith("#")) return false;
  if (!isNoteMark(textContent(node))) return false;
  const names = [href, node.properties?.name, ...(Array.isArray(node.properties?.className) ? node.properties.className : [])];
  return names.some((name) => typeof name === "string" && NOTE_NAME.test(name)) || hasDescendant(node, "sup");
}

/**
 * A footnote reference in the running text, the raised number linked to its note, and the number the note starts
 * with, linked back: left out of the text, as the DOCX reader keeps no number there ("năm 2024¹" must not read
 * "năm 20241").
 */
function isNoteReference(node: Element): boolean {
  if (noteLink(node)) return true;
  return node.tagName === "sup" && node.children.length > 0 && node.children.every((c) => (c.type === "element" && noteLink(c)) || (c.type === "text" && c.value.trim() === ""));
}

/** A footnote's or endnote's text: LibreOffice's `<div id="sdfootnote1">`, Word's `<div style="mso-element:footnote">`. */
function isNoteBody(node: Element): boolean {
  if (node.tagName !== "div") return false;
  const id = node.properties?.id;
  const style = node.properties?.style;
  return (typeof id === "string" && /^sd(?:foot|end)note\d+$/i.test(id)) || (typeof style === "string" && /mso-element\s*:\s*(?:foot|end)note(?!-)/i.test(style));
}

function hasDescendant(node: Element, tagName: string): boolean {
  return node.children.some((c) => c.type === "element" && (c.tagName === tagName || hasDescendant(c, tagName)));
}

/** An item whose label is written in it as text: LibreOffice's XHTML `<span class="ListLabel_20_1">I.</span>`. */
function hasDrawnLabel(item: Element): boolean {
  const stack: ElementContent[] = [...item.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.type !== "element") continue;
    if (node.tagName === "ol" || node.tagName === "ul") continue;
    const classes = node.properties?.className;
    if (Array.isArray(classes) && classes.some((c) => typeof c === "string" && /^ListLabel/.test(c))) return true;
    stack.unshift(...node.children);
  }
  return false;
}

/** A text of its own placed absolutely; not a drawing so placed (Word's web page anchors a shape mid-word that way). */
function isPlacedApart(node: Element): boolean {
  const style = node.properties?.style;
  return typeof style === "string" && /position\s*:\s*absolute/i.test(style) && textContent(node).trim() !== "";
}

/** A list item with no text and no list inside it. */
function isEmptyItem(item: Element): boolean {
  return textContent(item).trim() === "" && !hasDescendant(item, "ol") && !hasDescendant(item, "ul");
}

function collectRows(node: Element, out: Element[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "tr") out.push(child);
    else if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot") collectRows(child, out, depth + 1);
  }
}

function spanOf(element: Element, ...names: string[]): number {
  for (const name of names) {
    const value = element.properties?.[name];
    const n = typeof value === "number" ? value : typeof value === "string" ? Number.parseInt(value, 10) : Number.NaN;
    if (Number.isFinite(n) && n >= 1) return Math.min(n, 1000);
  }
  return 1;
}

/** Iterative: it runs on subtrees deeper than MAX_DEPTH, which can be thousands of levels. */
function textContent(node: Element | ElementContent): string {
  const parts: string[] = [];
  const stack: (Element | ElementContent)[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === "text") parts.push(current.value);
    else if (current.type === "element") for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
  return parts.join("");
}

function splitRunsIntoLines(runs: Run[]): { text: string; bold: boolean; italic: boolean }[] {
  const lines: { text: string; boldChars: number; italicChars: number; chars: number }[] = [
    { text: "", boldChars: 0, italicChars: 0, chars: 0 },
  ];
  for (const run of runs) {
    const parts = run.text.split("\n");
    parts.forEach((part, i) => {
      if (i > 0) lines.push({ text: "", boldChars: 0, italicChars: 0, chars: 0 });
      const line = lines[lines.length - 1]!;
      line.text += part;
      const visible = part.replace(/\s/g, "").length;
      line.chars += visible;
      if (run.bold) line.boldChars += visible;
      if (run.italic) line.italicChars += visible;
    });
  }
  return lines.map((l) => ({ text: l.text, bold: l.chars > 0 && l.boldChars === l.chars, italic: l.chars > 0 && l.italicChars === l.chars }));
}

/**
 * An ordered list's number as a browser draws it for the list's `type` ("I", "i", "A", "a", else decimal): LibreOffice
 * writes Word's Roman and lettered list levels that way when it saves a document as a web page.
 */
function listNumber(value: number, type: unknown): string {
  if (type === "I" || type === "i") {
    const numeral = romanNumeral(value);
    return type === "I" ? numeral : numeral.toLowerCase();
  }
  if ((type === "A" || type === "a") && value >= 1) {
    let letters = "";
    for (let rest = value; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
    return type === "A" ? letters.toUpperCase() : letters;
  }
  return String(value);
}
