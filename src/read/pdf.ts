/**
 * PDF → document model. pdf.js (the legacy build, which runs on Node without a DOM) gives each page's operator list;
 * this module turns it into `PageContent` (text runs and ruling lines, top-left origin: see `layout/text-runs.ts` for
 * why the text comes from the operator list rather than from pdf.js's text content) and hands
 * every page to the same geometry-based `layoutPages` that OCR output goes through. Pages without a usable text layer
 * go to OCR (`./ocr.js`), or get a `scanned-page` warning when OCR is off.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { DocumentModel } from "../model/types.js";
import type { Diagnostic, Result } from "../diagnostics.js";
import { convertLegacyVietnamese, couldBeUnmarkedSyllable, detectLegacyVietnamese, hasToneLessUhorn, isVietnameseSyllable, restoreDroppedTcvn3Uhorn } from "./decode.js";
import { InputError, LimitError } from "../errors.js";
import { DEFAULT_LIMITS } from "../limits.js";
import { layoutPages } from "./layout/index.js";
import { type Matrix, multiply, operatorsWithArgumentsRead, scanOperatorList } from "./layout/paths.js";
import { type RunFont, type RunPiece, SOFT_HYPHEN, TextRunCollector, textOperatorsWithArguments } from "./layout/text-runs.js";
import { FONTLESS_DOCUMENT, fastenBase64Polyfill, installNativeJpegDecoder, restoreBuiltinPush, loadCanvasWithoutFontScan } from "./pdfjs-env.js";
import { CopyingLoopbackPort, OPERATOR_LIMIT_REACHED } from "./pdfjs-port.js";
import { checkInflatedSize } from "./pdf-streams.js";
import type { PageContent, PositionedText } from "./layout/types.js";
import type { OcrEngineChoice, OcrEngineName } from "./ocr/engine.js";
import { PageFeed } from "./ocr/feed.js";
import { markOcr } from "./ocr/timeline.js";

export interface PdfReadOptions {
  password?: string;
  ocr: "auto" | "always" | "never";
  /** Default 2000; a longer document is refused with a LimitError naming the limit. */
  maxPages?: number;
  /** Most bytes the PDF's compressed streams may inflate to (--max-decompressed); default 200 MB. */
  maxDecompressedBytes?: number;
  /** Most operators one page may draw; default `DEFAULT_MAX_PAGE_OPERATORS`. */
  maxPageOperators?: number;
  /** Default 200; more pages needing OCR are refused with a LimitError naming --max-ocr-pages. */
  maxOcrPages?: number;
  /** Pages OCR'd at once (default: the machine's cores). */
  ocrConcurrency?: number;
  /** Which OCR engine reads the pages (default `auto`: native tesseract when installed, else tesseract.js). */
  ocrEngine?: OcrEngineChoice;
}

export const DEFAULT_MAX_PAGES = 2000;
export const DEFAULT_MAX_OCR_PAGES = 200;
export const DEFAULT_MAX_DECOMPRESSED_BYTES = DEFAULT_LIMITS.maxDecompressedBytes;
/**
 * A page of text draws a few thousand operators and a dense vector drawing (a map, a chart) a few hundred thousand;
 * a page past the limit is an attack on memory (each operator costs the reader memory however small its bytes).
 */
export const DEFAULT_MAX_PAGE_OPERATORS = DEFAULT_LIMITS.maxPageOperators;

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;
type DocumentParams = Extract<Parameters<PdfJs["getDocument"]>[0], { ownerDocument?: unknown }>;
type PdfWorker = InstanceType<PdfJs["PDFWorker"]>;
type WorkerPort = Parameters<PdfJs["PDFWorker"]["create"]>[0]["port"];

/** What pdf.js told us about a page besides its words, for the OCR decision. */
export interface PageSignals {
  page: number;
  textChars: number;
  imageCoverage: number;
  imageCount: number;
  /** The page's text looked like TCVN3/VNI mojibake and was converted. */
  legacyConverted: boolean;
  /** The text layer is there but does not read as Vietnamese (mojibake no converter fixed, private-use glyphs). */
  garbled: boolean;
  /** The text is Vietnamese written without its marks ("Ke hoach"), as OCR without the Vietnamese model lays it over a scan. */
  unaccented: boolean;
  /** Share of the page's area that the boxes of its text cover (0–1). */
  textCoverage: number;
}

let pdfjsPromise: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  if (!pdfjsPromise) loadCanvasWithoutFontScan();
  pdfjsPromise ??= import("pdfjs-dist/legacy/build/pdf.mjs").then((pdfjs) => {
    restoreBuiltinPush();
    fastenBase64Polyfill();
    return pdfjs;
  });
  return pdfjsPromise;
}

/** The worker half of pdf.js, which parses the PDF; on Node it runs on this thread. */
interface PdfJsWorkerModule {
  WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}

let workerPromise: Promise<{ worker: PdfWorker; port: CopyingLoopbackPort }> | undefined;

/**
 * One pdf.js worker for every document read here, on this thread, talking through a CopyingLoopbackPort: cheaper
 * messages than pdf.js's own loopback, and operator lists without the arguments we do not read (see the port).
 */
function readingWorker(pdfjs: PdfJs): Promise<{ worker: PdfWorker; port: CopyingLoopbackPort }> {
  workerPromise ??= (async () => {
    installNativeJpegDecoder();
    // (Written `as string`: the worker module has no type declarations; a literal still, for the bundler.)
    const { WorkerMessageHandler } = (await import("pdfjs-dist/legacy/build/pdf.worker.mjs" as string)) as PdfJsWorkerModule;
    // The worker module brings its own copy of the slow push.
    restoreBuiltinPush();
    // pdf.js's OPS names every operator code the scans read (`OperatorCodes`, `TextOperatorCodes`).
    const port = new CopyingLoopbackPort({
      keepArgsOf: [...operatorsWithArgumentsRead(pdfjs.OPS), ...textOperatorsWithArguments(pdfjs.OPS)],
      glyphsOf: pdfjs.OPS.showText,
    });
    const worker = pdfjs.PDFWorker.create({ port: port as unknown as WorkerPort, verbosity: pdfjs.VerbosityLevel.ERRORS });
    WorkerMessageHandler.initializeFromPort(port);
    await worker.promise;
    return { worker, port };
  })().catch((error: unknown) => {
    workerPromise = undefined;
    throw error;
  });
  return workerPromise;
}

/** Local folders for the standard 14 fonts and the CMaps: pdf.js must never fetch them from the network. */
function pdfjsAssetDirs(): { standardFontDataUrl: string; cMapUrl: string } {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve("pdfjs-dist/package.json"));
  return {
    standardFontDataUrl: path.join(root, "standard_fonts") + path.sep,
    cMapUrl: path.join(root, "cmaps") + path.sep,
  };
}

/**
 * Opens a PDF for reading its text and operator lists, not for drawing it: its fonts are installed nowhere and its
 * operator lists carry the arguments that `scanOperatorList` reads only.
 */
export async function openPdf(
  data: Uint8Array,
  password: string | undefined,
  maxPageOperators = DEFAULT_MAX_PAGE_OPERATORS,
): Promise<{ pdfjs: PdfJs; doc: PdfDocument }> {
  const pdfjs = await loadPdfJs();
  const { worker, port } = await readingWorker(pdfjs);
  port.allowOperators(maxPageOperators);
  const task = pdfjs.getDocument({
    worker,
    // pdf.js takes ownership of (and detaches) the buffer it is given; the caller keeps its own.
    data: new Uint8Array(data),
    password,
    isEvalSupported: false,
    // Pages are read, never drawn: fonts are "installed" into a document that drops them (see FONTLESS_DOCUMENT).
    disableFontFace: false,
    ownerDocument: FONTLESS_DOCUMENT as unknown as DocumentParams["ownerDocument"],
    useSystemFonts: false,
    useWorkerFetch: false,
    // JPEG images through the native decoder (see installNativeJpegDecoder), as for rendering.
    isImageDecoderSupported: true,
    ...pdfjsAssetDirs(),
    cMapPacked: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return { pdfjs, doc: await task.promise };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw toInputError(error, password);
  }
}

function toInputError(error: unknown, password: string | undefined): InputError {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") {
    return new InputError(password === undefined ? "encrypted PDF: pass --password" : "encrypted PDF: wrong password (pass the right one with --password)");
  }
  if (name === "InvalidPDFException") return new InputError(`not a readable PDF: ${firstLine(message)}`);
  if (name === "MissingPDFException") return new InputError("empty or missing PDF data");
  return new InputError(`corrupt PDF: ${firstLine(message) || "pdf.js could not open it"}`);
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0]?.trim().slice(0, 200) ?? "";
}



interface FontInfo extends RunFont {
  bold: boolean;
  italic: boolean;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const UNKNOWN_FONT: FontInfo = { bold: false, italic: false, fontMatrix: [0.001, 0, 0, 0.001, 0, 0], vertical: false };

/** The exported font data pdf.js keeps in `commonObjs`, the fields read here. */
interface PdfJsFontData {
  name?: unknown;
  bold?: unknown;
  italic?: unknown;
  black?: unknown;
  fontMatrix?: unknown;
  vertical?: unknown;
  isType3Font?: unknown;
  bbox?: unknown;
}

function isNumbers(value: unknown, length: number): value is number[] {
  return Array.isArray(value) && value.length === length && value.every((v) => typeof v === "number" && Number.isFinite(v));
}

/**
 * pdf.js's internal font ids → what text runs need (the font matrix, the writing direction) and bold / italic, from
 * the font object (its flags and its PostScript name). The operator list has loaded every font it uses.
 */
function fontInfo(page: PdfPage, fontName: string, cache: Map<string, FontInfo>): FontInfo {
  const cached = cache.get(fontName);
  if (cached) return cached;
  let info = UNKNOWN_FONT;
  try {
    if (page.commonObjs.has(fontName)) {
      const font = page.commonObjs.get(fontName) as PdfJsFontData | null;
      const name = typeof font?.name === "string" ? font.name : "";
      const fontMatrix = isNumbers(font?.fontMatrix, 6) ? (font.fontMatrix as Matrix) : UNKNOWN_FONT.fontMatrix;
      const bbox = font?.bbox;
      // pdf.js's text content measures a Type 3 font's text by its glyph box when the font size is tiny.
      const type3 = font?.isType3Font === true && isNumbers(bbox, 4) && fontMatrix.some((v, i) => v !== IDENTITY[i]);
      info = {
        bold: font?.bold === true || font?.black === true || /bold|black|heavy|semibold|demi|,B\b|-B$/i.test(name),
        italic: font?.italic === true || /italic|oblique|,I\b|-I$/i.test(name),
        fontMatrix,
        vertical: font?.vertical === true,
        ...(type3 ? { type3GlyphHeight: ((bbox as number[])[3]! - (bbox as number[])[1]!) * fontMatrix[3] } : {}),
      };
    }
  } catch {
    // A font pdf.js could not translate: no emphasis known, the standard font matrix.
  }
  cache.set(fontName, info);
  return info;
}

/** A text run (`TextRun`), or an item of pdf.js's own text content: the fields placing it needs. */
interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  pieces?: RunPiece[];
}

/** One page through pdf.js: its words in top-left coordinates and its ruling lines. */
async function extractPage(
  pdfjs: PdfJs,
  doc: PdfDocument,
  pageNumber: number,
  fontCache: Map<string, FontInfo>,
  maxOperators: number,
): Promise<{ content: PageContent; imageCoverage: number; imageCount: number }> {
  const page = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const viewTransform = viewport.transform as Matrix;
    // The operator list loads the fonts into commonObjs too, which tells bold from regular.
    const operatorList = await page.getOperatorList();
    if (operatorList.fnArray.length > maxOperators || operatorList.fnArray[operatorList.fnArray.length - 1] === OPERATOR_LIMIT_REACHED) {
      throw new LimitError(`${maxOperators} operators a page`, "--max-page-operators", `page ${pageNumber} draws more operators than the limit`);
    }
    const text = new TextRunCollector({
      ops: pdfjs.OPS,
      fontOf: (name) => fontInfo(page, name, fontCache),
      viewBox: page.view as [number, number, number, number],
      normalize: (run) => normalizeKeepingMicro(pdfjs.normalizeUnicode, run),
    });
    const scan = scanOperatorList(operatorList.fnArray, operatorList.argsArray, { transform: viewTransform, width: viewport.width, height: viewport.height }, pdfjs.OPS, text);
    const items: PositionedText[] = [];
    const turned: TurnedRun[] = [];
    for (const raw of text.finish()) {
      if (raw.str.trim() === "") continue;
      const positioned = positionText(raw, viewTransform);
      if (!positioned) continue;
      const font = fontInfo(page, raw.fontName, fontCache);
      if (font.bold) positioned.bold = true;
      if (font.italic) positioned.italic = true;
      const m = multiply(raw.transform as Matrix, viewTransform);
      const angle = Math.atan2(m[1], m[0]);
      if (Math.abs(angle) < 0.05) items.push(positioned);
      else turned.push({ box: positioned, angle, originX: m[4], originY: m[5], advance: Math.abs(raw.width) || positioned.width + positioned.height });
    }
    items.push(...joinTurnedText(turned));
    return {
      content: { page: pageNumber, width: viewport.width, height: viewport.height, items, rulings: scan.rulings, ocr: false },
      imageCoverage: scan.imageCoverage,
      imageCount: scan.imageCount,
    };
  } finally {
    page.cleanup();
  }
}

/** A run of text drawn at an angle to the page: its box, its direction and where its baseline starts. */
interface TurnedRun {
  box: PositionedText;
  angle: number;
  originX: number;
  originY: number;
  /** Its length along its own direction. */
  advance: number;
}

/** Runs of one turned text this close (in font sizes) are one text's: a cell's lines, the words of a line. */
const TURNED_NEIGHBOUR_EM = 0.5;

/**
 * Text turned on the page (a narrow column's header set to read bottom to top): the runs of one block, joined into one
 * item in their reading order (along each line, then line after line), in the block's box. Read as boxes of their
 * own, its lines stand side by side and its words one above the other, and the layout would read them across.
 */
function joinTurnedText(runs: TurnedRun[]): PositionedText[] {
  const blocks: TurnedRun[][] = [];
  const near = (a: PositionedText, b: PositionedText, gap: number): boolean =>
    a.x <= b.x + b.width + gap && b.x <= a.x + a.width + gap && a.y <= b.y + b.height + gap && b.y <= a.y + a.height + gap;
  for (const run of runs) {
    const gap = TURNED_NEIGHBOUR_EM * Math.min(run.box.width, run.box.height);
    const joined = blocks.filter((block) => block.some((other) => Math.abs(other.angle - run.angle) < 0.05 && near(other.box, run.box, gap)));
    const merged = [run, ...joined.flat()];
    for (const block of joined) blocks.splice(blocks.indexOf(block), 1);
    blocks.push(merged);
  }
  return blocks.map((block) => {
    const cos = Math.cos(block[0]!.angle);
    const sin = Math.sin(block[0]!.angle);
    // Along the text's own direction, and across it (its next line lies that way, as for text set level).
    const along = (run: TurnedRun): number => run.originX * cos + run.originY * sin;
    const across = (run: TurnedRun): number => -run.originX * sin + run.originY * cos;
    const size = Math.min(...block.map((run) => Math.min(run.box.width, run.box.height)));
    const lines: TurnedRun[][] = [];
    for (const run of [...block].sort((a, b) => across(a) - across(b))) {
      const line = lines[lines.length - 1];
      if (line && Math.abs(across(line[0]!) - across(run)) < 0.5 * size) line.push(run);
      else lines.push([run]);
    }
    const text = lines
      .map((line) => {
        const inOrder = line.sort((a, b) => along(a) - along(b));
        return inOrder.map((run, k) => (k > 0 && along(run) - (along(inOrder[k - 1]!) + inOrder[k - 1]!.advance) > 0.15 * size ? ` ${run.box.text}` : run.box.text)).join("");
      })
      .join(" ");
    const x = Math.min(...block.map((run) => run.box.x));
    const y = Math.min(...block.map((run) => run.box.y));
    const joined: PositionedText = {
      text,
      x,
      y,
      width: Math.max(...block.map((run) => run.box.x + run.box.width)) - x,
      height: Math.max(...block.map((run) => run.box.y + run.box.height)) - y,
    };
    if (block.every((run) => run.box.bold)) joined.bold = true;
    if (block.every((run) => run.box.italic)) joined.italic = true;
    return joined;
  });
}

/**
 * A text item's box in viewport space. The box runs from 0.8 em above the baseline to 0.2 em below it whatever the
 * font's metrics say, so that lines group the same way for every font (and for OCR boxes, which are glyph extents).
 */
export function positionText(item: TextItemLike, viewTransform: Matrix): PositionedText | null {
  const t = item.transform;
  if (t.length < 6 || t.some((v) => !Number.isFinite(v))) return null;
  const m = multiply(t as Matrix, viewTransform);
  const fontSize = Math.hypot(m[2], m[3]);
  if (!(fontSize > 0)) return null;
  const angle = Math.atan2(m[1], m[0]);
  const width = Math.abs(item.width) || fontSize * 0.5 * item.str.length;
  const text = item.str;
  if (Math.abs(angle) < 0.05) {
    const positioned: PositionedText = { text, x: m[4], y: m[5] - 0.8 * fontSize, width, height: fontSize };
    if (item.pieces && item.pieces.length > 0) positioned.pieces = item.pieces.map((piece) => ({ text: piece.text, x: m[4] + piece.offset, width: piece.width }));
    return positioned;
  }
  // Text that runs at an angle to the page (a rotated label): its bounding box, so it still lands in the right cell.
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const corners: Array<[number, number]> = [
    [0, -0.8 * fontSize],
    [width, -0.8 * fontSize],
    [0, 0.2 * fontSize],
    [width, 0.2 * fontSize],
  ].map(([u, v]) => [m[4] + u! * cos - v! * sin, m[5] + u! * sin + v! * cos]);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return { text, x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

/**
 * What a Vietnamese text layer is not made of: anything but letters, digits, marks, punctuation, spaces and symbols,
 * and private-use glyphs or U+FFFD. In bulk, they mean glyph ids leaked out (no ToUnicode map).
 */
const UNREADABLE = /[^\p{L}\p{N}\p{M}\p{P}\p{Zs}\p{S}]|[\u{E000}-\u{F8FF}\u{FFFD}]/gu;

const SURROGATE = /[\uD800-\uDFFF]/;

function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Share of unreadable characters (code points) in a text with its white space taken out. */
function unreadableShare(compact: string): number {
  // Code points: the UTF-16 length, less one for each surrogate pair (a lone surrogate is a code point of its own).
  const chars = SURROGATE.test(compact) ? codePointCount(compact) : compact.length;
  if (chars === 0) return 0;
  // One regex pass over the page rather than two tests per character.
  return (compact.match(UNREADABLE)?.length ?? 0) / chars;
}

const WORD = /[\p{L}\p{M}]+/gu;
const NON_ASCII = /[^\u0000-\u007f]/;
/** Fewer words with a Vietnamese letter than this tell nothing about the page's encoding (an English page, a table of figures). */
const MIN_WORDS_TO_JUDGE = 10;
/**
 * A Vietnamese text layer's words with a letter outside ASCII are syllables (well over nine in ten, on every text
 * layer we have); a layer whose fonts map glyphs to the wrong code points ("6Ӣ CÔNG 7+ѬѪ1*" for "SỞ CÔNG THƯƠNG")
 * keeps the odd right letter and makes few syllables (under two in ten). Half sits far from both.
 */
const MIN_SYLLABLE_SHARE = 0.5;

/**
 * Words holding a letter that is in no Vietnamese word (Cyrillic "Ѭ", "Ë", "Í", a stray combining mark) from which a
 * page's text is garbled even when the rest reads well: a heading or a signature block set in a font whose map is
 * broken. Text layers that read well have none (abbreviations such as HĐND and names such as Đắk Lắk use Vietnamese
 * letters); one run in a broken font gives several.
 */
const MIN_FOREIGN_LETTER_WORDS = 4;
/**
 * Runs of control characters: the glyph codes of a subset font that has no ToUnicode map (1, 2, 3 … in the order
 * the glyphs were first used), which pdf.js passes on as they are. No text is written with them; a heading or a
 * table's header row in such a font gives one run a word.
 */
const GLYPH_CODE_RUN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]+/g;
/** Base letters and marks Vietnamese is written with, once decomposed (NFD); đ is checked apart. */
const VIETNAMESE_LETTERS = /^[a-z\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]+$/;

function hasForeignLetter(word: string): boolean {
  return !VIETNAMESE_LETTERS.test(word.toLowerCase().replace(/đ/g, "d").normalize("NFD"));
}

/** A page's text taken apart once for the checks that judge it (each part made when first asked for). */
export class PageText {
  #compact: string | undefined;
  #words: string[] | undefined;
  constructor(readonly text: string) {}
  /** The text without its white space. */
  get compact(): string {
    this.#compact ??= this.text.replace(/\s+/g, "");
    return this.#compact;
  }
  /** Its words: runs of letters and marks. */
  get words(): string[] {
    this.#words ??= this.text.match(WORD) ?? [];
    return this.#words;
  }
}

/**
 * Whether a page's text reads as Vietnamese: not when its characters are unreadable in bulk, nor when its words that
 * carry a non-ASCII letter are mostly not Vietnamese syllables, nor when several words hold letters no Vietnamese word
 * has (checked after any legacy-font conversion). A page with too few such words to judge (English, figures only) is
 * trusted.
 */
export function isGarbledText(text: string | PageText): boolean {
  const page = typeof text === "string" ? new PageText(text) : text;
  if (unreadableShare(page.compact) > 0.3) return true;
  if ((page.text.match(GLYPH_CODE_RUN)?.length ?? 0) >= MIN_FOREIGN_LETTER_WORDS) return true;
  let judged = 0;
  let syllables = 0;
  let foreign = 0;
  for (const word of page.words) {
    if (!NON_ASCII.test(word)) continue;
    judged++;
    if (isVietnameseSyllable(word)) syllables++;
    else if (hasForeignLetter(word)) foreign++;
  }
  return foreign >= MIN_FOREIGN_LETTER_WORDS || (judged >= MIN_WORDS_TO_JUDGE && syllables < MIN_SYLLABLE_SHARE * judged);
}

/**
 * pdf.js's Unicode normalisation, except that the micro sign stays itself: it is TCVN3's "à" (0xB5), which NFKC would
 * turn into a Greek mu before the legacy-font converter sees it. `withoutTcvn3Glyphs` finishes the job on other pages.
 */
function normalizeKeepingMicro(normalize: (text: string) => string, text: string): string {
  return text.includes(MICRO_SIGN) ? text.split(MICRO_SIGN).map(normalize).join(MICRO_SIGN) : normalize(text);
}
const MICRO_SIGN = "\u00b5";

/** A page not in TCVN3: the soft hyphen is the invisible mark it is (dropped) and the micro sign the Greek mu NFKC makes it. */
function withoutTcvn3Glyphs(text: string): string {
  return text.includes(SOFT_HYPHEN) || text.includes(MICRO_SIGN) ? text.replaceAll(SOFT_HYPHEN, "").replaceAll(MICRO_SIGN, "\u03bc") : text;
}

/** Fewer words than this say nothing about whether a page's text lost its marks (a title, a stamp). */
const MIN_WORDS_FOR_MARKS = 30;
/**
 * Vietnamese text carries a mark (tone, hat, horn, đ) on most of its words: eight in ten and more on every text layer
 * we have, a table page of abbreviations and figures still well over half. OCR run without the Vietnamese model gives
 * the odd Latin-1 accent (two words in ten); text typed without marks none.
 */
const MAX_MARKED_WORD_SHARE = 0.4;
/** Share of words that must have a syllable's letters: unmarked Vietnamese nine in ten and more, English text two. */
const MIN_UNMARKED_SYLLABLE_SHARE = 0.7;

/**
 * Whether a page's text is Vietnamese stripped of its marks (or OCR misreadings of it): few words carry a mark, and
 * most have the letters of a Vietnamese syllable.
 */
export function isUnaccentedVietnamese(text: string | PageText): boolean {
  const words = (typeof text === "string" ? new PageText(text) : text).words;
  const marked = words.filter((word) => NON_ASCII.test(word)).length;
  // A page with its marks (most pages) is told by the count alone, without the syllable check of every word.
  if (words.length < MIN_WORDS_FOR_MARKS || marked >= MAX_MARKED_WORD_SHARE * words.length) return false;
  const syllables = words.filter(couldBeUnmarkedSyllable).length;
  return syllables >= MIN_UNMARKED_SYLLABLE_SHARE * words.length;
}

/** Fewer characters than this on a page that has images means the words are in the images. */
const MIN_TEXT_CHARS = 40;
/**
 * A page mostly covered by images whose text boxes cover less than this share of it is an image with a text stamp on
 * it (an e-signature's "SAO Y … 03/02/2026", a page number): the words are in the image. A page of running text
 * covers a fifth to a half of the page; a scan's invisible OCR layer covers as much as the words it sits on.
 */
const MAX_STAMP_TEXT_COVERAGE = 0.05;
/** Image coverage from which a page counts as a picture of a page (a scan). */
const IMAGE_PAGE_COVERAGE = 0.5;

/** Why a page is read by OCR under `--ocr auto`, or "text" when its text layer is used. */
export type TextLayerVerdict = "text" | "no-text" | "unaccented" | "garbled" | "stamp-only";
export type UntrustedVerdict = Exclude<TextLayerVerdict, "text" | "no-text">;

export function textLayerVerdict(signals: PageSignals): TextLayerVerdict {
  if (signals.textChars === 0) return "no-text";
  // Only over a picture of the page: there the image holds the true words and OCR can read them with their marks.
  // Text typed without marks on a page of text (rare: an old web page printed to PDF) is all there is: it stays text.
  if (signals.unaccented && signals.imageCoverage > IMAGE_PAGE_COVERAGE) return "unaccented";
  if (signals.garbled) return "garbled";
  if (signals.imageCount > 0 && signals.textChars < MIN_TEXT_CHARS && signals.imageCoverage > 0.3) return "stamp-only";
  if (signals.imageCoverage > IMAGE_PAGE_COVERAGE && signals.textCoverage < MAX_STAMP_TEXT_COVERAGE) return "stamp-only";
  return "text";
}

export function needsOcr(signals: PageSignals, mode: PdfReadOptions["ocr"]): boolean {
  return mode === "always" || textLayerVerdict(signals) !== "text";
}

/** OCR (tesseract.js) is loaded only when a page needs it. */
async function loadOcr(): Promise<typeof import("./ocr.js")> {
  ocrLoaded = true;
  return import("./ocr.js");
}

let ocrLoaded = false;

/** Ends the OCR worker threads if any were started, so the process can exit. */
export async function releasePdfReader(): Promise<void> {
  if (ocrLoaded) await (await import("./ocr.js")).terminateOcrWorkers();
}

/** The text layer of every page, with what the OCR decision needs. Exposed for tests and for the bench. */
export async function readPdfPages(
  data: Uint8Array,
  options: Pick<PdfReadOptions, "password" | "maxPages" | "maxDecompressedBytes" | "maxPageOperators">,
  /** Called as each page's signals are known, with the file's page count. */
  onPage?: (signals: PageSignals, pageCount: number) => Promise<void> | void,
): Promise<{ pages: PageContent[]; signals: PageSignals[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const maxOperators = options.maxPageOperators ?? DEFAULT_MAX_PAGE_OPERATORS;
  checkInflatedSize(data, options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES);
  const { pdfjs, doc } = await openPdf(data, options.password, maxOperators);
  const pages: PageContent[] = [];
  const signals: PageSignals[] = [];
  try {
    if (doc.numPages > maxPages) {
      throw new LimitError(String(maxPages), "--max-pages", `PDF has ${doc.numPages} pages`);
    }
    const fontCache = new Map<string, FontInfo>();
    for (let n = 1; n <= doc.numPages; n++) {
      let extracted: Awaited<ReturnType<typeof extractPage>>;
      try {
        extracted = await extractPage(pdfjs, doc, n, fontCache, maxOperators);
      } catch (error) {
        if (error instanceof InputError) throw error;
        diagnostics.push({ severity: "warning", code: "pdf-page-unreadable", message: `page ${n} could not be read: ${firstLine(error instanceof Error ? error.message : String(error))}`, where: { page: n } });
        extracted = { content: { page: n, width: 595, height: 842, items: [], rulings: [], ocr: false }, imageCoverage: 1, imageCount: 1 };
      }
      const { content } = extracted;
      let legacyConverted = false;
      const pageText = content.items.map((i) => i.text).join(" ");
      const legacy = pageText.trim() === "" ? null : detectLegacyVietnamese(pageText);
      let legacyDiagnostic: Diagnostic | undefined;
      let restoredDiagnostic: Diagnostic | undefined;
      if (legacy) {
        // Converted as one text (items alone are too short for the detector), then split back item by item.
        const converted = convertLegacyVietnamese(content.items.map((i) => i.text.replace(/\n/g, " ")).join("\n")).value.split("\n");
        // The pieces of a run hold the text before its conversion: the converted run stays whole.
        if (converted.length === content.items.length) content.items.forEach((item, k) => {
          item.text = converted[k]!;
          delete item.pieces;
        });
        legacyConverted = true;
        legacyDiagnostic = { severity: "info", code: "legacy-font-converted", message: `page ${n}: text in the legacy Vietnamese font encoding ${legacy} was converted to Unicode`, where: { page: n } };
        if (legacy === "tcvn3" && !content.items.some((item) => hasToneLessUhorn(item.text))) restoredDiagnostic = restoreUhorn(content.items, n);
      }
      const tcvn3GlyphsDropped = legacy !== "tcvn3" && content.items.some((item) => withoutTcvn3Glyphs(item.text) !== item.text);
      if (tcvn3GlyphsDropped) {
        for (const item of content.items) {
          item.text = withoutTcvn3Glyphs(item.text);
          if (item.pieces) item.pieces = item.pieces.map((piece) => ({ ...piece, text: withoutTcvn3Glyphs(piece.text) })).filter((piece) => piece.text.trim() !== "");
        }
        content.items = content.items.filter((item) => item.text.trim() !== "");
      }
      const readText = legacyConverted || tcvn3GlyphsDropped ? content.items.map((i) => i.text).join(" ") : pageText;
      const judged = new PageText(readText);
      const garbled = isGarbledText(judged);
      const unaccented = !legacyConverted && isUnaccentedVietnamese(judged);
      // A conversion that still leaves the page unreadable was not the page's encoding: the page goes to OCR instead.
      if (legacyDiagnostic && !garbled) diagnostics.push(legacyDiagnostic, ...(restoredDiagnostic ? [restoredDiagnostic] : []));
      const pageArea = content.width * content.height;
      const textArea = content.items.reduce((sum, item) => sum + item.width * item.height, 0);
      const pageSignals: PageSignals = {
        page: n,
        textChars: judged.compact.length,
        imageCoverage: extracted.imageCoverage,
        imageCount: extracted.imageCount,
        legacyConverted,
        garbled,
        unaccented,
        textCoverage: pageArea > 0 ? Math.min(1, textArea / pageArea) : 0,
      };
      signals.push(pageSignals);
      pages.push(content);
      markOcr?.("text-layer", n);
      if (onPage) {
        await onPage(pageSignals, doc.numPages);
        // pdf.js talks to its in-thread worker through promises only: without a turn of the event loop between pages,
        // nothing else runs until the whole file is read (the OCR started for a page, a child process's exit, a timer).
        await nextTurn();
      }
    }
  } catch (error) {
    await doc.destroy().catch(() => undefined);
    if (error instanceof InputError) throw error;
    throw toInputError(error, options.password);
  }
  await doc.destroy().catch(() => undefined);
  return { pages, signals, diagnostics };
}

type OcrResult = Awaited<ReturnType<(typeof import("./ocr.js"))["ocrPdfPages"]>>;

function ocrOptions(options: PdfReadOptions): import("./ocr.js").OcrOptions {
  return {
    ...(options.ocrConcurrency !== undefined ? { concurrency: options.ocrConcurrency } : {}),
    ...(options.ocrEngine !== undefined ? { engine: options.ocrEngine } : {}),
  };
}

/** Why a page's text layer is set aside (or, with OCR off, kept though it is not to be trusted). */
function untrustedTextDiagnostic(page: number, verdict: UntrustedVerdict, mode: PdfReadOptions["ocr"]): Diagnostic {
  const why = {
    garbled: "its text layer does not read as Vietnamese (fonts that map glyphs to the wrong characters)",
    unaccented: "its text layer over the page's image is Vietnamese without its marks (\"Ke hoach\" for \"Kế hoạch\": OCR made without the Vietnamese model)",
    "stamp-only": "its text layer is a small stamp on a page that is an image",
  }[verdict];
  if (mode === "never") {
    return { severity: "warning", code: `text-layer-${verdict}`, message: `page ${page}: ${why}, and OCR is off (--ocr never): its text is likely wrong or missing`, where: { page } };
  }
  return { severity: "info", code: `text-layer-${verdict}`, message: `page ${page}: ${why}: read by OCR instead`, where: { page } };
}

/** One diagnostic for all the blank pages of a file (a duplex scan has one behind every page). */
function blankPagesDiagnostic(blank: readonly number[]): Diagnostic {
  const list = blank.length === 1 ? `page ${blank[0]} is` : `pages ${blank.join(", ")} are`;
  return { severity: "info", code: "blank-pages", message: `${list} blank (no ink found when rendered): skipped, not read by OCR`, where: { page: blank[0]! } };
}

export async function readPdf(data: Uint8Array, options: PdfReadOptions): Promise<Result<DocumentModel>> {
  const maxOcrPages = options.maxOcrPages ?? DEFAULT_MAX_OCR_PAGES;
  // Pages that need OCR go to it as the text layer finds them, when the file cannot hold more of them than
  // --max-ocr-pages allows (otherwise the whole file is read first, so that the limit refuses it before any OCR).
  let feed: PageFeed | undefined;
  let streamed: Promise<OcrResult> | undefined;
  const onPage = async (page: PageSignals, pageCount: number): Promise<void> => {
    if (options.ocr === "never" || pageCount > maxOcrPages || !needsOcr(page, options.ocr)) return;
    if (feed) return feed.push(page.page);
    const opened = new PageFeed(pageCount - page.page + 1);
    feed = opened;
    streamed = loadOcr().then((ocr) => ocr.ocrPdfPages(data, opened, ocrOptions(options)));
    // Awaited below; until then a failure (no native tesseract) must not count as unhandled.
    const settled = streamed.then(() => undefined, () => undefined);
    opened.push(page.page);
    await Promise.race([opened.firstTaken, settled]);
  };
  let read: Awaited<ReturnType<typeof readPdfPages>>;
  try {
    read = await readPdfPages(data, options, onPage);
  } catch (error) {
    feed?.end();
    await streamed?.catch(() => undefined);
    throw error;
  }
  feed?.end();
  const { pages, signals, diagnostics } = read;
  const ocrPages: number[] = [];
  const handwriting: NonNullable<DocumentModel["source"]["handwriting"]> = [];
  let ocrEngine: OcrEngineName | undefined;
  const wanted: number[] = [];
  for (const page of signals) {
    const verdict = textLayerVerdict(page);
    if (verdict !== "text" && verdict !== "no-text") diagnostics.push(untrustedTextDiagnostic(page.page, verdict, options.ocr));
    if (options.ocr === "always" || verdict !== "text") wanted.push(page.page);
  }
  if (wanted.length > 0) {
    if (options.ocr === "never") {
      for (const page of wanted) {
        if (textLayerVerdict(signals[page - 1]!) !== "no-text") continue;
        diagnostics.push({ severity: "warning", code: "scanned-page", message: `page ${page} has no usable text layer and OCR is off (--ocr never): its text is missing`, where: { page } });
      }
    } else {
      if (wanted.length > maxOcrPages) {
        throw new LimitError(`${maxOcrPages} OCR pages`, "--max-ocr-pages", `${wanted.length} pages need OCR`);
      }
      const result = await (streamed ?? loadOcr().then((ocr) => ocr.ocrPdfPages(data, wanted, ocrOptions(options))));
      if (result.pages.length > 0) ocrEngine = result.engine;
      diagnostics.push(...result.diagnostics);
      if (result.blankPages.length > 0) diagnostics.push(blankPagesDiagnostic(result.blankPages));
      for (const ocrPage of result.pages) {
        const index = pages.findIndex((p) => p.page === ocrPage.page);
        if (index < 0) continue;
        // The text layer's drawn rulings stay useful when a scan also carries vector borders, unless OCR turned the
        // page (a sheet fed upside down or sideways): they are where the unturned page has them.
        const original = pages[index]!;
        const keepOriginal = ocrPage.rulings.length === 0 && !ocrPage.turned;
        pages[index] = { ...ocrPage, rulings: keepOriginal ? original.rulings : ocrPage.rulings, ocr: true };
        ocrPages.push(ocrPage.page);
        handwriting.push(...(ocrPage.handwriting ?? []));
      }
    }
  }

  const layout = layoutPages(pages);
  diagnostics.push(...layout.diagnostics);
  return {
    value: { type: "root", children: layout.value, source: { format: "pdf", pages: pages.length, ocrPages: ocrPages.sort((a, b) => a - b), ...(ocrEngine ? { ocrEngine } : {}), ...(handwriting.length > 0 ? { handwriting } : {}) } },
    diagnostics,
  };
}

/**
 * A TCVN3 page without a single "ư" lost them to its producer (see `restoreDroppedTcvn3Uhorn`): those its syllables
 * cannot be without are put back; the warning is said only where the conversion stands (a garbled page goes to OCR).
 */
function restoreUhorn(items: { text: string }[], page: number): Diagnostic | undefined {
  // As one text, as converted (a word may run over two items); the restoration adds no line break.
  const { value, count: restored } = restoreDroppedTcvn3Uhorn(items.map((item) => item.text).join("\n"));
  const texts = value.split("\n");
  if (restored === 0 || texts.length !== items.length) return undefined;
  items.forEach((item, k) => {
    item.text = texts[k]!;
  });
  return {
    severity: "warning",
    code: "legacy-font-letter-restored",
    message: `page ${page}: the TCVN3 text layer has no "ư" (its code is the soft hyphen's, which the PDF's producer did not draw): restored in ${restored} words that cannot be without it ("phơng" → "phương", "nh" → "như"); words that can ("ngời", "cha") are left as read`,
    where: { page },
  };
}
