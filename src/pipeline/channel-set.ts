import type { Channel, ChannelContext, ChannelRun, OutputStream, OutputWriter } from '../channels/channel.js';
import type { Diagnostic, DiagnosticSink } from '../model/diagnostic.js';
import type { ResolvedProduct } from '../model/resolved.js';
import type { ChannelReport } from '../publish/run-report.js';
import { replayed, type MemoEntry, type ProductMemo } from './product-memo.js';

/** A writer that keeps nothing: validate runs every channel's rules without writing outputs. */
export const discardWriter: OutputWriter = {
  open(): OutputStream {
    return { write: () => undefined, close: async () => undefined };
  },
  writeFile: () => undefined,
};

/**
 * What a set of channels reported on a batch, each finding with its place: `keys[i]` orders `diagnostics[i]`
 * by the product's index in the batch, then the channel's rank in the registry (findings of one channel on one
 * product keep their order). Sets on different threads merge by these keys into the order one set would give,
 * so the report does not depend on how channels are spread over threads.
 */
export interface LaneFindings {
  diagnostics: Diagnostic[];
  keys: number[];
}

/** A batch holds fewer products than this, and the registry fewer channels. */
const KEY_STRIDE = 1024;

export function findingKey(productIndex: number, channelRank: number): number {
  return productIndex * KEY_STRIDE + channelRank;
}

export interface ChannelSetClosed {
  /** One per channel, in the order the channels were given. */
  summaries: ChannelReport[];
  /** What the channels reported while closing, keyed by channel rank. */
  findings: LaneFindings;
  /** Renderings reused from the last run and made anew, over products × channels that render (with a memo). */
  memo?: { reused: number; rendered: number };
}

/**
 * Channels opened together and fed batches of products; what they report is collected per batch with its
 * place, so that the caller decides where in the run's report it goes. The same class runs in the main thread
 * and in the channel workers, which is what keeps their outputs and reports identical.
 */
export class ChannelSet {
  private collected: LaneFindings = { diagnostics: [], keys: [] };
  private key = 0;
  private readonly runs: Array<{ channel: Channel; rank: number; run: ChannelRun }>;
  private readonly sink: DiagnosticSink;
  private readonly memo: ProductMemo | undefined;

  /**
   * `ranks` places each channel in the registry's order (its index there). `memo`, when given, is made for the
   * channels whose runs render (ChannelRun.rendering), so a refresh reuses what unchanged products rendered to.
   */
  constructor(channels: readonly Channel[], context: Omit<ChannelContext, 'diagnostics'>, ranks: (channel: Channel) => number, memo?: (channels: string[]) => ProductMemo) {
    this.sink = {
      report: (d: Diagnostic) => {
        this.collected.diagnostics.push(d);
        this.collected.keys.push(this.key);
      },
    };
    this.runs = channels.map((channel) => {
      // What a channel reports while opening comes before anything it reports on a product.
      const rank = ranks(channel);
      this.key = findingKey(-1, rank);
      return { channel, rank, run: channel.open({ ...context, diagnostics: this.sink }) };
    });
    const rendering = this.runs.filter(({ run }) => run.rendering).map(({ channel }) => channel.id);
    this.memo = memo && rendering.length > 0 ? memo(rendering) : undefined;
  }

  async addBatch(products: readonly ResolvedProduct[]): Promise<LaneFindings> {
    for (const [i, product] of products.entries()) {
      if (this.memo) {
        await this.addRemembered(i, product, this.memo);
        continue;
      }
      for (const { rank, run } of this.runs) {
        this.key = findingKey(i, rank);
        await run.add(product);
      }
    }
    return this.take();
  }

  async close(): Promise<ChannelSetClosed> {
    const summaries: ChannelReport[] = [];
    for (const { channel, rank, run } of this.runs) {
      this.key = rank;
      summaries.push({ id: channel.id, spec: channel.spec, ...(await run.close()) });
    }
    this.memo?.commit();
    return { summaries, findings: this.take(), ...(this.memo ? { memo: { reused: this.memo.hits, rendered: this.memo.misses } } : {}) };
  }

  /** Drops the memo's new file after a failure; the last run's cache stays. */
  abort(): void {
    this.memo?.abort();
  }

  /** Feeds one product, applying what the last run rendered it to where that still holds, and remembering it. */
  private async addRemembered(i: number, product: ResolvedProduct, memo: ProductMemo): Promise<void> {
    const lookup = memo.look(product);
    const entries: Record<string, MemoEntry> = {};
    let reused = 0;
    for (const { channel, rank, run } of this.runs) {
      this.key = findingKey(i, rank);
      const { rendering } = run;
      if (!rendering) {
        await run.add(product);
        continue;
      }
      const cached = lookup.entries?.[channel.id];
      if (cached) {
        for (const d of cached[1]) this.sink.report(replayed(d, product));
        await rendering.apply(cached[0], product);
        entries[channel.id] = cached;
        reused++;
      } else {
        const from = this.collected.diagnostics.length;
        const rendered = rendering.render(product);
        entries[channel.id] = [rendered, this.collected.diagnostics.slice(from)];
        await rendering.apply(rendered, product);
      }
    }
    memo.keep(lookup, entries, reused);
  }

  private take(): LaneFindings {
    const taken = this.collected;
    this.collected = { diagnostics: [], keys: [] };
    return taken;
  }
}

/** The findings of several sets on one batch, in the order one set running every channel would give. */
export function mergeFindings(lanes: readonly LaneFindings[]): Diagnostic[] {
  // Most batches give no findings, or findings from one lane only: nothing to merge.
  const reporting = lanes.filter((lane) => lane.keys.length > 0);
  if (reporting.length <= 1) return reporting[0]?.diagnostics ?? [];
  const all: Array<{ key: number; lane: number; at: number }> = [];
  for (const [lane, { keys }] of reporting.entries()) for (const [at, key] of keys.entries()) all.push({ key, lane, at });
  // Stable on equal keys: one channel's findings on one product come from one lane, in their order.
  all.sort((a, b) => a.key - b.key || a.lane - b.lane || a.at - b.at);
  return all.map(({ lane, at }) => reporting[lane]!.diagnostics[at]!);
}
