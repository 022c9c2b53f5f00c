/**
 * The segment stage: document model → plan parts (metadata, Roman-numeral sections, appendix tables).
 * Positions in the output come from the units; nothing here reads the input format.
 */
import type { DocumentModel, Table } from "../model/types.js";
import type { Diagnostic, Result } from "../diagnostics.js";
import type { Meta } from "../schema/plan.js";
import { collectTaskTables, findAppendixStart, readAppendixHead } from "./appendix.js";
import { cleanText } from "../normalize/text.js";
import { type Reference, documentTypeOf, findNumber, findPlaceDate, findReference, issuerLabel } from "./header.js";
import { findFirst, findRecipients, findSigner, readTitle, resolveIssuer, splitTypeFromTitle } from "./meta.js";
import { planPeriod } from "./period.js";
import { type SectionPart, findSections } from "./sections.js";
import { toUnits } from "./units.js";

export interface AppendixPart {
  title: string | null;
  reference: string | null;
  tables: Table[];
}

export interface PlanParts {
  meta: Meta;
  sections: SectionPart[];
  appendix: AppendixPart | null;
}

export function segment(doc: DocumentModel): Result<PlanParts> {
  const diagnostics: Diagnostic[] = [];
  const units = splitTypeFromTitle(toUnits(doc.children));

  const typeIndex = units.findIndex((u) => documentTypeOf(u.lines[0] ?? "") !== undefined);
  const docType = typeIndex >= 0 ? documentTypeOf(units[typeIndex]!.lines[0]!)! : "other";
  let planIndex = typeIndex;
  if (docType === "quyet_dinh") {
    const inner = units.findIndex((u, i) => i > typeIndex && documentTypeOf(u.lines[0] ?? "") === "ke_hoach");
    if (inner >= 0) planIndex = inner;
  }

  const appendixIndex = findAppendixStart(units, Math.max(planIndex, 0));
  const bodyEnd = appendixIndex >= 0 ? appendixIndex : units.length;
  const { sections, end: sectionsEnd } = findSections(units, Math.max(planIndex + 1, 0), bodyEnd, diagnostics);
  const firstSection = sections[0]?.startUnit ?? bodyEnd;

  // The header region: everything before the first section (for a decision, before its plan's sections too).
  const header = units.slice(0, firstSection);
  const numberUnit = header.find((u) => !u.footnote && u.lines.some((l) => findNumber(l)));
  let number = numberUnit ? numberUnit.lines.map(findNumber).find((n) => n !== undefined) ?? null : null;
  // A dated place line wins over an undated one (a draft's template line) anywhere in the header.
  let placeDate = findFirst(header, (u) => (findPlaceDate(u.text)?.date ? findPlaceDate(u.text) : undefined)) ?? findFirst(header, (u) => findPlaceDate(u.text));
  let date = placeDate?.date ?? null;

  const title = typeIndex >= 0 ? readTitle(units, planIndex) : null;
  const legalBases = units
    .slice(Math.max(typeIndex, 0), docType === "quyet_dinh" ? Math.max(planIndex, 0) : firstSection)
    .filter((u) => /^căn cứ\s/iu.test(u.text))
    .map((u) => cleanText(u.text.replace(/^căn cứ\s+/iu, "")).replace(/[;,.]+$/, ""));

  const appendix = appendixIndex >= 0 ? readAppendixHead(units, appendixIndex) : null;
  const appendixReference = appendix?.reference ? findReference(appendix.reference) : undefined;
  const decisionReference = docType === "quyet_dinh" ? findFirst(units.slice(planIndex, firstSection), (u) => findReference(u.text)) : undefined;
  const references = [appendixReference, decisionReference].filter((r): r is Reference => r !== undefined);
  const ownReference = references.find((r) => r.kind === docType) ?? references[0];
  if (!number && ownReference && (ownReference.kind === docType || docType === "other")) {
    number = ownReference.number;
    diagnostics.push({ severity: "info", code: "number-from-reference", message: `number ${number} taken from the reference line "${appendix?.reference ?? ""}"` });
  }
  if (!date && ownReference?.date) date = ownReference.date;

  const issuer = resolveIssuer(header, units, references, placeDate?.place);
  const periodTitle = title ?? appendix?.title ?? null;
  const { year, period } = planPeriod(periodTitle, appendix?.title ?? null, date);
  if (year === null) diagnostics.push({ severity: "warning", code: "plan-year-unknown", message: "no plan year in the title and no date of issue" });

  const tables = collectTaskTables(doc, appendixIndex >= 0 ? units[appendixIndex]!.block : -1);
  const meta: Meta = {
    docType,
    number,
    date,
    place: placeDate?.place ?? null,
    issuer: issuer ? issuerLabel(issuer) : null,
    level: issuer?.level ?? null,
    title,
    year,
    period,
    signer: findSigner(units, sectionsEnd, appendixIndex >= 0 ? appendixIndex : units.length) ?? findSigner(units, 0, appendixIndex >= 0 ? appendixIndex : units.length),
    legalBases,
    recipients: findRecipients(units),
  };
  if (!meta.number) diagnostics.push({ severity: "warning", code: "number-missing", message: "no số / ký hiệu in the header" });
  if (!meta.date) diagnostics.push({ severity: "warning", code: "date-missing", message: "no date of issue in the header" });
  return {
    value: { meta, sections, appendix: appendix || tables.length ? { title: appendix?.title ?? null, reference: appendix?.reference ?? null, tables } : null },
    diagnostics,
  };
}
