import { XMLBuilder } from 'fast-xml-parser';
import type { Channel, ChannelContext, ChannelRun } from '../channel.js';
import { buildGoogleItem } from './item.js';
import { GOOGLE_RULES } from './rules.js';

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
  outputs: [GOOGLE_FEED_PATH],
  open(context: ChannelContext): ChannelRun {
    const { config } = context;
    const xml = new XMLBuilder({ format: false, processEntities: true, suppressEmptyNode: false });
    const file = context.out.open(GOOGLE_FEED_PATH);
    const header =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<!-- ${SPEC.name}, ${SPEC.version}: ${SPEC.url}. Written by agentshelf. -->\n` +
      `<rss version="2.0" xmlns:g="${GOOGLE_NAMESPACE}">\n<channel>\n` +
      xml.build({
        title: config.feeds.google?.title ?? config.shop.name,
        link: config.shop.url,
        description: config.feeds.google?.description ?? config.shop.description ?? `Products of ${config.shop.name}`,
      }) +
      '\n';
    const started = file.write(header);
    let items = 0;
    let skipped = 0;
    return {
      async add(product) {
        await started;
        for (const variant of product.variants) {
          const result = buildGoogleItem(product, variant, config, context.now.iso);
          for (const d of result.diagnostics) context.diagnostics.report(d);
          if (!result.item) {
            skipped++;
            continue;
          }
          await file.write(`${xml.build({ item: result.item })}\n`);
          items++;
        }
      },
      async close() {
        await started;
        await file.write('</channel>\n</rss>\n');
        await file.close();
        return { items, skipped };
      },
    };
  },
};
