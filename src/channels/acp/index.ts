import { renderedRun, type Channel, type ChannelContext, type ChannelRun, type FeedRendering } from '../channel.js';
import { siteUrl } from '../site-links.js';
import type { AcpFeedMetadata } from './feed-types.js';
import { acpLineUrls, parseAcpLine } from './read-back.js';
import { buildProductLine, type LineContext } from './product-line.js';
import { ACP_RULES, acpSellerLinksMissing } from './rules.js';
import { buildSeller } from './seller.js';
import { ACP_CONFIG_SECTION } from './config-section.js';

export const ACP_METADATA_PATH = 'feeds/acp/metadata.json';
export const ACP_PRODUCTS_PATH = 'feeds/acp/products.jsonl';
export const ACP_VERSION = '2026-04-17';

/**
 * The Agentic Commerce Protocol product feed as an offline full replacement
 * (rfcs/rfc.product_feeds.md §3.4): `metadata.json` holds a `FeedMetadata`, `products.jsonl` one nested
 * `Product` per line with its `Variant`s (schema.feed.json, ACP 2026-04-17). The merchant uploads both to the
 * agent's feed service; ACP agents never fetch feeds from the merchant.
 *
 * `FeedMetadata.updated_at` is left out on purpose: the RFC makes feed metadata server-managed, the agent's
 * feed service advances `updated_at` when it applies an update (§4.1 step 5), and the only clock we have is
 * the run's "now", which changes every run and would make two builds of the same catalog differ.
 */
export const acpChannel: Channel = {
  id: 'acp',
  title: 'Agentic Commerce Protocol product feed',
  spec: {
    name: 'Agentic Commerce Protocol product feed (schema.feed.json)',
    version: ACP_VERSION,
    url: 'https://github.com/agentic-commerce-protocol/agentic-commerce-protocol/blob/main/rfcs/rfc.product_feeds.md',
  },
  rules: ACP_RULES,
  outputs: [ACP_METADATA_PATH, ACP_PRODUCTS_PATH],
  cost: 21,
  configSection: ACP_CONFIG_SECTION,
  readBack: { kind: 'lines', path: ACP_PRODUCTS_PATH, parser: () => parseAcpLine },
  // Preferred by the link check: one line names a product, its variants and all their pages and images.
  urls: { rank: 0, scan: { kind: 'lines', path: ACP_PRODUCTS_PATH, parser: () => acpLineUrls } },
  links: (config) => [{ kind: 'product-feed', name: 'Agentic Commerce Protocol product feed', url: siteUrl(config, ACP_PRODUCTS_PATH), notes: 'JSON Lines, one product with its variants per line' }],
  open(context: ChannelContext): ChannelRun {
    const { config } = context;
    const metadata: AcpFeedMetadata = { id: config.feeds.acp.feedId, target_country: config.feeds.acp.targetCountry };
    const metadataWritten = context.out.writeFile(ACP_METADATA_PATH, `${JSON.stringify(metadata, null, 2)}\n`);
    // The only per-catalog state: the seller object every line shares.
    const { seller, missing } = buildSeller(config);
    if (missing.length > 0) {
      context.diagnostics.report(
        acpSellerLinksMissing.diagnostic(
          { channel: 'acp' },
          { message: `The config has no URL for ${missing.join(', ')}, so seller.links leaves it out.`, expected: missing },
        ),
      );
    }
    const line: LineContext = { seller, language: config.shop.language };
    const file = context.out.open(ACP_PRODUCTS_PATH);
    let items = 0;
    return renderedRun<FeedRendering>({
      render(product) {
        const result = buildProductLine(product, line);
        for (const d of result.diagnostics) context.diagnostics.report(d);
        // JSON.stringify escapes every line break inside values, so one product stays on one line.
        return { text: `${JSON.stringify(result.product)}\n`, items: product.variants.length, skipped: 0 };
      },
      async apply(rendered) {
        await file.write(rendered.text);
        items += rendered.items;
      },
      async close() {
        await metadataWritten;
        await file.close();
        return { items, skipped: 0 };
      },
    });
  },
};
