/**
 * Two pages printed side by side on one landscape sheet (an A3 spread, a booklet's sheet, two A4 pages copied onto
 * one A3), scanned as one image. Read whole, each of tesseract's lines runs on from the left page into the right
 * one wherever their lines happen to stand at the same height, and the layout gets one page of interleaved halves.
 *
 * Told from the ink alone: the image is landscape and a band of clear paper runs down its whole height near the
 * middle (the two pages' inner margins, together an inch or more; a gap between words or table columns never runs
 * the whole page down), with print on both sides of it. Asked only of a page that is not sideways: a portrait page
 * turned a quarter has empty columns between its lines everywhere.
 */

/** Dark enough to be print (as the orientation tests take it). */
const INK = 140;
/** Least width over height of a sheet holding two pages side by side (two A4 portrait pages: 1.41). */
const MIN_ASPECT = 1.2;
/** The share of the width, either side of the middle, where the gutter is looked for. */
const GUTTER_BAND = 0.2;
/** Least width of the clear band, inches: two inner margins, each at least a few tenths of an inch. */
const MIN_GUTTER_INCHES = 0.3;
/** Rows at the top and bottom left out (a scanner's edge shadow, a fax header line across the sheet). */
const EDGE_SHARE = 0.06;
/** Most inked pixels a gutter column may hold, as a share of the rows looked at (specks, noise). */
const MAX_GUTTER_INK = 0.002;
/** Least share of each half's area that is ink for it to hold a page of text (a blank half is no spread). */
const MIN_HALF_INK = 0.01;
/**
 * Least share of the height each half's print runs down (first to last row with ink): a page of a spread holds text
 * down a good part of its height, even its last one (the signer, "Nơi nhận"); a landscape page whose short table
 * leaves a wide gap between two columns stops after a few rows (a table's last rows, their rules printed faint).
 */
const MIN_HALF_EXTENT = 0.2;
/** Inked pixels a row of a half needs to count as print there (a speck is not). */
const MIN_ROW_INK = 3;

/**
 * Where to cut a two-page spread (the middle of its gutter, px from the left), or null when the page is not one.
 * `dpi` is the image's resolution.
 */
export function spreadCut(gray: Uint8Array, width: number, height: number, dpi: number): number | null {
  if (width < MIN_ASPECT * height) return null;
  const top = Math.floor(height * EDGE_SHARE);
  const bottom = height - top;
  const inkByColumn = new Int32Array(width);
  for (let y = top; y < bottom; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) if (gray[row + x]! < INK) inkByColumn[x]!++;
  }
  const allowed = Math.max(1, Math.floor((bottom - top) * MAX_GUTTER_INK));
  const from = Math.floor(width * (0.5 - GUTTER_BAND));
  const to = Math.ceil(width * (0.5 + GUTTER_BAND));
  let best = { start: -1, length: 0 };
  let start = -1;
  for (let x = from; x <= to; x++) {
    const clear = x < to && inkByColumn[x]! <= allowed;
    if (clear && start < 0) start = x;
    if (!clear && start >= 0) {
      if (x - start > best.length) best = { start, length: x - start };
      start = -1;
    }
  }
  if (best.length < MIN_GUTTER_INCHES * dpi) return null;
  const cut = best.start + Math.floor(best.length / 2);
  const inkOf = (x0: number, x1: number): number => {
    let sum = 0;
    for (let x = x0; x < x1; x++) sum += inkByColumn[x]!;
    return sum / ((x1 - x0) * (bottom - top));
  };
  if (inkOf(0, cut) < MIN_HALF_INK || inkOf(cut, width) < MIN_HALF_INK) return null;
  return extentOf(gray, width, 0, cut, top, bottom) >= MIN_HALF_EXTENT * height && extentOf(gray, width, cut, width, top, bottom) >= MIN_HALF_EXTENT * height ? cut : null;
}

/** Rows from the first to the last of `top`..`bottom` with print between x0 and x1. */
function extentOf(gray: Uint8Array, width: number, x0: number, x1: number, top: number, bottom: number): number {
  let first = -1;
  let last = -1;
  for (let y = top; y < bottom; y++) {
    const row = y * width;
    let ink = 0;
    for (let x = row + x0; x < row + x1 && ink < MIN_ROW_INK; x++) if (gray[x]! < INK) ink++;
    if (ink < MIN_ROW_INK) continue;
    if (first < 0) first = y;
    last = y;
  }
  return first < 0 ? 0 : last - first;
}
