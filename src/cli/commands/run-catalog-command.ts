import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { abandonAllSync } from '../../publish/atomic-publish.js';
import { AgentshelfError, isAgentshelfError } from '../../model/errors.js';
import { buildCatalog } from '../../pipeline/build.js';
import type { BuildOptions } from '../../pipeline/options.js';
import { validateCatalog } from '../../pipeline/validate.js';
import { EXIT_INTERRUPTED, EXIT_OK } from '../exit-codes.js';
import { colors } from '../output.js';
import { progressBar } from '../progress-bar.js';
import { reportResult } from '../report-result.js';
import { INFO_LISTED_PER_RULE, inputsArg, loadConfigArg, nowArg, type CatalogArgs } from '../common-options.js';

type Args = CatalogArgs & { out?: string; site?: string; checkLinks?: boolean; wait?: number; cache?: boolean };

/** A run that has not stopped this long after a signal is abandoned: its staging folder and lock removed, the process ended. */
const STOP_GRACE_MS = 10_000;

/** build and validate, loaded only when one of them runs: arguments into options, the library call, the report. */
export async function runCatalogCommand(command: 'build' | 'validate', args: Args): Promise<number> {
  const loaded = await loadConfigArg(args.config);
  const options: BuildOptions = { config: loaded.config };
  const inputs = inputsArg(args);
  if (inputs) options.inputs = inputs;
  if (!inputs && loaded.config.inputs.length === 0) throw new AgentshelfError('E_NO_INPUT', 'No catalog input: pass --input FILE or set "inputs" in the config.');
  if (args.channels) options.channels = args.channels;
  if (args.strict) options.strict = true;
  if (args.threads) options.threads = args.threads;
  if (args.force) options.force = true;
  if (args.state) options.stateDir = resolve(args.state);
  if (args.reportInfo !== 'all') options.infoPerRule = INFO_LISTED_PER_RULE;
  const now = nowArg(args.now);
  if (now) options.now = now;
  // A progress bar only on a terminal, and never with --quiet; colour follows NO_COLOR like the rest.
  if (!args.quiet && process.stderr.isTTY) options.onProgress = progressBar({ stream: process.stderr, c: colors() });
  const reportPath = checkReportPath(args.report);
  if (args.out) options.out = args.out;
  if (command === 'build' && args.site) {
    options.out = args.site;
    options.site = true;
  }
  if (command === 'build') {
    if (args.checkLinks) options.checkLinks = true;
    if (args.wait !== undefined) options.waitMs = Math.round(args.wait * 1000);
    if (args.cache === false) options.cache = false;
    const outDir = options.out ?? loaded.config.out;
    if (outDir) {
      const out = checkOutPath(outDir);
      if (reportPath === out || reportPath.startsWith(`${out}/`)) throw new AgentshelfError('E_USAGE', `The report must not be written inside the published folder ${out}; choose another --report.`);
    }
  }
  const stop = stopOnSignals();
  options.signal = stop.signal;
  try {
    const code = await reportResult(command, command === 'build' ? await buildCatalog(options) : await validateCatalog(options), args);
    // build --site: the outputs are in the site; now each product page gets its JSON-LD (agentshelf inject).
    if (command === 'build' && args.site && code === EXIT_OK) await injectIntoSite(args.site, args.quiet === true);
    return code;
  } catch (error) {
    if (isAgentshelfError(error) && error.code === 'E_INTERRUPTED' && stop.received) {
      process.stderr.write(`agentshelf ${command}: stopped by ${stop.received}; ${command === 'build' ? 'the staging folder and the lock were removed, and the published outputs are as they were' : 'nothing was written'}.\n`);
      return EXIT_INTERRUPTED[stop.received];
    }
    throw error;
  } finally {
    stop.dispose();
  }
}

/**
 * SIGINT and SIGTERM stop the run cleanly: the catalog loop ends, the staging folder and the lock are
 * removed. A second signal, or a run still going after STOP_GRACE_MS, drops them at once and exits.
 */
function stopOnSignals(): { signal: AbortSignal; readonly received: 'SIGINT' | 'SIGTERM' | undefined; dispose(): void } {
  const controller = new AbortController();
  let received: 'SIGINT' | 'SIGTERM' | undefined;
  let timer: NodeJS.Timeout | undefined;
  const now = (signal: 'SIGINT' | 'SIGTERM') => {
    abandonAllSync();
    process.stderr.write(`agentshelf: stopped by ${signal}; the staging folder and the lock were removed.\n`);
    process.exit(EXIT_INTERRUPTED[signal]);
  };
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    if (received) return now(signal);
    received = signal;
    controller.abort(signal);
    timer = setTimeout(() => now(signal), STOP_GRACE_MS);
    timer.unref();
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose() {
      if (timer) clearTimeout(timer);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

/** The report's path, checked before the run: its folder is made, and it must not be a folder itself. */
function checkReportPath(path: string): string {
  const report = resolve(path);
  if (isDirectory(report)) throw new AgentshelfError('E_USAGE', `--report ${path} is a folder; name a file, such as ${path.replace(/\/$/, '')}/agentshelf-report.json.`);
  try {
    mkdirSync(dirname(report), { recursive: true });
  } catch (error) {
    throw new AgentshelfError('E_USAGE', `Cannot create the folder of --report ${path}: ${plain(error)}.`);
  }
  return report;
}

/** The output folder's path, checked before the run: it must be a folder (or not exist yet), under a path of folders. */
function checkOutPath(path: string): string {
  const out = resolve(path);
  try {
    if (!statSync(out).isDirectory()) throw new AgentshelfError('E_USAGE', `--out ${path} is a file; the output is a folder of its own.`);
  } catch (error) {
    if (isAgentshelfError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw new AgentshelfError('E_USAGE', `--out ${path}: a part of the path is a file, not a folder.`);
    if (code !== 'ENOENT') throw new AgentshelfError('E_USAGE', `--out ${path}: ${plain(error)}.`);
  }
  return out;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function plain(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = { EACCES: 'permission denied', EROFS: 'the file system is read-only', ENOTDIR: 'a part of the path is a file, not a folder', EEXIST: 'a file is in the way' };
  return (e.code && reasons[e.code]) ?? e.message;
}

async function injectIntoSite(site: string, quiet: boolean): Promise<void> {
  const [{ injectJsonLd }, { formatInjectSummary }] = await Promise.all([import('../../publish/inject/index.js'), import('./inject.js')]);
  const result = await injectJsonLd({ site });
  if (!quiet) process.stderr.write(formatInjectSummary(result, { dryRun: false, c: colors() }));
}
