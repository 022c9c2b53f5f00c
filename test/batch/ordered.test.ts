import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { runOrdered } from "../../src/batch/ordered.js";

describe("runOrdered", () => {
  it("hands results on in index order, never more than `concurrency` at once nor past the window", async () => {
    const delays = [30, 1, 5, 1, 20, 1, 1, 8, 1, 1, 1, 12, 1, 1];
    const seen: number[] = [];
    let running = 0;
    let most = 0;
    let flushed = 0;
    let furthest = 0;
    await runOrdered<number>({
      count: delays.length,
      concurrency: 3,
      window: 5,
      work: async (i) => {
        running++;
        most = Math.max(most, running);
        furthest = Math.max(furthest, i - flushed);
        await sleep(delays[i]!);
        running--;
        return i * 10;
      },
      inOrder: (i, value) => {
        expect(value).toBe(i * 10);
        seen.push(i);
        flushed = i + 1;
      },
    });
    expect(seen).toEqual(delays.map((_, i) => i));
    expect(most).toBeLessThanOrEqual(3);
    expect(furthest).toBeLessThan(5);
  });
  it("stops starting jobs once stopped, and finishes with nothing to do", async () => {
    let started = 0;
    let stop = false;
    await runOrdered({ count: 10, concurrency: 1, window: 1, stopped: () => stop, work: async () => { started++; stop = true; }, inOrder: () => {} });
    expect(started).toBe(1);
    await expect(runOrdered({ count: 0, concurrency: 2, window: 2, work: async () => 1, inOrder: () => {} })).resolves.toBeUndefined();
  });
  it("rejects when a job throws", async () => {
    await expect(runOrdered({ count: 3, concurrency: 2, window: 4, work: async (i) => { if (i === 1) throw new Error("boom"); }, inOrder: () => {} })).rejects.toThrow("boom");
  });
});
