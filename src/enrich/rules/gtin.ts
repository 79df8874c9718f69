import { defineRule } from '../../model/rule.js';

export const gtinNormalized = defineRule({
  id: 'gtin/normalized',
  description: 'Spaces, dashes or dots were removed from a GTIN.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324461',
  fix: 'Nothing to do: only the separators were removed. To stop the finding, write the GTIN as digits only in the catalog.',
  example: {
    input: '"gtin": "4006-3813-3393-1"',
    finding: 'The GTIN was written as "4006-3813-3393-1"; it is published as "4006381333931".',
  },
});

export const gtinNonDigit = defineRule({
  id: 'gtin/non-digit',
  description: 'A GTIN holds only digits; this one is left out of every output.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324461',
  fix: 'Correct the GTIN in the shop to the number under the barcode, digits 0-9 only (a letter O typed for a zero is a common slip). Put other codes in sku or mpn, not gtin.',
  example: {
    input: '"gtin": "40063813339O1" (a letter O in place of a zero)',
    finding: 'GTIN "40063813339O1" contains characters other than the digits 0–9. The GTIN is left out.',
  },
});

export const gtinLength = defineRule({
  id: 'gtin/length',
  description: 'A GTIN has 8, 12, 13 or 14 digits; this one is left out of every output.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324461',
  fix: 'Correct the GTIN to all 8, 12, 13 or 14 digits under the barcode. Spreadsheets drop leading zeros from numbers, so keep the GTIN column formatted as text.',
  example: {
    input: '"gtin": "40063813339"',
    finding: 'GTIN "40063813339" has 11 digits; a GTIN has 8, 12, 13 or 14. The GTIN is left out.',
  },
});

export const gtinCheckDigit = defineRule({
  id: 'gtin/check-digit',
  description: "A GTIN's last digit must be its GS1 check digit; this one is left out of every output.",
  severity: 'warning',
  url: 'https://www.gs1.org/services/how-calculate-check-digit-manually',
  fix: 'Copy the GTIN again from the barcode or the manufacturer\'s product data; a digit is mistyped, swapped or missing. If the product has no GTIN, remove it and give brand and mpn.',
  example: {
    input: '"gtin": "4006381333932"',
    finding: 'GTIN "4006381333932" ends in check digit 2, but its other digits give 1; a digit is probably mistyped or missing. The GTIN is left out.',
  },
});

export const gtinRestrictedPrefix = defineRule({
  id: 'gtin/restricted-prefix',
  description: 'GTINs starting 2, 02 or 04 are for restricted, in-store circulation and are rejected by Google; left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6286293',
  fix: 'Move the in-store code out of gtin (to sku, for example) and give the manufacturer\'s GTIN from the barcode, or brand and mpn if the product has none.',
  example: {
    input: '"gtin": "2001234567893"',
    finding:
      'GTIN "2001234567893" (13-digit form 2001234567893) starts with 2, a GS1 restricted-circulation prefix for in-store or variable-measure numbers; Google does not accept it as a product GTIN. The GTIN is left out.',
  },
});

export const gtinCouponPrefix = defineRule({
  id: 'gtin/coupon-prefix',
  description: 'GTINs starting 05, 99 or 981-984 are coupon numbers and are rejected by Google; left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6286302',
  fix: 'Remove the coupon number from gtin and give the product\'s own GTIN from its barcode, or brand and mpn if it has none.',
  example: {
    input: '"gtin": "9912345678909"',
    finding:
      'GTIN "9912345678909" (13-digit form 9912345678909) starts with 99, a GS1 coupon prefix; Google does not accept coupon numbers as product GTINs. The GTIN is left out.',
  },
});

export const identifierNone = defineRule({
  id: 'identifier/none',
  description: 'The item has neither a GTIN nor a brand with an MPN, so identifier_exists is published as "no".',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324478',
  fix: 'If the item has a GTIN, add it as gtin; otherwise give a brand and an mpn. Nothing to do for items that have neither, such as custom-made goods.',
  example: {
    input: '{"id": "tee-1-m", "price": "19.99", "stockQuantity": 5} (no gtin and no mpn)',
    finding: 'No GTIN and no brand with an MPN: identifier_exists is "no".',
  },
});
