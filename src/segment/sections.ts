/**
 * Sections: the top-level Roman-numeral parts of the plan body (I, II, III … in order, whatever the markup), each
 * with its numbered subsections ("1.", "2.1.", "a)"). A numbered list inside a section is never a new section: only
 * the next Roman numeral in sequence opens one.
 */
import type { Diagnostic } from "../model/types.js";
import { cleanText, isUpperCaseText } from "../normalize/text.js";
import { isSigningTitle } from "./header.js";
import type { Unit } from "./units.js";

export interface SubsectionPart {
  number: string;
  heading: string;
  startUnit: number;
  units: Unit[];
}

export interface SectionPart {
  numeral: string;
  heading: string;
  startUnit: number;
  /** The section's units after its heading, in order (subsection headings included). */
  units: Unit[];
  subsections: SubsectionPart[];
}

const ROMAN_HEADING = /^([IVXLC]{1,7})\s*[.):/–-]\s*(\S.*)$/u;
const SUBSECTION = /^(\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)]\s*(\S.*)$/u;

export function romanValue(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]!] ?? 0;
    const next = values[numeral[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function isHeadingLike(unit: Unit, heading: string): boolean {
  if (heading.length > 300) return false;
  const letters = heading.replace(/\([^)]*\)/g, "");
  return unit.kind === "heading" || unit.bold || isUpperCaseText(letters) || heading.length < 80;
}

/** Units that close the body: the recipients list and the signature block. */
function closesBody(unit: Unit): boolean {
  return /^nơi nhận\b/iu.test(unit.text) || isSigningTitle(unit.lines[0] ?? "");
}

export function findSections(units: Unit[], from: number, to: number, diagnostics: Diagnostic[]): { sections: SectionPart[]; end: number } {
  const sections: SectionPart[] = [];
  let expected = 1;
  let end = to;
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (unit.inTable || unit.footnote) {
      if (sections.length && !unit.footnote && closesBody(unit)) {
        end = i;
        break;
      }
      continue;
    }
    if (sections.length && closesBody(unit)) {
      end = i;
      break;
    }
    const match = ROMAN_HEADING.exec(unit.text);
    if (match) {
      const value = romanValue(match[1]!);
      const heading = cleanText(match[2]!);
      if ((value === expected || (value === expected + 1 && sections.length > 0)) && isHeadingLike(unit, heading)) {
        if (value !== expected) {
          diagnostics.push({ severity: "warning", code: "section-numbering", message: `section ${match[1]} follows section ${sections[sections.length - 1]?.numeral ?? "-"}: one is missing`, where: unit.position });
        }
        sections.push({ numeral: match[1]!, heading, startUnit: i, units: [], subsections: [] });
        expected = value + 1;
        continue;
      }
    }
    const current = sections[sections.length - 1];
    if (current) current.units.push(unit);
  }
  for (const section of sections) section.subsections = findSubsections(section.units);
  return { sections, end };
}

function findSubsections(units: Unit[]): SubsectionPart[] {
  const subsections: SubsectionPart[] = [];
  units.forEach((unit, index) => {
    const match = unit.footnote ? null : SUBSECTION.exec(unit.text);
    if (match) {
      const number = match[1]!;
      const heading = cleanText(match[2]!);
      const topLevel = /^\d{1,2}$/.test(number);
      const headingLike = unit.kind === "heading" || unit.bold || (heading.length <= 150 && !/[.;]$/.test(heading));
      if (topLevel || headingLike) {
        subsections.push({ number, heading, startUnit: index, units: [] });
        return;
      }
    }
    subsections[subsections.length - 1]?.units.push(unit);
  });
  return subsections;
}

/** Running text of units, footnotes left out. */
export function unitsText(units: Unit[]): string {
  return cleanText(units.filter((u) => !u.footnote).map((u) => u.text).join(" "));
}
