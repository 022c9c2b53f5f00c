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
 * `histogram`: the grey levels of `gray` counted (`greyHistogram`), when the caller has them.
 */
export function rulingLimits(dpi: number, gray: Uint8Array, histogram?: Uint32Array): RulingLimits {
  return {
    paper: histogram ? paperLevelOf(histogram, gray.length) : paperLevel(gray),
    ink: INK_MARGIN,
    minHorizontal: Math.round(dpi),
    minVertical: Math.round(dpi * 0.4),
    gap: Math.max(1, Math.round(dpi / 100)),
    maxThickness: Math.max(3, Math.round(dpi * 0.04)),
  };
}

export interface Run {
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
  return paperLevelOf(histogram, gray.length);
}

/** `paperLevel` of an image of `pixels` pixels whose grey levels are counted in `histogram`. */
export function paperLevelOf(histogram: Uint32Array, pixels: number): number {
  let seen = 0;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level]!;
    if (seen * 2 >= pixels) return level;
  }
  return 255;
}

/**
 * `gray[y * width + x]` is the page's grey level. Returns rulings in pixels, horizontal ones with y1 === y2 and
 * vertical ones with x1 === x2.
 */
export function detectRulings(gray: Uint8Array, width: number, height: number, limits: RulingLimits): Ruling[] {
  const vertical = findLines(gray, width, height, false, limits, true);
  const horizontal = findLines(gray, width, height, true, limits, true);
  const broken = brokenRules(gray, width, horizontal, vertical, limits);
  const longVertical = [...vertical.lines.map(verticalRuling), ...broken.vertical];
  const found = [...horizontal.lines.map(horizontalRuling), ...broken.horizontal].sort((a, b) => a.y1 - b.y1 || a.x1 - b.x1);
  const withFaint = [...found, ...faintRules(gray, width, height, limits, longVertical, found)];
  const longHorizontal = [...withFaint, ...rulesAcrossColumns(gray, width, limits, longVertical, withFaint)];
  const shortHorizontal = horizontal.short
    .map(horizontalRuling)
    .filter((line) => continuesOne(line, longHorizontal, false, limits) && (joinsTwo(line, longVertical, false, limits) || extendsOne(line, longHorizontal, limits)));
  const rules = [...longHorizontal, ...shortHorizontal];
  const shortVertical = vertical.short
    .map(verticalRuling)
    .filter((line) => continuesOne(line, longVertical, true, limits) && joinsTwo(line, rules, true, limits));
  const verticals = [...longVertical, ...shortVertical].map((line) => withoutStubs(line, rules, gray, width, limits));
  return [...joinBreaks(rules, verticals, limits).sort((a, b) => a.y1 - b.y1 || a.x1 - b.x1), ...verticals.sort((a, b) => a.x1 - b.x1 || a.y1 - b.y1)];
}

/**
 * How faint a rule the second look takes (a share of `INK_MARGIN`), and how many more light pixels it bridges: a thin
 * rule scanned at 150 dpi and saved at a low JPEG quality is smeared to an ink of about half the first look's margin,
 * with light breaks of several pixels.
 */
const FAINT_INK = 0.6;
const FAINT_GAP = 3;
/** Column borders a faint rule must cross or meet to be a table's: a grid, not a line of text or a heading's strokes. */
const FAINT_BORDERS = 2;

/**
 * The rules between a table's rows that are too faint for the first look, found where the table's column borders
 * (found on the first look: a vertical line is drawn over many rows of its ink and holds up) confirm them: a long, thin
 * run of faint ink that crosses or meets two of them or more is a rule of their grid, cut to the outermost ones it
 * meets (past them, a bridged break ran on into a cell's text). A line of text is thicker than a rule, and a heading's
 * strokes cross no column borders; a page with no column borders is not looked at again.
 */
function faintRules(gray: Uint8Array, width: number, height: number, limits: RulingLimits, verticals: readonly Ruling[], rules: readonly Ruling[]): Ruling[] {
  if (verticals.length < FAINT_BORDERS) return [];
  const faint = { ...limits, ink: limits.ink * FAINT_INK, gap: limits.gap * FAINT_GAP };
  const reach = 2 * limits.gap + 3;
  const inLine = limits.gap + 1;
  const out: Ruling[] = [];
  for (const candidate of findLines(gray, width, height, true, faint).lines.map(horizontalRuling)) {
    const y = candidate.y1;
    const known = rules.some((rule) => Math.abs(rule.y1 - y) <= inLine && Math.min(rule.x2, candidate.x2) - Math.max(rule.x1, candidate.x1) > 0);
    if (known) continue;
    const borders = verticals
      .filter((v) => v.y1 - reach <= y && y <= v.y2 + reach && candidate.x1 - reach <= v.x1 && v.x1 <= candidate.x2 + reach)
      .map((v) => v.x1);
    if (borders.length < FAINT_BORDERS) continue;
    const x1 = Math.max(candidate.x1, Math.min(...borders) - reach);
    const x2 = Math.min(candidate.x2, Math.max(...borders) + reach);
    if (x2 - x1 >= limits.minHorizontal) out.push({ ...candidate, x1, x2 });
  }
  return out;
}

/**
 * Share of a column's width a rule between its borders must ink (a rule broken every 0.3 inch and grey enough for
 * noise to cut it again inks under half), and the rows beside the rule at most.
 */
const ACROSS_COVER = 0.4;
const ACROSS_CLEAR = 0.1;

/**
 * The rules between a table's rows too faint and too broken for either look (a worn toner cartridge prints them grey
 * and cut every few millimetres, and noise cuts the grey pieces again), found between the table's column borders: a
 * row of pixels inked over most of a column's width, with the rows a few pixels above and below it nearly clear (the
 * cells' padding). A line of text inks a row at most in part, and its letters go on above and below it. Found in two
 * neighbouring columns or more, and drawn from the first border to the last of the columns it crosses; a cell merged
 * across the row has no rule in it and breaks the rule there.
 */
function rulesAcrossColumns(gray: Uint8Array, width: number, limits: RulingLimits, verticals: readonly Ruling[], rules: readonly Ruling[]): Ruling[] {
  if (verticals.length < FAINT_BORDERS + 1) return [];
  const reach = 2 * limits.gap + 3;
  const inLine = limits.gap + 1;
  // A pixel is inked when it holds the faint look's ink, measured as the looks measure it (the pixel and the one below,
  // averaged over 3 along the row).
  const bound = 6 * limits.paper - 3 * FAINT_INK * limits.ink;
  const clearAt = 2 * limits.gap + 2;
  const byX = [...verticals].sort((a, b) => a.x1 - b.x1);
  /** Rows ruled in each column: the column's borders and the rows (y) whose pixels the rule inks. */
  const columns: Array<{ left: number; right: number; rows: number[] }> = [];
  for (let i = 0; i + 1 < byX.length; i++) {
    const left = byX[i]!;
    const right = byX[i + 1]!;
    const top = Math.max(left.y1, right.y1);
    const bottom = Math.min(left.y2, right.y2);
    const x1 = Math.ceil(left.x1 + reach);
    const x2 = Math.floor(right.x1 - reach);
    if (bottom - top < limits.minVertical || x2 - x1 < limits.minVertical) continue;
    const span = x2 - x1;
    const covered = new Float64Array(Math.ceil(bottom) - Math.floor(top) + 1);
    const first = Math.floor(top);
    for (let y = first; y < Math.ceil(bottom) && y + 1 < gray.length / width; y++) {
      const row = y * width;
      let inked = 0;
      let before = gray[row + x1 - 1]! + gray[row + width + x1 - 1]!;
      let here = gray[row + x1]! + gray[row + width + x1]!;
      for (let x = x1; x < x2; x++) {
        const after = gray[row + x + 1]! + gray[row + width + x + 1]!;
        if (before + here + after < bound) inked++;
        before = here;
        here = after;
      }
      covered[y - first] = inked / span;
    }
    const rows: number[] = [];
    for (let k = clearAt; k + clearAt < covered.length; k++) {
      // A thin rule is shared by two pairs of rows at most: measured over the pair and its darker neighbour.
      const here = covered[k]!;
      if (here < covered[k - 1]! || here < covered[k + 1]! || here + Math.max(covered[k - 1]!, covered[k + 1]!) < ACROSS_COVER) continue;
      if (covered[k - clearAt]! > ACROSS_CLEAR || covered[k + clearAt]! > ACROSS_CLEAR) continue;
      // The pair at k spans rows k and k + 1: the rule's centre.
      rows.push(first + k + 1);
    }
    columns.push({ left: left.x1, right: right.x1, rows });
  }
  const known = (y: number, x1: number, x2: number) => rules.some((rule) => Math.abs(rule.y1 - y) <= inLine + reach && Math.min(rule.x2, x2) - Math.max(rule.x1, x1) > 0);
  const out: Ruling[] = [];
  for (let i = 0; i < columns.length; i++) {
    for (const y of columns[i]!.rows) {
      if (out.some((rule) => Math.abs(rule.y1 - y) <= inLine && rule.x1 <= columns[i]!.left + reach && columns[i]!.left - reach <= rule.x2)) continue;
      // The columns next to this one, in a row, with a rule on the same line.
      let last = i;
      while (last + 1 < columns.length && Math.abs(columns[last + 1]!.left - columns[last]!.right) <= reach && columns[last + 1]!.rows.some((other) => Math.abs(other - y) <= inLine)) last++;
      if (last === i) continue;
      const x1 = columns[i]!.left;
      const x2 = columns[last]!.right;
      if (!known(y, x1, x2)) out.push({ x1, y1: y, x2, y2: y });
    }
  }
  return out;
}

/** The widest break in a rule that `joinBreaks` closes, as a share of the shortest rule: 0.2 inch. */
const BREAK = 0.2;

/**
 * The rules with their breaks closed where no column border meets the break: two pieces on one line, a short way
 * apart. A faint rule of a low-resolution scan breaks where noise lightens it; a rule that really stops there, above a
 * cell merged down over the rows, stops at the cell's borders, and in a table ruled between rows only such a cell is
 * a column wide, wider than any break closed here.
 */
function joinBreaks(rules: readonly Ruling[], verticals: readonly Ruling[], limits: RulingLimits): Ruling[] {
  const inLine = limits.gap + 1;
  const reach = 2 * limits.gap + 3;
  const widest = BREAK * limits.minHorizontal;
  const bordered = (x: number, y: number) => verticals.some((v) => Math.abs(v.x1 - x) <= reach && v.y1 - reach <= y && y <= v.y2 + reach);
  const out: Ruling[] = [];
  // Left to right, so that the pieces of a line come in order whatever their heights within it.
  for (const rule of [...rules].sort((a, b) => a.x1 - b.x1)) {
    const before = out.find((o) => Math.abs(o.y1 - rule.y1) <= inLine && rule.x1 > o.x2 && rule.x1 - o.x2 <= widest);
    if (before && !bordered(before.x2, before.y1) && !bordered(rule.x1, rule.y1)) {
      // Placed at the longer piece's height.
      const y = before.x2 - before.x1 >= rule.x2 - rule.x1 ? before.y1 : rule.y1;
      Object.assign(before, { x2: rule.x2, y1: y, y2: y });
    } else out.push({ ...rule });
  }
  return out;
}

/** Share of a vertical border's rows past a rule across it that must be dark on its own column for it to go on. */
const STUB_DARK = 0.8;
/** Tallest row, as a share of the shortest rule (an inch), taken for a row of one line of text: 0.3 inch, 22 pt. */
const ONE_LINE_ROW = 0.3;

/**
 * The vertical border without a stub past its last (or before its first) rule across it that is not the border's
 * own ink: where a border ends at the rule above a row merged across it (a group label over several columns), the
 * chain of dark runs may go on through the label's letters, an accent under the rule and then a letter's stem a few
 * pixels aside, and the row would look cut by the border; in a tight row the chain may run through a letter down to
 * the next row's rule. The border's own ink lies on its column, row after row, through the cell's padding too; a chain
 * through letters leaves that column light in some rows.
 */
function withoutStubs(line: Ruling, rules: readonly Ruling[], gray: Uint8Array, width: number, limits: RulingLimits): Ruling {
  const reach = 2 * limits.gap + 3;
  const x = Math.round(line.x1);
  const crossing = rules
    .filter((rule) => rule.x1 - reach <= line.x1 && line.x1 <= rule.x2 + reach && rule.y1 > line.y1 + reach && rule.y1 < line.y2 - reach)
    .map((rule) => rule.y1);
  if (crossing.length === 0) return line;
  const ownInk = (from: number, to: number, bound = 3 * limits.paper - 3 * limits.ink): number => {
    let dark = 0;
    for (let y = Math.ceil(from); y < Math.floor(to); y++) {
      const row = y * width;
      const left = Math.max(0, x - 1);
      const right = Math.min(width - 1, x + 1);
      if (gray[row + left]! + gray[row + x]! + gray[row + right]! < bound) dark++;
    }
    return dark / Math.max(1, Math.floor(to) - Math.ceil(from));
  };
  // Between two rules, any ink on the column counts (a thin light border of a short header cell holds less than a
  // stub's letters), so that only rows with none at all (the padding of a tight row) tell letters from a border.
  const anyInk = 3 * limits.paper - 2 * limits.ink;
  const endsAtRule = (y: number) => rules.some((rule) => Math.abs(rule.y1 - y) <= reach && rule.x1 - reach <= line.x1 && line.x1 <= rule.x2 + reach);
  // A piece from a rule across it to the next rule is asked too when it spans a row of one line (a group label merged
  // across the border, set tight between its rules): the chain may have run through a letter down to the next rule.
  // Measured up to the rules' own ink only: a border is dark through the cell's padding, a letter's stroke is not.
  const ruleInk = limits.gap + 1;
  const oneLine = ONE_LINE_ROW * limits.minHorizontal;
  let { y1, y2 } = line;
  const last = Math.max(...crossing);
  if (!endsAtRule(y2) ? ownInk(last + reach, y2) < STUB_DARK : y2 - last <= oneLine && ownInk(last + ruleInk, y2 - ruleInk, anyInk) < STUB_DARK) y2 = last;
  const first = Math.min(...crossing);
  if (!endsAtRule(y1) ? ownInk(y1, first - reach) < STUB_DARK : first - y1 <= oneLine && ownInk(y1 + ruleInk, first - ruleInk, anyInk) < STUB_DARK) y1 = first;
  return { ...line, y1, y2 };
}


/**
 * A broken rule's pieces, as a share of the shortest rule (an inch): each at least 0.15 inch long (a letter's stroke
 * is shorter: a stem of 13 pt text with its accent is ~0.13 inch), none more than 0.08 inch from the next.
 */
const DASH_PIECE = 0.15;
const DASH_GAP = 0.08;
/** Share of a broken rule's length its pieces must cover, and how many pieces it takes. */
const DASH_COVER = 0.6;
const DASH_COUNT = 3;
/** Lines of the other direction a broken rule must cross or meet: a grid, not strokes of text that happen to align. */
const DASH_GRID = 2;

/**
 * Rules printed faint and broken (a worn toner cartridge, a dashed table style): pieces shorter than any rule, on one
 * line, one after the other a short way apart, joined into one rule. A run of pieces is a rule only when it is as long
 * as a rule, its pieces cover most of it, and it crosses or meets lines of the other direction, found whole or joined
 * from pieces the same way: the grid of a table. Strokes of letters do not line up over an inch, and those that line up
 * down a column of text (the stems of left-aligned lines) cross no rules.
 */
function brokenRules(
  gray: Uint8Array,
  width: number,
  horizontal: { lines: readonly Line[]; dashes: readonly Line[] },
  vertical: { lines: readonly Line[]; dashes: readonly Line[] },
  limits: RulingLimits,
): { horizontal: Ruling[]; vertical: Ruling[] } {
  if (horizontal.dashes.length < DASH_COUNT || vertical.dashes.length < DASH_COUNT) return { horizontal: [], vertical: [] };
  const clear = (line: Line, isHorizontal: boolean) => clearBeside(gray, width, line, isHorizontal, limits);
  const across = joinDashes(horizontal.dashes, limits.minHorizontal, limits)
    .filter((line) => clear(line, true))
    .map(horizontalRuling);
  const down = joinDashes(vertical.dashes, limits.minVertical, limits)
    .filter((line) => clear(line, false))
    .map(verticalRuling);
  if (across.length === 0 && down.length === 0) return { horizontal: [], vertical: [] };
  // Confirmed by broken lines of the other direction only: a worn cartridge wears every rule of the grid, and a
  // table ruled whole has no broken rules (pieces that line up across its solid borders are a line of its text).
  const keptAcross = across.filter((rule) => crossingOf(rule, down, brokenReach(limits)).length >= DASH_GRID);
  const keptDown = down.filter((rule) => crossingOf(rule, across, brokenReach(limits)).length >= DASH_GRID);
  const wholeAcross = [...horizontal.lines.map(horizontalRuling), ...keptAcross];
  const wholeDown = [...vertical.lines.map(verticalRuling), ...keptDown];
  return {
    horizontal: keptAcross.map((rule) => toOutermost(rule, wholeDown, limits)),
    vertical: keptDown.map((rule) => toOutermost(rule, wholeAcross, limits)),
  };
}

/** Share of a broken rule's length at most inked a few pixels to either side of it (a cell's padding is clear). */
const DASH_BESIDE = 0.1;

/**
 * Whether the lines a few pixels to either side of a joined line are clear of ink along it: a rule has a cell's padding
 * on each side; the pieces a line of text leaves in line (the foot serifs of its words, the stems of left-aligned
 * lines) have the rest of their letters beside them.
 */
function clearBeside(gray: Uint8Array, width: number, line: Line, horizontal: boolean, limits: RulingLimits): boolean {
  const height = gray.length / width;
  const away = 2 * limits.gap + 2 + Math.ceil(line.thickness);
  const bound = limits.paper - limits.ink;
  for (const side of [-away, away]) {
    const cross = Math.round(line.cross) + side;
    if (cross < 0 || cross >= (horizontal ? height : width)) continue;
    let inked = 0;
    for (let along = Math.round(line.start); along < Math.round(line.end); along++) {
      const i = horizontal ? cross * width + along : along * width + cross;
      if (gray[i]! < bound) inked++;
    }
    if (inked > DASH_BESIDE * (line.end - line.start)) return false;
  }
  return true;
}

/**
 * How far past a broken rule's last piece the rule may have gone on: a break and a piece too short to be seen as one
 * (cut by the break before the border), and a rule's own reach.
 */
function brokenReach(limits: RulingLimits): number {
  return 2 * limits.gap + 3 + Math.round((DASH_GAP + DASH_PIECE) * limits.minHorizontal);
}

/** The lines of the other direction that `rule` crosses or meets, within `reach` of either. */
function crossingOf(rule: Ruling, others: readonly Ruling[], reach: number): Ruling[] {
  return rule.y1 === rule.y2
    ? others.filter((v) => rule.x1 - reach <= v.x1 && v.x1 <= rule.x2 + reach && v.y1 - reach <= rule.y1 && rule.y1 <= v.y2 + reach)
    : others.filter((h) => rule.y1 - reach <= h.y1 && h.y1 <= rule.y2 + reach && h.x1 - reach <= rule.x1 && rule.x1 <= h.x2 + reach);
}

/**
 * A broken rule drawn on to the outermost lines it meets past its ends: its first and last pieces may stop a break
 * short of the border it ran into.
 */
function toOutermost(rule: Ruling, others: readonly Ruling[], limits: RulingLimits): Ruling {
  const met = crossingOf(rule, others, brokenReach(limits));
  if (rule.y1 === rule.y2) {
    const xs = met.map((v) => v.x1);
    return { ...rule, x1: Math.min(rule.x1, ...xs), x2: Math.max(rule.x2, ...xs) };
  }
  const ys = met.map((h) => h.y1);
  return { ...rule, y1: Math.min(rule.y1, ...ys), y2: Math.max(rule.y2, ...ys) };
}

/** How far a broken rule's inner pieces may differ in length from their median (the first and last may be cut short). */
const DASH_SPREAD = 0.35;

/** Whether the inner pieces of a line are of one length: a rule breaks at regular steps, words are of any length. */
function regular(lengths: readonly number[]): boolean {
  const inner = lengths.slice(1, -1);
  if (inner.length === 0) return true;
  const median = [...inner].sort((a, b) => a - b)[Math.floor(inner.length / 2)]!;
  return inner.every((length) => Math.abs(length - median) <= DASH_SPREAD * median);
}

/** Pieces on one line (in order along it), each close after the one before, joined: those long and full enough. */
function joinDashes(dashes: readonly Line[], minLength: number, limits: RulingLimits): Line[] {
  const inLine = limits.gap + 1;
  const widest = DASH_GAP * limits.minHorizontal;
  const runs: Array<{ line: Line; pieces: number; inked: number; lengths: number[] }> = [];
  for (const dash of [...dashes].sort((a, b) => a.start - b.start)) {
    const before = runs.find((run) => Math.abs(run.line.cross - dash.cross) <= inLine && dash.start >= run.line.end - inLine && dash.start - run.line.end <= widest);
    if (!before) {
      runs.push({ line: { ...dash }, pieces: 1, inked: dash.end - dash.start, lengths: [dash.end - dash.start] });
      continue;
    }
    const length = dash.end - dash.start;
    const { line } = before;
    line.cross = (line.cross * before.inked + dash.cross * length) / (before.inked + length);
    line.thickness = (line.thickness * before.inked + dash.thickness * length) / (before.inked + length);
    line.end = Math.max(line.end, dash.end);
    before.pieces++;
    before.inked += length;
    before.lengths.push(length);
  }
  return runs
    .filter((run) => run.pieces >= DASH_COUNT && run.line.end - run.line.start >= minLength && run.inked >= DASH_COVER * (run.line.end - run.line.start) && regular(run.lengths))
    .map((run) => run.line);
}

/** A line found: where it starts and ends along its direction, where it lies across, and its mean thickness (px). */
type Line = { start: number; end: number; cross: number; thickness: number };
const horizontalRuling = (line: Line): Ruling => ({ x1: line.start, y1: line.cross, x2: line.end, y2: line.cross });
const verticalRuling = (line: Line): Ruling => ({ x1: line.cross, y1: line.start, x2: line.cross, y2: line.end });

/**
 * Whether a short line lies on the line of a long border of the same direction elsewhere: the rule between two rows
 * drawn on across the columns that do not merge, a column border going on in the rows below the header. On the
 * levelled page a border's pieces line up within a pixel or two; a letter's stroke that spans a tight row (a bold
 * capital in a group row merged across a column border) lies a few pixels off the border it happens to be near.
 */
function continuesOne(line: Ruling, long: readonly Ruling[], vertical: boolean, limits: RulingLimits): boolean {
  const inLine = limits.gap + 1;
  return long.some((other) => (vertical ? Math.abs(other.x1 - line.x1) : Math.abs(other.y1 - line.y1)) <= inLine);
}

/**
 * Whether a short horizontal line goes on from the end of a long rule on its line, across a break no wider than a few
 * specks: a faint rule of a scan at a low resolution comes out broken where noise or JPEG blocks lighten it, and in a
 * table ruled between rows only no column border tells where the piece ends. A stroke of a letter lies between the
 * rules, clear of them by the cell's padding, not in line with a rule and touching its end.
 */
function extendsOne(line: Ruling, long: readonly Ruling[], limits: RulingLimits): boolean {
  const inLine = limits.gap + 1;
  const bridge = 4 * limits.gap + 2;
  return long.some((other) => Math.abs(other.y1 - line.y1) <= inLine && (Math.abs(line.x1 - other.x2) <= bridge || Math.abs(other.x1 - line.x2) <= bridge));
}

/**
 * Whether a line shorter than the least length runs from one border across it to another, each end meeting it: the
 * rule under one narrow cell (an STT cell) whose neighbours merge down across it, the border between two cells of a
 * header's short second row ("Chủ trì | Phối hợp" under "Cơ quan"). A border runs into the border it meets, so its end
 * lies on it; a letter's stroke keeps clear of its cell's borders by the cell's padding, which is more than `reach`.
 */
function joinsTwo(line: Ruling, across: readonly Ruling[], vertical: boolean, limits: RulingLimits): boolean {
  const reach = 2 * limits.gap + 3;
  const [at, from, to] = vertical ? [line.x1, line.y1, line.y2] : [line.y1, line.x1, line.x2];
  const meets = (end: number) =>
    across.some((other) => {
      const [cross, lo, hi] = vertical ? [other.y1, other.x1, other.x2] : [other.x1, other.y1, other.y2];
      return Math.abs(cross - end) <= reach && lo - reach <= at && at <= hi + reach;
    });
  return meets(from) && meets(to);
}

function findLines(
  gray: Uint8Array,
  width: number,
  height: number,
  horizontal: boolean,
  limits: RulingLimits,
  withDashes = false,
): { lines: Line[]; short: Line[]; dashes: Line[] } {
  const minLength = horizontal ? limits.minHorizontal : limits.minVertical;
  // Shorter pieces are ignored; a border skewed by 0.3° still arrives in pieces of ~190 px per row.
  const minPiece = Math.max(limits.gap * 4, Math.min(minLength, Math.round(minLength / 4)));
  const dashPiece = Math.round(DASH_PIECE * limits.minHorizontal);
  // Σ(paper − grey) over 3 along × 2 across, divided by 3, above `ink`  ⇔  Σ grey below this bound.
  const runsByLine = darkRuns(gray, width, height, horizontal, 6 * limits.paper - 3 * limits.ink, limits.gap, withDashes ? Math.min(minPiece, dashPiece) : minPiece);
  const longEnough = (least: number) => runsByLine.map((runs) => (least <= minPiece && !withDashes ? runs : runs.filter((run) => run.end - run.start >= least)));

  const lines: Line[] = [];
  /** Thin lines shorter than the least length: rulings only where they join two borders across them (`joinsTwo`). */
  const short: Line[] = [];
  for (const line of chainRuns(longEnough(minPiece), limits)) (line.end - line.start < minLength ? short : lines).push(line);
  // The pieces of a rule printed broken (`brokenRules`), chained from runs of their own least length: a dash may be
  // shorter than the least piece of a line.
  const dashes = withDashes ? chainRuns(longEnough(dashPiece), limits).filter((line) => line.end - line.start < minLength) : [];
  const order = (a: Line, b: Line) => a.cross - b.cross || a.start - b.start;
  return { lines: lines.sort(order), short: short.sort(order), dashes: dashes.sort(order) };
}

/** Runs in neighbouring lines that touch end to end or overlap, chained into thin lines (thicker chains left out). */
function chainRuns(runsByLine: readonly Run[][], limits: RulingLimits): Line[] {
  const done: Chain[] = [];
  let open: Chain[] = [];
  for (let j = 0; j < runsByLine.length; j++) {
    const runs = runsByLine[j]!;
    if (runs.length === 0 && open.length === 0) continue;
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

  const lines: Line[] = [];
  for (const chain of done) {
    const length = chain.end - chain.start;
    // Mean thickness rather than the chain's extent across: a skewed line spans several rows but stays thin, and a
    // word touching a border adds little to the mean while it would widen the extent.
    if (chain.weight / length > limits.maxThickness) continue;
    lines.push({ start: chain.start, end: chain.end, cross: chain.crossSum / chain.weight, thickness: chain.weight / length });
  }
  return lines;
}

/**
 * The dark runs of each line (row for horizontal rulings, column for vertical ones), `runs[j]` for line j, in order
 * along it. A pixel is dark where the window of 3 pixels along the line × 2 across it (edges clamped) sums below
 * `bound`; a run bridges at most `gap` light pixels and is kept when it is at least `minPiece` long.
 *
 * One pass over the page in memory order, the sums across shared between neighbouring windows, and runs followed as
 * the pixels come: for vertical lines, each column carries its open run from row to row. (Marking dark pixels in a
 * page-sized image first, column-major for the vertical lines, then scanning it line by line, read and wrote every
 * pixel twice more, the vertical marks a row apart in memory.)
 */
export function darkRuns(
  gray: Uint8Array,
  width: number,
  height: number,
  horizontal: boolean,
  bound: number,
  gap: number,
  minPiece: number,
): Run[][] {
  // The page is read in blocks of `BLOCK` positions along each line, each with its least pair: a window is three
  // pairs, so where the least pairs of a block and its neighbours (or, across, of the three rows) cannot make a dark
  // window, no pixel of the block is dark and it is passed over; most of a page is paper. Light pixels change no
  // run, so passing over them gives the runs of the pixel-by-pixel reading.
  const blocks = Math.ceil(width / BLOCK);
  if (horizontal) {
    // across = rows (y), along = columns (x): pairs are a pixel and the one below it.
    const lines: Run[][] = [];
    // Pairs one place on, with each end's pair repeated beyond it: pixel x's window is `padded[x .. x + 2]`, the
    // clamping of the edges done once a row rather than tested at every pixel.
    const padded = new Int32Array(width + 2);
    const pair = padded.subarray(1, width + 1);
    const least = new Int32Array(blocks);
    for (let y = 0; y < height; y++) {
      const row = y * width;
      const below = (y < height - 1 ? y + 1 : y) * width;
      leastPairs(gray, row, below - row, width, pair, least);
      padded[0] = pair[0]!;
      padded[width + 1] = pair[width - 1]!;
      const runs: Run[] = [];
      let start = -1;
      let lastDark = -1;
      for (let block = 0; block < blocks; block++) {
        const near = Math.min(least[block]!, block > 0 ? least[block - 1]! : MAX_PAIR, block < blocks - 1 ? least[block + 1]! : MAX_PAIR);
        if (3 * near >= bound) continue;
        const end = Math.min(width, (block + 1) * BLOCK);
        for (let x = block * BLOCK; x < end; x++) {
          const sum = padded[x]! + padded[x + 1]! + padded[x + 2]!;
          if (sum >= bound) continue;
          if (start >= 0 && x - lastDark - 1 > gap) {
            if (lastDark + 1 - start >= minPiece) runs.push({ start, end: lastDark + 1 });
            start = x;
          } else if (start < 0) start = x;
          lastDark = x;
        }
      }
      if (start >= 0 && lastDark + 1 - start >= minPiece) runs.push({ start, end: lastDark + 1 });
      lines.push(runs);
    }
    return lines;
  }
  // across = columns (x), along = rows (y): pairs are a pixel and the one to its right, summed over 3 rows.
  const lines: Run[][] = Array.from({ length: width }, () => []);
  const starts = new Int32Array(width).fill(-1);
  const lastDarks = new Int32Array(width).fill(-1);
  let above = new Int32Array(width);
  let current = new Int32Array(width);
  let next = new Int32Array(width);
  let leastAbove = new Int32Array(blocks);
  let leastCurrent = new Int32Array(blocks);
  let leastNext = new Int32Array(blocks);
  // Pairs of row y: the pixel and the one to its right (the last column with itself).
  const pairs = (y: number, into: Int32Array, least: Int32Array) => leastPairs(gray, y * width, 1, width, into, least);
  pairs(0, current, leastCurrent);
  above.set(current);
  leastAbove.set(leastCurrent);
  for (let y = 0; y < height; y++) {
    if (y < height - 1) pairs(y + 1, next, leastNext);
    else {
      next.set(current);
      leastNext.set(leastCurrent);
    }
    for (let block = 0; block < blocks; block++) {
      if (leastAbove[block]! + leastCurrent[block]! + leastNext[block]! >= bound) continue;
      const end = Math.min(width, (block + 1) * BLOCK);
      for (let x = block * BLOCK; x < end; x++) {
        if (above[x]! + current[x]! + next[x]! >= bound) continue;
        const start = starts[x]!;
        const lastDark = lastDarks[x]!;
        if (start >= 0 && y - lastDark - 1 > gap) {
          if (lastDark + 1 - start >= minPiece) lines[x]!.push({ start, end: lastDark + 1 });
          starts[x] = y;
        } else if (start < 0) starts[x] = y;
        lastDarks[x] = y;
      }
    }
    [above, current, next] = [current, next, above];
    [leastAbove, leastCurrent, leastNext] = [leastCurrent, leastNext, leastAbove];
  }
  for (let x = 0; x < width; x++) {
    const start = starts[x]!;
    if (start >= 0 && lastDarks[x]! + 1 - start >= minPiece) lines[x]!.push({ start, end: lastDarks[x]! + 1 });
  }
  return lines;
}

/** Positions along a line read as one block by `darkRuns`. */
const BLOCK = 32;
/** More than any pair of grey levels sums to. */
const MAX_PAIR = 2 * 255 + 1;

/**
 * `into[x]` = grey at `row + x` plus grey at `row + x + partner` (`partner` 1, the pixel to the right: the last column
 * pairs with itself; or a row's length, the pixel below), for x across the row; `least[block]` the least pair of each
 * block of `BLOCK`.
 */
function leastPairs(gray: Uint8Array, row: number, partner: number, width: number, into: Int32Array, least: Int32Array): void {
  // The last column's partner to the right is itself: paired after the loop, which reads no pixel past the row.
  const paired = partner === 1 ? width - 1 : width;
  for (let block = 0, x = 0; x < width; block++) {
    const end = Math.min(width, x + BLOCK);
    const stop = Math.min(end, paired);
    let lowest = MAX_PAIR;
    for (; x < stop; x++) {
      const sum = gray[row + x]! + gray[row + x + partner]!;
      into[x] = sum;
      if (sum < lowest) lowest = sum;
    }
    if (x < end) {
      const sum = 2 * gray[row + x]!;
      into[x] = sum;
      if (sum < lowest) lowest = sum;
      x++;
    }
    least[block] = lowest;
  }
}

/** The frame cleared around a scanned page before OCR, as a share of its width and height (~3 pt on A4). */
const EDGE_FRAME = 0.005;

/**
 * Paints the page's outer frame in paper white, in place. A scanner leaves a dark line or shadow at the sheet's edge
 * (and deskewing turns the image's edge into one); tesseract's page layout analysis can take it for a column border
 * and drop most of the page's text. No print sits that close to the paper's edge.
 */
export function clearEdgeFrame(gray: Uint8Array, width: number, height: number, paper: number): void {
  const dx = Math.max(1, Math.round(width * EDGE_FRAME));
  const dy = Math.max(1, Math.round(height * EDGE_FRAME));
  for (let y = 0; y < height; y++) {
    const row = y * width;
    if (y < dy || y >= height - dy) gray.fill(paper, row, row + width);
    else {
      gray.fill(paper, row, row + Math.min(dx, width));
      gray.fill(paper, row + Math.max(0, width - dx), row + width);
    }
  }
}
