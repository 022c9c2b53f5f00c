/**
 * The native engine: the `tesseract` command (4 or later, the LSTM engine) when it is on the PATH, as Debian's
 * `tesseract-ocr` installs it. It reads with the model the embedded engine uses (`@tesseract.js-data/vie`, unpacked
 * once per process into a private temporary folder), not with whatever `vie` model the system has: the same model
 * gives the same words, so both engines give the same records, and the system's `tessdata_fast` model reads fewer
 * characters right. One process per page, each single-threaded (`OMP_THREAD_LIMIT=1`)
 * and at most one per lane (a core): tesseract's own OpenMP threads fight each other and the renderer when several
 * pages are read at once, while one thread per process keeps every core on a page. Starting a process and loading the
 * model costs about a tenth of a second, small beside a page, and a page is handed over as soon as it is rendered.
 *
 * The page goes in as a PGM on stdin (leptonica reads it without a decoder) and comes back as hOCR on stdout, which
 * carries what the layout needs and TSV lacks: each line's baseline and row height beside its word boxes. The hOCR is
 * read with parse5, the HTML parser under the HTML reader's rehype-parse, straight into its own tree: the hast tree
 * rehype would build from it is twice the cost on a page, on the thread that also renders the next one.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { modelDirectory } from "./pool.js";
import { markOcr } from "./timeline.js";

const gunzipAsync = promisify(gunzip);
import type { DefaultTreeAdapterTypes } from "parse5";
import type { OcrEngine, PageLayout, PixelBox, RecognisedLine, RecognisedWord } from "./engine.js";

/** The command looked up on the PATH; `CCHC_TESSERACT` names another (a test points it at a missing one). */
function command(): string {
  return process.env.CCHC_TESSERACT || "tesseract";
}

let availability: Promise<boolean> | undefined;

/** Whether a `tesseract` of version 4 or later runs; asked once per process. */
export function nativeTesseractAvailable(): Promise<boolean> {
  availability ??= new Promise((resolve) => {
    execFile(command(), ["--version"], { timeout: 10_000, maxBuffer: 1 << 20, windowsHide: true }, (error, stdout, stderr) => {
      if (error) return resolve(false);
      // tesseract 4 printed its version on stderr, 5 on stdout: "tesseract 5.3.0".
      const major = /tesseract\s+v?(\d+)\./i.exec(`${stdout}\n${stderr}`)?.[1];
      resolve(major !== undefined && Number(major) >= 4);
    });
  });
  return availability;
}

let tessdata: Promise<string> | undefined;

/**
 * A folder holding the embedded model as `vie.traineddata`, made on first use and removed when the process exits.
 * Unpacked off the main thread (zlib's thread pool), while the first page is drawn (`warm`).
 */
function tessdataDirectory(): Promise<string> {
  tessdata ??= (async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "cchc-tessdata-"));
    process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
    await writeFile(path.join(folder, "vie.traineddata"), await gunzipAsync(await readFile(path.join(modelDirectory(), "vie.traineddata.gz"))));
    return folder;
  })();
  tessdata.catch(() => (tessdata = undefined));
  return tessdata;
}

/** Most hOCR a page may produce; far above a dense A4 page (a few hundred kB). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

const running = new Set<ChildProcess>();
let active = 0;
const queue: Array<() => void> = [];

async function inLane<T>(lanes: number, started: () => void, work: () => Promise<T>): Promise<T> {
  if (active >= lanes) await new Promise<void>((resolve) => queue.push(resolve));
  else active++;
  started();
  markOcr?.("lane-busy", 0);
  try {
    return await work();
  } finally {
    markOcr?.("lane-free", 0);
    const next = queue.shift();
    if (next) next();
    else active--;
  }
}

async function runTesseract(pgm: Uint8Array, dpi: number, layout: PageLayout): Promise<string> {
  const models = await tessdataDirectory();
  return new Promise((resolve, reject) => {
    const child = spawn(
      command(),
      // PSM 3 (automatic page segmentation) and the LSTM engine, as the embedded engine is set up (./pool.ts).
      ["--tessdata-dir", models, "stdin", "stdout", "-l", "vie", "--oem", "1", "--psm", layout === "block" ? "6" : "3", "--dpi", String(dpi), "-c", `debug_file=${os.devNull}`,
        // What the `hocr` config file says, given as variables: config files are looked up in the model folder.
        "-c", "tessedit_create_hocr=1", "-c", "hocr_font_info=0"],
      { env: { ...process.env, OMP_THREAD_LIMIT: "1" }, stdio: ["pipe", "pipe", "pipe"], windowsHide: true },
    );
    running.add(child);
    const out: Buffer[] = [];
    let outBytes = 0;
    let errText = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > MAX_OUTPUT_BYTES) child.kill();
      else out.push(chunk);
    });
    child.stderr!.on("data", (chunk: Buffer) => {
      if (errText.length < 4096) errText += chunk.toString("utf8");
    });
    // tesseract may exit before reading its whole input (a bad image); its exit code tells.
    child.stdin!.on("error", () => undefined);
    child.on("error", (error) => {
      running.delete(child);
      reject(error);
    });
    child.on("close", (code, signal) => {
      running.delete(child);
      if (code === 0) return resolve(Buffer.concat(out).toString("utf8"));
      if (outBytes > MAX_OUTPUT_BYTES) return reject(new Error(`tesseract wrote more than ${MAX_OUTPUT_BYTES} bytes for one page`));
      const reason = errText.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !/^Detected \d+ diacritics/.test(line)).pop();
      reject(new Error(`tesseract ${signal ? `was stopped by ${signal}` : `exited with code ${code}`}${reason ? `: ${reason}` : ""}`));
    });
    child.stdin!.end(pgm);
  });
}

export const nativeEngine: OcrEngine = {
  name: "native",
  async recognise(pgm, dpi, lanes, started, layout = "page") {
    const hocr = await inLane(lanes, started, () => runTesseract(pgm, dpi, layout));
    if (!hocr.includes("ocr_page")) throw new Error("tesseract gave no hOCR for the page");
    return parseHocr(hocr);
  },
  warm() {
    // The model unpacked and the hOCR parser loaded while the first page is drawn; failures surface in `recognise`.
    tessdataDirectory().catch(() => undefined);
    import("parse5").catch(() => undefined);
  },
  async terminate() {
    for (const child of running) child.kill();
    running.clear();
  },
};

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** `bbox 1 2 3 4; baseline -0.004 -3; x_size 30` → its properties, numbers as numbers. */
function titleProperties(title: string): Map<string, number[]> {
  const properties = new Map<string, number[]>();
  for (const part of title.split(";")) {
    const [key, ...values] = part.trim().split(/\s+/);
    if (key) properties.set(key, values.map(Number));
  }
  return properties;
}

function attribute(element: Element, name: string): string {
  return element.attrs.find((a) => a.name === name)?.value ?? "";
}

function classesOf(element: Element): string[] {
  return attribute(element, "class").split(/\s+/).filter((c) => c !== "");
}

function isElement(node: ChildNode | ParentNode): node is Element {
  return "tagName" in node;
}

function textOf(node: ChildNode): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (isElement(node)) return node.childNodes.map(textOf).join("");
  return "";
}

function boxOf(values: number[] | undefined): PixelBox | null {
  if (!values || values.length !== 4 || !values.every(Number.isFinite)) return null;
  const [x0, y0, x1, y1] = values as [number, number, number, number];
  return { x0, y0, x1, y1 };
}

/** tesseract's line-level classes: running text, headings, captions and floating text are all lines of words. */
const LINE_CLASSES = new Set(["ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"]);

/**
 * hOCR → lines of words. A line's `baseline p1 p0` is the line y = p1·x + p0 from the bottom left corner of its box;
 * `x_size` is tesseract's row height and `x_descenders` its descenders, the numbers tesseract.js reports as
 * `rowAttributes` (checked on the same page read by both).
 */
export async function parseHocr(hocr: string): Promise<RecognisedLine[]> {
  const scanned = scanHocr(hocr);
  if (scanned) return scanned;
  const { parse } = await import("parse5");
  const lines: RecognisedLine[] = [];
  const visit = (node: ParentNode | ChildNode): void => {
    if (isElement(node) && classesOf(node).some((c) => LINE_CLASSES.has(c))) {
      lines.push(lineOf(node));
      return;
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(hocr));
  return lines;
}

/** A tag and its attributes, quoted as tesseract quotes them (either quote; no `>` in a value). */
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+=(?:'[^'>]*'|"[^">]*"))*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:-]+)=(?:'([^']*)'|"([^"]*)")/g;
/** The entities tesseract's hOCR escapes (`HOcrEscape`): `&`, `<`, `>`, `"`, `'`. */
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&apos;": "'" };
/** Markup tesseract may put inside a word (bold and italic): its text is the word's. */
const WORD_MARKUP = new Set(["strong", "em"]);

/**
 * hOCR as tesseract writes it, read by one pass over its tags, for `parseHocr`: the same lines and words as parse5's
 * tree (a page's parse5 tree cost more main-thread time than anything else done with a page's words, most of it a
 * cold parser). Anything outside that shape (another tag inside a word, an entity tesseract does not write, a word
 * outside a line, an unclosed element) gives undefined, and the page is read with parse5.
 */
export function scanHocr(hocr: string): RecognisedLine[] | undefined {
  const lines: RecognisedLine[] = [];
  let line: RecognisedLine | undefined;
  /** Open `span`s since the line's own, the line's included; the line ends when they are all closed. */
  let lineDepth = 0;
  let word: { title: string; text: string; depth: number } | undefined;
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(hocr); match; match = TAG.exec(hocr)) {
    const text = hocr.slice(last, match.index);
    last = TAG.lastIndex;
    if (word) {
      const decoded = decodeText(text);
      if (decoded === undefined) return undefined;
      word.text += decoded;
    } else if (line && (text.trim() !== "" || text.includes("<"))) return undefined;
    const [, closing, name, attributes, selfClosing] = match as unknown as [string, string, string, string, string];
    const tag = name.toLowerCase();
    if (word) {
      if (WORD_MARKUP.has(tag) && attributes === "" && selfClosing === "") continue;
      if (tag !== "span" || closing !== "/") return undefined;
      if (--word.depth > 0) continue;
      const properties = titleProperties(word.title);
      const bbox = boxOf(properties.get("bbox"));
      if (bbox) line!.words.push({ text: word.text, bbox, confidence: properties.get("x_wconf")?.[0] ?? 0 });
      word = undefined;
      lineDepth--;
      continue;
    }
    if (selfClosing !== "") {
      // `<meta … />` in the head; nothing of the kind belongs in a line.
      if (line) return undefined;
      continue;
    }
    if (attributes.includes("&")) return undefined;
    const classes = closing === "" ? attributeOf(attributes, "class").split(/\s+/).filter((c) => c !== "") : [];
    if (classes.includes("ocrx_word")) {
      if (!line || tag !== "span") return undefined;
      word = { title: attributeOf(attributes, "title"), text: "", depth: 1 };
      lineDepth++;
      continue;
    }
    if (classes.some((c) => LINE_CLASSES.has(c))) {
      if (line || tag !== "span") return undefined;
      line = lineFrom(attributeOf(attributes, "title"), []);
      lineDepth = 1;
      continue;
    }
    if (line) {
      // Only words and plain spans inside a line: anything else is another shape, read by parse5.
      if (tag !== "span") return undefined;
      lineDepth += closing === "/" ? -1 : 1;
      if (lineDepth === 0) {
        lines.push(line);
        line = undefined;
      }
    }
  }
  if (line || word) return undefined;
  return lines;
}

function attributeOf(attributes: string, name: string): string {
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(attributes); match; match = ATTRIBUTE.exec(attributes)) {
    if (match[1]!.toLowerCase() === name) return match[2] ?? match[3] ?? "";
  }
  return "";
}

/** A word's text with tesseract's entities decoded; undefined for anything else an HTML parser would change. */
function decodeText(text: string): string | undefined {
  // `<` outside a tag this scan reads (an attribute it cannot parse) is markup it has not understood.
  if (/[<\r\0]/.test(text)) return undefined;
  if (!text.includes("&")) return text;
  let ok = true;
  const decoded = text.replace(/&[^;\s&]*;?/g, (entity) => {
    const value = ENTITIES[entity];
    if (value === undefined) ok = false;
    return value ?? entity;
  });
  return ok ? decoded : undefined;
}

function lineOf(element: Element): RecognisedLine {
  const words: RecognisedWord[] = [];
  const collect = (node: ChildNode): void => {
    if (!isElement(node)) return;
    if (classesOf(node).includes("ocrx_word")) {
      const wordProperties = titleProperties(attribute(node, "title"));
      const bbox = boxOf(wordProperties.get("bbox"));
      if (bbox) words.push({ text: textOf(node), bbox, confidence: wordProperties.get("x_wconf")?.[0] ?? 0 });
      return;
    }
    node.childNodes.forEach(collect);
  };
  element.childNodes.forEach(collect);
  return lineFrom(attribute(element, "title"), words);
}

/** A line with its `words`, its baseline and row height from its hOCR title. */
function lineFrom(title: string, words: RecognisedWord[]): RecognisedLine {
  const properties = titleProperties(title);
  const line: RecognisedLine = { words };
  const box = boxOf(properties.get("bbox"));
  const baseline = properties.get("baseline");
  if (box && baseline && baseline.length === 2 && baseline.every(Number.isFinite)) {
    const [slope, offset] = baseline as [number, number];
    const y0 = box.y1 + offset;
    // Whole pixels, as tesseract.js gives its baselines.
    line.baseline = { x0: box.x0, y0, x1: box.x1, y1: Math.round(y0 + slope * (box.x1 - box.x0)) };
  }
  const size = properties.get("x_size")?.[0];
  const descenders = properties.get("x_descenders")?.[0];
  if (size !== undefined && Number.isFinite(size)) line.rowHeight = size;
  if (descenders !== undefined && Number.isFinite(descenders)) line.descenders = descenders;
  return line;
}
