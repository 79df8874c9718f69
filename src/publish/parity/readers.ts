import type { Channel } from '../../channels/channel.js';
import { CHANNELS } from '../../channels/registry.js';
import type { OfferFacts } from '../../model/offer-facts.js';
import { readScan, scanPath } from '../read-outputs.js';

/** One output read back: where it is, and its variants' facts in file order. */
export interface OutputReader {
  /** The channel that wrote it. */
  channel: string;
  /** Its path relative to the output root, for messages. */
  path: string;
  read(root: string, now: number): AsyncGenerator<OfferFacts>;
}

/** The reader of a channel's offers, when its outputs carry any. */
export function readerOf(channel: Channel): OutputReader | undefined {
  const { readBack } = channel;
  if (!readBack) return undefined;
  return { channel: channel.id, path: scanPath(readBack), read: (root, now) => readScan(readBack, root, now) };
}

/** Every channel's reader, in registry order: derived from what the channels declare. */
export const OUTPUT_READERS: readonly OutputReader[] = CHANNELS.flatMap((c) => readerOf(c) ?? []);
