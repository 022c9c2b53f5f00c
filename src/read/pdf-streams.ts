/**
 * A bound on what a PDF's compressed streams inflate to, checked before pdf.js reads the file. pdf.js inflates a
 * content stream whole into memory as it parses it, and offers no limit, so a 500 kB file whose content stream
 * inflates to 500 MB would take that memory (and more) before anything could stop it. Here every Flate stream is
 * inflated by zlib with an output cap, its bytes counted and dropped: a file whose streams inflate past the limit is
 * refused, in about the time zlib takes to inflate the limit, holding at most one stream of at most the limit.
 *
 * Streams are found by their keywords (`stream` … `endstream`) and their filter read from the dictionary just before,
 * as a repair tool scans a damaged file; nothing else of the PDF is interpreted. Not counted: streams zlib cannot
 * inflate (encrypted files, other filters: their decoders, JPEG and JBIG2 among them, make images, which pdf.js bounds
 * by its own `maxImageSize`).
 */
import { constants, inflateSync } from "node:zlib";
import { LimitError } from "../errors.js";

const STREAM = Buffer.from("stream");
const END_STREAM = Buffer.from("endstream");
/** How far back from `stream` its dictionary is looked for: far beyond any real stream dictionary. */
const MAX_DICTIONARY = 4096;
/** Deflate's largest ratio of output to input (a stream of zeros). */
const MAX_DEFLATE_RATIO = 1032;

interface FlateStream {
  start: number;
  end: number;
  /** How many Flate filters are chained (an attack chains them to multiply the ratio). */
  flates: number;
}

function flateStreams(bytes: Buffer): FlateStream[] {
  const found: FlateStream[] = [];
  let from = 0;
  for (;;) {
    const at = bytes.indexOf(STREAM, from);
    if (at < 0) break;
    from = at + STREAM.length;
    // "endstream" contains "stream": skip it.
    if (at >= 3 && bytes.toString("latin1", at - 3, at) === "end") continue;
    let start = from;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    if (start === from) continue;
    const dictionary = bytes.toString("latin1", Math.max(0, at - MAX_DICTIONARY), at);
    const open = dictionary.lastIndexOf(" obj");
    const own = open >= 0 ? dictionary.slice(open) : dictionary;
    const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(own)?.[1] ?? "";
    const flates = filter.match(/\/(FlateDecode|Fl)\b/g)?.length ?? 0;
    const end = bytes.indexOf(END_STREAM, start);
    const stop = end < 0 ? bytes.length : end;
    if (flates > 0) found.push({ start, end: stop, flates });
    from = stop;
  }
  return found;
}

/** Throws a LimitError naming --max-decompressed when the PDF's Flate streams inflate to more than `limit` bytes. */
export function checkInflatedSize(data: Uint8Array, limit: number): void {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const streams = flateStreams(bytes);
  // Most files cannot reach the limit even at deflate's largest ratio: nothing to inflate.
  let bound = 0;
  for (const stream of streams) bound += (stream.end - stream.start) * MAX_DEFLATE_RATIO ** stream.flates;
  if (bound <= limit) return;
  let total = 0;
  for (const stream of streams) {
    let chunk: Buffer = bytes.subarray(stream.start, stream.end);
    for (let pass = 0; pass < stream.flates; pass++) {
      try {
        // Truncated or padded streams are common and pdf.js reads them: take what inflates.
        chunk = inflateSync(chunk, { maxOutputLength: limit - total + 1, finishFlush: constants.Z_SYNC_FLUSH });
      } catch (error) {
        if ((error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") refuse(limit);
        chunk = Buffer.alloc(0);
        break;
      }
    }
    total += chunk.length;
    if (total > limit) refuse(limit);
  }
}

function refuse(limit: number): never {
  throw new LimitError(`${Math.round(limit / (1024 * 1024))} MB`, "--max-decompressed", "the PDF's compressed streams inflate to more than the limit");
}
