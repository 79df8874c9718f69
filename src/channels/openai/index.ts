import { renderedRun, type Channel, type ChannelContext, type ChannelRun } from '../channel.js';
import type { OpenAiRow } from './columns.js';
import { siteUrl } from '../site-links.js';
import { delimitedHeader, delimitedRow, tsvIdProblem } from './delimited.js';
import { openaiReadBack } from './read-back.js';
import { buildOpenAiRow } from './row.js';
import { checkRow } from './row-checks.js';
import { openaiIdBreaksTsv, OPENAI_RULES } from './rules.js';
import { prepareRun } from './run-values.js';
import { OPENAI_FEED_DIR, ShardedFeed, shardPath, type FeedFormat } from './shards.js';
import { OPENAI_SPEC } from './spec.js';
import { OPENAI_CONFIG_SECTION } from './config-section.js';

export { OPENAI_COLUMNS, type OpenAiRow } from './columns.js';
export { shardPath } from './shards.js';

/** The canonical JSON Lines file, always written: https://developers.openai.com/commerce/specs/file-upload/overview */
export const OPENAI_FEED_PATH = shardPath('jsonl', 0);

/** One product's rows, each as every format of the run writes it (jsonl first), and the variants left out. */
interface OpenAiRendering {
  rows: string[][];
  skipped: number;
}

/** How each format writes a row; JSON Lines is one JSON.stringify per row and newline. */
const SERIALIZE: Readonly<Record<FeedFormat, (row: OpenAiRow) => string>> = {
  jsonl: (row) => `${JSON.stringify(row)}\n`,
  tsv: (row) => delimitedRow(row, 'tsv'),
  csv: (row) => delimitedRow(row, 'csv'),
};

/**
 * The OpenAI product feed for ChatGPT shopping, file-upload form: one row per variant, validated against
 * schemas/openai-product-feed.schema.json, written as feeds/openai/products.jsonl.gz and, when the config asks,
 * the same rows as .tsv.gz and .csv.gz, sharded at feeds.openai.shardSize rows with stable names (shards.ts).
 *
 * Memory: the open shard streams, the shipping field per currency, and counters; nothing grows with the catalog.
 */
export const openaiChannel: Channel = {
  id: 'openai',
  title: 'OpenAI product feed (ChatGPT shopping)',
  spec: OPENAI_SPEC,
  rules: OPENAI_RULES,
  outputs: [
    OPENAI_FEED_PATH,
    `${OPENAI_FEED_DIR}/products-*.jsonl.gz`,
    shardPath('tsv', 0),
    `${OPENAI_FEED_DIR}/products-*.tsv.gz`,
    shardPath('csv', 0),
    `${OPENAI_FEED_DIR}/products-*.csv.gz`,
  ],
  cost: 65,
  configSection: OPENAI_CONFIG_SECTION,
  readBack: openaiReadBack,
  links(config, run) {
    const sharded = run.variants !== undefined && run.variants > config.feeds.openai.shardSize;
    const notes = `JSON Lines, gzip, one row per variant${sharded ? `; the first shard, followed by products-2.jsonl.gz and on, ${config.feeds.openai.shardSize} rows each` : ''}`;
    return [{ kind: 'product-feed', name: 'OpenAI product feed', url: siteUrl(config, OPENAI_FEED_PATH), notes }];
  },
  open(context: ChannelContext): ChannelRun {
    const { config, diagnostics } = context;
    const report = diagnostics.report.bind(diagnostics);
    const run = prepareRun(config, report);
    const { shardSize } = config.feeds.openai;
    // JSON Lines always, first; then the delimited formats the config lists, in a fixed order.
    const formats: FeedFormat[] = ['jsonl', ...(['tsv', 'csv'] as const).filter((f) => config.feeds.openai.formats.includes(f))];
    const feeds = formats.map((format) => ({
      feed: new ShardedFeed(context.out, format, shardSize, format === 'jsonl' ? '' : delimitedHeader(format)),
      serialize: SERIALIZE[format],
    }));
    // A TSV cell cannot carry every id the model allows; every format writes the same rows (delimited.ts).
    const tsv = formats.includes('tsv');
    let items = 0;
    let skipped = 0;
    return renderedRun<OpenAiRendering>({
      render(product) {
        // Each row as each format writes it: the shards a row goes to depend on its place in the run (apply).
        const rendered: OpenAiRendering = { rows: [], skipped: 0 };
        for (const variant of product.variants) {
          const built = buildOpenAiRow(product, variant, run);
          for (const d of built.diagnostics) report(d);
          const { row } = built;
          if (!row) {
            rendered.skipped++;
            continue;
          }
          const subject = { productId: product.id, variantId: variant.id, channel: 'openai', origin: product.origin };
          const badId = tsv ? tsvIdProblem(row) : undefined;
          const problems = checkRow(row, subject);
          if (badId) {
            const message = `${badId} holds a line or paragraph separator that a TSV cell cannot carry, and an id is never changed, so the variant is left out of every format of the OpenAI feed.`;
            problems.push(openaiIdBreaksTsv.diagnostic(subject, { message, pointer: `/${badId}`, actual: row[badId] }));
          }
          if (problems.length > 0) {
            for (const d of problems) report(d);
            rendered.skipped++;
            continue;
          }
          rendered.rows.push(feeds.map(({ serialize }) => serialize(row)));
        }
        return rendered;
      },
      async apply(rendered) {
        for (const formats of rendered.rows) {
          for (const [i, { feed }] of feeds.entries()) await feed.write(formats[i]!);
          items++;
        }
        skipped += rendered.skipped;
      },
      async close() {
        for (const { feed } of feeds) await feed.close();
        return { items, skipped };
      },
    });
  },
};
