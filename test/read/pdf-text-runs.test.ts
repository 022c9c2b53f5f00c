import { describe, expect, it } from "vitest";
import type { Matrix } from "../../src/read/layout/paths.js";
import type { PositionedText } from "../../src/read/layout/types.js";
import { openPdf, positionText, readPdfPages } from "../../src/read/pdf.js";
import { type TestPage, makePdf } from "./make-pdf.js";

/**
 * cchc builds a page's text runs from the operator list (`layout/text-runs.ts`) instead of asking pdf.js for the text
 * content. pdf.js's own `getTextContent` is the reference: on pages that use every text operator, the runs must be
 * the items pdf.js gives, where they are and as wide as pdf.js says.
 */
async function pdfjsTextContent(data: Uint8Array): Promise<PositionedText[][]> {
  const { doc } = await openPdf(data, undefined);
  try {
    const pages: PositionedText[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const positioned = positionText(item, viewport.transform as Matrix);
        if (positioned) items.push(positioned);
      }
      pages.push(items);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function inOrder(items: PositionedText[]): PositionedText[] {
  return [...items].sort((a, b) => a.text.localeCompare(b.text) || a.x - b.x || a.y - b.y);
}

/** `annotationTexts`: what annotations draw, which cchc reads and pdf.js's text content leaves out. */
async function expectSameRuns(pages: TestPage[], annotationTexts: string[] = []): Promise<PositionedText[][]> {
  const data = makePdf(pages);
  const reference = await pdfjsTextContent(data);
  const { pages: read } = await readPdfPages(data, {});
  const ours = read.map((p) => p.items.filter((item) => !annotationTexts.includes(item.text)));
  expect(ours.length).toBe(reference.length);
  ours.forEach((items, page) => {
    const expected = inOrder(reference[page]!);
    const actual = inOrder(items);
    expect(actual.map((i) => i.text)).toEqual(expected.map((i) => i.text));
    actual.forEach((item, k) => {
      const want = expected[k]!;
      // The same arithmetic in another order: equal to a few thousandths of a point.
      for (const key of ["x", "y", "width", "height"] as const) expect(item[key], `${item.text}: ${key}`).toBeCloseTo(want[key], 2);
    });
  });
  return ours;
}

const texts = (items: PositionedText[]): string[] => items.map((i) => i.text.trim());

describe("text runs from the operator list, against pdf.js's text content", () => {
  it("lines set with Td, TD, T*, TL, ' and \"", async () => {
    const runs = await expectSameRuns([
      {
        content: [
          "BT /F1 12 Tf 14 TL 72 760 Td (First line) Tj T* (Second line) Tj (Third line) ' 1 0.5 (Fourth line) \" 0 Tc 0 Tw ET",
          "BT /F1 10 Tf 72 680 Td (Moved) Tj 0 -20 TD (Leading from TD) Tj T* (and T*) Tj ET",
        ].join("\n"),
      },
    ]);
    expect(texts(runs[0]!)).toEqual(["First line", "Second line", "Third line", "Fourth line", "Moved", "Leading from TD", "and T*"]);
  });

  it("TJ adjustments: kerning stays in the word, a word-sized gap is a space, a wide gap starts a new run", async () => {
    const runs = await expectSameRuns([
      {
        content: [
          "BT /F1 10 Tf 72 760 Td [(Ke) 30 (rn) -20 (ed)] TJ ET",
          "BT /F1 10 Tf 72 740 Td [(Gap) -300 (as) -350 (spaces)] TJ ET",
          "BT /F1 10 Tf 72 720 Td [(Column) -4000 (apart)] TJ ET",
          "BT /F1 10 Tf 72 700 Td [(Drawn) 3000 (back)] TJ ET",
        ].join("\n"),
      },
    ]);
    expect(texts(runs[0]!)).toEqual(["Kerned", "Gap as spaces", "Column", "apart", "Drawn", "back"]);
  });

  it("character and word spacing, horizontal scaling, rise and spaces in a row", async () => {
    await expectSameRuns([
      {
        content: [
          "BT /F1 10 Tf 72 760 Td 1.5 Tc (spaced out) Tj ET",
          "BT /F1 10 Tf 72 740 Td 0 Tc 12 Tw (wide word gaps here) Tj ET",
          "BT /F1 10 Tf 72 720 Td 0 Tw 50 Tz (half width text) Tj ET",
          "BT /F1 10 Tf 72 700 Td 100 Tz (x) Tj 4 Ts (2) Tj 0 Ts ( after) Tj ET",
          "BT /F1 10 Tf 72 680 Td (three   spaces) Tj ET",
          "BT /F1 10 Tf 72 660 Td 3 Tr (invisible text layer) Tj 0 Tr ET",
        ].join("\n"),
      },
    ]);
  });

  it("text matrices, the CTM, rotation, and q/Q restoring the text state", async () => {
    await expectSameRuns([
      {
        content: [
          "BT /F1 1 Tf 10 0 0 10 72 760 Tm (Set by Tm) Tj ET",
          "q 2 0 0 2 0 0 cm BT /F1 8 Tf 36 360 Td (Scaled by cm) Tj ET Q",
          "BT /F1 10 Tf 0 1 -1 0 300 400 Tm (Rotated ninety) Tj ET",
          "BT /F1 10 Tf 0.866 0.5 -0.5 0.866 350 300 Tm (At thirty degrees) Tj ET",
          "q BT /F2 10 Tf 3 Tc 72 600 Td (inside q) Tj ET Q BT 72 580 Td /F1 10 Tf (after Q) Tj ET",
          "BT /F1 10 Tf 72 560 Td (regular) Tj /F2 10 Tf (bold) Tj /F1 10 Tf ( again) Tj ET",
        ].join("\n"),
      },
    ]);
  });

  it("text in form XObjects and in annotations is read; text off the page is not", async () => {
    const data = makePdf([
      { content: "BT /F1 10 Tf 72 760 Td (Page text) Tj ET", annotations: [{ rect: [300, 300, 450, 330], appearance: "BT /F1 10 Tf 5 10 Td (Stamp text) Tj ET" }] },
    ]);
    const { pages } = await readPdfPages(data, {});
    const stamp = pages[0]!.items.find((item) => item.text === "Stamp text");
    // Drawn at (5, 10) of the annotation's box, whose corner is at (300, 300): top-left y = 842 - 310 - 0.8 em.
    expect(stamp).toMatchObject({ x: 305, y: 524, height: 10 });
    const runs = await expectSameRuns([
      {
        content: [
          "BT /F1 10 Tf 72 760 Td (Before the form) Tj ET",
          "/Fm1 Do",
          "q 1 0 0 1 0 -100 cm /Fm2 Do Q",
          "BT /F1 10 Tf -400 700 Td (off the page) Tj ET",
          "BT /F1 10 Tf 72 1000 Td (above the page) Tj ET",
        ].join("\n"),
        forms: {
          Fm1: { content: "BT /F1 10 Tf 72 740 Td (In a form) Tj ET" },
          Fm2: { content: "BT /F2 10 Tf 72 740 Td (Form with a matrix) Tj ET", matrix: [1, 0, 0, 1, 100, 0] },
        },
        annotations: [{ rect: [300, 300, 450, 330], appearance: "BT /F1 10 Tf 5 10 Td (Stamp text) Tj ET" }],
      },
    ], ["Stamp text"]);
    expect(texts(runs[0]!)).toEqual(["Before the form", "In a form", "Form with a matrix"]);
  });

  it("a rotated and a landscape page", async () => {
    await expectSameRuns([
      { content: "BT /F1 10 Tf 72 760 Td (On a page turned by /Rotate) Tj ET", rotate: 90 },
      { content: "BT /F1 10 Tf 72 500 Td (On a landscape page) Tj ET", width: 842, height: 595 },
    ]);
  });
});
