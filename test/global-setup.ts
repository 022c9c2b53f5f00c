/**
 * Builds dist/ once before the suite: the CLI tests run the built `bin/cchc.cjs` as a user does, and building in each
 * test file raced with other files loading dist/ in parallel. A vitest run that a test starts inside the suite (the
 * offline OCR test) inherits CCHC_TEST_DIST_BUILT and does not build again under the feet of the other workers.
 */
import { execFileSync } from "node:child_process";

export default function setup(): void {
  if (process.env.CCHC_TEST_DIST_BUILT === "1") return;
  execFileSync("npm", ["run", "--silent", "build"], { cwd: new URL("..", import.meta.url).pathname, stdio: "inherit" });
  process.env.CCHC_TEST_DIST_BUILT = "1";
}
