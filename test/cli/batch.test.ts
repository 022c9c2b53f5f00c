/**
 * `cchc parse <folder> -o DIR` as a user runs it: the built CLI on a small set of fixtures with a bad file, an
 * ignored file and a zip archive mixed in; killed half way and run again; sharded and merged.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { batchReportSchema } from "../../src/batch/report.js";
import { planDocumentSchema } from "../../src/schema/plan.js";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/cchc.cjs");
const fixtures = join(root, "fixtures");
const PLANS = ["000_cc8d44a7a110d77b.txt", "001_cf13d097df470f82.txt", "003_9a23d4ea0e0477f2.txt", "004_b6c2931c4fda3fce.txt"];
const SCRAPED = ["u04_tinh-quang-tri-2025-scraped.md", "u14_xa-dong-hoa-qd-quy4-2025-scraped.md"];

function cchc(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** inbox/: 4 seed plans, 2 scraped plans, a DOCX, an empty .txt, a .json to ignore, and a zip of two plans plus a zip-slip entry. */
async function inbox(copies = 1): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "cchc-batch-"));
  for (let copy = 0; copy < copies; copy++) {
    const into = join(dir, "inbox", copies > 1 ? `copy${copy}` : "", "seeds");
    mkdirSync(into, { recursive: true });
    for (const plan of PLANS) copyFileSync(join(fixtures, "plans", plan), join(into, plan));
  }
  const base = join(dir, "inbox");
  mkdirSync(join(base, "scraped"), { recursive: true });
  for (const plan of SCRAPED) copyFileSync(join(fixtures, "unseen", plan), join(base, "scraped", plan));
  copyFileSync(join(fixtures, "docx-cases", "merged-table.docx"), join(base, "scraped", "merged-table.docx"));
  writeFileSync(join(base, "broken.txt"), "");
  writeFileSync(join(base, "notes.json"), "{}");
  const zip = new JSZip();
  zip.file("nam-2023/001.txt", readFileSync(join(fixtures, "plans", PLANS[1]!)));
  zip.file("nam-2023/003.txt", readFileSync(join(fixtures, "plans", PLANS[2]!)));
  zip.file("../escape.txt", "x");
  writeFileSync(join(base, "archive.zip"), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return dir;
}

const readReport = (out: string) => batchReportSchema.parse(JSON.parse(readFileSync(join(out, "report.json"), "utf8")));

beforeAll(() => {
  expect(existsSync(join(root, "dist/batch/worker.js"))).toBe(true);
});

describe("cchc parse <folder> -o DIR", () => {
  let dir: string;
  let first: ReturnType<typeof cchc>;
  beforeAll(async () => {
    dir = await inbox();
    first = cchc(dir, "parse", "inbox", "-o", "out", "-c", "2");
  });

  it("converts every plan, reports the bad ones and exits 2", () => {
    expect(first.code).toBe(2);
    expect(first.stdout).toBe("");
    expect(first.stderr).toContain("failed  inbox/broken.txt: empty file");
    expect(first.stderr).toContain("inbox/archive.zip/../escape.txt: refused");
    const report = readReport(join(dir, "out"));
    expect(report.files.map((f) => f.file)).toEqual([
      "archive.zip/../escape.txt",
      "archive.zip/nam-2023/001.txt",
      "archive.zip/nam-2023/003.txt",
      "broken.txt",
      "scraped/merged-table.docx",
      `scraped/${SCRAPED[0]}`,
      `scraped/${SCRAPED[1]}`,
      ...PLANS.map((p) => `seeds/${p}`),
    ]);
    expect(report.totals).toMatchObject({ files: 11, failed: 2, ignored: 1, reused: 0 });
    for (const entry of report.files) {
      if (entry.status === "failed") {
        expect(entry.output).toBeNull();
        continue;
      }
      const document = planDocumentSchema.parse(JSON.parse(readFileSync(join(dir, "out", entry.output!), "utf8")));
      expect(entry.tasks).toBe(document.tasks.length);
      expect(entry.sections).toBe(document.sections.length);
      expect(entry.sha256).toBe(document.source.sha256);
      expect(entry.status).toBe(document.tasks.length > 0 && !document.diagnostics.some((d) => d.severity === "error") ? "ok" : "partial");
    }
    // The archive holds the same bytes as the seed: same hash, same tasks.
    const byFile = new Map(report.files.map((f) => [f.file, f]));
    expect(byFile.get("archive.zip/nam-2023/001.txt")!.sha256).toBe(byFile.get(`seeds/${PLANS[1]}`)!.sha256);
    expect(byFile.get("archive.zip/nam-2023/001.txt")!.tasks).toBe(byFile.get(`seeds/${PLANS[1]}`)!.tasks);
  });

  it("writes tasks.csv once: one BOM, one header, the plans' rows in report order with their file", () => {
    const csv = readFileSync(join(dir, "out", "tasks.csv"), "utf8");
    const header = "file,meta.number,meta.issuer,meta.year,id,origin,";
    expect(csv.startsWith(`\ufeff${header}`)).toBe(true);
    expect(csv.indexOf("\ufeff", 1)).toBe(-1);
    expect(csv.split("\r\n").filter((line) => line.replace(/^\ufeff/, "").startsWith(header))).toHaveLength(1);
    const report = readReport(join(dir, "out"));
    const order = report.files.filter((f) => f.tasks > 0).map((f) => f.file);
    // A row: file, the plan's number, issuer and year (quoted when they hold a comma), then the task's id.
    const firstSeen = order.map((file) => csv.search(new RegExp(`\r\n${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},(?:"[^"]*"|[^,\r\n]*),(?:"[^"]*"|[^,\r\n]*),[^,\r\n]*,t001,`)));
    expect(firstSeen.every((at) => at > 0)).toBe(true);
    expect([...firstSeen].sort((a, b) => a - b)).toEqual(firstSeen);
    const dataRows = csv.split("\r\n").filter((line) => /^(seeds|scraped|archive\.zip)\/[^,]+,(?:"[^"]*"|[^,]*),(?:"[^"]*"|[^,]*),[^,]*,t\d{3},/.test(line));
    expect(dataRows.length).toBe(report.totals.tasks);
  });

  it("reuses up-to-date plans on a second run, and redoes everything with --force", () => {
    const out = join(dir, "out");
    const before = statSync(join(out, `seeds/${PLANS[0]}.json`)).mtimeMs;
    const again = cchc(dir, "parse", "inbox", "-o", "out", "-c", "2", "-q");
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split("\n")).toEqual(["cchc: inbox/archive.zip/../escape.txt: refused: archive entry name is absolute or contains '..'", "cchc: inbox/broken.txt: empty file"]);
    const report = readReport(out);
    expect(report.totals.reused).toBe(9);
    expect(statSync(join(out, `seeds/${PLANS[0]}.json`)).mtimeMs).toBe(before);
    const forced = cchc(dir, "parse", "inbox", "-o", "out", "-c", "2", "-q", "--force");
    expect(forced.code).toBe(2);
    expect(readReport(out).totals.reused).toBe(0);
  });

  it("splits into shards that merge back into the unsharded result", () => {
    const one = cchc(dir, "parse", "inbox", "-o", "shard1", "-c", "2", "-q", "--shard", "1/2");
    const two = cchc(dir, "parse", "inbox", "-o", "shard2", "-c", "2", "-q", "--shard", "2/2");
    const sizes = [readReport(join(dir, "shard1")).files.length, readReport(join(dir, "shard2")).files.length];
    expect(sizes[0]! + sizes[1]!).toBe(11);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect([one.code, two.code]).toContain(2);
    const merged = cchc(dir, "merge", "shard1", "shard2", "-o", "all");
    expect(merged.code).toBe(2);
    expect(readFileSync(join(dir, "all", "tasks.csv"), "utf8")).toBe(readFileSync(join(dir, "out", "tasks.csv"), "utf8"));
    const strip = (files: ReturnType<typeof readReport>["files"]) => files.map(({ timeMs: _t, output: _o, reused: _r, ...rest }) => rest);
    expect(strip(readReport(join(dir, "all")).files)).toEqual(strip(readReport(join(dir, "out")).files));
    const entry = readReport(join(dir, "all")).files.find((f) => f.output)!;
    expect(existsSync(join(dir, "all", entry.output!))).toBe(true);
    expect(cchc(dir, "merge", "shard1", "shard1", "-o", "twice").code).toBe(2);
  });

  it("refuses bad usage with exit 2", () => {
    expect(cchc(dir, "parse", "inbox", "-o", "x", "--shard", "3/2").stderr).toContain("--shard");
    expect(cchc(dir, "parse", "inbox", "-o", "x", "--concurrency", "0").code).toBe(2);
    mkdirSync(join(dir, "empty"), { recursive: true });
    const none = cchc(dir, "parse", "empty", "-o", "x");
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no plans found");
  });
});

describe("an interrupted batch", () => {
  it("finishes the rest on the next run without redoing finished plans", async () => {
    const dir = await inbox(3);
    const out = join(dir, "out");
    const journal = join(out, ".cchc-journal.jsonl");
    const child = spawn(process.execPath, [bin, "parse", "inbox", "-o", "out", "-c", "1", "-q"], { cwd: dir, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    let running = true;
    void exited.then(() => (running = false));
    // Killed once two plans are in the journal, however long that takes on a busy machine.
    while (running && !(existsSync(journal) && readFileSync(journal, "utf8").split("\n").filter(Boolean).length >= 2)) await sleep(20);
    child.kill("SIGKILL");
    await exited;

    const done = readFileSync(journal, "utf8")
      .split("\n")
      .filter((line) => line.endsWith("}"))
      .map((line) => JSON.parse(line) as { file: string; status: string; output: string | null });
    const finished = done.filter((entry) => entry.status !== "failed");
    expect(finished.length).toBeGreaterThan(0);
    expect(existsSync(join(out, "report.json"))).toBe(false);
    const stamps = new Map(finished.map((entry) => [entry.file, statSync(join(out, entry.output!)).mtimeMs]));

    const rerun = cchc(dir, "parse", "inbox", "-o", "out", "-c", "2", "-q");
    expect(rerun.code).toBe(2);
    const report = readReport(out);
    expect(report.files).toHaveLength(19);
    expect(finished.length).toBeLessThan(17);
    for (const entry of report.files) {
      if (stamps.has(entry.file)) {
        expect(entry.reused, entry.file).toBe(true);
        expect(statSync(join(out, entry.output!)).mtimeMs).toBe(stamps.get(entry.file));
      } else if (entry.status !== "failed") {
        expect(entry.reused, entry.file).toBeUndefined();
      }
    }
    expect(existsSync(journal)).toBe(false);
  });
});
