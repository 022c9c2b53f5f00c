/**
 * `target.push(...items)` without the spread: spreading more than about a hundred thousand items overflows the
 * call stack, and a document's blocks, lines or diagnostics can be that many.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
