// Run by bench/run.mjs: the one pdf.js call cchc makes for every page of a text-layer PDF (the operator list, which
// holds both the table rulings and the glyphs the text runs are built from), through cchc's own pdf.js set-up, and
// nothing else: no text runs, no layout, no segmentation, no output. What cchc's PDF pipeline cannot go below while
// it reads pages with pdf.js.
//
//   node bench/pdfjs-floor.mjs FILE…
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { openPdf } = await import(pathToFileURL(join(root, "dist/read/pdf.js")).href);

for (const path of process.argv.slice(2)) {
  const { doc } = await openPdf(new Uint8Array(readFileSync(path)), undefined);
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getOperatorList();
    page.cleanup();
  }
  await doc.destroy();
}
