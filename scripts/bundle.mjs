// Bundles the compiled CLI (dist/cli/main.js) and the batch worker into dist/bundle/ with esbuild, for start-up time:
// Node loads one file per command instead of ~250 modules (zod alone is 95), which was most of what `cchc parse
// small.txt` spent before parsing. Code split at the CLI's dynamic imports, so each command and each heavy reader still
// loads only when used. The library entry (dist/index.js, `import "cchc"`) stays the plain tsc output.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // Entry files sit two levels below the package root, as in dist/cli/, so `../../package.json` still resolves.
  entryPoints: { main: "dist/cli/main.js", worker: "dist/batch/worker.js" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: process.env.CCHC_NO_MINIFY !== "1",
  legalComments: "none",
  logLevel: "warning",
  // Native modules, pdf.js and the OCR engine stay in node_modules: they are loaded only with their formats, find their
  // own data files next to themselves, and would only grow the bundle.
  external: ["pdfjs-dist", "pdf-parse", "@napi-rs/canvas", "mammoth", "tesseract.js", "@tesseract.js-data/vie", "jszip", "@xmldom/xmldom"],
  // CommonJS packages bundled into ES modules (commander, csv-stringify) call require() for Node's own modules.
  banner: { js: 'import { createRequire as __cchcRequire } from "node:module"; const require = __cchcRequire(import.meta.url);' },
});
