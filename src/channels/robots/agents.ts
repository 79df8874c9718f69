/**
 * The robots.txt product tokens agentshelf writes groups for, each with its vendor's documentation. Every token
 * matches RFC 9309's product-token syntax, letters, "_" and "-" (https://www.rfc-editor.org/rfc/rfc9309#section-2.2.1).
 * Sources are the vendors' crawler pages, as listed in the project's reference notes
 * (shared/specs/agent-commerce-protocols.md §4).
 */
export interface CrawlerToken {
  token: string;
  /** What the token controls, in a few words, written as a comment beside its group. */
  purpose: string;
  /** The vendor's documentation of the token. */
  docs: string;
}

const OPENAI = 'https://developers.openai.com/api/docs/bots';
const ANTHROPIC = 'https://support.claude.com/en/articles/8896518';
const PERPLEXITY = 'https://docs.perplexity.ai/docs/resources/perplexity-crawlers';
const GOOGLE = 'https://developers.google.com/crawling/docs/crawlers-fetchers/google-common-crawlers';

/**
 * Search and shopping agents: blocking them takes the shop out of that assistant's answers. The user-initiated
 * fetchers (ChatGPT-User, Claude-User, Perplexity-User) act for a person; their vendors say robots.txt may not
 * apply to them, but a rule here is still the shop's stated wish.
 */
export const SEARCH_AGENTS: readonly CrawlerToken[] = [
  { token: 'OAI-SearchBot', purpose: 'ChatGPT search and shopping results', docs: OPENAI },
  { token: 'ChatGPT-User', purpose: 'pages a ChatGPT user asks about', docs: OPENAI },
  { token: 'PerplexityBot', purpose: 'Perplexity search results', docs: PERPLEXITY },
  { token: 'Perplexity-User', purpose: 'pages a Perplexity user asks about', docs: PERPLEXITY },
  { token: 'Claude-SearchBot', purpose: 'Claude search results', docs: ANTHROPIC },
  { token: 'Claude-User', purpose: 'pages a Claude user asks about', docs: ANTHROPIC },
  { token: 'Googlebot', purpose: 'Google Search, whose index also serves its AI features', docs: GOOGLE },
  { token: 'Bingbot', purpose: 'Bing search, whose index also serves Copilot', docs: 'https://www.bing.com/webmasters/help/which-crawlers-does-bing-use-8c184ec0' },
];

/** Crawlers and control tokens for model training: the shop's choice, independent of search visibility. */
export const TRAINING_CRAWLERS: readonly CrawlerToken[] = [
  { token: 'GPTBot', purpose: 'OpenAI model training', docs: OPENAI },
  { token: 'ClaudeBot', purpose: 'Anthropic model training', docs: ANTHROPIC },
  { token: 'Google-Extended', purpose: 'Gemini training and grounding; a control token, not a crawler, and not Search', docs: `${GOOGLE}#google-extended` },
  { token: 'CCBot', purpose: 'Common Crawl, an open web archive many models are trained on', docs: 'https://commoncrawl.org/ccbot' },
  { token: 'Applebot-Extended', purpose: 'Apple model training; a control token, Applebot still crawls for Siri and Spotlight', docs: 'https://support.apple.com/en-us/119829' },
  { token: 'Meta-ExternalAgent', purpose: 'Meta AI model training', docs: 'https://developers.facebook.com/docs/sharing/webmasters/web-crawlers' },
];
