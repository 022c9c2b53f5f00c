/** The pool with small inline workers: a crash, an exit and a hang each cost one job, and the pool goes on. */
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { type PoolTimers, WorkerFailure, WorkerPool } from "../../src/batch/pool.js";
import { manualClock } from "./manual-clock.js";

const source = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id, job }) => {
  if (job === "crash") setImmediate(() => { throw new Error("kaput"); });
  else if (job === "exit") process.exit(3);
  else if (job === "hang") for (;;) {}
  else parentPort.postMessage({ id, result: String(job).toUpperCase() });
});`;

const pool = (timeoutMs = 0, timers?: PoolTimers) =>
  new WorkerPool<string, string>({ size: 2, timeoutMs, create: () => new Worker(source, { eval: true }), describeTimeout: (ms) => `over ${ms} ms`, ...(timers ? { timers } : {}) });


describe("WorkerPool", () => {
  it("runs jobs on workers and answers each", async () => {
    const workers = pool();
    expect(await Promise.all(["a", "b", "c", "d", "e"].map((j) => workers.run(j)))).toEqual(["A", "B", "C", "D", "E"]);
    await workers.close();
  });
  it("fails only the job whose worker crashed or exited, then replaces the worker", async () => {
    const workers = pool();
    const results = await Promise.allSettled(["x", "crash", "y", "exit", "z"].map((j) => workers.run(j)));
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual([
      "X",
      "worker crashed: kaput",
      "Y",
      "worker exited unexpectedly (code 3)",
      "Z",
    ]);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(WorkerFailure);
    expect(await workers.run("after")).toBe("AFTER");
    await workers.close();
  });
  it("terminates a worker that runs past the time limit, and only that one", async () => {
    const clock = manualClock();
    const workers = pool(300, clock.timers);
    const hang = workers.run("hang");
    const fine = workers.run("fine");
    expect(await fine).toBe("FINE");
    // The finished job's timer was cleared; the hanging job's is the one left, armed with the limit.
    expect([...clock.armed.values()].map((t) => t.milliseconds)).toEqual([300]);
    clock.fire([...clock.armed.keys()][0]!);
    await expect(hang).rejects.toThrow("over 300 ms");
    await expect(hang).rejects.toBeInstanceOf(WorkerFailure);
    expect(await workers.run("next")).toBe("NEXT");
    await workers.close();
  });
  it("arms no timer without a limit", async () => {
    const clock = manualClock();
    const workers = pool(0, clock.timers);
    expect(await workers.run("a")).toBe("A");
    expect(clock.armed.size).toBe(0);
    await workers.close();
  });
  it("rejects work after close", async () => {
    const workers = pool();
    await workers.close();
    await expect(workers.run("a")).rejects.toThrow(WorkerFailure);
  });
});
