/**
 * The output contract (../shared/CONTRACT.md) in code: the only definition of the output types.
 * Field names are public interface; change them only with a `schemaVersion` bump.
 */
import * as z from "zod";

export const SCHEMA_VERSION = "1";

const isoDate = z.iso.date();
const position = z.object({ page: z.number().int().positive().optional(), line: z.number().int().positive().optional() });

export const diagnosticSchema = z.object({
  severity: z.enum(["error", "warning", "info"]),
  code: z.string().min(1),
  message: z.string(),
  where: position.optional(),
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

export const recurrenceSchema = z.enum(["continuous", "monthly", "quarterly", "yearly"]).nullable();

export const deadlineItemSchema = z.object({
  raw: z.string(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
});

export const deadlineSchema = z.object({
  raw: z.string().nullable(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  recurrence: recurrenceSchema,
  items: z.array(deadlineItemSchema),
});

export const taskSchema = z.object({
  id: z.string().regex(/^t\d{3,}$/),
  origin: z.enum(["appendix", "inline"]),
  area: areaSchema,
  areaLabel: z.string().nullable(),
  subArea: z.string().nullable(),
  objective: z.string().nullable(),
  number: z.string().nullable(),
  task: z.string(),
  parent: z.string().nullable(),
  activities: z.array(z.string()),
  products: z.array(z.string()),
  lead: z.array(z.string()),
  partners: z.array(z.string()),
  deadline: deadlineSchema,
  budget: z.string().nullable(),
  extra: z.record(z.string(), z.string()),
  source: position,
});

export const sectionSchema = z.object({
  numeral: z.string().regex(/^[IVXLC]+$/),
  heading: z.string(),
  text: z.string(),
  subsections: z.array(z.object({ number: z.string(), heading: z.string(), text: z.string() })),
});

export const metaSchema = z.object({
  docType: z.enum(["ke_hoach", "quyet_dinh", "other"]),
  number: z.string().nullable(),
  date: isoDate.nullable(),
  place: z.string().nullable(),
  issuer: z.string().nullable(),
  level: z.enum(["tinh", "huyen", "xa"]).nullable(),
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  signer: z.string().nullable(),
  legalBases: z.array(z.string()),
  recipients: z.array(z.string()),
});

export const appendixSchema = z
  .object({ title: z.string().nullable(), reference: z.string().nullable(), columns: z.array(z.string()) })
  .nullable();

export const planDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    path: z.string().nullable(),
    format: z.enum(["txt", "md", "html", "docx", "pdf"]),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    pages: z.number().int().nonnegative().nullable(),
    ocr: z.boolean(),
  }),
  meta: metaSchema,
  sections: z.array(sectionSchema),
  appendix: appendixSchema,
  tasks: z.array(taskSchema),
  diagnostics: z.array(diagnosticSchema),
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Appendix = z.infer<typeof appendixSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type DeadlineItem = z.infer<typeof deadlineItemSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Recurrence = z.infer<typeof recurrenceSchema>;

/** The JSON Schema of the output, generated from the Zod schema (`cchc schema`). */
export function planJsonSchema(): unknown {
  return z.toJSONSchema(planDocumentSchema, { target: "draft-2020-12" });
}
