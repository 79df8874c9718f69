import { defineRule } from '../../model/rule.js';

const FEED_SCHEMA = 'https://github.com/agentic-commerce-protocol/agentic-commerce-protocol/blob/main/spec/2026-04-17/json-schema/schema.feed.json';
const FEED_RFC = 'https://github.com/agentic-commerce-protocol/agentic-commerce-protocol/blob/main/rfcs/rfc.product_feeds.md';

export const acpUnitPriceNotComputable = defineRule({
  id: 'acp/unit-price-not-computable',
  description:
    'The unit price cannot be computed exactly (units of different quantities, no exact conversion between them, or a base measure that is not a whole number), so the variant is published without unit_price.',
  severity: 'warning',
  url: FEED_SCHEMA,
});

export const acpSellerLinksMissing = defineRule({
  id: 'acp/seller-links-missing',
  description:
    "The config names no URL for some of the seller's policies (privacy, terms, returns, shipping), so seller.links leaves them out; agents show these links to buyers before checkout.",
  severity: 'info',
  url: `${FEED_RFC}#11-what-agents-do-with-a-feed`,
});

export const ACP_RULES = [acpUnitPriceNotComputable, acpSellerLinksMissing] as const;
