import { resolve } from 'node:path';
import { readRunState, statePathOf } from '../publish/run-state.js';
import { discardWriter } from './channel-set.js';
import { runInstant, type BuildOptions } from './options.js';
import { driftFailure, strictFailure, type RunFailure } from './publish-gate.js';
import { reportOptionsOf } from './report-options.js';
import { runChannels } from './run-channels.js';
import { runWithReport, type RunResult } from './run-result.js';

/**
 * Checks the catalog against the model and every channel's rules; writes nothing. It fails where build would
 * refuse to publish: errors under strict, nothing publishable, or (with the run state of the output folder)
 * the publish gate. Only parity needs written outputs, so build alone checks it.
 */
export function validateCatalog(options: BuildOptions): Promise<RunResult> {
  const now = runInstant(options);
  return runWithReport(reportOptionsOf(options), async (report) => {
    await runChannels({ options, out: discardWriter, report, now });
    const failure = await failureOf(options, report);
    return { ok: failure === undefined, ...(failure ? { failure } : {}), published: false, now };
  });
}

async function failureOf(options: BuildOptions, report: Parameters<typeof strictFailure>[0]): Promise<RunFailure | undefined> {
  const strict = options.strict ? strictFailure(report) : undefined;
  if (strict) return strict;
  if (report.counts.products.published === 0) {
    return { code: 'E_EMPTY_CATALOG', message: report.counts.products.read === 0 ? 'No product could be read: check the input and its format.' : 'No product could be published: every one has an error.' };
  }
  const out = options.out ?? options.config.out;
  if (options.force || !out) return undefined;
  const previous = await readRunState(statePathOf(resolve(out), options.stateDir));
  return previous ? driftFailure(previous, report.counts, options.config.publish) : undefined;
}
