import type { Channel, ChannelContext, ChannelRun, OutputStream, OutputWriter } from '../channels/channel.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ResolvedProduct } from '../model/resolved.js';
import type { ChannelReport } from '../publish/run-report.js';

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

  /** `ranks` places each channel in the registry's order (its index there). */
  constructor(channels: readonly Channel[], context: Omit<ChannelContext, 'diagnostics'>, ranks: (channel: Channel) => number) {
    const sink = {
      report: (d: Diagnostic) => {
        this.collected.diagnostics.push(d);
        this.collected.keys.push(this.key);
      },
    };
    this.runs = channels.map((channel) => {
      // What a channel reports while opening comes before anything it reports on a product.
      const rank = ranks(channel);
      this.key = findingKey(-1, rank);
      return { channel, rank, run: channel.open({ ...context, diagnostics: sink }) };
    });
  }

  async addBatch(products: readonly ResolvedProduct[]): Promise<LaneFindings> {
    for (const [i, product] of products.entries()) {
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
    return { summaries, findings: this.take() };
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
