/**
 * GTIN checks, as pure functions: the rules that report and repair GTINs are wired up elsewhere.
 *
 * A GTIN is 8, 12, 13 or 14 digits ending in a GS1 mod-10 check digit
 * (https://www.gs1.org/services/how-calculate-check-digit-manually). Google additionally refuses numbers
 * that are valid GS1 syntax but not globally unique: restricted-circulation numbers
 * (https://support.google.com/merchants/answer/6286293) and coupons
 * (https://support.google.com/merchants/answer/6286302).
 */

export type GtinFormat = 'GTIN-8' | 'GTIN-12' | 'GTIN-13' | 'GTIN-14';

export type GtinProblem = 'non-digit' | 'length' | 'check-digit' | 'restricted-prefix' | 'coupon-prefix' | 'all-zero';

export type GtinCheck = { ok: true; format: GtinFormat } | { ok: false; reason: GtinProblem; message: string };

/** GTIN lengths and their names, https://www.gs1.org/standards/id-keys/gtin */
const FORMAT_BY_LENGTH: ReadonlyMap<number, GtinFormat> = new Map<number, GtinFormat>([
  [8, 'GTIN-8'],
  [12, 'GTIN-12'],
  [13, 'GTIN-13'],
  [14, 'GTIN-14'],
]);

/**
 * Restricted-circulation prefixes of the 13-digit form that Google refuses:
 * https://support.google.com/merchants/answer/6286293
 */
const RESTRICTED_PREFIXES: readonly string[] = ['2', '02', '04'];

/** Coupon prefixes of the 13-digit form that Google refuses: https://support.google.com/merchants/answer/6286302 */
const COUPON_PREFIXES: readonly string[] = ['981', '982', '983', '984', '99', '05'];

/**
 * Separators people type or spreadsheets insert into barcodes ("5 012345 678900", "978-0-306-40615-7",
 * "5012345.678900"): any white space (including no-break spaces from copied web pages), dots, and the ASCII
 * hyphen plus the Unicode hyphens and dashes word processors substitute for it (U+2010 to U+2013). Digits and
 * everything else are left alone, so a letter O in place of a zero still fails as 'non-digit'.
 */
const SEPARATORS = /[\s.\-\u2010-\u2013]/g;

/**
 * Removes separators. `changed` tells the caller to record an `enriched` diagnostic, since the published
 * value will differ from the input.
 */
export function normalizeGtin(raw: string): { value: string; changed: boolean } {
  const value = raw.replace(SEPARATORS, '');
  return { value, changed: value !== raw };
}

/**
 * The GS1 mod-10 check digit of `body`, the digits before the check digit: from the right, weights 3, 1, 3, 1…;
 * the check digit brings the weighted sum up to a multiple of ten.
 * https://www.gs1.org/services/how-calculate-check-digit-manually
 * Works for every GS1 key length (7 digits for a GTIN-8 up to 17 for an SSCC).
 */
export function gtinCheckDigit(body: string): number {
  if (!/^[0-9]+$/.test(body)) throw new TypeError(`GTIN body ${JSON.stringify(body)} must be one or more digits.`);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // i counts from the rightmost digit, which always has weight 3.
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Checks a normalised GTIN: digits only, a GTIN length, not all zeros, a correct check digit, and not a
 * restricted-circulation or coupon number.
 *
 * Google states its prefix rules for the 13-digit form (https://support.google.com/merchants/answer/6286293):
 * a GTIN-14 is judged without its first (indicator) digit, and a GTIN-12 (UPC-A) as the GTIN-13 it becomes
 * with a leading 0, so UPC number systems 2 and 4 (restricted) and 5 (coupons) map to 02, 04 and 05.
 *
 * GTIN-8 is judged by GS1's own rule instead: GS1-8 prefixes 0 and 2 are Restricted Circulation Numbers
 * (RCN-8) for use inside a company, not GTINs (GS1 General Specifications, GTIN-8 and RCN-8 sections,
 * https://www.gs1.org/standards/barcodes-epcrfid-id-keys/gs1-general-specifications). GTIN-8s are issued from
 * GS1-8 prefixes 100–139 and 300–969 (same source); other unissued ranges are not refused here, because
 * GS1 can release them, and Google's own "not yet released" check has no published list
 * (https://support.google.com/merchants/answer/7000684).
 * Zero-padding a GTIN-8 to 13 digits would start it with 00000 and make Google's prefixes never match, which
 * would wave RCN-8s through although they are exactly the "not globally unique" numbers the rule exists for.
 * Google does not say how it treats GTIN-8 prefixes, so this may be stricter than Google; the rule that
 * reports 'restricted-prefix' can lower the severity for GTIN-8 if that proves wrong.
 */
export function checkGtin(value: string): GtinCheck {
  if (!/^[0-9]*$/.test(value)) {
    return fail('non-digit', `GTIN ${JSON.stringify(value)} contains characters other than the digits 0–9.`);
  }
  const format = FORMAT_BY_LENGTH.get(value.length);
  if (format === undefined) {
    return fail('length', `GTIN "${value}" has ${value.length} digits; a GTIN has 8, 12, 13 or 14.`);
  }
  // All zeros passes the check digit (0 is its own check digit), but identifies nothing.
  if (/^0+$/.test(value)) return fail('all-zero', `GTIN "${value}" is all zeros, which identifies no product.`);

  const expected = gtinCheckDigit(value.slice(0, -1));
  if (value.at(-1) !== String(expected)) {
    return fail(
      'check-digit',
      `GTIN "${value}" ends in check digit ${value.slice(-1)}, but its other digits give ${expected}; ` +
        'a digit is probably mistyped or missing.',
    );
  }

  if (format === 'GTIN-8') {
    const first = value[0];
    if (first === '0' || first === '2') {
      return fail(
        'restricted-prefix',
        `GTIN-8 "${value}" starts with ${first}, a GS1 restricted-circulation (RCN-8) prefix for internal use; ` +
          'it does not identify a product worldwide.',
      );
    }
    return { ok: true, format };
  }

  const gtin13 = format === 'GTIN-14' ? value.slice(1) : format === 'GTIN-12' ? `0${value}` : value;
  const restricted = RESTRICTED_PREFIXES.find((prefix) => gtin13.startsWith(prefix));
  if (restricted !== undefined) {
    return fail(
      'restricted-prefix',
      `GTIN "${value}" (13-digit form ${gtin13}) starts with ${restricted}, a GS1 restricted-circulation prefix ` +
        'for in-store or variable-measure numbers; Google does not accept it as a product GTIN.',
    );
  }
  const coupon = COUPON_PREFIXES.find((prefix) => gtin13.startsWith(prefix));
  if (coupon !== undefined) {
    return fail(
      'coupon-prefix',
      `GTIN "${value}" (13-digit form ${gtin13}) starts with ${coupon}, a GS1 coupon prefix; ` +
        'Google does not accept coupon numbers as product GTINs.',
    );
  }
  return { ok: true, format };
}

function fail(reason: GtinProblem, message: string): GtinCheck {
  return { ok: false, reason, message };
}
