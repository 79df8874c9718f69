import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import type { Channel, ChannelAssets, ChannelRun, OutputWriter } from '../channels/channel.js';
import { channelContext, CHANNELS, selectChannels } from '../channels/registry.js';
import { AgentshelfError } from '../model/errors.js';
import type { ResolvedConfig } from '../model/resolved-config.js';
import type { FactTable } from '../publish/parity/fact-table.js';
import { factsOfVariant } from '../publish/parity/offer-facts.js';
import { OUTPUT_READERS } from '../publish/parity/readers.js';
import type { ChannelReport, RunReport } from '../publish/run-report.js';
import { INVALID_IDS_KEPT } from '../publish/run-state.js';
import { StagingFolder, type WrittenOutputs } from '../publish/staging.js';
import { interruptible } from './interruptible.js';
import { HttpClient } from '../sources/http/http-client.js';
import type { ReadContext } from '../sources/read-context.js';
import { inputBytes, readInputs } from '../sources/read-inputs.js';
import { ChannelLane, InThreadBackend } from './channel-lane.js';
import { ChannelSet } from './channel-set.js';
import type { BuildOptions } from './options.js';
import { resolveCatalog } from './resolve-catalog.js';
import { WorkerBackend } from './worker-backend.js';

const PROGRESS_EVERY = 250;

/**
 * The channels that run in the lane: in a worker thread when there are two threads. Each channel declares
 * where it runs (Channel.runsIn), chosen by measurement (bench/README.md) so that the two threads carry
 * about the same CPU time at 100k variants: the main thread also reads, validates and resolves every product.
 */
export const LANE_CHANNELS: ReadonlySet<string> = new Set(CHANNELS.filter((c) => c.runsIn === 'worker').map((c) => c.id));

/** The channels whose outputs carry offers, which the parity check reads back. */
export const OFFER_CHANNELS: ReadonlySet<string> = new Set(OUTPUT_READERS.map((reader) => reader.channel));

/** The offer outputs the lane wrote are read back in the parity worker: each thread reads about half. */
export const PARITY_WORKER_CHANNELS: ReadonlySet<string> = new Set([...OFFER_CHANNELS].filter((id) => LANE_CHANNELS.has(id)));

export function threadsOf(options: BuildOptions): number {
  return options.threads ?? (availableParallelism() > 1 ? 2 : 1);
}

export interface ChannelsRun {
  options: BuildOptions;
  /** Where the channels write: a staging folder (build) or a writer that keeps nothing (validate). */
  out: OutputWriter;
  report: RunReport;
  /** The run's instant, ISO 8601. */
  now: string;
  /** Collects the model's offer facts of every published variant, for the parity check (build only). */
  reference?: FactTable;
  /** Channels that do not run but whose published outputs are kept (build of some channels): they may be linked to. */
  kept?: ReadonlySet<string>;
}

export interface ChannelsRan {
  channels: Channel[];
  written?: WrittenOutputs;
  /** Products and variants left out as invalid (catalog errors): their count, and ids up to INVALID_IDS_KEPT. */
  invalid: { count: number; ids: string[] };
}

/**
 * Reads, validates and resolves the catalog and runs the channels into a writer; shared by build and
 * validate. The FactTable, when given, is the largest whole-catalog structure a build keeps: about 48 bytes
 * a variant.
 */
export async function runChannels(run: ChannelsRun): Promise<ChannelsRan> {
  const { options, out, report, reference } = run;
  const channels = selectChannels(options.channels);
  const inputs = options.inputs ?? options.config.inputs;
  const now = { iso: run.now, epochMs: Date.parse(run.now) };
  const assets = await readAssets(options.config);
  // The outputs that will be in the folder: this run's, and those kept from the last run.
  const ids: ReadonlySet<string> = new Set([...channels.map((c) => c.id), ...(run.kept ?? [])]);
  const runs: Array<{ channel: Channel; run: ChannelRun }> = channels
    .filter((channel) => !LANE_CHANNELS.has(channel.id))
    .map((channel) => ({ channel, run: channel.open(channelContext({ config: options.config, assets, channels: ids, now, out, diagnostics: report })) }));
  const laneChannels = channels.filter((channel) => LANE_CHANNELS.has(channel.id));
  // The worker writes beside this thread into the same staging folder; validate's writer keeps nothing.
  const staging = out instanceof StagingFolder ? { root: out.root, staging: out.optionsFor('lane') } : {};
  const lane =
    laneChannels.length === 0
      ? undefined
      : new ChannelLane(
          threadsOf(options) > 1 && WorkerBackend.available()
            ? new WorkerBackend({ config: options.config, assets, channels: laneChannels.map((c) => c.id), runChannels: [...ids], now, ...staging })
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
  const invalid: ChannelsRan['invalid'] = { count: 0, ids: [] };
  const leftOut = (id: string) => {
    invalid.count++;
    if (invalid.ids.length < INVALID_IDS_KEPT) invalid.ids.push(id);
  };
  try {
    try {
      for await (const entry of interruptible(resolveCatalog(readInputs(inputs, readContext), { config: options.config, nowMs: now.epochMs }), options.signal)) {
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
        if (!entry.product && entry.productId !== undefined) leftOut(entry.productId);
        else if (entry.product) for (const d of entry.diagnostics) if (d.severity === 'error' && d.variantId !== undefined && d.variantId !== entry.productId) leftOut(d.variantId);
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
    return { channels, invalid, ...(closed?.written ? { written: closed.written } : {}) };
  } finally {
    await lane?.dispose();
  }
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
