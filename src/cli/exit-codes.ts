import { isAgentshelfError } from '../model/errors.js';

/**
 * Exit codes, decided here and nowhere else (documented in the README for cron and CI):
 * 0: the run succeeded (build: outputs published; findings below --strict do not change this).
 * 1: the run failed: errors under --strict, no publishable product, outputs that disagree, an input or output failure.
 * 2: usage: bad arguments, or a config file that is missing or invalid.
 * 3: build: the publish gate refused the run (far fewer variants, or far more invalid products, than last
 *    time); the published outputs are as they were. --force publishes anyway.
 * 130, 143: stopped by SIGINT or SIGTERM (128 + the signal's number, as shells report it); nothing published.
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_REFUSED = 3;
export const EXIT_INTERRUPTED: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };

/** The exit code of a run that ended with a result. */
export function exitCodeForResult(result: { ok: boolean; failure?: { code: string } }): number {
  if (result.ok) return EXIT_OK;
  return result.failure?.code === 'E_PUBLISH_REFUSED' ? EXIT_REFUSED : EXIT_FAILED;
}

const USAGE_CODES = new Set(['E_USAGE', 'E_CONFIG_NOT_FOUND', 'E_CONFIG_INVALID', 'E_CHANNEL_UNKNOWN', 'E_INPUT_FORMAT', 'E_NO_INPUT']);

export function exitCodeForError(error: unknown): number {
  // The catalog commands map a stop to the signal that caused it; anything else stopped counts as Ctrl-C.
  if (isAgentshelfError(error) && error.code === 'E_INTERRUPTED') return EXIT_INTERRUPTED.SIGINT;
  return isAgentshelfError(error) && USAGE_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILED;
}

/** Printed under every --help, so cron and CI authors see the codes where they look. */
export const EXIT_CODES_HELP = `Exit codes:
  0    success (build: outputs published)
  1    the run failed: errors under --strict, nothing publishable, outputs that disagree, an input or output failure
  2    usage: bad arguments, or a missing or invalid config
  3    build: refused by the publish gate (far fewer variants or far more invalid products than the last run); --force overrides
  130  stopped by Ctrl-C (SIGINT); 143: stopped by SIGTERM. Nothing is published; the staging folder and lock are removed`;
