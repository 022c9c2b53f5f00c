/**
 * timesIn reads each sentence once: a sentence of thousands of time phrases ("hằng tháng, " repeated) costs its
 * length, not its length squared; so does a deadline cell of many "từ", or of a quarter list with OCR's brackets. Measured as a ratio (16 times the text must cost far less than 256 times the time),
 * so the machine's speed does not matter.
 */
import { describe, expect, it } from "vitest";
import { timesIn } from "../../src/extract/duties.js";
import { parseDeadline } from "../../src/normalize/deadline.js";

const repeated = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

function cost(unit: string, length: number): number {
  const text = repeated(unit, length);
  timesIn([text]);
  const started = performance.now();
  for (let round = 0; round < 3; round++) timesIn([`${text} ${round}`]);
  return (performance.now() - started) / 3;
}

describe("timesIn on a cadence repeated thousands of times in one sentence", () => {
  it("reads the cadence once", () => {
    expect(timesIn([repeated("hằng tháng, ", 50_000)])).toEqual(["hằng tháng"]);
    expect(timesIn([repeated("Báo cáo thường xuyên; ", 20_000)])).toEqual([]);
  });

  it.each(["hằng tháng, ", "định kỳ hằng quý, ", "hằng năm; ", "(từ ngày 01/7/2026 đến ngày 02/7/2026, "])(
    "%j: 16 times the text costs less than 64 times the time",
    (unit) => {
      const small = Math.max(cost(unit, 12_500), 1);
      const large = cost(unit, 200_000);
      expect(large / small).toBeLessThan(64);
    },
    60_000,
  );
});


function deadlineCost(unit: string, length: number): number {
  const text = repeated(unit, length);
  const context = { year: 2026, period: { from: 2026, to: 2026 } };
  parseDeadline([`${text} 0`], context);
  const started = performance.now();
  for (let round = 1; round <= 3; round++) parseDeadline([`${text} ${round}`], context);
  return (performance.now() - started) / 3;
}

describe("a deadline cell of one phrase repeated thousands of times costs its length", () => {
  it.each(["từ ngày 1 ", "Quý ], ", "Quý ], II", "(số liệu tính từ "])(
    "%j: 16 times the text costs less than 64 times the time",
    (unit) => {
      const small = Math.max(deadlineCost(unit, 12_500), 1);
      const large = deadlineCost(unit, 200_000);
      expect(large / small).toBeLessThan(64);
    },
    120_000,
  );
});
