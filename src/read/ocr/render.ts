/**
 * Rasterising PDF pages for OCR with what pdf-parse already brings: pdf.js (legacy build, no DOM needed) drawing onto
 * an @napi-rs/canvas canvas, then levelled (`./deskew.ts`) by rotating the canvas. The result is an 8-bit grey image;
 * it goes to tesseract as a PGM, which leptonica reads directly, where PNG would spend ~150 ms per page compressing.
 * A scanned page's JPEG is decoded natively (`installNativeJpegDecoder`): pdf.js's worker runs on this thread through
 * a `CopyingLoopbackPort` that keeps every operator list whole and decodes the JPEGs it carries on their way.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { decodeJpeg, EncodedJpeg, installNativeJpegDecoder, restoreBuiltinPush, loadCanvasWithoutFontScan, loadSystemFonts } from "../pdfjs-env.js";
import { CopyingLoopbackPort } from "../pdfjs-port.js";
import { paperStretchOf, stretchedHistogram, stretchGrey } from "./contrast.js";
import { estimateSkew, inkPixels } from "./deskew.js";
import { isSideways, isUpsideDown, type QuarterTurns } from "./orientation.js";
import { spreadCut } from "./spread.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
type NapiCanvas = typeof import("@napi-rs/canvas");
type PdfWorker = InstanceType<PdfJs["PDFWorker"]>;
type NapiCanvasInstance = import("@napi-rs/canvas").Canvas;
type WorkerPort = Parameters<PdfJs["PDFWorker"]["create"]>[0]["port"];

export interface RenderedPage {
  page: number;
  /** Page size in PDF points as the text layer reports it (viewport at scale 1, page rotation applied). */
  widthPt: number;
  heightPt: number;
  widthPx: number;
  heightPx: number;
  /** Grey levels, row by row, of the page after deskewing (0 black, 255 white). */
  gray: Uint8Array;
  /** How many pixels of `gray` have each grey level (256 counts), as made here: for its paper level. */
  histogram: Uint32Array;
  /** Rotation applied to level the page, radians, clockwise on screen. */
  skew: number;
  /**
   * Quarter turns clockwise applied before levelling, for a sheet fed upside down or sideways (`./orientation.ts`);
   * the sizes above are the turned page's.
   */
  turns: QuarterTurns;
  /**
   * True when the sheet held two pages side by side (`./spread.ts`): the image is its left page with its right page
   * set below it, and the sizes above are the two stacked.
   */
  stacked?: boolean;
  /** 1 where the page holds dark ink of a colour other than grey or red (handwriting in pen, a signature), else 0. */
  colouredInk: Uint8Array;
}

let pdfjsPromise: Promise<PdfJs> | undefined;
let canvasPromise: Promise<NapiCanvas> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  if (!pdfjsPromise) loadCanvasWithoutFontScan();
  pdfjsPromise ??= import("pdfjs-dist/legacy/build/pdf.mjs").then((pdfjs) => {
    restoreBuiltinPush();
    return pdfjs;
  });
  return pdfjsPromise;
}

/** The worker half of pdf.js, which parses the PDF; on Node it runs on this thread. */
interface PdfJsWorkerModule {
  WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}

let workerPromise: Promise<PdfWorker> | undefined;

/** One pdf.js worker for every document rendered here, on this thread (see the module comment). */
function renderingWorker(pdfjs: PdfJs): Promise<PdfWorker> {
  workerPromise ??= (async () => {
    installNativeJpegDecoder();
    // (Written `as string`: the worker module has no type declarations; a literal still, for the bundler.)
    const { WorkerMessageHandler } = (await import("pdfjs-dist/legacy/build/pdf.worker.mjs" as string)) as PdfJsWorkerModule;
    restoreBuiltinPush();
    const port = new CopyingLoopbackPort({
      keepArgsOf: "all",
      prepare: (transferred) => (transferred instanceof EncodedJpeg ? decodeJpeg(transferred) : undefined),
    });
    const worker = pdfjs.PDFWorker.create({ port: port as unknown as WorkerPort, verbosity: pdfjs.VerbosityLevel.ERRORS });
    WorkerMessageHandler.initializeFromPort(port);
    await worker.promise;
    return worker;
  })().catch((error: unknown) => {
    workerPromise = undefined;
    throw error;
  });
  return workerPromise;
}

export function loadCanvas(): Promise<NapiCanvas> {
  canvasPromise ??= import("@napi-rs/canvas");
  return canvasPromise;
}

/** Fonts, CMaps and the JPEG 2000 decoder come from node_modules: pdf.js must never fetch them. */
function pdfjsAssets(): { standardFontDataUrl: string; cMapUrl: string; wasmUrl: string } {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve("pdfjs-dist/package.json"));
  return {
    standardFontDataUrl: path.join(root, "standard_fonts") + path.sep,
    cMapUrl: path.join(root, "cmaps") + path.sep,
    wasmUrl: path.join(root, "wasm") + path.sep,
  };
}

/** A page as drawn, grey, before it is levelled. */
export interface DrawnPage extends Omit<RenderedPage, "skew" | "turns"> {
  /** What it was drawn on, for levelling (which hands it back to be drawn on again). */
  canvas: NapiCanvasInstance;
}

/** Whether an RGBA drawing is blank; `greyAt(rgba, i)` is pixel i's grey as the grey image would hold it. */
export type BlankTest = (rgba: Uint8ClampedArray, width: number, height: number) => boolean;

export interface PdfRenderer {
  pageCount: number;
  /** The page drawn at `dpi` and levelled. */
  render(page: number, dpi: number): Promise<RenderedPage>;
  /**
   * The page drawn at `dpi`, not yet levelled. With `blank`, the drawing is first asked whether it is blank, in its
   * own colours (`greyAt` gives each pixel's grey), and "blank" comes back without the grey image being made.
   */
  draw(page: number, dpi: number): Promise<DrawnPage>;
  draw(page: number, dpi: number, blank: BlankTest): Promise<DrawnPage | "blank">;
  /** A drawn page levelled (`./deskew.ts`). */
  level(drawn: DrawnPage): Promise<RenderedPage>;
  close(): Promise<void>;
}

export async function openForRendering(data: Uint8Array): Promise<PdfRenderer> {
  const [pdfjs, canvasLib] = await Promise.all([loadPdfJs(), loadCanvas()]);
  // Drawing may write text in a system font: the fonts @napi-rs/canvas was loaded without (`loadCanvasWithoutFontScan`),
  // registered when the first text is written or measured (a scan's pages are images: most never write any).
  loadSystemFontsBeforeText(canvasLib);
  const worker = await renderingWorker(pdfjs);
  const task = pdfjs.getDocument({
    worker,
    // pdf.js detaches the buffer it is handed; the caller (the text-layer reader) keeps using its own.
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isImageDecoderSupported: true,
    ...pdfjsAssets(),
    cMapPacked: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw error;
  }
  // Canvases of pages already prepared, drawn on again when the next page has the same size (a scan's pages mostly
  // do): the first fill of a new canvas's memory cost as much CPU as the rest of a blank page's drawing, a reused one
  // almost nothing. Every pixel is painted again (pdf.js fills the background first, levelling fills with white),
  // and the transform starts as on a new canvas.
  const spare: NapiCanvasInstance[] = [];
  const takeCanvas = (width: number, height: number): NapiCanvasInstance => {
    const i = spare.findIndex((c) => c.width === width && c.height === height);
    if (i < 0) return canvasLib.createCanvas(width, height);
    const [canvas] = spare.splice(i, 1);
    canvas!.getContext("2d").setTransform(1, 0, 0, 1, 0, 0);
    return canvas!;
  };
  const giveBack = (canvas: NapiCanvasInstance): void => {
    spare.unshift(canvas);
    spare.length = Math.min(spare.length, SPARE_CANVASES);
  };
  const draw = async (pageNumber: number, dpi: number, blank?: BlankTest): Promise<DrawnPage | "blank"> => {
    const page = await doc.getPage(pageNumber);
    try {
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: dpi / 72 });
      const widthPx = Math.max(1, Math.ceil(viewport.width));
      const heightPx = Math.max(1, Math.ceil(viewport.height));
      const canvas = takeCanvas(widthPx, heightPx);
      const context = canvas.getContext("2d");
      // pdf.js types its parameters with the DOM's canvas; @napi-rs/canvas implements the same 2D API.
      await page.render({
        canvas: null,
        canvasContext: context as unknown as CanvasRenderingContext2D,
        viewport,
        background: "rgb(255,255,255)",
      }).promise;
      const rgba = pixelsOf(canvas, canvasLib);
      // The back of a duplex sheet is asked first: most of a blank page's cost after drawing was its grey image.
      if (blank?.(rgba, widthPx, heightPx)) {
        giveBack(canvas);
        return "blank";
      }
      const colouredInk = new Uint8Array(widthPx * heightPx);
      const histogram = new Uint32Array(256);
      const gray = toGray(rgba, widthPx, heightPx, colouredInk, histogram);
      return { page: pageNumber, widthPt: base.width, heightPt: base.height, widthPx, heightPx, gray, histogram, colouredInk, canvas };
    } finally {
      page.cleanup();
    }
  };
  const level = async (drawn: DrawnPage): Promise<RenderedPage> => {
    const { page } = drawn;
    let { widthPt, heightPt, widthPx, heightPx, canvas } = drawn;
    let gray = drawn.gray;
    let colouredInk = drawn.colouredInk;
    let turns: QuarterTurns = 0;
    await yieldToEvents();
    // Each grey image's levels are counted as it is made (`toGray`), and a stretch moves whole levels: the stretched
    // image's counts follow from them, for its ink count and its paper level, without a pass over its pixels.
    const stretch = paperStretchOf(drawn.histogram, gray.length);
    stretchGrey(gray, stretch);
    let histogram = stretchedHistogram(drawn.histogram, stretch);
    // The page's ink, read once for the sideways test and the skew search (again if the page is turned).
    let ink = inkPixels(gray, widthPx, heightPx, histogram);
    if (isSideways(gray, widthPx, heightPx, ink)) {
      // Turned a quarter clockwise here; a page that was fed the other way is then upside down, turned below.
      const turned = takeCanvas(heightPx, widthPx);
      const turnContext = turned.getContext("2d");
      turnContext.translate(heightPx, 0);
      turnContext.rotate(Math.PI / 2);
      turnContext.drawImage(canvas, 0, 0);
      giveBack(canvas);
      canvas = turned;
      [widthPx, heightPx, widthPt, heightPt] = [heightPx, widthPx, heightPt, widthPt];
      colouredInk = new Uint8Array(widthPx * heightPx);
      histogram = new Uint32Array(256);
      gray = toGray(pixelsOf(turned, canvasLib), widthPx, heightPx, colouredInk, histogram);
      stretchGrey(gray, stretch);
      histogram = stretchedHistogram(histogram, stretch);
      turns = 1;
      ink = inkPixels(gray, widthPx, heightPx, histogram);
      await yieldToEvents();
    }
    const cut = turns === 0 ? spreadCut(gray, widthPx, heightPx, (72 * widthPx) / widthPt) : null;
    if (cut !== null) {
      // The right page set under the left one: one page of the document's order, lines no longer side by side.
      const stackedWidth = Math.max(cut, widthPx - cut);
      const stacked = takeCanvas(stackedWidth, 2 * heightPx);
      const stackContext = stacked.getContext("2d");
      stackContext.fillStyle = "#ffffff";
      stackContext.fillRect(0, 0, stackedWidth, 2 * heightPx);
      stackContext.drawImage(canvas, 0, 0, cut, heightPx, 0, 0, cut, heightPx);
      stackContext.drawImage(canvas, cut, 0, widthPx - cut, heightPx, 0, heightPx, widthPx - cut, heightPx);
      giveBack(canvas);
      canvas = stacked;
      [widthPt, heightPt] = [(widthPt * stackedWidth) / widthPx, 2 * heightPt];
      [widthPx, heightPx] = [stackedWidth, 2 * heightPx];
      colouredInk = new Uint8Array(widthPx * heightPx);
      histogram = new Uint32Array(256);
      gray = toGray(pixelsOf(stacked, canvasLib), widthPx, heightPx, colouredInk, histogram);
      stretchGrey(gray, stretch);
      histogram = stretchedHistogram(histogram, stretch);
      ink = inkPixels(gray, widthPx, heightPx, histogram);
      await yieldToEvents();
    }
    const skew = estimateSkew(gray, widthPx, heightPx, ink);
    await yieldToEvents();
    // Below ~0.05° a line drifts less than 1.5 px across the page: not worth a resampling.
    if (Math.abs(skew) >= MIN_SKEW) {
      const levelled = takeCanvas(widthPx, heightPx);
      const levelContext = levelled.getContext("2d");
      levelContext.fillStyle = "#ffffff";
      levelContext.fillRect(0, 0, widthPx, heightPx);
      levelContext.translate(widthPx / 2, heightPx / 2);
      levelContext.rotate(skew);
      levelContext.drawImage(canvas, -widthPx / 2, -heightPx / 2);
      colouredInk = new Uint8Array(widthPx * heightPx);
      histogram = new Uint32Array(256);
      gray = toGray(pixelsOf(levelled, canvasLib), widthPx, heightPx, colouredInk, histogram);
      stretchGrey(gray, stretch);
      histogram = stretchedHistogram(histogram, stretch);
      giveBack(levelled);
    }
    giveBack(canvas);
    await yieldToEvents();
    if (isUpsideDown(gray, widthPx, heightPx)) {
      // Half a turn is every pixel in reverse order: no resampling.
      gray.reverse();
      colouredInk.reverse();
      turns = turns === 1 ? 3 : 2;
    }
    return { page, widthPt, heightPt, widthPx, heightPx, gray, histogram, colouredInk, skew: Math.abs(skew) >= MIN_SKEW ? skew : 0, turns, ...(cut !== null ? { stacked: true } : {}) };
  };
  return {
    pageCount: doc.numPages,
    draw: draw as PdfRenderer["draw"],
    level,
    render: async (pageNumber, dpi) => level((await draw(pageNumber, dpi)) as DrawnPage),
    async close(): Promise<void> {
      await doc.destroy();
    },
  };
}

const MIN_SKEW = (0.05 * Math.PI) / 180;

/** The canvas methods that look fonts up, on every 2D context (pdf.js's own scratch canvases too). */
const TEXT_METHODS = ["fillText", "strokeText", "measureText"] as const;
let textHooked = false;

/**
 * `loadSystemFonts` done by the first call of a method that writes or measures text, before it runs, and the methods
 * put back then. Registering the system's fonts scans its font folders (a tenth of a second of a scan's start, before
 * its first page is drawn), which a page drawn from images alone never needs; the canvas looks a font up when text is
 * written or measured, so every such call still finds the same fonts registered.
 */
function loadSystemFontsBeforeText(canvasLib: NapiCanvas): void {
  if (textHooked) return;
  textHooked = true;
  type TextMethods = Record<(typeof TEXT_METHODS)[number], (...args: unknown[]) => unknown>;
  const prototype = Object.getPrototypeOf(canvasLib.createCanvas(1, 1).getContext("2d")) as TextMethods;
  const originals = TEXT_METHODS.map((name) => [name, prototype[name]] as const);
  const restore = (): void => {
    for (const [name, original] of originals) prototype[name] = original;
    loadSystemFonts(canvasLib);
  };
  for (const [name, original] of originals) {
    prototype[name] = function (this: unknown, ...args: unknown[]): unknown {
      restore();
      return original.apply(this, args);
    };
  }
}

/**
 * The canvas's pixels as `getImageData` gives them (RGBA, not premultiplied), read for the moment only: before the
 * canvas is drawn on again. `getImageData` copies the whole page and undoes the alpha premultiplication of every
 * pixel, about as costly as the grey conversion itself; a drawn page is opaque (pdf.js paints its white background
 * first, levelling fills with white), and an opaque pixel's premultiplied bytes are its bytes, so the canvas's own
 * memory (`data()`, no copy) is read instead, when it holds RGBA in that order and every pixel is opaque.
 */
function pixelsOf(canvas: NapiCanvasInstance, canvasLib: NapiCanvas): Uint8ClampedArray {
  const { width, height } = canvas;
  if (rawIsRgba(canvasLib)) {
    const raw = canvas.data();
    if (raw.length === 4 * width * height && raw.byteOffset % 4 === 0 && allOpaque(new Uint32Array(raw.buffer, raw.byteOffset, width * height))) {
      return new Uint8ClampedArray(raw.buffer, raw.byteOffset, raw.length);
    }
  }
  return canvas.getContext("2d").getImageData(0, 0, width, height).data;
}

/** Whether every pixel's alpha byte (its last: the top byte of its 32 bits on a little-endian machine) is 255. */
function allOpaque(pixels: Uint32Array): boolean {
  for (let i = 0; i < pixels.length; i++) if (pixels[i]! >>> 24 !== 255) return false;
  return true;
}

let rawRgba: boolean | undefined;

/**
 * Whether a canvas's `data()` holds what `getImageData` gives for an opaque pixel, byte for byte, on this machine (the
 * library's pixel format, the machine's byte order for `allOpaque`): asked once, of one pixel of a known colour.
 */
function rawIsRgba(canvasLib: NapiCanvas): boolean {
  if (rawRgba === undefined) {
    const probe = canvasLib.createCanvas(1, 1);
    const context = probe.getContext("2d");
    context.fillStyle = "rgb(10,20,30)";
    context.fillRect(0, 0, 1, 1);
    const raw = probe.data();
    const drawn = context.getImageData(0, 0, 1, 1).data;
    rawRgba = raw.length === 4 && [0, 1, 2, 3].every((i) => raw[i] === drawn[i]) && drawn[0] === 10 && drawn[3] === 255 && new Uint32Array(new Uint8Array(raw).buffer)[0]! >>> 24 === 255;
  }
  return rawRgba;
}

/** A page's drawing and its levelled copy: the two canvases one page needs. */
const SPARE_CANVASES = 2;

/**
 * Lets the event loop run between long synchronous steps of the main thread (rendering, skew, rulings): an OCR
 * worker that has finished its page is handed the next one then, not after the whole page is prepared.
 */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How much red must exceed green and blue for a pixel to be seal ink (alone or over print) rather than print. */
const RED_DROPOUT = 30;
/**
 * The red channel that reads as paper in print under a seal (seals and received stamps scan at about 160–250 in red):
 * the red channel is stretched from it, so that the faint edges of letters under a seal stay light and only their
 * strokes read as ink.
 */
const SEAL_RED = 160;
/**
 * How far around a seal-red pixel (px, at the 150–300 dpi pages are drawn at) the seal's own ink is looked for: past
 * the half-width of a bold stroke, so that a letter under a ring finds the ring's ink beside it.
 */
const SEAL_REACH = 5;
/**
 * A seal-red pixel is print under the seal when its red channel is below this share of the seal's own ink around it
 * (the reddest seal-red pixel within `SEAL_REACH`): a stamp multiplies the print under it, so black print and its
 * anti-aliased edges keep a small share of the seal's red, while a real seal's own ink, uneven with its pressure and
 * texture, keeps most of the red of its brightest ink around. Seal ink left grey is found as a ruling where a ring
 * runs along a table border, and as letters' strokes where it crosses them.
 */
const PRINT_UNDER_SEAL = 0.75;

/**
 * The grey of print under a seal: its red channel, where the seal's red is nearly transparent. A seal or received
 * stamp multiplies the paper and the print under it; the print keeps its darkness in the red channel, and so do the
 * anti-aliased edges of letters under the stamp (made white, they would break the digits of a number it covers).
 */
function sealRedGrey(red: number): number {
  return red >= SEAL_RED ? 255 : (red * 255) / SEAL_RED;
}

/** Whether RGBA pixel i is seal red: red well above green and blue (a seal's ink, alone or over print). */
function isSealRed(rgba: Uint8ClampedArray | Uint8Array, i: number): boolean {
  const p = 4 * i;
  const red = rgba[p]!;
  return red - Math.max(rgba[p + 1]!, rgba[p + 2]!) > RED_DROPOUT;
}

/** Grey below which a pixel that is not seal red is a letter's stroke: where print under a seal is reached from. */
const PRINT_STROKE = 128;

/**
 * Print under a seal put back into `out` (`toGray`'s image, where every seal-red pixel is paper). Of `candidates`
 * (seal-red pixels dark in red), those much darker in red than the seal's own ink around them are print under the
 * seal when they join print outside it: reached from a letter's stroke (dark in every channel, not seal red) through
 * such pixels, as a letter the ring crosses goes on under it. They get the grey of their red channel. The rest of the
 * seal stays paper, its texture too (a real seal's ink is uneven); a page without seal red is not touched.
 * `histogram` (the grey levels of `out` counted) is kept up to date.
 */
function restorePrintUnderSeal(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number, candidates: readonly number[], out: Uint8Array, histogram: Uint32Array): void {
  const underSeal = new Set<number>();
  for (const i of candidates) {
    const x = i % width;
    const y = (i - x) / width;
    let sealInk = 0;
    for (let yy = Math.max(0, y - SEAL_REACH); yy <= Math.min(height - 1, y + SEAL_REACH); yy++) {
      for (let xx = Math.max(0, x - SEAL_REACH); xx <= Math.min(width - 1, x + SEAL_REACH); xx++) {
        const j = yy * width + xx;
        const red = rgba[4 * j]!;
        if (red > sealInk && isSealRed(rgba, j)) sealInk = red;
      }
    }
    if (rgba[4 * i]! < PRINT_UNDER_SEAL * sealInk) underSeal.add(i);
  }
  const isStroke = (j: number): boolean => out[j]! < PRINT_STROKE && !isSealRed(rgba, j);
  const neighbours = (i: number): number[] => {
    const x = i % width;
    const y = (i - x) / width;
    const around: number[] = [];
    for (let yy = Math.max(0, y - 1); yy <= Math.min(height - 1, y + 1); yy++) {
      for (let xx = Math.max(0, x - 1); xx <= Math.min(width - 1, x + 1); xx++) if (yy !== y || xx !== x) around.push(yy * width + xx);
    }
    return around;
  };
  const reached: number[] = [...underSeal].filter((i) => neighbours(i).some(isStroke));
  for (const i of reached) underSeal.delete(i);
  for (let k = 0; k < reached.length; k++) {
    for (const j of neighbours(reached[k]!)) {
      if (!underSeal.delete(j)) continue;
      reached.push(j);
    }
  }
  for (const i of reached) {
    const alpha = rgba[4 * i + 3]!;
    const luma = sealRedGrey(rgba[4 * i]!);
    const grey = Math.round(alpha === 255 ? luma : luma * (alpha / 255) + 255 * (1 - alpha / 255));
    histogram[out[i]!]!--;
    histogram[grey]!++;
    out[i] = grey;
  }
}

/**
 * How far the strongest channel must exceed the weakest for a dark pixel to be coloured ink. Black and grey print in a
 * colour JPEG scan stays within a few tens (chroma noise around the letters); pen ink is a hundred or more apart.
 */
const COLOURED_INK = 60;
/** Dark enough to be a stroke of pen ink rather than its anti-aliased edge or a tint. */
const COLOURED_INK_LUMA = 170;

/**
 * RGBA (over white) → grey with ITU-R BT.601 luma, red ink dropped out and the print under it kept
 * (`restorePrintUnderSeal`). When `colouredInk` is given, dark ink of another colour (blue or violet pen: handwritten
 * numbers and days, signatures) is dropped out as well, and marked 1 there. `histogram`, when given (256 zeros), gets
 * the image's grey levels counted, for the steps that would otherwise count them again (paper level, stretch, ink).
 */
export function toGray(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number, colouredInk?: Uint8Array, histogram?: Uint32Array): Uint8Array {
  const out = new Uint8Array(width * height);
  const dropPen = colouredInk !== undefined;
  const underSeal: number[] = [];
  // Every level counted even when the caller wants no histogram (into a scratch one): one loop to keep fast.
  const counts = histogram ?? new Uint32Array(256);
  // `greyAt` written out in the loop, with its comparisons instead of Math.max and Math.min: most pixels of a colour
  // scan are not exactly grey (JPEG chroma noise), so most take the arithmetic, and this loop is a page's every pixel,
  // twice for a page that is levelled. The same operations on the same numbers, so the same grey (a test holds it
  // to `greyAt` pixel by pixel). Each pixel is read as one 32-bit number and taken apart by shifts (a third less time
  // on a colour page than four byte reads).
  const pixels = rgbaWords(rgba, out.length);
  for (let i = 0; i < out.length; i++) {
    const pixel = pixels[i]!;
    const red = pixel & 255;
    const green = (pixel >>> 8) & 255;
    const blue = (pixel >>> 16) & 255;
    const alpha = pixel >>> 24;
    let grey: number;
    if (alpha === 255 && red === green && red === blue) grey = red;
    else {
      const greenBlue = green > blue ? green : blue;
      if (red - greenBlue > RED_DROPOUT) {
        if (red < SEAL_RED) underSeal.push(i);
        grey = 255;
      } else {
        let luma = LUMA_RED[red]! + LUMA_GREEN[green]! + LUMA_BLUE[blue]!;
        let pen = false;
        if (dropPen && luma < COLOURED_INK_LUMA) {
          const high = red > greenBlue ? red : greenBlue;
          const lowGreenBlue = green < blue ? green : blue;
          const low = red < lowGreenBlue ? red : lowGreenBlue;
          if (high - low > COLOURED_INK) {
            if (red < greenBlue) {
              // Pen ink: paper in the grey image; where it was is kept, for the reader to say something was written by hand.
              colouredInk![i] = 1;
              pen = true;
            }
            luma = 255;
          }
        }
        // For an opaque pixel, `(luma + 0.5) | 0` is `Math.round(luma)`: checked for every colour (test/read/ocr/to-gray.test.ts).
        grey = pen ? 255 : alpha === 255 ? (luma + 0.5) | 0 : Math.round(luma * (alpha / 255) + 255 * (1 - alpha / 255));
      }
    }
    out[i] = grey;
    counts[grey]!++;
  }
  if (underSeal.length > 0) restorePrintUnderSeal(rgba, width, height, underSeal, out, counts);
  return out;
}

/** Whether this machine stores a 32-bit number's low byte first (every machine Node runs on today but a few). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The first `count` RGBA pixels as 32-bit numbers holding red in their low byte and alpha in their top one: a view of
 * the same memory where the machine is little-endian and the bytes start on a 4-byte boundary, else a copy.
 */
function rgbaWords(rgba: Uint8ClampedArray | Uint8Array, count: number): Uint32Array {
  if (LITTLE_ENDIAN && rgba.byteOffset % 4 === 0) return new Uint32Array(rgba.buffer, rgba.byteOffset, count);
  const words = new Uint32Array(count);
  const view = new DataView(rgba.buffer, rgba.byteOffset, 4 * count);
  for (let i = 0; i < count; i++) words[i] = view.getUint32(4 * i, true);
  return words;
}

/**
 * BT.601's products for each channel level, as `greyAt` computes them (the same multiplication, so the same double):
 * three look-ups in place of three multiplications, summed in `greyAt`'s order.
 */
export const LUMA_RED = Float64Array.from({ length: 256 }, (_, level) => 0.299 * level);
export const LUMA_GREEN = Float64Array.from({ length: 256 }, (_, level) => 0.587 * level);
export const LUMA_BLUE = Float64Array.from({ length: 256 }, (_, level) => 0.114 * level);

/**
 * Pixel i's grey in `toGray`'s image, or -1 for pen ink when it is dropped out (`dropPen`: paper there, marked in
 * `colouredInk`). One function for the image and for the blank test on the drawing, so that both see the same page;
 * only print under a seal, which `toGray` finds from the pixels around it, is paper here (its letters' black cores
 * are ink all the same).
 */
export function greyAt(rgba: Uint8ClampedArray | Uint8Array, i: number, dropPen = true): number {
  const p = 4 * i;
  const red = rgba[p]!;
  const alpha = rgba[p + 3]!;
  // Scans are grey: an opaque grey pixel is its own luma (the weights sum to 1), without the arithmetic.
  if (alpha === 255 && red === rgba[p + 1] && red === rgba[p + 2]) return red;
  const green = rgba[p + 1]!;
  const blue = rgba[p + 2]!;
  // Red dropout, as scanners do for forms: a red seal or received stamp over the header or a table reads as paper,
  // so the print under it is read and its ring is neither a ruling nor letters. Black print over the seal is dark
  // in every channel and stays.
  let luma = red - Math.max(green, blue) > RED_DROPOUT ? 255 : 0.299 * red + 0.587 * green + 0.114 * blue;
  // Pen ink dropped out too: a signature over the signer's printed name, a handwritten number OCR would misread.
  if (dropPen && luma < COLOURED_INK_LUMA && Math.max(red, green, blue) - Math.min(red, green, blue) > COLOURED_INK) {
    // A reddish pixel is a seal's edge blurred by the scan, not pen: dropped the same way, not marked.
    if (red < Math.max(green, blue)) return -1;
    luma = 255;
  }
  // A page is drawn over white, so nearly every pixel is opaque: the blend is skipped, with the same result.
  return Math.round(alpha === 255 ? luma : luma * (alpha / 255) + 255 * (1 - alpha / 255));
}

/** Binary PGM (P5), a format leptonica reads without a decoder library. */
export function toPgm(gray: Uint8Array, width: number, height: number): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + gray.length);
  out.set(header, 0);
  out.set(gray, header.length);
  return out;
}
