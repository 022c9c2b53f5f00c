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

/** The one note both Word readers give when they converted legacy-font text: how many paragraphs it touched. */
export function legacyFontDiagnostic(paragraphs: number): Diagnostic {
  return {
    severity: "info",
    code: "legacy-font-converted",
    message: `${paragraphs} paragraph(s) set in a legacy Vietnamese font (TCVN3 .VnTime…, VNI-Times…) converted to Unicode`,
  };
}
