import { isAgentshelfError } from '../model/errors.js';

/**
 * Exit codes, decided here and nowhere else (documented in the README for cron and CI):
 * 0: the run succeeded (build: outputs published; findings below --strict do not change this).
 * 1: the run failed: errors under --strict, no publishable product, an input or output failure.
 * 2: usage: bad arguments, or a config file that is missing or invalid.
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const USAGE_CODES = new Set(['E_USAGE', 'E_CONFIG_NOT_FOUND', 'E_CONFIG_INVALID', 'E_CHANNEL_UNKNOWN', 'E_INPUT_FORMAT', 'E_NO_INPUT']);

export function exitCodeForError(error: unknown): number {
  return isAgentshelfError(error) && USAGE_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILED;
}

/** Printed under every --help, so cron and CI authors see the codes where they look. */
export const EXIT_CODES_HELP = `Exit codes:
  0  success (build: outputs published)
  1  the run failed: errors under --strict, nothing publishable, an input or output failure
  2  usage: bad arguments, or a missing or invalid config`;
