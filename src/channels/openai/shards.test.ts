import { describe, expect, it } from 'vitest';
import { MemoryWriter } from '../memory-writer.js';
import { ShardedFeed, shardPath } from './shards.js';

describe('shardPath', () => {
  it.each([
    ['jsonl', 0, 'feeds/openai/products.jsonl.gz'],
    ['jsonl', 1, 'feeds/openai/products-2.jsonl.gz'],
    ['tsv', 2, 'feeds/openai/products-3.tsv.gz'],
    ['csv', 9, 'feeds/openai/products-10.csv.gz'],
  ] as const)('%s shard %i is %s', (format, index, path) => {
    expect(shardPath(format, index)).toBe(path);
  });

  it.each([-1, 1.5])('refuses shard index %d', (index) => {
    expect(() => shardPath('jsonl', index)).toThrow(RangeError);
  });
});

describe('ShardedFeed', () => {
  it('fills each shard to its size, repeats the header, and opens no empty shard', async () => {
    const out = new MemoryWriter();
    const feed = new ShardedFeed(out, 'tsv', 2, 'h\n');
    for (const record of ['1\n', '2\n', '3\n', '4\n']) await feed.write(record);
    expect(await feed.close()).toBe(2);
    expect(Object.fromEntries(out.files)).toEqual({ 'feeds/openai/products.tsv.gz': 'h\n1\n2\n', 'feeds/openai/products-2.tsv.gz': 'h\n3\n4\n' });
  });

  it('opens the canonical shard even with no rows', async () => {
    const out = new MemoryWriter();
    const feed = new ShardedFeed(out, 'jsonl', 500_000);
    expect(await feed.close()).toBe(1);
    expect(Object.fromEntries(out.files)).toEqual({ 'feeds/openai/products.jsonl.gz': '' });
  });

  it.each([0, -1, 2.5])('refuses shard size %d', (size) => {
    expect(() => new ShardedFeed(new MemoryWriter(), 'jsonl', size)).toThrow(RangeError);
  });
});
