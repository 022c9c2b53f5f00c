/**
 * The same plan in every format gives the same `meta`, `sections` and `tasks` (apart from `source`): every seed's
 * DOCX, .doc and PDF versions, in both layouts made by fixtures/make/make-fixtures.sh (the .doc files by
 * make-doc-fixtures.sh from the DOCX), against its text version, and each .doc against its .docx.
 * Layout a: portrait, merged group/task/agency cells, header row repeated on each page, header table.
 * Layout b: landscape appendix, no merges (group label on every row), header printed once, another font.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const SEEDS = ["000_cc8d44a7a110d77b", "001_cf13d097df470f82", "003_9a23d4ea0e0477f2", "004_b6c2931c4fda3fce"];
const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url).pathname;

const cache = new Map<string, Promise<PlanDocument>>();
function parsed(path: string): Promise<PlanDocument> {
  if (!cache.has(path)) cache.set(path, parsePlan(fixture(path), { ocr: "never" }));
  return cache.get(path)!;
}

const withoutSource = (document: PlanDocument) => document.tasks.map(({ source: _source, ...task }) => task);

/** Formats whose every seed and layout must match the text version. */
const FORMATS: { name: string; file: (seed: string, layout: string) => string }[] = [
  { name: "docx", file: (seed, layout) => `docx/${seed}.${layout}.docx` },
  { name: "doc", file: (seed, layout) => `doc/${seed}.${layout}.doc` },
  { name: "pdf", file: (seed, layout) => `pdf/${seed}.${layout}.pdf` },
];

for (const format of FORMATS) {
  describe(`${format.name} gives what the text version gives`, () => {
    for (const seed of SEEDS) {
      for (const layout of ["a", "b"]) {
        const path = format.file(seed, layout);
        it.skipIf(!existsSync(fixture(path)))(`${seed} layout ${layout}`, async () => {
          const text = await parsed(`plans/${seed}.txt`);
          const other = await parsed(path);
          expect(other.source.format).toBe(format.name);
          expect(other.meta).toEqual(text.meta);
          expect(other.sections).toEqual(text.sections);
          expect(withoutSource(other)).toEqual(withoutSource(text));
        });
      }
    }
  });
}

describe("each .doc gives what its .docx gives", () => {
  for (const seed of SEEDS) {
    for (const layout of ["a", "b"]) {
      const doc = `doc/${seed}.${layout}.doc`;
      it.skipIf(!existsSync(fixture(doc)))(`${seed} layout ${layout}`, async () => {
        const fromDocx = await parsed(`docx/${seed}.${layout}.docx`);
        const fromDoc = await parsed(doc);
        expect(fromDoc.meta).toEqual(fromDocx.meta);
        expect(fromDoc.sections).toEqual(fromDocx.sections);
        expect(fromDoc.tables).toEqual(fromDocx.tables);
        expect(withoutSource(fromDoc)).toEqual(withoutSource(fromDocx));
      });
    }
  }
});

/**
 * What archives hold under a .doc name besides Word 97–2003 files (fixtures/make/make-variant-fixtures.sh): the format
 * is told by the bytes, so each gives the records of the DOCX it was saved from.
 */
describe("a plan saved in another format under a .doc name gives what its .docx gives", () => {
  const parsedAs = async (path: string, name: string) => parsePlan(await readFile(fixture(path)), { ocr: "never", path: name });

  for (const seed of SEEDS) {
    for (const layout of ["a", "b"]) {
      it(`a DOCX renamed .doc: ${seed} layout ${layout}`, async () => {
        const fromDocx = await parsed(`docx/${seed}.${layout}.docx`);
        const renamed = await parsedAs(`docx/${seed}.${layout}.docx`, `${seed}.${layout}.doc`);
        expect(renamed.source.format).toBe("docx");
        expect(renamed.meta).toEqual(fromDocx.meta);
        expect(renamed.sections).toEqual(fromDocx.sections);
        expect(renamed.tables).toEqual(fromDocx.tables);
        expect(withoutSource(renamed)).toEqual(withoutSource(fromDocx));
      });
    }
  }

  for (const [webPage, docx] of [
    ["doc-variants/000_cc8d44a7a110d77b.a.web-page.doc", "docx/000_cc8d44a7a110d77b.a.docx"],
    ["doc-variants/u10-thanhson.web-page.doc", "unseen-office/u10-thanhson.docx"],
  ] as const) {
    it(`a web page saved as .doc: ${webPage}`, async () => {
      const fromDocx = await parsed(docx);
      const fromWebPage = await parsed(webPage);
      expect(fromWebPage.source.format).toBe("html");
      expect(fromWebPage.meta).toEqual(fromDocx.meta);
      expect(fromWebPage.sections).toEqual(fromDocx.sections);
      expect(fromWebPage.tables).toEqual(fromDocx.tables);
      expect(withoutSource(fromWebPage)).toEqual(withoutSource(fromDocx));
    });
  }

  // Word numbers u1's levels "I.", "1." and "a)"; LibreOffice writes them as <ol type="I">, <ol> and <ol type="a">,
  // which a browser draws "I.", "1.", "a.". The tasks and tables come out the same; the sections' running text keeps
  // what HTML lost ("a." for "a)", "-" for "+" bullets, the footnote mark glued to its word), so it is not compared.
  it("a web page saved as .doc whose lists are Word-numbered (Roman and lettered levels)", async () => {
    const fromDocx = await parsed("unseen-office/u1-camlam.docx");
    const fromWebPage = await parsed("doc-variants/u1-camlam.web-page.doc");
    expect(fromWebPage.source.format).toBe("html");
    expect(fromWebPage.meta).toEqual(fromDocx.meta);
    expect(fromWebPage.sections.map((section) => section.heading)).toEqual(fromDocx.sections.map((section) => section.heading));
    expect(fromWebPage.tables).toEqual(fromDocx.tables);
    expect(withoutSource(fromWebPage)).toEqual(withoutSource(fromDocx));
  });
});
