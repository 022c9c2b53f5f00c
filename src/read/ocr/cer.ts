/**
 * Character error rate, the usual OCR quality measure: the edit distance from the expected text to the recognised
 * text divided by the expected text's length. Both sides are compared as NFC code points with runs of white space
 * folded to one space, because a scan's line breaks and a text file's never agree and are not recognition errors.
 */
import { levenshtein } from "../../edit-distance.js";

export { levenshtein };

function comparable(text: string): string[] {
  return [...text.normalize("NFC").replace(/\s+/gu, " ").trim()];
}

/** 0 for identical texts; can exceed 1 when the recognised text is much longer than the expected one. */
export function characterErrorRate(expected: string, actual: string): number {
  const want = comparable(expected);
  const got = comparable(actual);
  if (want.length === 0) return got.length === 0 ? 0 : 1;
  return levenshtein(want, got) / want.length;
}
