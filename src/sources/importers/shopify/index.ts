/** The Shopify importers: the product CSV export and a storefront's public products.json. */
export { shopifyCsvFormat } from './shopify-csv.js';
export { shopifyJsonFormat } from './shopify-json.js';
