import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Channel, ChannelAssets, ChannelRun, OutputStream, OutputWriter } from '../channels/channel.js';
import { selectChannels } from '../channels/registry.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { AgentshelfError } from '../model/errors.js';
import { abortPublish, beginPublish, commitPublish, MANIFEST_FILE, type PublishTarget } from '../publish/atomic-publish.js';
import { buildManifest } from '../publish/manifest.js';
import { RunReport, type ReportSummary } from '../publish/run-report.js';
import { StagingFolder } from '../publish/staging.js';
import { readInputs, type InputSpec } from '../sources/read-inputs.js';
import { resolveCatalog } from './resolve-catalog.js';

export interface Progress {
  productsRead: number;
  variantsRead: number;
  /** Bytes of input read so far and in all, when known, for an ETA. */
}

export interface BuildOptions {
  config: ResolvedConfig;
  /** Catalog inputs; the config's inputs when absent. */
  inputs?: InputSpec[];
  /** Output folder; the config's out when absent. Ignored by validate. */
  out?: string;
  /** Channel ids; all when absent. */
  channels?: string[];
  /** Any error diagnostic fails the run, and nothing is published. */
  strict?: boolean;
  /** The instant sale windows are judged against; the config's `now`, else the time the run starts. */
  now?: Date;
  /** Called every few hundred products. */
  onProgress?: (progress: Progress) => void;
}

export interface RunResult {
  /** The run succeeded: for build, the outputs were published. */
  ok: boolean;
  /** Why the run failed, when it did because of the data (strict errors, an empty catalog). */
  failure?: { code: string; message: string };
  published: boolean;
  out?: string;
  now: string;
  summary: ReportSummary;
  /** Every diagnostic, in order, read back from the report's temporary file. */
  diagnostics(): AsyncIterable<Diagnostic>;
  /** Writes the JSON report. */
  writeReport(path: string): Promise<void>;
  /** Removes the temporary files behind diagnostics() and writeReport(). */
  dispose(): Promise<void>;
}

const PROGRESS_EVERY = 250;

/** Validates and resolves the catalog and runs the channels into a writer; shared by build and validate. */
async function runChannels(options: BuildOptions, out: OutputWriter, report: RunReport, nowIso: string): Promise<Channel[]> {
  const channels = selectChannels(options.channels);
  const inputs = options.inputs ?? options.config.inputs.map((path) => ({ path }));
  const now = { iso: nowIso, epochMs: Date.parse(nowIso) };
  const assets = await readAssets(options.config);
  const runs: Array<{ channel: Channel; run: ChannelRun }> = channels.map((channel) => ({
    channel,
    run: channel.open({ config: options.config, assets, now, out, diagnostics: report }),
  }));
  const { counts } = report;
  for await (const entry of resolveCatalog(readInputs(inputs), { config: options.config, nowMs: now.epochMs })) {
    for (const d of entry.diagnostics) report.report(d);
    if (!entry.readable) {
      counts.unreadableRecords++;
      continue;
    }
    counts.products.read++;
    counts.variants.read += entry.variantsRead;
    if (entry.product) {
      counts.products.published++;
      counts.variants.published += entry.product.variants.length;
      for (const { run } of runs) await run.add(entry.product);
    }
    if (options.onProgress && counts.products.read % PROGRESS_EVERY === 0) {
      options.onProgress({ productsRead: counts.products.read, variantsRead: counts.variants.read });
    }
  }
  counts.products.leftOut = counts.products.read - counts.products.published;
  counts.variants.leftOut = counts.variants.read - counts.variants.published;
  for (const { channel, run } of runs) {
    const summary = await run.close();
    report.addChannel({ id: channel.id, spec: channel.spec, ...summary });
  }
  return channels;
}

/** Reads the files channels build on; a missing one is a usage problem, reported before anything is written. */
async function readAssets(config: ResolvedConfig): Promise<ChannelAssets> {
  const assets: ChannelAssets = {};
  if (config.robots.mergeWith) {
    assets.robotsTxt = await readFile(config.robots.mergeWith, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new AgentshelfError('E_CONFIG_INVALID', `robots.mergeWith: cannot read ${config.robots.mergeWith}: ${error.message}`, { cause: error });
    });
  }
  return assets;
}

function nowOf(options: BuildOptions): string {
  if (options.now) return options.now.toISOString();
  if (options.config.now) return new Date(options.config.now).toISOString();
  return new Date().toISOString();
}

function result(report: RunReport, fields: Omit<RunResult, 'summary' | 'diagnostics' | 'writeReport' | 'dispose'>): RunResult {
  return {
    ...fields,
    summary: report.summary(),
    diagnostics: () => report.diagnostics(),
    writeReport: (path) => report.writeTo(path, { agentshelf: AGENTSHELF_VERSION, ok: fields.ok, failure: fields.failure, published: fields.published, out: fields.out, now: fields.now }),
    dispose: () => report.dispose(),
  };
}

export const AGENTSHELF_VERSION = '0.1.0';

/** A writer that keeps nothing: validate runs every channel's rules without writing outputs. */
const discard: OutputWriter = {
  open(): OutputStream {
    return { write: () => undefined, close: async () => undefined };
  },
  writeFile: () => undefined,
};

/** Checks the catalog against the model and every channel's rules; writes nothing. */
export async function validateCatalog(options: BuildOptions): Promise<RunResult> {
  const report = await RunReport.create();
  const now = nowOf(options);
  try {
    await runChannels(options, discard, report, now);
  } catch (error) {
    await report.dispose();
    throw error;
  }
  const strictFailure = options.strict && report.severities.error > 0;
  return result(report, {
    ok: !strictFailure,
    ...(strictFailure ? { failure: strictError(report) } : {}),
    published: false,
    now,
  });
}

function strictError(report: RunReport): { code: string; message: string } {
  return { code: 'E_STRICT', message: `${report.severities.error} error(s) were found and --strict is set.` };
}

/**
 * Builds every selected channel into a staging folder and publishes it atomically: the previous outputs
 * stay in place unless the whole run succeeds.
 */
export async function buildCatalog(options: BuildOptions): Promise<RunResult> {
  const outDir = options.out ?? options.config.out;
  if (!outDir) throw new AgentshelfError('E_USAGE', 'No output folder: pass --out DIR or set "out" in the config.');
  const out = resolve(outDir);
  const now = nowOf(options);
  const report = await RunReport.create();
  let target: PublishTarget | undefined;
  try {
    target = await beginPublish(out);
    const staging = new StagingFolder(target.staging);
    const channels = await runChannels(options, staging, report, now);
    await staging.settle();
    let failure: { code: string; message: string } | undefined;
    if (options.strict && report.severities.error > 0) failure = strictError(report);
    else if (report.counts.products.published === 0) {
      failure = { code: 'E_EMPTY_CATALOG', message: 'No product could be published; the previous outputs are kept.' };
    }
    if (failure) {
      await abortPublish(target);
      return result(report, { ok: false, failure, published: false, out, now });
    }
    await staging.writeFile(MANIFEST_FILE, buildManifest({ channels, staging, summary: report.summary(), version: AGENTSHELF_VERSION }));
    await staging.settle();
    await commitPublish(target);
    return result(report, { ok: true, published: true, out, now });
  } catch (error) {
    if (target) await abortPublish(target).catch(() => undefined);
    await report.dispose();
    throw error;
  }
}
