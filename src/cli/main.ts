/**
 * The commander program. It calls the library API exactly as a user's script would; nothing here knows how parsing
 * works. Errors become one line on stderr and an exit code (see exit.ts), never a stack trace.
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { register as registerCheck } from "./check.js";
import { OutputError, UsageError } from "../errors.js";
import { EXIT_FAILURE, EXIT_OK } from "./exit.js";
import { register as registerMerge } from "./merge.js";
import { registerParse } from "./parse.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/**
 * Colour: `--no-color` first, then FORCE_COLOR (chalk reads it), then NO_COLOR (https://no-color.org), then whether
 * the stream is a terminal. chalk knows all but NO_COLOR, which becomes FORCE_COLOR=0 before chalk is loaded (it
 * reads the environment once); the worker processes inherit it.
 */
function honourNoColor(argv: string[]): void {
  if (argv.includes("--no-color") || (process.env.NO_COLOR && process.env.FORCE_COLOR === undefined)) process.env.FORCE_COLOR = "0";
}

/** One line on stderr; a stderr that is gone (closed by its reader) has nobody left to tell. */
function say(line: string): void {
  try {
    process.stderr.on("error", () => {});
    process.stderr.write(`${line}\n`);
  } catch {
    // Nothing more to do.
  }
}

export async function main(argv: string[]): Promise<number> {
  honourNoColor(argv);
  let pending: Promise<number> | undefined;
  const run = (work: Promise<number>) => {
    pending = work;
  };
  const program = new Command()
    .name("cchc")
    .description("Parse Vietnamese administrative-reform plans (Kế hoạch cải cách hành chính) into typed task records.")
    .version(version(), "-v, --version")
    .option("--no-color", "no colours on stdout or stderr (also NO_COLOR=1; FORCE_COLOR=1 forces them)")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, "cchc: ")) })
    .showHelpAfterError("(run cchc --help for usage)");

  registerParse(program, run);
  program
    .command("schema")
    .description("print the JSON Schema of the output")
    .action(async () => {
      const { planJsonSchema } = await import("../schema/plan.js");
      process.stdout.write(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    });
  registerCheck(program, run);
  registerMerge(program, run);

  try {
    await program.parseAsync(argv);
    return pending ? await pending : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
    if (error instanceof UsageError || error instanceof OutputError) {
      say(`cchc: ${error.message}`);
      return EXIT_FAILURE;
    }
    throw error;
  }
}
