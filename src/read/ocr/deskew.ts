/**
 * Skew of a scanned page by the projection-profile method: shear the dark pixels by each candidate angle and count
 * them per row; when the shear undoes the skew, text lines and table borders fall into few rows and the sum of
 * squared row counts peaks. We deskew ourselves rather than let tesseract rotate (`rotateAuto`) because the rulings
 * must be found in the very image whose word boxes tesseract reports, and tesseract hands back only a binarised copy
 * from which its line finder has already erased the table borders.
 */

/** Scans are "slightly" rotated; a page turned further than this is not something a shear search should guess. */
const MAX_DEGREES = 5;

/** Dark enough to be ink on any paper we expect; only used to pick the pixels that vote. */
const INK = 140;

/**
 * The voting pixels, column by column: those of column x are `ys[columnStart[x]]` up to `columnStart[x + 1]`, so that
 * a column's pixels vote with the column's one shift (`rowShifts`), read once.
 */
interface Sample {
  count: number;
  columnStart: Int32Array;
  ys: Int32Array;
  /** `ys` in units of `step` (whole numbers: the sample's rows are `step` apart from row 0). */
  rows: Int32Array;
  /** Sampling step: rows are binned at this spacing, or a zero shear would be favoured by the sampling grid itself. */
  step: number;
}

/** The page's ink pixels (grey below `INK`), row by row: what the skew search and the sideways test both read. */
export interface InkPixels {
  xs: Int32Array;
  ys: Int32Array;
}

/**
 * Every ink pixel of the page, in memory order. One pass over the page's pixels, shared by the sideways test and
 * both stages of the skew search, which then read only the ink (a few per cent of the page). `histogram`: the
 * page's grey levels counted (`greyHistogram`), when the caller has them.
 */
export function inkPixels(gray: Uint8Array, width: number, height: number, histogram?: Uint32Array): InkPixels {
  // Counted first, then filled: typed arrays of the right size instead of growing arrays of half a million numbers.
  // The count is the histogram's, when the caller has the page's grey levels counted.
  let count = 0;
  if (histogram) for (let level = 0; level < INK; level++) count += histogram[level]!;
  else {
    const size = width * height;
    for (let i = 0; i < size; i++) if (gray[i]! < INK) count++;
  }
  const xs = new Int32Array(count);
  const ys = new Int32Array(count);
  let next = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (gray[row + x]! < INK) {
        xs[next] = x;
        ys[next] = y;
        next++;
      }
    }
  }
  return { xs, ys };
}

/** The ink pixels on the sampling grid of `step` (every step-th column of every step-th row), as a `Sample`. */
function sampleOf(ink: InkPixels, width: number, step: number): Sample {
  // On the grid: both coordinates multiples of `step`, a power of two (1 or 4), so a mask of its low bits tells.
  const offGrid = step - 1;
  const { xs, ys: inkYs } = ink;
  const columnStart = new Int32Array(width + 1);
  for (let i = 0; i < xs.length; i++) if (((xs[i]! | inkYs[i]!) & offGrid) === 0) columnStart[xs[i]! + 1]!++;
  for (let x = 0; x < width; x++) columnStart[x + 1]! += columnStart[x]!;
  const count = columnStart[width]!;
  const ys = new Int32Array(count);
  const rows = new Int32Array(count);
  const filled = columnStart.slice(0, width);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = inkYs[i]!;
    if (((x | y) & offGrid) !== 0) continue;
    const at = filled[x]!++;
    ys[at] = y;
    rows[at] = y / step;
  }
  return { count, columnStart, ys, rows, step };
}

/** The bin of pixel (x, y) sheared by `slope`, before the offset: the scoring's definition of where a pixel votes. */
export function shearedRow(x: number, y: number, slope: number, step: number): number {
  return Math.round((y + x * slope) / step);
}

/**
 * `shearedRow(x, y, slope, step)` for every column x, as a shift added to the sample's row `y / step`, so that a pixel
 * votes with a table look-up instead of a multiplication, a division and a rounding. The shift is exact, not just
 * close: `step` is a power of two, so `(y + x·slope) / step` is `y / step + x·slope / step` rounded once, the same as
 * the formula's value, and rounding it gives `y / step + round(x·slope / step)` unless `x·slope / step` sits within
 * that rounding error of a half; those columns are marked in `exact` and their pixels take the formula itself.
 * `rows` bounds `y / step`, for the size of that error.
 */
export function rowShifts(width: number, slope: number, step: number, rows: number): { shifts: Int32Array; exact: Uint8Array } {
  const shifts = new Int32Array(width);
  const exact = new Uint8Array(width);
  const powerOfTwo = step > 0 && Number.isInteger(Math.log2(step));
  for (let x = 0; x < width; x++) {
    const shift = (x * slope) / step;
    const half = Math.floor(shift) + 0.5;
    // Far above the error of one rounding of numbers below rows + |shift| + 1 (2⁻⁵³ of them): 2⁻⁴⁰.
    const near = (rows + Math.abs(shift) + 1) * 2 ** -40;
    if (!powerOfTwo || Math.abs(shift - half) <= near) exact[x] = 1;
    else shifts[x] = Math.round(shift);
  }
  return { shifts, exact };
}

function score(sample: Sample, width: number, slope: number, bins: Int32Array, maxRow: number): number {
  bins.fill(0);
  const { columnStart, ys, rows, step } = sample;
  const offset = Math.ceil((Math.abs(slope) * width) / step) + 1;
  const { shifts, exact } = rowShifts(width, slope, step, maxRow);
  const size = bins.length;
  for (let x = 0; x < width; x++) {
    const from = columnStart[x]!;
    const to = columnStart[x + 1]!;
    if (from === to) continue;
    if (exact[x] === 1) {
      for (let i = from; i < to; i++) {
        const row = shearedRow(x, ys[i]!, slope, step) + offset;
        if (row >= 0 && row < size) bins[row]!++;
      }
      continue;
    }
    const shift = shifts[x]! + offset;
    for (let i = from; i < to; i++) {
      const row = rows[i]! + shift;
      if (row >= 0 && row < size) bins[row]!++;
    }
  }
  let sum = 0;
  for (let i = 0; i < bins.length; i++) sum += bins[i]! * bins[i]!;
  return sum;
}

function bestAngle(
  sample: Sample,
  width: number,
  height: number,
  from: number,
  to: number,
  stepDegrees: number,
): number {
  const margin = Math.ceil((Math.tan(((MAX_DEGREES + 1) * Math.PI) / 180) * width) / sample.step) + 2;
  const bins = new Int32Array(Math.ceil(height / sample.step) + 2 * margin);
  let best = 0;
  let bestScore = -1;
  for (let degrees = from; degrees <= to + 1e-9; degrees += stepDegrees) {
    const value = score(sample, width, Math.tan((degrees * Math.PI) / 180), bins, Math.ceil(height / sample.step));
    // Ties go to the angle nearest zero, so a page with nothing to align is left as it is.
    if (value > bestScore || (value === bestScore && Math.abs(degrees) < Math.abs(best))) {
      bestScore = value;
      best = degrees;
    }
  }
  return best;
}

/**
 * The angle (radians) to rotate the page by, clockwise on screen, so that its lines come out level; 0 when the page
 * has too little ink to tell. Coarse search in 0.2° steps on every 4th pixel, then 0.02° steps on every pixel around
 * the coarse peak. `ink`: the page's ink pixels, when the caller has them already.
 */
export function estimateSkew(gray: Uint8Array, width: number, height: number, ink: InkPixels = inkPixels(gray, width, height)): number {
  // Sampling steps are powers of two (`sampleOf` and `rowShifts` rely on it).
  const coarse = sampleOf(ink, width, 4);
  if (coarse.count < 200) return 0;
  const rough = bestAngle(coarse, width, height, -MAX_DEGREES, MAX_DEGREES, 0.2);
  const fine = sampleOf(ink, width, 1);
  const degrees = bestAngle(fine, width, height, rough - 0.2, rough + 0.2, 0.02);
  return (degrees * Math.PI) / 180;
}
