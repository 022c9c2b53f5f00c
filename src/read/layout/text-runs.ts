/**
 * pdf.js operator list → text runs, the way `page.getTextContent()` would give them, without asking pdf.js for the
 * text content. pdf.js builds a page's operator list (which the rulings need anyway) and its text content in two
 * separate passes over the content stream, so asking for both parses every page twice. The operator list already carries every glyph a page draws, with its Unicode text and advance width, so the runs
 * are rebuilt here from it with the PDF text state (Tm, Tlm, Tc, Tw, Th, TL, Trise, Tf) and pdf.js's own rules for
 * where a run ends and where a gap is a space (`getTextContent` in pdf.js's evaluator: the thresholds below are its).
 *
 * Pure like `paths.ts`: operator codes and fonts come in as parameters. `test/read/pdf-text-runs.test.ts` holds it
 * to pdf.js's own text content on pages that use every text operator. Not followed: a font set through an ExtGState
 * (`gs` with /Font, which Word, LibreOffice and the scanners' OCR layers do not write); such text keeps the font
 * before it. Unlike pdf.js's text content, what annotations draw (an e-signature's number and day, a stamp) is kept,
 * in runs of its own marked `annotation`: it is printed on the page, and e-signing systems write the header's
 * number and day that way.
 */
import { type Matrix, multiply } from "./paths.js";

/** What a glyph of a `showText` operator arrives as (see `pdfjs-port.ts`, which makes it from pdf.js's glyph). */
export interface DrawnGlyph {
  unicode: string;
  /** Advance in glyph space (1/1000 em for most fonts: the font matrix says). */
  width: number;
  /** Vertical fonts: the vertical advance in glyph space (the first number of pdf.js's `vmetric`). */
  verticalAdvance?: number;
  /** Character code 32: word spacing (Tw) applies to it. */
  isSpace: boolean;
  kind: GlyphKind;
}

/** pdf.js's categories of a glyph's text (`getCharUnicodeCategory`), which decide how the glyph counts. */
export type GlyphKind = "visible" | "whitespace" | "zero-width-mark" | "invisible-format-mark";

/** pdf.js's own expression, kept as written so that the categories agree with its (`^` binds to the first branch only). */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;

/**
 * The soft hyphen, which pdf.js drops as an invisible format mark, is a drawn letter in the TCVN3 fonts (.VnTime puts
 * "ư" at 0xAD): it is kept as a glyph here so that the legacy-font converter sees it, and the reader drops it from
 * pages that are not TCVN3.
 */
export const SOFT_HYPHEN = "\u00ad";

/** A glyph's text made of combining marks only: a mark drawn on its own over the letter before it. */
const MARKS_ONLY = /^\p{Mn}+$/u;

export function glyphKind(unicode: string): GlyphKind {
  if (unicode === SOFT_HYPHEN) return "visible";
  const groups = SPECIAL_CHAR.exec(unicode);
  if (groups?.[1]) return "whitespace";
  // pdf.js takes any glyph whose text holds a combining mark for a zero-width one. Producers that write decomposed
  // text (NFD) map a letter's own glyph to "o" + U+0302 + U+0309: that glyph has a width, and a place on the line.
  if (groups?.[2]) return MARKS_ONLY.test(unicode) ? "zero-width-mark" : "visible";
  if (groups?.[3]) return "invisible-format-mark";
  return "visible";
}

/** What the walker needs of a font, by pdf.js's loaded name for it. */
export interface RunFont {
  fontMatrix: Matrix;
  vertical: boolean;
  /** Type 3 fonts with a tiny size: pdf.js takes the glyph box's height as the text height. */
  type3GlyphHeight?: number;
}

/** A run of text as `getTextContent` would give it: the text, its start transform, its advance width. */
export interface TextRun {
  str: string;
  /** The text rendering matrix at the run's start, in user space (the viewport is not applied). */
  transform: Matrix;
  width: number;
  height: number;
  fontName: string;
  /** Drawn by an annotation's appearance (a signature box, a stamp, a form field), not by the page's content. */
  annotation?: true;
  /**
   * Where the run jumped over a gap that pdf.js writes as a space (no space glyph was drawn there): the run's pieces
   * between such gaps, with their offset along the run and width in user space. Producers that set a letter from a
   * fallback font draw the rest of the word around a hole and fill it in a second pass; the pieces say exactly where
   * the hole is. Absent when the run has no such gap.
   */
  pieces?: RunPiece[];
}

export interface RunPiece {
  text: string;
  offset: number;
  width: number;
}

/** The text operators of pdf.js's operator lists (a subset of `OPS`). */
export interface TextOperatorCodes {
  beginText: number;
  setFont: number;
  setTextMatrix: number;
  moveText: number;
  setLeadingMoveText: number;
  nextLine: number;
  setLeading: number;
  setCharSpacing: number;
  setWordSpacing: number;
  setHScale: number;
  setTextRise: number;
  showText: number;
  beginAnnotation: number;
  endAnnotation: number;
}

/** The operators whose arguments the walker reads. */
export function textOperatorsWithArguments(ops: TextOperatorCodes): number[] {
  return [ops.setFont, ops.setTextMatrix, ops.moveText, ops.setLeadingMoveText, ops.setLeading, ops.setCharSpacing, ops.setWordSpacing, ops.setHScale, ops.setTextRise, ops.showText];
}

// pdf.js's thresholds, in font sizes (text space).
const TRACKING_SPACE = 0.102;
const NOT_A_SPACE = 0.03;
const NEGATIVE_SPACE = -0.2;
const SPACE_IN_FLOW_MIN = 0.102;
const SPACE_IN_FLOW_MAX = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The part of the graphics state text depends on: saved and restored with it. */
interface TextState {
  /** Owned by the state and moved in place glyph by glyph (copied on save). */
  textMatrix: Matrix;
  lineMatrix: Matrix;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  fontName: string;
  font: RunFont | null;
  fontSize: number;
}

interface OpenRun {
  parts: string[];
  transform: Matrix;
  fontName: string;
  fontSize: number;
  height: number;
  /** Advance so far in text space (pdf.js's `width`), and the scale from text space to user space. */
  width: number;
  advanceScale: number;
  /** The gaps written as spaces so far: the index of the space in `parts`, where the gap starts and ends (user space, along the run). */
  gaps: Array<{ part: number; from: number; to: number }>;
  /** Where the last glyph ended, in user space. */
  endX: number;
  endY: number;
  annotation: boolean;
}

function translate(m: Matrix, x: number, y: number): Matrix {
  return [m[0], m[1], m[2], m[3], m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function translateInPlace(m: Matrix, x: number, y: number): void {
  m[4] += m[0] * x + m[2] * y;
  m[5] += m[1] * x + m[3] * y;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * Follows the text operators of one page (in drawing order, with the current transformation matrix the caller
 * tracks) and collects runs. The caller calls `save`/`restore` with the graphics state and `breakRun` where pdf.js's
 * text content would end a run without an operator here to say so (a form XObject).
 */
export class TextRunCollector {
  readonly #ops: TextOperatorCodes;
  readonly #followed: ReadonlySet<number>;
  readonly #fontOf: (loadedName: string) => RunFont;
  readonly #normalize: (text: string) => string;
  /** User space that may hold text: glyphs wholly outside the page's view box are dropped, as pdf.js does. */
  readonly #viewBox: readonly [number, number, number, number];
  readonly #runs: TextRun[] = [];
  readonly #stack: TextState[] = [];
  #state: TextState = {
    textMatrix: [...IDENTITY],
    lineMatrix: IDENTITY,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    fontName: "",
    font: null,
    fontSize: 0,
  };
  /**
   * The text matrix times the CTM it was last drawn with, kept in step with the text matrix as glyphs move it: the
   * per-glyph arithmetic is then a translation, without a matrix product per glyph.
   */
  #toUser: Matrix = [...IDENTITY];
  #toUserCtm: Matrix | null = null;
  #run: OpenRun | null = null;
  /** A whitespace glyph came after the last visible glyph of the run (pdf.js's "two last chars"). */
  #spacePending = false;
  /** How far the whitespace glyphs since the last visible glyph moved the pen (text space), to tell a jump from them. */
  #spaceAdvance = 0;
  #annotationDepth = 0;
  /** Where `unrotate` writes its answer: #place asks it twice a glyph. */
  readonly #point: Point = { x: 0, y: 0 };

  constructor(options: {
    ops: TextOperatorCodes;
    fontOf: (loadedName: string) => RunFont;
    viewBox: readonly [number, number, number, number];
    normalize?: (text: string) => string;
  }) {
    this.#ops = options.ops;
    this.#followed = new Set([...textOperatorsWithArguments(options.ops), options.ops.beginText, options.ops.nextLine, options.ops.beginAnnotation, options.ops.endAnnotation]);
    this.#fontOf = options.fontOf;
    this.#viewBox = options.viewBox;
    this.#normalize = options.normalize ?? ((text) => text);
  }

  /** Whether `fn` is one of the operators this collector follows. */
  handles(fn: number): boolean {
    return this.#followed.has(fn);
  }

  save(): void {
    this.#stack.push({ ...this.#state, textMatrix: [...this.#state.textMatrix] });
  }

  restore(): void {
    const saved = this.#stack.pop();
    if (!saved) return;
    this.#state = saved;
    this.#toUserCtm = null;
  }

  breakRun(): void {
    this.#flush();
  }

  operator(fn: number, args: unknown, ctm: Matrix): void {
    const o = this.#ops;
    const a = Array.isArray(args) ? (args as unknown[]) : [];
    const s = this.#state;
    if (fn === o.beginAnnotation || fn === o.endAnnotation) {
      // An annotation's text never runs on into the page's or another annotation's.
      this.#flush();
      this.#annotationDepth = fn === o.beginAnnotation ? this.#annotationDepth + 1 : Math.max(0, this.#annotationDepth - 1);
    }
    else if (fn === o.beginText) {
      this.#setTextMatrix(IDENTITY);
      s.lineMatrix = IDENTITY;
    } else if (fn === o.setFont) {
      const [name, size] = a;
      if (typeof name !== "string" || !isFiniteNumber(size)) return;
      if (name === s.fontName && size === s.fontSize && s.font) return;
      this.#flush();
      s.fontName = name;
      s.fontSize = size;
      s.font = this.#fontOf(name);
    } else if (fn === o.setTextMatrix) {
      // pdf.js 5 passes the matrix as one typed array; earlier versions as six numbers.
      const values = a.length === 1 && ArrayBuffer.isView(a[0]) ? Array.from(a[0] as unknown as ArrayLike<unknown>) : a;
      if (values.length !== 6 || !values.every(isFiniteNumber)) return;
      this.#setTextMatrix(values as Matrix);
      s.lineMatrix = values as Matrix;
      this.#rescaleRun(ctm);
    } else if (fn === o.moveText || fn === o.setLeadingMoveText) {
      const [x, y] = a;
      if (!isFiniteNumber(x) || !isFiniteNumber(y)) return;
      if (fn === o.setLeadingMoveText) s.leading = -y;
      s.lineMatrix = translate(s.lineMatrix, x, y);
      this.#setTextMatrix(s.lineMatrix);
    } else if (fn === o.nextLine) {
      s.lineMatrix = translate(s.lineMatrix, 0, -s.leading);
      this.#setTextMatrix(s.lineMatrix);
    } else if (isFiniteNumber(a[0])) {
      const value = a[0];
      if (fn === o.setLeading) s.leading = value;
      else if (fn === o.setCharSpacing) s.charSpacing = value;
      else if (fn === o.setWordSpacing) s.wordSpacing = value;
      else if (fn === o.setHScale) s.hScale = value / 100;
      else if (fn === o.setTextRise) s.rise = value;
    }
    if (fn === o.showText && Array.isArray(a[0])) this.#show(a[0] as unknown[], ctm);
  }

  /** The runs collected, once the whole list has been walked. */
  finish(): TextRun[] {
    this.#flush();
    return this.#runs;
  }

  #setTextMatrix(m: Matrix): void {
    this.#state.textMatrix = [...m];
    this.#toUserCtm = null;
  }

  /** Moves the text position by (x, y) in text space. */
  #advance(x: number, y: number): void {
    translateInPlace(this.#state.textMatrix, x, y);
    if (this.#toUserCtm) translateInPlace(this.#toUser, x, y);
  }

  /**
   * Moves the text position along the writing direction: `horizontal` (scaled by Tz) for a horizontal font, or
   * `vertical` for a vertical one (pdf.js's signs for the two differ from operator to operator, hence both).
   */
  #advanceAlong(horizontal: number, vertical: number): void {
    const s = this.#state;
    if (s.font?.vertical) this.#advance(0, vertical);
    else this.#advance(horizontal * s.hScale, 0);
  }

  #userMatrix(ctm: Matrix): Matrix {
    if (this.#toUserCtm !== ctm) {
      this.#toUser = multiply(this.#state.textMatrix, ctm);
      this.#toUserCtm = ctm;
    }
    return this.#toUser;
  }

  /** The text rendering matrix at the current text position (pdf.js's `getCurrentTextTransform`). */
  #renderingMatrix(ctm: Matrix): Matrix {
    const s = this.#state;
    const height = this.#renderingHeight();
    const u = this.#userMatrix(ctm);
    const width = s.fontSize * s.hScale;
    return [width * u[0], width * u[1], height * u[2], height * u[3], s.rise * u[2] + u[4], s.rise * u[3] + u[5]];
  }

  /** The text height the rendering matrix scales by: the font size, or for a tiny Type 3 font its glyph box. */
  #renderingHeight(): number {
    const s = this.#state;
    let height = s.fontSize;
    const glyphHeight = s.font?.type3GlyphHeight;
    if (glyphHeight !== undefined && s.fontSize <= 1) height *= glyphHeight;
    return height;
  }

  /** The current text position in user space (the translation of the rendering matrix, without making it). */
  #positionX(ctm: Matrix): number {
    const u = this.#userMatrix(ctm);
    return this.#state.rise * u[2] + u[4];
  }

  #positionY(ctm: Matrix): number {
    const u = this.#userMatrix(ctm);
    return this.#state.rise * u[3] + u[5];
  }

  #show(elements: unknown[], ctm: Matrix): void {
    const s = this.#state;
    const font = s.font;
    if (!font) return;
    const vertical = font.vertical;
    const scale = font.fontMatrix[0] * s.fontSize;
    for (const element of elements) {
      if (typeof element === "number") {
        // TJ's adjustment, in thousandths of a text space unit, against the writing direction.
        const shift = (element * s.fontSize) / 1000;
        this.#advanceAlong(-shift, -shift);
        continue;
      }
      const glyph = element as DrawnGlyph;
      if (glyph.kind === "invisible-format-mark") continue;
      let spacing = s.charSpacing + (glyph.isSpace ? s.wordSpacing : 0);
      let advance = (vertical ? (glyph.verticalAdvance ?? -glyph.width) : glyph.width) * scale;
      if (glyph.kind === "whitespace") {
        spacing += vertical ? -advance : advance;
        this.#advanceAlong(spacing, -spacing);
        if (this.#run) {
          if (!this.#spacePending) this.#spaceAdvance = 0;
          this.#spacePending = true;
          this.#spaceAdvance += vertical ? -spacing : spacing * s.hScale;
        }
        continue;
      }
      const mark = glyph.kind === "zero-width-mark";
      if (!mark && !this.#place(advance, ctm)) {
        this.#advanceAlong(advance, advance);
        continue;
      }
      const run = this.#openRun(ctm);
      if (mark) advance = 0;
      if (vertical) {
        this.#advance(0, advance);
        run.width += Math.abs(advance);
      } else {
        advance *= s.hScale;
        this.#advance(advance, 0);
        run.width += advance;
      }
      if (advance !== 0) {
        run.endX = this.#positionX(ctm);
        run.endY = this.#positionY(ctm);
      }
      if (this.#spacePending && run.parts.length > 0) run.parts.push(" ");
      this.#spacePending = false;
      run.parts.push(glyph.unicode);
      if (spacing !== 0) this.#advanceAlong(spacing, -spacing);
    }
  }

  /**
   * Where the next glyph goes relative to the run (pdf.js's `compareWithLastPosition`): the same run, the same run
   * after a space, or a new run. False when the glyph lies outside the page and is skipped.
   */
  #place(glyphAdvance: number, ctm: Matrix): boolean {
    let x = this.#positionX(ctm);
    let y = this.#positionY(ctm);
    const [left, bottom, right, top] = this.#viewBox;
    if (this.#state.font?.vertical) {
      if (x < left || x > right || y + glyphAdvance < bottom || y > top) return false;
    } else if (x + glyphAdvance < left || x > right || y < bottom || y > top) return false;
    const run = this.#run;
    if (!run) return true;
    let lastX = run.endX;
    let lastY = run.endY;
    if (lastX === x && lastY === y) return true;
    // The rendering matrix's linear part, as #renderingMatrix makes it, without making the matrix (this is per glyph).
    const u = this.#userMatrix(ctm);
    const width = this.#state.fontSize * this.#state.hScale;
    const height = this.#renderingHeight();
    const point = this.#point;
    unrotate(x, y, width * u[0], width * u[1], height * u[2], height * u[3], point);
    x = point.x;
    y = point.y;
    const t = run.transform;
    unrotate(lastX, lastY, t[0], t[1], t[2], t[3], point);
    lastX = point.x;
    lastY = point.y;
    const fontSize = Math.abs(run.fontSize);
    const vertical = this.#state.font?.vertical === true;
    const along = (vertical ? lastY - y : x - lastX) / run.advanceScale;
    const across = vertical ? x - lastX : y - lastY;
    if (along < NEGATIVE_SPACE * fontSize || Math.abs(across) > run.height) {
      this.#flush();
      return true;
    }
    this.#gap(along, fontSize);
    if (Math.abs(across) > run.height * VERTICAL_SHIFT_RATIO) this.#flush();
    return true;
  }

  /** A gap along the line inside a run: nothing, a space, or the end of the run. */
  #gap(along: number, fontSize: number): void {
    const run = this.#run;
    if (!run) return;
    if (along <= NOT_A_SPACE * fontSize) this.#spacePending = false;
    if (along <= TRACKING_SPACE * fontSize) {
      // A real space followed by a glyph drawn back over it: pdf.js ends the run there, and so the space stays.
      if (this.#spacePending) this.#flush();
      else run.width += along;
    } else if (along >= SPACE_IN_FLOW_MIN * fontSize && along <= SPACE_IN_FLOW_MAX * fontSize) {
      // A gap the pen jumped, not (only) the width of the space glyphs drawn since the last letter.
      const jumped = !this.#spacePending || along - this.#spaceAdvance > TRACKING_SPACE * fontSize;
      if (jumped && !this.#state.font?.vertical) run.gaps.push({ part: run.parts.length, from: run.width * run.advanceScale, to: (run.width + along) * run.advanceScale });
      run.parts.push(" ");
      run.width += along;
      this.#spacePending = false;
    } else this.#flush();
  }

  #openRun(ctm: Matrix): OpenRun {
    if (this.#run) return this.#run;
    const s = this.#state;
    const transform = this.#renderingMatrix(ctm);
    const vertical = s.font?.vertical === true;
    const run: OpenRun = {
      parts: [],
      transform,
      fontName: s.fontName,
      fontSize: s.fontSize,
      height: vertical ? Math.hypot(transform[0], transform[1]) : Math.hypot(transform[2], transform[3]),
      width: 0,
      advanceScale: Math.hypot(s.lineMatrix[0], s.lineMatrix[1]) * Math.hypot(ctm[0], ctm[1]),
      gaps: [],
      endX: transform[4],
      endY: transform[5],
      annotation: this.#annotationDepth > 0,
    };
    this.#run = run;
    this.#spacePending = false;
    return run;
  }

  /** A new text matrix scale mid-run (pdf.js's `updateAdvanceScale`): the run's width so far is kept in user space. */
  #rescaleRun(ctm: Matrix): void {
    const run = this.#run;
    if (!run) return;
    const scale = Math.hypot(this.#state.lineMatrix[0], this.#state.lineMatrix[1]) * Math.hypot(ctm[0], ctm[1]);
    if (scale === run.advanceScale || !(scale > 0)) return;
    run.width = (run.width * run.advanceScale) / scale;
    run.advanceScale = scale;
  }

  #flush(): void {
    const run = this.#run;
    this.#run = null;
    this.#spacePending = false;
    if (!run || run.parts.length === 0) return;
    this.#runs.push({
      str: this.#normalize(run.parts.join("")),
      transform: run.transform,
      width: Math.abs(run.width * run.advanceScale),
      height: run.height,
      fontName: run.fontName,
      ...(run.annotation ? { annotation: true as const } : {}),
      ...(run.gaps.length > 0 ? { pieces: this.#pieces(run) } : {}),
    });
  }

  #pieces(run: OpenRun): RunPiece[] {
    const pieces: RunPiece[] = [];
    let part = 0;
    let offset = 0;
    for (const gap of [...run.gaps, { part: run.parts.length, from: run.width * run.advanceScale, to: NaN }]) {
      const text = this.#normalize(run.parts.slice(part, gap.part).join(""));
      if (text.trim() !== "") pieces.push({ text, offset, width: gap.from - offset });
      part = gap.part + 1;
      offset = gap.to;
    }
    return pieces;
  }
}

interface Point {
  x: number;
  y: number;
}

/**
 * A point in the coordinates of a text line's direction (pdf.js's rotations of 0, 90, 180, 270 and any other), for
 * the line's matrix [a b c d …], written into `out`.
 */
function unrotate(x: number, y: number, a: number, b: number, c: number, d: number, out: Point): void {
  if (a && b === 0 && c === 0) {
    out.x = a > 0 ? x : -x;
    out.y = a > 0 ? y : -y;
  } else if (b && a === 0 && d === 0) {
    out.x = b > 0 ? y : -y;
    out.y = b > 0 ? x : -x;
  } else {
    const scale = Math.hypot(a, b);
    out.x = (a * x + b * y) / scale;
    out.y = (c * x + d * y) / scale;
  }
}
