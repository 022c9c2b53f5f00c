/**
 * A small reader of a zip's central directory, run before mammoth (JSZip) ever sees the bytes.
 *
 * Why our own: JSZip inflates a whole entry into memory and only then compares it with the declared size, so a zip
 * bomb is caught after the damage. Here the declared sizes are summed first and refused above the limit, and every
 * entry mammoth will inflate (the XML parts) is inflated once with zlib's `maxOutputLength` set to its declared size,
 * so an entry that lies about its size is refused without inflating more than it declared.
 */
import { inflateRawSync } from "node:zlib";
import { InputError, LimitError } from "../../errors.js";

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const DTD_MARKERS = ["<!DOCTYPE", "<!doctype"].flatMap((m) => [Buffer.from(m, "utf8"), Buffer.from(m, "utf16le"), Buffer.from(m, "utf16le").subarray(1)]);
/** More entries than any real DOCX has; a directory claiming more is hostile or broken. */
const MAX_ENTRIES = 100_000;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

export interface CheckedZip {
  entries: Map<string, ZipEntry>;
  /** The inflated XML parts (`.xml`, `.rels`) by entry name. */
  xmlParts: Map<string, Buffer>;
}

/** Parts mammoth inflates: everything XML-like. Media are never inflated (images are not converted). */
function isInflatedByMammoth(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/**
 * Lists the zip, refuses it when its declared uncompressed total exceeds `maxDecompressedBytes`, and verifies the XML
 * entries inflate to exactly their declared size and declare no DTD. Returns them inflated.
 */
export function checkZip(data: Uint8Array, maxDecompressedBytes: number): CheckedZip {
  const entries = readCentralDirectory(data);
  let declaredTotal = 0;
  for (const entry of entries.values()) declaredTotal += entry.uncompressedSize;
  if (declaredTotal > maxDecompressedBytes) {
    throw new LimitError(
      `${maxDecompressedBytes} bytes decompressed`,
      "--max-decompressed",
      `DOCX declares ${declaredTotal} bytes once decompressed`,
    );
  }
  const xmlParts = new Map<string, Buffer>();
  for (const entry of entries.values()) {
    if (!isInflatedByMammoth(entry.name)) {
      refuseIfBomb(data, entry);
      continue;
    }
    const inflated = inflateEntry(data, entry);
    const bytes = Buffer.from(inflated.buffer, inflated.byteOffset, inflated.byteLength);
    // Office XML never carries a DTD (ECMA-376 Part 2 forbids it); refusing one rules out entity expansion and
    // external entities whatever the XML parser would do with them.
    if (DTD_MARKERS.some((marker) => bytes.indexOf(marker) >= 0)) {
      throw new InputError(`refused: DOCX part ${entry.name} declares a DTD (Office XML never does)`);
    }
    xmlParts.set(entry.name, bytes);
  }
  return { entries, xmlParts };
}

function readCentralDirectory(data: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new InputError("not a DOCX file: damaged zip (no end-of-central-directory record)");
  let entryCount = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE) {
      const zip64 = toSafeNumber(view.getBigUint64(locator + 8, true));
      if (zip64 + 56 > view.byteLength || view.getUint32(zip64, true) !== ZIP64_EOCD_SIGNATURE) {
        throw new InputError("not a DOCX file: damaged zip64 directory");
      }
      entryCount = toSafeNumber(view.getBigUint64(zip64 + 32, true));
      directorySize = toSafeNumber(view.getBigUint64(zip64 + 40, true));
      directoryOffset = toSafeNumber(view.getBigUint64(zip64 + 48, true));
    }
  }
  if (entryCount > MAX_ENTRIES) throw new InputError(`not a DOCX file: zip claims ${entryCount} entries`);
  if (directoryOffset + directorySize > view.byteLength) {
    throw new InputError("not a DOCX file: damaged zip (central directory outside the file)");
  }

  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) {
      throw new InputError("not a DOCX file: damaged zip (bad central directory entry)");
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > view.byteLength) throw new InputError("not a DOCX file: damaged zip (truncated central directory)");
    const name = Buffer.from(data.subarray(nameStart, extraStart)).toString((flags & 0x800) !== 0 ? "utf8" : "latin1");

    // ZIP64: the real sizes sit in extra field 0x0001, in this order, for each 32-bit field saturated at 0xFFFFFFFF.
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      let e = extraStart;
      while (e + 4 <= extraStart + extraLength) {
        const id = view.getUint16(e, true);
        const size = view.getUint16(e + 2, true);
        if (id === 0x0001) {
          let f = e + 4;
          const end = f + size;
          const take = (): number => {
            if (f + 8 > end) throw new InputError("not a DOCX file: damaged zip64 extra field");
            const value = toSafeNumber(view.getBigUint64(f, true));
            f += 8;
            return value;
          };
          if (uncompressedSize === 0xffffffff) uncompressedSize = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
          break;
        }
        e += 4 + size;
      }
    }
    entries.set(name, { name, method, compressedSize, uncompressedSize, localHeaderOffset, encrypted: (flags & 1) !== 0 });
    at = next;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end of the file.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function inflateEntry(data: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.encrypted) throw new InputError(`encrypted DOCX (zip entry ${entry.name} is encrypted)`);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_HEADER_SIGNATURE) {
    throw new InputError(`not a DOCX file: damaged zip (bad local header for ${entry.name})`);
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > view.byteLength) throw new InputError(`not a DOCX file: damaged zip (${entry.name} runs past the end)`);
  const compressed = data.subarray(start, end);
  if (entry.method === METHOD_STORED) {
    if (entry.compressedSize !== entry.uncompressedSize) {
      throw new InputError(`not a DOCX file: damaged zip (${entry.name} sizes disagree)`);
    }
    return compressed;
  }
  if (entry.method !== METHOD_DEFLATE) {
    throw new InputError(`unsupported zip compression method ${entry.method} (${entry.name})`);
  }
  let inflated: Buffer;
  try {
    // One byte of slack so that "more than declared" is told apart from "exactly declared".
    inflated = inflateRawSync(compressed, { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (error) {
    if (error instanceof RangeError) {
      throw new InputError(`zip bomb refused: ${entry.name} inflates to more than its declared ${entry.uncompressedSize} bytes`);
    }
    throw new InputError(`not a DOCX file: damaged zip (${entry.name} does not inflate)`);
  }
  if (inflated.length !== entry.uncompressedSize) {
    if (inflated.length > entry.uncompressedSize) {
      throw new InputError(`zip bomb refused: ${entry.name} inflates to more than its declared ${entry.uncompressedSize} bytes`);
    }
    throw new InputError(`not a DOCX file: damaged zip (${entry.name} is shorter than declared)`);
  }
  return inflated;
}

/**
 * An entry that is not XML by name is still inflated by mammoth (JSZip, which inflates it whole before comparing
 * sizes) when a relationship names it, e.g. a main document part called "word/main.bin". So every deflated entry is
 * inflated here once, bounded by its declared size (the declared total is already within the limit), and refused if
 * it holds more. Other damage is left for mammoth to meet only if it reads the entry (a broken unused image is not an
 * unreadable document).
 */
function refuseIfBomb(data: Uint8Array, entry: ZipEntry): void {
  if (entry.encrypted || entry.method !== METHOD_DEFLATE) return;
  const start = localDataStart(data, entry);
  if (start === undefined || start + entry.compressedSize > data.byteLength) return;
  try {
    inflateRawSync(data.subarray(start, start + entry.compressedSize), { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (error) {
    if (error instanceof RangeError) {
      throw new InputError(`zip bomb refused: ${entry.name} inflates to more than its declared ${entry.uncompressedSize} bytes`);
    }
  }
}

function localDataStart(data: Uint8Array, entry: ZipEntry): number | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_HEADER_SIGNATURE) return undefined;
  return header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new InputError("not a DOCX file: zip64 size out of range");
  return Number(value);
}
