/**
 * A column border that stops at the rule above a group label merged across the row, on a scan: page 20 of
 * fixtures/scan/004_….scan.pdf, whose task table has the label "IV | CẢI CÁCH TỔ CHỨC BỘ MÁY" in a tight row (its
 * letters almost touch the rules). The chain of dark runs of the border between the task and activity columns went on
 * through a letter of "MÁY" down to the next row's rule, which cut the label in two: its rows were then read under the
 * label above ("Cải cách TTHC …"). Every inner column border must stop at the label's top rule; the STT column's border
 * (the label's numeral "IV" sits left of it) and the table's frame go on. Positions read off the page at 200 dpi.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openForRendering } from "../../../src/read/ocr/render.js";
import { detectRulings, rulingLimits } from "../../../src/read/ocr/rulings.js";

describe("detectRulings on a scanned table with a group label merged across the row", () => {
  it("stops the inner column borders at the label's top rule", async () => {
    const renderer = await openForRendering(new Uint8Array(readFileSync("fixtures/scan/004_b6c2931c4fda3fce.scan.pdf")));
    try {
      const drawn = await renderer.draw(20, 200, () => false);
      if (drawn === "blank") throw new Error("page 20 drawn blank");
      const page = await renderer.level(drawn);
      const rulings = detectRulings(page.gray, page.widthPx, page.heightPx, rulingLimits(200, page.gray, page.histogram));
      // The label's row lies between the rules at y ≈ 1229 and 1266; the STT border at x ≈ 305, the frame at 229 and 1489.
      const rules = rulings.filter((r) => r.y1 === r.y2 && r.x2 - r.x1 > 1000).map((r) => Math.round(r.y1));
      expect(rules.some((y) => Math.abs(y - 1229) <= 4) && rules.some((y) => Math.abs(y - 1266) <= 4)).toBe(true);
      const across = rulings.filter((r) => r.x1 === r.x2 && r.x1 > 320 && r.x1 < 1480 && r.y1 < 1236 && r.y2 > 1258);
      expect(across.map((r) => Math.round(r.x1))).toEqual([]);
    } finally {
      await renderer.close();
    }
  }, 60_000);
});
