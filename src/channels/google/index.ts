import { XMLBuilder } from 'fast-xml-parser';
import type { ResolvedConfig, ResolvedMarket } from '../../model/resolved-config.js';
import { renderedRun, type Channel, type ChannelContext, type ChannelRun, type OutputStream } from '../channel.js';
import { siteUrl } from '../site-links.js';
import { buildGoogleItem } from './item.js';
import { googleItemUrls, googleReadBack } from './read-back.js';
import { escapeXmlTree } from '../../model/xml-text.js';
import { GOOGLE_RULES } from './rules.js';
import { GOOGLE_CONFIG_SECTION } from './config-section.js';

export const GOOGLE_NAMESPACE = 'http://base.google.com/ns/1.0';
export const GOOGLE_FEED_PATH = 'feeds/google/products.xml';
const SPEC = {
  name: 'Google Merchant Center product data specification (RSS 2.0)',
  version: 'Merchant API v1 attributes',
  url: 'https://support.google.com/merchants/answer/7052112',
};

/**
 * The Google Merchant Center product feed as RSS 2.0 with the g: namespace
 * (https://support.google.com/merchants/answer/14987622): one <item> per variant, streamed.
 */
export const googleChannel: Channel = {
  id: 'google',
  title: 'Google Merchant Center feed',
  spec: SPEC,
  rules: GOOGLE_RULES,
  outputs: [GOOGLE_FEED_PATH, 'feeds/google/products-<country>.xml'],
  cost: 56,
  configSection: GOOGLE_CONFIG_SECTION,
  readBack: googleReadBack(GOOGLE_FEED_PATH),
  urls: { rank: 2, scan: { kind: 'items', path: GOOGLE_FEED_PATH, open: '<item>', close: '</item>', parse: googleItemUrls } },
  links: (config) => [{ kind: 'product-feed', name: 'Google Merchant Center product feed', url: siteUrl(config, GOOGLE_FEED_PATH), notes: 'RSS 2.0 with the g: namespace, one item per variant, every product' }],
  open(context: ChannelContext): ChannelRun {
    const { config } = context;
    // Values are escaped by escapeXmlTree; the builder's own entity processing and path tracking are off (speed).
    const xml = new XMLBuilder({ format: false, processEntities: false, suppressEmptyNode: false, jPath: false } as ConstructorParameters<typeof XMLBuilder>[0]);
    // The main feed, and one feed per extra market of the config, in the market's currency.
    const targets: Array<{ path: string; market?: ResolvedMarket }> = [{ path: GOOGLE_FEED_PATH }, ...config.markets.map((market) => ({ path: marketFeedPath(market.country), market }))];
    const feeds: Array<{ path: string; market?: ResolvedMarket; file: OutputStream; started: void | Promise<void> }> = targets.map((feed) => {
      const file = context.out.open(feed.path);
      return { ...feed, file, started: file.write(header(xml, config, feed.market)) };
    });
    let items = 0;
    let skipped = 0;
    return renderedRun<GoogleRendering>({
      render(product) {
        // The items of each feed, in feed order; counts are the main feed's.
        const rendered: GoogleRendering = { feeds: feeds.map(() => ''), items: 0, skipped: 0 };
        for (const variant of product.variants) {
          feeds.forEach((feed, i) => {
            const prices = feed.market ? variant.markets?.find((m) => m.country === feed.market!.country) : undefined;
            // A variant with no price in a market (priced in another currency) is not offered there.
            if (feed.market && !prices) return;
            const result = buildGoogleItem(product, variant, config, feed.market && prices ? { market: feed.market, prices } : undefined);
            // Findings are the same in every feed: report them once, from the main feed.
            if (!feed.market) for (const d of result.diagnostics) context.diagnostics.report(d);
            if (!result.item) {
              if (!feed.market) rendered.skipped++;
              return;
            }
            rendered.feeds[i] += `${xml.build({ item: escapeXmlTree(result.item) })}\n`;
            if (!feed.market) rendered.items++;
          });
        }
        return rendered;
      },
      async apply(rendered) {
        for (const [i, feed] of feeds.entries()) {
          await feed.started;
          if (rendered.feeds[i]) await feed.file.write(rendered.feeds[i]!);
        }
        items += rendered.items;
        skipped += rendered.skipped;
      },
      async close() {
        for (const feed of feeds) {
          await feed.started;
          await feed.file.write('</channel>\n</rss>\n');
          await feed.file.close();
        }
        return { items, skipped };
      },
    });
  },
};

/** What one product gives each feed (the main feed first, then the markets'), and its counts in the main feed. */
interface GoogleRendering {
  feeds: string[];
  items: number;
  skipped: number;
}

/** feeds/google/products-<country>.xml: the feed of an extra market. */
export function marketFeedPath(country: string): string {
  return `feeds/google/products-${country}.xml`;
}

function header(xml: XMLBuilder, config: ResolvedConfig, market: ResolvedMarket | undefined): string {
  const note = market ? ` Market ${market.country}: prices in ${market.currency}, converted from ${config.shop.currency} at the fixed rate ${market.rate} from the config.` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<!-- ${SPEC.name}, ${SPEC.version}: ${SPEC.url}. Written by agentshelf.${note} -->\n` +
    `<rss version="2.0" xmlns:g="${GOOGLE_NAMESPACE}">\n<channel>\n` +
    xml.build(
      escapeXmlTree({
        title: config.feeds.google?.title ?? config.shop.name,
        link: config.shop.url,
        description: config.feeds.google?.description ?? config.shop.description ?? `Products of ${config.shop.name}`,
      }),
    ) +
    '\n'
  );
}
