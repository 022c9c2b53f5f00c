/** The deadline phrasing tests' one check: a text read in a plan's context gives these dates and diagnostic codes. */
import { expect } from "vitest";
import { parseDeadline, type DeadlineContext } from "../../src/normalize/deadline.js";
import { deadlineSchema, type Recurrence } from "../../src/schema/plan.js";

export const PLAN_2024: DeadlineContext = { year: 2024, period: { from: 2024, to: 2024 } };
export const PLAN_2025: DeadlineContext = { year: 2025, period: { from: 2025, to: 2025 } };
export const PLAN_2026: DeadlineContext = { year: 2026, period: { from: 2026, to: 2026 } };
export const PLAN_2026_2030: DeadlineContext = { year: 2026, period: { from: 2026, to: 2030 } };

export function reading(text: string, context: DeadlineContext, start: string | null, end: string | null, recurrence: Recurrence = null, codes: string[] = []) {
  const { value, diagnostics } = parseDeadline([text], context);
  expect(deadlineSchema.safeParse(value).success).toBe(true);
  expect({ start: value.start, end: value.end, recurrence: value.recurrence }).toEqual({ start, end, recurrence });
  expect(diagnostics.map((d) => d.code)).toEqual(codes);
  return { value, diagnostics };
}
