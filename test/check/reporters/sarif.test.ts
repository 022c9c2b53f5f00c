/**
 * The SARIF output validated with a Zod schema written from the SARIF 2.1.0 specification (no JSON Schema validator
 * is installed). The Zod schema itself is checked against the published JSON Schema (an excerpt is kept in
 * test/fixtures): every property it allows exists there, every property the JSON Schema requires it requires, and its
 * enums are the published ones, so the two cannot drift apart silently.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatSarif, pathToUri } from "../../../src/check/reporters/sarif.js";
import { sampleReport } from "../report-fixture.js";

const published = JSON.parse(readFileSync(new URL("../../fixtures/sarif-schema-2.1.0.excerpt.json", import.meta.url), "utf8")) as {
  properties: Record<string, unknown>;
  required: string[];
  definitions: Record<string, { properties: Record<string, { enum?: string[] }>; required?: string[]; anyOf?: { required: string[] }[] }>;
};

const level = z.enum(["none", "note", "warning", "error"]);
const propertyBag = z.record(z.string(), z.unknown());
const message = z.strictObject({ text: z.string() });
const multiformatMessageString = z.strictObject({ text: z.string() });
const region = z.strictObject({ startLine: z.number().int().min(1) });
const artifactLocation = z.strictObject({ uri: z.string().refine((u) => !/[\s%](?![0-9A-F]{2})/.test(u), "not a URI reference") });
const physicalLocation = z.strictObject({ artifactLocation, region: region.optional() });
const location = z.strictObject({ physicalLocation });
const reportingConfiguration = z.strictObject({ enabled: z.boolean(), level });
const reportingDescriptor = z.strictObject({ id: z.string(), shortDescription: multiformatMessageString, defaultConfiguration: reportingConfiguration });
const toolComponent = z.strictObject({ name: z.string(), version: z.string(), rules: z.array(reportingDescriptor) });
const tool = z.strictObject({ driver: toolComponent });
const notification = z.strictObject({ level, message, locations: z.array(location) });
const invocation = z.strictObject({ executionSuccessful: z.boolean(), toolExecutionNotifications: z.array(notification) });
const result = z.strictObject({
  ruleId: z.string(),
  ruleIndex: z.number().int().min(-1),
  level,
  message,
  locations: z.array(location),
  properties: propertyBag.optional(),
});
const run = z.strictObject({ tool, invocations: z.array(invocation), results: z.array(result) });
const sarifLog = z.strictObject({ $schema: z.url(), version: z.literal("2.1.0"), runs: z.array(run) });

const byDefinition: Record<string, z.ZodObject> = {
  artifactLocation,
  invocation,
  location,
  message,
  multiformatMessageString,
  notification,
  physicalLocation,
  region,
  reportingConfiguration,
  reportingDescriptor,
  result,
  run,
  tool,
  toolComponent,
};

describe("sarif reporter", () => {
  it("the Zod schema agrees with the published SARIF 2.1.0 JSON Schema", () => {
    for (const [name, schema] of Object.entries(byDefinition)) {
      const definition = published.definitions[name]!;
      const keys = Object.keys(schema.shape);
      for (const key of keys) expect(Object.keys(definition.properties), `${name}.${key}`).toContain(key);
      const requiredHere = keys.filter((k) => !(schema.shape[k] as z.ZodType).safeParse(undefined).success);
      for (const key of definition.required ?? []) expect(requiredHere, `${name} requires ${key}`).toContain(key);
      if (definition.anyOf) expect(definition.anyOf.some((alt) => alt.required.every((k) => requiredHere.includes(k))), `${name} anyOf`).toBe(true);
    }
    expect(published.definitions.result!.properties.level!.enum).toEqual(level.options);
    expect(published.required).toEqual(["version", "runs"]);
    for (const key of Object.keys(sarifLog.shape)) expect(Object.keys(published.properties)).toContain(key);
  });

  it("writes a valid SARIF 2.1.0 log", () => {
    const log = sarifLog.parse(JSON.parse(formatSarif(sampleReport())));
    const [only] = log.runs;
    expect(only!.tool.driver.rules.map((r) => r.id)).toEqual(["no-tasks", "task-without-lead", "scanned-page-unread", "columns-unmapped"]);
    expect(only!.tool.driver.rules[3]!.defaultConfiguration).toEqual({ enabled: false, level: "none" });
    expect(only!.results).toHaveLength(3);
    const lead = only!.results[1]!;
    expect(lead.level).toBe("warning");
    expect(lead.ruleIndex).toBe(1);
    expect(lead.locations[0]!.physicalLocation.region).toEqual({ startLine: 42 });
    const page = only!.results[2]!;
    expect(page.locations[0]!.physicalLocation.region).toBeUndefined();
    expect(page.message.text).toContain("page 2");
    expect(page.properties).toEqual({ page: 2 });
    expect(only!.invocations[0]!.executionSuccessful).toBe(false);
    expect(only!.invocations[0]!.toolExecutionNotifications[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("broken.docx");
  });

  it("percent-encodes paths into URI references", () => {
    expect(pathToUri("plans/Kế hoạch 01 & <2024>.txt")).toBe("plans/K%E1%BA%BF%20ho%E1%BA%A1ch%2001%20%26%20%3C2024%3E.txt");
    expect(decodeURIComponent(pathToUri("a b/c#d.md"))).toBe("a b/c#d.md");
  });
});
