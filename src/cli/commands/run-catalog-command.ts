import { resolve } from 'node:path';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { AgentshelfError } from '../../model/errors.js';
import { buildCatalog, validateCatalog, type BuildOptions, type RunResult } from '../../pipeline/build.js';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import { colors } from '../output.js';
import { formatSummary } from '../summary.js';
import { progressBar } from '../progress-bar.js';
import { inputsArg, loadConfigArg, nowArg, type CatalogArgs } from '../common-options.js';

/** build and validate: parse arguments into options, call the library, report, pick the exit code. */
export async function runCatalogCommand(command: 'build' | 'validate', args: CatalogArgs & { out?: string; checkLinks?: boolean }): Promise<number> {
  const loaded = await loadConfigArg(args.config);
  const options: BuildOptions = { config: loaded.config };
  const inputs = inputsArg(args);
  if (inputs) options.inputs = inputs;
  if (!inputs && loaded.config.inputs.length === 0) throw new AgentshelfError('E_NO_INPUT', 'No catalog input: pass --input FILE or set "inputs" in the config.');
  if (args.channels) options.channels = args.channels;
  if (args.strict) options.strict = true;
  if (args.threads) options.threads = args.threads;
  const now = nowArg(args.now);
  if (now) options.now = now;
  // A progress bar only on a terminal, and never with --quiet; colour follows NO_COLOR like the rest.
  if (!args.quiet && process.stderr.isTTY) options.onProgress = progressBar({ stream: process.stderr, c: colors() });
  const reportPath = resolve(args.report);
  if (command === 'build') {
    if (args.out) options.out = args.out;
    if (args.checkLinks) options.checkLinks = true;
    const out = resolve(options.out ?? loaded.config.out ?? '');
    if ((options.out ?? loaded.config.out) && (reportPath === out || reportPath.startsWith(`${out}/`))) {
      throw new AgentshelfError('E_USAGE', `The report must not be written inside the published folder ${out}; choose another --report.`);
    }
  }
  const result: RunResult = command === 'build' ? await buildCatalog(options) : await validateCatalog(options);
  try {
    await result.writeReport(reportPath);
    if (!args.quiet) process.stderr.write(formatSummary(result, { command, reportPath, c: colors() }));
    else if (result.failure) process.stderr.write(`agentshelf ${command}: ${result.failure.message}\n`);
    if (args.json) await pipeline(createReadStream(reportPath), process.stdout, { end: false });
  } finally {
    await result.dispose();
  }
  return result.ok ? EXIT_OK : EXIT_FAILED;
}
