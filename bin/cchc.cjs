#!/usr/bin/env node
"use strict";
// Launcher. The CLI is bundled into one CommonJS file on `npm install` (prepare, see scripts/bundle.mjs) and compiled
// here with V8's code cache of it, which saves most of what compiling it would cost at every start. CommonJS, both
// here and in the bundle, because Node 20 can use a code cache for scripts only, not for ES modules.
const { readFileSync, renameSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, join } = require("node:path");
const vm = require("node:vm");

const bundle = join(__dirname, "..", "dist", "bundle", "cli.cjs");
const cacheFile = `${bundle}.cache`;

function load() {
  let source;
  try {
    // ASCII by construction (scripts/bundle.mjs): latin1 is the cheapest decoding and yields a one-byte string.
    source = readFileSync(bundle, "latin1");
  } catch {
    process.stderr.write("cchc: the CLI is not built: run `npm run build` (npm install does it)\n");
    process.exit(2);
  }
  // A plan's parse runs a few hundred regular expressions, most of them a handful of times, and V8 compiles each one
  // when it first runs, in every process (the code cache holds none of it): to bytecode at the first run, optimised
  // by a peephole pass, then again to machine code at the second. Without the peephole pass, and with machine code
  // only for an expression that runs ten times, a whole plan takes less CPU (README, "Performance"); the expressions
  // that run thousands of times are compiled as before. Set before the bundle is compiled: V8 accepts a code cache only under the flags
  // it was written with, and the build writes it through this launcher.
  require("node:v8").setFlagsFromString("--no-regexp-peephole-optimization --regexp-tier-up-ticks=10");
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache: compiled as usual.
  }
  // The bundle is a function expression taking CommonJS's own arguments, plus the import function the bundle uses for
  // pdf.js, mammoth and tesseract.js: a script compiled here cannot import() by itself (see scripts/bundle.mjs).
  const script = new vm.Script(source, { filename: bundle, cachedData });
  const module = { exports: {} };
  const importPackage = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), importPackage);
  return { main: module.exports.main, script };
}

/** `npm run build` asks for the cache after a warm-up parse: then it holds the functions a plan needs too. */
function writeCodeCache(script) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temporary, script.createCachedData());
  renameSync(temporary, cacheFile);
}

// A reader that stops early (`cchc parse plan.pdf | head`) closes the pipe: the output was not all delivered, which
// is exit 2 with one line, as for any output that cannot be written (README, "Exit codes"). Commands that listen to
// stdout themselves say so in their own words; this is for the others. Attached when process.stdout is first used,
// not here: Node creates the stream on first use, a few milliseconds that `cchc parse plan.txt > out.json` does not
// spend (it writes to the file directly, src/cli/output.ts).
function stopOnStdoutError(error) {
  if (process.stdout.listenerCount("error") > 1) return;
  try {
    process.stderr.on("error", () => {});
    process.stderr.write(`cchc: stdout: ${error.code === "EPIPE" ? "closed by the reader before all output was written" : error.message}\n`);
  } catch {
    // stderr is gone too.
  }
  process.exit(2);
}
const stdout = Object.getOwnPropertyDescriptor(process, "stdout");
if (stdout?.get && stdout.configurable) {
  Object.defineProperty(process, "stdout", {
    configurable: true,
    enumerable: stdout.enumerable,
    get() {
      const stream = stdout.get.call(process);
      Object.defineProperty(process, "stdout", { configurable: true, enumerable: stdout.enumerable, writable: false, value: stream });
      stream.on("error", stopOnStdoutError);
      return stream;
    },
  });
} else {
  process.stdout.on("error", stopOnStdoutError);
}

const { main, script } = load();
main(process.argv).then(
  (code) => {
    process.exitCode = code;
    if (process.env.CCHC_WRITE_CODE_CACHE === "1") writeCodeCache(script);
  },
  (error) => {
    process.stderr.write(`cchc: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
