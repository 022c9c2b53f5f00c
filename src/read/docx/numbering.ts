/**
 * The literal numbers Word shows before numbered paragraphs ("1.", "a)", "II."), which mammoth does not give: its
 * paragraphs only say "ordered or not, at level n". Word computes them at display time from numbering.xml, so this
 * module does the same: it walks document.xml's paragraphs in the order mammoth emits them, works out each
 * paragraph's list instance and level, and counts.
 *
 * The caller pairs these labels with mammoth's paragraphs one to one, and only when both sides counted the same
 * number of paragraphs; otherwise it falls back to generic markers. So a walk that drifts from mammoth's never puts a
 * wrong number on a paragraph, it only loses the literal numbers.
 */

import { romanNumeral } from "../../roman.js";
import { XML_TAG, xmlAttribute } from "./xml-tags.js";

export interface NumberingLabel {
  /** The text Word shows ("1.", "a)", "-"), or null for a paragraph without numbering. */
  label: string | null;
  ordered: boolean;
}

interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumberingDefinitions {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → abstractNumId and per-level start overrides. */
  instances: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

export function parseNumberingDefinitions(xml: string): NumberingDefinitions {
  const abstract = new Map<string, Map<number, Level>>();
  const instances = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  let currentAbstract: Map<number, Level> | undefined;
  let currentLevel: Level | undefined;
  let currentInstance: { abstractId: string; startOverrides: Map<number, number> } | undefined;
  let overrideLevel: number | undefined;
  let depthInLevelPPr = 0;
  for (const match of xml.matchAll(XML_TAG)) {
    const [, closing, name, attributes = "", selfClosing] = match;
    if (closing) {
      if (name === "w:abstractNum") currentAbstract = undefined;
      else if (name === "w:lvl") currentLevel = undefined;
      else if (name === "w:num") currentInstance = undefined;
      else if (name === "w:lvlOverride") overrideLevel = undefined;
      else if (name === "w:pPr" || name === "w:rPr") depthInLevelPPr = Math.max(0, depthInLevelPPr - 1);
      continue;
    }
    switch (name) {
      case "w:abstractNum": {
        currentAbstract = new Map();
        abstract.set(xmlAttribute(attributes, "w:abstractNumId") ?? "", currentAbstract);
        break;
      }
      case "w:lvl": {
        if (!currentAbstract) break;
        currentLevel = { start: 1, format: "decimal", text: "" };
        currentAbstract.set(Number(xmlAttribute(attributes, "w:ilvl") ?? "0"), currentLevel);
        if (selfClosing) currentLevel = undefined;
        break;
      }
      case "w:pPr":
      case "w:rPr":
        if (!selfClosing) depthInLevelPPr += 1;
        break;
      case "w:start":
        if (currentLevel && depthInLevelPPr === 0) currentLevel.start = Number(xmlAttribute(attributes, "w:val") ?? "1") || 0;
        break;
      case "w:numFmt":
        if (currentLevel) currentLevel.format = xmlAttribute(attributes, "w:val") ?? "decimal";
        break;
      case "w:lvlText":
        if (currentLevel) currentLevel.text = decodeEntities(xmlAttribute(attributes, "w:val") ?? "");
        break;
      case "w:num": {
        currentInstance = { abstractId: "", startOverrides: new Map() };
        instances.set(xmlAttribute(attributes, "w:numId") ?? "", currentInstance);
        break;
      }
      case "w:abstractNumId":
        if (currentInstance) currentInstance.abstractId = xmlAttribute(attributes, "w:val") ?? "";
        break;
      case "w:lvlOverride":
        overrideLevel = Number(xmlAttribute(attributes, "w:ilvl") ?? "0");
        if (selfClosing) overrideLevel = undefined;
        break;
      case "w:startOverride":
        if (currentInstance && overrideLevel !== undefined) {
          currentInstance.startOverrides.set(overrideLevel, Number(xmlAttribute(attributes, "w:val") ?? "1"));
        }
        break;
    }
  }
  return { abstract, instances };
}

/** Paragraph styles' own numbering (`w:style/w:pPr/w:numPr`), which Word applies to every paragraph of the style. */
export function parseStyleNumbering(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  let current: StyleNumbering | undefined;
  let inNumPr = false;
  for (const match of xml.matchAll(XML_TAG)) {
    const [, closing, name, attributes = "", selfClosing] = match;
    if (closing) {
      if (name === "w:style") current = undefined;
      else if (name === "w:numPr") inNumPr = false;
      continue;
    }
    if (name === "w:style") {
      current = {};
      styles.set(xmlAttribute(attributes, "w:styleId") ?? "", current);
      if (selfClosing) current = undefined;
    } else if (!current) continue;
    else if (name === "w:basedOn") current.basedOn = xmlAttribute(attributes, "w:val");
    else if (name === "w:numPr" && !selfClosing) inNumPr = true;
    else if (inNumPr && name === "w:numId") current.numId = xmlAttribute(attributes, "w:val");
    else if (inNumPr && name === "w:ilvl") current.ilvl = Number(xmlAttribute(attributes, "w:val") ?? "0");
  }
  return styles;
}

interface ScannedParagraph {
  styleId?: string;
  numId?: string;
  ilvl?: number;
  deletedMark: boolean;
  /** Paragraphs of text boxes anchored in this one: mammoth emits them right after it. */
  after: ScannedParagraph[];
}

/**
 * Elements whose content mammoth skips: alternative content other than the fallback, DrawingML (it reads only images
 * from it, so DrawingML text boxes are lost there and must be here too), deletions and moved-away text.
 */
const SKIPPED = new Set([
  "mc:Choice",
  "w:drawing",
  "w:del",
  "w:moveFrom",
  "w:fldSimple",
  // Tracked formatting changes keep the old properties (an old w:numPr) inside the new ones.
  "w:pPrChange",
  "w:rPrChange",
  "w:tcPrChange",
  "w:trPrChange",
  "w:tblPrChange",
]);

/** Numbering labels for every paragraph of document.xml, in mammoth's order. */
export function numberingLabels(documentXml: string, numberingXml: string | undefined, stylesXml: string | undefined): NumberingLabel[] {
  const definitions = numberingXml ? parseNumberingDefinitions(numberingXml) : { abstract: new Map(), instances: new Map() };
  const styles = stylesXml ? parseStyleNumbering(stylesXml) : new Map<string, StyleNumbering>();
  const paragraphs = scanParagraphs(documentXml);
  const counter = new ListCounter(definitions);
  return paragraphs.map((paragraph) => {
    const numbering = effectiveNumbering(paragraph, styles);
    if (!numbering) return { label: null, ordered: false };
    return counter.next(numbering.numId, numbering.ilvl);
  });
}

function scanParagraphs(xml: string): ScannedParagraph[] {
  const out: ScannedParagraph[] = [];
  const open: ScannedParagraph[] = [];
  const names: string[] = [];
  let skipDepth = 0;
  let pendingAfterDeleted: ScannedParagraph[] = [];
  /**
   * Depth (in `names`) of an element whose paragraphs mammoth drops, 0 when none: a table row marked deleted, or a
   * cell that continues a vertical merge (mammoth removes it and keeps only the merge's first cell).
   */
  let dropDepth = 0;
  for (const match of xml.matchAll(XML_TAG)) {
    const [, closing, rawName, attributes = "", selfClosing] = match;
    const name = rawName ?? "";
    if (closing) {
      names.pop();
      if (skipDepth > 0) {
        if (names.length < skipDepth) skipDepth = 0;
        continue;
      }
      if (dropDepth > 0 && names.length < dropDepth) dropDepth = 0;
      if (name === "w:p") {
        const paragraph = open.pop();
        if (!paragraph || dropDepth > 0) continue;
        const host = open[open.length - 1];
        if (host) host.after.push(paragraph, ...takeAfter(paragraph));
        else if (paragraph.deletedMark) pendingAfterDeleted.push(...takeAfter(paragraph));
        else {
          out.push(paragraph, ...takeAfter(paragraph), ...pendingAfterDeleted);
          pendingAfterDeleted = [];
        }
      }
      continue;
    }
    if (skipDepth > 0) {
      if (!selfClosing) names.push(name);
      continue;
    }
    const parent = names[names.length - 1];
    const grandparent = names[names.length - 2];
    const paragraph = open[open.length - 1];
    // Property flags first: `w:del` there marks a deleted row or paragraph mark, it holds no text to skip.
    if (name === "w:del" && parent === "w:trPr") {
      if (dropDepth === 0) dropDepth = names.lastIndexOf("w:tr") + 1;
    } else if (name === "w:vMerge" && parent === "w:tcPr") {
      const value = xmlAttribute(attributes, "w:val");
      if ((value === undefined || value === "continue") && dropDepth === 0) dropDepth = names.lastIndexOf("w:tc") + 1;
    } else if (paragraph && name === "w:del" && parent === "w:rPr" && grandparent === "w:pPr") {
      paragraph.deletedMark = true;
    } else if (paragraph && parent === "w:pPr" && name === "w:pStyle") {
      paragraph.styleId = xmlAttribute(attributes, "w:val");
    } else if (paragraph && parent === "w:numPr" && grandparent === "w:pPr") {
      if (name === "w:numId") paragraph.numId = xmlAttribute(attributes, "w:val");
      else if (name === "w:ilvl") paragraph.ilvl = Number(xmlAttribute(attributes, "w:val") ?? "0");
    }
    if (!selfClosing) names.push(name);
    if (SKIPPED.has(name) && !(parent === "w:trPr" || parent === "w:rPr")) {
      if (!selfClosing) skipDepth = names.length;
      continue;
    }
    if (name === "w:p") {
      const created: ScannedParagraph = { deletedMark: false, after: [] };
      if (selfClosing) {
        if (dropDepth === 0) {
          if (paragraph) paragraph.after.push(created);
          else out.push(created);
        }
      } else open.push(created);
    }
  }
  return out;
}

function takeAfter(paragraph: ScannedParagraph): ScannedParagraph[] {
  const after = paragraph.after;
  paragraph.after = [];
  return after;
}

function effectiveNumbering(paragraph: ScannedParagraph, styles: Map<string, StyleNumbering>): { numId: string; ilvl: number } | null {
  if (paragraph.numId !== undefined) {
    return paragraph.numId === "0" ? null : { numId: paragraph.numId, ilvl: paragraph.ilvl ?? 0 };
  }
  let styleId = paragraph.styleId;
  const seen = new Set<string>();
  while (styleId && !seen.has(styleId)) {
    seen.add(styleId);
    const style = styles.get(styleId);
    if (!style) break;
    if (style.numId !== undefined) {
      return style.numId === "0" ? null : { numId: style.numId, ilvl: paragraph.ilvl ?? style.ilvl ?? 0 };
    }
    styleId = style.basedOn;
  }
  return null;
}

/**
 * Word's counting, for DOCX and .doc alike: one set of counters per list (instances that share a list continue each
 * other's numbers) unless an instance overrides a level's start, which restarts it the first time that instance is
 * used. Numbering a level resets the deeper levels.
 */
export class LevelCounters<List> {
  private readonly counters = new Map<List, Map<number, number>>();
  private readonly startedOverrides = new Set<string>();

  /** Numbers level `ilvl` of `list` and returns the list's counters; `instance` names whose `override` it is. */
  advance(list: List, ilvl: number, start: number, instance: string, override: number | undefined): Map<number, number> {
    let counters = this.counters.get(list);
    if (!counters) {
      counters = new Map();
      this.counters.set(list, counters);
    }
    const overrideKey = `${instance}:${ilvl}`;
    if (override !== undefined && !this.startedOverrides.has(overrideKey)) {
      this.startedOverrides.add(overrideKey);
      counters.set(ilvl, override - 1);
    }
    counters.set(ilvl, (counters.get(ilvl) ?? start - 1) + 1);
    for (const deeper of [...counters.keys()]) if (deeper > ilvl) counters.delete(deeper);
    return counters;
  }
}

class ListCounter {
  private readonly levelCounters = new LevelCounters<string>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  next(numId: string, ilvl: number): NumberingLabel {
    const instance = this.definitions.instances.get(numId);
    const levels = instance ? this.definitions.abstract.get(instance.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!instance || !levels || !level) return { label: null, ordered: false };
    const counters = this.levelCounters.advance(instance.abstractId, ilvl, level.start, numId, instance.startOverrides.get(ilvl));

    if (level.format === "bullet") return { label: bulletMarker(level.text), ordered: false };
    const label = level.text.replace(/%([1-9])/g, (_whole, digit: string) => {
      const n = Number(digit) - 1;
      const referenced = levels.get(n);
      if (!referenced) return "";
      return formatNumber(counters.get(n) ?? referenced.start, referenced.format);
    });
    return { label: label.trim() === "" ? null : label.trim(), ordered: true };
  }
}

/**
 * Bullets in Word are often Symbol/Wingdings private-use characters; the model keeps "-" and "•" style markers.
 * A symbol font's character U+F0xx is its byte xx: LibreOffice writes a "+" or "-" bullet as U+F02B / U+F02D in the
 * Symbol font, which is still "+" / "-" on the page.
 */
export function bulletMarker(text: string): string {
  let trimmed = text.trim();
  const code = trimmed.length === 1 ? trimmed.charCodeAt(0) : 0;
  if (code >= 0xf020 && code <= 0xf0ff) trimmed = String.fromCharCode(code - 0xf000);
  if (/^[-–—+*•◦▪■●○·]$/.test(trimmed)) return trimmed === "·" ? "•" : trimmed;
  return "•";
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    case "lowerLetter":
      return letters(value);
    case "upperLetter":
      return letters(value).toUpperCase();
    case "lowerRoman":
      return roman(value).toLowerCase();
    case "upperRoman":
      return roman(value);
    case "none":
      return "";
    default:
      return String(value);
  }
}

/** Word's letter numbering repeats the letter: a … z, aa … zz. */
function letters(value: number): string {
  if (value <= 0) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

/** Word numbers lists in Roman from 1 to 3999 and falls back to digits outside that range. */
function roman(value: number): string {
  return value <= 0 || value >= 4000 ? String(value) : romanNumeral(value);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_w, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_w, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
