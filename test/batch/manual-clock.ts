import type { PoolTimers } from "../../src/batch/pool.js";

/** A clock that moves only when the test says: a time-out fires on `fire`, however fast or slow the machine. */
export function manualClock() {
  const armed = new Map<number, { callback: () => void; milliseconds: number }>();
  let next = 1;
  const timers: PoolTimers = {
    set: (callback, milliseconds) => {
      armed.set(next, { callback, milliseconds });
      return next++;
    },
    clear: (handle) => void armed.delete(handle as number),
  };
  return { timers, armed, fire: (handle: number) => armed.get(handle)?.callback() };
}
