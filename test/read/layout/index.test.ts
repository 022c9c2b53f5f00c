import { describe, expect, it } from "vitest";
import type { Paragraph, Table } from "../../../src/model/types.js";
import { layoutPages } from "../../../src/read/layout/index.js";
import type { PageContent, PositionedText } from "../../../src/read/layout/types.js";

/** A line of text on a 12 pt grid: words laid out at 6 pt per character. */
function line(text: string, x: number, y: number, extra: Partial<PositionedText> = {}): PositionedText[] {
  const words: PositionedText[] = [];
  let cursor = x;
  for (const w of text.split(" ")) {
    words.push({ text: w, x: cursor, y, width: w.length * 6, height: 12, ...extra });
    cursor += w.length * 6 + 4;
  }
  return words;
}

function page(n: number, items: PositionedText[]): PageContent {
  return { page: n, width: 595, height: 842, items, rulings: [], ocr: false };
}

describe("layoutPages", () => {
  it("drops a running header repeated on most pages and lone page numbers, and puts breaks between pages", () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [...line("UBND HUYEN DUC THO", 200, 30), ...line(`Body text of page ${n}.`, 60, 200), ...line(String(n), 290, 800)]),
    );
    const { value } = layoutPages(pages);
    expect(value.map((b) => (b.type === "paragraph" ? b.lines.join(" ") : b.type))).toEqual([
      "Body text of page 1.",
      "pageBreak",
      "Body text of page 2.",
      "pageBreak",
      "Body text of page 3.",
    ]);
    expect(value[1]!.position).toEqual({ page: 2 });
    expect(value[2]!.position).toEqual({ page: 2, line: 1 });
  });

  it("splits paragraphs on list markers, vertical gaps and first-line indents, and takes bullets into marker", () => {
    const items = [
      ...line("I. MUC TIEU", 60, 100, { bold: true }),
      ...line("The first paragraph runs over two lines and fills the", 80, 130),
      ...line("measure of the page to the right edge of the text.", 60, 144),
      ...line("- a dashed item", 60, 158),
      ...line("- another one", 60, 172),
      ...line("After a gap comes a new paragraph.", 80, 210),
    ];
    const { value } = layoutPages([page(1, items)]);
    const paragraphs = value as Paragraph[];
    expect(paragraphs.map((p) => p.lines)).toEqual([
      ["I. MUC TIEU"],
      ["The first paragraph runs over two lines and fills the", "measure of the page to the right edge of the text."],
      ["a dashed item"],
      ["another one"],
      ["After a gap comes a new paragraph."],
    ]);
    expect(paragraphs[0]!.emphasis).toEqual({ bold: true });
    expect(paragraphs[2]!.marker).toBe("-");
    expect(paragraphs.map((p) => p.position.line)).toEqual([1, 2, 4, 5, 6]);
  });

  it("reads side-by-side text blocks as a borderless table", () => {
    const items = [
      ...line("UY BAN NHAN DAN", 60, 40),
      ...line("CONG HOA XA HOI CHU NGHIA", 330, 40),
      ...line("HUYEN DUC THO", 70, 54),
      ...line("Doc lap Tu do Hanh phuc", 340, 54),
      ...line("Body text below.", 60, 120),
    ];
    const { value } = layoutPages([page(1, items)]);
    const table = value[0] as Table;
    expect(table.type).toBe("table");
    expect(table.rows).toHaveLength(1);
    // Each block's lines stay in its own cell, in order (centred short lines may be paragraphs of their own).
    expect(table.rows[0]!.cells.map((c) => c.content.flatMap((p) => p.lines))).toEqual([
      ["UY BAN NHAN DAN", "HUYEN DUC THO"],
      ["CONG HOA XA HOI CHU NGHIA", "Doc lap Tu do Hanh phuc"],
    ]);
    expect(value[1]).toMatchObject({ type: "paragraph", lines: ["Body text below."] });
  });

  it("marks small print at the foot of the page as a footnote", () => {
    const items = [
      ...line("Body text with a note.", 60, 100),
      { text: "1 The note itself.", x: 60, y: 780, width: 90, height: 9 },
    ];
    const { value } = layoutPages([page(1, items)]);
    expect(value.map((b) => b.type === "paragraph" && b.footnote === true)).toEqual([false, true]);
  });
});
