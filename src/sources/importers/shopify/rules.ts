import { defineRule } from '../../../model/rule.js';

/** Shopify's product CSV column reference: every CSV rule below points at the column it is about. */
export const SHOPIFY_CSV_SPEC_URL = 'https://help.shopify.com/en/manual/products/import-export/using-csv';

export const shopifyNotPublished = defineRule({
  id: 'shopify/not-published',
  description: 'A Shopify product that is a draft, archived, or hidden from the online store is left out: shoppers cannot buy it there.',
  severity: 'info',
  url: SHOPIFY_CSV_SPEC_URL,
  fix: 'Nothing to do if the product is not for sale. To include it, set its status to Active and make it available on the Online Store sales channel in Shopify admin, then export again.',
  example: {
    input: '"Status" cell: draft',
    finding: 'The product\'s status is "draft": it is not on sale, so it is left out.',
  },
});

export const shopifyNoStockCount = defineRule({
  id: 'shopify/no-stock-count',
  description: 'A Shopify variant whose inventory is tracked states no stock count (a multi-location export leaves Variant Inventory Qty empty), or an export has no inventory columns at all; no availability is assumed.',
  severity: 'info',
  url: SHOPIFY_CSV_SPEC_URL,
  fix: 'Export from a single-location shop, or give the stock per variant another way (a canonical file with availability); agentshelf never assumes stock.',
  example: {
    input: '"Variant Inventory Tracker" shopify, "Variant Inventory Qty" empty (a multi-location export)',
    finding: 'Inventory is tracked but the export states no quantity (Variant Inventory Qty is empty); no availability is assumed.',
  },
});

/**
 * Shopify sells a variant whose inventory it does not track without limit: "A variant with no
 * variant.inventory_management is also considered available" (Shopify's Liquid reference for variant.available),
 * and NOT_MANAGED is "This product variant's inventory is not tracked"
 * (https://shopify.dev/docs/api/admin-graphql/2024-04/enums/productvariantinventorymanagement).
 */
export const shopifyInventoryNotTracked = defineRule({
  id: 'shopify/inventory-not-tracked',
  description: "Shopify does not track this variant's inventory (Variant Inventory Tracker is empty), and Shopify sells such a variant without limit: it is in stock, as the online store shows it.",
  severity: 'info',
  kind: 'enriched',
  url: 'https://shopify.dev/docs/api/liquid/objects/variant#variant-available',
  fix: 'Nothing to do if Shopify sells the variant without limit. To publish a stock count instead, turn on "Track quantity" for the variant in Shopify admin and export again.',
  example: {
    input: '"Variant Inventory Tracker" cell empty, the column present',
    finding: 'Variant Inventory Tracker is empty: Shopify does not count this variant and sells it without limit, so it is in stock.',
  },
});

export const shopifyUnknownValue = defineRule({
  id: 'shopify/unknown-value',
  description: 'A Shopify cell holds a value outside the values Shopify documents for its column; the value is left out, and for Status or Published the product with it.',
  severity: 'warning',
  url: SHOPIFY_CSV_SPEC_URL,
  fix: "Write a value Shopify documents for the column: Status active, draft, archived or unlisted; Published TRUE or FALSE; Variant Inventory Policy deny or continue; Google Shopping / Gender male, female or unisex (Age Group and Condition: Google's values too).",
  example: {
    input: '"Google Shopping / Gender" cell: men',
    finding: '"Google Shopping / Gender" must be one of Google\'s values; it is left out.',
  },
});

export const shopifyInvalidNumber = defineRule({
  id: 'shopify/invalid-number',
  description: 'A Shopify price, quantity, weight or measure is not a plain number; the value is left out.',
  severity: 'warning',
  url: SHOPIFY_CSV_SPEC_URL,
  fix: 'Write the number plainly: digits and a dot, no thousands separator or currency sign (1299.00), and a whole number for the inventory quantity. Correct it in Shopify admin and export again, or in the CSV.',
  example: {
    input: '"Variant Price" cell: 1,299.00',
    finding: 'The price is not a plain decimal number; it is left out.',
  },
});

export const shopifyDuplicateSku = defineRule({
  id: 'shopify/duplicate-sku',
  description: 'Variants of one Shopify product share a SKU, so the SKU cannot be their id; their ids are derived from the handle and option values.',
  severity: 'warning',
  url: SHOPIFY_CSV_SPEC_URL,
  fix: 'Give each variant of the product its own SKU in Shopify admin, then export again.',
  example: {
    input: 'Two variants of classic-tee (Size S and M) with "Variant SKU" TEE-1',
    finding: 'Another variant of the product has the SKU "TEE-1"; the id "classic-tee/S" is derived from the handle and option values.',
  },
});

export const shopifyMissingHandle = defineRule({
  id: 'shopify/missing-handle',
  description: 'A Shopify CSV row has no Handle, so it cannot be grouped with a product; it is skipped.',
  severity: 'error',
  url: SHOPIFY_CSV_SPEC_URL,
  fix: "Fill in the row's Handle cell with the handle of the product it belongs to, as on that product's first row.",
  example: {
    input: 'A row with an empty "Handle" cell and "Title" Camp Mug',
    finding: 'The row has no Handle, so it belongs to no product; it is skipped.',
  },
});

export const shopifyUnreadableProduct = defineRule({
  id: 'shopify/unreadable-product',
  description: 'An entry of a storefront products.json page is not a product object with a handle; it is skipped.',
  severity: 'error',
  fix: "Check what the storefront's /products.json returns for this entry (an app or the theme may change it); if it cannot be fixed there, read the shop's CSV export (Products > Export) instead.",
  example: {
    input: 'An entry of products.json: {"id": 123, "title": "Classic Tee", "variants": []}, without a handle',
    finding: 'The product has no handle. It is skipped.',
  },
});
