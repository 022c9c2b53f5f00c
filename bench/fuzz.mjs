#!/usr/bin/env node
// The long fuzz run: N seeded mutations (default 3000) of every fixture format through the built pipeline
// (dist/, so `npm run build` first), each case in a child process with a time limit, so that a hang is seen as one.
//
//   node bench/fuzz.mjs [N] [--seed S] [--timeout SECONDS] [--jobs J] [--only .ext]
//
// Prints the counts (documents, clean InputErrors, crashes, hangs), the slowest cases and every crash or hang with
// its seed; a seed reruns alone with `--seed S 1`. Exit code 1 when there is a crash or a hang.
import { fork } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FIXTURE_GLOBS, mutate, mutateDocStreams, mutateDocxXml, prng } from "../test/hostile/mutate.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function loadFixtures() {
  const byExtension = new Map();
  for (const [directory, extension] of FIXTURE_GLOBS) {
    const dir = join(root, directory);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(extension)).sort()) {
      const list = byExtension.get(extension) ?? [];
      list.push({ name: `${directory}/${file}`, bytes: new Uint8Array(readFileSync(join(dir, file))) });
      byExtension.set(extension, list);
    }
  }
  return byExtension;
}

/** The case a seed names: which format (PDF rarer: it is the slow one), which file, which mutations. */
function caseOf(seed, fixtures, everything, only) {
  const random = prng(seed);
  const weights = [[".txt", 4], [".md", 2], [".docx", 3], [".doc", 3], [".pdf", 1]].filter(([e]) => fixtures.has(e) && (!only || e === only));
  const total = weights.reduce((n, [, w]) => n + w, 0);
  let pick = random() * total;
  const [extension] = weights.find(([, w]) => (pick -= w) < 0) ?? weights[0];
  const list = fixtures.get(extension);
  const source = list[Math.floor(random() * list.length)];
  const inner = (extension === ".docx" || extension === ".doc") && random() < 0.5;
  const mutated = inner ? (extension === ".docx" ? mutateDocxXml : mutateDocStreams)(source.bytes, everything, random) : mutate(source.bytes, everything, random);
  return { extension, source: source.name, how: mutated.how, bytes: mutated.bytes };
}

async function child() {
  const { parsePlan } = await import(join(root, "dist/pipeline.js"));
  const { InputError } = await import(join(root, "dist/errors.js"));
  const { planDocumentSchema } = await import(join(root, "dist/schema/plan.js"));
  const fixtures = loadFixtures();
  const everything = [...fixtures.values()].flat().map((f) => f.bytes);
  const only = process.argv[3];
  process.on("message", async (seed) => {
    const c = caseOf(seed, fixtures, everything, only);
    const started = performance.now();
    let verdict;
    let detail = "";
    try {
      const document = await parsePlan(c.bytes, { path: `fuzz${c.extension}`, ocr: "never" });
      const checked = planDocumentSchema.safeParse(document);
      verdict = checked.success ? "document" : "crash";
      if (!checked.success) detail = `schema: ${checked.error.issues[0]?.message}`;
    } catch (error) {
      if (error instanceof InputError && !error.message.includes("\n")) {
        verdict = "input-error";
        // Numbers and names vary case to case; the reason's shape is what is counted.
        detail = error.message.replace(/\d+/g, "N").replace(/\(([^)]*)\)/g, "(…)").slice(0, 90);
      }
      else {
        verdict = "crash";
        detail = error instanceof Error ? (error.stack ?? error.message).split("\n").slice(0, 4).join(" | ") : String(error);
      }
    }
    process.send({ seed, verdict, detail, reason: verdict === "input-error" ? detail : undefined, ms: performance.now() - started, extension: c.extension, source: c.source, how: c.how, size: c.bytes.length });
  });
  process.send("ready");
}

async function parent() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const value = Number(args[i + 1]);
    args.splice(i, 2);
    return value;
  };
  const baseSeed = option("--seed", 1);
  const timeoutMs = option("--timeout", 30) * 1000;
  const jobs = option("--jobs", 2);
  const onlyAt = args.indexOf("--only");
  const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
  const count = Number(args[0] ?? 3000);
  if (!existsSync(join(root, "dist/pipeline.js"))) {
    process.stderr.write("fuzz: dist/ is missing: run `npm run build` first\n");
    process.exit(2);
  }

  const results = [];
  let next = 0;
  const started = performance.now();
  const runWorker = () =>
    new Promise((resolve) => {
      let worker;
      let timer;
      let current;
      const spawn = () => {
        // A worker whose memory blows up dies; the case is then a crash, not a hang.
        worker = fork(fileURLToPath(import.meta.url), ["--child", ...(only ? [only] : [])], { stdio: ["ignore", "ignore", "pipe", "ipc"], execArgv: ["--max-old-space-size=2048"] });
        worker.stderr.resume();
        worker.on("message", onMessage);
        worker.on("exit", onExit);
      };
      const assign = () => {
        if (next >= count) {
          worker.off("exit", onExit);
          worker.kill();
          resolve();
          return;
        }
        current = baseSeed + next++;
        worker.send(current);
        timer = setTimeout(() => {
          results.push({ seed: current, verdict: "hang", detail: `no answer in ${timeoutMs / 1000} s`, ms: timeoutMs });
          current = undefined;
          worker.off("exit", onExit);
          worker.kill("SIGKILL");
          spawn();
        }, timeoutMs);
      };
      function onMessage(message) {
        if (message === "ready") return assign();
        clearTimeout(timer);
        results.push(message);
        current = undefined;
        if (results.length % 250 === 0) process.stderr.write(`fuzz: ${results.length}/${count}\n`);
        assign();
      }
      function onExit(code, signal) {
        clearTimeout(timer);
        if (current !== undefined) results.push({ seed: current, verdict: "crash", detail: `worker died (${signal ?? code})`, ms: 0 });
        current = undefined;
        spawn();
      }
      spawn();
    });
  await Promise.all(Array.from({ length: jobs }, runWorker));
  const seconds = (performance.now() - started) / 1000;

  const counts = { document: 0, "input-error": 0, crash: 0, hang: 0 };
  for (const r of results) counts[r.verdict] += 1;
  const byFormat = {};
  for (const r of results) if (r.extension) (byFormat[r.extension] ??= { cases: 0, ms: 0 }), (byFormat[r.extension].cases += 1), (byFormat[r.extension].ms += r.ms);
  console.log(`fuzz: ${results.length} cases from seed ${baseSeed} in ${seconds.toFixed(0)} s (${jobs} workers, ${timeoutMs / 1000} s per case)`);
  console.log(`  documents ${counts.document}, clean errors ${counts["input-error"]}, crashes ${counts.crash}, hangs ${counts.hang}`);
  for (const [extension, f] of Object.entries(byFormat)) console.log(`  ${extension}: ${f.cases} cases, mean ${(f.ms / f.cases).toFixed(0)} ms`);
  console.log("  slowest:");
  for (const r of [...results].sort((a, b) => b.ms - a.ms).slice(0, 8)) {
    console.log(`    ${r.ms.toFixed(0).padStart(6)} ms  seed ${r.seed}  ${r.verdict}  ${r.source ?? ""} (${r.size ?? "?"} bytes): ${r.how ?? ""}`);
  }
  const bad = results.filter((r) => r.verdict === "crash" || r.verdict === "hang");
  for (const r of bad) console.log(`  ${r.verdict.toUpperCase()} seed ${r.seed}: ${r.source ?? ""} ${r.how ?? ""}: ${r.detail}`);
  const reasons = new Map();
  for (const r of results) if (r.verdict === "input-error") reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  console.log("  clean errors by reason:");
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${String(n).padStart(5)}  ${reason}`);
  process.exitCode = bad.length > 0 ? 1 : 0;
}

if (process.argv.includes("--child")) await child();
else await parent();
