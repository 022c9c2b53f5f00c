/**
 * The OLE compound file (MS-CFB) around a Word 97–2003 document, read with SheetJS `cfb`.
 *
 * `cfb` trusts the file: it follows a stream's sector chain without looking for loops when the stream starts in the
 * middle of another chain, and ties directory entries together in time quadratic in their number. A damaged or
 * hostile file could make it run for ever or fill the heap. So before `cfb` sees the bytes, `checkCompoundFile` walks
 * the same structures with bounds: every chain ends, no sector belongs to two streams (which is how a small compound
 * file could claim gigabytes, as a zip bomb does), and the directory is of a size real documents have.
 */
import { InputError, LimitError } from "../../errors.js";

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = -2;
const FREE_SECTOR = -1;
/** Streams below this size live in the mini stream (64-byte sectors); MS-CFB fixes it at 4096. */
const MINI_STREAM_CUTOFF = 4096;
/** Real Word files have a few tens of directory entries; embedded objects add some. */
const MAX_DIRECTORY_ENTRIES = 20_000;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

export interface CompoundFile {
  /** Stream by its path below the root ("WordDocument", "ObjectPool/_123/\u0001Ole"), names as stored. */
  streams: Map<string, Uint8Array>;
}

interface DirectoryEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

/**
 * Walks the header, the FAT, the directory and every stream's chain with loop and size checks; throws an InputError
 * (or a LimitError for an honest but too large stream) naming what is wrong.
 */
export function checkCompoundFile(bytes: Uint8Array, maxStreamBytes: number): void {
  if (bytes.length < 512) throw damaged("shorter than its 512-byte header");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = view.getUint16(0x1a, true);
  const shift = view.getUint16(0x1e, true);
  if (!((major === 3 && shift === 9) || (major === 4 && shift === 12))) throw damaged(`unknown version ${major} (sector shift ${shift})`);
  const sectorSize = 1 << shift;
  const sectorCount = Math.max(0, Math.ceil((bytes.length - sectorSize) / sectorSize));
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const validSector = (sector: number) => sector >= 0 && sector < sectorCount;

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = view.getInt32(0x4c + i * 4, true);
    if (sector < 0) break;
    fatSectors.push(sector);
  }
  let difat = view.getInt32(0x44, true);
  const difatSeen = new Set<number>();
  const perDifatSector = sectorSize / 4 - 1;
  while (validSector(difat)) {
    if (difatSeen.has(difat)) throw damaged("its sector allocation table list loops");
    difatSeen.add(difat);
    const at = sectorOffset(difat);
    for (let i = 0; i < perDifatSector && at + i * 4 + 4 <= bytes.length; i++) {
      const sector = view.getInt32(at + i * 4, true);
      if (sector >= 0) fatSectors.push(sector);
    }
    difat = at + sectorSize <= bytes.length ? view.getInt32(at + sectorSize - 4, true) : END_OF_CHAIN;
  }
  if (fatSectors.length === 0 || fatSectors.length > sectorCount) throw damaged("no usable sector allocation table");
  const fatEntriesPerSector = sectorSize / 4;
  const next = (sector: number): number => {
    const fatSector = fatSectors[Math.floor(sector / fatEntriesPerSector)];
    if (fatSector === undefined || !validSector(fatSector)) return END_OF_CHAIN;
    const at = sectorOffset(fatSector) + (sector % fatEntriesPerSector) * 4;
    return at + 4 <= bytes.length ? view.getInt32(at, true) : END_OF_CHAIN;
  };

  /** Sectors already claimed by a chain: a second claim is a loop or two streams sharing bytes. */
  const owner = new Uint8Array(sectorCount);
  const walk = (start: number, what: string): number[] => {
    const chain: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN && sector !== FREE_SECTOR; sector = next(sector)) {
      if (!validSector(sector)) break; // a chain running off the end of the file is short, not dangerous
      if (owner[sector]) throw damaged(`the sector chain of ${what} loops or overlaps another stream`);
      owner[sector] = 1;
      chain.push(sector);
    }
    return chain;
  };

  const directorySectors = walk(view.getInt32(0x30, true), "the directory");
  if (directorySectors.length === 0) throw damaged("no directory");
  const entryCount = (directorySectors.length * sectorSize) / 128;
  if (entryCount > MAX_DIRECTORY_ENTRIES) throw damaged(`a directory of ${entryCount} entries`);
  walk(view.getInt32(0x3c, true), "the mini allocation table");

  const entries: DirectoryEntry[] = [];
  for (const sector of directorySectors) {
    for (let offset = sectorOffset(sector); offset + 128 <= Math.min(bytes.length, sectorOffset(sector) + sectorSize); offset += 128) {
      entries.push(readEntry(view, offset));
    }
  }
  for (const entry of entries) {
    if (entry.type !== 2 && entry.type !== 5) continue;
    // A size the file cannot hold is damage (or a bomb's claim); only a size it could hold is an honest limit case.
    if (entry.size > bytes.length) throw damaged(`a stream "${entry.name}" claims ${entry.size} bytes in a file of ${bytes.length}`);
    if (entry.size > maxStreamBytes) {
      throw new LimitError(`${maxStreamBytes} bytes`, "--max-decompressed", `a stream of ${entry.size} bytes in the compound file`);
    }
    // The root's chain is the mini stream; small streams live in it, so only large streams and the root own sectors.
    if (entry.type === 5 || entry.size >= MINI_STREAM_CUTOFF) walk(entry.start, entry.type === 5 ? "the mini stream" : `stream "${entry.name}"`);
  }
}

function readEntry(view: DataView, offset: number): DirectoryEntry {
  const nameBytes = Math.min(64, view.getUint16(offset + 64, true));
  let name = "";
  for (let i = 0; i + 2 < nameBytes; i += 2) name += String.fromCharCode(view.getUint16(offset + i, true));
  return { name, type: view.getUint8(offset + 66), start: view.getInt32(offset + 116, true), size: view.getUint32(offset + 120, true) };
}

interface CfbEntry {
  name: string;
  type: number;
  content?: ArrayLike<number>;
}

interface CfbModule {
  read(data: Uint8Array, options: { type: "buffer" }): { FileIndex: CfbEntry[]; FullPaths: string[] };
}

/** Reads the streams of a compound file that `checkCompoundFile` accepted. */
export async function readCompoundFile(bytes: Uint8Array, maxStreamBytes: number): Promise<CompoundFile> {
  checkCompoundFile(bytes, maxStreamBytes);
  const imported = (await import("cfb")) as unknown as { default?: CfbModule } & CfbModule;
  const cfb: CfbModule = imported.default ?? imported;
  let container: { FileIndex: CfbEntry[]; FullPaths: string[] };
  try {
    container = cfb.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: "buffer" });
  } catch (error) {
    throw damaged(error instanceof Error ? error.message.split("\n")[0]!.slice(0, 120) : String(error));
  }
  const streams = new Map<string, Uint8Array>();
  container.FileIndex.forEach((entry, index) => {
    if (entry.type !== 2) return;
    // FullPaths start with the root's own name ("Root Entry/WordDocument"); the model keeps the path below it.
    const path = (container.FullPaths[index] ?? entry.name).replace(/^[^/]*\//, "");
    const content = entry.content;
    streams.set(path, content instanceof Uint8Array ? content : Uint8Array.from(content ?? []));
  });
  return { streams };
}

/**
 * What an OLE file that is not a Word document is, for the one-line refusal ("not a plan document: an Excel
 * workbook …"). Decided by the streams each application writes at the root.
 */
export function otherOfficeKind(streams: Map<string, Uint8Array>): string {
  const has = (name: string) => streams.has(name);
  const hasPrefix = (prefix: string) => [...streams.keys()].some((path) => path.startsWith(prefix));
  if (has("EncryptedPackage") || has("EncryptionInfo")) {
    return "a password-protected Office file (DOCX, XLSX or PPTX): remove the password in Word and save it as .docx";
  }
  if (has("Workbook") || has("Book")) return "an Excel workbook (.xls), not a Word document";
  if (has("PowerPoint Document")) return "a PowerPoint presentation (.ppt), not a Word document";
  if (has("__properties_version1.0") || hasPrefix("__substg1.0_")) return "an Outlook message (.msg), not a Word document: save its attachment";
  if (has("VisioDocument")) return "a Visio drawing, not a Word document";
  if (has("Contents") && has("Quill/QuillSub/CONTENTS")) return "a Publisher file, not a Word document";
  return "an OLE compound file with no Word document in it";
}

function damaged(reason: string): InputError {
  return new InputError(`not a readable .doc: damaged compound file (${reason})`);
}
