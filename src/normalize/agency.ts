/** Agency lists: one agency per item where the source separates items (paragraphs, bullets, ";"). */
import type { Diagnostic, Position } from "../model/types.js";
import { cleanText } from "./text.js";

export function splitAgencies(paragraphs: string[], _where?: Position): { value: string[]; diagnostics: Diagnostic[] } {
  const value: string[] = [];
  for (const paragraph of paragraphs) {
    const pieces = /^[-+•]\s/.test(paragraph.trim()) ? paragraph.split(/\s+(?=[-+•]\s)/) : [paragraph];
    for (const piece of pieces) for (const part of piece.split(/;/)) {
      const item = cleanText(part).replace(/[;,.]+$/, "").trim();
      if (item) value.push(item);
    }
  }
  return { value, diagnostics: [] };
}

export function cleanAgency(name: string, _where?: Position): { value: string; diagnostics: Diagnostic[] } {
  return { value: cleanText(name), diagnostics: [] };
}
