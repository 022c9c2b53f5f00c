/**
 * A batch worker in a child process of its own, not a worker thread, for one V8 flag, which cannot be given to a
 * worker thread: `--single-threaded-gc`. V8's concurrent and parallel garbage collection adds helper threads, and
 * barriers for them, that on a small machine compete with the parsing itself; with the flag, batches of PDFs, of text
 * plans and of scanned PDFs were all faster, with a core to spare too, so it is always given (figures: README,
 * Performance). A native crash (pdf.js's canvas in OCR) then costs one plan, not the batch.
 *
 * The child speaks the pool's protocol over Node's IPC channel (structured clone, so a zip entry's bytes go as they
 * are). What a worker thread gave for free is done here: an uncaught error arrives as one line (`serveJobs` reports
 * it before exiting), and V8's report of a heap out of memory, which a child prints on its stderr with a native stack,
 * is kept back and turned into one line.
 */
import { type ChildProcess, fork } from "node:child_process";
import { EventEmitter } from "node:events";
import { fileURLToPath } from "node:url";
import type { JobAnswer, JobRequest, PoolWorker } from "./pool.js";

/** What a worker sends, instead of an answer, when it is about to exit on an error of its own. */
export interface CrashReport {
  crash: string;
}

function isCrashReport(message: unknown): message is CrashReport {
  return typeof message === "object" && message !== null && typeof (message as Partial<CrashReport>).crash === "string";
}

/**
 * The child's side: answers each `{ id, job }` with `{ id, result }` from `handle`, which must not throw (a job's own
 * failure is a result). An error outside a job (a bug of ours, or of a library's callback) ends the process with one
 * line for the batch to report, not a stack trace on the terminal.
 */
export function serveJobs<J, R>(handle: (job: J) => Promise<R>): void {
  const send = (message: JobAnswer<R> | CrashReport, then?: () => void) => {
    if (process.send) process.send(message, undefined, undefined, then);
    else then?.();
  };
  process.on("message", (request: JobRequest<J>) => {
    void handle(request.job).then((result) => send({ id: request.id, result }));
  });
  const crash = (error: unknown) => {
    send({ crash: error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error) }, () => process.exit(70));
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  // Ctrl-C reaches the whole process group: the batch decides what an interrupt means (it records what finished and
  // stops its workers), so the workers leave that to it. Without the batch (its IPC channel closed), they end.
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => {});
  process.on("disconnect", () => process.exit(0));
}

export interface PlanProcessOptions {
  /** Heap of the process's old generation, MiB; a plan that needs more fails alone. */
  maxOldSpaceMb: number;
  /** One semi-space of the young generation, MiB. */
  maxSemiSpaceMb: number;
}

/** Lines that open V8's fatal-error report (heap out of memory, a failed check): never shown, summarised instead. */
const FATAL_REPORT = /^(<--- Last few GCs --->|<--- JS stacktrace --->|FATAL ERROR:|#\s*Fatal error)/;
const KEPT_REPORT_CHARACTERS = 16_384;

export class PlanProcess extends EventEmitter implements PoolWorker {
  private readonly child: ChildProcess;
  private fatalReport = "";
  private partialLine = "";
  private readonly closed: Promise<void>;

  constructor(
    entry: URL,
    private readonly options: PlanProcessOptions,
  ) {
    super();
    const execArgv = ["--single-threaded-gc", `--max-old-space-size=${options.maxOldSpaceMb}`, `--max-semi-space-size=${options.maxSemiSpaceMb}`];
    // The child's stdout goes to our stderr: whatever a library prints there is a diagnostic, and cchc's stdout
    // carries data only.
    this.child = fork(fileURLToPath(entry), [], { execArgv, serialization: "advanced", stdio: ["ignore", 2, "pipe", "ipc"] });
    this.child.on("message", (message: unknown) => {
      if (isCrashReport(message)) this.fail(new Error(message.crash));
      else this.emit("message", message);
    });
    // Only when the process could not be started (or signalled): its 'close' still follows.
    this.child.on("error", (error) => this.fail(error));
    this.child.stderr?.setEncoding("utf8");
    this.child.stderr?.on("data", (chunk: string) => this.passOnStderr(chunk));
    this.closed = new Promise((resolve) => {
      this.child.on("close", (code, signal) => {
        this.passOnStderr("\n");
        resolve();
        this.reportEnd(code, signal);
      });
    });
  }

  postMessage(message: unknown): void {
    // A process that has just died answers with 'close', which the pool is listening for.
    if (this.child.connected) this.child.send(message as object);
  }

  async terminate(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
    await this.closed;
  }

  /** An 'error' nobody listens to any more (the pool has dropped this worker) is not worth a crash of the batch. */
  private fail(error: Error): void {
    if (this.listenerCount("error") > 0) this.emit("error", error);
  }

  private passOnStderr(chunk: string): void {
    const lines = (this.partialLine + chunk).split("\n");
    this.partialLine = lines.pop() ?? "";
    for (const line of lines) {
      if (this.fatalReport || FATAL_REPORT.test(line)) {
        if (this.fatalReport.length < KEPT_REPORT_CHARACTERS) this.fatalReport += `${line}\n`;
      } else if (line.trim() !== "") {
        // Blank lines are dropped: V8 opens its fatal report with one.
        process.stderr.write(`${line}\n`);
      }
    }
  }

  private reportEnd(code: number | null, signal: NodeJS.Signals | null): void {
    if (/heap out of memory|heap limit/i.test(this.fatalReport)) {
      this.fail(new Error(`out of memory (a worker's heap is limited to ${this.options.maxOldSpaceMb} MiB)`));
    } else if (this.fatalReport) {
      const first = /^(FATAL ERROR:|#\s*Fatal error).*$/m.exec(this.fatalReport)?.[0] ?? this.fatalReport.split("\n")[0] ?? "";
      this.fail(new Error(`V8 stopped the worker (${first.replace(/^#\s*/, "").trim()})`));
    } else if (signal) {
      this.fail(new Error(`killed by ${signal}`));
    } else {
      this.emit("exit", code ?? 0);
    }
  }
}
