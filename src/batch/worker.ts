/**
 * A batch worker, run as a child process (plan-process.ts): parses one plan per request and answers with a small
 * summary. The document itself never leaves the worker: `convert` writes it here (atomically) and sends back only its
 * tasks.csv rows, `check` sends back only the rule findings, so the main process's memory does not grow with the
 * documents.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { parsePlan } from "../pipeline.js";
import { InputError } from "../errors.js";
import { type PlanDocument, planDocumentSchema } from "../schema/plan.js";
import { writeFileAtomic } from "../write/atomic.js";
import { formatCsvRows } from "../write/csv.js";
import { formatJson } from "../write/json.js";
import { type PlanSheetData, planSheetData } from "../write/columns.js";
import { serveJobs } from "./plan-process.js";
import type { CheckJob, ConvertJob, Job, JobInput, JobResult, ParsedSummary } from "./protocol.js";

function summarize(document: PlanDocument): ParsedSummary {
  const count = (severity: string) => document.diagnostics.filter((d) => d.severity === severity).length;
  return {
    tasks: document.tasks.length,
    sections: document.sections.length,
    diagnostics: { error: count("error"), warning: count("warning"), info: count("info") },
  };
}

/** The plan's rows for tasks.csv and its share of tasks.xlsx, made once from the same task rows. */
function tabular(document: PlanDocument, relative: string): { csvRows: string; sheet: PlanSheetData } {
  const sheet = planSheetData(document, relative);
  return { csvRows: formatCsvRows(sheet.rows, { bom: false, header: false }), sheet };
}

async function hashInput(input: JobInput): Promise<string> {
  const hash = createHash("sha256");
  if (input.kind === "bytes") return hash.update(input.bytes).digest("hex");
  for await (const chunk of createReadStream(input.path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function parse(job: Job): Promise<PlanDocument> {
  const options = {
    ocr: job.settings.ocr,
    ...(job.settings.ocrEngine ? { ocrEngine: job.settings.ocrEngine } : {}),
    limits: job.settings.limits,
    ...(job.settings.password ? { password: job.settings.password } : {}),
  };
  return job.input.kind === "path"
    ? parsePlan(job.input.path, options)
    : parsePlan(job.input.bytes, { ...options, path: job.input.path });
}

/** The previous output, if it is still the output of these very input bytes. */
async function previousOutput(job: ConvertJob): Promise<PlanDocument | undefined> {
  if (!job.reuseIfSha256) return undefined;
  const sha256 = await hashInput(job.input).catch(() => undefined);
  if (sha256 !== job.reuseIfSha256) return undefined;
  try {
    const document = planDocumentSchema.parse(JSON.parse(await readFile(job.outputPath, "utf8")));
    return document.source.sha256 === sha256 ? document : undefined;
  } catch {
    return undefined;
  }
}

async function convert(job: ConvertJob): Promise<JobResult> {
  const previous = await previousOutput(job);
  if (previous) return { outcome: "reused", sha256: previous.source.sha256, ...tabular(previous, job.relative), ...summarize(previous) };
  const document = await parse(job);
  await writeFileAtomic(job.outputPath, formatJson([document]));
  return { outcome: "parsed", sha256: document.source.sha256, ...tabular(document, job.relative), ...summarize(document) };
}

async function check(job: CheckJob): Promise<JobResult> {
  const { lintDocument } = await import("../check/lint.js");
  return { outcome: "checked", findings: lintDocument(await parse(job), job.rules) };
}

async function handle(job: Job): Promise<JobResult> {
  try {
    return job.mode === "convert" ? await convert(job) : await check(job);
  } catch (error) {
    if (error instanceof InputError) {
      const sha256 = await hashInput(job.input).catch(() => null);
      return { outcome: "failed", reason: error.message, sha256 };
    }
    // A bug in a stage must cost this one file, not the batch; the message still names it as ours.
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { outcome: "failed", reason: `internal error: ${message}`, sha256: null };
  }
}

serveJobs(handle);
