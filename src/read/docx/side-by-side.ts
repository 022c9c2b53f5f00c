/**
 * Texts set side by side with tab stops instead of a table: the page header typed as "UBND XÃ …<TAB>CỘNG HÒA …",
 * "Số: 08/KH-UBND<TAB>Hòa Bình, ngày …", the signature block as "Nơi nhận:<TAB><TAB>TM. ỦY BAN NHÂN DÂN". A reader
 * sees two columns; so does the PDF reader, which splits such lines at their wide gaps (layout/index.ts). The DOCX
 * reader gives them the same shape: a run of such paragraphs becomes a borderless one-row table, one cell per
 * column, one paragraph per text, as if the writer had used a layout table.
 *
 * Column of a text: the texts of a line fill the columns from the left, or from the right when the line starts with a
 * tab (a text pushed right by tabs is in the right column). Short paragraphs between two tabbed ones (the last
 * recipients under "Nơi nhận", no signature text beside them) are lines of the left column; a short text pushed right
 * by tabs after them (the signer's name) ends the run in the right column.
 */
import { type Block, type Cell, type Paragraph, type Row, type Table, cell } from "../../model/types.js";
import { UPPER, re } from "../../letters.js";

/** A typed list marker that a tab separates from its text ("1.", "a)", "-", "II.", "Điều 2."): one text, not two. */
const MARKER = /^(?:[-+•*–]|\d{1,3}(?:\.\d{1,3})*[.)]?|[a-zđ][.)]|[IVXLC]{1,6}[.)]|(?:Điều|Chương|Mục|Phần|Khoản|Bước) [\dIVXLC]{1,6}[.:)]?)$/iu;
/** Texts set side by side are a header's or a signature block's: short. Longer ones are running text with a tab. */
const MAX_SIDE_TEXT_CHARS = 80;
/** A label that a tab separates from its value ("Số:", "Kính gửi:"): at most three words ending in a colon. */
const LABEL = /^\S+(?: \S+){0,2}:$/u;
/** A paragraph this long between tabbed lines is running text, which ends the run. */
const MAX_SANDWICHED_CHARS = 100;

interface Line {
  /** The line's texts, in order. */
  texts: string[];
  /** The line starts with a tab: its texts belong to the rightmost columns. */
  fromRight: boolean;
}

function isUpperCaseWords(text: string): boolean {
  return re("u")`^[${UPPER}]`.test(text) && text === text.toLocaleUpperCase("vi");
}

/** A line's texts between its tabs; a marker or a label stays with the text after it. */
export function splitAtTabs(line: string): Line {
  const fromRight = /^[ \u00a0]*\t/.test(line);
  const texts: string[] = [];
  for (const raw of line.split(/\t+/)) {
    const text = raw.replace(/\s+/g, " ").trim();
    if (text === "") continue;
    const previous = texts[texts.length - 1];
    // "Nơi nhận:<TAB>TM. ỦY BAN NHÂN DÂN" is two texts (a title in capitals follows); "Số:<TAB>25/KH-UBND" one.
    const joins = previous !== undefined && (MARKER.test(previous) || (LABEL.test(previous) && !isUpperCaseWords(text)));
    if (joins) texts[texts.length - 1] = `${previous} ${text}`;
    else texts.push(text);
  }
  return { texts, fromRight };
}

function isSideBySide(block: Block): block is Paragraph {
  if (block.type !== "paragraph" || block.marker || block.footnote) return false;
  return block.lines.some((line) => {
    if (!line.includes("\t")) return false;
    const { texts } = splitAtTabs(line);
    return texts.length >= 2 && texts.every((text) => text.length <= MAX_SIDE_TEXT_CHARS);
  });
}

/** A short text pushed right by tabs ("⇥⇥Trần Thị Bình", the signer's name under the titles): the right column. */
function isPushedRight(block: Block): block is Paragraph {
  return (
    block.type === "paragraph" &&
    !block.marker &&
    !block.footnote &&
    block.lines.every((line) => /^[ \u00a0]*\t/.test(line) && splitAtTabs(line).texts.length === 1) &&
    block.lines.join(" ").length <= MAX_SANDWICHED_CHARS
  );
}

function canSitBetween(block: Block): block is Paragraph {
  return block.type === "paragraph" && !block.footnote && block.lines.join(" ").length <= MAX_SANDWICHED_CHARS;
}

function toTable(paragraphs: Paragraph[]): Table {
  const lines = paragraphs.flatMap((p) =>
    p.lines.map((line) => ({ ...splitAtTabs((p.marker ? `${p.marker} ` : "") + line), paragraph: p })),
  );
  const width = Math.max(...lines.map((l) => l.texts.length));
  const contents: Paragraph[][] = Array.from({ length: width }, () => []);
  for (const line of lines) {
    const first = line.fromRight ? width - line.texts.length : 0;
    line.texts.forEach((text, k) => {
      const paragraph: Paragraph = { type: "paragraph", lines: [text], position: { ...line.paragraph.position } };
      if (line.paragraph.emphasis) paragraph.emphasis = { ...line.paragraph.emphasis };
      contents[first + k]!.push(paragraph);
    });
  }
  const position = { ...paragraphs[0]!.position };
  const cells: Cell[] = contents.map((content) => cell(content, { ...(content[0]?.position ?? position) }));
  const row: Row = { type: "row", isHeader: false, cells, position };
  return { type: "table", rows: [row], position };
}

/** Replaces every run of tab-separated paragraphs in a block list by a borderless layout table. */
export function tabbedParagraphsToTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    if (!isSideBySide(block)) {
      out.push(block);
      i++;
      continue;
    }
    // The run ends at its last tabbed paragraph (or text pushed right by tabs); short paragraphs may sit between.
    let end = i;
    for (let j = i + 1; j < blocks.length && canSitBetween(blocks[j]!); j++) {
      if (isSideBySide(blocks[j]!) || isPushedRight(blocks[j]!)) end = j;
    }
    const run = blocks.slice(i, end + 1) as Paragraph[];
    if (run.length === 1 && run[0]!.lines.length === 1) {
      // A lone line of side-by-side texts is read as separate texts, as the PDF reader does.
      const texts = splitAtTabs(run[0]!.lines[0]!).texts;
      for (const text of texts) out.push({ ...run[0]!, lines: [text], position: { ...run[0]!.position } });
    } else out.push(toTable(run));
    i = end + 1;
  }
  return out;
}
