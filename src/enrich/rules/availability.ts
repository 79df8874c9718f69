import { defineRule } from '../../model/rule.js';

export const availabilityMissing = defineRule({
  id: 'availability/missing',
  description: 'A variant states neither its availability nor a stock quantity; agentshelf never assumes one, so it is left out.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324448',
  fix: 'Export stock levels or stock status with the catalog (for Shopify, track inventory or export "Variant Inventory Qty"; for canonical files, give availability or stockQuantity). agentshelf never assumes a variant is in stock.',
});

export const availabilityDerived = defineRule({
  id: 'availability/derived',
  description: 'Availability was derived from the stock quantity and the backorder policy.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324448',
});

export const availabilityDateMissing = defineRule({
  id: 'availability/date-missing',
  description: 'A preorder or backorder item should say when it becomes available.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324470',
  fix: 'Give backorder and preorder variants an availabilityDate, or for backorders set "defaults.backorderLeadDays" in the config to the days a backorder takes.',
});

export const availabilityStockConflict = defineRule({
  id: 'availability/stock-conflict',
  description: 'The stated availability contradicts the stock quantity; the stated availability is kept.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324448',
});

export const availabilityDateFromLeadTime = defineRule({
  id: 'availability/date-from-lead-time',
  description: "A backorder variant states no availability date; it was set to the run's date plus the config's defaults.backorderLeadDays.",
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324470',
});
