/**
 * Failures of the environment or of the run itself (a missing file, a refused network connection, a rename
 * that fails). Data problems are never thrown: they are diagnostics. Each error has a stable `code` that
 * callers may match on, and only the CLI turns errors into exit codes.
 */
/**
 * Every code a run can fail with, with when it happens and what to do: thrown as an AgentshelfError, or (for the
 * codes a finished run fails with: E_STRICT, E_EMPTY_CATALOG, E_PARITY, E_MANIFEST, E_LINKS, E_PUBLISH_REFUSED) given as
 * the run result's `failure.code`. docs/errors.md is generated from this table, and the CLI prints the advice
 * under the message.
 */
export const ERROR_CODES = {
  E_CONFIG_NOT_FOUND: {
    when: 'The config file does not exist: --config names a missing file, or there is no agentshelf.config.json in the working directory.',
    todo: 'Pass the path with --config FILE, or run `agentshelf init --from <export>` to write a config for your catalog.',
  },
  E_CONFIG_INVALID: {
    when: 'The config cannot be used: it is not valid JSON (the message gives line and column), a key is unknown or has the wrong type, a rule severity is not allowed, or a file it names (robots.mergeWith) cannot be read.',
    todo: 'Correct the keys the message names; it lists the allowed values and the closest known key. schemas/config.schema.json describes every key, and editors that read "$schema" check the file as you type.',
  },
  E_INPUT_NOT_FOUND: {
    when: 'A catalog input (a file in --input or the config\'s inputs), or a folder given to inject, does not exist.',
    todo: 'Check the path; relative paths in the config resolve against the config file\'s folder, those on the command line against the working directory.',
  },
  E_INPUT_UNREADABLE: {
    when: 'An input exists but cannot be read: no permission, a folder instead of a file, a damaged gzip file, or an HTML page (a login or error page saved instead of the export).',
    todo: 'Check the file\'s permissions and content; download the export again if it is an HTML page or cut short.',
  },
  E_INPUT_FORMAT: {
    when: 'The input\'s format is unknown (--format names no format), or it cannot be told from the file name and content.',
    todo: 'Name the format with --format (or "format" in the config\'s inputs); `agentshelf build --help` lists the formats.',
  },
  E_NO_INPUT: {
    when: 'No catalog input was given: neither --input nor the config\'s inputs name one.',
    todo: 'Add an input to the config\'s "inputs" or pass --input FILE.',
  },
  E_USAGE: {
    when: 'The command line cannot be used: an option\'s value is wrong, --format without --input, an --out that is a file, a report folder that does not exist, an unknown rule name.',
    todo: 'Read the message, then `agentshelf <command> --help` for the options and examples.',
  },
  E_OUT_NOT_OURS: {
    when: 'The output folder holds files agentshelf did not write, and this is the first build into it; or a build into a site (--site) would overwrite a file of the site, such as its own robots.txt.',
    todo: 'Build into an empty folder, or into a built site with --site (its files are kept); for a file of the site that agentshelf would replace, remove it or turn the channel off (robots.mergeWith merges into a site\'s robots.txt).',
  },
  E_PUBLISH_FAILED: {
    when: 'Writing or swapping in the outputs failed (a full disk, a permission, a rename across file systems); the published outputs are as they were.',
    todo: 'Fix the cause the message names and run again; the next run removes what the failed one left behind.',
  },
  E_OUT_LOCKED: {
    when: 'Another live run holds the output folder\'s lock (.<folder>.lock beside it).',
    todo: 'Wait for that run, or pass --wait SECONDS to queue behind it. A lock left by a dead run is taken over by itself; do not delete a live run\'s lock.',
  },
  E_EMPTY_CATALOG: {
    when: 'No product could be published: the input held none, or every one has an error. Nothing is published, so a broken export never replaces good outputs with empty ones.',
    todo: 'Read the report\'s findings (the summary names the most common ones with their fix); check that the input is the catalog and its format is right.',
  },
  E_CHANNEL_UNKNOWN: {
    when: 'The --channels option (or a library caller) names a channel that does not exist.',
    todo: 'Use the channel ids the message lists (the README\'s CLI section names each one).',
  },
  E_HTTP: {
    when: 'Reading an input over HTTP failed: the host could not be reached, timed out, or answered with an error status, after the retries the config allows (sources).',
    todo: 'Check the URL and that the shop is up; raise sources.readTimeoutMs or sources.retries for a slow API. The publish gate keeps the last good outputs meanwhile.',
  },
  E_SOURCE_EMPTY: {
    when: 'A platform export or storefront API holds no product at all (a CSV with only its header, an empty feed, a storefront listing nothing).',
    todo: 'Export again with the products selected; check the URL names the right shop.',
  },
  E_SOURCE_MALFORMED: {
    when: 'A platform source does not have the shape its platform documents (a storefront answer that is not its JSON, an export whose columns are not the platform\'s).',
    todo: 'Check that the input is what its format says (name the format with --format); the message names what was expected.',
  },
  E_STRICT: {
    when: 'The run found errors and --strict (library: strict) is set; nothing was published.',
    todo: 'Fix the error findings the report lists, or run without --strict to publish the good products and leave the bad ones out.',
  },
  E_PARITY: {
    when: 'The outputs disagree: reading them back, a price, availability, URL or identifier differs between two outputs. Nothing was published (verify: the folder is not consistent).',
    todo: 'This is a bug in agentshelf or a file changed by hand: run `agentshelf verify` to see the parity findings, and report the bug with them.',
  },
  E_MANIFEST: {
    when: '`agentshelf verify` found the published folder differs from its file list (agentshelf-files.tsv): a file changed, missing or added after publishing, or no manifest at all.',
    todo: 'Find what changed the files (a deploy step, a hand edit) and build again; a fresh build rewrites the folder and its file list together.',
  },
  E_LINKS: {
    when: '`agentshelf check-links` found broken product or image links.',
    todo: 'Fix the URLs the report names (links/* findings), or their pages on the site; results are cached for links.cacheHours.',
  },
  E_PUBLISH_REFUSED: {
    when: 'The publish gate refused the run: far fewer variants, or far more invalid products, than the last published run (publish.maxVariantDrop, publish.maxInvalidShare). The published outputs are as they were.',
    todo: 'Read the change report in the summary. If the catalog really changed that much, run once with --force; otherwise fix the export or API that lost the products.',
  },
  E_INTERRUPTED: {
    when: 'The run was stopped by SIGINT, SIGTERM or the caller\'s AbortSignal; nothing was published, and the staging folder and lock were removed.',
    todo: 'Run again; nothing needs cleaning up.',
  },
  E_SERVE: {
    when: '`agentshelf serve` could not start: the host cannot be bound, or the folder cannot be loaded as a published build. (A port in use is a usage error.)',
    todo: 'Check --host, and that --dir is a folder `agentshelf build` published (it holds agentshelf.json); the message names the cause.',
  },
} as const satisfies Record<string, { when: string; todo: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AgentshelfError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AgentshelfError';
    this.code = code;
  }
}

export function isAgentshelfError(error: unknown): error is AgentshelfError {
  return error instanceof AgentshelfError;
}
