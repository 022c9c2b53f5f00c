/**
 * timesIn reads each sentence once: a sentence of thousands of time phrases ("hằng tháng, " repeated) costs its
 * length, not its length squared; so does a deadline cell of many "từ", or of a quarter list with OCR's brackets. No
 * timing assertion (a verdict must not depend on the machine's speed): at a million characters a linear reading takes
 * seconds and a quadratic one minutes to hours, past the (generous) test timeout, as in test/hostile/redos.test.ts.
 */
import { describe, expect, it } from "vitest";
import { timesIn } from "../../src/extract/duties.js";
import { parseDeadline } from "../../src/normalize/deadline.js";
import { deadlineSchema } from "../../src/schema/plan.js";

const MILLION = 1_000_000;
const repeated = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe("timesIn on a cadence repeated thousands of times in one sentence", () => {
  it("reads the cadence once", () => {
    expect(timesIn([repeated("hằng tháng, ", 50_000)])).toEqual(["hằng tháng"]);
    expect(timesIn([repeated("Báo cáo thường xuyên; ", 20_000)])).toEqual([]);
  });

  it.each(["hằng tháng, ", "định kỳ hằng quý, ", "hằng năm; ", "(từ ngày 01/7/2026 đến ngày 02/7/2026, "])(
    "%j over a million characters: read within the timeout, each phrase once",
    (unit) => {
      const found = timesIn([repeated(unit, MILLION)]);
      expect(new Set(found.map((phrase) => phrase.toLocaleLowerCase("vi"))).size).toBe(found.length);
    },
    120_000,
  );
});


describe("a deadline cell of one phrase repeated thousands of times costs its length", () => {
  it.each(["từ ngày 1 ", "Quý ], ", "Quý ], II", "(số liệu tính từ "])(
    "%j over a million characters: read within the timeout, a valid deadline",
    (unit) => {
      const { value } = parseDeadline([repeated(unit, MILLION)], { year: 2026, period: { from: 2026, to: 2026 } });
      expect(deadlineSchema.safeParse(value).success).toBe(true);
    },
    120_000,
  );
});
