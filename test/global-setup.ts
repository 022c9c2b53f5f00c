/**
 * Builds dist/ once before the suite: the CLI tests run the built `bin/cchc.cjs` as a user does, and building in each
 * test file raced with other files loading dist/ in parallel.
 */
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: new URL("..", import.meta.url).pathname, stdio: "inherit" });
}
