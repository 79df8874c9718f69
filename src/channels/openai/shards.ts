import type { OutputStream, OutputWriter } from '../channel.js';

export type FeedFormat = 'jsonl' | 'tsv' | 'csv';

export const OPENAI_FEED_DIR = 'feeds/openai';

/**
 * Stable shard names. The overview asks for "a stable file name ... overwrite it with the latest snapshot" and,
 * with several shards, to "keep that shard set stable and replace the same shard files on each update", at "up to
 * 500k items per shard" (https://developers.openai.com/commerce/specs/file-upload/overview). So the first shard
 * always keeps the canonical name (feeds/openai/products.jsonl.gz), and shard n (counting from 1) after it is
 * products-n (products-2.jsonl.gz, products-3.jsonl.gz, ...): shard n always holds rows
 * (n-1)·shardSize+1 to n·shardSize in catalog order, so the names only change when the number of shards does.
 * Every format shards at the same rows, so products-2.tsv.gz holds the rows of products-2.jsonl.gz.
 */
export function shardPath(format: FeedFormat, index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Shard index ${String(index)} is not a non-negative integer.`);
  return `${OPENAI_FEED_DIR}/${index === 0 ? 'products' : `products-${index + 1}`}.${format}.gz`;
}

/**
 * One format's shards, written in order: a row goes to the open shard until it holds `shardSize` rows; the next
 * shard is opened only when a row needs it, so there is never an empty trailing shard. The first shard is opened
 * at once, so an empty catalog still replaces the canonical file (with only a header for delimited files).
 * Memory: the open stream and two counters.
 */
export class ShardedFeed {
  private stream: OutputStream;
  private shard = 0;
  private rowsInShard = 0;
  private started: Promise<void> | void;

  constructor(
    private readonly out: OutputWriter,
    private readonly format: FeedFormat,
    private readonly shardSize: number,
    /** Written at the top of every shard (the header row of delimited files). */
    private readonly header = '',
  ) {
    if (!Number.isInteger(shardSize) || shardSize < 1) throw new RangeError(`Shard size ${String(shardSize)} is not a positive integer.`);
    this.stream = out.open(shardPath(format, 0), { gzip: true });
    this.started = this.header === '' ? undefined : this.stream.write(this.header);
  }

  async write(record: string): Promise<void> {
    await this.started;
    if (this.rowsInShard === this.shardSize) {
      await this.stream.close();
      this.shard++;
      this.rowsInShard = 0;
      this.stream = this.out.open(shardPath(this.format, this.shard), { gzip: true });
      if (this.header !== '') await this.stream.write(this.header);
    }
    this.rowsInShard++;
    await this.stream.write(record);
  }

  /** Closes the open shard; returns how many shards were written. */
  async close(): Promise<number> {
    await this.started;
    await this.stream.close();
    return this.shard + 1;
  }
}
