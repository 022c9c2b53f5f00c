/**
 * Exit codes, in one place (ESLint's convention):
 *   0  success: every plan parsed (warnings allowed)
 *   1  findings: a plan parsed with errors (schema or extraction errors), or `check` found rule violations at error
 *   2  usage error, or an input that could not be read at all (missing, unreadable, not a plan document, a limit hit)
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;
