import { type Block, cellText } from "../../src/model/types.js";

/** Every block as text: paragraphs as their lines joined by " / " (a footnote marked "[note] "), tables as rows of cells joined by " | ". */
export function blockTexts(children: Block[]): string[] {
  return children.flatMap((b) => {
    if (b.type === "table") return b.rows.map((r) => r.cells.map(cellText).join(" | "));
    if (b.type === "pageBreak") return [];
    return [(b.type === "paragraph" && b.footnote ? "[note] " : "") + b.lines.join(" / ")];
  });
}
