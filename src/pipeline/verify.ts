import { checkParity } from '../publish/parity/parity-check.js';
import { publishedFolder } from './published-folder.js';
import { runWithReport, type RunResult } from './run-result.js';

/**
 * Reads a published output folder back and checks that its outputs agree on every variant's prices,
 * currency, availability, URL and unit price, as judged at `now` (a sale window is read against it).
 */
export async function verifyOutputs(options: { out: string; now?: Date }): Promise<RunResult> {
  const out = await publishedFolder(options.out);
  const now = (options.now ?? new Date()).toISOString();
  return runWithReport(undefined, async (report) => {
    const parity = await checkParity({ root: out, now: Date.parse(now) });
    for (const d of parity.diagnostics) report.report(d);
    report.setParity({ outputs: parity.outputs, comparisons: parity.comparisons, findings: parity.diagnostics.length });
    const ok = parity.diagnostics.length === 0;
    return { ok, ...(ok ? {} : { failure: { code: 'E_PARITY', message: `${parity.diagnostics.length} parity finding(s): the outputs disagree.` } }), published: false, out, now };
  });
}
