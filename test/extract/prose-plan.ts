/** The prose fixtures' tests (fixtures/prose): each plan parsed once, before the tests of its `describe`. */
import { beforeAll } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

export const none = { start: null, end: null, recurrence: null };

export function plan(name: string): () => PlanDocument {
  let doc: PlanDocument | undefined;
  beforeAll(async () => {
    doc = await parsePlan(new URL(`../../fixtures/prose/${name}`, import.meta.url).pathname);
  });
  return () => doc!;
}
