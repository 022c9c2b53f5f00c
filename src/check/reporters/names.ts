/** Reporter names alone, for the command line's option list without loading the reporters. */
export const REPORTERS = ["pretty", "json", "junit", "github", "sarif"] as const;
export type ReporterName = (typeof REPORTERS)[number];
