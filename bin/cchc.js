#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ on `npm install` (prepare), so start-up needs no TypeScript runtime.
import { main } from "../dist/cli/main.js";

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`cchc: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
