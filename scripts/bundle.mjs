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
  // Native modules, pdf.js, the OCR engine, the .doc container reader (cfb) and the workbook writer (exceljs) stay in
  // node_modules: they are loaded only with their formats, find their own data files next to themselves, and would
  // only grow the bundle. exceljs's archiver also calls `new Buffer()`, which Node reports as deprecated from any file
  // outside node_modules.
  external: ["pdfjs-dist", "pdf-parse", "@napi-rs/canvas", "mammoth", "tesseract.js", "@tesseract.js-data/vie", "jszip", "@xmldom/xmldom", "exceljs", "cfb"],
};

/**
 * commander requires node:child_process at load, for subcommands that are separate executables, which cchc has none
 * of; child_process pulls in net, dgram and the stream machinery, a few milliseconds of every start. The require is
 * deferred to the first spawn. Checked: a commander that changes that line fails the build instead of loading eagerly.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, ({ path }) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(path, "utf8");
      if (!source.includes(eager)) throw new Error(`bundle: ${path} no longer requires child_process as expected`);
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: "js" };
    });
  },
};

await build({
  ...common,
  plugins: [lazyChildProcess],
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
// Two more things for start-up, both saving the launcher a pass over 0.7 MB of source at every run:
// - ASCII only. esbuild escapes non-ASCII characters everywhere but in regular expressions, and our regular expressions
//   are full of Vietnamese; one such character makes V8 hold the whole source as a two-byte string, decoded from UTF-8.
//   A \uXXXX escape means the same character in a regular expression (with or without the u flag; a surrogate pair
//   as two escapes) as in a string, and minified output has no comments; `String.raw`, where an escape would differ,
//   is refused.
// - Already wrapped in the launcher's function (CommonJS's arguments plus the import function), so the launcher
//   compiles the file as it reads it instead of concatenating a copy.
if (bundled.includes("String.raw")) throw new Error("bundle: String.raw would see \\u escapes; write the characters otherwise");
// "\\đ" (an identity escape) would turn into a backslash followed by "u0111".
if (/\\[^\x00-\x7f]/.test(bundled)) throw new Error("bundle: a backslash before a non-ASCII character; drop the backslash");
const ascii = bundled.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
writeFileSync(cli, `(function (exports, require, module, __filename, __dirname, __cchcImport) {${ascii}\n})`);

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

// Read by scripts/prepare.mjs, which skips a build whose inputs are older than this stamp and whose Node is the same.
writeFileSync(`${outdir}/built-by.json`, `${JSON.stringify({ node: process.version })}\n`);
