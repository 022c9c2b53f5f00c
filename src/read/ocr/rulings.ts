/**
 * Table borders on a scanned page: long, thin runs of dark pixels on the binarised (and already deskewed) image.
 * Each row (for horizontal lines) or column (for vertical ones) is scanned for dark runs that tolerate a pixel or two
 * of noise; runs in neighbouring rows that touch end to end or overlap are chained into one line, which also follows
 * a line left slightly skewed (tesseract does not rotate below ~0.3°, where a border climbs a pixel every ~200 px).
 * A chain is a ruling when it is long enough and thin enough: text never makes a long unbroken run because letters
 * and words are separated by white, and a filled dark area (a photo, a stamp) is too thick.
 */
import type { Ruling } from "../layout/types.js";

export interface RulingLimits {
  /** Shortest horizontal ruling, px. */
  minHorizontal: number;
  /** Shortest vertical ruling, px. */
  minVertical: number;
  /** Light pixels bridged inside a run (noise, JPEG speckle), px. */
  gap: number;
  /** Thickest accepted line, px (mean dark pixels per position along it, so residual skew does not count). */
  maxThickness: number;
}

/**
 * Lengths from page geometry, not from the image size, so that they mean the same at every DPI: a horizontal border
 * spans at least one table column (1 inch is shorter than any column we have seen and longer than any word); a
 * vertical border spans at least a row of text with its padding (0.3 inch, taller than a 16 pt capital).
 */
export function rulingLimits(dpi: number): RulingLimits {
  return {
    minHorizontal: Math.round(dpi),
    minVertical: Math.round(dpi * 0.3),
    gap: Math.max(1, Math.round(dpi / 100)),
    maxThickness: Math.max(3, Math.round(dpi * 0.04)),
  };
}

interface Run {
  start: number;
  end: number;
}

interface Chain {
  start: number;
  end: number;
  lastCross: number;
  /** Dark pixels along the chain, weighted by cross position, to place the line at its centre. */
  weight: number;
  crossSum: number;
}

/**
 * `mask[y * width + x]` is 1 for dark pixels. Returns rulings in pixels, horizontal ones with y1 === y2 and vertical
 * ones with x1 === x2.
 */
export function detectRulings(mask: Uint8Array, width: number, height: number, limits: RulingLimits): Ruling[] {
  const horizontal = findLines(mask, width, height, true, limits).map(
    (line): Ruling => ({ x1: line.start, y1: line.cross, x2: line.end, y2: line.cross }),
  );
  const vertical = findLines(mask, width, height, false, limits).map(
    (line): Ruling => ({ x1: line.cross, y1: line.start, x2: line.cross, y2: line.end }),
  );
  return [...horizontal, ...vertical];
}

function findLines(
  mask: Uint8Array,
  width: number,
  height: number,
  horizontal: boolean,
  limits: RulingLimits,
): Array<{ start: number; end: number; cross: number }> {
  const along = horizontal ? width : height;
  const across = horizontal ? height : width;
  const minLength = horizontal ? limits.minHorizontal : limits.minVertical;
  // Shorter pieces are ignored; a border skewed by 0.3° still arrives in pieces of ~190 px per row.
  const minPiece = Math.max(limits.gap * 4, Math.min(minLength, Math.round(minLength / 4)));
  const at = horizontal ? (i: number, j: number) => mask[j * width + i] : (i: number, j: number) => mask[i * width + j];

  const done: Chain[] = [];
  let open: Chain[] = [];
  for (let j = 0; j < across; j++) {
    const runs = runsAt(j, along, limits.gap, minPiece, at);
    const stillOpen: Chain[] = [];
    for (const chain of open) {
      if (j - chain.lastCross > 2) done.push(chain);
      else stillOpen.push(chain);
    }
    open = stillOpen;
    for (const run of runs) {
      const touching = open.filter((chain) => run.start <= chain.end + limits.gap && run.end >= chain.start - limits.gap);
      const length = run.end - run.start;
      if (touching.length === 0) {
        open.push({ start: run.start, end: run.end, lastCross: j, weight: length, crossSum: j * length });
        continue;
      }
      const merged = touching[0]!;
      for (const other of touching.slice(1)) {
        merged.start = Math.min(merged.start, other.start);
        merged.end = Math.max(merged.end, other.end);
        merged.weight += other.weight;
        merged.crossSum += other.crossSum;
        open.splice(open.indexOf(other), 1);
      }
      merged.start = Math.min(merged.start, run.start);
      merged.end = Math.max(merged.end, run.end);
      merged.lastCross = j;
      merged.weight += length;
      merged.crossSum += j * length;
    }
  }
  done.push(...open);

  const lines: Array<{ start: number; end: number; cross: number }> = [];
  for (const chain of done) {
    const length = chain.end - chain.start;
    if (length < minLength) continue;
    // Mean thickness rather than the chain's extent across: a skewed line spans several rows but stays thin, and a
    // word touching a border adds little to the mean while it would widen the extent.
    if (chain.weight / length > limits.maxThickness) continue;
    lines.push({ start: chain.start, end: chain.end, cross: chain.crossSum / chain.weight });
  }
  return lines.sort((a, b) => a.cross - b.cross || a.start - b.start);
}

function runsAt(
  j: number,
  along: number,
  gap: number,
  minPiece: number,
  at: (i: number, j: number) => number | undefined,
): Run[] {
  const runs: Run[] = [];
  let start = -1;
  let lastDark = -1;
  for (let i = 0; i < along; i++) {
    if (at(i, j) !== 1) continue;
    if (start >= 0 && i - lastDark - 1 > gap) {
      if (lastDark + 1 - start >= minPiece) runs.push({ start, end: lastDark + 1 });
      start = i;
    } else if (start < 0) {
      start = i;
    }
    lastDark = i;
  }
  if (start >= 0 && lastDark + 1 - start >= minPiece) runs.push({ start, end: lastDark + 1 });
  return runs;
}
