/**
 * Which way up a scanned page is. Sheets are fed into office scanners upside down or sideways (a landscape appendix
 * fed short edge first), and tesseract, asked for page segmentation without orientation detection (its OSD model is
 * not part of the Vietnamese model we ship, nor of tesseract.js's), reads such a page as a few words of garbage.
 *
 * Both tests read the grey page's ink alone, so they cost a pass or two over the pixels, not an OCR:
 * - sideways: horizontal text leaves empty rows between its lines in any narrow vertical strip of the page, while few
 *   columns of a horizontal strip are empty (the gaps between words differ from line to line); turned a quarter, the
 *   other way round. Strips, not whole rows, so that a page still skewed by a few degrees keeps its gaps.
 * - upside down: in every line of Latin script, and of Vietnamese more than most (tone marks and the circumflex and
 *   breve sit above the letters, the dot below is small), more ink rises above the x-height band (ascenders, capitals,
 *   diacritics) than hangs below the baseline (descenders). Turned half a turn, the excess is below.
 */

import { inkPixels, type InkPixels } from "./deskew.js";

/**
 * Dark enough to be print on white or grey paper; JPEG noise and show-through from the back stay above it. The
 * sideways test reads `inkPixels`, the skew search's ink, which is taken at the same level.
 */
const INK = 140;

/** Strips the page is cut into for the profiles: narrow enough that a 3° skew moves a line less than its gap. */
const STRIPS = 8;

/** Least share of a profile's span that is empty for that direction to hold lines of text at all. */
const MIN_GAP_SHARE = 0.08;

/** How many times more empty columns than empty rows (in share of the span) make a page sideways. */
const SIDEWAYS_FACTOR = 1.6;

/** Least share of the page that is ink for the sideways test to say anything (a blank back's specks say nothing). */
const MIN_SIDEWAYS_INK = 0.002;

/** How much more ink below the x-height band than above it (and the reverse) the half-turn test asks for. */
const UPSIDE_DOWN_FACTOR = 1.35;

/** Least ink, in pixels, outside the x-height bands of the page's lines for the half-turn test to say anything. */
const MIN_EXTENT_INK = 2000;

/** A quarter turn clockwise, counted in quarters: 0 upright, 1 a quarter, 2 a half, 3 three quarters. */
export type QuarterTurns = 0 | 1 | 2 | 3;

/** Share of a profile's span (first to last inked position) whose count is at most `empty`. */
function emptyShare(profile: Int32Array, empty: number): number {
  let first = -1;
  let last = -1;
  for (let i = 0; i < profile.length; i++) {
    if (profile[i]! > empty) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0 || last - first < 8) return -1;
  let gaps = 0;
  for (let i = first; i <= last; i++) if (profile[i]! <= empty) gaps++;
  return gaps / (last - first + 1);
}

/**
 * The ink counts of each strip, `profiles[strip][position]`: with `rows` true, strips are vertical (columns cut in
 * `STRIPS`) and count each row's ink; otherwise horizontal, counting each column's. Read from the page's ink pixels
 * (`inkPixels`), so a profile costs a pass over the ink, not over the page.
 */
function stripProfiles(ink: InkPixels, width: number, height: number, rows: boolean): Int32Array[] {
  const along = rows ? height : width;
  const across = rows ? width : height;
  const stripSize = Math.max(1, Math.floor(across / STRIPS));
  const profiles = Array.from({ length: STRIPS }, () => new Int32Array(along));
  const { xs, ys } = ink;
  for (let i = 0; i < xs.length; i++) {
    const a = rows ? ys[i]! : xs[i]!;
    const b = rows ? xs[i]! : ys[i]!;
    // Strip s holds [s·size, (s + 1)·size), the last one everything from its start to the page's edge.
    const strip = Math.min(STRIPS - 1, Math.floor(b / stripSize));
    profiles[strip]![a]!++;
  }
  return profiles;
}

/**
 * The mean share of empty rows across vertical strips (`rows` true) or of empty columns across horizontal strips,
 * each strip weighted by its ink; -1 when no strip holds enough ink to tell.
 */
function gapShare(ink: InkPixels, width: number, height: number, rows: boolean): { share: number; ink: number } {
  const across = rows ? width : height;
  const stripSize = Math.max(1, Math.floor(across / STRIPS));
  const profiles = stripProfiles(ink, width, height, rows);
  let weighted = 0;
  let weight = 0;
  let total = 0;
  for (let strip = 0; strip < STRIPS; strip++) {
    const from = strip * stripSize;
    const to = strip === STRIPS - 1 ? across : from + stripSize;
    const profile = profiles[strip]!;
    let stripInk = 0;
    for (let a = 0; a < profile.length; a++) stripInk += profile[a]!;
    total += stripInk;
    // A speck or two of noise in an otherwise empty row is still a gap between lines.
    const share = emptyShare(profile, Math.max(1, Math.floor((to - from) / 200)));
    if (share < 0 || stripInk < 200) continue;
    weighted += share * stripInk;
    weight += stripInk;
  }
  return { share: weight === 0 ? -1 : weighted / weight, ink: total };
}

/**
 * Whether the page's text runs top to bottom (a quarter turn either way) rather than left to right. `ink`: the
 * page's ink pixels, when the caller has them already (the skew search reads the same ones).
 */
export function isSideways(gray: Uint8Array, width: number, height: number, ink: InkPixels = inkPixels(gray, width, height)): boolean {
  const { share: rowGaps, ink: inked } = gapShare(ink, width, height, true);
  if (inked < MIN_SIDEWAYS_INK * width * height) return false;
  const { share: columnGaps } = gapShare(ink, width, height, false);
  if (rowGaps < 0 || columnGaps < 0 || columnGaps < MIN_GAP_SHARE) return false;
  return columnGaps > SIDEWAYS_FACTOR * Math.max(rowGaps, 0.01);
}

/**
 * Ink above the x-height band and below it, summed over the lines of text found in vertical strips of a levelled
 * page. A line is a run of rows holding ink, its band the rows holding at least 40% of the line's busiest row.
 */
export function extenderInk(gray: Uint8Array, width: number, height: number): { above: number; below: number } {
  const strips = 4;
  const stripSize = Math.max(1, Math.floor(width / strips));
  let above = 0;
  let below = 0;
  for (let strip = 0; strip < strips; strip++) {
    const from = strip * stripSize;
    const to = strip === strips - 1 ? width : from + stripSize;
    const empty = Math.max(1, Math.floor((to - from) / 200));
    const profile = new Int32Array(height);
    for (let y = 0; y < height; y++) {
      const row = y * width;
      let count = 0;
      for (let x = from; x < to; x++) if (gray[row + x]! < INK) count++;
      profile[y] = count;
    }
    for (let y = 0; y < height; ) {
      if (profile[y]! <= empty) {
        y++;
        continue;
      }
      const start = y;
      let peak = 0;
      while (y < height && profile[y]! > empty) peak = Math.max(peak, profile[y++]!);
      const end = y;
      // A table border, a rule, or a line taller than a few lines of print together: not one line of text.
      if (end - start < 4 || end - start > height / 20) continue;
      let bandTop = start;
      while (profile[bandTop]! < 0.4 * peak) bandTop++;
      let bandBottom = end - 1;
      while (profile[bandBottom]! < 0.4 * peak) bandBottom--;
      for (let r = start; r < bandTop; r++) above += profile[r]!;
      for (let r = bandBottom + 1; r < end; r++) below += profile[r]!;
    }
  }
  return { above, below };
}

/** Whether a levelled page of horizontal text is upside down; false when its lines do not tell. */
export function isUpsideDown(gray: Uint8Array, width: number, height: number): boolean {
  const { above, below } = extenderInk(gray, width, height);
  if (above + below < MIN_EXTENT_INK) return false;
  return below > UPSIDE_DOWN_FACTOR * above;
}
