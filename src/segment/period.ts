/**
 * The plan period (CONTRACT.md "Deadlines"): from the plan's title, else the appendix title: "… năm 2023" is
 * 2023–2023, "giai đoạn 2026 - 2030" is 2026–2030, "… đến năm 2035" runs from the year of issue to 2035 ("tầm nhìn
 * đến năm 2045" is a vision, not the period, and so is "định hướng đến năm 2030" beside "năm 2025"); with none of
 * these, the year of issue. A date in the title ("… ngày 02 tháng 01 năm 2025 của …") is a cited document's.
 */
import { foldForMatch } from "../normalize/text.js";

export interface PlanPeriod {
  year: number | null;
  period: { from: number; to: number } | null;
}

/** `draftYear`: the year of an undated header line ("ngày … tháng … năm 2025"), the year of issue when no date is. */
export function planPeriod(title: string | null, appendixTitle: string | null, date: string | null, draftYear: number | null = null): PlanPeriod {
  const issueYear = date ? Number(date.slice(0, 4)) : draftYear;
  for (const text of [title, appendixTitle]) {
    if (!text) continue;
    const found = periodIn(foldForMatch(text), issueYear);
    if (found) return { year: found.from, period: found };
  }
  return issueYear === null ? { year: null, period: null } : { year: issueYear, period: { from: issueYear, to: issueYear } };
}

function periodIn(folded: string, issueYear: number | null): { from: number; to: number } | undefined {
  const range = /giai doan\s*(\d{4})\s*[-–—]\s*(\d{4})/.exec(folded);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to >= from) return { from, to };
  }
  // "… Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 …": the date of a document the title cites is not the period.
  let withoutVision = folded.replace(/ngay \d{1,2} thang \d{1,2} nam \d{4}/g, "").replace(/tam nhin (?:den|toi) nam \d{4}/g, "");
  // "năm 2025 và định hướng đến năm 2030": beside a year of its own, the plan's outlook is not its period either.
  const withoutOutlook = withoutVision.replace(/dinh huong (?:den|toi) nam \d{4}/g, "");
  if (/\bnam \d{4}\b/.test(withoutOutlook.replace(/den nam \d{4}/g, ""))) withoutVision = withoutOutlook;
  const until = /den nam (\d{4})/.exec(withoutVision);
  if (until && issueYear !== null) return { from: Math.min(issueYear, Number(until[1])), to: Number(until[1]) };
  const single = /\bnam (\d{4})\b/.exec(withoutVision.replace(/den nam \d{4}/g, ""));
  if (single) return { from: Number(single[1]), to: Number(single[1]) };
  return undefined;
}
