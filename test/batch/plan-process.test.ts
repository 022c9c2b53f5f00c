/**
 * Plan workers as child processes: answers cross the IPC channel intact, and every way a worker can die (an uncaught
 * error, an exit, a heap out of memory, a hang) costs one job with a one-line reason and shows the user no stack
 * trace. The child here is a small script on the built `serveJobs` (dist/, as `npm run build` leaves it).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PlanProcess, type PlanProcessOptions } from "../../src/batch/plan-process.js";
import { type PoolTimers, WorkerFailure, WorkerPool } from "../../src/batch/pool.js";
import { manualClock } from "./manual-clock.js";

const built = pathToFileURL(new URL("../../dist/batch/plan-process.js", import.meta.url).pathname).href;
let entry: URL;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-plan-process-"));
  const script = join(dir, "child.mjs");
  writeFileSync(
    script,
    `import { serveJobs } from ${JSON.stringify(built)};
const hoard = [];
serveJobs(async (job) => {
  if (job.kind === "bytes") return { length: job.bytes.length, isBytes: job.bytes instanceof Uint8Array, sum: job.bytes.reduce((a, b) => a + b, 0) };
  if (job.kind === "crash") {
    setImmediate(() => { throw new Error("kaput\\nsecond line"); });
    return new Promise(() => {});
  }
  if (job.kind === "reject") {
    void Promise.reject(new Error("nobody caught this"));
    return new Promise(() => {});
  }
  if (job.kind === "exit") process.exit(3);
  if (job.kind === "killed") process.kill(process.pid, "SIGKILL");
  if (job.kind === "hang") for (;;) {}
  if (job.kind === "hog") for (;;) hoard.push(new Array(100_000).fill(hoard.length));
  if (job.kind === "say") console.error("a diagnostic from the worker");
  if (job.kind === "heapLimit") return (await import("node:v8")).getHeapStatistics().heap_size_limit;
  return String(job.text).toUpperCase();
});
`,
  );
  entry = pathToFileURL(script);
});

const options: PlanProcessOptions = { maxOldSpaceMb: 64, maxSemiSpaceMb: 4 };
const pool = (timeoutMs = 0, size = 2, timers?: PoolTimers) =>
  new WorkerPool<object, unknown>({ size, timeoutMs, create: () => new PlanProcess(entry, options), describeTimeout: (ms) => `over ${ms} ms`, ...(timers ? { timers } : {}) });

const messageOf = (result: PromiseSettledResult<unknown>) => (result.status === "fulfilled" ? result.value : (result.reason as Error).message);

// Passes the writes through: a failing test still shows what was written.
const stderr = vi.spyOn(process.stderr, "write");
afterEach(() => stderr.mockClear());
const written = () => stderr.mock.calls.map((call) => String(call[0])).join("");

describe("PlanProcess", () => {
  it("answers jobs, bytes included, on processes with the heap limit asked for", async () => {
    const workers = pool();
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const answers = await Promise.all([workers.run({ text: "a" }), workers.run({ kind: "bytes", bytes }), workers.run({ text: "b" })]);
    expect(answers).toEqual(["A", { length: 4, isBytes: true, sum: 256 }, "B"]);
    const limit = (await workers.run({ kind: "heapLimit" })) as number;
    // V8's limit is the old generation plus the young one's share: 64 MiB asked for, well under V8's default.
    expect(limit / 2 ** 20).toBeGreaterThanOrEqual(64);
    expect(limit / 2 ** 20).toBeLessThan(128);
    await workers.close();
  });

  it("fails only the job whose process crashed, exited, ran out of memory or was killed, in one line each", async () => {
    const workers = pool();
    const results = await Promise.allSettled([
      workers.run({ text: "x" }),
      workers.run({ kind: "crash" }),
      workers.run({ kind: "reject" }),
      workers.run({ kind: "exit" }),
      workers.run({ kind: "hog" }),
      workers.run({ kind: "killed" }),
      workers.run({ text: "y" }),
    ]);
    expect(results.map(messageOf)).toEqual([
      "X",
      "worker crashed: kaput",
      "worker crashed: nobody caught this",
      "worker exited unexpectedly (code 3)",
      "worker crashed: out of memory (a worker's heap is limited to 64 MiB)",
      "worker crashed: killed by SIGKILL",
      "Y",
    ]);
    expect((results[4] as PromiseRejectedResult).reason).toBeInstanceOf(WorkerFailure);
    // V8's own report of the heap out of memory (with its native stack) is kept from the user.
    expect(written()).not.toMatch(/FATAL|Last few GCs|stack|at /);
    expect(await workers.run({ text: "after" })).toBe("AFTER");
    await workers.close();
  });

  it("kills a process that runs past the time limit", async () => {
    // The limit fires when the test says, once the other job has answered: a loaded machine that starts the worker
    // processes slowly cannot time out the job that does not hang.
    const clock = manualClock();
    const workers = pool(3000, 2, clock.timers);
    const hang = workers.run({ kind: "hang" }).then(
      () => "answered",
      (error: Error) => error.message,
    );
    expect(await workers.run({ text: "fine" })).toBe("FINE");
    expect([...clock.armed.values()].map((timer) => timer.milliseconds)).toEqual([3000]);
    clock.fire([...clock.armed.keys()][0]!);
    expect(await hang).toBe("over 3000 ms");
    expect(await workers.run({ text: "next" })).toBe("NEXT");
    await workers.close();
  });

  it("passes on what a worker writes on stderr", async () => {
    const workers = pool(0, 1);
    await workers.run({ kind: "say" });
    await workers.close();
    expect(written()).toContain("a diagnostic from the worker\n");
  });
});
