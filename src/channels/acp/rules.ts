import { defineRule } from '../../model/rule.js';

const FEED_RFC = 'https://github.com/agentic-commerce-protocol/agentic-commerce-protocol/blob/main/rfcs/rfc.product_feeds.md';

export const acpSellerLinksMissing = defineRule({
  id: 'acp/seller-links-missing',
  description:
    "The config names no URL for some of the seller's policies (privacy, terms, returns, shipping), so seller.links leaves them out; agents show these links to buyers before checkout.",
  severity: 'info',
  url: `${FEED_RFC}#11-what-agents-do-with-a-feed`,
  fix: 'Set the URL of each published policy in the config: policies.privacy, policies.terms, policies.returns and policies.shipping.',
  example: {
    input: '"policies": { "privacy": "https://shop.example/policies/privacy", "terms": "…", "returns": "…" } with no "shipping"',
    finding: 'The config has no URL for shipping_policy, so seller.links leaves it out.',
  },
});

export const ACP_RULES = [acpSellerLinksMissing] as const;
