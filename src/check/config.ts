/**
 * `cchc check` configuration: `cchc.config.json` (found by walking up from the cwd, or named with --config), then
 * the command line (`--rule id=off|warn|error`, `--max-warnings N`) on top. The file's JSON Schema is generated from
 * the Zod schema below and kept in schema/cchc.config.schema.json.
 */
import { readFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import * as z from "zod";
import { UsageError } from "../errors.js";
import { RULE_IDS, RULES } from "./rules/index.js";
import { RULE_SETTINGS, type RuleSetting } from "./types.js";

export const CONFIG_FILE_NAME = "cchc.config.json";

const ruleSettingSchema = z.enum(RULE_SETTINGS).meta({ description: "off: not run; warn: reported, exit code unchanged; error: exit code 1" });

export const checkConfigSchema = z
  .object({
    $schema: z.string().optional().meta({ description: "The JSON Schema of this file (for editors)" }),
    rules: z
      .strictObject(Object.fromEntries(RULES.map((rule) => [rule.id, ruleSettingSchema.optional().meta({ description: `${rule.description} (default: ${rule.defaultSetting})` })])))
      .optional()
      .meta({ description: "Rule settings by id; a rule not named keeps its default" }),
    maxWarnings: z
      .number()
      .int()
      .min(-1)
      .optional()
      .meta({ description: "Most warnings allowed before `cchc check` exits 1; -1 (the default) = no limit" }),
  })
  .strict()
  .meta({ title: "cchc check configuration", description: "Configuration of `cchc check` (cchc.config.json)" });

export type CheckConfigFile = z.infer<typeof checkConfigSchema>;

export function configJsonSchema(): unknown {
  return z.toJSONSchema(checkConfigSchema, { target: "draft-2020-12", io: "input" });
}

export interface CheckConfig {
  rules: Record<string, RuleSetting>;
  /** -1 = no limit. */
  maxWarnings: number;
  /** The file the configuration came from, if any. */
  file?: string;
}

export function findConfigFile(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function readConfigFile(path: string): CheckConfigFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`${path}: cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = checkConfigSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UsageError(`${path}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`);
  }
  return result.data;
}

/** `--rule id=setting` → [id, setting], refusing unknown rules and settings. */
export function parseRuleFlag(flag: string): [string, RuleSetting] {
  const match = /^\s*([a-z0-9-]+)\s*[=:]\s*([a-z]+)\s*$/.exec(flag);
  if (!match) throw new UsageError(`--rule takes id=off|warn|error, not "${flag}"`);
  const [, id, setting] = match as unknown as [string, string, string];
  if (!RULE_IDS.includes(id)) throw new UsageError(`--rule: unknown rule "${id}" (rules: ${RULE_IDS.join(", ")})`);
  if (!(RULE_SETTINGS as readonly string[]).includes(setting)) throw new UsageError(`--rule ${id}: setting must be off, warn or error, not "${setting}"`);
  return [id, setting as RuleSetting];
}

export function parseMaxWarnings(value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings takes a whole number (-1 = no limit), not "${String(value)}"`);
  return n;
}

export interface ConfigSources {
  cwd: string;
  configPath?: string;
  ruleFlags?: string[];
  maxWarnings?: unknown;
}

export function resolveCheckConfig(sources: ConfigSources): CheckConfig {
  const file = sources.configPath ? resolve(sources.cwd, sources.configPath) : findConfigFile(sources.cwd);
  const fromFile = file ? readConfigFile(file) : {};
  const rules: Record<string, RuleSetting> = Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSetting]));
  for (const [id, setting] of Object.entries(fromFile.rules ?? {})) if (setting) rules[id] = setting as RuleSetting;
  for (const flag of sources.ruleFlags ?? []) {
    const [id, setting] = parseRuleFlag(flag);
    rules[id] = setting;
  }
  const maxWarnings = sources.maxWarnings !== undefined ? parseMaxWarnings(sources.maxWarnings) : (fromFile.maxWarnings ?? -1);
  return { rules, maxWarnings, ...(file ? { file } : {}) };
}
