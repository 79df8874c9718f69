import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { AcpLink, AcpLinkType, AcpSeller } from './feed-types.js';
import { linkTitles } from './labels.js';

/** Config policy keys and the `Link.type` values schema.feed.json names for them (`$defs.Link`). */
const POLICY_LINKS: ReadonlyArray<readonly [keyof ResolvedConfig['policies'], AcpLinkType]> = [
  ['privacy', 'privacy_policy'],
  ['terms', 'terms_of_service'],
  ['returns', 'refund_policy'],
  ['shipping', 'shipping_policy'],
];

export interface SellerResult {
  seller: AcpSeller;
  /** Link types the config has no URL for. */
  missing: AcpLinkType[];
}

/**
 * The shop as `Variant.seller`: its name and policy links. It is the same for every variant, so it is built
 * once per run and the same object is serialized on every line.
 */
export function buildSeller(config: ResolvedConfig): SellerResult {
  const titles = linkTitles(config.shop.language);
  const links: AcpLink[] = [];
  const missing: AcpLinkType[] = [];
  for (const [key, type] of POLICY_LINKS) {
    const url = config.policies[key];
    if (url === undefined) {
      missing.push(type);
      continue;
    }
    links.push(titles ? { type, title: titles[type], url } : { type, url });
  }
  const seller: AcpSeller = { name: config.shop.name };
  if (links.length > 0) seller.links = links;
  return { seller, missing };
}
