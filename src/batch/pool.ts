/**
 * A fixed set of workers, one job each at a time. A worker that throws outside a job, exits, or runs past the time
 * limit is terminated and replaced; only its job fails (with a `WorkerFailure`), the others go on.
 */

/** What the pool posts to a worker, and what the worker answers. */
export interface JobRequest<J> {
  id: number;
  job: J;
}
export interface JobAnswer<R> {
  id: number;
  result: R;
}

/** What the pool needs of a worker: a worker thread and a plan process (plan-process.ts) both are one. */
export interface PoolWorker {
  postMessage(message: unknown, transfer: readonly ArrayBuffer[]): void;
  on(event: "message", listener: (message: unknown) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "exit", listener: (code: number) => void): unknown;
  removeAllListeners(event: "message" | "error" | "exit"): unknown;
  terminate(): Promise<unknown>;
}

export class WorkerFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkerFailure";
  }
}

interface Pending<R> {
  request: unknown;
  transfer: readonly ArrayBuffer[];
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

/** The clock the time limit runs on: the real one by default, a test's own to fire a time-out when it says so. */
export interface PoolTimers {
  set(callback: () => void, milliseconds: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMERS: PoolTimers = {
  set: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

interface Slot<R> {
  worker: PoolWorker;
  current?: { id: number; pending: Pending<R>; timer?: unknown };
}

export interface PoolOptions {
  size: number;
  create: () => PoolWorker;
  /** Per job, milliseconds; 0 = none. */
  timeoutMs: number;
  describeTimeout?: (milliseconds: number) => string;
  timers?: PoolTimers;
}

/** Requests are wrapped as `JobRequest`s; workers answer with `JobAnswer`s. */
export class WorkerPool<J, R> {
  private readonly slots: Slot<R>[] = [];
  private readonly queue: Pending<R>[] = [];
  private nextId = 1;
  private closed = false;
  private readonly timers: PoolTimers;

  constructor(private readonly options: PoolOptions) {
    this.timers = options.timers ?? REAL_TIMERS;
  }

  run(job: J, transfer: readonly ArrayBuffer[] = []): Promise<R> {
    if (this.closed) return Promise.reject(new WorkerFailure("the worker pool is closed"));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ request: job, transfer, resolve, reject });
      this.dispatch();
    });
  }

  /** Terminates every worker; jobs under way or queued are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new WorkerFailure("the worker pool is closed"));
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      if (slot.current) {
        this.timers.clear(slot.current.timer);
        slot.current.pending.reject(new WorkerFailure("the worker pool is closed"));
        slot.current = undefined;
      }
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => !s.current);
      if (!slot && this.slots.length < this.options.size) slot = this.spawn();
      if (!slot) return;
      const pending = this.queue.shift()!;
      const id = this.nextId++;
      slot.current = { id, pending };
      if (this.options.timeoutMs > 0) {
        const busy = slot;
        slot.current.timer = this.timers.set(() => {
          const message = this.options.describeTimeout?.(this.options.timeoutMs) ?? `took longer than ${this.options.timeoutMs} ms`;
          this.fail(busy, message);
        }, this.options.timeoutMs);
      }
      const request: JobRequest<unknown> = { id, job: pending.request };
      slot.worker.postMessage(request, [...pending.transfer]);
    }
  }

  private spawn(): Slot<R> {
    const worker = this.options.create();
    const slot: Slot<R> = { worker };
    worker.on("message", (message) => {
      const answer = message as JobAnswer<R>;
      const current = slot.current;
      if (!current || current.id !== answer.id) return;
      this.timers.clear(current.timer);
      slot.current = undefined;
      current.pending.resolve(answer.result);
      this.dispatch();
    });
    worker.on("error", (error: Error) => this.fail(slot, `worker crashed: ${error.message.split("\n")[0]}`));
    worker.on("exit", (code) => this.fail(slot, `worker exited unexpectedly (code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  /** Ends a worker that misbehaved: its job fails, the worker is dropped and a fresh one takes the next job. */
  private fail(slot: Slot<R>, message: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    const current = slot.current;
    slot.current = undefined;
    slot.worker.removeAllListeners("message");
    slot.worker.removeAllListeners("exit");
    slot.worker.removeAllListeners("error");
    slot.worker.on("error", () => {});
    void slot.worker.terminate();
    if (current) {
      this.timers.clear(current.timer);
      current.pending.reject(new WorkerFailure(message));
    }
    this.dispatch();
  }
}
