import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { defineRule } from '../model/rule.js';
import { ProductScope } from './product-scope.js';

const ORIGIN = { file: 'catalog.json', line: 3 };

const rules: Record<Severity, ReturnType<typeof defineRule>> = {
  error: defineRule({ id: 'test/error', description: 'An error.', severity: 'error' }),
  warning: defineRule({ id: 'test/warning', description: 'A warning.', severity: 'warning' }),
  info: defineRule({ id: 'test/info', description: 'An info.', severity: 'info', kind: 'enriched' }),
};

const diagnostic = (severity: Severity, pointer?: string): Diagnostic => ({
  ruleId: `schema/${severity}`,
  severity,
  kind: 'problem',
  message: 'x',
  ...(pointer !== undefined ? { pointer } : {}),
});

describe('ProductScope: what is left out', () => {
  it.each<[string, (s: ProductScope) => void, boolean, number[]]>([
    ['nothing reported', () => {}, false, []],
    ['an error about a variant leaves out that variant only', (s) => s.variant(1, 'v-1', rules.error, { message: 'x' }), false, [1]],
    ['errors about two variants', (s) => { s.variant(0, 'v-0', rules.error, { message: 'x' }); s.variant(2, 'v-2', rules.error, { message: 'x' }); }, false, [0, 2]],
    ['an error about the product leaves out the product', (s) => s.product(rules.error, { message: 'x' }), true, []],
    ['a warning about a variant leaves out nothing', (s) => s.variant(1, 'v-1', rules.warning, { message: 'x' }), false, []],
    ['an info about the product leaves out nothing', (s) => s.product(rules.info, { message: 'x' }), false, []],
    ['a warning raised to an error leaves out the variant', (s) => s.variant(1, 'v-1', rules.warning, { message: 'x', severity: 'error' }), false, [1]],
    ['an error lowered to a warning leaves out nothing', (s) => s.product(rules.error, { message: 'x', severity: 'warning' }), false, []],
  ])('%s', (_, act, productExcluded, variants) => {
    const scope = new ProductScope('p1', ORIGIN);
    act(scope);
    expect(scope.productExcluded).toBe(productExcluded);
    expect([...scope.excludedVariants].sort()).toEqual(variants);
    for (const i of [0, 1, 2, 3]) expect(scope.variantExcluded(i)).toBe(productExcluded || variants.includes(i));
    expect(scope.hasErrors()).toBe(productExcluded || variants.length > 0);
  });
});

describe('ProductScope: diagnostics name their subject', () => {
  it('a product finding carries the product id and origin', () => {
    const scope = new ProductScope('p1', ORIGIN);
    scope.product(rules.warning, { message: 'x', pointer: '/title' });
    expect(scope.diagnostics).toEqual([expect.objectContaining({ ruleId: 'test/warning', severity: 'warning', kind: 'problem', productId: 'p1', pointer: '/title', origin: ORIGIN })]);
    expect(scope.diagnostics[0]).not.toHaveProperty('variantId');
  });

  it('a variant finding carries the variant id too', () => {
    const scope = new ProductScope('p1', ORIGIN);
    scope.variant(2, 'v-2', rules.info, { message: 'x', pointer: '/variants/2/price' });
    expect(scope.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'test/info', severity: 'info', kind: 'enriched', productId: 'p1', variantId: 'v-2', pointer: '/variants/2/price', origin: ORIGIN }),
    ]);
  });

  it('a record without an id has no productId', () => {
    const scope = new ProductScope(undefined, ORIGIN);
    scope.product(rules.error, { message: 'x' });
    expect(scope.diagnostics[0]).not.toHaveProperty('productId');
    expect(scope.diagnostics[0]?.origin).toEqual(ORIGIN);
  });
});

describe('ProductScope.adopt: /variants/N pointers name the variant', () => {
  it.each<[string, Diagnostic, boolean, number[]]>([
    ['an error under a variant', diagnostic('error', '/variants/3/price'), false, [3]],
    ['an error at the variant itself', diagnostic('error', '/variants/0'), false, [0]],
    ['an error at a multi-digit index', diagnostic('error', '/variants/12/id'), false, [12]],
    ['an error at the variants list', diagnostic('error', '/variants'), true, []],
    ['an error at a product field', diagnostic('error', '/title'), true, []],
    ['an error at the root', diagnostic('error', ''), true, []],
    ['an error without a pointer', diagnostic('error'), true, []],
    ['a property that only starts like variants', diagnostic('error', '/variantsExtra/1'), true, []],
    ['a warning under a variant', diagnostic('warning', '/variants/3/price'), false, []],
    ['an info at the product', diagnostic('info', '/title'), false, []],
  ])('%s', (_, d, productExcluded, variants) => {
    const scope = new ProductScope('p1', ORIGIN);
    scope.adopt([d]);
    expect(scope.diagnostics).toEqual([d]);
    expect(scope.productExcluded).toBe(productExcluded);
    expect([...scope.excludedVariants]).toEqual(variants);
  });

  it('keeps every adopted diagnostic in order', () => {
    const scope = new ProductScope('p1', ORIGIN);
    const adopted = [diagnostic('warning', '/title'), diagnostic('error', '/variants/1/price'), diagnostic('error', '/variants/4')];
    scope.adopt(adopted);
    expect(scope.diagnostics).toEqual(adopted);
    expect([...scope.excludedVariants]).toEqual([1, 4]);
    expect(scope.variantExcluded(0)).toBe(false);
    expect(scope.productExcluded).toBe(false);
  });
});
