/**
 * Which legacy Vietnamese font a font name is, and how text set in it becomes Unicode: one rule for the DOCX and the
 * .doc readers, which both know each run's font by name.
 */
import type { Diagnostic } from "../diagnostics.js";
import { type LegacyFont, convertLegacyFont } from "./decode.js";

export interface LegacyFontUse {
  legacy: LegacyFont;
  /** The TCVN3 capitals fonts (.VnTimeH, .VnArialH …) draw every letter as a capital at the lower-case code points. */
  capitals: boolean;
}

/** TCVN3 ("ABC") fonts are named .VnTime, .VnArial, .VnTimeH …; VNI fonts VNI-Times, VNI-Helve …. */
export function legacyFontOf(name: string): LegacyFont | null {
  if (/^vni[-\s_]/i.test(name)) return "vni";
  if (/^\.?vn[a-z]/i.test(name)) return "tcvn3";
  return null;
}

/** The legacy font a font name is, with whether it is a TCVN3 capitals font (its name ends in "H"); null for others. */
export function legacyFontUseOf(name: string): LegacyFontUse | null {
  const trimmed = name.trim();
  const legacy = legacyFontOf(trimmed);
  return legacy ? { legacy, capitals: legacy === "tcvn3" && /h$/i.test(trimmed) } : null;
}

/** Text of a run set in a legacy font → Unicode; in a capitals font every letter is a capital. */
export function convertLegacyRunText(text: string, use: LegacyFontUse): string {
  const converted = convertLegacyFont(text, use.legacy);
  return use.capitals ? converted.toUpperCase() : converted;
}

/** Letters only Unicode Vietnamese text has (ă đ ĩ ũ ơ ư and the toned vowels U+1EA0–U+1EF9): no legacy font has them. */
function holdsUnicodeVietnamese(text: string): boolean {
  return /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u.test(text);
}

/**
 * Whether a paragraph's text set in legacy fonts (all its legacy runs together) is to be converted: not when it
 * already holds Unicode Vietnamese letters, typed in Unicode under a style that kept the old font (common in documents
 * edited after their conversion). One rule for both Word readers.
 */
export function isLegacyEncoded(legacyText: string): boolean {
  return legacyText !== "" && !holdsUnicodeVietnamese(legacyText);
}

/** The one note both Word readers give when they converted legacy-font text: how many paragraphs it touched. */
export function legacyFontDiagnostic(paragraphs: number): Diagnostic {
  return {
    severity: "info",
    code: "legacy-font-converted",
    message: `${paragraphs} paragraph(s) set in a legacy Vietnamese font (TCVN3 .VnTime…, VNI-Times…) converted to Unicode`,
  };
}
