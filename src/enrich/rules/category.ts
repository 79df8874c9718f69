import { defineRule } from '../../model/rule.js';

export const categoryPathResolved = defineRule({
  id: 'category/path-resolved',
  description: 'A Google product category given as a path was resolved to its taxonomy id.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324436',
});

export const categoryUnknown = defineRule({
  id: 'category/unknown',
  description: 'The Google product category is not in the 2021-09-21 taxonomy; it is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324436',
});

export const categorySuggested = defineRule({
  id: 'category/suggested',
  description: 'A product without a Google product category has a suggested one from its product type or title; it is applied only when the config says so.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324436',
});

export const categorySuggestionApplied = defineRule({
  id: 'category/suggestion-applied',
  description: 'A suggested Google product category was applied, because the config sets enrich.applySuggestedCategories.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324436',
});
