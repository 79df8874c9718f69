import { checkParity } from '../publish/parity/parity-check.js';
import { checkManifest } from '../publish/manifest-check/check-manifest.js';
import { publishedFolder } from './published-folder.js';
import { runWithReport, type RunResult } from './run-result.js';

/**
 * Reads a published output folder back and checks it two ways: its files against the manifest (each file's
 * digest; none missing, none added), and its outputs against each other (every variant's prices, currency,
 * availability, URL and unit price, as judged at `now`: a sale window is read against it).
 */
export async function verifyOutputs(options: { out: string; now?: Date }): Promise<RunResult> {
  const out = await publishedFolder(options.out);
  const now = (options.now ?? new Date()).toISOString();
  return runWithReport({}, async (report) => {
    const manifest = await checkManifest(out);
    for (const d of manifest.diagnostics) report.report(d);
    const parity = await checkParity({ root: out, now: Date.parse(now) });
    for (const d of parity.diagnostics) report.report(d);
    report.setParity({ outputs: parity.outputs, comparisons: parity.comparisons, findings: parity.diagnostics.length });
    const failures = [
      ...(manifest.diagnostics.length > 0 ? [`${manifest.diagnostics.length} file(s) differ from the manifest`] : []),
      ...(parity.diagnostics.length > 0 ? [`${parity.diagnostics.length} parity finding(s): the outputs disagree`] : []),
    ];
    const ok = failures.length === 0;
    return { ok, ...(ok ? {} : { failure: { code: parity.diagnostics.length > 0 ? 'E_PARITY' : 'E_MANIFEST', message: `${failures.join('; ')}.` } }), published: false, out, now };
  });
}
