/**
 * Property modifiers (MS-DOC 2.2.5 "Sprm"): a grpprl is a run of (2-byte sprm, operand) pairs whose operand size is
 * given by the sprm's top three bits, a length byte, or (two table and tab sprms) a structure of their own.
 */

export const SPRM = {
  PIstd: 0x4600,
  PIlvl: 0x260a,
  PIlfo: 0x460b,
  PFInTable: 0x2416,
  PFTtp: 0x2417,
  POutLvl: 0x2640,
  PHugePapx: 0x6646,
  PItap: 0x6649,
  PFInnerTableCell: 0x244b,
  PFInnerTtp: 0x244c,
  PChgTabs: 0xc615,
  TDefTable: 0xd608,
  TDefTable10: 0xd606,
  TTableHeader: 0x3404,
  TMerge: 0x5624,
  TSplit: 0x5625,
  TVertMerge: 0xd62b,
  CFRMarkDel: 0x0800,
  CFBold: 0x0835,
  CFItalic: 0x0836,
  CFSpec: 0x0855,
  CRgFtc0: 0x4a4f,
} as const;

export interface Sprm {
  sprm: number;
  /** Offset of the operand in the grpprl's array. */
  at: number;
  size: number;
}

/** The sprms of `grpprl`, in order; a sprm whose operand would run past the end stops the walk. */
export function* sprms(grpprl: Uint8Array): Generator<Sprm> {
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl[at]! | (grpprl[at + 1]! << 8);
    at += 2;
    const size = operandSize(sprm, grpprl, at);
    if (size === null || at + size > grpprl.length) return;
    yield { sprm, at, size };
    at += size;
  }
}

function operandSize(sprm: number, grpprl: Uint8Array, at: number): number | null {
  switch (sprm >>> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      break;
  }
  if (at >= grpprl.length) return null;
  if (sprm === SPRM.TDefTable || sprm === SPRM.TDefTable10) {
    if (at + 2 > grpprl.length) return null;
    const cb = grpprl[at]! | (grpprl[at + 1]! << 8);
    return Math.max(2, cb + 1);
  }
  const cb = grpprl[at]!;
  if (sprm === SPRM.PChgTabs && cb === 255) {
    // PChgTabsDelClose (count, deleted and close positions) then PChgTabsAdd (count, positions, tab descriptors).
    const deleted = grpprl[at + 1] ?? 0;
    const added = grpprl[at + 2 + deleted * 4] ?? 0;
    return 1 + 1 + deleted * 4 + 1 + added * 3;
  }
  return 1 + cb;
}

export function operandU8(grpprl: Uint8Array, s: Sprm): number {
  return grpprl[s.at] ?? 0;
}

export function operandU16(grpprl: Uint8Array, s: Sprm): number {
  return (grpprl[s.at] ?? 0) | ((grpprl[s.at + 1] ?? 0) << 8);
}

export function operandI32(grpprl: Uint8Array, s: Sprm): number {
  return (grpprl[s.at] ?? 0) | ((grpprl[s.at + 1] ?? 0) << 8) | ((grpprl[s.at + 2] ?? 0) << 16) | ((grpprl[s.at + 3] ?? 0) << 24);
}
