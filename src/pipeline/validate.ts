import type { BuildOptions } from './options.js';
import { runInstant } from './options.js';
import { runChannels } from './run-channels.js';
import { runWithReport, type RunResult } from './run-result.js';
import { discardWriter } from './channel-set.js';
import { checkRuleOverrides } from './rule-overrides.js';
import { strictFailure } from './publish-gate.js';

/** Checks the catalog against the model and every channel's rules; writes nothing. */
export function validateCatalog(options: BuildOptions): Promise<RunResult> {
  const now = runInstant(options);
  return runWithReport(checkRuleOverrides(options.config.rules), async (report) => {
    await runChannels({ options, out: discardWriter, report, now });
    const failure = options.strict ? strictFailure(report) : undefined;
    return { ok: failure === undefined, ...(failure ? { failure } : {}), published: false, now };
  });
}
