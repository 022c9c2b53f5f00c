/**
 * Which runs of a DOCX are set in a legacy Vietnamese font (TCVN3 ".VnTime", ".VnArial", ".VnTimeH" …; VNI
 * "VNI-Times" …). Old office documents converted from .doc keep their text as the font's byte values (Latin-1
 * characters: "KÕ ho¹ch" for "Kế hoạch"); only the font says so, so the conversion follows the font, as the .doc
 * reader does.
 *
 * A run's font is Word's: its own `w:rFonts` (mammoth reads `w:ascii`), else its character style's, else its
 * paragraph style's (the default paragraph style when it names none), each through `w:basedOn`, else the document
 * default (`w:docDefaults`). A theme font (`w:asciiTheme`) is never a legacy font.
 */
import { type LegacyFontUse, legacyFontUseOf } from "../legacy-font.js";
import type { MammothRun } from "./mammoth-tree.js";
import { XML_TAG, xmlAttribute } from "./xml-tags.js";

interface StyleFont {
  /** The font the style's run properties name ("" for a theme font), when they name one. */
  font?: string;
  basedOn?: string;
}

/** The font `w:rFonts` names for ordinary letters: "" for a theme font, undefined when it names none. */
function rFontsName(attributes: string): string | undefined {
  if (xmlAttribute(attributes, "w:asciiTheme") !== undefined) return "";
  return xmlAttribute(attributes, "w:ascii") ?? xmlAttribute(attributes, "w:hAnsi");
}

export class LegacyFonts {
  private readonly styles = new Map<string, StyleFont>();
  private defaultFont: string | undefined;
  private defaultParagraphStyle: string | undefined;
  private readonly byName = new Map<string, LegacyFontUse | null>();

  constructor(stylesXml: string | undefined) {
    if (stylesXml) this.parse(stylesXml);
  }

  private parse(xml: string): void {
    let style: StyleFont | undefined;
    let inDefaults = false;
    // Run properties inside paragraph properties (`w:pPr/w:rPr`) format the paragraph mark, not the text.
    let inParagraphProperties = false;
    for (const match of xml.matchAll(XML_TAG)) {
      const [, closing, name, attributes = "", selfClosing] = match;
      if (closing) {
        if (name === "w:style") style = undefined;
        else if (name === "w:rPrDefault") inDefaults = false;
        else if (name === "w:pPr") inParagraphProperties = false;
        continue;
      }
      if (name === "w:style") {
        if (selfClosing) continue;
        style = {};
        const id = xmlAttribute(attributes, "w:styleId") ?? "";
        this.styles.set(id, style);
        if (xmlAttribute(attributes, "w:type") === "paragraph" && /^(?:1|true|on)$/.test(xmlAttribute(attributes, "w:default") ?? "")) {
          this.defaultParagraphStyle = id;
        }
      } else if (name === "w:rPrDefault" && !selfClosing) inDefaults = true;
      else if (name === "w:pPr" && !selfClosing) inParagraphProperties = true;
      else if (name === "w:basedOn" && style) style.basedOn = xmlAttribute(attributes, "w:val");
      else if (name === "w:rFonts" && !inParagraphProperties) {
        const font = rFontsName(attributes);
        if (font === undefined) continue;
        if (style) style.font = font;
        else if (inDefaults) this.defaultFont = font;
      }
    }
  }

  /** The legacy font a run is set in, if any; `paragraphStyleId` is mammoth's styleId of the run's paragraph. */
  of(run: MammothRun, paragraphStyleId: string | null): LegacyFontUse | null {
    const name =
      run.font ??
      this.styleFont(run.styleId ?? undefined) ??
      this.styleFont(paragraphStyleId ?? this.defaultParagraphStyle) ??
      this.defaultFont;
    if (!name) return null;
    let use = this.byName.get(name);
    if (use === undefined) {
      use = legacyFontUseOf(name);
      this.byName.set(name, use);
    }
    return use;
  }

  private styleFont(styleId: string | undefined): string | undefined {
    const seen = new Set<string>();
    while (styleId !== undefined && !seen.has(styleId)) {
      seen.add(styleId);
      const style = this.styles.get(styleId);
      if (!style) return undefined;
      if (style.font !== undefined) return style.font;
      styleId = style.basedOn;
    }
    return undefined;
  }
}
