import { defineRule } from '../../model/rule.js';

export const availabilityMissing = defineRule({
  id: 'availability/missing',
  description: 'A variant states neither its availability nor a stock quantity; agentshelf never assumes one, so it is left out.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324448',
  fix: 'Export stock levels or stock status with the catalog (for Shopify, track inventory or export "Variant Inventory Qty"; for canonical files, give availability or stockQuantity). agentshelf never assumes a variant is in stock.',
  example: {
    input: '{"id": "tee-1-m", "price": "19.99"} (a variant with no availability and no stockQuantity)',
    finding: 'Neither availability nor stockQuantity is given, and availability is never assumed.',
  },
});

export const availabilityDerived = defineRule({
  id: 'availability/derived',
  description: 'Availability was derived from the stock quantity and the backorder policy.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324448',
  fix: 'Nothing to do: the availability follows the stock quantity and backorder policy. To state it yourself, give the variant an availability ("in_stock", "out_of_stock", "preorder" or "backorder").',
  example: {
    input: '{"id": "tee-1-m", "stockQuantity": 0, "backorderPolicy": "allow"}',
    finding: 'Availability "backorder" was derived from a stock quantity of 0 and backorder policy "allow".',
  },
});

export const availabilityDateMissing = defineRule({
  id: 'availability/date-missing',
  description: 'A preorder or backorder item should say when it becomes available.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324470',
  fix: 'Give backorder and preorder variants an availabilityDate, or for backorders set "defaults.backorderLeadDays" in the config to the days a backorder takes.',
  example: {
    input: '{"id": "tee-1-m", "price": "19.99", "availability": "preorder"} (no availabilityDate)',
    finding: 'A preorder item should say when it becomes available (availabilityDate).',
  },
});

export const availabilityStockConflict = defineRule({
  id: 'availability/stock-conflict',
  description: 'The stated availability contradicts the stock quantity; the stated availability is kept.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324448',
  fix: 'Correct the variant\'s availability or its stockQuantity in the shop so they agree. A variant sold while no stock is on hand should have backorderPolicy "allow" or availability "backorder".',
  example: {
    input: '{"id": "mug-1-a", "availability": "in_stock", "stockQuantity": 0}',
    finding: 'Availability is "in_stock" but the stock quantity is 0; the stated availability is kept.',
  },
});

export const availabilityDateFromLeadTime = defineRule({
  id: 'availability/date-from-lead-time',
  description: "A backorder variant states no availability date; it was set to the run's date plus the config's defaults.backorderLeadDays.",
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324470',
  fix: 'Nothing to do if the lead time is right; change it with defaults.backorderLeadDays in the config. To state the date yourself, give the variant an availabilityDate.',
  example: {
    input: 'Config "defaults": {"backorderLeadDays": 14}; variant {"id": "tee-1-m", "stockQuantity": 0, "backorderPolicy": "allow"}; run on 2025-06-01',
    finding: "The availability date 2025-06-15T00:00:00Z is the run's date plus defaults.backorderLeadDays (14).",
  },
});
