#!/usr/bin/env node
// npm run corpus [DIR] [-- --no-ocr]: parses every document of a folder (default ../shared/real) with the built
// library (dist/, `npm run build` first) and prints one line each — exit code (0 parsed, 2 refused), time, its tables
// and their kinds, records, the share with a lead and with dates, group-looking records, unmapped columns and
// diagnostics by code — then the totals. A tool to see at a glance where real documents break; it asserts nothing.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const noOcr = args.includes("--no-ocr");
const dir = resolve(args.find((a) => !a.startsWith("--")) ?? process.env.CCHC_REAL ?? join(root, "..", "shared", "real"));
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`corpus: ${dir} is not a folder (give one, or set CCHC_REAL)`);
  process.exit(2);
}
const { parsePlan, releaseReaders } = await import(pathToFileURL(join(root, "dist", "index.js")).href);

/** A record that reads as a group row: a Roman or single-letter number, or a label in capitals with nothing assigned. */
function looksLikeGroup(task) {
  if (task.number && /^(?:[IVX]{1,6}|[A-Z])$/.test(task.number)) return true;
  const bare = task.lead.length === 0 && task.partners.length === 0 && task.products.length === 0 && task.deadline.raw === null;
  if (!bare) return false;
  return /^(?:[IVX]{1,6}|[A-Z])(?:\.\d{1,2})?[.)]?\s/.test(task.task) || (task.task === task.task.toLocaleUpperCase("vi") && /\p{Lu}{3}/u.test(task.task));
}

const pct = (part, whole) => (whole === 0 ? "  -" : `${String(Math.round((100 * part) / whole)).padStart(3)}%`);
const files = readdirSync(dir)
  .filter((name) => name !== "README.md" && statSync(join(dir, name)).isFile())
  .sort();
const total = { files: 0, refused: 0, records: 0, lead: 0, dated: 0, groups: 0, unmapped: 0, seconds: 0 };
for (const name of files) {
  const started = process.hrtime.bigint();
  let line;
  try {
    const doc = await parsePlan(join(dir, name), noOcr ? { ocr: "never" } : {});
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const tasks = doc.tasks;
    const lead = tasks.filter((t) => t.lead.length > 0).length;
    const dated = tasks.filter((t) => t.deadline.start !== null || t.deadline.end !== null).length;
    const groups = tasks.filter(looksLikeGroup).length;
    const codes = new Map();
    for (const d of doc.diagnostics) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
    const unmapped = codes.get("column-unmapped") ?? 0;
    const kinds = doc.tables.map((t) => `${t.id}:${t.where === "appendix" ? `PL${t.label ?? ""}` : "body"}:${t.kind}(${tasks.filter((k) => k.table === t.id).length})`).join(" ") || "-";
    const inline = tasks.filter((t) => t.origin === "inline").length;
    Object.assign(total, { records: total.records + tasks.length, lead: total.lead + lead, dated: total.dated + dated, groups: total.groups + groups, unmapped: total.unmapped + unmapped, seconds: total.seconds + seconds });
    line = [
      "0",
      `${seconds.toFixed(1).padStart(5)}s`,
      name.slice(0, 44).padEnd(44),
      `records ${String(tasks.length).padStart(4)}`,
      `lead ${pct(lead, tasks.length)}`,
      `dates ${pct(dated, tasks.length)}`,
      `groups ${groups}`,
      `inline ${inline}`,
      `tables ${kinds}`,
      `diagnostics ${[...codes].map(([c, n]) => `${c}×${n}`).join(",") || "-"}`,
    ].join("  ");
  } catch (error) {
    total.refused += 1;
    line = `2  ${"".padStart(6)}  ${name.slice(0, 44).padEnd(44)}  ${String(error.message).split("\n")[0]}`;
  }
  total.files += 1;
  console.log(line);
}
await releaseReaders?.();
console.log(
  `total: ${total.files} documents, ${total.refused} refused, ${total.records} records, lead ${pct(total.lead, total.records)}, dates ${pct(total.dated, total.records)}, group-looking ${total.groups}, unmapped columns ${total.unmapped}, ${total.seconds.toFixed(1)}s`,
);
