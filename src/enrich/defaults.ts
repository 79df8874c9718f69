import type { ResolvedDefaults } from '../model/resolved-config.js';
import type { ProductScope } from './product-scope.js';
import { defaultBrand, defaultCondition, defaultProductUrl, defaultProductUrlUnfilled } from './rules/defaults.js';
import { compileTemplate, encodeTemplateValue, expandTemplate } from './url-template.js';

const URL_PLACEHOLDERS = ['id', 'slug', 'platform_id'] as const;
const TEMPLATE_FIELD: Readonly<Record<string, string>> = { id: 'id', slug: 'slug', platform_id: 'platformId' };

function stated(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

/**
 * Applies the merchant's shop-wide facts (the config's "defaults") to a record as read, before it is
 * validated: only where the record states no value of its own, and each use is reported. A default is the
 * merchant's statement about their shop, not a guess: agentshelf has no defaults of its own.
 */
export function applyDefaults(record: Record<string, unknown>, defaults: ResolvedDefaults, scope: ProductScope): void {
  if (defaults.brand !== undefined && !stated(record.brand)) {
    record.brand = defaults.brand;
    scope.product(defaultBrand, { message: `The brand "${defaults.brand}" comes from defaults.brand.`, pointer: '/brand', expected: defaults.brand });
  }
  if (defaults.condition !== undefined && !stated(record.condition) && !variantStates(record, 'condition')) {
    record.condition = defaults.condition;
    scope.product(defaultCondition, { message: `The condition "${defaults.condition}" comes from defaults.condition.`, pointer: '/condition', expected: defaults.condition });
  }
  if (defaults.productUrl !== undefined && !stated(record.url)) {
    const result = expandTemplate(compileTemplate(defaults.productUrl, URL_PLACEHOLDERS), (name) => {
      const value = record[TEMPLATE_FIELD[name]!];
      return typeof value === 'string' && value.trim() !== '' ? templateValue(name, value.trim()) : undefined;
    });
    if ('url' in result) {
      record.url = result.url;
      scope.product(defaultProductUrl, { message: `The URL ${result.url} was built from defaults.productUrl.`, pointer: '/url', expected: result.url });
    } else {
      scope.product(defaultProductUrlUnfilled, {
        message: `defaults.productUrl needs {${result.missing}}, which the product does not state, so it has no URL.`,
        pointer: `/${TEMPLATE_FIELD[result.missing]}`,
        expected: result.missing,
      });
    }
  }
}

/** A path segment already (WordPress stores a non-ASCII slug percent-encoded): a slug of unreserved characters and %XX escapes only. */
const ENCODED_SEGMENT = /^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+$/;

/** A value percent-encoded for the template, so it cannot add a path segment or a query parameter; an encoded slug is kept. */
function templateValue(name: string, value: string): string {
  return name === 'slug' && ENCODED_SEGMENT.test(value) ? value : encodeTemplateValue(value);
}

function variantStates(record: Record<string, unknown>, field: string): boolean {
  return Array.isArray(record.variants) && record.variants.some((v) => typeof v === 'object' && v !== null && stated((v as Record<string, unknown>)[field]));
}
