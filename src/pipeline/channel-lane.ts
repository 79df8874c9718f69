import type { Diagnostic, DiagnosticSink } from '../model/diagnostic.js';
import type { ResolvedProduct } from '../model/resolved.js';
import type { WrittenOutputs } from '../publish/staging.js';
import { mergeFindings, type ChannelSet, type ChannelSetClosed, type LaneFindings } from './channel-set.js';

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
  send(products: ResolvedProduct[]): Promise<LaneFindings>;
  close(): Promise<ChannelSetClosed & { written?: WrittenOutputs }>;
  /** Stops the lane early (after a failure elsewhere); safe to call more than once. */
  dispose(): Promise<void>;
}

/**
 * The channels of a run, spread over lanes (the main thread's and the workers'), all fed the same batches. A
 * batch's findings go into the report, merged across lanes into the order one thread would give, when the
 * batch LANE_WINDOW places later is handed over, so the report's order depends on the input alone: never on
 * thread timing, on how many threads run, or on which channel runs where.
 */
export class ChannelLanes {
  private batch: ResolvedProduct[] = [];
  private readonly inFlight: Array<Promise<Diagnostic[]>> = [];

  constructor(
    private readonly backends: readonly LaneBackend[],
    private readonly sink: DiagnosticSink,
  ) {}

  async add(product: ResolvedProduct): Promise<void> {
    this.batch.push(product);
    if (this.batch.length >= LANE_BATCH_PRODUCTS) await this.handOver();
  }

  /** Closes every lane, in lane order; the channels' summaries and what the workers wrote. */
  async close(): Promise<Array<ChannelSetClosed & { written?: WrittenOutputs }>> {
    if (this.batch.length > 0) await this.handOver();
    while (this.inFlight.length > 0) this.reportBatch(await this.inFlight.shift()!);
    const closed = [];
    for (const backend of this.backends) closed.push(await backend.close());
    this.reportBatch(mergeFindings(closed.map((c) => c.findings)));
    return closed;
  }

  async dispose(): Promise<void> {
    await Promise.all(this.backends.map((backend) => backend.dispose()));
  }

  private async handOver(): Promise<void> {
    const products = this.batch;
    this.batch = [];
    const sent = Promise.all(this.backends.map((backend) => backend.send(products))).then(mergeFindings);
    // Awaited later, in order; until then a failure must not count as unhandled.
    sent.catch(() => undefined);
    this.inFlight.push(sent);
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

  send(products: ResolvedProduct[]): Promise<LaneFindings> {
    const done = this.chain.then(() => this.set.addBatch(products));
    this.chain = done.catch(() => undefined);
    return done;
  }

  private closed = false;

  /** Its channels write through the main thread's writer, which accounts for their files itself. */
  async close(): Promise<ChannelSetClosed> {
    await this.chain;
    this.closed = true;
    return this.set.close();
  }

  async dispose(): Promise<void> {
    if (!this.closed) this.set.abort();
    this.closed = true;
  }
}
