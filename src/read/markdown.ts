/**
 * Markdown / plain prose → document model, with remark-parse. Plans arrive as Markdown from converters and as text
 * scraped from the web, wrapped at ~80 columns with no blank line between paragraphs; remark gives us the markup
 * (bold, headings, lists, hard breaks), and `regroupLines` rebuilds the logical paragraphs from the wrapped lines.
 */
import { type EmphasisRun, boldLeadOf } from "./bold-lead.js";
import type { ListItem, PhrasingContent, Root, RootContent, Table as MarkdownTable } from "mdast";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";
import { type Block, type Paragraph, type Row, type Table, cell } from "../model/types.js";
import type { Position } from "../diagnostics.js";
import { htmlReader } from "./html-lazy.js";
import { append } from "./append.js";
import { LETTER, LOWER, UPPER, re } from "../letters.js";

/**
 * GitHub-style pipe tables (`| STT | Nội dung | … |` over a `|---|` line) are how pandoc, markitdown and most
 * DOCX-to-Markdown converters write a plan's tables. Only the table syntax of GFM is added: strikethrough, autolinks
 * and footnotes would turn plain plan text ("~ 50%", "[1]") into markup.
 */
function gfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const parser = unified().use(remarkParse).use(gfmTables);

interface Line {
  text: string;
  bold: boolean;
  italic: boolean;
  line: number | undefined;
  /** See `Paragraph.boldLead`. */
  boldLead?: string;
}

/**
 * `lineOffset`: the 0-based line of the input where `source` starts, so positions point into the whole file.
 * `remarkOnly` turns off the reading of markup-free chunks without remark (for the test that compares the two).
 */
export function markdownToBlocks(source: string, lineOffset = 0, options: { remarkOnly?: boolean; wrapping?: Wrapping } = {}): Block[] {
  const blocks: Block[] = [];
  const simpleChunks = options.remarkOnly !== true && !SPANS_BLANK_LINES.test(source);
  // Of the whole source, not of a piece: both readings must see the same, however the source is cut into pieces.
  const layout: LineLayout = { longest: longestLine(source.split("\n")), wrapping: options.wrapping ?? { kind: "unknown" } };
  for (const piece of guardedPieces(source, simpleChunks)) {
    const firstLine = lineOffset + piece.start + 1;
    if (piece.kind === "hostile") {
      append(blocks, regroupLines(piece.lines.map((text, i) => ({ text, bold: false, italic: false, line: firstLine + i })), layout));
    } else if (piece.kind === "simple") {
      append(blocks, readSimpleChunk(piece.lines, firstLine, layout));
    } else {
      const text = escapeNoteMarks(piece.lines.join("\n"));
      const tree = parser.parse(text) as Root;
      for (const node of tree.children) convertBlock(node, text, lineOffset + piece.start, blocks, layout);
    }
  }
  return blocks;
}

/**
 * Most of a plan's prose is lines of text, "- " bullets and "1. " items with no markup at all, and micromark reads
 * them at a few hundred kB a second: more than half of what parsing a text plan cost. Such a chunk (lines between
 * blank lines) is read here instead, with exactly remark's result: the same paragraphs, the same lines, the same
 * markers (test/read/markdown.test.ts compares the two on every fixture and on generated chunks). A chunk qualifies
 * when no character of it could be markup (emphasis, code, links, HTML, entities, escapes, headings, tables) and no
 * line is one whose CommonMark reading needs more than the rules below: indented code, setext underlines, thematic
 * breaks, empty items, items followed by five spaces or by another item's marker, ordered markers of four digits or more.
 * Two kinds of markup that converters put on whole lines are read here too, where CommonMark leaves no doubt:
 * - a line (or an item's text) wholly in `**…**` or `*…*`, whose inside holds no markup and neither starts nor ends
 *   with white space: the opening run is left-flanking at the start of the line, the closing one right-flanking at
 *   its end, so remark reads strong or emphasis over exactly that text;
 * - an ATX heading at the start of the line ("## I. MỤC ĐÍCH", "### *1. Chỉ đạo điều hành*"), its text plain or
 *   wholly emphasised as above, with no "#" in it (a closing sequence is left to remark).
 * An "&" is markup only before a letter, a digit or "#" (a character reference): "Văn phòng HĐND & UBND" holds none.
 */
const MARKUP_CHARACTER = /[*_`[\]<>\\#|~]|&[#A-Za-z0-9]/;
// Anchored as a whole, with the tab test apart (isComplexLine): an alternative that may match anywhere makes V8 try
// every alternative at every position of the line, which a cold start pays in full on each line of a plan.
const COMPLEX_LINE_START =
  /^(?:[ \t]{4}| {0,3}(?:=+|-+)[ \t]*$| {0,3}(?:-[ \t]*){3,}$| *(?:[-+]|\d{1,9}[.)])[ \t]*$| *(?:[-+]|\d{1,9}[.)]) {5}| *\d{4,9}[.)] | *(?:[-+]|\d{1,9}[.)]) +(?:[-+]|\d{1,9}[.)])(?: |$))/;
const isComplexLine = (line: string): boolean => line.includes("\t") || COMPLEX_LINE_START.test(line);
/** Constructs that run on across blank lines (fenced code, HTML comments and raw blocks): remark reads such a source. */
const SPANS_BLANK_LINES = /```|~~~|<!--|<\?|<!\[CDATA\[|<(?:script|pre|style|textarea)\b/i;
const LIST_ITEM = /^( {0,3})([-+]|(\d{1,9})[.)])( {1,4})(?=\S)/;
const ATX_HEADING = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
/** Text wholly in one delimiter run of one or two asterisks, its inside starting and ending with no white space. */
const WRAPPED = /^(\*\*?)([^\s*](?:.*[^\s*])?)\1$/;

interface SimpleText {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** The text of a line's content as remark reads it, or undefined when that takes more than the rules above. */
function simpleText(content: string): SimpleText | undefined {
  if (!MARKUP_CHARACTER.test(content)) return { text: content, bold: false, italic: false };
  const wrapped = WRAPPED.exec(content);
  if (!wrapped || MARKUP_CHARACTER.test(wrapped[2]!)) return undefined;
  const strong = wrapped[1]!.length === 2;
  return { text: wrapped[2]!, bold: strong, italic: !strong };
}

/** An ATX heading line read the simple way: its depth and text ("" for an empty heading). */
function simpleHeading(line: string): { depth: number; text: string } | undefined {
  const heading = ATX_HEADING.exec(line);
  if (!heading) return undefined;
  const content = simpleText(heading[2] ?? "");
  return content ? { depth: heading[1]!.length, text: content.text } : undefined;
}

function isSimpleLine(line: string): boolean {
  if (isComplexLine(line)) return false;
  if (ATX_HEADING.test(line)) return simpleHeading(line) !== undefined;
  const item = LIST_ITEM.exec(line);
  const content = line.slice(item ? item[0].length : 0).replace(/^[ \t]+|[ \t]+$/g, "");
  if (!MARKUP_CHARACTER.test(content)) return true;
  // An ordered item numbered other than 1 may be read as a paragraph's next line (readSimpleChunk), and then its
  // emphasis covers only part of the line: remark's business.
  if (item?.[3] !== undefined && item[3] !== "1") return false;
  return simpleText(content) !== undefined;
}

function isSimpleChunk(lines: string[]): boolean {
  return lines.every(isSimpleLine);
}

/**
 * CommonMark's block structure for a simple chunk, flattened as convertBlock flattens remark's tree: every list item
 * is a paragraph with its marker, every other line continues the paragraph before it (lazily, when it is not
 * indented under its item). A bullet may interrupt a paragraph; an ordered item only when its number is written "1"; an item
 * indented under the open item starts a list inside it, under the same rule; an item less indented is always one.
 * A heading ends the paragraph and the lists before it (it starts at the line's first column, so no item holds it).
 */
function readSimpleChunk(lines: string[], firstLine: number, layout: LineLayout): Block[] {
  const groups: Array<{ marker: string | undefined; lines: Line[]; heading?: { depth: number; text: string; line: number } }> = [];
  const contentOffsets: number[] = [];
  let current: (typeof groups)[number] | undefined;
  const lineOf = (text: string, line: number): Line => {
    const read = simpleText(text)!;
    return { text: read.text, bold: read.bold, italic: read.italic, line };
  };
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    if (raw.trim() === "") return;
    const heading = simpleHeading(raw);
    if (heading) {
      groups.push({ marker: undefined, lines: [], heading: { ...heading, line } });
      current = undefined;
      contentOffsets.length = 0;
      return;
    }
    const item = LIST_ITEM.exec(raw);
    if (item) {
      const indent = item[1]!.length;
      const number = item[3];
      const offset = contentOffsets[contentOffsets.length - 1];
      const interrupting = current !== undefined && (offset === undefined || indent >= offset);
      if (!interrupting || number === undefined || number === "1") {
        while (contentOffsets.length > 0 && contentOffsets[contentOffsets.length - 1]! > indent) contentOffsets.pop();
        contentOffsets.push(indent + item[2]!.length + item[4]!.length);
        current = { marker: item[2]!, lines: [lineOf(raw.slice(item[0].length).replace(/[ \t]+$/, ""), line)] };
        groups.push(current);
        return;
      }
    }
    if (!current) {
      current = { marker: undefined, lines: [] };
      groups.push(current);
    }
    current.lines.push(lineOf(raw.replace(/^[ \t]+|[ \t]+$/g, ""), line));
  });
  const out: Block[] = [];
  for (const group of groups) {
    if (group.heading) {
      const { depth, text, line } = group.heading;
      if (text.trim() !== "") out.push({ type: "heading", depth, lines: [text.trim()], position: positionOf(line) });
      continue;
    }
    const start = out.length;
    append(out, regroupLines(group.lines, layout));
    if (group.marker !== undefined) finishListItem(out, start, group.marker, layout, group.lines[0]?.line);
  }
  return out;
}

/**
 * "(*)", "(**)": a note mark written in parentheses, as plans mark their indicators and footnotes. Two of them in a
 * paragraph are an emphasis pair for CommonMark ("a (*) b (*)" reads "a () b ()"); escaped, they stay as written.
 */
const NOTE_MARK = /(?<=\()\*{1,3}(?=\))/g;

function escapeNoteMarks(text: string): string {
  return text.includes("(*") ? text.replace(NOTE_MARK, (stars) => "\\*".repeat(stars.length)) : text;
}

/**
 * micromark is superlinear on some markup: containers nested hundreds deep ("- - - - …", "1. 1. 1. …", "> > > …",
 * lines indented thousands of columns) and dense brackets or emphasis marks in one paragraph ("[a](" × 20,000 takes
 * seconds, "*a_" × 20,000 minutes). No plan has either: the longest line prefix of container marks in the real plans
 * is 15 characters, the densest paragraph has 249 of the marks counted here (angle brackets are linear for micromark
 * and not counted, so an embedded HTML table stays HTML). A blank-line-delimited chunk past these bounds is read as
 * plain text lines (nothing dropped: the marks stay as text); everything else goes to remark unchanged.
 */
const MAX_CONTAINER_PREFIX = 64;
const MAX_MARKUP_PER_CHUNK = 2000;
const CONTAINER_PREFIX = /^[\s>*+\-\d.)]*/;
const MARKUP = /[[\]*_`]/g;

interface Piece {
  /** 0-based index of the piece's first line within the source. */
  start: number;
  lines: string[];
  /** `remark` pieces are read by remark; `simple` ones by readSimpleChunk; `hostile` ones as plain lines. */
  kind: "remark" | "simple" | "hostile";
}

function guardedPieces(source: string, simpleChunks: boolean): Piece[] {
  const lines = source.split("\n");
  // Chunks end after the blank lines that follow them, so that joining the lines of a piece gives back the source.
  const chunks: Array<{ start: number; lines: string[] }> = [];
  let chunkStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    const end = i === lines.length || (lines[i]!.trim() === "" && i + 1 < lines.length && lines[i + 1]!.trim() !== "") ? i + 1 : -1;
    if (end < 0) continue;
    const stop = Math.min(end, lines.length);
    if (stop > chunkStart) chunks.push({ start: chunkStart, lines: lines.slice(chunkStart, stop) });
    chunkStart = stop;
  }
  // A chunk that starts indented may continue a list item a chunk above it opened (a second paragraph, a nested
  // list): only remark, reading the whole source, sees it so. No plan in the fixtures has one.
  const readSimple = simpleChunks && !chunks.some((c) => /^[ \t]/.test(c.lines.find((l) => l.trim() !== "") ?? ""));
  const kinds = chunks.map((c) => (isHostileChunk(c.lines) ? "hostile" : readSimple && isSimpleChunk(c.lines) ? "simple" : "remark"));
  const pieces: Piece[] = [];
  chunks.forEach((chunk, i) => {
    const kind = kinds[i]!;
    const last = pieces[pieces.length - 1];
    if (last && last.kind === "remark" && kind === "remark") append(last.lines, chunk.lines);
    else pieces.push({ start: chunk.start, lines: chunk.lines, kind });
  });
  return pieces;
}

function isHostileChunk(lines: string[]): boolean {
  let markup = 0;
  for (const line of lines) {
    if (CONTAINER_PREFIX.exec(line)![0].length > MAX_CONTAINER_PREFIX) return true;
    markup += line.match(MARKUP)?.length ?? 0;
    if (markup > MAX_MARKUP_PER_CHUNK) return true;
  }
  return false;
}

/** Inline markdown of one table cell → its paragraphs. */
export function markdownToParagraphs(source: string, position: Position): Paragraph[] {
  return markdownToBlocks(source).flatMap((block): Paragraph[] => {
    if (block.type === "paragraph") return [{ ...block, position }];
    if (block.type === "heading") return [{ type: "paragraph", lines: block.lines, position, emphasis: { bold: true } }];
    return [];
  });
}

/** `layout`: the longest line of the source around the node and how its lines were broken (see LineLayout). */
function convertBlock(node: RootContent, source: string, lineOffset: number, out: Block[], layout: LineLayout): void {
  const line = node.position ? node.position.start.line + lineOffset : undefined;
  switch (node.type) {
    case "heading": {
      const lines = inlineLines(node.children, lineOffset).filter((l) => l.text.trim() !== "");
      if (lines.length > 0) out.push({ type: "heading", depth: node.depth, lines: lines.map((l) => l.text.trim()), position: positionOf(line) });
      return;
    }
    case "paragraph":
      append(out, regroupLines(inlineLines(node.children, lineOffset), layout));
      return;
    case "list":
      node.children.forEach((item, index) => convertListItem(item, node.ordered === true, (node.start ?? 1) + index, source, lineOffset, out, layout));
      return;
    case "blockquote":
      for (const child of node.children) convertBlock(child, source, lineOffset, out, layout);
      return;
    case "code": {
      // Indented lines are not code in a plan: they are text that happened to be indented. An indented code block
      // runs on across blank lines, which in a plan still end paragraphs.
      const codeLines = node.value.split("\n").map((text, i) => ({ text, bold: false, italic: false, line: line === undefined ? undefined : line + i }));
      let chunk: Line[] = [];
      for (const codeLine of [...codeLines, { text: "", bold: false, italic: false, line: undefined }]) {
        if (codeLine.text.trim() !== "") chunk.push(codeLine);
        else if (chunk.length > 0) {
          append(out, regroupLines(chunk, layout));
          chunk = [];
        }
      }
      return;
    }
    case "html":
      append(out, htmlReader().htmlToBlocks(node.value, (line ?? 1) - 1));
      return;
    case "table":
      out.push(convertTable(node, lineOffset));
      return;
    case "thematicBreak":
    case "definition":
      return;
    default:
      return;
  }
}

/**
 * A pipe table → a model table whose first row is the header row the syntax requires. Converters write a cell's line
 * breaks as `<br>`: each line is a paragraph of its own, as in an HTML cell.
 */
function convertTable(node: MarkdownTable, lineOffset: number): Table {
  const rows = node.children.map((markdownRow, index): Row => {
    const position = positionOf(markdownRow.position ? markdownRow.position.start.line + lineOffset : undefined);
    const cells = markdownRow.children.map((markdownCell) => {
      const paragraphs = inlineLines(markdownCell.children, lineOffset)
        .filter((l) => l.text.trim() !== "")
        .map((l): Paragraph => {
          const paragraph: Paragraph = { type: "paragraph", lines: [l.text.replace(/\s+/g, " ").trim()], position };
          if (l.bold || l.italic) paragraph.emphasis = { ...(l.bold ? { bold: true } : {}), ...(l.italic ? { italic: true } : {}) };
          return paragraph;
        });
      return cell(paragraphs, position);
    });
    return { type: "row", isHeader: index === 0, cells, position };
  });
  return { type: "table", rows, position: rows[0]?.position ?? {} };
}

function convertListItem(item: ListItem, ordered: boolean, number: number, source: string, lineOffset: number, out: Block[], layout: LineLayout): void {
  const marker = markerFromSource(item, source) ?? (ordered ? `${number}.` : "-");
  const start = out.length;
  for (const child of item.children) convertBlock(child, source, lineOffset, out, layout);
  finishListItem(out, start, marker, layout, item.position ? item.position.start.line + lineOffset : undefined);
}

/** A list item's blocks (from `start` in `out`) get its marker, remark's reading and readSimpleChunk's alike. */
function finishListItem(out: Block[], start: number, marker: string, layout: LineLayout, line: number | undefined): void {
  const first = out[start];
  // "1. Mục đích" with its text on the next line, no blank line between: remark reads one list item; the heading
  // line (its marker given back for the test) is a paragraph of its own.
  if (first && first.type === "paragraph" && first.marker === undefined && first.lines.length > 1) {
    if (standsAloneText(`${marker} ${first.lines[0]!.trim()}`, first.lines[1]!.trim(), layout)) {
      const body: Paragraph = { type: "paragraph", lines: first.lines.slice(1), position: positionOf(first.position.line === undefined ? undefined : first.position.line + 1) };
      if (first.emphasis) body.emphasis = first.emphasis;
      out.splice(start + 1, 0, body);
      first.lines = first.lines.slice(0, 1);
    }
  }
  if (first && first.type === "paragraph" && first.marker === undefined) first.marker = marker;
  else if (!first) out.push({ type: "paragraph", lines: [], marker, position: positionOf(line) });
}

/**
 * The marker of an item as written: "1.", "01.", "3)"; "-" and "+", which plans use as two levels of bullets (Word's
 * literal bullet text, which the DOCX reader keeps, is the same "-" and "+"). A "*" is Markdown's own spelling of a
 * bullet, no plan's: "-".
 */
function markerFromSource(item: ListItem, source: string): string | undefined {
  const start = item.position?.start.offset;
  if (start === undefined) return undefined;
  const match = /^\s*(\d{1,9}[.)]|[-+*])/.exec(source.slice(start, start + 16));
  return match?.[1] === "*" ? "-" : match?.[1];
}

function positionOf(line: number | undefined): Position {
  return line === undefined ? {} : { line };
}

/** Flattens inline nodes into lines, remembering which lines are wholly bold or italic. */
function inlineLines(nodes: PhrasingContent[], lineOffset: number): Line[] {
  const lines: (Line & { chars: number; boldChars: number; italicChars: number; runs: EmphasisRun[] })[] = [];
  const newLine = (line: number | undefined) => lines.push({ text: "", bold: false, italic: false, line, chars: 0, boldChars: 0, italicChars: 0, runs: [] });
  const append = (text: string, bold: boolean, italic: boolean, line: number | undefined) => {
    text.split("\n").forEach((part, i) => {
      if (i > 0 || lines.length === 0) newLine(line === undefined ? undefined : line + i);
      const current = lines[lines.length - 1]!;
      current.text += part;
      current.runs.push({ text: part, bold });
      const visible = part.replace(/\s/g, "").length;
      current.chars += visible;
      if (bold) current.boldChars += visible;
      if (italic) current.italicChars += visible;
    });
  };
  const walk = (node: PhrasingContent, bold: boolean, italic: boolean) => {
    const line = node.position ? node.position.start.line + lineOffset : undefined;
    switch (node.type) {
      case "text":
      case "inlineCode":
        append(node.value, bold, italic, line);
        return;
      case "strong":
        for (const child of node.children) walk(child, true, italic);
        return;
      case "emphasis":
        for (const child of node.children) walk(child, bold, true);
        return;
      case "delete":
      case "link":
      case "linkReference":
        for (const child of node.children) walk(child, bold, italic);
        return;
      case "break":
        append("\n", bold, italic, line);
        return;
      case "html":
        if (/^<br\s*\/?>$/i.test(node.value.trim())) append("\n", bold, italic, line);
        return;
      default:
        return;
    }
  };
  for (const node of nodes) walk(node, false, false);
  return lines.map((l) => {
    const bold = l.chars > 0 && l.boldChars === l.chars;
    const boldLead = bold ? undefined : boldLeadOf(l.runs);
    return { text: l.text, bold, italic: l.chars > 0 && l.italicChars === l.chars, line: l.line, ...(boldLead ? { boldLead } : {}) };
  });
}

/**
 * A line that opens a new logical paragraph even without a blank line before it: Roman-numeral and numbered
 * headings, lettered items, bullets, and the fixed phrases of the administrative-document layout.
 */
const OPENS_PARAGRAPH =
  re("u")`^(?:[IVXLC]{1,6}[.)/]\s|[IVXLC]{1,6} ?[-–] ?[${UPPER}]|(?:Phần|PHẦN|Chương|CHƯƠNG) [IVXLC]{1,6}(?![${LETTER}\d])|(?:Phần|PHẦN) (?:thứ|THỨ) [${LETTER}]+\s*(?:[.:–-]|$)|\d{1,3}(?:\.\d{1,3}){0,3}[.)]\s|[a-zđ][).]\s|[-+•·●▪–]\s|⁽|\(\d+\)\s|Căn cứ\s|Nơi nhận|Số:|Điều\s+\d|TM\.|KT\.|TL\.|Q\.\s|PHỤ LỤC|Phụ lục\b)`;

/** A numbered, Roman-numeral or lettered heading with text after its marker ("1. Mục đích", "II- NHIỆM VỤ"). */
const HEADING_MARKER = re("u")`^(?:(?:(?:Phần|PHẦN|Chương|CHƯƠNG) )?[IVXLC]{1,6} ?[.)/:\-–]|(?:Phần|PHẦN) (?:thứ|THỨ) [${LETTER}]+ ?[.:\-–]|\d{1,3}(?:\.\d{1,3}){0,3}[.)]) ?(\S.*)$`;
/** A sentence's first word: capitalised, the rest lower case ("Triển", not "IoT", "DNNVV" or "UBND"). */
const SENTENCE_START = re("u")`^[${UPPER}][${LOWER}]*(?=[\s,.;:]|$)`;
/** A line ending like this runs on into the next one: a comma, a dash, a connecting word. */
const RUNS_ON = /(?:[,;\-–&(]|\s(?:và|của|các|với|về|cho|tại|theo|thuộc|trên|những|cấp|để|hoặc))$/u;
/** Wrapped prose fills its lines; a line well short of the longest one ended where its writer ended it. */
const SHORT_LINE = 0.7;

/**
 * A heading line that stands on its own above its text with no blank line in between ("1. Mục đích" then "Triển khai
 * thực hiện …"), as converters writing one paragraph per line and no blank lines leave it. It ends its paragraph when
 * the next line starts a sentence (a capitalised word), it is well short of the block's longest line, it does not
 * run on, and it is not one line of a heading wrapped in capitals ("II. NHIỆM VỤ VÀ GIẢI PHÁP" / "CẢI CÁCH HÀNH
 * CHÍNH"). Scraped text wraps the first line of a paragraph early (its indent), so a short first line proves little
 * there: lettered items ("đ) Đến hết năm 2045: 100%" / "DNNVV, …"), a one-word title ("1. Sở" / "Khoa học và Công
 * nghệ …") and a colon inside ("Đề nghị: Hiệp hội" / "Doanh nghiệp tỉnh …") are read as wrapped sentences.
 */
function longestLine(lines: readonly string[]): number {
  return lines.reduce((max, l) => Math.max(max, l.trim().length), 0);
}

function standsAlone(heading: Line, next: Line, layout: LineLayout): boolean {
  return standsAloneText(heading.text.trim(), next.text.trim(), layout);
}

function standsAloneText(text: string, following: string, layout: LineLayout): boolean {
  const title = HEADING_MARKER.exec(text)?.[1];
  // A heading in capitals over a line that is not may open that line with a figure ("I. MỤC TIÊU" / "100% hồ sơ …").
  const overFigure = /^\d/.test(following) && !HEADING_MARKER.test(following) && isUpperCase(text) && !isUpperCase(following);
  if (title === undefined || !(SENTENCE_START.test(following) || overFigure)) return false;
  if (text.length >= SHORT_LINE * layout.longest || RUNS_ON.test(text)) return false;
  if (!/\s/.test(title.trim()) || /:./.test(title)) return false;
  return !(isUpperCase(text) && isUpperCase(following));
}

function isUpperCase(text: string): boolean {
  return re("u")`[${LETTER}]`.test(text) && text === text.toLocaleUpperCase("vi");
}

/**
 * How a text's lines were broken. Hard-wrapped text (scrapes, e-mail, converters wrapping at ~80 columns) breaks a
 * line where the next word would not fit, mostly before a lower-case word; text written one paragraph a line (Word
 * saved as text, copied from a web page) breaks only where a paragraph ends, before a capital or a list marker.
 * `unknown` (a table cell, a source too small to tell) keeps lines together unless a marker or emphasis says otherwise.
 */
export type Wrapping = { kind: "wrapped"; width: number } | { kind: "by-hand" } | { kind: "unknown" };

interface LineLayout {
  longest: number;
  wrapping: Wrapping;
}

/**
 * Emphasis marks around a whole line, which say nothing about where the line broke. The lookbehind starts the
 * trailing match only where a run of marks starts: a long run inside a line is then scanned once, not from each mark.
 */
const LINE_EMPHASIS = /^[*_\s]+|(?<![*_\s])[*_\s]+$/g;
const STARTS_LOWER = re("u")`^[${LOWER}]`;
const STARTS_LETTER = re("u")`^[${LETTER}]`;

/**
 * Reads the breaks between two lines of text where the second starts with a letter and opens nothing (no list
 * marker, heading number or header phrase): in hard-wrapped text most of them fall before a lower-case word (half
 * to nine tenths in the scraped plans), in text written a paragraph a line almost none do (a title or a sentence
 * broken by hand). The wrapping width is the longest line that runs on into a lower-case word.
 */
export function wrappingOf(lines: readonly string[]): Wrapping {
  let breaks = 0;
  let runOn = 0;
  let width = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const above = lines[i]!.replace(LINE_EMPHASIS, "");
    const below = lines[i + 1]!.replace(LINE_EMPHASIS, "");
    if (above === "" || above.includes("\t") || above === "|" || below.includes("\t")) continue;
    if (!STARTS_LETTER.test(below) || OPENS_PARAGRAPH.test(below)) continue;
    breaks += 1;
    if (STARTS_LOWER.test(below)) {
      runOn += 1;
      width = Math.max(width, above.length);
    }
  }
  if (runOn >= MIN_WRAPPED_BREAKS && runOn >= WRAPPED_SHARE * breaks) return { kind: "wrapped", width };
  // Short lines broken before capitals alone may be a small piece of wrapped text (early-wrapped first lines of a
  // scrape: "2. Sở" / "Khoa học và Công nghệ …"); a line longer than any wrapping width proves lines were not wrapped.
  return breaks > 0 && longestLine(lines) > MAX_WRAP_WIDTH ? { kind: "by-hand" } : { kind: "unknown" };
}

const MIN_WRAPPED_BREAKS = 3;
const WRAPPED_SHARE = 0.25;
/** Converters and mail clients wrap at 72 to 90 columns. */
const MAX_WRAP_WIDTH = 100;
/** A sentence's or an item's end, before any closing quote or bracket. */
const ENDS_SENTENCE = /[.!?:;…][)\]"”’]*$/u;
const STARTS_SENTENCE = re("u")`^[${UPPER}"“(]`;

/**
 * Whether the line break after `above` ends a paragraph, by the text's wrapping: in hard-wrapped text, a line that
 * ends a sentence with room left for the next line's first word was ended by hand (`afterFirst`: `above` is not its
 * paragraph's first line); in text written a paragraph a line, every line that is followed by a capital ends its
 * paragraph, unless it runs on (a comma, a connecting word) or both are lines of a heading in capitals.
 */
function endedByHand(above: string, below: string, afterFirst: boolean, wrapping: Wrapping): boolean {
  // A word alone ("3.", "Điều") is a heading's number or a label broken from its text.
  if (wrapping.kind === "unknown" || !STARTS_SENTENCE.test(below) || !/\s/.test(above)) return false;
  if (wrapping.kind === "wrapped") {
    // Scrapes wrap a paragraph's first line early (its indent): only a later line shows where the writer ended one.
    if (!afterFirst) return false;
    const firstWord = /^\S*/.exec(below)![0];
    return ENDS_SENTENCE.test(above) && above.length + 1 + firstWord.length <= wrapping.width;
  }
  // A ";" ends an item here; in wrapped text it may as well fall mid-paragraph, so RUNS_ON keeps it.
  const runsOn = RUNS_ON.test(above) && !above.endsWith(";");
  return !runsOn && !(isUpperCase(above) && isUpperCase(below));
}

/**
 * Splits a paragraph's lines into logical paragraphs: at a line that opens one (see OPENS_PARAGRAPH), and where the
 * emphasis changes between a wholly bold line and a plain one (a bold heading followed by its text, wrapped or not).
 */
export function regroupLines(lines: Line[], layout: LineLayout = { longest: longestLine(lines.map((l) => l.text)), wrapping: { kind: "unknown" } }): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Line[] = [];
  const emit = () => {
    const visible = current.filter((l) => l.text.trim() !== "");
    if (visible.length > 0) {
      const paragraph: Paragraph = {
        type: "paragraph",
        lines: visible.map((l) => l.text.replace(/\s+/g, " ").trim()),
        position: positionOf(visible[0]!.line),
      };
      const bold = visible.every((l) => l.bold);
      const italic = visible.every((l) => l.italic);
      if (bold || italic) paragraph.emphasis = { ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) };
      if (!bold && visible[0]!.boldLead) paragraph.boldLead = visible[0]!.boldLead;
      paragraphs.push(paragraph);
    }
    current = [];
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "") continue;
    const previous = current[current.length - 1];
    const headingAbove = previous !== undefined && current.length === 1 && standsAlone(previous, line, layout);
    if (previous && (OPENS_PARAGRAPH.test(text) || previous.bold !== line.bold || headingAbove || endedByHand(previous.text.trim(), text, current.length > 1, layout.wrapping))) emit();
    current.push(line);
  }
  emit();
  return paragraphs;
}
