import { resolve } from 'node:path';
import { AgentshelfError } from '../../model/errors.js';
import { buildCatalog } from '../../pipeline/build.js';
import type { BuildOptions } from '../../pipeline/options.js';
import { validateCatalog } from '../../pipeline/validate.js';
import { colors } from '../output.js';
import { progressBar } from '../progress-bar.js';
import { reportResult } from '../report-result.js';
import { inputsArg, loadConfigArg, nowArg, type CatalogArgs } from '../common-options.js';

/** build and validate, loaded only when one of them runs: arguments into options, the library call, the report. */
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
  return reportResult(command, command === 'build' ? await buildCatalog(options) : await validateCatalog(options), args);
}
