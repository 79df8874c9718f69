import { defineRule } from '../../model/rule.js';

/** llms.txt proposal, AnswerDotAI/llms-txt nbs/index.qmd (2024-09-03). */
const LLMS_TXT_SPEC = 'https://llmstxt.org/#format';

export const llmsTxtCapped = defineRule({
  id: 'llms/llms-txt-capped',
  description: 'llms.txt names only part of the catalog (llms.maxProducts or llms.maxBytes); it says how many products and categories it left out and that every product is in the feeds.',
  severity: 'info',
  url: LLMS_TXT_SPEC,
});

export const llmsTxtOverLimit = defineRule({
  id: 'llms/llms-txt-over-limit',
  description: "llms.txt is larger than llms.maxBytes even without any product or category (the shop's summary, details and links alone); raise the limit.",
  severity: 'warning',
  url: LLMS_TXT_SPEC,
});

export const llmsSummaryCut = defineRule({
  id: 'llms/summary-cut',
  description: 'The llms.txt summary (llms.summary, else shop.description) was cut at a word boundary to keep llms.txt within llms.maxBytes.',
  severity: 'warning',
  url: LLMS_TXT_SPEC,
});

export const llmsSummaryMissing = defineRule({
  id: 'llms/summary-missing',
  description: 'Neither llms.summary nor shop.description is set, so llms.txt has no blockquote summary, the part the spec says holds the key information for reading the rest.',
  severity: 'info',
  url: LLMS_TXT_SPEC,
});

export const llmsFullCapped = defineRule({
  id: 'llms/llms-full-capped',
  description: 'llms-full.txt reached llms.fullMaxBytes; the products after it are left out, counted and named as missing at the end of the file.',
  severity: 'info',
  url: LLMS_TXT_SPEC,
});

export const llmsCategoriesCapped = defineRule({
  id: 'llms/categories-capped',
  description: 'The catalog has more top-level categories than llms.txt tracks (1,000); products in the others are counted but get no category page.',
  severity: 'info',
  url: LLMS_TXT_SPEC,
});

export const LLMS_RULES = [llmsTxtCapped, llmsTxtOverLimit, llmsSummaryCut, llmsSummaryMissing, llmsFullCapped, llmsCategoriesCapped] as const;
