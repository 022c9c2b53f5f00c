/**
 * Which plans a batch covers: files, folders (recursive), globs and .zip archives, expanded into one sorted list.
 *
 * Every plan gets a `relative` path: its path from the deepest folder that holds all the inputs (a folder input is
 * its own root, a file its parent, a glob the part before its first wildcard). It names the output
 * (`out/<relative>.json`), keys the run report and the shard hash, so it never depends on where the tree sits on a
 * machine. Zip entries get `<zip relative>/<entry name>`.
 *
 * Symbolic links are followed (tinyglobby stops at loops) and every file is kept once, by its real path, so a link
 * cycle or a second link to the same plan neither hangs nor duplicates work.
 *
 * FIFOs, sockets and devices are refused here, each named as a failed entry ("refused: a FIFO …"): reading one would
 * hold a worker until --timeout (a FIFO nobody writes to) or forever (a device). The glob library skips them
 * silently, so folders are walked once more for them (without following links into other folders).
 */
import type { Dirent, Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { describeFsError } from "../errors.js";
import { INPUT_EXTENSIONS } from "../model/types.js";
import { listZipEntries, type ZipListing } from "./zip.js";

export const PLAN_EXTENSIONS = Object.keys(INPUT_EXTENSIONS);

/**
 * Word-processor files cchc refuses (RTF, OpenDocument text, web archives): offices keep plans in them, so a batch
 * takes them as inputs and the reader refuses each by its bytes with its one-line reason ("not a plan document: an
 * RTF file; …"). Counted as ignored, a folder of RTF plans would end as a clean run with nothing done.
 */
export const REFUSED_DOCUMENT_EXTENSIONS = [".rtf", ".odt", ".mht", ".mhtml"];

export type PlanSource = { kind: "file"; path: string } | { kind: "zip"; zipPath: string; entry: string };

export interface PlanInput {
  /** Path from the inputs' common root, `/`-separated: the output name and the report key. */
  relative: string;
  /** The path as the user can open it (zip entries: `<zip path>/<entry>`), for messages and `check` reports. */
  display: string;
  source: PlanSource;
  /** Set when the input is known to be unreadable before parsing (missing path, broken archive, unsafe entry). */
  problem?: string;
}

export interface Discovery {
  items: PlanInput[];
  /** Files seen that are not plans nor refused documents (other extensions, nested archives, folders inside archives). */
  ignored: number;
}

export function isPlanPath(path: string): boolean {
  const lower = path.toLowerCase();
  return PLAN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A plan, or a document in a format the readers refuse with a reason: both are batch inputs. */
function isDocumentPath(path: string): boolean {
  const lower = path.toLowerCase();
  return isPlanPath(lower) || REFUSED_DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function isZipPath(path: string): boolean {
  return path.toLowerCase().endsWith(".zip");
}

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/** The folder part of a glob before its first wildcard segment ("fixtures/**\/*.txt" → "fixtures"). */
export function globBase(pattern: string): string {
  const segments = pattern.split("/");
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  const base = fixed.join("/");
  if (base === "") return pattern.startsWith("/") ? "/" : ".";
  return base;
}

/** The deepest folder containing every one of `folders` (absolute paths). */
export function commonFolder(folders: string[]): string {
  if (folders.length === 0) return resolve(".");
  const split = folders.map((f) => resolve(f).split(sep));
  const first = split[0]!;
  let length = first.length;
  for (const parts of split.slice(1)) {
    let i = 0;
    while (i < length && i < parts.length && parts[i] === first[i]) i++;
    length = i;
  }
  const joined = first.slice(0, length).join(sep);
  return joined === "" ? sep : joined;
}

/** Zip entry names may not climb out of the archive or be absolute (zip-slip). */
export function unsafeEntryName(name: string): boolean {
  const normalized = name.replace(/\\/g, "/");
  return normalized.startsWith("/") || /^[A-Za-z]:/.test(normalized) || normalized.split("/").includes("..");
}

interface Candidate {
  /** Absolute path of the file found. */
  absolute: string;
  display: string;
}

interface Root {
  folder: string;
  candidates: Candidate[];
  missing?: { display: string; reason: string };
  /** Special files found (FIFOs, sockets, devices), refused with a reason. */
  special: (Candidate & { reason: string })[];
}

/** What a file that is neither a regular file nor a folder is, for the refusal message; undefined for those two. */
export function specialKind(info: Stats | Dirent): string | undefined {
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return undefined;
}

const refusal = (kind: string) => `refused: ${kind}, not a regular file`;

/** The special files below `folder` (hidden folders skipped, as the glob does). */
async function specialFiles(folder: string, display: string): Promise<Root["special"]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [] as Dirent[]);
  const found: Root["special"] = [];
  for (const entry of entries) {
    const kind = specialKind(entry);
    if (!kind) continue;
    const absolute = join(entry.parentPath ?? entry.path, entry.name);
    const inside = relative(folder, absolute);
    if (inside.split(sep).some((part) => part.startsWith("."))) continue;
    found.push({ absolute, display: toPosix(join(display, inside)), reason: refusal(kind) });
  }
  return found;
}

async function expandInput(input: string, cwd: string): Promise<Root> {
  const globOptions = { followSymbolicLinks: true, dot: false, onlyFiles: true, expandDirectories: false } as const;
  if (isDynamicPattern(input)) {
    const base = globBase(input);
    const matches = await glob([input], { ...globOptions, cwd });
    return {
      folder: resolve(cwd, base),
      candidates: matches.map((m) => ({ absolute: resolve(cwd, m), display: toPosix(m) })),
      special: [],
    };
  }
  const absolute = resolve(cwd, input);
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    return { folder: dirname(absolute), candidates: [], missing: { display: input, reason: describeFsError(error) }, special: [] };
  }
  if (info.isDirectory()) {
    const matches = await glob(["**/*"], { ...globOptions, cwd: absolute });
    return {
      folder: absolute,
      candidates: matches.map((m) => ({ absolute: join(absolute, m), display: toPosix(join(input, m)) })),
      special: await specialFiles(absolute, input),
    };
  }
  const kind = specialKind(info);
  if (kind) return { folder: dirname(absolute), candidates: [], special: [{ absolute, display: toPosix(input), reason: refusal(kind) }] };
  return { folder: dirname(absolute), candidates: [{ absolute, display: toPosix(input) }], special: [] };
}

export interface DiscoverOptions {
  cwd?: string;
  /** Largest archive read to list its entries (bytes); archives above it are reported, not opened. */
  maxZipBytes?: number;
}

export async function discoverInputs(inputs: string[], options: DiscoverOptions = {}): Promise<Discovery> {
  const cwd = options.cwd ?? process.cwd();
  const roots = await Promise.all(inputs.map((input) => expandInput(input, cwd)));
  const base = commonFolder(roots.map((r) => r.folder));
  const relativeTo = (absolute: string) => toPosix(relative(base, absolute));

  const items: PlanInput[] = [];
  const seen = new Set<string>();
  let ignored = 0;
  for (const root of roots) {
    if (root.missing) {
      const absolute = resolve(cwd, root.missing.display);
      items.push({
        relative: isAbsolute(root.missing.display) ? basename(absolute) : relativeTo(absolute),
        display: root.missing.display,
        source: { kind: "file", path: root.missing.display },
        problem: root.missing.reason,
      });
    }
    for (const special of root.special) {
      items.push({ relative: relativeTo(special.absolute), display: special.display, source: { kind: "file", path: special.display }, problem: special.reason });
    }
    for (const candidate of root.candidates) {
      const real = await realpath(candidate.absolute).catch(() => candidate.absolute);
      if (seen.has(real)) continue;
      seen.add(real);
      const plan = isDocumentPath(candidate.absolute);
      const zip = isZipPath(candidate.absolute);
      if (!plan && !zip) {
        ignored++;
        continue;
      }
      const rel = relativeTo(candidate.absolute);
      if (plan) {
        items.push({ relative: rel, display: candidate.display, source: { kind: "file", path: candidate.display } });
        continue;
      }
      const listing = await listZipEntries(candidate.absolute, options.maxZipBytes);
      ignored += addZipEntries(items, listing, rel, candidate.display);
    }
  }
  items.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return { items, ignored };
}

/** Adds an archive's plans (or its one failure) to `items`; returns how many entries it ignored. */
function addZipEntries(items: PlanInput[], listing: ZipListing, zipRelative: string, zipDisplay: string): number {
  if ("problem" in listing) {
    items.push({ relative: zipRelative, display: zipDisplay, source: { kind: "file", path: zipDisplay }, problem: listing.problem });
    return 0;
  }
  let ignored = 0;
  for (const entry of listing.entries) {
    if (entry.endsWith("/")) continue;
    const display = `${zipDisplay}/${entry}`;
    const rel = `${zipRelative}/${entry}`;
    if (unsafeEntryName(entry)) {
      // Only the report keys it by this name: a refused entry has no output, so nothing is written under it.
      items.push({ relative: rel, display, source: { kind: "zip", zipPath: zipDisplay, entry }, problem: "refused: archive entry name is absolute or contains '..'" });
      continue;
    }
    if (!isDocumentPath(entry)) {
      ignored++;
      continue;
    }
    items.push({ relative: rel, display, source: { kind: "zip", zipPath: zipDisplay, entry } });
  }
  return ignored;
}
