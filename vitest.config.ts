import { availableParallelism } from "node:os";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

/**
 * Files that take far longer than the rest (OCR of scans, real PDFs, hostile and fuzzed inputs), longest first. They
 * start first so that the other worker empties the queue of short files meanwhile; started last, one of them alone
 * would set the suite's duration. Vitest orders by the durations of earlier runs when it has them, but a clean
 * checkout (CI) has none and would order by file size.
 */
const SLOW_FIRST: readonly RegExp[] = [
  /\/test\/read\/[^/]*scan[^/]*\.test\.ts$/,
  /\/test\/read\/[^/]*ocr[^/]*\.test\.ts$/,
  /\/test\/read\/real-[^/]*\.test\.ts$/,
  /\/test\/extract\/real[^/]*\.test\.ts$/,
  /\/test\/hostile\/(?:inputs|fuzz|redos|outputs)\.test\.ts$/,
  /\/test\/cli\/(?:scale-out|check|batch)\.test\.ts$/,
  /\/test\/readme\.test\.ts$/,
];

class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = await super.sort(files);
    const rank = (file: TestSpecification): number => {
      const at = SLOW_FIRST.findIndex((pattern) => pattern.test(file.moduleId));
      return at < 0 ? SLOW_FIRST.length : at;
    };
    return known
      .map((file, order) => ({ file, order, rank: rank(file) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Generous for genuinely slow work (OCR of a 28-page scan with two engines) on a machine that is busy with other
    // work; no test asserts on elapsed time.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, where the many tests
    // that wait on a child process (the CLI, tesseract) leave the second core idle.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: SlowFirstSequencer },
  },
});
