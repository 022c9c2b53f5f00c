/**
 * The two file calls a single parse makes, on node:fs rather than node:fs/promises: loading node:fs/promises costs
 * every start about 2 ms (it brings the stream and readline machinery along), a tenth of what `cchc parse plan.txt`
 * spends beyond Node's own start-up. Modules off that path (batch, check, the writers) use node:fs/promises.
 */
import { readFile as readFileCallback, stat as statCallback } from "node:fs";
import { promisify } from "node:util";

export const stat = promisify(statCallback);
export const readFile = promisify(readFileCallback);
