/**
 * Runs `work(i)` for i = 0 … count−1 with at most `concurrency` under way, and hands each result to `inOrder` in index
 * order as soon as every earlier one is in. Results wait only while an earlier one is still running, and no job is
 * started more than `window` places past the first unfinished one: memory is bounded by the window, not by `count`.
 */
export interface OrderedOptions<T> {
  count: number;
  concurrency: number;
  window: number;
  work: (index: number) => Promise<T>;
  /** Called as each result comes in (any order): progress, journal. */
  onResult?: (index: number, result: T) => void;
  inOrder: (index: number, result: T) => void;
  /** Stops starting new jobs (jobs under way still finish or fail). */
  stopped?: () => boolean;
}

export function runOrdered<T>(options: OrderedOptions<T>): Promise<void> {
  const { count, work, inOrder } = options;
  const concurrency = Math.max(1, options.concurrency);
  const window = Math.max(concurrency, options.window);
  const waiting = new Map<number, T>();
  let next = 0;
  let flushed = 0;
  let running = 0;
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const pump = () => {
      if (failed) return;
      while (running < concurrency && next < count && next < flushed + window && !options.stopped?.()) {
        const index = next++;
        running++;
        work(index).then(
          (result) => {
            running--;
            try {
              options.onResult?.(index, result);
              waiting.set(index, result);
              while (waiting.has(flushed)) {
                const ready = waiting.get(flushed)!;
                waiting.delete(flushed);
                inOrder(flushed, ready);
                flushed++;
              }
            } catch (error) {
              failed = true;
              reject(error);
              return;
            }
            pump();
          },
          (error: unknown) => {
            failed = true;
            reject(error);
          },
        );
      }
      if (flushed === count || (running === 0 && options.stopped?.())) resolve();
    };
    pump();
  });
}
