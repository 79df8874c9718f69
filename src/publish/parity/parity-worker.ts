/** Scans some outputs for the parity check in a worker thread (see scanInWorker). */
import { parentPort, workerData } from 'node:worker_threads';
import { FactTable, type FactTableData } from './fact-table.js';
import { scanOutput, type OutputScan } from './parity-check.js';
import { OUTPUT_READERS } from './readers.js';

export interface ParityWorkerData {
  root: string;
  now: number;
  channels: string[];
  table: FactTableData;
}

const data = workerData as ParityWorkerData;
const reference = FactTable.from(data.table);
const scans: OutputScan[] = [];
for (const reader of OUTPUT_READERS.filter((r) => data.channels.includes(r.channel))) scans.push(await scanOutput(reader, data.root, data.now, reference));
parentPort!.postMessage(scans);
