/**
 * Character error rate, the usual OCR quality measure: the edit distance from the expected text to the recognised
 * text divided by the expected text's length. Both sides are compared as NFC code points with runs of white space
 * folded to one space, because a scan's line breaks and a text file's never agree and are not recognition errors.
 */

function comparable(text: string): string[] {
  return [...text.normalize("NFC").replace(/\s+/gu, " ").trim()];
}

/** Levenshtein distance over code points (insertions, deletions and substitutions all cost 1). */
export function levenshtein(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Two rows suffice; `previous[j]` is the distance between a[0..i) and b[0..j).
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const charA = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (charA === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 0 for identical texts; can exceed 1 when the recognised text is much longer than the expected one. */
export function characterErrorRate(expected: string, actual: string): number {
  const want = comparable(expected);
  const got = comparable(actual);
  if (want.length === 0) return got.length === 0 ? 0 : 1;
  return levenshtein(want, got) / want.length;
}
