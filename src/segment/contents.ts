/**
 * A table of contents ("MỤC LỤC" page, or the result of Word's TOC field) lists the plan's headings, each with the
 * page it starts on: "I. MỤC ĐÍCH, YÊU CẦU ........ 3". Its lines are never sections or a section's text; the real
 * headings follow. A line is an entry when dot leaders run to a page number at its end, or when it ends in a page
 * number and sits in the run under a "MỤC LỤC" title (HTML and Word keep the leader as a tab, which white space folds).
 */
import type { Unit } from "./units.js";

/** Text, then a leader of at least three dots (or an ellipsis), then a page number. */
const LEADER_ENTRY = /^\S.*?(?:\s*[.…·_]){3,}\s*\d{1,3}$/u;
/** Text that ends in a page number, as an entry under the title without its leader. */
const NUMBERED_ENTRY = /^\S.*\S\s+\d{1,3}$/u;
const CONTENTS_TITLE = /^(?:MỤC LỤC|Mục lục)\s*:?$/u;
/** An entry is one heading and its page: a longer line, or one not ending in a digit, is none (and never reaches the backtracking expressions above). */
const ENTRY_MAX_LENGTH = 300;
const mayBeEntry = (line: string): boolean => line.length <= ENTRY_MAX_LENGTH && /\d$/u.test(line);
const isLeaderEntry = (line: string): boolean => mayBeEntry(line) && LEADER_ENTRY.test(line);
const isNumberedEntry = (line: string): boolean => mayBeEntry(line) && NUMBERED_ENTRY.test(line);

export interface ContentsSplit {
  units: Unit[];
  /** The table of contents left out (its title and entries), in order; a unit here may hold only some of a paragraph's lines. */
  contents: Unit[];
}

/**
 * The units without their table-of-contents lines. A paragraph can hold entries and text (a PDF's page read as one
 * paragraph: the last entry, then "Căn cứ …"): only its entry lines go.
 */
export function withoutTableOfContents(units: Unit[]): ContentsSplit {
  const kept: Unit[] = [];
  const contents: Unit[] = [];
  let underTitle = false;
  units.forEach((unit, i) => {
    if (unit.footnote) {
      kept.push(unit);
      return;
    }
    const next = units[i + 1]?.lines[0]?.trim() ?? "";
    if (CONTENTS_TITLE.test(unit.text.trim()) && (isLeaderEntry(next) || isNumberedEntry(next))) {
      contents.push(unit);
      underTitle = true;
      return;
    }
    const entries: string[] = [];
    const rest: string[] = [];
    for (const line of unit.lines) {
      const entry = rest.length === 0 && (isLeaderEntry(line.trim()) || (underTitle && isNumberedEntry(line.trim())));
      if (entry) entries.push(line);
      else {
        rest.push(line);
        underTitle = false;
      }
    }
    if (entries.length === 0) {
      kept.push(unit);
      return;
    }
    contents.push({ ...unit, lines: entries, text: entries.join(" ") });
    if (rest.length > 0) kept.push({ ...unit, lines: rest, text: rest.join(" "), marker: undefined });
  });
  return { units: contents.length > 0 ? kept : units, contents };
}
