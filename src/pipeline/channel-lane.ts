import type { Diagnostic, DiagnosticSink } from '../model/diagnostic.js';
import type { ResolvedProduct } from '../model/resolved.js';
import type { WrittenOutputs } from '../publish/staging.js';
import type { ChannelSet, ChannelSetClosed } from './channel-set.js';

/**
 * Products go to the lane in batches of this many. Batches amortise the cost of handing products to a worker
 * (one structured clone and one message per batch) while keeping what is in flight small.
 */
export const LANE_BATCH_PRODUCTS = 64;
/**
 * Batches in flight before the pipeline waits for the lane: the lane's backpressure, so memory stays flat
 * when the lane is slower than the main thread.
 */
export const LANE_WINDOW = 4;

/** Where a lane's channels run: in this thread, or in a worker. */
export interface LaneBackend {
  /** Feeds one batch; resolves with what the channels reported on it. Batches are handled in order. */
  send(products: ResolvedProduct[]): Promise<Diagnostic[]>;
  close(): Promise<ChannelSetClosed & { written?: WrittenOutputs }>;
  /** Stops the lane early (after a failure elsewhere); safe to call more than once. */
  dispose(): Promise<void>;
}

/**
 * A group of channels fed in batches beside the main thread's channels. A batch's diagnostics go into the
 * report when the batch LANE_WINDOW places later is handed over, whichever backend runs the lane, so the
 * report's order depends on the input alone, never on thread timing or on how many cores the machine has.
 */
export class ChannelLane {
  private batch: ResolvedProduct[] = [];
  private readonly inFlight: Array<Promise<Diagnostic[]>> = [];

  constructor(
    private readonly backend: LaneBackend,
    private readonly sink: DiagnosticSink,
  ) {}

  async add(product: ResolvedProduct): Promise<void> {
    this.batch.push(product);
    if (this.batch.length >= LANE_BATCH_PRODUCTS) await this.handOver();
  }

  async close(): Promise<ChannelSetClosed & { written?: WrittenOutputs }> {
    if (this.batch.length > 0) await this.handOver();
    while (this.inFlight.length > 0) this.reportBatch(await this.inFlight.shift()!);
    const closed = await this.backend.close();
    this.reportBatch(closed.diagnostics);
    return closed;
  }

  dispose(): Promise<void> {
    return this.backend.dispose();
  }

  private async handOver(): Promise<void> {
    const sent = this.backend.send(this.batch);
    // Awaited later, in order; until then a failure must not count as unhandled.
    sent.catch(() => undefined);
    this.inFlight.push(sent);
    this.batch = [];
    if (this.inFlight.length > LANE_WINDOW) this.reportBatch(await this.inFlight.shift()!);
  }

  private reportBatch(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) this.sink.report(d);
  }
}

/** Runs the lane's channels in this thread, one batch after another: for one core, and for validate's tests. */
export class InThreadBackend implements LaneBackend {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly set: ChannelSet) {}

  send(products: ResolvedProduct[]): Promise<Diagnostic[]> {
    const done = this.chain.then(() => this.set.addBatch(products));
    this.chain = done.catch(() => undefined);
    return done;
  }

  /** Its channels write through the main thread's writer, which accounts for their files itself. */
  async close(): Promise<ChannelSetClosed> {
    await this.chain;
    return this.set.close();
  }

  async dispose(): Promise<void> {}
}
