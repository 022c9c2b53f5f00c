/**
 * One plan parsed in a worker process of the batch's kind (drive.ts's heap cap, the --timeout enforced by ending the
 * process), for the single-file CLI: a plan whose memory is not bounded by its size (a compressed DOCX or PDF, a large
 * input) gets the batch's guarantees. Answers the document as its JSON text.
 */
import { InputError } from "../errors.js";
import { createPlanWorker, describeTimeout } from "./drive.js";
import { WorkerFailure, WorkerPool } from "./pool.js";
import type { Job, JobInput, JobResult, ParseSettings } from "./protocol.js";

export async function parseIsolated(input: JobInput, settings: ParseSettings): Promise<string> {
  const pool = new WorkerPool<Job, JobResult>({ size: 1, create: createPlanWorker, timeoutMs: settings.limits.timeoutMs, describeTimeout });
  try {
    // Nothing transferred: a process gets a copy anyway, and stdin's bytes may share Node's buffer pool.
    const result = await pool.run({ mode: "line", input, settings });
    if (result.outcome === "failed") throw new InputError(result.reason);
    if (result.outcome !== "line") throw new Error(`a line job answered as a ${result.outcome} job`);
    return result.line;
  } catch (error) {
    // The worker's crash (out of memory) or time-out: this input's failure, said in one line.
    if (error instanceof WorkerFailure) throw new InputError(error.message);
    throw error;
  } finally {
    await pool.close();
  }
}
