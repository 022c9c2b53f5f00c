/**
 * The channel between pdf.js's API and its worker when both run on this thread, as they do on Node. pdf.js's own
 * stand-in (`LoopbackPort`) passes every message through `structuredClone`, and that was a seventh of the time spent
 * reading a text-layer PDF: the operator list of a page carries every glyph it draws, which we never look at, and the
 * text content comes in many small chunks. This port delivers messages the same way (later, in order, to every
 * listener) with a copy that costs less:
 *
 * - plain data (objects, arrays, strings, numbers) is copied by hand, which costs less than the serialise-and-parse
 *   of `structuredClone` for pdf.js's many small objects; anything else (class instances, maps, errors, typed arrays
 *   not being transferred) still goes through `structuredClone`, and so does a whole message that nests suspiciously
 *   deep (a cycle). Unlike `structuredClone`, an object referenced twice in one message arrives as two equal copies:
 *   nothing reading pdf.js's messages depends on their identity.
 * - what the sender transfers (the buffers of path data, image data and fonts) is handed over as it is: the sender
 *   gives it up, which is the point of a transfer.
 * - operator list chunks keep the arguments of the operators the reader asked for only (path construction and the
 *   transforms it needs); every other operator arrives with `null` arguments. Documents read through this port must
 *   therefore never be rendered.
 */
import type { Transferable } from "node:worker_threads";

/** Deeper than any message pdf.js sends: a message nested deeper is taken for a cycle and cloned by `structuredClone`. */
const MAX_DEPTH = 64;

class TooDeep extends Error {}

type Listener = (this: unknown, event: { data: unknown }) => void;

export class CopyingLoopbackPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #deferred = Promise.resolve();
  /** Operators whose arguments operator lists keep; the others' are dropped. */
  readonly #keepArgsOf: ReadonlySet<number>;

  constructor(options: { keepArgsOf: Iterable<number> }) {
    this.#keepArgsOf = new Set(options.keepArgsOf);
  }

  postMessage(message: unknown, transfer?: readonly unknown[]): void {
    const event = { data: copyMessage(message, transfer, this.#keepArgsOf) };
    void this.#deferred.then(() => {
      for (const listener of this.#listeners.keys()) listener.call(this, event);
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

  terminate(): void {
    for (const detach of this.#listeners.values()) detach?.();
    this.#listeners.clear();
  }
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

function copyMessage(message: unknown, transferList: readonly unknown[] | undefined, keepArgsOf: ReadonlySet<number>): unknown {
  const transfer = transferList && transferList.length > 0 ? new Set(transferList) : NOTHING_TRANSFERRED;
  try {
    const chunk = (message as { chunk?: unknown } | null)?.chunk;
    if (!isOperatorListChunk(chunk)) return copy(message, transfer, 0);
    const { chunk: _chunk, ...envelope } = message as { chunk: OperatorListChunk };
    return { ...(copy(envelope, transfer, 0) as object), chunk: copyOperatorListChunk(chunk, transfer, keepArgsOf) };
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return structuredClone(message, { transfer: [...transfer] as Transferable[] });
  }
}

/** An operator list chunk with the arguments of the wanted operators only (the glyphs of text operators are most of it). */
function copyOperatorListChunk(chunk: OperatorListChunk, transfer: ReadonlySet<unknown>, keepArgsOf: ReadonlySet<number>): OperatorListChunk {
  const { fnArray, argsArray, ...rest } = chunk;
  return {
    ...(copy(rest, transfer, 1) as object),
    fnArray: fnArray.slice(),
    argsArray: fnArray.map((fn, i) => (keepArgsOf.has(fn as number) ? copy(argsArray[i], transfer, 2) : null)),
  };
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
