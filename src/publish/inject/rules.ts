import { defineRule } from '../../model/rule.js';

/** Google reads one product's structured data from its page; these rules are about getting it there. */
const PRODUCT_DOCS = 'https://developers.google.com/search/docs/appearance/structured-data/product';

export const injectDuplicateProductMarkup = defineRule({
  id: 'inject/duplicate-product-markup',
  description: "A page agentshelf injected into also has its own Product or ProductGroup JSON-LD (usually the theme's): search engines see two descriptions of one product, which may disagree.",
  severity: 'warning',
  url: PRODUCT_DOCS,
  fix: "Remove the theme's Product JSON-LD from the page template; agentshelf's block is marked data-agentshelf.",
  example: {
    input: 'products/tee-1/index.html also holds the theme\'s <script type="application/ld+json">{"@type": "Product", ...}</script>.',
    finding: 'The page has another Product or ProductGroup JSON-LD block besides the one agentshelf injected; it was kept.',
  },
});

export const injectPageUnmatched = defineRule({
  id: 'inject/page-unmatched',
  description: 'An HTML page of the site matched no product (no map entry, no data-agentshelf-product attribute, no product URL with its path): it was left as it was.',
  severity: 'info',
  url: PRODUCT_DOCS,
  fix: 'For a product page, add data-agentshelf-product="<product id>" to any element, or list the page in --map.',
  example: {
    input: "about/index.html has no data-agentshelf-product attribute and no --map entry, and no product's url leads to it.",
    finding: 'No product matched this page; it was left as it was.',
  },
});

export const injectProductWithoutPage = defineRule({
  id: 'inject/product-without-page',
  description: 'A published product has no page in the site, so its JSON-LD was injected nowhere.',
  severity: 'warning',
  url: PRODUCT_DOCS,
  fix: "Check the product's url against the site's paths, or map its page with --map.",
  example: {
    input: '"url": "https://shop.example/shop/tee-1", while the site has the page at products/tee-1/index.html.',
    finding: 'No page of the site shows this product, so its JSON-LD was injected nowhere.',
  },
});

export const injectUnknownProduct = defineRule({
  id: 'inject/unknown-product',
  description: 'A page names a product (in --map or data-agentshelf-product) that has no published JSON-LD document: the page was left as it was.',
  severity: 'warning',
  url: PRODUCT_DOCS,
  fix: 'Name the product by its catalog id, and check that the build published it.',
  example: {
    input: '<div data-agentshelf-product="tee-9"> on a page, where the build published no product tee-9.',
    finding: 'The data-agentshelf-product attribute names a product with no published JSON-LD (jsonld/tee-9.jsonld).',
  },
});

export const injectAmbiguousPage = defineRule({
  id: 'inject/ambiguous-page',
  description: 'More than one product has a URL that leads to the same page, so agentshelf cannot tell which one it shows: the page was left as it was.',
  severity: 'warning',
  url: PRODUCT_DOCS,
  fix: 'Give each product its own url, or say which product the page shows with --map or data-agentshelf-product.',
  example: {
    input: 'Products tee-1 and tee-2 both have "url": "https://shop.example/products/tee", the page products/tee/index.html.',
    finding: '2 products have a URL that leads to this page.',
  },
});

export const injectMapPageMissing = defineRule({
  id: 'inject/map-page-missing',
  description: 'A --map entry names a page that is not an HTML file of the site.',
  severity: 'warning',
  url: PRODUCT_DOCS,
  fix: 'Page paths in the map are relative to the site folder, with "/" separators (products/mug/index.html).',
  example: {
    input: '--map map.json holds {"products/mug.html": "mug-1"}, and the site has no products/mug.html.',
    finding: 'The --map entry names a page that is not an HTML file of the site.',
  },
});

export const injectUnsafeDocument = defineRule({
  id: 'inject/unsafe-document',
  description: 'A published JSON-LD file is not valid JSON, or holds a raw <, >, & or line separator that could end the script element: it was injected nowhere.',
  severity: 'error',
  url: 'https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements',
  fix: 'Publish the JSON-LD again with agentshelf build; do not edit its files by hand.',
  example: {
    input: 'jsonld/tee-1.jsonld was edited by hand after the build and is no longer valid JSON.',
    finding: 'The published JSON-LD is not valid JSON.',
  },
});

export const injectPageEncoding = defineRule({
  id: 'inject/page-encoding',
  description: 'A page is encoded in UTF-16, which agentshelf does not edit: it was left as it was.',
  severity: 'warning',
  url: 'https://html.spec.whatwg.org/multipage/semantics.html#charset',
  fix: 'Save the page as UTF-8.',
  example: {
    input: 'products/mug-1/index.html is saved as UTF-16 (its first bytes are FF FE).',
    finding: 'The page is UTF-16 (it starts with a UTF-16 byte order mark).',
  },
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
