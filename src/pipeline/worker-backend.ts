import type { Worker } from 'node:worker_threads';
import { AgentshelfError, type ErrorCode } from '../model/errors.js';
import type { ResolvedProduct } from '../model/resolved.js';
import type { WrittenOutputs } from '../publish/staging.js';
import type { LaneBackend } from './channel-lane.js';
import type { ChannelSetClosed, LaneFindings } from './channel-set.js';
import type { FromWorker, LaneWorkerData, ToWorker } from './lane-worker-protocol.js';
import { canStartWorker, startWorker } from '../publish/worker-threads.js';

type Closed = ChannelSetClosed & { written?: WrittenOutputs };
interface Waiting {
  resolve(value: never): void;
  reject(error: Error): void;
}

/**
 * Runs a lane of channels in a worker thread. Replies come back in the order batches were sent, so each one
 * settles the oldest request still waiting.
 */
export class WorkerBackend implements LaneBackend {
  /** Whether the channel worker's module is there to start (see canStartWorker). */
  static available(): boolean {
    return canStartWorker(import.meta.url, 'channel-worker');
  }

  private readonly worker: Worker;
  private readonly waiting: Waiting[] = [];
  private failure?: Error;
  private exited = false;

  constructor(data: LaneWorkerData) {
    this.worker = startWorker(import.meta.url, 'channel-worker', { workerData: data });
    this.worker.on('message', (message: FromWorker) => {
      if (message.type === 'error') return this.fail(workerError(message));
      const next = this.waiting.shift();
      next?.resolve((message.type === 'batch' ? message.findings : message) as never);
    });
    this.worker.on('error', (error) => this.fail(new AgentshelfError('E_PUBLISH_FAILED', `The channel worker failed: ${error.message}`, { cause: error })));
    this.worker.on('exit', (code) => {
      this.exited = true;
      if (this.waiting.length > 0) this.fail(new AgentshelfError('E_PUBLISH_FAILED', `The channel worker stopped (exit code ${code}) before it finished.`));
    });
  }

  send(products: ResolvedProduct[]): Promise<LaneFindings> {
    return this.request({ type: 'batch', products });
  }

  async close(): Promise<Closed> {
    const closed = await this.request<Closed>({ type: 'close' });
    await this.dispose();
    return closed;
  }

  async dispose(): Promise<void> {
    if (!this.exited) await this.worker.terminate();
  }

  private request<T>(message: ToWorker): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ resolve: resolve as (value: never) => void, reject });
      this.worker.postMessage(message);
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.splice(0)) waiting.reject(this.failure);
  }
}

function workerError(message: Extract<FromWorker, { type: 'error' }>): Error {
  const error = message.code ? new AgentshelfError(message.code as ErrorCode, message.message) : new Error(message.message);
  if (message.stack) error.stack = message.stack;
  return error;
}
