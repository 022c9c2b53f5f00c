/**
 * .zip archives of plans, read in memory with JSZip (already installed as mammoth's zip reader; imported lazily).
 *
 * An entry is inflated as a stream and counted: past `--max-size` the stream is dropped, so a zip bomb costs at most
 * the limit, never its declared (or lied-about) size. One archive is held open at a time: batch order is sorted, so
 * the entries of an archive come one after another.
 */
import { readFile, stat } from "node:fs/promises";
import type JSZip from "jszip";
import { describeFsError } from "../errors.js";
import { InputError, LimitError } from "../errors.js";

export type ZipListing = { entries: string[] } | { problem: string };

async function loadZip(path: string): Promise<JSZip> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(describeFsError(error));
  }
  const { default: JSZipClass } = await import("jszip");
  try {
    return await JSZipClass.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    throw new InputError(`not a readable zip archive (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
  }
}

/** Entry names as written in the archive (not JSZip's sanitised ones, so unsafe names can be refused). */
export async function listZipEntries(path: string, maxZipBytes?: number): Promise<ZipListing> {
  try {
    if (maxZipBytes !== undefined) {
      const info = await stat(path);
      if (info.size > maxZipBytes) return { problem: `archive is ${info.size} bytes (limit: ${maxZipBytes} bytes)` };
    }
    const zip = await loadZip(path);
    const entries: string[] = [];
    zip.forEach((_, file) => {
      entries.push(file.unsafeOriginalName ?? file.name);
    });
    return { entries };
  } catch (error) {
    if (error instanceof InputError) return { problem: error.message };
    throw error;
  }
}

export class ZipEntryReader {
  private open: { path: string; zip: JSZip } | undefined;

  async read(zipPath: string, entry: string, maxBytes: number): Promise<Uint8Array> {
    if (this.open?.path !== zipPath) {
      this.open = undefined;
      this.open = { path: zipPath, zip: await loadZip(zipPath) };
    }
    const file = this.open.zip.file(entry);
    if (!file) throw new InputError(`archive entry ${entry} is gone`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    // JSZip's stream is readable-stream 2 (no async iterator): listen to its events, stop it at the limit.
    await new Promise<void>((resolveRead, reject) => {
      const stream = file.nodeStream("nodebuffer");
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          stream.pause();
          reject(new LimitError(`${maxBytes} bytes`, "--max-size", `archive entry inflates to more than ${maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on("error", (error: Error) => reject(new InputError(`archive entry cannot be inflated (${error.message.split("\n")[0]})`)));
      stream.on("end", () => resolveRead());
    });
    // A fresh buffer of its own: the bytes are transferred to a worker, and Buffer.concat may hand out a slice of
    // Node's shared pool, which must never be detached.
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  }

  close(): void {
    this.open = undefined;
  }
}
