import { defineRule } from '../../model/rule.js';

/** llms.txt proposal, AnswerDotAI/llms-txt nbs/index.qmd (2024-09-03). */
const LLMS_TXT_SPEC = 'https://llmstxt.org/#format';

export const llmsTxtCapped = defineRule({
  id: 'llms/llms-txt-capped',
  description: 'llms.txt names only part of the catalog (llms.maxProducts or llms.maxBytes); it says how many products and categories it left out and that every product is in the feeds.',
  severity: 'info',
  url: LLMS_TXT_SPEC,
  fix: 'Nothing to do: llms.txt says how many it left out, and every product is in the feeds. To name more products in llms.txt, raise llms.maxProducts or llms.maxBytes.',
  example: {
    input: '"llms": { "maxProducts": 100 } with a catalog of 240 products in 8 categories',
    finding: 'llms.txt names 100 of 240 products and 8 of 8 categories; it says so and points to the feeds for the rest.',
  },
});

export const llmsTxtOverLimit = defineRule({
  id: 'llms/llms-txt-over-limit',
  description: "llms.txt is larger than llms.maxBytes even without any product or category (the shop's summary, details and links alone); raise the limit.",
  severity: 'warning',
  url: LLMS_TXT_SPEC,
  fix: 'Raise llms.maxBytes (the default is 100000); the shop\'s details, its shipping and returns terms and the links to its feeds, policies and APIs must fit in it before any product.',
  example: {
    input: '"llms": { "maxBytes": 1024 }',
    finding: 'llms.txt is over llms.maxBytes even without products or categories.',
  },
});

export const llmsSummaryCut = defineRule({
  id: 'llms/summary-cut',
  description: 'The llms.txt summary (llms.summary, else shop.description) was cut at a word boundary to keep llms.txt within llms.maxBytes.',
  severity: 'warning',
  url: LLMS_TXT_SPEC,
  fix: 'Shorten llms.summary (or shop.description when llms.summary is not set) to a few sentences, or raise llms.maxBytes.',
  example: {
    input: '"llms": { "summary": "Organic cotton basics. …", "maxBytes": 4000 } with a summary of 4,600 characters',
    finding: 'The summary was cut to keep llms.txt within llms.maxBytes.',
  },
});

export const llmsSummaryMissing = defineRule({
  id: 'llms/summary-missing',
  description: 'Neither llms.summary nor shop.description is set, so llms.txt has no blockquote summary, the part the spec says holds the key information for reading the rest.',
  severity: 'info',
  url: LLMS_TXT_SPEC,
  fix: 'Set llms.summary, or shop.description, in the config to one or two sentences about the shop and what it sells.',
  example: {
    input: 'A config with no llms.summary and no shop.description',
    finding: 'llms.txt has no summary: set llms.summary or shop.description.',
  },
});

export const llmsFullCapped = defineRule({
  id: 'llms/llms-full-capped',
  description: 'llms-full.txt reached llms.fullMaxBytes; the products after it are left out, counted and named as missing at the end of the file.',
  severity: 'info',
  url: LLMS_TXT_SPEC,
  fix: 'Raise llms.fullMaxBytes to hold every product, or leave it: the missing products are named at the end of llms-full.txt and are in the feeds.',
  example: {
    input: '"llms": { "fullMaxBytes": 20000 } with a catalog of 240 products of one variant each',
    finding: 'llms-full.txt holds the first 64 products; 176 products (176 variants) did not fit in llms.fullMaxBytes and are named as missing at its end.',
  },
});

export const llmsCategoriesCapped = defineRule({
  id: 'llms/categories-capped',
  description: 'The catalog has more top-level categories than llms.txt tracks (1,000); products in the others are counted but get no category page.',
  severity: 'info',
  url: LLMS_TXT_SPEC,
  fix: 'Use fewer top-level categories: the first level of each product\'s productType (e.g. "Apparel" in "Apparel > Tops"), or of its Google category when it has no productType.',
  example: {
    input: 'A catalog whose productType values start with 1,005 different first levels',
    finding: 'Only the first 1000 top-level categories get a page; 5 products in later categories are counted in llms.txt but have none.',
  },
});

export const LLMS_RULES = [llmsTxtCapped, llmsTxtOverLimit, llmsSummaryCut, llmsSummaryMissing, llmsFullCapped, llmsCategoriesCapped] as const;
