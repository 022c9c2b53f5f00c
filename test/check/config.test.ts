import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { UsageError } from "../../src/errors.js";
import { checkConfigSchema, configJsonSchema, findConfigFile, parseRuleFlag, resolveCheckConfig } from "../../src/check/config.js";
import { RULES } from "../../src/check/rules/index.js";

const root = new URL("../../", import.meta.url).pathname;
const schemaPath = join(root, "schema/cchc.config.schema.json");

describe("cchc.config.json schema", () => {
  it("is committed as generated from the Zod schema (UPDATE_SCHEMAS=1 rewrites it)", () => {
    const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMAS === "1") {
      mkdirSync(join(root, "schema"), { recursive: true });
      writeFileSync(schemaPath, generated);
    }
    expect(readFileSync(schemaPath, "utf8")).toBe(generated);
  });
  it("names every rule and the three settings, and refuses unknown keys", () => {
    const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
    expect(schema.additionalProperties).toBe(false);
    const rules = schema.properties.rules;
    expect(Object.keys(rules.properties).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(rules.additionalProperties).toBe(false);
    expect(rules.properties["no-tasks"].enum).toEqual(["off", "warn", "error"]);
    expect(schema.properties.maxWarnings.minimum).toBe(-1);
  });
  it("accepts the documented example and refuses typos", () => {
    expect(checkConfigSchema.parse({ rules: { "task-without-lead": "off" }, maxWarnings: 10 })).toEqual({ rules: { "task-without-lead": "off" }, maxWarnings: 10 });
    expect(checkConfigSchema.safeParse({ rules: { "task-without-leed": "off" } }).success).toBe(false);
    expect(checkConfigSchema.safeParse({ rules: { "no-tasks": "warning" } }).success).toBe(false);
    expect(checkConfigSchema.safeParse({ maxWarning: 3 }).success).toBe(false);
    expect(z.toJSONSchema).toBeTypeOf("function");
  });
});

describe("resolveCheckConfig", () => {
  const tree = () => {
    const top = mkdtempSync(join(tmpdir(), "cchc-config-"));
    const deep = join(top, "a", "b");
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(top, "cchc.config.json"), JSON.stringify({ rules: { "task-without-lead": "off", "numbering": "error" }, maxWarnings: 10 }));
    return { top, deep };
  };

  it("finds the file by walking up from the cwd and applies it over the defaults", () => {
    const { top, deep } = tree();
    expect(findConfigFile(deep)).toBe(join(top, "cchc.config.json"));
    const config = resolveCheckConfig({ cwd: deep });
    expect(config.rules["task-without-lead"]).toBe("off");
    expect(config.rules.numbering).toBe("error");
    expect(config.rules["no-tasks"]).toBe("error");
    expect(config.maxWarnings).toBe(10);
  });
  it("lets --rule and --max-warnings override the file", () => {
    const { deep } = tree();
    const config = resolveCheckConfig({ cwd: deep, ruleFlags: ["numbering=off", "no-tasks=warn"], maxWarnings: "0" });
    expect([config.rules.numbering, config.rules["no-tasks"], config.maxWarnings]).toEqual(["off", "warn", 0]);
  });
  it("uses --config instead of searching, and defaults without any file", () => {
    const { top } = tree();
    const other = join(top, "other.json");
    writeFileSync(other, JSON.stringify({ maxWarnings: 3 }));
    expect(resolveCheckConfig({ cwd: join(top, "a"), configPath: other }).rules["task-without-lead"]).toBe("warn");
    const bare = mkdtempSync(join(tmpdir(), "cchc-noconfig-"));
    if (findConfigFile(bare) === undefined) expect(resolveCheckConfig({ cwd: bare }).maxWarnings).toBe(-1);
  });
  it("refuses bad files and flags as usage errors", () => {
    const { top } = tree();
    const bad = join(top, "bad.json");
    writeFileSync(bad, JSON.stringify({ rules: { "no-such-rule": "off" } }));
    expect(() => resolveCheckConfig({ cwd: top, configPath: bad })).toThrow(UsageError);
    writeFileSync(bad, "{ not json");
    expect(() => resolveCheckConfig({ cwd: top, configPath: bad })).toThrow(/not valid JSON/);
    expect(() => parseRuleFlag("no-tasks")).toThrow(UsageError);
    expect(() => parseRuleFlag("nope=off")).toThrow(/unknown rule/);
    expect(() => parseRuleFlag("no-tasks=fatal")).toThrow(/off, warn or error/);
    expect(parseRuleFlag("no-tasks=warn")).toEqual(["no-tasks", "warn"]);
    expect(() => resolveCheckConfig({ cwd: top, maxWarnings: "many" })).toThrow(UsageError);
  });
});
