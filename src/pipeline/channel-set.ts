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

export interface ChannelSetClosed {
  /** One per channel, in the order the channels were given. */
  summaries: ChannelReport[];
  /** What the channels reported while closing. */
  diagnostics: Diagnostic[];
}

/**
 * Channels opened together and fed batches of products; what they report is collected per batch, so that
 * the caller decides where in the run's report it goes. The same class runs in the main thread and in the
 * channel worker, which is what keeps their outputs and reports identical.
 */
export class ChannelSet {
  private collected: Diagnostic[] = [];
  private readonly runs: Array<{ channel: Channel; run: ChannelRun }>;

  constructor(channels: readonly Channel[], context: Omit<ChannelContext, 'diagnostics'>) {
    const sink = { report: (d: Diagnostic) => void this.collected.push(d) };
    this.runs = channels.map((channel) => ({ channel, run: channel.open({ ...context, diagnostics: sink }) }));
  }

  async addBatch(products: readonly ResolvedProduct[]): Promise<Diagnostic[]> {
    for (const product of products) for (const { run } of this.runs) await run.add(product);
    return this.take();
  }

  async close(): Promise<ChannelSetClosed> {
    const summaries: ChannelReport[] = [];
    for (const { channel, run } of this.runs) summaries.push({ id: channel.id, spec: channel.spec, ...(await run.close()) });
    return { summaries, diagnostics: this.take() };
  }

  private take(): Diagnostic[] {
    const taken = this.collected;
    this.collected = [];
    return taken;
  }
}
