/**
 * The native engine's hOCR reading, the choice of engine when no `tesseract` is installed, and blank-page detection.
 * None of these runs tesseract (test/read/ocr.test.ts and test/read/scan.test.ts do, with each engine there is).
 */
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/errors.js";
import { isBlank, isBlankDrawing, resolveEngine } from "../../../src/read/ocr.js";
import { toGray } from "../../../src/read/ocr/render.js";
import { parseHocr, scanHocr } from "../../../src/read/ocr/native.js";

// What tesseract 5 writes, cut to two lines (of a header: a word at low confidence, a heading line).
const HOCR = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
 <head><title></title><meta name='ocr-system' content='tesseract 5.3.0' /></head>
 <body>
  <div class='ocr_page' id='page_1' title='image "stdin"; bbox 0 0 1653 2339; ppageno 0; scan_res 200 200'>
   <div class='ocr_carea' id='block_1_1' title="bbox 266 115 1536 192">
    <p class='ocr_par' id='par_1_1' lang='vie' title="bbox 266 115 1536 192">
     <span class='ocr_line' id='line_1_2' title="bbox 266 159 1409 192; baseline -0.004 -3; x_size 30; x_descenders 5; x_ascenders 8">
      <span class='ocrx_word' id='word_1_12' title='bbox 266 163 311 189; x_wconf 54'>TÔ</span>
      <span class='ocrx_word' id='word_1_13' title='bbox 322 165 418 189; x_wconf 95'>CÔNG &amp; TÁC</span>
     </span>
     <span class='ocr_header' id='line_1_3' title="bbox 307 231 1451 271; baseline 0 -4; x_size 37; x_descenders 8; x_ascenders 12">
      <span class='ocrx_word' id='word_1_14' title='bbox 307 231 414 267; x_wconf 65'>Số:</span>
     </span>
    </p>
   </div>
  </div>
 </body>
</html>`;

describe("parseHocr", () => {
  it("gives each line its words, boxes and confidences, and its baseline and row height as tesseract.js reports them", async () => {
    const lines = await parseHocr(HOCR);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.words).toEqual([
      { text: "TÔ", bbox: { x0: 266, y0: 163, x1: 311, y1: 189 }, confidence: 54 },
      { text: "CÔNG & TÁC", bbox: { x0: 322, y0: 165, x1: 418, y1: 189 }, confidence: 95 },
    ]);
    // tesseract.js read the same page as baseline (266, 189) → (1409, 184), row height 30, descenders 5.
    expect(lines[0]!.baseline).toEqual({ x0: 266, y0: 189, x1: 1409, y1: 184 });
    expect(lines[0]!.rowHeight).toBe(30);
    expect(lines[0]!.descenders).toBe(5);
    expect(lines[1]!.words.map((w) => w.text)).toEqual(["Số:"]);
    expect(lines[1]!.baseline).toEqual({ x0: 307, y0: 267, x1: 1451, y1: 267 });
  });

  it("gives nothing for a page without text", async () => {
    expect(await parseHocr("<html><body><div class='ocr_page' title='bbox 0 0 10 10'></div></body></html>")).toEqual([]);
  });

  it("reads tesseract's own hOCR in one pass over its tags, with what parse5 gives", async () => {
    const scanned = scanHocr(HOCR);
    expect(scanned).toBeDefined();
    // A word outside any line: not tesseract's shape, so parse5 reads the page (and leaves that word out).
    const parsed = await parseHocr(HOCR.replace("<body>", "<body><span class='ocrx_word' title='bbox 1 1 2 2'>x</span>"));
    expect(scanned).toEqual(parsed);
    const bold = HOCR.replace(">Số:<", "><strong>Số</strong>:<").replace("TÔ", "&quot;T&#39;Ô&lt;&gt;");
    expect(scanHocr(bold)![1]!.words[0]!.text).toBe("Số:");
    expect(scanHocr(bold)![0]!.words[0]!.text).toBe(`"T'Ô<>`);
  });

  it("leaves to parse5 what tesseract does not write: other entities, other markup in a word, a line left open", async () => {
    const nbsp = HOCR.replace("TÔ", "T&nbsp;Ô");
    expect(scanHocr(nbsp)).toBeUndefined();
    expect((await parseHocr(nbsp))[0]!.words[0]!.text).toBe("T\u00a0Ô");
    const link = HOCR.replace(">TÔ<", "><a href='x'>TÔ</a><");
    expect(scanHocr(link)).toBeUndefined();
    expect((await parseHocr(link))[0]!.words[0]!.text).toBe("TÔ");
    expect(scanHocr(HOCR.replace(/<\/span>\n {4}<\/p>/, "</p>"))).toBeUndefined();
    expect(scanHocr(HOCR.replace("x_wconf 54'>", "x_wconf 54' data-x=plain>"))).toBeUndefined();
  });
});

describe("choosing the engine where no tesseract is installed", () => {
  it("falls back to the embedded engine under auto, and refuses native with one line", async () => {
    process.env.CCHC_TESSERACT = "/nonexistent/tesseract";
    try {
      expect((await resolveEngine("auto")).name).toBe("wasm");
      expect((await resolveEngine("wasm")).name).toBe("wasm");
      const refused = resolveEngine("native");
      await expect(refused).rejects.toThrow(InputError);
      await expect(refused).rejects.toThrow(/^--ocr-engine native: no `tesseract` command/);
    } finally {
      delete process.env.CCHC_TESSERACT;
    }
  });
});

describe("isBlank", () => {
  const width = 400;
  const height = 600;
  const paper = (): Uint8Array => new Uint8Array(width * height).fill(240);
  const ink = (gray: Uint8Array, x: number, y: number, w: number, h: number): void => {
    for (let row = y; row < y + h; row++) gray.fill(20, row * width + x, row * width + x + w);
  };

  it("takes a page of paper, with the other side showing through faintly and an edge shadow, for blank", () => {
    const gray = paper();
    for (let i = 0; i < gray.length; i += 7) gray[i] = 200;
    ink(gray, 0, 0, 10, height);
    expect(isBlank(gray, width, height)).toBe(true);
  });

  it("does not take a page with a page number or a line of text for blank", () => {
    const numbered = paper();
    ink(numbered, 195, 560, 4, 8);
    expect(isBlank(numbered, width, height)).toBe(false);
    const text = paper();
    ink(text, 40, 100, 300, 3);
    expect(isBlank(text, width, height)).toBe(false);
  });
});

describe("isBlankDrawing", () => {
  const width = 300;
  const height = 400;
  /** A drawing on paper of (250, 248, 245), with `marks` as [x, y, w, h, [r, g, b]]. */
  const drawing = (marks: Array<[number, number, number, number, [number, number, number]]>): Uint8ClampedArray => {
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < rgba.length; i += 4) rgba.set([250, 248, 245, 255], i);
    for (const [x, y, w, h, colour] of marks) {
      for (let row = y; row < y + h; row++) for (let col = x; col < x + w; col++) rgba.set([...colour, 255], 4 * (row * width + col));
    }
    return rgba;
  };
  const asGray = (rgba: Uint8ClampedArray): boolean => isBlank(toGray(rgba, width, height, new Uint8Array(width * height)), width, height);

  it("judges a drawing as isBlank judges its grey image: pen ink and a red seal are paper, black print and grey are ink", () => {
    const cases: Array<[string, Array<[number, number, number, number, [number, number, number]]>, boolean]> = [
      ["paper", [], true],
      ["a blue signature", [[100, 200, 60, 12, [40, 60, 190]]], true],
      ["a red seal", [[80, 80, 50, 50, [200, 30, 40]]], true],
      ["a page number in black", [[145, 360, 4, 8, [20, 20, 20]]], false],
      ["a line of dark grey print", [[30, 100, 240, 3, [90, 90, 90]]], false],
      ["a dark brown stain (coloured, but not pen: reddish)", [[30, 100, 40, 40, [120, 60, 30]]], true],
      // The speck allowance scales with the page (dust on A4 at 200 dpi); on one this small a single speck is ink.
      ["a speck", [[50, 50, 2, 2, [0, 0, 0]]], false],
      ["an edge shadow only", [[0, 0, 10, height, [30, 30, 30]]], true],
    ];
    for (const [what, marks, blank] of cases) {
      const rgba = drawing(marks);
      expect(asGray(rgba), what).toBe(blank);
      expect(isBlankDrawing(rgba, width, height), what).toBe(blank);
    }
  });
});
