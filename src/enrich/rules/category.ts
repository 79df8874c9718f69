import { defineRule } from '../../model/rule.js';

export const categoryPathResolved = defineRule({
  id: 'category/path-resolved',
  description: 'A Google product category given as a path was resolved to its taxonomy id.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324436',
  fix: 'Nothing to do: the path names a category of the taxonomy. To stop the finding, give googleProductCategory as the numeric id the finding names.',
  example: {
    input: '"googleProductCategory": "Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs"',
    finding: 'The category path was resolved to id 2169.',
  },
});

export const categoryUnknown = defineRule({
  id: 'category/unknown',
  description: 'The Google product category is not in the 2021-09-21 taxonomy; it is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324436',
  fix: 'Set googleProductCategory to the numeric id or the full path of a category in the 2021-09-21 Google product taxonomy, for example 212 or "Apparel & Accessories > Clothing > Shirts & Tops".',
  example: {
    input: '"googleProductCategory": "Apparel > T-Shirts"',
    finding: '"Apparel > T-Shirts" is not a category of the Google product taxonomy (2021-09-21); it is left out.',
  },
});

export const categorySuggested = defineRule({
  id: 'category/suggested',
  description: 'A product without a Google product category has a suggested one from its product type or title; it is applied only when the config says so.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324436',
  fix: 'To publish the suggestions, set enrich.applySuggestedCategories to true in the config. To choose the category yourself, give the product a googleProductCategory.',
  example: {
    input: '{"id": "tee-1", "title": "Cotton T-Shirt"} (no googleProductCategory)',
    finding:
      'Google category 212 "Apparel & Accessories > Clothing > Shirts & Tops" is suggested from the title (shirt); set enrich.applySuggestedCategories to apply suggestions.',
  },
});

export const categorySuggestionApplied = defineRule({
  id: 'category/suggestion-applied',
  description: 'A suggested Google product category was applied, because the config sets enrich.applySuggestedCategories.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324436',
  fix: 'Nothing to do if the category fits. Otherwise give the product its own googleProductCategory, or set enrich.applySuggestedCategories to false to stop applying suggestions.',
  example: {
    input: 'Config "enrich": {"applySuggestedCategories": true}; product {"id": "tee-1", "title": "Cotton T-Shirt"} with no googleProductCategory',
    finding: 'Google category 212 "Apparel & Accessories > Clothing > Shirts & Tops" was suggested from the title (shirt) and applied, as the config asks.',
  },
});
