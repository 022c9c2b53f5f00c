import { readFileSync } from "node:fs";

/** cchc's version, recorded in every report entry: outputs of another version are not reused. */
export function cchcVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
