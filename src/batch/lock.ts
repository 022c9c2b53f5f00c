/**
 * One batch per output folder: `DIR/.cchc-lock`, created exclusively (O_EXCL), names its owner (pid, host, start
 * time). A second batch into the folder fails at once with one line naming the owner. A lock left by a process that
 * no longer runs on this host (kill -9, a crash, a power cut) is taken over; one from another host (a shared folder)
 * cannot be checked, so the message says how to remove it.
 */
import { hostname } from "node:os";
import { open, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { describeFsError, OutputError } from "../errors.js";

export const LOCK_NAME = ".cchc-lock";

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, "utf8")) as Partial<LockOwner>;
    if (typeof owner.pid === "number" && typeof owner.host === "string") return { pid: owner.pid, host: owner.host, since: String(owner.since ?? "?") };
  } catch {
    // Unreadable or cut short: written by a process killed while creating it.
  }
  return undefined;
}

export interface FolderLock {
  release(): Promise<void>;
}

/** Takes the folder's lock; `display` names the folder in messages. */
export async function lockFolder(dir: string, display: string): Promise<FolderLock> {
  const path = join(dir, LOCK_NAME);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, "wx");
      try {
        await handle.writeFile(`${JSON.stringify(me)}\n`);
      } finally {
        await handle.close();
      }
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new OutputError(display, describeFsError(error));
    }
    const owner = await readOwner(path);
    if (owner && (owner.host !== me.host || alive(owner.pid))) {
      const where = owner.host === me.host ? `pid ${owner.pid}` : `pid ${owner.pid} on ${owner.host}`;
      throw new OutputError(display, `another cchc batch (${where}, since ${owner.since}) is writing here; wait for it, or remove ${LOCK_NAME} if it is gone`);
    }
    if (!owner) {
      // Being written this very moment by a batch that has just created it, or left empty by one killed doing so.
      const age = Date.now() - ((await stat(path).catch(() => undefined))?.mtimeMs ?? 0);
      if (age < 10_000) throw new OutputError(display, `another cchc batch is starting here; wait for it, or remove ${LOCK_NAME} if it is gone`);
    }
    // Its owner is gone: the lock is stale.
    await rm(path, { force: true });
  }
  throw new OutputError(display, `could not take ${LOCK_NAME} (another batch keeps taking it)`);
}
