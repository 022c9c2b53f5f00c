/**
 * Builds dist/ once before the suite, through `prepare` (scripts/prepare.mjs), which skips a build whose inputs have not
 * changed since (CI's `npm ci` has just built it): the CLI tests run the built `bin/cchc.cjs` as a user does, and building in each
 * test file raced with other files loading dist/ in parallel. A vitest run that a test starts inside the suite (the
 * offline OCR test) inherits CCHC_TEST_DIST_BUILT and does not build again under the feet of the other workers.
 */
import { execFileSync } from "node:child_process";

export default function setup(): void {
  if (process.env.CCHC_TEST_DIST_BUILT === "1") return;
  execFileSync(process.execPath, ["scripts/prepare.mjs"], { cwd: new URL("..", import.meta.url).pathname, stdio: "inherit" });
  process.env.CCHC_TEST_DIST_BUILT = "1";
}
