import type { ChannelAssets } from '../channels/channel.js';
import type { ResolvedConfig } from '../model/resolved-config.js';
import type { ResolvedProduct } from '../model/resolved.js';
import type { StagingOptions, WrittenOutputs } from '../publish/staging.js';
import type { ChannelSetClosed, LaneFindings } from './channel-set.js';

/** What the channel worker starts with: everything a channel's context holds, as plain data. */
export interface LaneWorkerData {
  config: ResolvedConfig;
  assets: ChannelAssets;
  /** The lane's channels. */
  channels: string[];
  /** Every channel of the run, for the context's `channels`. */
  runChannels: string[];
  now: { iso: string; epochMs: number };
  /** The staging folder to write into; absent for validate, which writes nothing. */
  root?: string;
  staging?: StagingOptions;
  /** The lane's render cache (pipeline/product-memo.ts); absent when the run keeps none. */
  memo?: MemoFile;
}

/** Where a lane reads what its channels rendered last time and writes this run's, and the fingerprint of its records. */
export interface MemoFile {
  read: string;
  write: string;
  fingerprint: string;
}

export type ToWorker = { type: 'batch'; products: ResolvedProduct[] } | { type: 'close' };

export type FromWorker =
  | { type: 'batch'; findings: LaneFindings }
  | ({ type: 'closed'; written?: WrittenOutputs } & ChannelSetClosed)
  | { type: 'error'; code?: string; message: string; stack?: string };
