import { defineRule } from '../../model/rule.js';

const FEED_RFC = 'https://github.com/agentic-commerce-protocol/agentic-commerce-protocol/blob/main/rfcs/rfc.product_feeds.md';

export const acpSellerLinksMissing = defineRule({
  id: 'acp/seller-links-missing',
  description:
    "The config names no URL for some of the seller's policies (privacy, terms, returns, shipping), so seller.links leaves them out; agents show these links to buyers before checkout.",
  severity: 'info',
  url: `${FEED_RFC}#11-what-agents-do-with-a-feed`,
});

export const ACP_RULES = [acpSellerLinksMissing] as const;
