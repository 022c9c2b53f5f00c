export interface Mutated {
  bytes: Uint8Array;
  /** What was done, for the failure message. */
  how: string;
}

export function prng(seed: number): () => number;
export function mutate(bytes: Uint8Array, others: Uint8Array[], random: () => number): Mutated;
export function mutateDocxXml(bytes: Uint8Array, others: Uint8Array[], random: () => number): Mutated;
export function mutateDocStreams(bytes: Uint8Array, others: Uint8Array[], random: () => number): Mutated;
export const FIXTURE_GLOBS: ReadonlyArray<readonly [directory: string, extension: string]>;
