import { ERROR_CODES, type ErrorCode } from '../model/errors.js';
import { EXIT_INTERRUPTED, exitCodeForError, exitCodeForResult } from './exit-codes.js';
import { AgentshelfError } from '../model/errors.js';

/** The codes a finished run reports as its failure (the rest are thrown). */
const RUN_FAILURES: ReadonlySet<ErrorCode> = new Set(['E_STRICT', 'E_EMPTY_CATALOG', 'E_PARITY', 'E_MANIFEST', 'E_LINKS', 'E_PUBLISH_REFUSED']);

/** The CLI's exit code for an error code, as exit-codes.ts decides it. */
export function exitCodeOf(code: ErrorCode): string {
  if (code === 'E_INTERRUPTED') return `${EXIT_INTERRUPTED.SIGINT} or ${EXIT_INTERRUPTED.SIGTERM}`;
  // E_EMPTY_CATALOG is both thrown (a source with nothing in it) and a run's failure; both exit 1.
  return String(RUN_FAILURES.has(code) ? exitCodeForResult({ ok: false, failure: { code } }) : exitCodeForError(new AgentshelfError(code, '')));
}

/** docs/errors.md: every error code with when it happens, the exit code and what to do, from ERROR_CODES. */
export function renderErrorDocs(): string {
  const lines = [
    '# agentshelf error codes',
    '',
    'Problems in the catalog are never errors: they are diagnostics in the report, each naming its rule ([docs/rules/](rules/README.md)). A run fails with one of these codes when something else goes wrong: the environment (a missing file, a locked folder, an unreachable API) or the run as a whole (errors under `--strict`, nothing publishable, outputs that disagree). The library throws the first kind as `AgentshelfError` with `code`, and gives the second as the result\'s `failure.code`; the CLI prints the message, the code and what to do, and exits with the code below.',
    '',
    'Generated from `ERROR_CODES` in `src/model/errors.ts`; do not edit by hand (run `UPDATE_DOCS=1 npx vitest run src/cli/error-docs.test.ts`).',
    '',
    '| code | exit | how it is given |',
    '|---|---|---|',
  ];
  const codes = Object.keys(ERROR_CODES) as ErrorCode[];
  for (const code of codes) lines.push(`| [${code}](#${code.toLowerCase()}) | ${exitCodeOf(code)} | ${RUN_FAILURES.has(code) ? 'the run\'s `failure.code`' : 'thrown `AgentshelfError`'} |`);
  lines.push('');
  for (const code of codes) {
    const { when, todo } = ERROR_CODES[code];
    lines.push(`## ${code}`, '', `**When:** ${when}`, '', `**What to do:** ${todo}`, '', `Exit code: ${exitCodeOf(code)}.`, '');
  }
  return lines.join('\n');
}
