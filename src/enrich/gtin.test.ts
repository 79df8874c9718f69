import { describe, expect, it } from 'vitest';
import { checkGtin, gtinCheckDigit, normalizeGtin } from './gtin.js';

/**
 * Hand checks below use GS1's method (https://www.gs1.org/services/how-calculate-check-digit-manually):
 * take the digits before the check digit, weight them 3, 1, 3, 1… starting from the right, add them up,
 * and the check digit is what brings the sum to the next multiple of ten.
 * "×3: a+b+… = S → 3S" lists the digits weighted 3 (rightmost first), "×1:" those weighted 1.
 */

/**
 * An independent implementation, the one-liner from our spec notes (§1.4), so a bug in `gtinCheckDigit` cannot
 * make a wrong expectation pass both sides.
 */
const specGtinOk = (s: string): boolean =>
  /^(\d{8}|\d{12,14})$/.test(s) &&
  [...s.slice(0, -1)].reverse().reduce((a, d, i) => a + Number(d) * (i % 2 ? 1 : 3), 0) % 10 ===
    (10 - Number(s.at(-1))) % 10;

describe('checkGtin: valid', () => {
  it.each([
    // GS1 UK example. Body 501234567890. ×3: 0+8+6+4+2+0 = 20 → 60; ×1: 9+7+5+3+1+5 = 30; 90 → check 0.
    ['5012345678900', 'GTIN-13'],
    // GS1 UK example. Body 501234567421. ×3: 1+4+6+4+2+0 = 17 → 51; ×1: 2+7+5+3+1+5 = 23; 74 → check 6.
    ['5012345674216', 'GTIN-13'],
    // GS1 India example. Body 890400021003. ×3: 3+0+2+0+4+9 = 18 → 54; ×1: 0+1+0+0+0+8 = 9; 63 → check 7.
    ['8904000210037', 'GTIN-13'],
    // UPC-A. Body 03600029145. ×3: 5+1+2+0+6+0 = 14 → 42; ×1: 4+9+0+0+3 = 16; 58 → check 2.
    // 13-digit form 0036000291452 starts 00: no restricted or coupon prefix.
    ['036000291452', 'GTIN-12'],
    // GTIN-8 with GS1-8 prefix 963. Body 9638507. ×3: 7+5+3+9 = 24 → 72; ×1: 0+8+6 = 14; 86 → check 4.
    ['96385074', 'GTIN-8'],
    // GTIN-8 with GS1-8 prefix 123. Body 1234567. ×3: 7+5+3+1 = 16 → 48; ×1: 6+4+2 = 12; 60 → check 0.
    ['12345670', 'GTIN-8'],
    // GTIN-14, indicator 1 on 0012345678905. Body 1001234567890. ×3: 0+8+6+4+2+0+1 = 21 → 63;
    // ×1: 9+7+5+3+1+0 = 25; 88 → check 2. Without the indicator: 0012345678902, prefix 00, fine.
    ['10012345678902', 'GTIN-14'],
    // ISBN-13 (Bookland 978). Body 978030640615. ×3: 5+6+4+0+0+7 = 22 → 66; ×1: 1+0+6+3+8+9 = 27; 93 → check 7.
    ['9780306406157', 'GTIN-13'],
    // 985 is next to the coupon range 981–984 but not in it. Body 985123456789.
    // ×3: 9+7+5+3+1+8 = 33 → 99; ×1: 8+6+4+2+5+9 = 34; 133 → check 7.
    ['9851234567897', 'GTIN-13'],
    // GTIN-14 with indicator 9: the indicator is ignored, so 98… is not a coupon (13-digit form 8123456789017).
    // Body 9812345678901. ×3: 1+9+7+5+3+1+9 = 35 → 105; ×1: 0+8+6+4+2+8 = 28; 133 → check 7.
    ['98123456789017', 'GTIN-14'],
  ] as const)('%s is a %s', (value, format) => {
    expect(specGtinOk(value)).toBe(true);
    expect(checkGtin(value)).toEqual({ ok: true, format });
  });
});

describe('checkGtin: refused', () => {
  it.each([
    // Check digit: each is a valid number above with its last digit changed.
    ['5012345678901', 'check-digit'],
    ['5012345674217', 'check-digit'],
    ['036000291453', 'check-digit'],
    ['96385075', 'check-digit'],
    ['10012345678903', 'check-digit'],
    ['9780306406158', 'check-digit'],
    ['5012345678800', 'check-digit'], // one body digit mistyped (9 → 8): the sum drops to 89, check would be 1
    ['9912345678904', 'check-digit'], // the coupon example with a wrong check digit (9 is right, below)

    // Restricted circulation, each with a correct check digit so only the prefix rule can fail it.
    // Body 200000000000: only the 2 counts, weighted 1; 2 → check 8.
    ['2000000000008', 'restricted-prefix'],
    // Body 250123456789. ×3: 9+7+5+3+1+5 = 30 → 90; ×1: 8+6+4+2+0+2 = 22; 112 → check 8.
    ['2501234567898', 'restricted-prefix'],
    // Body 021234567890. ×3: 0+8+6+4+2+2 = 22 → 66; ×1: 9+7+5+3+1+0 = 25; 91 → check 9.
    ['0212345678909', 'restricted-prefix'],
    // UPC-A number system 2 → 13-digit form 0212345678909. Leading zeros add nothing: same sum 91 → check 9.
    ['212345678909', 'restricted-prefix'],
    // Body 041234567890. ×3: 0+8+6+4+2+4 = 24 → 72; ×1: 9+7+5+3+1+0 = 25; 97 → check 3.
    ['0412345678903', 'restricted-prefix'],
    // UPC-A number system 4 → 0412345678903, same sum 97 → check 3.
    ['412345678903', 'restricted-prefix'],
    // GTIN-14 whose 13-digit form (indicator dropped) is 2000000000005. Body 1200000000000:
    // the 2 is weighted 1, the leading 1 weighted 3; 5 → check 5.
    ['12000000000005', 'restricted-prefix'],
    // GTIN-8, RCN-8 prefix 0. Body 0123456. ×3: 6+4+2+0 = 12 → 36; ×1: 5+3+1 = 9; 45 → check 5.
    ['01234565', 'restricted-prefix'],
    // GTIN-8, RCN-8 prefix 2. Body 2123456. ×3: 6+4+2+2 = 14 → 42; ×1: 5+3+1 = 9; 51 → check 9.
    ['21234569', 'restricted-prefix'],

    // Coupons, again with correct check digits.
    // Body 991234567890. ×3: 0+8+6+4+2+9 = 29 → 87; ×1: 9+7+5+3+1+9 = 34; 121 → check 9.
    ['9912345678909', 'coupon-prefix'],
    // Body 981234567890. ×3: 0+8+6+4+2+8 = 28 → 84; ×1: 9+7+5+3+1+9 = 34; 118 → check 2.
    ['9812345678902', 'coupon-prefix'],
    // Body 984123456789. ×3: 9+7+5+3+1+8 = 33 → 99; ×1: 8+6+4+2+4+9 = 33; 132 → check 8.
    ['9841234567898', 'coupon-prefix'],
    // UPC-A number system 5 → 0512345678900. Body 51234567890. ×3: 0+8+6+4+2+5 = 25 → 75;
    // ×1: 9+7+5+3+1 = 25; 100 → check 0.
    ['512345678900', 'coupon-prefix'],
    // GTIN-14 with indicator 1 on a 981 coupon. Body 1981234567890. ×3: 0+8+6+4+2+8+1 = 29 → 87;
    // ×1: 9+7+5+3+1+9 = 34; 121 → check 9.
    ['19812345678909', 'coupon-prefix'],

    // Length.
    ['0306406152', 'length'], // an ISBN-10
    ['01234567890', 'length'],
    ['501234567', 'length'],
    ['501234567890012', 'length'],
    ['', 'length'],
    ['000000000', 'length'], // length is judged before all-zero

    // Characters; the caller normalises separators first.
    ['50123456789OO', 'non-digit'],
    ['ABCDEFGHIJKLM', 'non-digit'],
    ['5012345678900 ', 'non-digit'],
    ['501-2345678900', 'non-digit'],
    ['\u0665\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0660', 'non-digit'], // Arabic-Indic digits
    ['+5012345678900', 'non-digit'],

    // All zeros: the check digit of zeros is 0, so only the explicit rule catches them.
    ['00000000', 'all-zero'],
    ['000000000000', 'all-zero'],
    ['0000000000000', 'all-zero'],
    ['00000000000000', 'all-zero'],
  ] as const)('%j → %s', (value, reason) => {
    const result = checkGtin(value);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message).toMatch(/^GTIN/);
    // Every prefix case above has a correct check digit, proved independently.
    if (reason === 'restricted-prefix' || reason === 'coupon-prefix') expect(specGtinOk(value)).toBe(true);
    if (reason === 'check-digit') expect(specGtinOk(value)).toBe(false);
  });
});

describe('gtinCheckDigit', () => {
  it.each([
    ['501234567890', 0],
    ['501234567421', 6],
    ['890400021003', 7],
    ['03600029145', 2],
    ['9638507', 4],
    ['1001234567890', 2],
    ['978030640615', 7],
    ['200000000000', 8],
    // GS1 SSCC example (00)106141411234567897, body 10614141123456789:
    // ×3: 9+7+5+3+1+4+4+6+1 = 40 → 120; ×1: 8+6+4+2+1+1+1+0 = 23; 143 → check 7.
    ['10614141123456789', 7],
    ['0', 0],
    ['1', 7],
  ])('%s → %i', (body, digit) => {
    expect(gtinCheckDigit(body)).toBe(digit);
  });

  it('ignores leading zeros, so padding a GTIN to 14 digits keeps its check digit', () => {
    expect(gtinCheckDigit('0501234567890')).toBe(gtinCheckDigit('501234567890'));
    expect(gtinCheckDigit('0000009638507')).toBe(gtinCheckDigit('9638507'));
  });

  it.each(['', 'abc', '12 3', '-1'])('refuses %j', (body) => {
    expect(() => gtinCheckDigit(body)).toThrow(TypeError);
  });
});

describe('normalizeGtin', () => {
  it.each([
    ['5012345678900', '5012345678900', false],
    ['5 012345 678900', '5012345678900', true],
    ['978-0-306-40615-7', '9780306406157', true],
    ['978\u20100\u2010306\u201040615\u20107', '9780306406157', true], // U+2010 hyphens from a word processor
    ['978\u20130\u2013306\u201340615\u20137', '9780306406157', true], // en dashes
    ['5012345.678900', '5012345678900', true],
    ['\u00a05012345678900\t', '5012345678900', true], // no-break space and tab
    ['0 36000 29145 2', '036000291452', true],
    ['5O12345678900', '5O12345678900', false], // a letter O is not a separator: checkGtin reports it
    ['+5012345678900', '+5012345678900', false],
    ['', '', false],
  ] as const)('%j → %j (changed: %s)', (raw, value, changed) => {
    expect(normalizeGtin(raw)).toEqual({ value, changed });
  });

  it('feeds checkGtin', () => {
    expect(checkGtin(normalizeGtin('978-0-306-40615-7').value)).toEqual({ ok: true, format: 'GTIN-13' });
    expect(checkGtin(normalizeGtin('0 36000 29145 2').value)).toEqual({ ok: true, format: 'GTIN-12' });
  });
});
