/**
 * Shaded areas of a scanned page cleared to paper: a table's header row printed on a grey background, a box filled
 * grey behind its text. On the scan such an area is a block of mid-grey; the ruling search takes it for one thick dark
 * mass (the borders that run into it are lost with it, and the row's rules with them), and tesseract reads its bold
 * heads on grey worse than on white. Text and rules printed on the shading are darker than it and are kept.
 *
 * A shaded area is found row by row: a run with no light pixel in it (text on paper has paper between its letters),
 * long enough, most of whose pixels lie near one mid-grey level; kept when such runs stack over a band as tall as a
 * line of text (a grey rule or a smeared line of text is a few pixels tall). In it, every pixel as light as the
 * shading or lighter becomes paper.
 */
import type { Ruling } from "../layout/types.js";

/** Levels of shading looked for: darker than the paper by this much at least, and not darker than this. */
const LIGHTER_THAN_INK = 70;
const BELOW_PAPER = 40;
/** How far a pixel of the shading may lie from its level (scanner noise, JPEG blocks). */
const SHADE_TOLERANCE = 28;
/** Shortest run, and least height of a band, in inches. */
const SHORTEST = 0.5;
const LOWEST = 0.06;
/** Share of a run's pixels that must lie at its shading level (the rest are its text and borders). */
const AT_LEVEL = 0.6;

/** A shaded band: its extent (px) and, for each x from `x1`, the share of its rows where a border runs down it. */
export interface ShadedBand {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  bordered: Float32Array;
  /** Paper right above and below it: a printed shading; a shadow (a phone photo's) fades in and out. */
  crisp: boolean;
}

/** A column border printed on the shading is darker than it by this much at least. */
const BORDER_INK = 6;

/**
 * Clears shaded areas of `gray` in place; returns the bands cleared. The column borders that ran through a band are
 * measured first (`bordered`): printed on the grey they are only a little darker than it, and the clearing takes them.
 */
export function clearShading(gray: Uint8Array, width: number, height: number, paper: number, dpi: number): ShadedBand[] {
  const light = paper - BELOW_PAPER;
  if (light <= LIGHTER_THAN_INK) return [];
  const shortest = Math.round(SHORTEST * dpi);
  const lowest = Math.round(LOWEST * dpi);
  // level + 1 of the run a pixel belongs to, 0 where none.
  const levelOf = new Uint8Array(width * height);
  let any = false;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let x = 0;
    while (x < width) {
      if (gray[row + x]! >= light) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && gray[row + x]! < light) x++;
      if (x - start < shortest) continue;
      const level = shadingLevel(gray, row + start, row + x);
      if (level < 0) continue;
      levelOf.fill(level + 1, row + start, row + x);
      any = true;
    }
  }
  if (!any) return [];
  // Rows of each column inside runs, counted down and then up: a pixel is in a band when its column's stack of run
  // pixels is tall enough.
  const above = new Uint16Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) if (levelOf[row + x]! > 0) above[row + x] = y > 0 ? above[row - width + x]! + 1 : 1;
  }
  const inBand = new Uint8Array(width * height);
  const below = new Uint16Array(width);
  /** Per row: the band's extent on it, or none. */
  const extent: Array<{ x1: number; x2: number; level: number } | null> = Array.from({ length: height }, () => null);
  for (let y = height - 1; y >= 0; y--) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const level = levelOf[row + x]!;
      if (level === 0) {
        below[x] = 0;
        continue;
      }
      below[x] = below[x]! + 1;
      if (above[row + x]! + below[x]! - 1 < lowest) continue;
      inBand[row + x] = level;
      const seen = extent[y];
      extent[y] = seen ? { x1: Math.min(seen.x1, x), x2: Math.max(seen.x2, x + 1), level: seen.level } : { x1: x, x2: x + 1, level: level - 1 };
    }
  }
  // Consecutive rows with a band on them, overlapping: one band.
  const bands: ShadedBand[] = [];
  let open: { x1: number; x2: number; y1: number; y2: number; level: number } | null = null;
  const close = () => {
    if (open && open.y2 - open.y1 >= lowest) bands.push({ ...open, bordered: bordersIn(gray, width, open), crisp: crisp(gray, width, height, open, light) });
    open = null;
  };
  for (let y = 0; y < height; y++) {
    const here = extent[y];
    if (!here) {
      close();
      continue;
    }
    if (open && here.x1 < open.x2 && open.x1 < here.x2) Object.assign(open, { x1: Math.min(open.x1, here.x1), x2: Math.max(open.x2, here.x2), y2: y + 1 });
    else {
      close();
      open = { x1: here.x1, x2: here.x2, y1: y, y2: y + 1, level: here.level };
    }
  }
  close();
  for (let i = 0; i < gray.length; i++) {
    const level = inBand[i]!;
    if (level > 0 && gray[i]! >= level - 1 - SHADE_TOLERANCE) gray[i] = paper;
  }
  return bands;
}

/** Share of a band's width that must be paper a few pixels above and below it for its edges to be crisp. */
const CRISP = 0.8;

function crisp(gray: Uint8Array, width: number, height: number, band: { x1: number; x2: number; y1: number; y2: number }, light: number): boolean {
  const lightShare = (y: number) => {
    if (y < 0 || y >= height) return 0;
    let count = 0;
    for (let x = band.x1; x < band.x2; x++) if (gray[y * width + x]! >= light) count++;
    return count / (band.x2 - band.x1);
  };
  const step = 4;
  return lightShare(band.y1 - step) >= CRISP && lightShare(band.y2 + step) >= CRISP;
}

/** For each x of the band, the share of its rows where the pixel or a neighbour is darker than the shading: a border. */
function bordersIn(gray: Uint8Array, width: number, band: { x1: number; x2: number; y1: number; y2: number; level: number }): Float32Array {
  const out = new Float32Array(band.x2 - band.x1);
  const bound = band.level - BORDER_INK;
  for (let y = band.y1; y < band.y2; y++) {
    const row = y * width;
    for (let x = band.x1; x < band.x2; x++) {
      const darkest = Math.min(gray[row + x]!, gray[row + Math.max(0, x - 1)]!, gray[row + Math.min(width - 1, x + 1)]!);
      if (darkest <= bound) out[x - band.x1]!++;
    }
  }
  const rows = band.y2 - band.y1;
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / rows;
  return out;
}

/** The mid-grey level most of the run's pixels lie at, or -1 when they do not (text, a dark mass, a gradient). */
function shadingLevel(gray: Uint8Array, from: number, to: number): number {
  const counts = new Uint32Array(256);
  for (let i = from; i < to; i++) counts[gray[i]!]!++;
  // The level with the most pixels within the tolerance around it.
  let best = -1;
  let bestCount = 0;
  let window = 0;
  for (let level = 0; level < 256 + SHADE_TOLERANCE; level++) {
    if (level < 256) window += counts[level]!;
    if (level - 2 * SHADE_TOLERANCE - 1 >= 0) window -= counts[level - 2 * SHADE_TOLERANCE - 1]!;
    const centre = level - SHADE_TOLERANCE;
    if (centre >= LIGHTER_THAN_INK && window > bestCount) {
      bestCount = window;
      best = centre;
    }
  }
  return best >= 0 && bestCount >= AT_LEVEL * (to - from) ? best : -1;
}

/** Share of a band's rows a column border must be seen in to go on through the band. */
const BORDER_SEEN = 0.7;

/**
 * The page's rulings with those of its shaded bands: a band's top and bottom edges are the rules of its row (printed
 * under the shading, a rule is lost in its edge), and a column border that stops at a band's edge goes on through it
 * where its line is seen, a little darker than the shading, down most of the band's rows.
 */
export function withShadedBands(rulings: readonly Ruling[], bands: readonly ShadedBand[], reach: number): Ruling[] {
  if (bands.length === 0) return [...rulings];
  const out = rulings.map((ruling) => ({ ...ruling }));
  for (const band of bands) {
    if (!band.crisp) continue;
    for (const y of [band.y1, band.y2]) {
      const known = out.some((r) => r.y1 === r.y2 && Math.abs(r.y1 - y) <= reach && r.x1 <= band.x1 + reach && band.x2 - reach <= r.x2);
      if (!known) out.push({ x1: band.x1, y1: y, x2: band.x2, y2: y });
    }
    for (const ruling of out) {
      if (ruling.x1 !== ruling.x2 || ruling.x1 < band.x1 - reach || ruling.x1 > band.x2 + reach) continue;
      const seen = (x: number) => {
        let most = 0;
        for (let dx = -2; dx <= 2; dx++) {
          const i = Math.round(x) + dx - band.x1;
          if (i >= 0 && i < band.bordered.length) most = Math.max(most, band.bordered[i]!);
        }
        // The band's own left and right edges stand for the table's outer borders.
        return most >= BORDER_SEEN || Math.abs(x - band.x1) <= reach || Math.abs(x - band.x2) <= reach;
      };
      if (Math.abs(ruling.y1 - band.y2) <= reach && seen(ruling.x1)) ruling.y1 = Math.min(ruling.y1, band.y1);
      if (Math.abs(ruling.y2 - band.y1) <= reach && seen(ruling.x1)) ruling.y2 = Math.max(ruling.y2, band.y2);
    }
  }
  return out;
}
