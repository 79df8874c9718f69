import type { Availability, Variant } from '../model/generated/product.js';
import type { Rule } from '../model/rule.js';
import { normalizeInstant } from './dates.js';
import { availabilityDateFromLeadTime, availabilityDateMissing, availabilityDerived, availabilityMissing, availabilityStockConflict } from './rules/availability.js';
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
export interface AvailabilityOptions {
  /** The merchant's backorder lead time (the config's defaults.backorderLeadDays). */
  backorderLeadDays?: number;
  /** The run's instant, which a lead time counts from. */
  nowMs: number;
}

const DAY_MS = 86_400_000;

export function resolveAvailability(variant: Variant, at: string, options?: AvailabilityOptions): ResolvedAvailability {
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
  } else if (result.availability === 'backorder' && options?.backorderLeadDays !== undefined) {
    // A whole day, so the date moves once a day however often the feed is built.
    const day = new Date(options.nowMs + options.backorderLeadDays * DAY_MS).toISOString().slice(0, 10);
    result.availabilityDate = `${day}T00:00:00Z`;
    findings.push({
      rule: availabilityDateFromLeadTime,
      message: `The availability date ${result.availabilityDate} is the run's date plus defaults.backorderLeadDays (${options.backorderLeadDays}).`,
      pointer: `${at}/availabilityDate`,
      expected: result.availabilityDate,
    });
  } else if (result.availability === 'preorder' || result.availability === 'backorder') {
    findings.push({
      rule: availabilityDateMissing,
      message: `A ${result.availability} item should say when it becomes available (availabilityDate).`,
      pointer: `${at}/availabilityDate`,
    });
  }
  return result;
}
