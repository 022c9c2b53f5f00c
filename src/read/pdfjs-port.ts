/**
 * The channel between pdf.js's API and its worker when both run on this thread, as they do on Node. pdf.js's own
 * stand-in (`LoopbackPort`) passes every message through `structuredClone`, which is costly for what a text-layer PDF
 * sends: the operator list of a page carries every glyph it draws as a full pdf.js glyph object. This port delivers
 * messages the same way (later, in order, to every listener) with a copy that costs less:
 *
 * - plain data (objects, arrays, strings, numbers) is copied by hand, which costs less than the serialise-and-parse
 *   of `structuredClone` for pdf.js's many small objects; anything else (class instances, maps, errors, typed arrays
 *   not being transferred) still goes through `structuredClone`, and so does a whole message that nests suspiciously
 *   deep (a cycle). Unlike `structuredClone`, an object referenced twice in one message arrives as two equal copies:
 *   nothing reading pdf.js's messages depends on their identity.
 * - what the sender transfers (the buffers of path data, image data and fonts) is handed over as it is: the sender
 *   gives it up, which is the point of a transfer.
 * - operator list chunks keep the arguments of the operators the reader asked for only (path construction, the text
 *   state, the transforms they need); every other operator arrives with `null` arguments. The glyphs of the text
 *   operator arrive as `DrawnGlyph`s, the little of pdf.js's glyph objects that text runs need, made once per glyph
 *   (pdf.js keeps one object per glyph of a font). Documents read through such a port must therefore never be
 *   rendered; a port made with `keepArgsOf: "all"` keeps every operator list whole, for rendering.
 * - a transferred object that `structuredClone` cannot carry (a page's JPEG for the native decoder, see
 *   `./pdfjs-env.ts`) is handed over as it is too, where pdf.js's own port would throw; a port for drawing is given a
 *   `prepare` that decodes it first.
 */
import type { Transferable } from "node:worker_threads";
import { type DrawnGlyph, glyphKind } from "./layout/text-runs.js";

/** Deeper than any message pdf.js sends: a message nested deeper is taken for a cycle and cloned by `structuredClone`. */
const MAX_DEPTH = 64;

class TooDeep extends Error {}

type Listener = (this: unknown, event: { data: unknown }) => void;

/**
 * The operator code that ends an operator list cut short at the port's limit (pdf.js's codes are all positive): the
 * reader sees it as the list's last operator and refuses the page.
 */
export const OPERATOR_LIMIT_REACHED = -1;

export class CopyingLoopbackPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #deferred = Promise.resolve();
  /** Deliveries that wait for a `prepare`, one after another; while any waits, every later message queues behind. */
  #queue: Promise<void> = Promise.resolve();
  #queued = 0;
  readonly #operatorArgs: OperatorArgs | "all";
  readonly #prepare: ((transferred: unknown) => Promise<unknown> | undefined) | undefined;
  /** Operators delivered so far per operator list stream (by sender and stream id). */
  readonly #operatorCounts = new Map<string, number>();
  #maxOperators = Number.POSITIVE_INFINITY;

  /**
   * `keepArgsOf`: operators whose arguments operator lists keep; the others' are dropped (`"all"`: none dropped, the
   * lists arrive whole, for drawing). `glyphsOf`: the operator whose argument is a list of glyphs (and TJ
   * adjustments), kept as `DrawnGlyph`s. `prepare`: for a transferred object, what the receiver gets instead (a promise
   * of it), or undefined to hand it over as it is; the message and those after it wait for it.
   */
  constructor(options: {
    keepArgsOf: Iterable<number> | "all";
    glyphsOf?: number;
    prepare?: (transferred: unknown) => Promise<unknown> | undefined;
  }) {
    this.#operatorArgs = options.keepArgsOf === "all" ? "all" : { keep: new Set(options.keepArgsOf), glyphsOf: options.glyphsOf };
    this.#prepare = options.prepare;
  }

  /**
   * Operator lists longer than `count` are cut there and end with `OPERATOR_LIMIT_REACHED`: pdf.js would otherwise
   * gather a page's whole list in memory before the reader could look at its length. One port serves every document
   * of the process, so the largest limit asked for holds; each reader checks its own.
   */
  allowOperators(count: number): void {
    this.#maxOperators = Number.isFinite(this.#maxOperators) ? Math.max(this.#maxOperators, count) : count;
  }

  postMessage(message: unknown, transfer?: readonly unknown[]): void {
    this.#limitOperators(message);
    const event = { data: copyMessage(message, transfer, this.#operatorArgs) };
    const deliver = (): void => {
      for (const listener of this.#listeners.keys()) listener.call(this, event);
    };
    const prepared = new Map<unknown, Promise<unknown>>();
    for (const value of this.#prepare ? (transfer ?? []) : []) {
      const replacement = this.#prepare!(value);
      if (replacement) prepared.set(value, replacement);
    }
    if (prepared.size === 0 && this.#queued === 0) {
      void this.#deferred.then(deliver);
      return;
    }
    this.#queued++;
    this.#queue = this.#queue.then(async () => {
      const replacements = new Map<unknown, unknown>();
      for (const [value, replacement] of prepared) {
        // What could not be prepared is handed over as it is: the receiver fails on it, where it is used.
        replacements.set(value, await replacement.catch(() => value));
      }
      if (replacements.size > 0) event.data = replaceValues(event.data, replacements, 0);
      this.#queued--;
      try {
        deliver();
      } catch (error) {
        // A listener's failure is reported as on the direct path (an unhandled rejection), not stopping the queue.
        void Promise.reject(error);
      }
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    let detach: (() => void) | null = null;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = (): void => this.removeEventListener(_type, listener);
      signal.addEventListener("abort", onAbort);
      detach = () => signal.removeEventListener("abort", onAbort);
    }
    this.#listeners.set(listener, detach);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  /** Cuts an operator list chunk in place once its stream has delivered the most operators allowed. */
  #limitOperators(message: unknown): void {
    const envelope = message as { chunk?: unknown; sourceName?: unknown; streamId?: unknown } | null;
    const chunk = envelope?.chunk;
    if (!isOperatorListChunk(chunk)) return;
    const key = `${String(envelope!.sourceName)}:${String(envelope!.streamId)}`;
    const before = this.#operatorCounts.get(key) ?? 0;
    const after = before + chunk.fnArray.length;
    if ((chunk as { lastChunk?: unknown }).lastChunk === true) this.#operatorCounts.delete(key);
    else this.#operatorCounts.set(key, after);
    if (after <= this.#maxOperators) return;
    const cut = before > this.#maxOperators;
    // The first chunk past the limit carries the mark; later ones arrive empty.
    chunk.fnArray = cut ? [] : [OPERATOR_LIMIT_REACHED];
    chunk.argsArray = cut ? [] : [null];
  }

  terminate(): void {
    for (const detach of this.#listeners.values()) detach?.();
    this.#listeners.clear();
  }
}

interface OperatorArgs {
  keep: ReadonlySet<number>;
  glyphsOf: number | undefined;
}

interface OperatorListChunk {
  fnArray: unknown[];
  argsArray: unknown[];
}

/** A stream chunk of `getOperatorList`: `{ fnArray, argsArray, lastChunk, separateAnnots, length }`. */
function isOperatorListChunk(value: unknown): value is OperatorListChunk {
  if (typeof value !== "object" || value === null) return false;
  const chunk = value as Partial<OperatorListChunk>;
  return Array.isArray(chunk.fnArray) && Array.isArray(chunk.argsArray) && chunk.fnArray.length === chunk.argsArray.length;
}

const NOTHING_TRANSFERRED: ReadonlySet<unknown> = new Set();

function copyMessage(message: unknown, transferList: readonly unknown[] | undefined, operatorArgs: OperatorArgs | "all"): unknown {
  const transfer = transferList && transferList.length > 0 ? new Set(transferList) : NOTHING_TRANSFERRED;
  try {
    const chunk = (message as { chunk?: unknown } | null)?.chunk;
    if (operatorArgs === "all" || !isOperatorListChunk(chunk)) return copy(message, transfer, 0);
    const { chunk: _chunk, ...envelope } = message as { chunk: OperatorListChunk };
    return { ...(copy(envelope, transfer, 0) as object), chunk: copyOperatorListChunk(chunk, transfer, operatorArgs) };
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return structuredClone(message, { transfer: [...transfer] as Transferable[] });
  }
}

/** An operator list chunk with the arguments of the wanted operators only. */
function copyOperatorListChunk(chunk: OperatorListChunk, transfer: ReadonlySet<unknown>, operatorArgs: OperatorArgs): OperatorListChunk {
  const { fnArray, argsArray, ...rest } = chunk;
  return {
    ...(copy(rest, transfer, 1) as object),
    fnArray: fnArray.slice(),
    argsArray: fnArray.map((fn, i) => {
      if (fn === operatorArgs.glyphsOf) return [drawnGlyphs(argsArray[i])];
      return operatorArgs.keep.has(fn as number) ? copy(argsArray[i], transfer, 2) : null;
    }),
  };
}

/** pdf.js's glyph object (`Glyph` in its fonts module), the fields read here. */
interface PdfJsGlyph {
  unicode?: unknown;
  width?: unknown;
  vmetric?: unknown;
  originalCharCode?: unknown;
}

/** pdf.js's glyph objects are shared by every use of a glyph in a document, and so are their `DrawnGlyph`s. */
const drawnGlyphCache = new WeakMap<object, DrawnGlyph>();

/** The argument of a text operator: its glyphs as `DrawnGlyph`s, its numbers (TJ adjustments) as they are. */
function drawnGlyphs(args: unknown): Array<DrawnGlyph | number> {
  const glyphs = Array.isArray(args) ? (args[0] as unknown) : undefined;
  if (!Array.isArray(glyphs)) return [];
  const out: Array<DrawnGlyph | number> = [];
  for (const glyph of glyphs as unknown[]) {
    if (typeof glyph === "number") out.push(glyph);
    else if (typeof glyph === "object" && glyph !== null) {
      let drawn = drawnGlyphCache.get(glyph);
      if (!drawn) {
        drawn = toDrawnGlyph(glyph as PdfJsGlyph);
        drawnGlyphCache.set(glyph, drawn);
      }
      out.push(drawn);
    }
  }
  return out;
}

function toDrawnGlyph(glyph: PdfJsGlyph): DrawnGlyph {
  const unicode = typeof glyph.unicode === "string" ? glyph.unicode : "";
  const width = typeof glyph.width === "number" && Number.isFinite(glyph.width) ? glyph.width : 0;
  const vertical = Array.isArray(glyph.vmetric) ? (glyph.vmetric[0] as unknown) : undefined;
  return {
    unicode,
    width,
    ...(typeof vertical === "number" && Number.isFinite(vertical) ? { verticalAdvance: vertical } : {}),
    isSpace: glyph.originalCharCode === 0x20,
    kind: glyphKind(unicode),
  };
}

/** `value` with each key of `replacements` found in it (in plain objects and arrays) put in place of its value. */
function replaceValues(value: unknown, replacements: ReadonlyMap<unknown, unknown>, depth: number): unknown {
  if (replacements.has(value)) return replacements.get(value);
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Array.prototype) {
    const array = value as unknown[];
    for (let i = 0; i < array.length; i++) array[i] = replaceValues(array[i], replacements, depth + 1);
  } else if (proto === Object.prototype || proto === null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = replaceValues(record[key], replacements, depth + 1);
  }
  return value;
}

/** `structuredClone` for the plain data pdf.js sends, by hand; see the module comment for what differs. */
function copy(value: unknown, transfer: ReadonlySet<unknown>, depth: number): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth > MAX_DEPTH) throw new TooDeep();
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Array.prototype) {
    const array = value as unknown[];
    const out = new Array<unknown>(array.length);
    for (let i = 0; i < array.length; i++) if (i in array) out[i] = copy(array[i], transfer, depth + 1);
    return out;
  }
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], transfer, depth + 1);
    return out;
  }
  // Transferred: the sender gives it up, so it can be handed over as it is.
  if (transfer.has(value) || (ArrayBuffer.isView(value) && transfer.has(value.buffer))) return value;
  return structuredClone(value);
}
