/**
 * A channel worker: runs one lane of channels on batches of resolved products sent by the main thread,
 * writing into the same staging folder (into files and folders no other lane's channel writes).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { channelContext, channelRank, selectChannels } from '../channels/registry.js';
import { isAgentshelfError } from '../model/errors.js';
import { StagingFolder } from '../publish/staging.js';
import { ChannelSet, discardWriter } from './channel-set.js';
import { ProductMemo } from './product-memo.js';
import type { FromWorker, LaneWorkerData, ToWorker } from './lane-worker-protocol.js';

const data = workerData as LaneWorkerData;
const port = parentPort!;
const staging = data.root ? new StagingFolder(data.root, data.staging) : undefined;
const post = (message: FromWorker) => port.postMessage(message);
let chain: Promise<void> = Promise.resolve();
let failed = false;

try {
  const { memo } = data;
  const set = new ChannelSet(
    selectChannels(data.channels),
    channelContext({ config: data.config, assets: data.assets, channels: new Set(data.runChannels), now: data.now, out: staging ?? discardWriter }),
    channelRank,
    memo ? (channels) => new ProductMemo(memo, data.now.epochMs, channels) : undefined,
  );
  port.on('message', (message: ToWorker) => {
    chain = chain.then(async () => {
      if (failed) return;
      try {
        if (message.type === 'batch') post({ type: 'batch', findings: await set.addBatch(message.products) });
        else post({ type: 'closed', ...(await set.close()), ...(staging ? { written: staging.written() } : {}) });
      } catch (error) {
        fail(error);
      }
    });
  });
} catch (error) {
  fail(error);
}

function fail(error: unknown): void {
  failed = true;
  const e = error as Error;
  post({ type: 'error', ...(isAgentshelfError(error) ? { code: error.code } : {}), message: e?.message ?? String(error), ...(e?.stack ? { stack: e.stack } : {}) });
}
