import type { Channel, ChannelContext, ChannelRun, ReadBack } from '../channel.js';
import { variantFeedRun } from '../variant-feed.js';
import { siteUrl } from '../site-links.js';
import { microsoftReadBackAt } from './read-back.js';
import { buildMicrosoftRow } from './row.js';
import { MICROSOFT_RULES } from './rules.js';
import { MICROSOFT_SPEC } from './spec.js';
import { tsvHeader, tsvRow } from './tsv.js';

export { MICROSOFT_COLUMNS } from './columns.js';
export { MICROSOFT_RULES } from './rules.js';
export { MICROSOFT_SPEC } from './spec.js';

/**
 * Tab-delimited text with the .txt extension: Microsoft's own format ("Your feed file must be tab-delimited plain
 * text with extensions: TXT, ZIP, GZ, ..."; XML only "if it is an existing Google-formatted XML file",
 * https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_bmcwhatiscatalog#create-a-feed-file).
 * The file name has no spaces and is far below the 50-character limit the same section sets.
 */
export const MICROSOFT_FEED_PATH = 'feeds/microsoft/products.txt';

/** How the parity check reads this feed back: one file, line by line, the header first. */
export const readBack: ReadBack = microsoftReadBackAt(MICROSOFT_FEED_PATH);
export const microsoftReadBack = readBack;

/**
 * The Microsoft Merchant Center catalog feed (Microsoft Shopping, Copilot shopping answers): one row per variant,
 * streamed, in the shop currency. Microsoft converts prices itself for the extra countries of a feed ("Real-time
 * currency conversion", same page), so the config's extra markets get no file of their own here.
 *
 * The spec name and version cannot go into the file: it "must start with a single header row" and has no comment
 * syntax, so they are stated in the manifest (agentshelf.json) from `spec`.
 *
 * Memory: the open file and two counters; nothing grows with the catalog.
 */
export const microsoftChannel: Channel = {
  id: 'microsoft',
  title: 'Microsoft Merchant Center feed',
  spec: MICROSOFT_SPEC,
  rules: MICROSOFT_RULES,
  outputs: [MICROSOFT_FEED_PATH],
  cost: 41,
  readBack,
  links: (config) => [{ kind: 'product-feed', name: 'Microsoft Merchant Center product feed', url: siteUrl(config, MICROSOFT_FEED_PATH), notes: 'tab-delimited text, one row per variant, every product' }],
  open(context: ChannelContext): ChannelRun {
    const run = { config: context.config };
    return variantFeedRun({
      out: context.out,
      path: MICROSOFT_FEED_PATH,
      header: tsvHeader(),
      diagnostics: context.diagnostics,
      row(product, variant) {
        const result = buildMicrosoftRow(product, variant, run);
        return { diagnostics: result.diagnostics, ...(result.row ? { text: tsvRow(result.row) } : {}) };
      },
    });
  },
};
