// `prepare`: builds the CLI after `npm ci` / `npm install`, unless dist/ was built from the same inputs by this Node.
//
// Why not simply `npm run build`: npm runs `prepare` a second time on a user's first `npx cchc …` in a checkout. npm
// (v9+) runs a project's own bin by installing the checkout into its npx cache as a linked package, and installing a
// linked directory runs its prepare script: a whole tsc + bundle + warm-up parse before the first command of the
// README's Quick start answers (figures in the README, "Design"). The stamp written by scripts/bundle.mjs says which
// Node built dist/ (its code cache is valid only for that Node); the build runs again when any input is newer than it.
// `npm run build` always builds.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const buildStamp = join(root, "dist", "bundle", "built-by.json");

function newestInput() {
  const inputs = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", "scripts/bundle.mjs", "bin/cchc.cjs"].map((name) =>
    join(root, name),
  );
  for (const entry of readdirSync(join(root, "src"), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) inputs.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  let newest = 0;
  for (const input of inputs) {
    try {
      newest = Math.max(newest, statSync(input).mtimeMs);
    } catch {
      // An optional input that is absent (no lock file in a packed copy) does not make the build stale.
    }
  }
  return newest;
}

function upToDate() {
  try {
    const stamp = JSON.parse(readFileSync(buildStamp, "utf8"));
    return stamp.node === process.version && statSync(buildStamp).mtimeMs >= newestInput();
  } catch {
    return false;
  }
}

if (upToDate()) {
  process.stderr.write("cchc: dist/ is up to date with src/ for this Node, build skipped (`npm run build` forces one)\n");
} else {
  const npm = process.env.npm_execpath;
  const run = npm
    ? spawnSync(process.execPath, [npm, "run", "build"], { cwd: root, stdio: "inherit" })
    : spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exitCode = run.status ?? 1;
}
