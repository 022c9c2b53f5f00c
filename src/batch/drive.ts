/**
 * The one per-plan driver, shared by `parse -o DIR`, `parse -f jsonl` of many plans and `check`: for each plan, in
 * worker processes, results handed on in the batch's sorted order, with progress on stderr, and a clean stop on
 * SIGINT/SIGTERM or when an output cannot be written (a full disk, a read-only folder, a closed pipe). What a plan's
 * answer becomes, and where it goes, is the caller's: this module decides no exit code and writes no output.
 */
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { describeFsError, InputError, OutputError, UsageError } from "../errors.js";
import type { Limits } from "../limits.js";
import { displayPath } from "./output-file.js";
import { discoverInputs, PLAN_EXTENSIONS, type Discovery, type PlanInput } from "./discover.js";
import { runOrdered } from "./ordered.js";
import { PlanProcess } from "./plan-process.js";
import { type PoolWorker, WorkerFailure, WorkerPool } from "./pool.js";
import type { Progress } from "./progress.js";
import type { Job, JobInput, JobResult } from "./protocol.js";
import type { ReportEntry } from "./report.js";
import { ZipEntryReader } from "./zip.js";

export function parseConcurrency(value: unknown): number {
  if (value === undefined || value === "auto") return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency takes a positive whole number or "auto", not "${String(value)}"`);
  return n;
}

/**
 * Heap limits of a plan worker. Left to V8's defaults (sized from the machine's memory) a worker's heap grows to
 * whatever it is allowed; a capped old generation makes V8 collect earlier, and a plan that needs more than the cap
 * fails alone ("worker crashed: out of memory …") instead of taking the machine. The young generation trades memory
 * for time: larger semi-spaces mean fewer scavenges (the README's Performance section has the figures).
 */
export const WORKER_HEAP = { maxOldSpaceMb: 1024, maxSemiSpaceMb: 16 };

export function createPlanWorker(): PlanProcess {
  return new PlanProcess(new URL("./worker.js", import.meta.url), WORKER_HEAP);
}

export function describeTimeout(milliseconds: number): string {
  return `took longer than ${milliseconds / 1000} s (limit: --timeout)`;
}

/** Discovers the inputs, refusing a batch that found nothing to do. */
export async function discoverPlans(inputs: string[]): Promise<Discovery> {
  const discovery = await discoverInputs(inputs);
  if (discovery.items.length === 0) {
    throw new UsageError(`no plans found in ${inputs.join(", ")} (looked for ${PLAN_EXTENSIONS.join(" ")} and .zip archives of them)`);
  }
  return discovery;
}

/** The job input of a plan: its path, or the bytes of an archive entry (extracted here, handed over to the worker). */
export async function jobInput(item: PlanInput, zips: ZipEntryReader, limits: Limits): Promise<{ input: JobInput; transfer: ArrayBuffer[] }> {
  if (item.source.kind === "file") return { input: { kind: "path", path: item.source.path }, transfer: [] };
  const bytes = await zips.read(item.source.zipPath, item.source.entry, limits.maxBytes);
  return { input: { kind: "bytes", bytes, path: item.display }, transfer: [bytes.buffer as ArrayBuffer] };
}

/** A worker's answer, minus the one that stops the run. */
export type PlanAnswer = Exclude<JobResult, { outcome: "unwritable" }>;

export interface DriveOptions<R> {
  items: readonly PlanInput[];
  concurrency: number;
  limits: Limits;
  progress: Progress;
  /** The worker job of one plan. */
  job(item: PlanInput, input: JobInput): Job;
  /** What a plan came to (also a plan that could not be handed to a worker: a `failed` answer). */
  settle(item: PlanInput, answer: PlanAnswer, timeMs: number): R | Promise<R>;
  /** The report entry a progress line shows, if any. */
  entryOf?(outcome: R): ReportEntry | undefined;
  /** Each plan as soon as it is settled, in any order (the journal). May throw an OutputError: the run stops. */
  finished?(item: PlanInput, outcome: R): void;
  /** Each plan in the batch's order. May throw an OutputError: the run stops. */
  inOrder(item: PlanInput, outcome: R): void;
  /** Streams that carry this run's output or messages: their failing (EPIPE, ENOSPC) stops the run. */
  watch?: readonly NodeJS.WritableStream[];
  createWorker?(): PoolWorker;
}

export interface DriveResult {
  /** Stopped by SIGINT or SIGTERM: plans not yet settled were not handed on. */
  interrupted: boolean;
  /** Stopped because an output could not be written: plans not yet settled were not handed on. */
  outputFailure?: OutputError;
}

export async function drivePlans<R>(options: DriveOptions<R>): Promise<DriveResult> {
  const { items, concurrency, progress } = options;
  const pool = new WorkerPool<Job, JobResult>({
    size: concurrency,
    create: options.createWorker ?? createPlanWorker,
    timeoutMs: options.limits.timeoutMs,
    describeTimeout,
  });
  const zips = new ZipEntryReader();
  let interrupted = false;
  let outputFailure: OutputError | undefined;
  const stopped = () => interrupted || outputFailure !== undefined;
  const interrupt = () => {
    interrupted = true;
    void pool.close();
  };
  const halt = (failure: OutputError) => {
    outputFailure ??= failure;
    void pool.close();
  };
  const streamFailed = (name: string) => (error: Error) => halt(new OutputError(name, describeFsError(error)));
  const watchers = (options.watch ?? []).map((stream) => {
    const listener = streamFailed(stream === process.stderr ? "stderr" : stream === process.stdout ? "stdout" : "output");
    stream.on("error", listener);
    return { stream, listener };
  });
  /** A callback's OutputError stops the run; anything else is a bug and ends it. */
  const guarded = (callback: () => void) => {
    if (stopped()) return;
    try {
      callback();
    } catch (error) {
      if (error instanceof OutputError) halt(error);
      else throw error;
    }
  };

  const work = async (index: number): Promise<{ outcome?: R }> => {
    const item = items[index]!;
    const begin = performance.now();
    if (item.problem) return { outcome: await options.settle(item, { outcome: "failed", reason: item.problem, sha256: null }, 0) };
    progress.start(item.display);
    let result: JobResult;
    try {
      const { input, transfer } = await jobInput(item, zips, options.limits);
      result = await pool.run(options.job(item, input), transfer);
    } catch (error) {
      if (error instanceof InputError || error instanceof WorkerFailure) result = { outcome: "failed", reason: error.message, sha256: null };
      else throw error;
    }
    // A job cut short by the stop (the pool's closing failed it) is not this plan's result: the next run does it.
    if (stopped()) return {};
    if (result.outcome === "unwritable") {
      halt(new OutputError(displayPath(result.path), result.reason));
      return {};
    }
    return { outcome: await options.settle(item, result, Math.round(performance.now() - begin)) };
  };

  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  try {
    await runOrdered<{ outcome?: R }>({
      count: items.length,
      concurrency,
      window: concurrency * 4,
      stopped,
      work,
      onResult: (index, { outcome }) => {
        if (outcome === undefined) return;
        guarded(() => {
          options.finished?.(items[index]!, outcome);
          progress.finish(options.entryOf?.(outcome));
        });
      },
      inOrder: (index, { outcome }) => {
        if (outcome !== undefined) guarded(() => options.inOrder(items[index]!, outcome));
      },
    });
  } finally {
    process.removeListener("SIGINT", interrupt);
    process.removeListener("SIGTERM", interrupt);
    await pool.close();
    zips.close();
    progress.end();
    // A stream that fails after the run (stderr closed while the summary is written) has nothing left to tell anyone:
    // its error must not become a crash with a stack trace.
    for (const { stream, listener } of watchers) {
      stream.removeListener("error", listener);
      if (stream.listenerCount("error") === 0) stream.on("error", () => {});
    }
  }
  return outputFailure ? { interrupted, outputFailure } : { interrupted };
}
