import { defineRule } from '../../model/rule.js';

/** Google reads one product's structured data from its page; these rules are about getting it there. */
const PRODUCT_DOCS = 'https://developers.google.com/search/docs/appearance/structured-data/product';

export const injectDuplicateProductMarkup = defineRule({
  id: 'inject/duplicate-product-markup',
  description: "A page agentshelf injected into also has its own Product or ProductGroup JSON-LD (usually the theme's): search engines see two descriptions of one product, which may disagree.",
  severity: 'warning',
  url: PRODUCT_DOCS,
  fix: "Remove the theme's Product JSON-LD from the page template; agentshelf's block is marked data-agentshelf.",
});

export const injectPageUnmatched = defineRule({
  id: 'inject/page-unmatched',
  description: 'An HTML page of the site matched no product (no map entry, no data-agentshelf-product attribute, no product URL with its path): it was left as it was.',
  severity: 'info',
  url: PRODUCT_DOCS,
  fix: 'For a product page, add data-agentshelf-product="<product id>" to any element, or list the page in --map.',
});

export const injectProductWithoutPage = defineRule({
  id: 'inject/product-without-page',
  description: 'A published product has no page in the site, so its JSON-LD was injected nowhere.',
  severity: 'warning',
  url: PRODUCT_DOCS,
  fix: "Check the product's url against the site's paths, or map its page with --map.",
});

export const injectUnknownProduct = defineRule({
  id: 'inject/unknown-product',
  description: 'A page names a product (in --map or data-agentshelf-product) that has no published JSON-LD document: the page was left as it was.',
  severity: 'warning',
  url: PRODUCT_DOCS,
  fix: 'Name the product by its catalog id, and check that the build published it.',
});

export const injectAmbiguousPage = defineRule({
  id: 'inject/ambiguous-page',
  description: 'More than one product has a URL that leads to the same page, so agentshelf cannot tell which one it shows: the page was left as it was.',
  severity: 'warning',
  url: PRODUCT_DOCS,
  fix: 'Give each product its own url, or say which product the page shows with --map or data-agentshelf-product.',
});

export const injectMapPageMissing = defineRule({
  id: 'inject/map-page-missing',
  description: 'A --map entry names a page that is not an HTML file of the site.',
  severity: 'warning',
  url: PRODUCT_DOCS,
  fix: 'Page paths in the map are relative to the site folder, with "/" separators (products/mug/index.html).',
});

export const injectUnsafeDocument = defineRule({
  id: 'inject/unsafe-document',
  description: 'A published JSON-LD file is not valid JSON, or holds a raw <, >, & or line separator that could end the script element: it was injected nowhere.',
  severity: 'error',
  url: 'https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements',
  fix: 'Publish the JSON-LD again with agentshelf build; do not edit its files by hand.',
});

export const injectPageEncoding = defineRule({
  id: 'inject/page-encoding',
  description: 'A page is encoded in UTF-16, which agentshelf does not edit: it was left as it was.',
  severity: 'warning',
  url: 'https://html.spec.whatwg.org/multipage/semantics.html#charset',
  fix: 'Save the page as UTF-8.',
});

export const INJECT_RULES = [
  injectDuplicateProductMarkup,
  injectPageUnmatched,
  injectProductWithoutPage,
  injectUnknownProduct,
  injectAmbiguousPage,
  injectMapPageMissing,
  injectUnsafeDocument,
  injectPageEncoding,
] as const;
