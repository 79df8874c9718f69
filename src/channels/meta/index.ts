import { XMLBuilder } from 'fast-xml-parser';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { Channel, ChannelContext, ChannelRun, ReadBack } from '../channel.js';
import { variantFeedRun } from '../variant-feed.js';
import { escapeXmlTree } from '../../model/xml-text.js';
import { siteUrl } from '../site-links.js';
import { buildMetaItem } from './item.js';
import { META_FIELDS_URL } from './limits.js';
import { metaReadBack } from './read-back.js';
import { META_RULES } from './rules.js';

/**
 * Meta reads RSS 2.0 with Google's g: namespace: "You must include the prefix g for attributes in the Google
 * Merchant Center namespace: xmlns:g="http://base.google.com/ns/1.0"" (https://developers.facebook.com/docs/marketing-api/catalog/reference,
 * "Supported Feed Formats": CSV, TSV, RSS XML, Atom XML, Google Sheets).
 */
export const META_NAMESPACE = 'http://base.google.com/ns/1.0';
export const META_FEED_PATH = 'feeds/meta/products.xml';
const SPEC = {
  name: 'Meta commerce catalog product feed (RSS XML)',
  version: 'Catalog Fields, updated 2025-01-13',
  url: META_FIELDS_URL,
};

/** How the parity check reads this feed's offers back. */
export const readBack: ReadBack = metaReadBack(META_FEED_PATH);

/**
 * The Meta (Facebook, Instagram, Meta AI) commerce catalog feed as RSS XML: one <item> per variant, streamed.
 * Each item is written on one line, apart from the line breaks of its description: Meta refuses an XML line longer
 * than 5,242,880 bytes (same page), and a whole item is far below that (its description is at most 9,999
 * characters, its extra images 2,000).
 */
export const metaChannel: Channel = {
  id: 'meta',
  title: 'Meta commerce catalog feed',
  spec: SPEC,
  rules: META_RULES,
  outputs: [META_FEED_PATH],
  cost: 51,
  readBack,
  links: (config) => [{ kind: 'product-feed', name: 'Meta commerce catalog feed', url: siteUrl(config, META_FEED_PATH), notes: 'RSS 2.0 with the g: namespace, one item per variant, for Facebook and Instagram shops' }],
  open(context: ChannelContext): ChannelRun {
    const { config } = context;
    // Values are escaped by escapeXmlTree; the builder's own entity processing and path tracking are off (speed).
    const xml = new XMLBuilder({ format: false, processEntities: false, suppressEmptyNode: false, jPath: false } as ConstructorParameters<typeof XMLBuilder>[0]);
    return variantFeedRun({
      out: context.out,
      path: META_FEED_PATH,
      header: header(xml, config),
      footer: '</channel>\n</rss>\n',
      diagnostics: context.diagnostics,
      row(product, variant) {
        // The run's instant only decides how the product's own sale start and end are rounded (date-time.ts).
        const result = buildMetaItem(product, variant, config, context.now.epochMs);
        return { diagnostics: result.diagnostics, ...(result.item ? { text: `${xml.build({ item: escapeXmlTree(result.item) })}\n` } : {}) };
      },
    });
  },
};

function header(xml: XMLBuilder, config: ResolvedConfig): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<!-- ${SPEC.name}, ${SPEC.version}: ${SPEC.url}. Written by agentshelf. -->\n` +
    `<rss version="2.0" xmlns:g="${META_NAMESPACE}">\n<channel>\n` +
    xml.build(
      escapeXmlTree({
        title: config.shop.name,
        link: config.shop.url,
        description: config.shop.description ?? `Products of ${config.shop.name}`,
      }),
    ) +
    '\n'
  );
}
