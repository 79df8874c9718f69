import { resolve } from 'node:path';
import { selectChannels } from '../channels/registry.js';
import { AgentshelfError } from '../model/errors.js';
import { abortPublish, beginPublish, commitPublish, MANIFEST_FILE, type PublishTarget } from '../publish/atomic-publish.js';
import { buildManifest } from '../publish/manifest.js';
import { FactTable } from '../publish/parity/fact-table.js';
import { checkParity } from '../publish/parity/parity-check.js';
import { canScanInWorker, scanInWorker } from '../publish/parity/scan-in-worker.js';
import type { RunReport } from '../publish/run-report.js';
import { mergeWritten, StagingFolder } from '../publish/staging.js';
import { checkLinksInto } from './check-links.js';
import { runInstant, type BuildOptions } from './options.js';
import { publishGate } from './publish-gate.js';
import { checkRuleOverrides } from './rule-overrides.js';
import { OFFER_CHANNELS, PARITY_WORKER_CHANNELS, runChannels, threadsOf } from './run-channels.js';
import { runWithReport, type RunResult } from './run-result.js';
import { AGENTSHELF_VERSION } from './version.js';

/**
 * Builds every selected channel into a staging folder and publishes it atomically: the previous outputs
 * stay in place unless the whole run succeeds.
 */
export async function buildCatalog(options: BuildOptions): Promise<RunResult> {
  const outDir = options.out ?? options.config.out;
  if (!outDir) throw new AgentshelfError('E_USAGE', 'No output folder: pass --out DIR or set "out" in the config.');
  const out = resolve(outDir);
  const now = runInstant(options);
  return runWithReport(checkRuleOverrides(options.config.rules), async (report) => {
    let target: PublishTarget | undefined;
    try {
      target = await beginPublish(out);
      const staging = new StagingFolder(target.staging);
      const reference = selectChannels(options.channels).some((c) => OFFER_CHANNELS.has(c.id)) ? new FactTable() : undefined;
      const { channels, written: laneWritten } = await runChannels({ options, out: staging, report, now, reference });
      const written = laneWritten ? mergeWritten(staging.written(), laneWritten) : staging.written();
      const parityFindings = reference ? await checkStagedParity(report, { options, root: target.staging, now, reference }) : 0;
      if (options.checkLinks) await checkLinksInto(report, { root: target.staging, config: options.config, now });
      const failure = publishGate({ parityFindings, strict: options.strict === true, report });
      if (failure) {
        await abortPublish(target);
        return { ok: false, failure, published: false, out, now };
      }
      await staging.writeFile(MANIFEST_FILE, buildManifest({ channels, written, summary: report.summary(), version: AGENTSHELF_VERSION }));
      await commitPublish(target);
      return { ok: true, published: true, out, now };
    } catch (error) {
      if (target) await abortPublish(target).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Reads the staged offer outputs back and compares them with the model's facts; with two threads the lane's
 * outputs are read in a worker. Returns the number of findings, which are in the report.
 */
async function checkStagedParity(report: RunReport, input: { options: BuildOptions; root: string; now: string; reference: FactTable }): Promise<number> {
  const { reference, root } = input;
  const now = Date.parse(input.now);
  const elsewhere = threadsOf(input.options) > 1 && canScanInWorker() ? { elsewhere: scanInWorker({ reference, root, now, channels: PARITY_WORKER_CHANNELS }) } : {};
  const parity = await checkParity({ root, now, reference, ...elsewhere });
  reference.clear();
  for (const d of parity.diagnostics) report.report(d);
  report.setParity({ outputs: parity.outputs, comparisons: parity.comparisons, findings: parity.diagnostics.length });
  return parity.diagnostics.length;
}
