/**
 * The structures of a Word 97–2003 document (MS-DOC) that the reader needs: the File Information Block, the piece
 * table (where each character's bytes are), paragraph and character properties in formatted disk pages, the style
 * sheet, and the list tables. No npm library exposes paragraph properties of .doc files (`word-extractor` gives the
 * text only), and without them table cells cannot be told from table rows.
 */
import { InputError } from "../../errors.js";
import { Bytes } from "./bytes.js";
import { SPRM, type Sprm, operandI32, operandU16, operandU8, sprms } from "./sprm.js";

const FLAG_ENCRYPTED = 0x0100;
const FLAG_TABLE_1 = 0x0200;
const FLAG_OBFUSCATED = 0x8000;
/** Word 97's nFib; Word 6 and 95 write 0x65–0x69, earlier versions less. */
const NFIB_WORD97 = 0xc0;

/** The (fc, lcb) pairs of FibRgFcLcb97 this reader uses, by index. */
const FC = {
  Stshf: 1,
  SttbfFfn: 15,
  PlcffndRef: 2,
  PlcffndTxt: 3,
  PlcfBteChpx: 12,
  PlcfBtePapx: 13,
  Clx: 33,
  PlcfendRef: 46,
  PlcfendTxt: 47,
  PlcSpaMom: 40,
  PlcftxbxTxt: 56,
  PlfLst: 73,
  PlfLfo: 74,
} as const;

export interface Fib {
  tableStreamName: "0Table" | "1Table";
  /** Character counts of the main text and the sub-documents that follow it in CP order. */
  ccpText: number;
  ccpFtn: number;
  ccpHdd: number;
  ccpAtn: number;
  ccpEdn: number;
  ccpTxbx: number;
  ccpHdrTxbx: number;
  fcLcb(index: number): { fc: number; lcb: number };
}

export function readFib(word: Bytes): Fib {
  if (word.length < 0x22) throw new InputError("not a readable .doc: its WordDocument stream is too short");
  const ident = word.u16(0);
  const nFib = word.u16(2);
  if (ident !== 0xa5ec && ident !== 0xa5dc) throw new InputError(`not a readable .doc: unknown Word format id 0x${ident.toString(16)}`);
  if (nFib < NFIB_WORD97) {
    throw new InputError("a Word 6.0/95 (or older) document, which cchc does not read: open it in Word or LibreOffice and save it as .docx");
  }
  const flags = word.u16(0x0a);
  if (flags & FLAG_ENCRYPTED) {
    throw new InputError(
      flags & FLAG_OBFUSCATED
        ? "a .doc protected by XOR obfuscation: open it in Word, remove the protection and save it as .docx"
        : "a password-protected .doc: open it in Word, remove the password and save it as .docx",
    );
  }
  const csw = word.u16(0x20);
  const lwAt = 0x22 + csw * 2 + 2;
  const cslw = word.u16(lwAt - 2);
  const lw = (index: number) => (index < cslw ? Math.max(0, word.i32(lwAt + index * 4)) : 0);
  const fcLcbAt = lwAt + cslw * 4 + 2;
  const cbRgFcLcb = word.u16(fcLcbAt - 2);
  return {
    tableStreamName: flags & FLAG_TABLE_1 ? "1Table" : "0Table",
    ccpText: lw(3),
    ccpFtn: lw(4),
    ccpHdd: lw(5),
    ccpAtn: lw(7),
    ccpEdn: lw(8),
    ccpTxbx: lw(9),
    ccpHdrTxbx: lw(10),
    fcLcb(index) {
      if (index >= cbRgFcLcb) return { fc: 0, lcb: 0 };
      return { fc: word.u32(fcLcbAt + index * 8), lcb: word.u32(fcLcbAt + index * 8 + 4) };
    },
  };
}

export { FC };

// ---- Piece table ---------------------------------------------------------------------------------------------------

export interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  /** One byte per character (Windows-1252) rather than UTF-16. */
  compressed: boolean;
  /** Paragraph/character sprms the piece's Prm adds (a Prc of the CLX), or null. */
  grpprl: Uint8Array | null;
}

export function readPieces(fib: Fib, table: Bytes, word: Bytes): Piece[] {
  const { fc, lcb } = fib.fcLcb(FC.Clx);
  if (lcb === 0) throw new InputError("not a readable .doc: it has no piece table");
  const end = fc + lcb;
  if (end > table.length) throw new InputError("not a readable .doc: damaged (piece table past the end of its stream)");
  const prcs: Uint8Array[] = [];
  let at = fc;
  while (at < end && table.u8(at) === 0x01) {
    const size = table.i16(at + 1);
    if (size < 0) throw new InputError("not a readable .doc: damaged (negative property list in the piece table)");
    prcs.push(table.slice(at + 3, size));
    at += 3 + size;
  }
  if (at >= end || table.u8(at) !== 0x02) throw new InputError("not a readable .doc: damaged (no piece descriptors)");
  const plcLength = table.u32(at + 1);
  const plcAt = at + 5;
  if (plcAt + plcLength > table.length || plcLength < 16) throw new InputError("not a readable .doc: damaged (piece descriptors)");
  const count = Math.floor((plcLength - 4) / 12);
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const cpStart = table.i32(plcAt + i * 4);
    const cpEnd = table.i32(plcAt + (i + 1) * 4);
    const descriptor = plcAt + (count + 1) * 4 + i * 8;
    const fcRaw = table.u32(descriptor + 2);
    const prm = table.u16(descriptor + 6);
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fcValue = fcRaw & 0x3fffffff;
    const pieceFc = compressed ? fcValue / 2 : fcValue;
    if (cpStart < 0 || cpEnd < cpStart || (pieces.length > 0 && cpStart < pieces[pieces.length - 1]!.cpEnd)) {
      throw new InputError("not a readable .doc: damaged (piece table out of order)");
    }
    const bytesNeeded = (cpEnd - cpStart) * (compressed ? 1 : 2);
    if (!Number.isInteger(pieceFc) || pieceFc + bytesNeeded > word.length) {
      throw new InputError("not a readable .doc: damaged (text piece past the end of the document stream)");
    }
    const grpprl = prm & 1 ? (prcs[prm >>> 1] ?? null) : null;
    pieces.push({ cpStart, cpEnd, fc: pieceFc, compressed, grpprl });
  }
  return pieces;
}

/** Windows-1252's characters for bytes 0x80–0x9F (elsewhere the byte is its Unicode code point). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeCompressed(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte;
}

// ---- Formatted disk pages (paragraph and character properties) ------------------------------------------------------

interface FkpRun {
  fcStart: number;
  fcEnd: number;
  grpprl: Uint8Array;
  istd: number;
}

const EMPTY = new Uint8Array(0);

/**
 * A bin table (PlcBtePapx or PlcBteChpx) and the 512-byte pages it points to: the properties of the run holding a
 * given byte offset of the document stream.
 */
export class PropertyPages {
  private readonly fcs: number[] = [];
  private readonly pages: number[] = [];
  private readonly cache = new Map<number, { rgfc: number[]; runs: (FkpRun | null)[] }>();
  private last: FkpRun | null = null;

  constructor(
    private readonly kind: "papx" | "chpx",
    fib: Fib,
    table: Bytes,
    private readonly word: Bytes,
    private readonly data: Bytes | null,
  ) {
    const { fc, lcb } = fib.fcLcb(kind === "papx" ? FC.PlcfBtePapx : FC.PlcfBteChpx);
    if (lcb < 12 || fc + lcb > table.length) return;
    const count = Math.floor((lcb - 4) / 8);
    for (let i = 0; i <= count; i++) this.fcs.push(table.u32(fc + i * 4));
    for (let i = 0; i < count; i++) this.pages.push(table.u32(fc + (count + 1) * 4 + i * 4) & 0x3fffff);
  }

  /** The run whose byte range holds `fc`, or null where the file records none. */
  at(fc: number): FkpRun | null {
    if (this.last && fc >= this.last.fcStart && fc < this.last.fcEnd) return this.last;
    const index = lastAtOrBefore(this.fcs, fc);
    if (index < 0 || index >= this.pages.length) return null;
    const page = this.page(this.pages[index]!);
    if (!page) return null;
    const j = lastAtOrBefore(page.rgfc, fc);
    if (j < 0 || j >= page.runs.length || fc >= page.rgfc[j + 1]!) return null;
    this.last = page.runs[j]!;
    return this.last;
  }

  private page(pn: number): { rgfc: number[]; runs: (FkpRun | null)[] } | null {
    const cached = this.cache.get(pn);
    if (cached) return cached;
    const offset = pn * 512;
    if (offset + 512 > this.word.length) return null;
    const crun = this.word.u8(offset + 511);
    const rgfc: number[] = [];
    for (let i = 0; i <= crun; i++) rgfc.push(this.word.u32(offset + i * 4));
    const runs: (FkpRun | null)[] = [];
    for (let j = 0; j < crun; j++) {
      const fcStart = rgfc[j]!;
      const fcEnd = rgfc[j + 1]!;
      if (this.kind === "chpx") {
        const wordOffset = this.word.u8(offset + (crun + 1) * 4 + j) * 2;
        const cb = wordOffset === 0 ? 0 : this.word.u8(offset + wordOffset);
        const grpprl = wordOffset === 0 || wordOffset + 1 + cb > 511 ? EMPTY : this.word.slice(offset + wordOffset + 1, cb);
        runs.push({ fcStart, fcEnd, grpprl, istd: 0 });
      } else {
        const wordOffset = this.word.u8(offset + (crun + 1) * 4 + j * 13) * 2;
        runs.push(wordOffset === 0 ? { fcStart, fcEnd, grpprl: EMPTY, istd: 0 } : this.papx(offset, wordOffset, fcStart, fcEnd));
      }
    }
    const parsed = { rgfc, runs };
    this.cache.set(pn, parsed);
    return parsed;
  }

  private papx(page: number, wordOffset: number, fcStart: number, fcEnd: number): FkpRun {
    let cb = this.word.u8(page + wordOffset);
    let start = page + wordOffset + 1;
    let size: number;
    if (cb === 0) {
      cb = this.word.u8(start);
      start += 1;
      size = cb * 2;
    } else {
      size = cb * 2 - 1;
    }
    if (start + size > page + 511 || size < 2) return { fcStart, fcEnd, grpprl: EMPTY, istd: 0 };
    const istd = this.word.u16(start);
    let grpprl = this.word.slice(start + 2, size - 2);
    // A paragraph whose properties do not fit in the page keeps them in the Data stream (sprmPHugePapx).
    for (const s of sprms(grpprl)) {
      if (s.sprm !== SPRM.PHugePapx || !this.data) continue;
      const at = operandI32(grpprl, s) >>> 0;
      if (at + 2 > this.data.length) break;
      const length = this.data.u16(at);
      if (at + 2 + length <= this.data.length) grpprl = this.data.slice(at + 2, length);
      break;
    }
    return { fcStart, fcEnd, grpprl, istd };
  }
}

/** Index of the last element ≤ `value` in an ascending array, −1 when none. */
function lastAtOrBefore(values: number[], value: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

// ---- Paragraph and character properties -----------------------------------------------------------------------------

export interface ParagraphProperties {
  istd: number;
  inTable: boolean;
  /** Table depth (sprmPItap), 0 outside tables. */
  depth: number;
  /** This paragraph ends a table row (at depth 1: sprmPFTtp; deeper: sprmPFInnerTtp). */
  rowEnd: boolean;
  /** At depth > 1, this paragraph ends a cell (sprmPFInnerTableCell). */
  innerCellEnd: boolean;
  ilfo: number;
  ilvl: number;
  /** The grpprl holding the row's table properties, on a row-end paragraph. */
  grpprl: Uint8Array;
}

export function paragraphProperties(run: FkpRun | null, pieceGrpprl: Uint8Array | null): ParagraphProperties {
  const props: ParagraphProperties = {
    istd: run?.istd ?? 0,
    inTable: false,
    depth: -1,
    rowEnd: false,
    innerCellEnd: false,
    ilfo: 0,
    ilvl: 0,
    grpprl: run?.grpprl ?? EMPTY,
  };
  let ttp = false;
  let innerTtp = false;
  const apply = (grpprl: Uint8Array) => {
    for (const s of sprms(grpprl)) applyParagraphSprm(props, grpprl, s, (v) => (ttp = v), (v) => (innerTtp = v));
  };
  if (run) apply(run.grpprl);
  if (pieceGrpprl) apply(pieceGrpprl);
  if (props.depth < 0) props.depth = props.inTable ? 1 : 0;
  if (props.depth > 0 && !props.inTable) props.inTable = true;
  props.rowEnd = props.depth <= 1 ? ttp : innerTtp;
  return props;
}

function applyParagraphSprm(props: ParagraphProperties, grpprl: Uint8Array, s: Sprm, setTtp: (v: boolean) => void, setInnerTtp: (v: boolean) => void): void {
  switch (s.sprm) {
    case SPRM.PIstd:
      props.istd = operandU16(grpprl, s);
      break;
    case SPRM.PFInTable:
      props.inTable = operandU8(grpprl, s) !== 0;
      break;
    case SPRM.PFTtp:
      setTtp(operandU8(grpprl, s) !== 0);
      break;
    case SPRM.PItap:
      props.depth = Math.max(0, operandI32(grpprl, s));
      break;
    case SPRM.PFInnerTableCell:
      props.innerCellEnd = operandU8(grpprl, s) !== 0;
      break;
    case SPRM.PFInnerTtp:
      setInnerTtp(operandU8(grpprl, s) !== 0);
      break;
    case SPRM.PIlfo:
      props.ilfo = operandU16(grpprl, s);
      break;
    case SPRM.PIlvl:
      props.ilvl = operandU8(grpprl, s);
      break;
    default:
      break;
  }
}

export interface CharacterProperties {
  bold: boolean;
  italic: boolean;
  deleted: boolean;
  /** The run's own font (index into the font table), null when the style's applies. */
  font: number | null;
}

/**
 * Direct character formatting, as the DOCX reader takes it (mammoth reads run properties, not styles). An operand of
 * 0x81 means "the opposite of the style", which for body text in a plain style is on.
 */
export function characterProperties(run: FkpRun | null, pieceGrpprl: Uint8Array | null): CharacterProperties {
  const props: CharacterProperties = { bold: false, italic: false, deleted: false, font: null };
  const apply = (grpprl: Uint8Array) => {
    for (const s of sprms(grpprl)) {
      const value = operandU8(grpprl, s);
      if (s.sprm === SPRM.CFBold) props.bold = value === 1 || value === 0x81;
      else if (s.sprm === SPRM.CFItalic) props.italic = value === 1 || value === 0x81;
      else if (s.sprm === SPRM.CFRMarkDel) props.deleted = value !== 0;
      else if (s.sprm === SPRM.CRgFtc0) props.font = operandU16(grpprl, s);
    }
  };
  if (run) apply(run.grpprl);
  if (pieceGrpprl) apply(pieceGrpprl);
  return props;
}

// ---- Table rows (TAP) ------------------------------------------------------------------------------------------------

export interface RowProperties {
  isHeader: boolean;
  /** Cell boundaries in twips, one more than the cells. */
  boundaries: number[];
  /** Per cell: 0 not merged, 1 continues the cell above, 3 starts a vertical merge. */
  verticalMerge: number[];
  /** Per cell: 0 not merged, 1 first of a horizontal merge, 2/3 merged into the cell before. */
  horizontalMerge: number[];
}

/** Word's own limit is 63 cells a row; a larger count is damage. */
const MAX_ROW_CELLS = 64;

export function rowProperties(grpprl: Uint8Array): RowProperties {
  const row: RowProperties = { isHeader: false, boundaries: [], verticalMerge: [], horizontalMerge: [] };
  for (const s of sprms(grpprl)) {
    switch (s.sprm) {
      case SPRM.TDefTable:
      case SPRM.TDefTable10: {
        const end = s.at + s.size;
        const cells = Math.min(grpprl[s.at + 2] ?? 0, MAX_ROW_CELLS);
        const boundariesAt = s.at + 3;
        if (boundariesAt + (cells + 1) * 2 > end) break;
        row.boundaries = [];
        for (let i = 0; i <= cells; i++) row.boundaries.push(((grpprl[boundariesAt + i * 2]! | (grpprl[boundariesAt + i * 2 + 1]! << 8)) << 16) >> 16);
        row.verticalMerge = new Array<number>(cells).fill(0);
        row.horizontalMerge = new Array<number>(cells).fill(0);
        // TC80 descriptors follow (20 bytes each: tcgrf first); a writer may store fewer than there are cells.
        const tcAt = boundariesAt + (cells + 1) * 2;
        for (let i = 0; i < cells && tcAt + i * 20 + 2 <= end; i++) {
          const tcgrf = grpprl[tcAt + i * 20]! | (grpprl[tcAt + i * 20 + 1]! << 8);
          row.horizontalMerge[i] = tcgrf & 0x3;
          row.verticalMerge[i] = (tcgrf >>> 5) & 0x3;
        }
        break;
      }
      case SPRM.TTableHeader:
        row.isHeader = operandU8(grpprl, s) !== 0;
        break;
      case SPRM.TVertMerge: {
        const cell = grpprl[s.at + 1] ?? 0;
        if (cell < row.verticalMerge.length) row.verticalMerge[cell] = grpprl[s.at + 2] ?? 0;
        break;
      }
      case SPRM.TMerge:
      case SPRM.TSplit: {
        const first = grpprl[s.at] ?? 0;
        const limit = Math.min(grpprl[s.at + 1] ?? 0, row.horizontalMerge.length);
        for (let i = first; i < limit; i++) row.horizontalMerge[i] = s.sprm === SPRM.TSplit ? 0 : i === first ? 1 : 2;
        break;
      }
      default:
        break;
    }
  }
  return row;
}

// ---- Styles ------------------------------------------------------------------------------------------------------------

export interface Style {
  name: string;
  /** Built-in style identifier: 1–9 are "heading 1"–"heading 9". */
  sti: number;
  ilfo?: number;
  ilvl?: number;
  /** Font of the style's text (index into the font table), from the style or the styles it is based on. */
  font?: number;
}

export interface StyleSheet {
  styles: Style[];
  /** The document's default font (the style sheet's standard font for ASCII text). */
  defaultFont: number | null;
}

export function readStyles(fib: Fib, table: Bytes): StyleSheet {
  const { fc, lcb } = fib.fcLcb(FC.Stshf);
  if (lcb < 4 || fc + lcb > table.length) return { styles: [], defaultFont: null };
  const end = fc + lcb;
  const cbStshi = table.u16(fc);
  const count = Math.min(table.u16(fc + 2), 4096);
  const baseSize = table.u16(fc + 4);
  const defaultFont = cbStshi >= 14 ? table.u16(fc + 2 + 12) : null;
  const raw: { name: string; sti: number; base: number; papx: Uint8Array | null; chpx: Uint8Array | null }[] = [];
  let at = fc + 2 + cbStshi;
  for (let istd = 0; istd < count && at + 2 <= end; istd++) {
    const cbStd = table.u16(at);
    const stdAt = at + 2;
    at = stdAt + cbStd;
    if (cbStd === 0 || at > end || cbStd < 10) {
      raw.push({ name: "", sti: 0x0ffe, base: 0x0fff, papx: null, chpx: null });
      continue;
    }
    const sti = table.u16(stdAt) & 0x0fff;
    const stk = table.u16(stdAt + 2) & 0x000f;
    const base = table.u16(stdAt + 2) >>> 4;
    let cursor = stdAt + baseSize;
    let name = "";
    if (cursor + 2 <= at) {
      const chars = table.u16(cursor);
      if (cursor + 2 + chars * 2 <= at) name = table.utf16(cursor + 2, chars);
      cursor += 2 + chars * 2 + 2;
    }
    let papx: Uint8Array | null = null;
    let chpx: Uint8Array | null = null;
    // A paragraph style's first UPX holds its istd and paragraph sprms, the second (at an even offset) its character
    // sprms; a character style has only the character UPX.
    if (stk === 1 && cursor + 2 <= at) {
      const size = table.u16(cursor);
      if (size >= 2 && cursor + 2 + size <= at) papx = table.slice(cursor + 4, size - 2);
      cursor += 2 + size + (size % 2);
    }
    if ((stk === 1 || stk === 2) && cursor + 2 <= at) {
      const size = table.u16(cursor);
      if (cursor + 2 + size <= at) chpx = table.slice(cursor + 2, size);
    }
    raw.push({ name, sti, base, papx, chpx });
  }
  const styles = raw.map((_, istd) => {
    const style: Style = { name: raw[istd]!.name, sti: raw[istd]!.sti };
    // Base styles first, so a style's own sprms win; the chain is cut at a repeat (damaged files loop).
    const chain: number[] = [];
    const seen = new Set<number>();
    for (let current = istd; current < raw.length && !seen.has(current); current = raw[current]!.base) {
      seen.add(current);
      chain.unshift(current);
    }
    for (const index of chain) {
      const { papx, chpx } = raw[index]!;
      if (papx) {
        for (const s of sprms(papx)) {
          if (s.sprm === SPRM.PIlfo) style.ilfo = operandU16(papx, s);
          else if (s.sprm === SPRM.PIlvl) style.ilvl = operandU8(papx, s);
        }
      }
      if (chpx) for (const s of sprms(chpx)) if (s.sprm === SPRM.CRgFtc0) style.font = operandU16(chpx, s);
    }
    return style;
  });
  return { styles, defaultFont };
}

/**
 * The font table (SttbfFfn): font names by index. Each entry is an FFN of `cchData` bytes whose name starts at byte
 * 39 (after flags, weight, character set, alternate-name offset, PANOSE and the font signature), NUL-terminated.
 */
export function readFontNames(fib: Fib, table: Bytes): string[] {
  const { fc, lcb } = fib.fcLcb(FC.SttbfFfn);
  if (lcb < 4 || fc + lcb > table.length) return [];
  const end = fc + lcb;
  const count = Math.min(table.u16(fc), 4096);
  const names: string[] = [];
  let at = fc + 4;
  for (let i = 0; i < count && at < end; i++) {
    const size = table.u8(at);
    const ffn = at + 1;
    at = ffn + size;
    let name = "";
    for (let k = ffn + 39; k + 2 <= Math.min(at, end); k += 2) {
      const code = table.u16(k);
      if (code === 0) break;
      name += String.fromCharCode(code);
    }
    names.push(name);
  }
  return names;
}

// ---- Lists ---------------------------------------------------------------------------------------------------------------

export interface ListLevel {
  start: number;
  /** MS-DOC number format (nfc): 0 decimal, 1 upper Roman, 2 lower Roman, 3 upper letter, 4 lower letter, 22 leading zero, 23 bullet, 255 none. */
  nfc: number;
  /** The number text: characters 0–8 stand for the numbers of levels 1–9. */
  text: string;
}

export interface Lists {
  /** lsid → levels. */
  lists: Map<number, ListLevel[]>;
  /** ilfo (1-based) → the list it points to and its start overrides by level. */
  overrides: { lsid: number; startAt: Map<number, number> }[];
}

export function readLists(fib: Fib, table: Bytes): Lists {
  const result: Lists = { lists: new Map(), overrides: [] };
  const lst = fib.fcLcb(FC.PlfLst);
  if (lst.lcb >= 2 && lst.fc + 2 <= table.length) {
    const count = Math.max(0, table.i16(lst.fc));
    let levelAt = lst.fc + 2 + count * 28;
    for (let i = 0; i < count && levelAt < table.length; i++) {
      const lstf = lst.fc + 2 + i * 28;
      const lsid = table.i32(lstf);
      const simple = (table.u8(lstf + 26) & 1) !== 0;
      const levels: ListLevel[] = [];
      for (let l = 0; l < (simple ? 1 : 9); l++) {
        const parsed = readLevel(table, levelAt);
        levels.push(parsed.level);
        levelAt += parsed.size;
      }
      result.lists.set(lsid, levels);
    }
  }
  const lfo = fib.fcLcb(FC.PlfLfo);
  if (lfo.lcb >= 4 && lfo.fc + 4 <= table.length) {
    const count = Math.min(table.u32(lfo.fc), 0x7ffe);
    const levelCounts: number[] = [];
    for (let i = 0; i < count; i++) {
      const at = lfo.fc + 4 + i * 16;
      result.overrides.push({ lsid: table.i32(at), startAt: new Map() });
      levelCounts.push(table.u8(at + 12));
    }
    // LFOData, one per LFO: a CP, then its level overrides (with a whole LVL when fFormatting is set).
    let at = lfo.fc + 4 + count * 16;
    for (let i = 0; i < count && at + 4 <= table.length; i++) {
      at += 4;
      for (let k = 0; k < levelCounts[i]! && at + 8 <= table.length; k++) {
        const startAt = table.i32(at);
        const flags = table.u32(at + 4);
        at += 8;
        if (flags & 0x10) result.overrides[i]!.startAt.set(flags & 0xf, startAt);
        if (flags & 0x20) at += readLevel(table, at).size;
      }
    }
  }
  return result;
}

function readLevel(table: Bytes, at: number): { level: ListLevel; size: number } {
  const start = table.i32(at);
  const nfc = table.u8(at + 4);
  const chpxSize = table.u8(at + 24);
  const papxSize = table.u8(at + 25);
  const textAt = at + 28 + papxSize + chpxSize;
  const chars = Math.min(table.u16(textAt), 255);
  return { level: { start, nfc, text: table.utf16(textAt + 2, chars) }, size: 28 + papxSize + chpxSize + 2 + chars * 2 };
}
