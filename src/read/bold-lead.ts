/**
 * The text a paragraph's first bold stretch ends, for `Paragraph.boldLead`: Word, HTML and Markdown plans set a
 * body's name in bold at the start of its duty ("**Công an xã** Rà soát …", "5. Đề nghị **Ủy ban MTTQ Việt Nam xã**
 * phối hợp …"), the bold the only mark of where the name ends. Read on the first line only; a few plain words may come
 * before the bold ("5. Đề nghị "), and plain text must follow it (a wholly bold paragraph is a heading).
 */
export interface EmphasisRun {
  text: string;
  bold: boolean;
}

/** Plain visible characters allowed before the bold stretch: a number and an assigning word ("12. Đề nghị "). */
const PLAIN_BEFORE = 16;

export function boldLeadOf(runs: readonly EmphasisRun[]): string | undefined {
  let text = "";
  let plainBefore = 0;
  let phase: "before" | "bold" = "before";
  for (const run of runs) {
    const newline = run.text.indexOf("\n");
    const part = newline >= 0 ? run.text.slice(0, newline) : run.text;
    const visible = part.replace(/\s/gu, "").length;
    if (visible > 0 && run.bold) phase = "bold";
    else if (visible > 0 && phase === "before") {
      plainBefore += visible;
      if (plainBefore > PLAIN_BEFORE) return undefined;
    } else if (visible > 0) {
      const lead = text.trim();
      return lead === "" ? undefined : lead;
    }
    text += part;
    if (newline >= 0) return undefined;
  }
  return undefined;
}
