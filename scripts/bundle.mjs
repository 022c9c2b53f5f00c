// Bundles the compiled CLI (dist/cli/main.js) and the batch worker into dist/bundle/ with esbuild, for start-up time,
// then records a V8 code cache of the CLI. `npm run build` runs it after tsc; the library entry (dist/index.js,
// `import "cchc"`) stays the plain tsc output.
//
// - dist/bundle/cli.cjs: the whole CLI in one CommonJS file. Node loads one file instead of ~250 modules (zod alone is
//   95), and a CommonJS file can be compiled through vm.Script with a code cache, which Node 20 has no way to do for
//   ES modules (module.enableCompileCache is Node 22). Our own modules behind dynamic imports (the PDF, DOCX and OCR
//   readers, batch, check) are initialised only when first imported; their libraries (pdf.js, mammoth,
//   tesseract.js…) stay outside the bundle and load only with their formats.
// - dist/bundle/cli.cjs.cache: V8's code cache of cli.cjs after it parsed a plan, so a run neither compiles the
//   bundle nor the functions a text plan needs (bin/cchc.cjs reads it; V8 refuses a cache made by another Node or
//   with other V8 flags, and then the bundle is simply compiled).
// - dist/bundle/worker.js (+ chunks): the batch worker thread, an ES module.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  minify: process.env.CCHC_NO_MINIFY !== "1",
  legalComments: "none",
  logLevel: "warning",
  // Native modules, pdf.js and the OCR engine stay in node_modules: they are loaded only with their formats, find their
  // own data files next to themselves, and would only grow the bundle.
  external: ["pdfjs-dist", "pdf-parse", "@napi-rs/canvas", "mammoth", "tesseract.js", "@tesseract.js-data/vie", "jszip", "@xmldom/xmldom"],
};

await build({
  ...common,
  // Both entries sit two levels below the package root, as in dist/cli/, so `../../package.json` still resolves.
  entryPoints: { cli: "dist/cli/main.js" },
  outdir,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  // import.meta does not exist in CommonJS: the bundle's own file URL stands in for it (worker.js and package.json
  // are found from it).
  define: { "import.meta.url": "__cchcModuleUrl" },
  banner: { js: 'var __cchcModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
});

// A script compiled by vm.Script cannot import() (Node 20 wants --experimental-vm-modules for that, and loses the
// loader altogether when the script comes from a code cache): the launcher hands the bundle an import function of its
// own instead. Only the external packages are still imported at this point; esbuild has turned imports of our own
// modules into lazy initialisers.
const cli = `${outdir}/cli.cjs`;
const bundled = readFileSync(cli, "utf8").replace(/\bimport\((?=["'])/g, "__cchcImport(");
if (/\bimport\(/.test(bundled)) throw new Error("bundle: cli.cjs imports a computed specifier; import packages by their literal name");
writeFileSync(cli, bundled);

await build({
  ...common,
  entryPoints: { worker: "dist/batch/worker.js" },
  outdir,
  splitting: true,
  format: "esm",
  // CommonJS packages bundled into ES modules (commander, csv-stringify) call require() for Node's own modules.
  banner: { js: 'import { createRequire as __cchcRequire } from "node:module"; const require = __cchcRequire(import.meta.url);' },
});

// The cache is taken after a real parse, so that it holds the functions a plan needs, not only the top level.
const warmUp = `${root}fixtures/plans/001_cf13d097df470f82.txt`;
if (existsSync(warmUp)) {
  const run = spawnSync(process.execPath, [`${root}bin/cchc.cjs`, "parse", warmUp, "-q"], {
    env: { ...process.env, CCHC_WRITE_CODE_CACHE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (run.status !== 0) process.stderr.write(`bundle: no code cache (the warm-up parse exited ${run.status})\n`);
}
