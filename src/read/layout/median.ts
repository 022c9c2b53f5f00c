/**
 * The middle value (the upper one of an even count), 0 when there is none: the layout's measure of "the usual" font
 * size, line height or gap, which one odd line cannot move.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
