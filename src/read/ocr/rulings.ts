/**
 * Table borders on a scanned page: long, thin runs of dark pixels on the (already deskewed) grey image.
 * Each row (for horizontal lines) or column (for vertical ones) is scanned for dark runs that tolerate a pixel or two
 * of noise; runs in neighbouring rows that touch end to end or overlap are chained into one line, which also follows
 * a line left slightly skewed (after deskewing, a border may still climb a pixel every few hundred).
 *
 * Thin borders of a scan are faint: a 0.5 pt line at 200 dpi is a grey smear of ~150 on paper of ~245, and after
 * deskewing it is spread over two rows of ~200 each, which any global threshold drops. So "dark" is measured as ink
 * (paper level minus grey) summed over the pixel and its neighbour across the line, which gathers the smear back,
 * and averaged over 3 pixels along the line, which tames noise without joining letters.
 * A chain is a ruling when it is long enough and thin enough: text never makes a long unbroken run because letters
 * and words are separated by white, and a filled dark area (a photo, a stamp) is too thick.
 */
import type { Ruling } from "../layout/types.js";

export interface RulingLimits {
  /** Grey level of the paper. */
  paper: number;
  /** Ink (paper minus grey, summed over 2 px across the line, averaged over 3 along it) that makes a pixel dark. */
  ink: number;
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
 * Lengths in inches, so that they mean the same at every DPI. A horizontal border runs under a table row, across
 * several columns (also under merged cells, where it starts at a column border): 1 inch. Half an inch was tried and
 * taken by words: at 200 dpi the letters of "phương" or "nghiêm" touch through horn and serifs over ~40 pt. A
 * vertical border spans at least a row of text with its padding (0.4 inch = 29 pt, taller than two stacked lines of
 * 10 pt text can join into through their diacritics and descenders).
 */
export function rulingLimits(dpi: number, gray: Uint8Array): RulingLimits {
  return {
    paper: paperLevel(gray),
    ink: INK_MARGIN,
    minHorizontal: Math.round(dpi),
    minVertical: Math.round(dpi * 0.4),
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

/** About 3 standard deviations of the noise of our noisiest test scan, as averaged here; a faint border gives ~90. */
const INK_MARGIN = 45;

/** The paper's grey level: the median grey, since paper is most of any page (a dense table page still ~80%). */
export function paperLevel(gray: Uint8Array): number {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < gray.length; i++) histogram[gray[i]!]!++;
  let seen = 0;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level]!;
    if (seen * 2 >= gray.length) return level;
  }
  return 255;
}

/**
 * `gray[y * width + x]` is the page's grey level. Returns rulings in pixels, horizontal ones with y1 === y2 and
 * vertical ones with x1 === x2.
 */
export function detectRulings(gray: Uint8Array, width: number, height: number, limits: RulingLimits): Ruling[] {
  const horizontal = findLines(gray, width, height, true, limits).map(
    (line): Ruling => ({ x1: line.start, y1: line.cross, x2: line.end, y2: line.cross }),
  );
  const vertical = findLines(gray, width, height, false, limits).map(
    (line): Ruling => ({ x1: line.cross, y1: line.start, x2: line.cross, y2: line.end }),
  );
  return [...horizontal, ...vertical];
}

function findLines(
  gray: Uint8Array,
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
  // Σ(paper − grey) over 3 along × 2 across, divided by 3, above `ink`  ⇔  Σ grey below this bound.
  const bound = 6 * limits.paper - 3 * limits.ink;
  const pixel = (x: number, y: number) => gray[y * width + x]!;
  const at = horizontal
    ? (i: number, j: number) => {
        const left = i > 0 ? i - 1 : i;
        const right = i < width - 1 ? i + 1 : i;
        const next = j < height - 1 ? j + 1 : j;
        const sum =
          pixel(left, j) + pixel(i, j) + pixel(right, j) + pixel(left, next) + pixel(i, next) + pixel(right, next);
        return sum < bound;
      }
    : (i: number, j: number) => {
        const up = i > 0 ? i - 1 : i;
        const down = i < height - 1 ? i + 1 : i;
        const next = j < width - 1 ? j + 1 : j;
        const sum = pixel(j, up) + pixel(j, i) + pixel(j, down) + pixel(next, up) + pixel(next, i) + pixel(next, down);
        return sum < bound;
      };

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
      // Pixel j spans [j, j + 1) like tesseract's word boxes, and is judged with its neighbour across (j + 1): the
      // window covers [j, j + 2), centred on j + 1.
      const centre = j + 1;
      if (touching.length === 0) {
        open.push({ start: run.start, end: run.end, lastCross: j, weight: length, crossSum: centre * length });
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
      merged.crossSum += centre * length;
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
  at: (i: number, j: number) => boolean,
): Run[] {
  const runs: Run[] = [];
  let start = -1;
  let lastDark = -1;
  for (let i = 0; i < along; i++) {
    if (!at(i, j)) continue;
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
