import { canStartWorker, startWorker } from '../worker-threads.js';
import { AgentshelfError } from '../../model/errors.js';
import type { FactTable } from './fact-table.js';
import type { OutputScan, ParityOptions } from './parity-check.js';
import type { ParityWorkerData } from './parity-worker.js';

/** Whether the parity worker's module is there to start (see canStartWorker). */
export function canScanInWorker(): boolean {
  return canStartWorker(import.meta.url, 'parity-worker');
}

/**
 * Reads the given channels' outputs back in a worker thread during a build. The worker reads the fact table
 * through its SharedArrayBuffers, not a copy.
 */
export function scanInWorker(input: { reference: FactTable; root: string; now: number; channels: ReadonlySet<string> }): NonNullable<ParityOptions['elsewhere']> {
  const { reference, root, now } = input;
  return {
    channels: input.channels,
    scan: (channels) =>
      new Promise<OutputScan[]>((resolve, reject) => {
        const workerData: ParityWorkerData = { root, now, channels, table: reference.export() };
        const worker = startWorker(import.meta.url, 'parity-worker', { workerData });
        let result: OutputScan[] | undefined;
        worker.on('message', (scans: OutputScan[]) => (result = scans));
        worker.on('error', (error) => reject(new AgentshelfError('E_PUBLISH_FAILED', `The parity worker failed: ${error.message}`, { cause: error })));
        worker.on('exit', (code) => (result ? resolve(result) : reject(new AgentshelfError('E_PUBLISH_FAILED', `The parity worker stopped (exit code ${code}) without a result.`))));
      }),
  };
}
