/** `cchc merge out1/ out2/ … -o all/`: shard outputs of a batch combined into one tasks.csv and report.json. */
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { batchExitCode } from "./exit.js";

interface MergeCommandOptions {
  output?: string;
}

export function register(program: Command, run: (code: Promise<number>) => void): void {
  program
    .command("merge")
    .description("combine the output folders of a sharded batch (--shard i/n) into one tasks.csv and report.json")
    .argument("<folders...>", "batch output folders (each with report.json)")
    .requiredOption("-o, --output <dir>", "folder to write the merged tasks.csv and report.json into")
    .action((folders: string[], options: MergeCommandOptions) => {
      const output = options.output;
      if (!output) throw new UsageError("merge needs -o DIR");
      run(import("../batch/merge.js").then(async (m) => batchExitCode({ totals: await m.mergeOutputs(folders, output), interrupted: false })));
    });
}
