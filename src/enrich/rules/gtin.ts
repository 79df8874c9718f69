import { defineRule } from '../../model/rule.js';

export const gtinNormalized = defineRule({
  id: 'gtin/normalized',
  description: 'Spaces, dashes or dots were removed from a GTIN.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324461',
});

export const gtinNonDigit = defineRule({
  id: 'gtin/non-digit',
  description: 'A GTIN holds only digits; this one is left out of every output.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324461',
});

export const gtinLength = defineRule({
  id: 'gtin/length',
  description: 'A GTIN has 8, 12, 13 or 14 digits; this one is left out of every output.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324461',
});

export const gtinCheckDigit = defineRule({
  id: 'gtin/check-digit',
  description: "A GTIN's last digit must be its GS1 check digit; this one is left out of every output.",
  severity: 'warning',
  url: 'https://www.gs1.org/services/how-calculate-check-digit-manually',
});

export const gtinRestrictedPrefix = defineRule({
  id: 'gtin/restricted-prefix',
  description: 'GTINs starting 2, 02 or 04 are for restricted, in-store circulation and are rejected by Google; left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6286293',
});

export const gtinCouponPrefix = defineRule({
  id: 'gtin/coupon-prefix',
  description: 'GTINs starting 05, 99 or 981-984 are coupon numbers and are rejected by Google; left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6286302',
});

export const identifierNone = defineRule({
  id: 'identifier/none',
  description: 'The item has neither a GTIN nor a brand with an MPN, so identifier_exists is published as "no".',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324478',
});
