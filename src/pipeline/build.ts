import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import type { Channel, ChannelAssets, ChannelRun, OutputWriter } from '../channels/channel.js';
import { channelContext, CHANNELS, selectChannels } from '../channels/registry.js';
import type { ResolvedConfig } from '../model/resolved-config.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { AgentshelfError } from '../model/errors.js';
import { abortPublish, beginPublish, commitPublish, MANIFEST_FILE, type PublishTarget } from '../publish/atomic-publish.js';
import { buildManifest } from '../publish/manifest.js';
import { RunReport, type ChannelReport, type ReportSummary } from '../publish/run-report.js';
import { mergeWritten, StagingFolder, type WrittenOutputs } from '../publish/staging.js';
import { checkParity } from '../publish/parity/parity-check.js';
import { OUTPUT_READERS } from '../publish/parity/readers.js';
import { canScanInWorker, scanInWorker } from '../publish/parity/scan-in-worker.js';
import { checkLinks } from '../publish/links/check-links.js';
import { FactTable } from '../publish/parity/fact-table.js';
import { factsOfVariant } from '../publish/parity/offer-facts.js';
import { HttpClient } from '../sources/http/http-client.js';
import type { ReadContext } from '../sources/read-context.js';
import { inputBytes, readInputs, type InputSpec } from '../sources/read-inputs.js';
import { resolveCatalog } from './resolve-catalog.js';
import { ChannelLane, InThreadBackend } from './channel-lane.js';
import { ChannelSet, discardWriter } from './channel-set.js';
import { WorkerBackend } from './worker-backend.js';
import { fixFor } from '../model/rule.js';
import { ALL_RULES } from './rule-registry.js';
import { checkRuleOverrides } from './rule-overrides.js';

export interface Progress {
  productsRead: number;
  variantsRead: number;
  /** Bytes of input read so far. */
  bytesRead: number;
  /** Bytes of input in all, when every input is a file (for an ETA). */
  totalBytes?: number;
  /** The run is over; the last call. */
  done?: boolean;
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
  /** Check every product and image URL before publishing (links/* findings; errors fail the run under strict). */
  checkLinks?: boolean;
  /**
   * 2 runs the lane channels (LANE_CHANNELS) in a worker thread beside the main thread; 1 runs everything in
   * this thread. Outputs and report are the same either way. Default: 2 when the machine has two cores or more.
   */
  threads?: 1 | 2;
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

/**
 * The channels that run in the lane: in a worker thread when there are two threads. Each channel declares
 * where it runs (Channel.runsIn), chosen by measurement (bench/README.md) so that the two threads carry
 * about the same CPU time at 100k variants: the main thread also reads, validates and resolves every product.
 */
export const LANE_CHANNELS: ReadonlySet<string> = new Set(CHANNELS.filter((c) => c.runsIn === 'worker').map((c) => c.id));

const OFFER_CHANNELS: ReadonlySet<string> = new Set(OUTPUT_READERS.map((reader) => reader.channel));

/** The offer outputs the lane wrote are read back in the parity worker: each thread reads about half. */
const PARITY_WORKER_CHANNELS: ReadonlySet<string> = new Set([...OFFER_CHANNELS].filter((id) => LANE_CHANNELS.has(id)));

/**
 * Validates and resolves the catalog and runs the channels into a writer; shared by build and validate.
 * When `reference` is given, it collects the model's offer facts of every published variant for the parity
 * check (a FactTable: about 48 bytes a variant, the largest whole-catalog structure a build keeps).
 */
async function runChannels(options: BuildOptions, out: OutputWriter, report: RunReport, nowIso: string, reference?: FactTable): Promise<{ channels: Channel[]; written?: WrittenOutputs }> {
  const channels = selectChannels(options.channels);
  const inputs = options.inputs ?? options.config.inputs;
  const now = { iso: nowIso, epochMs: Date.parse(nowIso) };
  const assets = await readAssets(options.config);
  const ids: ReadonlySet<string> = new Set(channels.map((c) => c.id));
  const runs: Array<{ channel: Channel; run: ChannelRun }> = channels
    .filter((channel) => !LANE_CHANNELS.has(channel.id))
    .map((channel) => ({ channel, run: channel.open(channelContext({ config: options.config, assets, channels: ids, now, out, diagnostics: report })) }));
  const laneChannels = channels.filter((channel) => LANE_CHANNELS.has(channel.id));
  const threads = threadsOf(options);
  // The worker writes beside this thread into the same staging folder; validate's writer keeps nothing.
  const root = out instanceof StagingFolder ? out.root : undefined;
  const lane =
    laneChannels.length === 0
      ? undefined
      : new ChannelLane(
          threads > 1 && WorkerBackend.available()
            ? new WorkerBackend({ config: options.config, assets, channels: laneChannels.map((c) => c.id), runChannels: [...ids], now, ...(root ? { root } : {}) })
            : new InThreadBackend(new ChannelSet(laneChannels, channelContext({ config: options.config, assets, channels: ids, now, out }))),
          report,
        );
  const { counts } = report;
  const http = new HttpClient(options.config.sources);
  let bytesRead = 0;
  const totalBytes = options.onProgress ? await inputBytes(inputs) : undefined;
  const readContext: ReadContext = { shop: { url: options.config.shop.url, currency: options.config.shop.currency }, http, onBytes: (n) => (bytesRead += n) };
  const progress = (done = false) =>
    options.onProgress?.({ productsRead: counts.products.read, variantsRead: counts.variants.read, bytesRead, ...(totalBytes !== undefined ? { totalBytes } : {}), ...(done ? { done } : {}) });
  try {
    try {
      for await (const entry of resolveCatalog(readInputs(inputs, readContext), { config: options.config, nowMs: now.epochMs })) {
        for (const d of entry.diagnostics) report.report(d);
        if (!entry.readable) {
          counts.unreadableRecords++;
          continue;
        }
        if (entry.skipped) {
          counts.skippedRecords++;
          continue;
        }
        counts.products.read++;
        counts.variants.read += entry.variantsRead;
        if (entry.product) {
          counts.products.published++;
          counts.variants.published += entry.product.variants.length;
          for (const { run } of runs) await run.add(entry.product);
          if (lane) await lane.add(entry.product);
          if (reference) for (const variant of entry.product.variants) reference.set(factsOfVariant(variant));
        }
        if (options.onProgress && counts.products.read % PROGRESS_EVERY === 0) progress();
      }
    } finally {
      await http.close();
    }
    progress(true);
    counts.products.leftOut = counts.products.read - counts.products.published;
    counts.variants.leftOut = counts.variants.read - counts.variants.published;
    const summaries = new Map<string, ChannelReport>();
    for (const { channel, run } of runs) summaries.set(channel.id, { id: channel.id, spec: channel.spec, ...(await run.close()) });
    const closed = await lane?.close();
    for (const summary of closed?.summaries ?? []) summaries.set(summary.id, summary);
    for (const channel of channels) report.addChannel(summaries.get(channel.id)!);
    return { channels, ...(closed?.written ? { written: closed.written } : {}) };
  } finally {
    await lane?.dispose();
  }
}

function threadsOf(options: BuildOptions): number {
  return options.threads ?? (availableParallelism() > 1 ? 2 : 1);
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

/** The summary with each systemic finding's cause and fix from the rule registry. */
function summaryOf(report: RunReport): ReportSummary {
  const summary = report.summary();
  const rules = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule.meta]));
  for (const finding of summary.systemic) {
    const meta = rules.get(finding.ruleId);
    if (!meta) continue;
    finding.cause = meta.description;
    const fix = fixFor(meta, finding.pointer);
    if (fix !== undefined) finding.fix = fix;
  }
  return summary;
}

function result(report: RunReport, fields: Omit<RunResult, 'summary' | 'diagnostics' | 'writeReport' | 'dispose'>): RunResult {
  const summary = summaryOf(report);
  return {
    ...fields,
    summary,
    diagnostics: () => report.diagnostics(),
    writeReport: (path) => report.writeTo(path, summary, { agentshelf: AGENTSHELF_VERSION, ok: fields.ok, failure: fields.failure, published: fields.published, out: fields.out, now: fields.now }),
    dispose: () => report.dispose(),
  };
}

export const AGENTSHELF_VERSION = '0.1.0';

/**
 * Reads a published output folder back and checks that its outputs agree on every variant's prices,
 * currency, availability and URL, as judged at `now` (a sale window is read against it).
 */
export async function verifyOutputs(options: { out: string; now?: Date }): Promise<RunResult> {
  const out = resolve(options.out);
  if (!(await stat(out).then((s) => s.isDirectory(), () => false))) throw new AgentshelfError('E_USAGE', `No output folder at ${out}.`);
  const now = (options.now ?? new Date()).toISOString();
  const report = await RunReport.create();
  try {
    const parity = await checkParity({ root: out, now: Date.parse(now) });
    for (const d of parity.diagnostics) report.report(d);
    report.setParity({ outputs: parity.outputs, comparisons: parity.comparisons, findings: parity.diagnostics.length });
    const ok = parity.diagnostics.length === 0;
    return result(report, {
      ok,
      ...(ok ? {} : { failure: { code: 'E_PARITY', message: `${parity.diagnostics.length} parity finding(s): the outputs disagree.` } }),
      published: false,
      out,
      now,
    });
  } catch (error) {
    await report.dispose();
    throw error;
  }
}

function linkCacheFile(config: ResolvedConfig): string {
  return join(config.sources.cacheDir, 'links.json');
}

/** Checks every product and image URL a published folder names. */
export async function checkPublishedLinks(options: { out: string; config: ResolvedConfig; now?: Date }): Promise<RunResult> {
  const out = resolve(options.out);
  if (!(await stat(out).then((s) => s.isDirectory(), () => false))) throw new AgentshelfError('E_USAGE', `No output folder at ${out}.`);
  const now = (options.now ?? new Date()).toISOString();
  const report = await RunReport.create();
  try {
    const links = await checkLinks({ root: out, links: options.config.links, cacheFile: linkCacheFile(options.config), now: Date.parse(now) });
    for (const d of links.diagnostics) report.report(d);
    report.setLinks({ urls: links.urls, checked: links.checked, fromCache: links.fromCache, notChecked: links.notChecked });
    const ok = report.severities.error === 0;
    return result(report, { ok, ...(ok ? {} : { failure: { code: 'E_LINKS', message: `${report.severities.error} link(s) are broken.` } }), published: false, out, now });
  } catch (error) {
    await report.dispose();
    throw error;
  }
}

/** Checks the catalog against the model and every channel's rules; writes nothing. */
export async function validateCatalog(options: BuildOptions): Promise<RunResult> {
  const report = await RunReport.create(checkRuleOverrides(options.config.rules));
  const now = nowOf(options);
  try {
    await runChannels(options, discardWriter, report, now);
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

/**
 * Whether the staged outputs may be published. Outputs that contradict each other are never published;
 * nor, under --strict, outputs with any error; nor an empty catalog over whatever was there before.
 */
function gate(input: { parityFindings: number; strict: boolean; report: RunReport }): { code: string; message: string } | undefined {
  if (input.parityFindings > 0) return { code: 'E_PARITY', message: `${input.parityFindings} parity finding(s): the outputs disagree, so nothing was published.` };
  if (input.strict && input.report.severities.error > 0) return strictError(input.report);
  if (input.report.counts.products.published === 0) return { code: 'E_EMPTY_CATALOG', message: 'No product could be published; the previous outputs are kept.' };
  return undefined;
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
  const report = await RunReport.create(checkRuleOverrides(options.config.rules));
  let target: PublishTarget | undefined;
  try {
    target = await beginPublish(out);
    const staging = new StagingFolder(target.staging);
    const checksParity = selectChannels(options.channels).some((c) => OFFER_CHANNELS.has(c.id));
    const reference = checksParity ? new FactTable() : undefined;
    const { channels, written: laneWritten } = await runChannels(options, staging, report, now, reference);
    const written = laneWritten ? mergeWritten(staging.written(), laneWritten) : staging.written();
    let parityFindings = 0;
    if (reference) {
      const parity = await checkParity({ root: target.staging, now: Date.parse(now), reference, ...(threadsOf(options) > 1 && canScanInWorker() ? { elsewhere: scanInWorker({ reference, root: target.staging, now: Date.parse(now), channels: PARITY_WORKER_CHANNELS }) } : {}) });
      reference.clear();
      for (const d of parity.diagnostics) report.report(d);
      report.setParity({ outputs: parity.outputs, comparisons: parity.comparisons, findings: parity.diagnostics.length });
      parityFindings = parity.diagnostics.length;
    }
    if (options.checkLinks) {
      const links = await checkLinks({ root: target.staging, links: options.config.links, cacheFile: linkCacheFile(options.config), now: Date.parse(now) });
      for (const d of links.diagnostics) report.report(d);
      report.setLinks({ urls: links.urls, checked: links.checked, fromCache: links.fromCache, notChecked: links.notChecked });
    }
    const failure = gate({ parityFindings, strict: options.strict === true, report });
    if (failure) {
      await abortPublish(target);
      return result(report, { ok: false, failure, published: false, out, now });
    }
    await staging.writeFile(MANIFEST_FILE, buildManifest({ channels, written, summary: report.summary(), version: AGENTSHELF_VERSION }));
    await commitPublish(target);
    return result(report, { ok: true, published: true, out, now });
  } catch (error) {
    if (target) await abortPublish(target).catch(() => undefined);
    await report.dispose();
    throw error;
  }
}
