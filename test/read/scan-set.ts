/**
 * A set of degraded scans of one plan (fixtures/scan-degraded/<set>.<kind>.pdf, made by
 * `fixtures/make/make-degraded-scans.sh <set>`), read once with native tesseract for the tests of a file. `why` is the
 * reason they skip ("" when they run): the files missing, or no native tesseract (tesseract.js would take a minute).
 */
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { parsePlan, releaseReaders } from "../../src/index.js";
import { nativeTesseractAvailable } from "../../src/read/ocr/native.js";
import type { PlanDocument } from "../../src/schema/plan.js";

/** A task table row as the plan behind a scan set prints it: what each kind of scan must give. */
export interface Row {
  number: string;
  task: string;
  lead: string[];
  partners: string[];
  start: string | null;
  end: string | null;
}

export const scanPath = (name: string): string => new URL(`../../fixtures/scan-degraded/${name}`, import.meta.url).pathname;

export async function scanSet(set: string, kinds: readonly string[]): Promise<{ why: string; read: Map<string, PlanDocument> }> {
  const present = kinds.every((kind) => existsSync(scanPath(`${set}.${kind}.pdf`)));
  const why = !present
    ? `fixtures/scan-degraded/${set}.* are missing (run fixtures/make/make-degraded-scans.sh ${set})`
    : !(await nativeTesseractAvailable())
      ? "native tesseract is not installed (tesseract.js would take a minute)"
      : "";
  if (why !== "") console.log(`${set} scans skipped: ${why}`);
  const read = new Map<string, PlanDocument>();
  // Minutes a file when six test runs share two cores: the limit grows with the set (five files outran 300 s).
  beforeAll(async () => {
    if (why !== "") return;
    for (const kind of kinds) {
      const name = `${set}.${kind}.pdf`;
      read.set(kind, await parsePlan(new Uint8Array(readFileSync(scanPath(name))), { path: name, ocrEngine: "native" }));
    }
  }, Math.max(300_000, 150_000 * kinds.length));
  afterAll(async () => {
    await releaseReaders();
  });
  return { why, read };
}
