import { defineRule } from '../../model/rule.js';

export const availabilityMissing = defineRule({
  id: 'availability/missing',
  description: 'A variant states neither its availability nor a stock quantity; agentshelf never assumes one, so it is left out.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324448',
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
});

export const availabilityStockConflict = defineRule({
  id: 'availability/stock-conflict',
  description: 'The stated availability contradicts the stock quantity; the stated availability is kept.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324448',
});
