/**
 * Seeded fuzzing of every fixture format: bit flips, truncation, splices of two files, duplicated and removed
 * chunks, inserted structure tokens, (DOCX) broken XML inside a well-formed zip, and (.doc) broken Word streams
 * inside a well-formed compound file. Every outcome must be a
 * schema-valid document or an InputError; anything else fails with the seed that reproduces it
 * (CCHC_FUZZ_SEED=<seed> CCHC_FUZZ_CASES=1 npx vitest run test/hostile/fuzz.test.ts). The long run is bench/fuzz.mjs.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import { InputError } from "../../src/errors.js";
import { planDocumentSchema } from "../../src/schema/plan.js";
import { FIXTURE_GLOBS, mutate, mutateDocStreams, mutateDocxXml, prng } from "./mutate.mjs";

const root = new URL("../../", import.meta.url).pathname;
const BASE_SEED = Number(process.env.CCHC_FUZZ_SEED ?? 20240101);
const ONLY_ONE = process.env.CCHC_FUZZ_CASES === "1";

/** Cases per format, sized so the whole file stays under a minute on two cores (PDF cases are the slow ones). */
const CASES: Record<string, number> = { ".txt": 200, ".md": 80, ".docx": 120, ".doc": 120, ".pdf": 36 };

const fixtures = new Map<string, Array<{ name: string; bytes: Uint8Array }>>();
for (const [directory, extension] of FIXTURE_GLOBS) {
  const dir = join(root, directory);
  if (!existsSync(dir)) continue;
  const files = readdirSync(dir).filter((f) => f.endsWith(extension)).sort();
  const list = fixtures.get(extension) ?? [];
  for (const file of files) list.push({ name: `${directory}/${file}`, bytes: new Uint8Array(readFileSync(join(dir, file))) });
  fixtures.set(extension, list);
}
const everything = [...fixtures.values()].flat().map((f) => f.bytes);

type Verdict = "document" | "input-error";

/** Half the Word cases are mutated inside a well-formed container (zip or compound file), half as raw bytes. */
function innerMutation(extension: string, random: () => number): boolean {
  return (extension === ".docx" || extension === ".doc") && random() < 0.5;
}

async function runCase(extension: string, seed: number): Promise<Verdict> {
  const random = prng(seed);
  const list = fixtures.get(extension)!;
  const source = list[Math.floor(random() * list.length)]!;
  const mutated = innerMutation(extension, random) ? (extension === ".docx" ? mutateDocxXml : mutateDocStreams)(source.bytes, everything, random) : mutate(source.bytes, everything, random);
  const where = `seed ${seed}: ${mutated.how} of ${source.name}`;
  try {
    const document = await parsePlan(mutated.bytes, { path: `fuzz${extension}`, ocr: "never" });
    const checked = planDocumentSchema.safeParse(document);
    if (!checked.success) throw new Error(`${where}: output fails the schema: ${checked.error.issues[0]?.message}`);
    return "document";
  } catch (error) {
    if (error instanceof InputError) {
      if (error.message.includes("\n")) throw new Error(`${where}: InputError message of several lines`);
      return "input-error";
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new Error(`${where}: ${detail}`);
  }
}

describe("fuzz: mutated fixtures give a document or an InputError", () => {
  for (const [extension, count] of Object.entries(CASES)) {
    const available = (fixtures.get(extension) ?? []).length > 0;
    it.skipIf(!available)(`${ONLY_ONE ? 1 : count} mutated ${extension} files`, async () => {
      const verdicts: Record<Verdict, number> = { document: 0, "input-error": 0 };
      const total = ONLY_ONE ? 1 : count;
      for (let i = 0; i < total; i++) verdicts[await runCase(extension, BASE_SEED + i)] += 1;
      expect(verdicts.document + verdicts["input-error"]).toBe(total);
    });
  }
});
