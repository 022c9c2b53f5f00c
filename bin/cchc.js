#!/usr/bin/env node
// Thin launcher: the CLI is compiled and bundled to dist/ on `npm install` (prepare, see scripts/bundle.mjs), so
// start-up needs no TypeScript runtime and loads one file per command.
import { main } from "../dist/bundle/main.js";

// A reader that stops early (`cchc parse plan.pdf | head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`cchc: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
