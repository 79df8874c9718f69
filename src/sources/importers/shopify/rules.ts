import { defineRule } from '../../../model/rule.js';

/** Shopify's product CSV column reference: every CSV rule below points at the column it is about. */
export const SHOPIFY_CSV_SPEC_URL = 'https://help.shopify.com/en/manual/products/import-export/using-csv';

export const shopifyNotPublished = defineRule({
  id: 'shopify/not-published',
  description: 'A Shopify product that is a draft, archived, or hidden from the online store is left out: shoppers cannot buy it there.',
  severity: 'info',
  url: SHOPIFY_CSV_SPEC_URL,
});

export const shopifyNoStockCount = defineRule({
  id: 'shopify/no-stock-count',
  description: 'A Shopify variant whose inventory is tracked states no stock count (a multi-location export leaves Variant Inventory Qty empty), or an export has no inventory columns at all; no availability is assumed.',
  severity: 'info',
  url: SHOPIFY_CSV_SPEC_URL,
  fix: 'Export from a single-location shop, or give the stock per variant another way (a canonical file with availability); agentshelf never assumes stock.',
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
});

export const shopifyUnknownValue = defineRule({
  id: 'shopify/unknown-value',
  description: 'A Shopify cell holds a value outside the values Shopify documents for its column; the value is left out, and for Status or Published the product with it.',
  severity: 'warning',
  url: SHOPIFY_CSV_SPEC_URL,
});

export const shopifyInvalidNumber = defineRule({
  id: 'shopify/invalid-number',
  description: 'A Shopify price, quantity, weight or measure is not a plain number; the value is left out.',
  severity: 'warning',
  url: SHOPIFY_CSV_SPEC_URL,
});

export const shopifyDuplicateSku = defineRule({
  id: 'shopify/duplicate-sku',
  description: 'Variants of one Shopify product share a SKU, so the SKU cannot be their id; their ids are derived from the handle and option values.',
  severity: 'warning',
  url: SHOPIFY_CSV_SPEC_URL,
});

export const shopifyMissingHandle = defineRule({
  id: 'shopify/missing-handle',
  description: 'A Shopify CSV row has no Handle, so it cannot be grouped with a product; it is skipped.',
  severity: 'error',
  url: SHOPIFY_CSV_SPEC_URL,
});

export const shopifyUnreadableProduct = defineRule({
  id: 'shopify/unreadable-product',
  description: 'An entry of a storefront products.json page is not a product object with a handle; it is skipped.',
  severity: 'error',
});
