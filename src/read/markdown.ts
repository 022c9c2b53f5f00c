/**
 * Markdown / plain prose → document model, with remark-parse. Plans arrive as Markdown from converters and as text
 * scraped from the web, wrapped at ~80 columns with no blank line between paragraphs; remark gives us the markup
 * (bold, headings, lists, hard breaks), and `regroupLines` rebuilds the logical paragraphs from the wrapped lines.
 */
import type { Root, RootContent, PhrasingContent, ListItem } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Block, Paragraph, Position } from "../model/types.js";
import { htmlReader } from "./html-lazy.js";

const parser = unified().use(remarkParse);

interface Line {
  text: string;
  bold: boolean;
  italic: boolean;
  line: number | undefined;
}

/** `lineOffset`: the 0-based line of the input where `source` starts, so positions point into the whole file. */
export function markdownToBlocks(source: string, lineOffset = 0): Block[] {
  const blocks: Block[] = [];
  for (const piece of guardedPieces(source)) {
    if (piece.plain) {
      blocks.push(...regroupLines(piece.lines.map((text, i) => ({ text, bold: false, italic: false, line: lineOffset + piece.start + i + 1 })), longestLine(piece.lines)));
      continue;
    }
    const text = piece.lines.join("\n");
    const tree = parser.parse(text) as Root;
    const longest = longestLine(piece.lines);
    for (const node of tree.children) convertBlock(node, text, lineOffset + piece.start, blocks, longest);
  }
  return blocks;
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
  plain: boolean;
}

function guardedPieces(source: string): Piece[] {
  const lines = source.split("\n");
  const pieces: Piece[] = [];
  let chunkStart = 0;
  const close = (end: number) => {
    if (end <= chunkStart) return;
    const chunk = lines.slice(chunkStart, end);
    const plain = isHostileChunk(chunk);
    const last = pieces[pieces.length - 1];
    if (last && !last.plain && !plain) last.lines.push(...chunk);
    else pieces.push({ start: chunkStart, lines: chunk, plain });
    chunkStart = end;
  };
  // Chunks end after the blank lines that follow them, so that joining the lines of a piece gives back the source.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === "" && i + 1 < lines.length && lines[i + 1]!.trim() !== "") close(i + 1);
  }
  close(lines.length);
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

/** `longest`: the longest line of the source around the node, which tells wrapped prose from lines ended by hand. */
function convertBlock(node: RootContent, source: string, lineOffset: number, out: Block[], longest: number): void {
  const line = node.position ? node.position.start.line + lineOffset : undefined;
  switch (node.type) {
    case "heading": {
      const lines = inlineLines(node.children, lineOffset).filter((l) => l.text.trim() !== "");
      if (lines.length > 0) out.push({ type: "heading", depth: node.depth, lines: lines.map((l) => l.text.trim()), position: positionOf(line) });
      return;
    }
    case "paragraph":
      out.push(...regroupLines(inlineLines(node.children, lineOffset), longest));
      return;
    case "list":
      node.children.forEach((item, index) => convertListItem(item, node.ordered === true, (node.start ?? 1) + index, source, lineOffset, out, longest));
      return;
    case "blockquote":
      for (const child of node.children) convertBlock(child, source, lineOffset, out, longest);
      return;
    case "code": {
      // Indented lines are not code in a plan: they are text that happened to be indented. An indented code block
      // runs on across blank lines, which in a plan still end paragraphs.
      const codeLines = node.value.split("\n").map((text, i) => ({ text, bold: false, italic: false, line: line === undefined ? undefined : line + i }));
      let chunk: Line[] = [];
      for (const codeLine of [...codeLines, { text: "", bold: false, italic: false, line: undefined }]) {
        if (codeLine.text.trim() !== "") chunk.push(codeLine);
        else if (chunk.length > 0) {
          out.push(...regroupLines(chunk, longest));
          chunk = [];
        }
      }
      return;
    }
    case "html":
      out.push(...htmlReader().htmlToBlocks(node.value, (line ?? 1) - 1));
      return;
    case "thematicBreak":
    case "definition":
      return;
    default:
      return;
  }
}

function convertListItem(item: ListItem, ordered: boolean, number: number, source: string, lineOffset: number, out: Block[], longest: number): void {
  const marker = ordered ? markerFromSource(item, source) ?? `${number}.` : "-";
  const start = out.length;
  for (const child of item.children) convertBlock(child, source, lineOffset, out, longest);
  const first = out[start];
  // "1. Mục đích" with its text on the next line, no blank line between: remark reads one list item; the heading
  // line (its marker given back for the test) is a paragraph of its own.
  if (first && first.type === "paragraph" && first.marker === undefined && first.lines.length > 1) {
    if (standsAloneText(`${marker} ${first.lines[0]!.trim()}`, first.lines[1]!.trim(), longest)) {
      const body: Paragraph = { type: "paragraph", lines: first.lines.slice(1), position: positionOf(first.position.line === undefined ? undefined : first.position.line + 1) };
      if (first.emphasis) body.emphasis = first.emphasis;
      out.splice(start + 1, 0, body);
      first.lines = first.lines.slice(0, 1);
    }
  }
  if (first && first.type === "paragraph" && first.marker === undefined) first.marker = marker;
  else if (!first) out.push({ type: "paragraph", lines: [], marker, position: positionOf(item.position ? item.position.start.line + lineOffset : undefined) });
}

/** The literal marker of an ordered item ("1.", "01.", "3)") as written. */
function markerFromSource(item: ListItem, source: string): string | undefined {
  const start = item.position?.start.offset;
  if (start === undefined) return undefined;
  const match = /^\s*(\d{1,9}[.)])/.exec(source.slice(start, start + 16));
  return match?.[1];
}

function positionOf(line: number | undefined): Position {
  return line === undefined ? {} : { line };
}

/** Flattens inline nodes into lines, remembering which lines are wholly bold or italic. */
function inlineLines(nodes: PhrasingContent[], lineOffset: number): Line[] {
  const lines: (Line & { chars: number; boldChars: number; italicChars: number })[] = [];
  const newLine = (line: number | undefined) => lines.push({ text: "", bold: false, italic: false, line, chars: 0, boldChars: 0, italicChars: 0 });
  const append = (text: string, bold: boolean, italic: boolean, line: number | undefined) => {
    text.split("\n").forEach((part, i) => {
      if (i > 0 || lines.length === 0) newLine(line === undefined ? undefined : line + i);
      const current = lines[lines.length - 1]!;
      current.text += part;
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
  return lines.map((l) => ({
    text: l.text,
    bold: l.chars > 0 && l.boldChars === l.chars,
    italic: l.chars > 0 && l.italicChars === l.chars,
    line: l.line,
  }));
}

/**
 * A line that opens a new logical paragraph even without a blank line before it: Roman-numeral and numbered
 * headings, lettered items, bullets, and the fixed phrases of the administrative-document layout.
 */
const OPENS_PARAGRAPH =
  /^(?:[IVXLC]{1,6}[.)/]\s|[IVXLC]{1,6} ?[-–] ?\p{Lu}|(?:Phần|PHẦN) [IVXLC]{1,6}(?![\p{L}\d])|\d{1,3}(?:\.\d{1,3}){0,3}[.)]\s|[a-zđ][).]\s|[-+•·●▪–]\s|⁽|\(\d+\)\s|Căn cứ\s|Nơi nhận|Số:|Điều\s+\d|TM\.|KT\.|TL\.|Q\.\s|PHỤ LỤC|Phụ lục\b)/u;

/** A numbered, Roman-numeral or lettered heading with text after its marker ("1. Mục đích", "II- NHIỆM VỤ"). */
const HEADING_MARKER = /^(?:[IVXLC]{1,6} ?[.)/:\-–]|\d{1,3}(?:\.\d{1,3}){0,3}[.)]) ?(\S.*)$/u;
/** A sentence's first word: capitalised, the rest lower case ("Triển", not "IoT", "DNNVV" or "UBND"). */
const SENTENCE_START = /^\p{Lu}\p{Ll}*(?=[\s,.;:]|$)/u;
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
function longestLine(lines: string[]): number {
  return lines.reduce((max, l) => Math.max(max, l.trim().length), 0);
}

function standsAlone(heading: Line, next: Line, longest: number): boolean {
  return standsAloneText(heading.text.trim(), next.text.trim(), longest);
}

function standsAloneText(text: string, following: string, longest: number): boolean {
  const title = HEADING_MARKER.exec(text)?.[1];
  if (title === undefined || !SENTENCE_START.test(following)) return false;
  if (text.length >= SHORT_LINE * longest || RUNS_ON.test(text)) return false;
  if (!/\s/.test(title.trim()) || /:./.test(title)) return false;
  return !(isUpperCase(text) && isUpperCase(following));
}

function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase("vi");
}

/**
 * Splits a paragraph's lines into logical paragraphs: at a line that opens one (see OPENS_PARAGRAPH), and where the
 * emphasis changes between a wholly bold line and a plain one (a bold heading followed by its text, wrapped or not).
 */
export function regroupLines(lines: Line[], longest = longestLine(lines.map((l) => l.text))): Paragraph[] {
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
      paragraphs.push(paragraph);
    }
    current = [];
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "") continue;
    const previous = current[current.length - 1];
    const headingAbove = previous !== undefined && current.length === 1 && standsAlone(previous, line, longest);
    if (previous && (OPENS_PARAGRAPH.test(text) || previous.bold !== line.bold || headingAbove)) emit();
    current.push(line);
  }
  emit();
  return paragraphs;
}
