import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inShard, parseShard, shardOf } from "../../src/batch/shard.js";
import { UsageError } from "../../src/errors.js";

describe("--shard", () => {
  it("parses i/n and refuses the rest", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/3", "4/3", "1/0", "a/b", "2", "-1/3"]) expect(() => parseShard(bad), bad).toThrow(UsageError);
  });
  it("puts every path in exactly one shard, the same whatever the order", () => {
    const paths = Array.from({ length: 200 }, (_, i) => `plans/kh-${i}.txt`);
    const shards = [1, 2, 3].map((index) => paths.filter((p) => inShard(p, { index, count: 3 })));
    expect(shards.flat().sort()).toEqual([...paths].sort());
    for (const shard of shards) expect(shard.length).toBeGreaterThan(40);
    expect([...paths].reverse().filter((p) => inShard(p, { index: 2, count: 3 })).reverse()).toEqual(shards[1]);
  });
  it("is the documented hash: first 4 bytes of sha256(NFC path), big-endian, mod n, plus 1", () => {
    const path = "Kế hoạch/2024.txt";
    const expected = (createHash("sha256").update(path.normalize("NFC")).digest().readUInt32BE(0) % 7) + 1;
    expect(shardOf(path, 7)).toBe(expected);
    expect(shardOf(path.normalize("NFD"), 7)).toBe(expected);
  });
});
