/**
 * timesIn reads each sentence once: a sentence of thousands of time phrases ("hằng tháng, " repeated) costs its
 * length, not its length squared. Measured as a ratio (16 times the text must cost far less than 256 times the time),
 * so the machine's speed does not matter.
 */
import { describe, expect, it } from "vitest";
import { timesIn } from "../../src/extract/duties.js";

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
