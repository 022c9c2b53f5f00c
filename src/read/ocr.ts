/**
 * Offline Vietnamese OCR for PDF pages without a usable text layer. Each page is rendered by pdf.js, levelled by our
 * own skew estimate, read by tesseract.js with the Vietnamese model shipped in node_modules (nothing is ever
 * fetched), and returned as the same `PageContent` the text layer gives: one item per recognised word with
 * its box in PDF points, plus ruling lines found on the image, so that the layout code rebuilds a scanned table the
 * same way as a digital one. Recognised words are corrected against the domain lexicon (`./ocr/correct.ts`).
 *
 * The PDF reader imports this module lazily; tesseract.js, pdf.js and the canvas are in turn imported lazily here.
 */
import os from "node:os";
import type { Diagnostic } from "../diagnostics.js";
import { InputError } from "../errors.js";
import type { HandwrittenWord, PageContent, PositionedText, Ruling } from "./layout/types.js";
import { correctWords, correctionDiagnostic } from "./ocr/correct.js";
import type { OcrEngine, OcrEngineChoice, OcrEngineName, PixelBox, RecognisedLine, RecognisedWord } from "./ocr/engine.js";
import { clearShading, withShadedBands } from "./ocr/shading.js";
import { greyAt, openForRendering, type PdfRenderer, type RenderedPage, toPgm, yieldToEvents } from "./ocr/render.js";
import { clearEdgeFrame, detectRulings, paperLevel, rulingLimits } from "./ocr/rulings.js";
import { placeOnPage, stackCells, unreadCells, withoutWordsIn } from "./ocr/cells.js";
import { splitRunTogether } from "./ocr/syllables.js";
import { naturalWidth } from "./layout/lines.js";
import { missingColumnBorders } from "./layout/hrules.js";
import { splitRulings } from "./layout/tables.js";
import { markOcr } from "./ocr/timeline.js";
import { PageFeed } from "./ocr/feed.js";
import { LETTER, NUMBER, re } from "../letters.js";

export interface OcrOptions {
  /** Most pages read at once; default and ceiling: the machine's cores (`os.availableParallelism()`). */
  concurrency?: number;
  /** Rendering resolution; default `DEFAULT_DPI`. */
  dpi?: number;
  /** Which engine reads the pages; default `auto`. */
  engine?: OcrEngineChoice;
}

const loadedEngines = new Set<OcrEngine>();

/**
 * The engine for `choice`: `auto` takes native tesseract when it is on the PATH with the Vietnamese model (several
 * times faster) and tesseract.js otherwise; `native` without it is an error rather than a quiet change of engine.
 */
export async function resolveEngine(choice: OcrEngineChoice = "auto"): Promise<OcrEngine> {
  let engine: OcrEngine;
  if (choice === "wasm") engine = (await import("./ocr/wasm.js")).wasmEngine;
  else {
    const native = await import("./ocr/native.js");
    if (await native.nativeTesseractAvailable()) engine = native.nativeEngine;
    else if (choice === "native") {
      throw new InputError("--ocr-engine native: no `tesseract` command (version 4 or later) on the PATH (install tesseract-ocr, or use --ocr-engine wasm)");
    } else engine = (await import("./ocr/wasm.js")).wasmEngine;
  }
  loadedEngines.add(engine);
  return engine;
}

/**
 * 200 dpi: on scans of our seed plans (text pages and appendix tables, clean and noisy), 300 dpi read running text
 * hardly better, tables worse, at a much higher cost; 150 dpi lost the small print of tables. It is also what
 * scanners and our scan fixtures produce, so nothing is upsampled. (Figures: README, Performance.)
 */
export const DEFAULT_DPI = 200;

/**
 * Below this mean word confidence a page gets an `ocr-low-confidence` warning. Clean and noisy 200 dpi scans of our
 * fixtures score 91–95; pages in the 60s are the ones where whole lines come out as garbage (blurred faxes, stamps
 * over text), so 70 separates "read, check the odd word" from "do not trust this page".
 */
export const LOW_CONFIDENCE = 70;

/** Punctuation-only "words" below this confidence are specks and border fragments, not a dash or a bullet. */
const MIN_SYMBOL_CONFIDENCE = 50;

/**
 * Below this confidence, a "word" of more marks than letters and digits is a seal's or a stamp's ring, a signature's
 * strokes read as text ("—Á—=-I<t--T¬" beside a recipient line under the seal): not print. A word read right scores
 * 80 and more; real words of marks ("b/c);", "(đề") keep at least half their characters letters.
 */
const MIN_MARKS_CONFIDENCE = 40;

/**
 * Whether a recognised word is marks more than letters and digits, read with little confidence: see above. A word of
 * three characters or fewer is kept: a list's marker ("(1)", "a)") read with doubt still opens its item.
 */
function isNoiseMarks(text: string, confidence: number): boolean {
  if (confidence >= MIN_MARKS_CONFIDENCE) return false;
  const characters = Array.from(text);
  if (characters.length <= 3) return false;
  const letters = characters.filter((ch) => re("u")`[${LETTER}${NUMBER}]`.test(ch)).length;
  return 2 * letters < characters.length;
}

/**
 * Marks that Vietnamese print never sets as a word of their own: the underscore, the low quotes „ ‚ (Vietnamese quotes
 * with “ ” only), the backtick, tilde, caret, negation sign and broken bar. A short "word" of them alone ("_„" before
 * "Hà Tĩnh, ngày …", "`" under a seal) is specks or a rule's end read at whatever confidence; a long run of
 * underscores is a blank to fill in and is kept.
 */
const SPECK_MARKS = /^[_\u201E\u201A`~^\u00AC\u00A6]{1,3}$/u;

/**
 * Reads `pages` by OCR: a list, or a `PageFeed` the text-layer reader fills as it goes (pages in increasing order),
 * so that the first page is drawn and recognised while later pages' text layers are still being read.
 */
export async function ocrPdfPages(
  data: Uint8Array,
  pages: readonly number[] | PageFeed,
  options: OcrOptions = {},
): Promise<{ pages: PageContent[]; diagnostics: Diagnostic[]; blankPages: number[]; engine: OcrEngineName }> {
  const dpi = options.dpi ?? DEFAULT_DPI;
  const diagnostics: Diagnostic[] = [];
  const feed = pages instanceof PageFeed ? pages : [...new Set(pages)].sort((a, b) => a - b);
  const wanted: number[] = [];
  const blankPages: number[] = [];
  const most = feed instanceof PageFeed ? feed.most : feed.length;
  // Finding the engine (a `tesseract --version`) and opening the file for drawing, at the same time.
  const opening = most === 0 ? undefined : openForRendering(data);
  // Awaited below; a failure meanwhile must not count as unhandled.
  opening?.catch(() => undefined);
  let engine: OcrEngine;
  try {
    engine = await resolveEngine(options.engine);
  } catch (error) {
    await opening?.then((renderer) => renderer.close()).catch(() => undefined);
    throw error;
  }
  if (!opening) return { pages: [], diagnostics, blankPages, engine: engine.name };

  const renderer = await opening;
  const results = new Map<number, PageContent>();
  const pageDiagnostics = new Map<number, Diagnostic[]>();
  try {
    const cores = os.availableParallelism();
    const lanes = Math.max(1, Math.min(cores, options.concurrency ?? cores, most));
    engine.warm?.(lanes);
    // The main thread renders pages in order, ahead of the workers, while they recognise earlier ones: a worker that
    // finishes a page finds the next one ready instead of waiting for it to be rendered (with one render per worker
    // between its pages, a worker stood idle for every render, and both did when two renders queued up). At most
    // `lanes` rendered pages wait for a worker, so memory stays a few page images.
    const readyForWorker = new Slots(lanes);
    const recognitions: Array<Promise<void>> = [];
    for await (const page of feed) {
      if (!(Number.isInteger(page) && page >= 1 && page <= renderer.pageCount)) {
        diagnostics.push({ severity: "warning", code: "ocr-failed", message: `page ${page} does not exist in this PDF (${renderer.pageCount} pages)` });
        continue;
      }
      if (pageDiagnostics.has(page)) continue;
      wanted.push(page);
      const own: Diagnostic[] = [];
      pageDiagnostics.set(page, own);
      const failed = (error: unknown): void => {
        own.push({ severity: "warning", code: "ocr-failed", message: `page ${page} could not be read by OCR: ${messageOf(error)}`, where: { page } });
      };
      await readyForWorker.take();
      let prepared: PreparedPage | "blank";
      try {
        prepared = await preparePage(renderer, page, dpi);
      } catch (error) {
        readyForWorker.give();
        failed(error);
        continue;
      }
      if (prepared === "blank") {
        readyForWorker.give();
        blankPages.push(page);
        continue;
      }
      recognitions.push(
        (async () => {
          let released = false;
          const release = (): void => {
            if (released) return;
            released = true;
            markOcr?.("ocr-start", page);
            readyForWorker.give();
          };
          let recognised: RecognisedLine[];
          try {
            recognised = await engine.recognise(toPgm(prepared.cleaned, prepared.rendered.widthPx, prepared.rendered.heightPx), dpi, lanes, release);
          } finally {
            release();
            markOcr?.("ocr-end", page);
          }
          recognised = await withUnreadCells(engine, prepared, recognised, dpi, lanes);
          if (prepared.shaded > 0) {
            const inches = (prepared.shaded / dpi).toFixed(2);
            own.push({ severity: "info", code: "ocr-shading-cleared", message: `page ${page}: a shaded area (${inches} inch of rows printed on grey, as a table's header row is) read as white paper, its text and rules kept`, where: { page } });
          }
          results.set(page, toPageContent(prepared.rendered, recognised, prepared.rulings, own));
          markOcr?.("read", page);
        })().catch(failed),
      );
    }
    await Promise.all(recognitions);
  } finally {
    await renderer.close().catch(() => undefined);
  }
  for (const page of wanted) diagnostics.push(...(pageDiagnostics.get(page) ?? []));
  return { pages: wanted.flatMap((page) => results.get(page) ?? []), diagnostics, blankPages: blankPages.sort((a, b) => a - b), engine: engine.name };
}

/** Dark enough to be ink (print, handwriting, a stamp), not paper tone or the other side showing through. */
const INK_LEVEL = 128;
/** The page's outer band, where scanners leave edge shadows and punch holes. */
const BLANK_MARGIN = 0.05;
/**
 * Most ink (share of the inner page) a blank page may hold: dust and specks, some 35 pixels of an A4 page at 200 dpi.
 * One printed digit is a hundred or more, so a page that has anything to read is never taken for blank.
 */
const MAX_BLANK_INK = 0.00001;

/** A page with no ink inside its margins: the back of a sheet in a duplex scan, a separator page. */
export function isBlank(gray: Uint8Array, width: number, height: number): boolean {
  const { x0, x1, y0, y1, allowed } = blankBounds(width, height);
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    const row = y * width;
    for (let i = row + x0; i < row + x1; i++) {
      if (gray[i]! < INK_LEVEL && ++ink > allowed) return false;
    }
  }
  return true;
}

/**
 * `isBlank` asked of a page as drawn (RGBA), before its grey image is made: the same pixels judged the same way
 * (`greyAt`; pen ink is paper there), so a page found blank here is one `isBlank` would find blank.
 */
export function isBlankDrawing(rgba: Uint8ClampedArray, width: number, height: number): boolean {
  const { x0, x1, y0, y1, allowed } = blankBounds(width, height);
  // Opaque white, the paper of a drawn page, is one comparison of the pixel's four bytes at once.
  const pixels = rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length >>> 2) : undefined;
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    const row = y * width;
    for (let i = row + x0; i < row + x1; i++) {
      if (pixels !== undefined && pixels[i] === OPAQUE_WHITE) continue;
      // Opaque and no channel below the ink level: whatever `greyAt` makes of it (a weighted mean of the channels,
      // white, or pen ink), it is not ink. Most of a blank back's paper is asked no more than this.
      const p = 4 * i;
      if (rgba[p + 3] === 255 && rgba[p]! >= INK_LEVEL && rgba[p + 1]! >= INK_LEVEL && rgba[p + 2]! >= INK_LEVEL) continue;
      const grey = greyAt(rgba, i);
      if (grey >= 0 && grey < INK_LEVEL && ++ink > allowed) return false;
    }
  }
  return true;
}

/** 255 in each of a pixel's four bytes, whatever the machine's byte order. */
const OPAQUE_WHITE = 0xffffffff;

function blankBounds(width: number, height: number): { x0: number; x1: number; y0: number; y1: number; allowed: number } {
  const x0 = Math.floor(width * BLANK_MARGIN);
  const y0 = Math.floor(height * BLANK_MARGIN);
  const x1 = width - x0;
  const y1 = height - y0;
  return { x0, x1, y0, y1, allowed: Math.floor((x1 - x0) * (y1 - y0) * MAX_BLANK_INK) };
}

interface PreparedPage {
  rendered: RenderedPage;
  /** Grey level of the page's paper. */
  paper: number;
  /** Table borders found on the page, px. */
  rulings: Ruling[];
  /** The page with those borders erased: what tesseract reads (`rendered.gray` itself, erased in place). */
  cleaned: Uint8Array;
  /** Rows of shading cleared to paper (`./ocr/shading.ts`). */
  shaded: number;
}

/**
 * The page drawn, levelled, its rulings found and erased; or "blank". Blankness is asked of the page as drawn
 * first, before the costly steps (the back of every sheet of a duplex scan would otherwise be levelled and searched
 * for rulings): levelling turns a page by a few degrees at most, which cannot make a page without ink inside its
 * margins into one with text. A page whose only ink is its rulings is found blank once they are erased.
 */
async function preparePage(renderer: PdfRenderer, page: number, dpi: number): Promise<PreparedPage | "blank"> {
  markOcr?.("draw", page);
  const drawn = await renderer.draw(page, dpi, isBlankDrawing);
  markOcr?.("drawn", page);
  if (drawn === "blank") {
    markOcr?.("blank", page);
    return "blank";
  }
  const rendered = await renderer.level(drawn);
  markOcr?.("levelled", page);
  // Each step holds the main thread for a tenth of a second or more: between them, a worker that has finished its
  // page gets its next one.
  await yieldToEvents();
  const limits = rulingLimits(dpi, rendered.gray, rendered.histogram);
  const bands = clearShading(rendered.gray, rendered.widthPx, rendered.heightPx, limits.paper, dpi);
  const rulings = withShadedBands(detectRulings(rendered.gray, rendered.widthPx, rendered.heightPx, limits), bands, 2 * limits.gap + 3);
  const shaded = bands.reduce((sum, band) => sum + band.y2 - band.y1, 0);
  // Erased in the page's own grey image, which nothing reads after this (the handwriting test reads `colouredInk`).
  const cleaned = eraseRulingsInPlace(rendered.gray, rendered.widthPx, rendered.heightPx, rulings, dpi, limits.paper);
  clearEdgeFrame(cleaned, rendered.widthPx, rendered.heightPx, limits.paper);
  markOcr?.("prepared", page);
  return isBlank(cleaned, rendered.widthPx, rendered.heightPx) ? "blank" : { rendered, paper: limits.paper, rulings, cleaned, shaded };
}

/**
 * The page's words plus those of its ruled-table cells that hold ink but came back empty (a lone "2" in a TT
 * column) or with a line lost, read again as one strip of cut-outs (`./ocr/cells.ts`).
 */
async function withUnreadCells(engine: OcrEngine, prepared: PreparedPage, recognised: RecognisedLine[], dpi: number, lanes: number): Promise<RecognisedLine[]> {
  const { rendered, cleaned, rulings, paper } = prepared;
  const cellRulings = [...rulings, ...columnBordersOfWords(rendered, rulings, recognised)];
  const boxes = unreadCells(cleaned, rendered.widthPx, rendered.heightPx, cellRulings, recognised, dpi, paper);
  if (boxes.length === 0) return recognised;
  const strip = stackCells(cleaned, rendered.widthPx, boxes, dpi, paper);
  const lines = await engine.recognise(toPgm(strip.gray, strip.width, strip.height), dpi, lanes, () => undefined, "block");
  const placed = placeOnPage(lines, strip, dpi);
  // A cell its own reading found nothing in keeps the page's words for it: they are all the page has of its text.
  const readAgain = boxes.filter((box) => placed.some((line) => line.words.some((word) => holds(box, word.bbox))));
  return [...withoutWordsIn(recognised, readAgain), ...placed];
}

/** Whether the word box's centre lies in `box`. */
function holds(box: PixelBox, word: PixelBox): boolean {
  const x = (word.x0 + word.x1) / 2;
  const y = (word.y0 + word.y1) / 2;
  return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
}

/**
 * The column borders a table ruled between rows only leaves out, where its recognised words show them (px): the
 * layout draws them the same way (`missingColumnBorders`), and its cells are then the cells to read again, as a
 * lone "2" of such a table's STT column is lost like one of a fully ruled table. Found in points, as the layout does.
 */
function columnBordersOfWords(rendered: RenderedPage, rulings: readonly Ruling[], recognised: readonly RecognisedLine[]): Ruling[] {
  const sx = rendered.widthPt / rendered.widthPx;
  const sy = rendered.heightPt / rendered.heightPx;
  const scaled = (r: Ruling, fx: number, fy: number): Ruling => ({ x1: r.x1 * fx, y1: r.y1 * fy, x2: r.x2 * fx, y2: r.y2 * fy });
  const words: PositionedText[] = recognised.flatMap((line) =>
    line.words
      .filter((word) => word.text.trim() !== "")
      .map((word) => ({ text: word.text, x: word.bbox.x0 * sx, y: word.bbox.y0 * sy, width: (word.bbox.x1 - word.bbox.x0) * sx, height: (word.bbox.y1 - word.bbox.y0) * sy, confidence: word.confidence })),
  );
  return missingColumnBorders(splitRulings(rulings.map((r) => scaled(r, sx, sy))), words).map((r) => scaled(r, 1 / sx, 1 / sy));
}

/** A counting semaphore: `take` waits while all `count` slots are taken. */
class Slots {
  #free: number;
  readonly #waiting: Array<() => void> = [];

  constructor(count: number) {
    this.#free = count;
  }

  take(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  give(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#free++;
  }
}

export async function terminateOcrWorkers(): Promise<void> {
  const engines = [...loadedEngines];
  loadedEngines.clear();
  await Promise.all(engines.map((engine) => engine.terminate()));
}

/**
 * The page with its table borders painted over in paper white, for tesseract only. With the borders in, its layout
 * analysis cut header cells into pieces and read borders as "|" (on the appendix pages of our scans: mean word
 * confidence 88 with 50 "|" words on a page; borders erased: 94 and none, and the bold header row read right).
 */
export function eraseRulings(
  gray: Uint8Array,
  width: number,
  height: number,
  rulings: readonly Ruling[],
  dpi: number,
  paper = paperLevel(gray),
): Uint8Array {
  return eraseRulingsInPlace(new Uint8Array(gray), width, height, rulings, dpi, paper);
}

/** `eraseRulings` painting over `gray` itself, which it returns: no copy of a page for a caller done with the original. */
export function eraseRulingsInPlace(gray: Uint8Array, width: number, height: number, rulings: readonly Ruling[], dpi: number, paper: number): Uint8Array {
  const cleaned = gray;
  // A border is 1–3 px wide after deskewing; the margin also takes its anti-aliased edge.
  const margin = Math.max(2, Math.round(dpi / 70));
  for (const ruling of rulings) {
    const x1 = Math.max(0, Math.floor(Math.min(ruling.x1, ruling.x2)) - margin);
    const x2 = Math.min(width - 1, Math.ceil(Math.max(ruling.x1, ruling.x2)) + margin);
    const y1 = Math.max(0, Math.floor(Math.min(ruling.y1, ruling.y2)) - margin);
    const y2 = Math.min(height - 1, Math.ceil(Math.max(ruling.y1, ruling.y2)) + margin);
    for (let y = y1; y <= y2; y++) cleaned.fill(paper, y * width + x1, y * width + x2 + 1);
  }
  return cleaned;
}

function toPageContent(rendered: RenderedPage, recognised: readonly RecognisedLine[], pixelRulings: readonly Ruling[], diagnostics: Diagnostic[]): PageContent {
  const page = rendered.page;
  const scaleX = rendered.widthPt / rendered.widthPx;
  const scaleY = rendered.heightPt / rendered.heightPx;

  const words: RecognisedWord[] = [];
  const lineOf: RecognisedLine[] = [];
  /** The word as recognised, of which each of `words` is the whole or a syllable (`splitWordBox`). */
  const wordOf: RecognisedWord[] = [];
  const noise: string[] = [];
  for (const line of recognised) {
    for (const word of line.words) {
      const text = word.text.normalize("NFC").trim();
      if (text === "") continue;
      if (!re("u")`[${LETTER}${NUMBER}]`.test(text) && word.confidence < MIN_SYMBOL_CONFIDENCE) continue;
      if (isNoiseMarks(text, word.confidence)) {
        noise.push(text);
        continue;
      }
      if (SPECK_MARKS.test(text)) {
        diagnostics.push(correctionDiagnostic({ index: words.length, from: text, to: "", reason: "specks read as marks that print never sets alone, left out" }, page));
        continue;
      }
      const pieces = splitWordBox({ ...word, text });
      const repaired = pieces.map((piece) => piece.text).join(" ");
      if (repaired !== text) {
        const reason = pieces.length > 1 ? "syllables OCR ran together, split" : "a syllable OCR read with a capital inside, in small letters";
        diagnostics.push(correctionDiagnostic({ index: words.length, from: text, to: repaired, reason }, page));
      }
      for (const piece of pieces) {
        words.push(piece);
        lineOf.push(line);
        wordOf.push(word);
      }
    }
  }
  if (noise.length > 0) {
    const shown = noise.slice(0, 4).map((text) => `"${text}"`);
    diagnostics.push({
      severity: "info",
      code: "ocr-noise-dropped",
      message: `page ${page}: ${noise.length} mark${noise.length > 1 ? "s" : ""} read with low confidence and more symbols than letters left out of the text (a seal, a stamp, a signature's strokes): ${shown.join(", ")}${noise.length > 4 ? ", …" : ""}`,
      where: { page },
    });
  }
  if (rendered.stacked === true) {
    diagnostics.push({ severity: "info", code: "ocr-spread-split", message: `page ${page} holds two pages side by side (clear paper down its middle: an A3 spread, a booklet's sheet); read as its left page, then its right`, where: { page } });
  }
  if (rendered.turns !== 0) {
    const how = rendered.turns === 2 ? "upside down" : "sideways";
    diagnostics.push({ severity: "info", code: "ocr-page-turned", message: `page ${page} was scanned ${how}; turned ${rendered.turns * 90}° clockwise before OCR`, where: { page } });
  }
  const handwriting = handwritingOnLines(rendered, recognised);
  if (handwriting.length > 0) {
    const places = handwriting.map((h) => (h.after === "" ? "at a line's start" : `after "${h.after.slice(-30)}"`));
    diagnostics.push({
      severity: "info",
      code: "ocr-handwriting",
      message: `page ${page}: pen ink (handwriting, a signature) left out of the text, not read: ${places.slice(0, 4).join("; ")}${places.length > 4 ? "; …" : ""}`,
      where: { page },
    });
  }
  const boxes = typeBoxes(words, lineOf, wordOf, rendered.widthPx, rendered.heightPx, pixelRulings);

  const { words: texts, corrections } = correctWords(words.map((word) => word.text));
  for (const correction of corrections) diagnostics.push(correctionDiagnostic(correction, page));

  const items: PositionedText[] = words.map((word, i) => {
    const { x0, y0, x1, y1 } = boxes[i]!;
    return {
      text: texts[i]!,
      x: x0 * scaleX,
      y: y0 * scaleY,
      width: (x1 - x0) * scaleX,
      height: (y1 - y0) * scaleY,
      confidence: Math.round(word.confidence),
    };
  });

  const rulings = pixelRulings.map((ruling) => ({
    x1: ruling.x1 * scaleX,
    y1: ruling.y1 * scaleY,
    x2: ruling.x2 * scaleX,
    y2: ruling.y2 * scaleY,
  }));

  if (items.length === 0) {
    diagnostics.push({ severity: "info", code: "ocr-page", message: `page ${page} read by OCR (no text found)`, where: { page } });
  } else {
    const mean = items.reduce((sum, item) => sum + (item.confidence ?? 0), 0) / items.length;
    diagnostics.push({ severity: "info", code: "ocr-page", message: `page ${page} read by OCR (mean confidence ${Math.round(mean)})`, where: { page } });
    if (mean < LOW_CONFIDENCE) {
      diagnostics.push({
        severity: "warning",
        code: "ocr-low-confidence",
        message: `page ${page}: OCR mean confidence ${Math.round(mean)} is below ${LOW_CONFIDENCE}; its text may be wrong`,
        where: { page },
      });
    }
  }
  return { page, width: rendered.widthPt, height: rendered.heightPt, items, rulings, ocr: true, ...(rendered.turns !== 0 ? { turned: true } : {}), ...(handwriting.length > 0 ? { handwriting } : {}) };
}

/**
 * Pen ink within a printed line, as runs of columns of the line's band that hold coloured ink (dropped out of the
 * image tesseract read, `toGray`), each with the printed words before it: "Số:" before a handwritten number, "ngày"
 * before a handwritten day. Runs closer than an em are one piece of writing; a run with less ink than a few
 * strokes is a speck. Tesseract's confidence does not tell handwritten digits from printed ones (a handwritten "589"
 * was read "53" with high confidence); the ink does: official documents are printed in black, numbers, days and
 * signatures are added in blue or violet pen.
 */
export function handwritingOnLines(page: Pick<RenderedPage, "page" | "colouredInk" | "widthPx" | "heightPx">, lines: readonly RecognisedLine[]): HandwrittenWord[] {
  const found: HandwrittenWord[] = [];
  // Rows holding any pen ink: most lines' bands have none, and a row without any adds nothing to the column sums.
  const inkRows = new Uint8Array(page.heightPx);
  for (let y = 0; y < page.heightPx; y++) {
    const row = y * page.widthPx;
    if (page.colouredInk.subarray(row, row + page.widthPx).includes(1)) inkRows[y] = 1;
  }
  for (const line of lines) {
    const words = line.words.filter((w) => w.text.trim() !== "").sort((a, b) => a.bbox.x0 - b.bbox.x0);
    if (words.length === 0) continue;
    const top = Math.max(0, Math.floor(Math.min(...words.map((w) => w.bbox.y0))));
    const bottom = Math.min(page.heightPx, Math.ceil(Math.max(...words.map((w) => w.bbox.y1))));
    const em = bottom - top;
    if (em <= 0) continue;
    const left = Math.max(0, Math.floor(words[0]!.bbox.x0 - 6 * em));
    const right = Math.min(page.widthPx, Math.ceil(Math.max(...words.map((w) => w.bbox.x1)) + 6 * em));
    let run: { x0: number; x1: number; ink: number } | undefined;
    const close = (): void => {
      if (run && run.ink >= MIN_HANDWRITTEN_INK * em * em) {
        const x0 = run.x0;
        const before = words.filter((w) => (w.bbox.x0 + w.bbox.x1) / 2 < x0).map((w) => w.text.normalize("NFC").trim());
        found.push({ page: page.page, after: before.join(" ") });
      }
      run = undefined;
    };
    // Summed row by row, in memory order: column by column, each pixel read was a row apart from the last.
    const columns = new Int32Array(Math.max(0, right - left));
    for (let y = top; y < bottom; y++) {
      if (inkRows[y] === 0) continue;
      const row = y * page.widthPx;
      for (let x = left; x < right; x++) columns[x - left]! += page.colouredInk[row + x]!;
    }
    for (let x = left; x < right; x++) {
      const ink = columns[x - left]!;
      if (ink === 0) {
        if (run && x - run.x1 > em) close();
        continue;
      }
      if (run) {
        run.x1 = x;
        run.ink += ink;
      } else run = { x0: x, x1: x, ink };
    }
    close();
  }
  return found;
}

/** Least coloured ink, in em², for a run to be writing: a handwritten digit is about a tenth; a speck far less. */
const MIN_HANDWRITTEN_INK = 0.05;

/**
 * Word boxes as a text layer gives them: from 0.8 em above the baseline to 0.2 em below it, whatever the glyphs. A
 * tesseract word box is the ink of its glyphs, so "Tháng" (accent, descender) and "12/2023" on the next line differ
 * by a third in height and in top offset, which the layout would read as a change of font size and of spacing. The
 * em is the line's ascender-to-descender height (tesseract's row height plus descenders); lines within 20% of the
 * page's usual em take the usual one, since that spread is measurement noise (a table line spanning several cells
 * gets a tilted baseline), while real size changes (13 pt body, 10 pt footnotes) are larger. A line of one word is
 * measured on that word alone, whose accents and descenders swing it by a third ("phương" alone under "vị, địa" in a
 * narrow cell): it takes the usual em within a wider spread.
 */
const ONE_WORD_SPREAD = 0.35;

function typeBoxes(words: RecognisedWord[], lineOf: RecognisedLine[], wordOf: RecognisedWord[], width: number, height: number, rulings: readonly Ruling[]): PixelBox[] {
  const emOf = (line: RecognisedLine): number | null => {
    const em = line.rowHeight !== undefined ? line.rowHeight + Math.max(0, line.descenders ?? 0) : 0;
    return Number.isFinite(em) && em > 0 && line.baseline && line.baseline.x1 > line.baseline.x0 ? em : null;
  };
  const ems = [...new Set(lineOf)].map(emOf).filter((em): em is number => em !== null).sort((a, b) => a - b);
  const usual = ems[Math.floor(ems.length / 2)];
  const cells = usual === undefined ? undefined : cellBaselines(wordOf, lineOf, rulings, usual);
  return words.map((word, i) => {
    const box = clampBox(word.bbox, width, height);
    const line = lineOf[i]!;
    const lineEm = emOf(line);
    if (lineEm === null || usual === undefined || !line.baseline) return box;
    const own = cells?.baselines.get(wordOf[i]!);
    // A line run across a table's cells is measured on text of several heights: the usual em within the wider spread.
    const spread = line.words.length === 1 || cells?.acrossCells.has(line) ? ONE_WORD_SPREAD : 0.2;
    const em = Math.abs(lineEm - usual) <= spread * usual ? usual : lineEm;
    const { x0, y0, x1, y1 } = line.baseline;
    const centre = (box.x0 + box.x1) / 2;
    const baseline = own ?? y0 + ((y1 - y0) * (centre - x0)) / (x1 - x0);
    return clampBox({ x0: box.x0, x1: box.x1, y0: baseline - 0.8 * em, y1: baseline + 0.2 * em }, width, height);
  });
}

/**
 * Least distance, in em, between where a cell's words stand and the baseline tesseract measured for the line they were
 * read in, for them to be set on their own: more than the few pixels a blurred letter's foot wavers by.
 */
const OFF_BASELINE = 0.1;

/** Letters and marks that reach below the baseline: descenders, a dot below ("ạ", "ộ"), a comma's tail. */
const BELOW_BASELINE = /[gjpqyQ,;()\u0323]/u;

/**
 * The tesseract lines that cross a table's column border, and those of their words that stand on a baseline of their
 * own, with that baseline (px). Tesseract reads the lines of neighbouring cells as one when they roughly line up, and
 * measures one baseline and row height for them all; where a cell's text is centred at another height (the header's
 * "Cơ quan thực / hiện" beside a one-line "Nội dung nhiệm vụ", the two lines of a cell merged down over two rows), its
 * words were placed off their line, and the layout read two lines interleaved or a paragraph break between them. Each
 * cell's piece of the line has its baseline where its words with nothing below the baseline end (the median of their
 * bottoms); a piece of only such words as "quy", "gặp" keeps the line's.
 */
function cellBaselines(
  words: readonly RecognisedWord[],
  lineOf: readonly RecognisedLine[],
  rulings: readonly Ruling[],
  usual: number,
): { baselines: Map<RecognisedWord, number>; acrossCells: Set<RecognisedLine> } {
  const own = new Map<RecognisedWord, number>();
  const acrossCells = new Set<RecognisedLine>();
  const verticals = rulings.filter((r) => Math.abs(r.x1 - r.x2) < Math.abs(r.y1 - r.y2));
  if (verticals.length === 0) return { baselines: own, acrossCells };
  const byLine = new Map<RecognisedLine, RecognisedWord[]>();
  words.forEach((word, i) => {
    const line = lineOf[i]!;
    const list = byLine.get(line);
    if (!list) byLine.set(line, [word]);
    else if (!list.includes(word)) list.push(word);
  });
  for (const [line, lineWords] of byLine) {
    const baseline = line.baseline;
    if (!baseline || baseline.x1 <= baseline.x0 || lineWords.length < 2) continue;
    const sorted = [...lineWords].sort((a, b) => a.bbox.x0 - b.bbox.x0);
    const pieces: RecognisedWord[][] = [[sorted[0]!]];
    for (let k = 1; k < sorted.length; k++) {
      const [before, word] = [sorted[k - 1]!, sorted[k]!];
      const top = Math.min(before.bbox.y0, word.bbox.y0);
      const bottom = Math.max(before.bbox.y1, word.bbox.y1);
      const between = verticals.some((r) => {
        const x = (r.x1 + r.x2) / 2;
        return x >= before.bbox.x1 - 1 && x <= word.bbox.x0 + 1 && Math.min(r.y1, r.y2) <= bottom && Math.max(r.y1, r.y2) >= top;
      });
      if (between) pieces.push([word]);
      else pieces[pieces.length - 1]!.push(word);
    }
    if (pieces.length < 2) continue;
    acrossCells.add(line);
    for (const piece of pieces) {
      const bottoms = piece
        .filter((w) => re("u")`[${LETTER}${NUMBER}].*[${LETTER}${NUMBER}]`.test(w.text) && !BELOW_BASELINE.test(w.text.normalize("NFD")))
        .map((w) => w.bbox.y1)
        .sort((a, b) => a - b);
      if (bottoms.length === 0) continue;
      const standsOn = bottoms[Math.floor(bottoms.length / 2)]!;
      const centre = (piece[0]!.bbox.x0 + piece[piece.length - 1]!.bbox.x1) / 2;
      const measured = baseline.y0 + ((baseline.y1 - baseline.y0) * (centre - baseline.x0)) / (baseline.x1 - baseline.x0);
      if (Math.abs(measured - standsOn) > OFF_BASELINE * usual) for (const word of piece) own.set(word, standsOn);
    }
  }
  return { baselines: own, acrossCells };
}

/**
 * A word tesseract ran together ("SởNộivu"), as one word per syllable, each with its share of the box; a syllable it
 * mis-cased ("sỞ") in small letters.
 */
function splitWordBox(word: RecognisedWord): RecognisedWord[] {
  const parts = splitRunTogether(word.text);
  if (parts.length < 2) return parts[0] === undefined || parts[0] === word.text ? [word] : [{ ...word, text: parts[0] }];
  const { x0, x1, y0, y1 } = word.bbox;
  // The gap left between the pieces must read as a word space to the layout (more than 0.18 em).
  const gap = Math.min(0.3 * (y1 - y0), (0.5 * (x1 - x0)) / (parts.length - 1));
  const letters = parts.reduce((sum, part) => sum + naturalWidth(part), 0) || 1;
  const scale = (x1 - x0 - gap * (parts.length - 1)) / letters;
  let cursor = x0;
  return parts.map((text) => {
    const width = naturalWidth(text) * scale;
    const piece = { ...word, text, bbox: { ...word.bbox, x0: cursor, x1: cursor + width } };
    cursor += width + gap;
    return piece;
  });
}

function clampBox(box: PixelBox, width: number, height: number): PixelBox {
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  return { x0: clamp(box.x0, width), y0: clamp(box.y0, height), x1: clamp(box.x1, width), y1: clamp(box.y1, height) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
