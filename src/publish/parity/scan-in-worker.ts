import { canStartWorker, startWorker } from '../../pipeline/worker-entry.js';
import { AgentshelfError } from '../../model/errors.js';
import type { FactTable } from './fact-table.js';
import type { OutputScan, ParityOptions } from './parity-check.js';
import type { ParityWorkerData } from './parity-worker.js';

/**
 * The outputs the parity check reads in a worker thread during a build: the feeds the channel lane wrote,
 * so each thread reads back about half (bench/README.md). The worker gets a copy of the fact table (about
 * 48 bytes a variant).
 */
export const PARITY_WORKER_CHANNELS: ReadonlySet<string> = new Set(['google', 'openai']);

/** Whether the parity worker's module is there to start (see canStartWorker). */
export function canScanInWorker(): boolean {
  return canStartWorker(import.meta.url, 'parity-worker');
}

export function scanInWorker(reference: FactTable, root: string, now: number): NonNullable<ParityOptions['elsewhere']> {
  return {
    channels: PARITY_WORKER_CHANNELS,
    scan: (channels) =>
      new Promise<OutputScan[]>((resolve, reject) => {
        const workerData: ParityWorkerData = { root, now, channels, table: reference.export() };
        const worker = startWorker(import.meta.url, 'parity-worker', { workerData, resourceLimits: { maxYoungGenerationSizeMb: 24 } });
        let result: OutputScan[] | undefined;
        worker.on('message', (scans: OutputScan[]) => (result = scans));
        worker.on('error', (error) => reject(new AgentshelfError('E_PUBLISH_FAILED', `The parity worker failed: ${error.message}`, { cause: error })));
        worker.on('exit', (code) => (result ? resolve(result) : reject(new AgentshelfError('E_PUBLISH_FAILED', `The parity worker stopped (exit code ${code}) without a result.`))));
      }),
  };
}
