/**
 * ISO 4217 currency codes and their minor-unit exponents, the one table every price goes through.
 *
 * Source: ISO 4217, Table A.1 "Current currency & funds code list" (list one), kept by SIX Group as
 * maintenance agency: https://www.iso.org/iso-4217-currency-codes.html,
 * https://www.six-group.com/en/products-services/financial-information/data-standards.html
 *
 * We need ISO's minor unit (`CcyMnrUnts`), not CLDR's display digits: CLDR shows IDR, HUF, TWD, COP… with
 * 0 decimals, but ISO says 2, and feeds carry amounts in ISO's unit (Google: "15.00 USD"). Reading a
 * CLDR-style "1500" HUF as ISO minor units would be off by a factor of 100.
 */

/**
 * Which edition of list one this table follows. Update it together with the table.
 * The table was written out by hand, not generated from SIX's XML, and cross-checked against copies of
 * list one in public code; the `published` date is the list we believe it matches.
 */
export const ISO_4217_TABLE_VERSION = Object.freeze({
  published: '2026-01-01',
  source: 'https://www.six-group.com/en/products-services/financial-information/data-standards.html',
  note:
    'ISO 4217 list one as published 2026-01-01: includes XCG (Amendment 176, from 2025-03-31), ZWG (Amendment 177), ' +
    'XAD (Amendment 179); ANG, BGN, CUC, HRK, SLL and ZWL are withdrawn. Codes whose minor unit is "N.A." are not priced.',
});

/**
 * Active codes of list one (currencies and funds) with their minor unit, ISO 4217 `CcyMnrUnts`:
 * https://www.six-group.com/en/products-services/financial-information/data-standards.html
 * Fund codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW, XAD) are listed too: they are in list one with a
 * minor unit, and whether a channel accepts them is the channel's rule, not ours.
 */
const EXPONENTS = {
  AED: 2, AFN: 2, ALL: 2, AMD: 2, AOA: 2, ARS: 2, AUD: 2, AWG: 2, AZN: 2,
  BAM: 2, BBD: 2, BDT: 2, BHD: 3, BIF: 0, BMD: 2, BND: 2, BOB: 2, BOV: 2, BRL: 2, BSD: 2, BTN: 2, BWP: 2,
  BYN: 2, BZD: 2,
  CAD: 2, CDF: 2, CHE: 2, CHF: 2, CHW: 2, CLF: 4, CLP: 0, CNY: 2, COP: 2, COU: 2, CRC: 2, CUP: 2, CVE: 2,
  CZK: 2,
  DJF: 0, DKK: 2, DOP: 2, DZD: 2,
  EGP: 2, ERN: 2, ETB: 2, EUR: 2,
  FJD: 2, FKP: 2,
  GBP: 2, GEL: 2, GHS: 2, GIP: 2, GMD: 2, GNF: 0, GTQ: 2, GYD: 2,
  HKD: 2, HNL: 2, HTG: 2, HUF: 2,
  IDR: 2, ILS: 2, INR: 2, IQD: 3, IRR: 2, ISK: 0,
  JMD: 2, JOD: 3, JPY: 0,
  KES: 2, KGS: 2, KHR: 2, KMF: 0, KPW: 2, KRW: 0, KWD: 3, KYD: 2, KZT: 2,
  LAK: 2, LBP: 2, LKR: 2, LRD: 2, LSL: 2, LYD: 3,
  MAD: 2, MDL: 2, MGA: 2, MKD: 2, MMK: 2, MNT: 2, MOP: 2, MRU: 2, MUR: 2, MVR: 2, MWK: 2, MXN: 2, MXV: 2,
  MYR: 2, MZN: 2,
  NAD: 2, NGN: 2, NIO: 2, NOK: 2, NPR: 2, NZD: 2,
  OMR: 3,
  PAB: 2, PEN: 2, PGK: 2, PHP: 2, PKR: 2, PLN: 2, PYG: 0,
  QAR: 2,
  RON: 2, RSD: 2, RUB: 2, RWF: 0,
  SAR: 2, SBD: 2, SCR: 2, SDG: 2, SEK: 2, SGD: 2, SHP: 2, SLE: 2, SOS: 2, SRD: 2, SSP: 2, STN: 2, SVC: 2,
  SYP: 2, SZL: 2,
  THB: 2, TJS: 2, TMT: 2, TND: 3, TOP: 2, TRY: 2, TTD: 2, TWD: 2, TZS: 2,
  UAH: 2, UGX: 0, USD: 2, USN: 2, UYI: 0, UYU: 2, UYW: 4, UZS: 2,
  VED: 2, VES: 2, VND: 0, VUV: 0,
  WST: 2,
  XAD: 2, XAF: 0, XCD: 2, XCG: 2, XOF: 0, XPF: 0,
  YER: 2,
  ZAR: 2, ZMW: 2, ZWG: 2,
} as const satisfies Record<string, 0 | 2 | 3 | 4>;

export type CurrencyCode = keyof typeof EXPONENTS;

/**
 * In list one but with minor unit "N.A." (metals, bond-market units, SDR, testing, "no currency"): there is no
 * decimal amount to write, so a price in one of them is refused rather than guessed.
 * https://www.six-group.com/en/products-services/financial-information/data-standards.html
 */
const NO_MINOR_UNIT: ReadonlySet<string> = new Set([
  'XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX',
]);

/**
 * Codes moved to list three (historic) that catalogs still carry, with the code that replaced them, so the
 * diagnostic can name the fix. The switch is never automatic: redenominations (SLL, VEF, MRO, STD, BYR) change
 * the amount too. ISO 4217 list three:
 * https://www.six-group.com/en/products-services/financial-information/data-standards.html
 */
const WITHDRAWN: ReadonlyMap<string, CurrencyCode> = new Map<string, CurrencyCode>([
  ['ANG', 'XCG'],
  ['BGN', 'EUR'],
  ['BYR', 'BYN'],
  ['CUC', 'CUP'],
  ['EEK', 'EUR'],
  ['HRK', 'EUR'],
  ['LTL', 'EUR'],
  ['LVL', 'EUR'],
  ['MRO', 'MRU'],
  ['SKK', 'EUR'],
  ['SLL', 'SLE'],
  ['STD', 'STN'],
  ['VEF', 'VES'],
  ['ZWL', 'ZWG'],
]);

// A Map, not the object literal, for lookups: `EXPONENTS['constructor']` would find Object.prototype.
const EXPONENT_BY_CODE: ReadonlyMap<string, number> = new Map(Object.entries(EXPONENTS));

/** Every code that can carry a price, sorted. */
export const CURRENCY_CODES: readonly CurrencyCode[] = Object.freeze(
  (Object.keys(EXPONENTS) as CurrencyCode[]).sort(),
);

/**
 * The ISO 4217 minor-unit exponent (USD 2, JPY 0, KWD 3, CLF 4), or `undefined` when the code cannot carry a
 * price: unknown, withdrawn, or "N.A." in ISO. Codes are case-sensitive: ISO codes are upper case, and
 * normalising `usd` is the caller's decision (and diagnostic), not a silent one here.
 */
export function currencyExponent(code: string): number | undefined {
  return EXPONENT_BY_CODE.get(code);
}

/** Whether `code` is an active ISO 4217 code with a minor unit, so a price can be written in it. */
export function isKnownCurrency(code: string): code is CurrencyCode {
  return EXPONENT_BY_CODE.has(code);
}

export type CurrencyLookup =
  | { status: 'active'; code: CurrencyCode; exponent: number }
  /** In list one, but ISO gives no minor unit ("N.A."). */
  | { status: 'no-minor-unit'; code: string }
  | { status: 'withdrawn'; code: string; replacedBy: CurrencyCode }
  | { status: 'unknown'; code: string };

/** Why a code is or is not usable, for messages that say what to write instead. */
export function lookupCurrency(code: string): CurrencyLookup {
  const exponent = EXPONENT_BY_CODE.get(code);
  if (exponent !== undefined) return { status: 'active', code: code as CurrencyCode, exponent };
  if (NO_MINOR_UNIT.has(code)) return { status: 'no-minor-unit', code };
  const replacedBy = WITHDRAWN.get(code);
  if (replacedBy !== undefined) return { status: 'withdrawn', code, replacedBy };
  return { status: 'unknown', code };
}
