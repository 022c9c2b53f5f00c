/**
 * Grey paper made white. A recycled or yellowed sheet, or a scanner set dark, gives paper of 180–210 and print of
 * 40–60 instead of ~250 and ~10: every fixed level downstream (a ruling's ink above the paper, the skew and orientation
 * tests' ink, tesseract's own binarisation of thin strokes on noisy paper) was set on white paper, and the table
 * borders of such a page were not found at all. The grey levels are stretched so that the paper is white and the
 * print black: a linear map, so anti-aliased edges and faint borders keep their order.
 */

/** Paper at least this light is left as it is: white paper with the scanner's tint. */
const WHITE_ENOUGH = 235;

/** Least spread between the print and the paper for the page to hold print worth stretching. */
const MIN_SPREAD = 60;

/** Share of the page's pixels darker than the level taken for the print's own (dense black strokes). */
const PRINT_SHARE = 0.005;

/**
 * The stretch for a page: its paper (the median level: paper is most of any page) becomes white and its print (the
 * darkest half percent) black, as on a page printed and scanned well; undefined when the paper is white already or the page holds no print.
 * Found once on the page as drawn and applied to every grey image made of it (turned, levelled): levelling blurs
 * borders by a pixel, and a stretch found again on the blurred copy set its print level lighter than the print.
 */
export function paperStretch(gray: Uint8Array): Uint8Array | undefined {
  return paperStretchOf(greyHistogram(gray), gray.length);
}

/** `paperStretch` of an image of `pixels` pixels whose grey levels are counted in `histogram` (`greyHistogram`). */
export function paperStretchOf(histogram: Uint32Array, pixels: number): Uint8Array | undefined {
  let seen = 0;
  let print = -1;
  let paper = 255;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level]!;
    if (print < 0 && seen >= pixels * PRINT_SHARE) print = level;
    if (seen * 2 >= pixels) {
      paper = level;
      break;
    }
  }
  if (paper >= WHITE_ENOUGH || print < 0 || paper - print < MIN_SPREAD) return undefined;
  const map = new Uint8Array(256);
  for (let level = 0; level < 256; level++) {
    map[level] = level <= print ? 0 : Math.min(255, Math.round(((level - print) * 255) / (paper - print)));
  }
  return map;
}

/** How many pixels of `gray` have each grey level. */
export function greyHistogram(gray: Uint8Array): Uint32Array {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < gray.length; i++) histogram[gray[i]!]!++;
  return histogram;
}

/**
 * The histogram of an image after `stretchGrey(image, stretch)`, from the image's own: each level's pixels move to
 * the level the stretch maps it to, so the stretched image need not be counted again.
 */
export function stretchedHistogram(histogram: Uint32Array, stretch: Uint8Array | undefined): Uint32Array {
  if (!stretch) return histogram;
  const stretched = new Uint32Array(256);
  for (let level = 0; level < 256; level++) stretched[stretch[level]!]! += histogram[level]!;
  return stretched;
}

/** `gray` with `stretch` applied, in place. */
export function stretchGrey(gray: Uint8Array, stretch: Uint8Array | undefined): void {
  if (!stretch) return;
  for (let i = 0; i < gray.length; i++) gray[i] = stretch[gray[i]!]!;
}
