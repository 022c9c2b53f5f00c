/**
 * `--shard i/n`: a deterministic 1/n of the plans, chosen by a hash of each plan's relative path (its `/`-separated
 * path from the inputs' root), so every machine given the same tree agrees on the split whatever the order or the
 * cwd. Shards are numbered from 1, as in Jest and Playwright.
 */
import { createHash } from "node:crypto";
import { UsageError } from "../errors.js";

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n (e.g. 2/4), not "${value}"`);
  }
  return { index, count };
}

/** The shard (1-based) a relative path belongs to among `count`. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash("sha256").update(relativePath.normalize("NFC"), "utf8").digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(relativePath: string, shard: Shard): boolean {
  return shardOf(relativePath, shard.count) === shard.index;
}
