/**
 * The commander program. It calls the library API exactly as a user's script would; nothing here knows how parsing
 * works. Errors become one line on stderr and an exit code (see exit.ts), never a stack trace.
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { releaseReaders } from "../read/index.js";
import { planJsonSchema } from "../schema/plan.js";
import { EXIT_FAILURE, EXIT_OK, UsageError } from "./exit.js";
import { registerParse } from "./parse.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

export async function main(argv: string[]): Promise<number> {
  let pending: Promise<number> | undefined;
  const run = (work: Promise<number>) => {
    pending = work;
  };
  const program = new Command()
    .name("cchc")
    .description("Parse Vietnamese administrative-reform plans (Kế hoạch cải cách hành chính) into typed task records.")
    .version(version(), "-v, --version")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, "cchc: ")) })
    .showHelpAfterError("(run cchc --help for usage)");

  registerParse(program, run);
  program
    .command("schema")
    .description("print the JSON Schema of the output")
    .action(() => {
      process.stdout.write(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    });
  await registerOptional(program, run);

  try {
    await program.parseAsync(argv);
    return pending ? await pending : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
    if (error instanceof UsageError) {
      process.stderr.write(`cchc: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  } finally {
    await releaseReaders();
  }
}

/** Commands whose modules are loaded only to register themselves (batch tools). */
async function registerOptional(program: Command, run: (code: Promise<number>) => void): Promise<void> {
  for (const name of ["check", "merge"]) {
    try {
      const module = (await import(`./${name}.js`)) as { register?: (p: Command, r: (c: Promise<number>) => void) => void };
      module.register?.(program, run);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw error;
    }
  }
}
