import type { Availability, Variant } from '../model/generated/product.js';
import type { Rule } from '../model/rule.js';
import { normalizeInstant } from './dates.js';
import { availabilityDateMissing, availabilityDerived, availabilityMissing, availabilityStockConflict } from './rules/availability.js';
import { dateAssumedUtc } from './rules/text.js';

export interface AvailabilityFinding {
  rule: Rule;
  message: string;
  pointer: string;
  actual?: unknown;
  expected?: unknown;
}

export interface ResolvedAvailability {
  availability?: Availability;
  availabilityDate?: string;
  findings: AvailabilityFinding[];
}

/**
 * Decides a variant's availability. A stated availability wins; otherwise it is derived from the stock
 * quantity and backorder policy, and the derivation is reported. With neither, there is no availability:
 * agentshelf never assumes "in stock", so the variant is left out.
 * https://support.google.com/merchants/answer/6324448
 */
export function resolveAvailability(variant: Variant, at: string): ResolvedAvailability {
  const findings: AvailabilityFinding[] = [];
  const result: ResolvedAvailability = { findings };
  const stock = variant.stockQuantity;
  if (variant.availability !== undefined) {
    result.availability = variant.availability;
    const conflict =
      stock !== undefined &&
      ((variant.availability === 'in_stock' && stock <= 0 && variant.backorderPolicy !== 'allow') ||
        (variant.availability === 'out_of_stock' && stock > 0));
    if (conflict) {
      findings.push({
        rule: availabilityStockConflict,
        message: `Availability is "${variant.availability}" but the stock quantity is ${stock}; the stated availability is kept.`,
        pointer: `${at}/availability`,
        actual: variant.availability,
        expected: stock > 0 ? 'in_stock' : 'out_of_stock',
      });
    }
  } else if (stock !== undefined) {
    const derived: Availability = stock > 0 ? 'in_stock' : variant.backorderPolicy === 'allow' ? 'backorder' : 'out_of_stock';
    result.availability = derived;
    findings.push({
      rule: availabilityDerived,
      message: `Availability "${derived}" was derived from a stock quantity of ${stock}${stock > 0 ? '' : ` and backorder policy "${variant.backorderPolicy ?? 'deny'}"`}.`,
      pointer: `${at}/availability`,
      actual: { stockQuantity: stock, backorderPolicy: variant.backorderPolicy },
      expected: derived,
    });
  } else {
    findings.push({
      rule: availabilityMissing,
      message: 'Neither availability nor stockQuantity is given, and availability is never assumed.',
      pointer: `${at}/availability`,
      expected: 'availability or stockQuantity',
    });
    return result;
  }

  if (variant.availabilityDate !== undefined) {
    const date = normalizeInstant(variant.availabilityDate);
    result.availabilityDate = date.value;
    if (date.assumedUtc) {
      findings.push({ rule: dateAssumedUtc, message: `The date was read as ${date.value}.`, pointer: `${at}/availabilityDate`, actual: variant.availabilityDate, expected: date.value });
    }
  } else if (result.availability === 'preorder' || result.availability === 'backorder') {
    findings.push({
      rule: availabilityDateMissing,
      message: `A ${result.availability} item should say when it becomes available (availabilityDate).`,
      pointer: `${at}/availabilityDate`,
    });
  }
  return result;
}
