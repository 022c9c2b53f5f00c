/**
 * --max-blocks and --max-columns for text, Markdown and HTML, checked on the decoded text before any parser builds
 * a tree: parsers' trees cost far more than the text (a 50 MB text built a gigabyte), so a limit that counted the
 * tree's blocks would come too late.
 *
 * - Blocks: a text or Markdown plan gives at most one block per non-blank line (a paragraph, a heading, a table
 *   row), so non-blank lines are counted. HTML counts its table rows and the paragraphs, list items, headings and
 *   divisions outside table cells (a cell's paragraphs belong to its row).
 * - Columns: a TAB-separated row's cells, and a Markdown table's delimiter row (it fixes the table's width). HTML
 *   tables are checked as their grid is built (grid.ts).
 */
import { LimitError } from "../errors.js";
import type { Limits } from "../limits.js";
import { tooManyColumns } from "./grid.js";

const MARKDOWN_DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
const HTML_BLOCK_TAG = /<(\/?)(td|th|tr|p|li|h[1-6]|div)(?=[\s>/])/gi;

export function checkTextSize(text: string, format: "txt" | "md" | "html", limits: Pick<Limits, "maxBlocks" | "maxColumns">): void {
  const blocks = format === "html" ? htmlBlocks(text, limits.maxBlocks) : textBlocks(text, format, limits);
  if (blocks > limits.maxBlocks) {
    throw new LimitError(`${limits.maxBlocks} paragraphs and table rows`, "--max-blocks", `more than ${limits.maxBlocks} paragraphs and table rows in the document`);
  }
}

function textBlocks(text: string, format: "txt" | "md", limits: Pick<Limits, "maxBlocks" | "maxColumns">): number {
  let blocks = 0;
  let start = 0;
  while (start <= text.length && blocks <= limits.maxBlocks) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== "") {
      blocks += 1;
      if (line.includes("\t") && countOf(line, "\t") + 1 > limits.maxColumns) throw tooManyColumns(limits.maxColumns);
      if (format === "md" && line.includes("-") && countOf(line, "|") + 1 > limits.maxColumns && MARKDOWN_DELIMITER_ROW.test(line)) {
        if (line.split("|").filter((cell) => cell.trim() !== "").length > limits.maxColumns) throw tooManyColumns(limits.maxColumns);
      }
    }
    start = end + 1;
  }
  return blocks;
}

function htmlBlocks(html: string, maxBlocks: number): number {
  let blocks = 0;
  // HTML lets </td> be left out: a cell also ends where the next cell or row begins.
  let inCell = false;
  HTML_BLOCK_TAG.lastIndex = 0;
  for (let match = HTML_BLOCK_TAG.exec(html); match && blocks <= maxBlocks; match = HTML_BLOCK_TAG.exec(html)) {
    const closing = match[1] === "/";
    const tag = match[2]!.toLowerCase();
    if (tag === "td" || tag === "th") inCell = !closing;
    else if (tag === "tr") {
      inCell = false;
      if (!closing) blocks += 1;
    } else if (!closing && !inCell) blocks += 1;
  }
  return blocks;
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) count += 1;
  return count;
}
