/**
 * The output contract (../shared/CONTRACT.md) in code: the only definition of the output types.
 * Field names are public interface; change them only with a `schemaVersion` bump.
 */
// zod/mini: the same validator with functions in place of methods. Building the schema is about half the cost of the
// classic API's, which `cchc parse plan.txt` pays at every start (bench: start-up).
import en from "zod/v4/locales/en.js";
import * as z from "zod/mini";
import { INPUT_FORMATS } from "../model/types.js";

// The mini build carries no error messages of its own: a failed validation names the field and what was expected.
// jitless: the classic build compiles a parser per object shape on first use, which costs more than it saves on the
// one or few documents a run validates.
z.config({ ...en(), jitless: true });

export const SCHEMA_VERSION = "2";

const text = z.string();
const nullableText = z.nullable(text);
const texts = z.array(text);
const positiveInteger = z.int().check(z.positive());
const isoDate = z.nullable(z.iso.date());
const position = z.object({ page: z.optional(positiveInteger), line: z.optional(positiveInteger) });

export const diagnosticSchema = z.object({
  severity: z.enum(["error", "warning", "info"]),
  code: text.check(z.minLength(1)),
  message: text,
  where: z.optional(position),
});

export const areaCodes = [
  "direction",
  "institutions",
  "procedures",
  "organization",
  "civil_service",
  "public_finance",
  "digital_government",
  "other",
] as const;
export const areaSchema = z.enum(areaCodes);

export const recurrenceSchema = z.nullable(z.enum(["continuous", "monthly", "quarterly", "yearly"]));

export const deadlineItemSchema = z.object({
  raw: text,
  start: isoDate,
  end: isoDate,
});

export const deadlineSchema = z.object({
  raw: nullableText,
  start: isoDate,
  end: isoDate,
  recurrence: recurrenceSchema,
  items: z.array(deadlineItemSchema),
});

/** What a table's rows assign: work (task), targets to reach (target), units or events at times (schedule). */
export const tableKinds = ["task", "target", "schedule"] as const;
export const tableKindSchema = z.enum(tableKinds);

export const taskSchema = z.object({
  id: text.check(z.regex(/^t\d{3,}$/)),
  origin: z.enum(["appendix", "body", "inline"]),
  kind: tableKindSchema,
  table: nullableText,
  area: areaSchema,
  areaLabel: nullableText,
  subArea: nullableText,
  objective: nullableText,
  number: nullableText,
  task: text,
  parent: nullableText,
  activities: texts,
  products: texts,
  lead: texts,
  partners: texts,
  deadline: deadlineSchema,
  budget: nullableText,
  extra: z.record(text, text),
  source: position,
});

export const sectionSchema = z.object({
  // Roman-numbered parts, or the Arabic-numbered (or lettered: "A", "B") parts of a plan that has no Roman ones.
  numeral: text.check(z.regex(/^(?:[IVXLC]+|\d{1,2}|[A-HĐ])$/u)),
  heading: text,
  text,
  subsections: z.array(z.object({ number: text, heading: text, text })),
});

export const metaSchema = z.object({
  docType: z.enum(["ke_hoach", "quyet_dinh", "other"]),
  number: nullableText,
  date: isoDate,
  place: nullableText,
  issuer: nullableText,
  level: z.nullable(z.enum(["tinh", "huyen", "xa"])),
  title: nullableText,
  year: z.nullable(z.int()),
  period: z.nullable(z.object({ from: z.int(), to: z.int() })),
  signer: nullableText,
  legalBases: texts,
  recipients: texts,
});

export const tableSchema = z.object({
  id: text.check(z.regex(/^T\d+$/)),
  where: z.enum(["appendix", "body"]),
  /** The appendix's own number ("PHỤ LỤC II" → "II"); null when it has none or the table is in the body. */
  label: nullableText,
  title: nullableText,
  reference: nullableText,
  kind: tableKindSchema,
  columns: texts,
});

export const planDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    path: nullableText,
    format: z.enum(INPUT_FORMATS),
    sha256: text.check(z.regex(/^[0-9a-f]{64}$/)),
    pages: z.nullable(z.int().check(z.nonnegative())),
    ocr: z.boolean(),
    ocrEngine: z.optional(z.enum(["native", "wasm"])),
  }),
  meta: metaSchema,
  sections: z.array(sectionSchema),
  tables: z.array(tableSchema),
  tasks: z.array(taskSchema),
  diagnostics: z.array(diagnosticSchema),
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type AssignmentTable = z.infer<typeof tableSchema>;
export type TableKind = z.infer<typeof tableKindSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type DeadlineItem = z.infer<typeof deadlineItemSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Recurrence = z.infer<typeof recurrenceSchema>;

/** The JSON Schema of the output, generated from the Zod schema (`cchc schema`). */
export function planJsonSchema(): unknown {
  return z.toJSONSchema(planDocumentSchema, { target: "draft-2020-12" });
}
