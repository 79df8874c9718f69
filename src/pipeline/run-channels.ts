import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Channel, ChannelAssets, OutputWriter } from '../channels/channel.js';
import { channelContext, channelRank, selectChannels } from '../channels/registry.js';
import { AgentshelfError } from '../model/errors.js';
import type { ResolvedConfig } from '../model/resolved-config.js';
import type { FactTable } from '../publish/parity/fact-table.js';
import { factsOfVariant } from '../publish/parity/offer-facts.js';
import { OUTPUT_READERS } from '../publish/parity/readers.js';
import type { ChannelReport, RunReport } from '../publish/run-report.js';
import { INVALID_IDS_KEPT } from '../publish/run-state.js';
import { mergeWritten, StagingFolder, type WrittenOutputs } from '../publish/staging.js';
import { renderCacheName, renderCacheSpoolPath } from '../publish/render-cache.js';
import { interruptible } from './interruptible.js';
import { HttpClient } from '../sources/http/http-client.js';
import type { ReadContext } from '../sources/read-context.js';
import { inputBytes, readInputs } from '../sources/read-inputs.js';
import { ChannelLanes, InThreadBackend, type LaneBackend } from './channel-lane.js';
import { planLanes, type LanePlan } from './lane-plan.js';
import { ChannelSet } from './channel-set.js';
import type { MemoFile } from './lane-worker-protocol.js';
import { memoFingerprint, ProductMemo } from './product-memo.js';
import type { BuildOptions } from './options.js';
import { resolveCatalog } from './resolve-catalog.js';
import { WorkerBackend } from './worker-backend.js';

const PROGRESS_EVERY = 250;

/** The channels whose outputs carry offers, which the parity check reads back. */
export const OFFER_CHANNELS: ReadonlySet<string> = new Set(OUTPUT_READERS.map((reader) => reader.channel));

/** The threads a run uses: the option, else every core the machine offers. */
export function threadsOf(options: Pick<BuildOptions, 'threads'>): number {
  return Math.max(1, Math.floor(options.threads ?? availableParallelism()));
}

/** How a run spreads its channels over threads (lane-plan.ts); the same options give the same plan. */
export function lanePlanOf(options: Pick<BuildOptions, 'threads' | 'channels' | 'config'>): LanePlan {
  return planLanes(selectChannels(options.channels), WorkerBackend.available() ? threadsOf(options) : 1, options.config);
}

/**
 * The offer outputs a parity worker reads back: those the worker lanes wrote, so each thread reads about what
 * it wrote. None when the run has one thread.
 */
export function parityWorkerChannels(plan: LanePlan): ReadonlySet<string> {
  return new Set(plan.slice(1).flatMap((lane) => lane.map((c) => c.id)).filter((id) => OFFER_CHANNELS.has(id)));
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
  /**
   * The render cache (build only): the folder the last run's is in, and the spool this run writes its own into
   * (publish/render-cache.ts); the build installs it once it has published.
   */
  memo?: { dir: string; spool: string };
}

export interface ChannelsRan {
  channels: Channel[];
  written?: WrittenOutputs;
  /** Products and variants left out as invalid (catalog errors): their count, and ids up to INVALID_IDS_KEPT. */
  invalid: { count: number; ids: string[] };
  /** Over products × channels that render: renderings reused from the last run, and made anew (with a memo). */
  memo?: { reused: number; rendered: number };
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
  const plan = lanePlanOf(options);
  // Workers write beside this thread into the same staging folder, each with its own spool; validate's writer keeps nothing.
  const staging = (lane: number) => (out instanceof StagingFolder ? { root: out.root, staging: out.optionsFor(`lane-${lane}`) } : {});
  const fingerprint = run.memo ? memoFingerprint(options.config, ids) : undefined;
  const memoFile = (lane: number): MemoFile | undefined =>
    run.memo ? { read: join(run.memo.dir, renderCacheName(lane)), write: renderCacheSpoolPath(run.memo.spool, lane), fingerprint: fingerprint! } : undefined;
  const backends: LaneBackend[] = plan.map((laneChannels, lane) => {
    const memo = memoFile(lane);
    return lane === 0
      ? new InThreadBackend(
          new ChannelSet(
            laneChannels,
            channelContext({ config: options.config, assets, channels: ids, now, out }),
            channelRank,
            memo ? (rendering) => new ProductMemo(memo, now.epochMs, rendering) : undefined,
          ),
        )
      : new WorkerBackend({ config: options.config, assets, channels: laneChannels.map((c) => c.id), runChannels: [...ids], now, ...staging(lane), ...(memo ? { memo } : {}) });
  });
  const lanes = new ChannelLanes(backends, report);
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
          await lanes.add(entry.product);
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
    const closed = await lanes.close();
    const summaries = new Map<string, ChannelReport>(closed.flatMap((lane) => lane.summaries.map((summary) => [summary.id, summary] as const)));
    for (const channel of channels) report.addChannel(summaries.get(channel.id)!);
    const written = closed.flatMap((lane) => (lane.written ? [lane.written] : [])).reduce<WrittenOutputs | undefined>((all, one) => (all ? mergeWritten(all, one) : one), undefined);
    const memos = closed.flatMap((lane) => (lane.memo ? [lane.memo] : []));
    const memo = memos.length > 0 ? { reused: sum(memos.map((m) => m.reused)), rendered: sum(memos.map((m) => m.rendered)) } : undefined;
    return { channels, invalid, ...(written ? { written } : {}), ...(memo ? { memo } : {}) };
  } finally {
    await lanes.dispose();
  }
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
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
