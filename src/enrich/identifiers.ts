import type { Rule } from '../model/rule.js';
import { checkGtin, normalizeGtin, type GtinProblem } from './gtin.js';
import { gtinCheckDigit, gtinCouponPrefix, gtinLength, gtinNonDigit, gtinNormalized, gtinRestrictedPrefix } from './rules/gtin.js';

const PROBLEM_RULES: Record<GtinProblem, Rule> = {
  'non-digit': gtinNonDigit,
  length: gtinLength,
  'all-zero': gtinCheckDigit,
  'check-digit': gtinCheckDigit,
  'restricted-prefix': gtinRestrictedPrefix,
  'coupon-prefix': gtinCouponPrefix,
};

export interface GtinFinding {
  rule: Rule;
  message: string;
  actual: string;
  expected?: string;
}

/** Normalizes a GTIN and checks it; an invalid GTIN is left out rather than published. */
export function resolveGtin(raw: string): { gtin?: string; findings: GtinFinding[] } {
  const findings: GtinFinding[] = [];
  const { value, changed } = normalizeGtin(raw);
  if (changed) findings.push({ rule: gtinNormalized, message: `The GTIN was written as "${raw}"; it is published as "${value}".`, actual: raw, expected: value });
  const check = checkGtin(value);
  if (!check.ok) {
    findings.push({ rule: PROBLEM_RULES[check.reason], message: `${check.message} The GTIN is left out.`, actual: value });
    return { findings };
  }
  return { gtin: value, findings };
}

/**
 * identifier_exists is "no" only when the item truly has no GTIN and no brand with an MPN; claiming "no"
 * for an item that has identifiers gets it disapproved (https://support.google.com/merchants/answer/6324478).
 */
export function identifierExists(gtin: string | undefined, brand: string | undefined, mpn: string | undefined): boolean {
  return gtin !== undefined || (brand !== undefined && mpn !== undefined);
}
