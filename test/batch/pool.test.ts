/** The pool with small inline workers: a crash, an exit and a hang each cost one job, and the pool goes on. */
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { WorkerFailure, WorkerPool } from "../../src/batch/pool.js";

const source = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id, job }) => {
  if (job === "crash") setImmediate(() => { throw new Error("kaput"); });
  else if (job === "exit") process.exit(3);
  else if (job === "hang") for (;;) {}
  else parentPort.postMessage({ id, result: String(job).toUpperCase() });
});`;

const pool = (timeoutMs = 0) => new WorkerPool<string, string>({ size: 2, timeoutMs, create: () => new Worker(source, { eval: true }), describeTimeout: (ms) => `over ${ms} ms` });

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
  it("terminates a worker that runs past the time limit", async () => {
    const workers = pool(300);
    const [hang, fine] = await Promise.allSettled([workers.run("hang"), workers.run("fine")]);
    expect(hang.status === "rejected" && (hang.reason as Error).message).toBe("over 300 ms");
    expect(fine.status === "fulfilled" && fine.value).toBe("FINE");
    expect(await workers.run("next")).toBe("NEXT");
    await workers.close();
  });
  it("rejects work after close", async () => {
    const workers = pool();
    await workers.close();
    await expect(workers.run("a")).rejects.toThrow(WorkerFailure);
  });
});
