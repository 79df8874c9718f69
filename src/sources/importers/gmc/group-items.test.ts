import { describe, expect, it } from 'vitest';
import { diagnosticsOf, gItem, readText, records, resolveItems, rss } from './gmc-test.fixtures.js';
import { gmcXmlFormat } from './index.js';

/** An item of group `group` with its own image. */
const variant = (id: string, group: string, extra: Record<string, string> = {}) =>
  gItem(id, { item_group_id: group, image_link: `https://s.example/${id}.jpg`, additional_image_link: 'https://s.example/shared.jpg', ...extra });

describe('assembleProducts: grouping', () => {
  it('groups adjacent items of an item_group_id; an item without one is a product of its own, under its id', async () => {
    const items = await readText(gmcXmlFormat, rss(variant('T-S', 'tee'), variant('T-M', 'tee'), gItem('MUG'), variant('C-1', 'cap')));
    expect(records(items).map((p) => [p.id, p.variants.map((v) => v.id)])).toEqual([
      ['tee', ['T-S', 'T-M']],
      ['MUG', ['MUG']],
      ['cap', ['C-1']],
    ]);
  });

  it('reads a group that reappears later as a second product with the same id, and says why', async () => {
    const items = await readText(gmcXmlFormat, rss(variant('T-S', 'tee'), gItem('MUG'), variant('T-M', 'tee')));
    expect(records(items).map((p) => p.id)).toEqual(['tee', 'MUG', 'tee']);
    const notAdjacent = diagnosticsOf(items).filter((d) => d.ruleId === 'gmc/group-not-adjacent');
    expect(notAdjacent).toEqual([expect.objectContaining({ productId: 'tee', variantId: 'T-M', origin: { file: 'feed', line: 25 } })]);
    // The catalog then rejects the second record as a duplicate product id.
    const entries = await resolveItems(items);
    expect(entries[2]!.diagnostics.map((d) => d.ruleId)).toContain('catalog/duplicate-product-id');
  });

  it('gives the product item_group_title and the first link; each variant keeps its own title and link', async () => {
    const [tee] = records(await readText(gmcXmlFormat, rss(variant('T-S', 'tee', { item_group_title: 'Trail Tee', title: 'Trail Tee S' }), variant('T-M', 'tee', { item_group_title: 'Trail Tee', title: 'Trail Tee M' }))));
    expect(tee).toMatchObject({ id: 'tee', title: 'Trail Tee', url: 'https://alder-and-pine.example/products/t-s' });
    expect(tee!.variants.map((v) => [v.title, v.url])).toEqual([
      ['Trail Tee S', undefined],
      ['Trail Tee M', 'https://alder-and-pine.example/products/t-m'],
    ]);
  });

  it("takes the first item's title as the product's when the group has no item_group_title", async () => {
    const [tee] = records(await readText(gmcXmlFormat, rss(variant('T-S', 'tee', { title: 'Trail Tee S' }), variant('T-M', 'tee', { title: 'Trail Tee M' }))));
    expect(tee!.title).toBe('Trail Tee S');
    expect(tee!.variants.map((v) => v.title)).toEqual(['Trail Tee S', 'Trail Tee M']);
  });

  it('gives the product the images every item shows, and each variant its own list, so no variant gains an image', async () => {
    const items = await readText(gmcXmlFormat, rss(variant('T-S', 'tee'), variant('T-M', 'tee')));
    const [tee] = records(items);
    expect(tee!.images).toEqual(['https://s.example/shared.jpg']);
    expect(tee!.variants.map((v) => v.images)).toEqual([
      ['https://s.example/T-S.jpg', 'https://s.example/shared.jpg'],
      ['https://s.example/T-M.jpg', 'https://s.example/shared.jpg'],
    ]);
    const [entry] = await resolveItems(items);
    expect(entry!.product!.variants.map((v) => v.images)).toEqual(tee!.variants.map((v) => v.images));
  });

  it('keeps the first item of a group for product-level values, and reports the others', async () => {
    const items = await readText(
      gmcXmlFormat,
      rss(variant('T-S', 'tee', { brand: 'Acme', description: 'Small' }), variant('T-M', 'tee', { brand: 'Acme Co', description: 'Medium', item_group_title: 'Tee' }), variant('T-L', 'tee', { item_group_title: 'T-shirt', description: 'Small' })),
    );
    const [tee] = records(items);
    expect(tee).toMatchObject({ title: 'Tee', brand: 'Acme', description: 'Small' });
    const conflicts = diagnosticsOf(items).filter((d) => d.ruleId === 'gmc/group-value-conflict');
    expect(conflicts.map((d) => [d.variantId, d.pointer, d.severity])).toEqual([
      ['T-L', '/title', 'warning'],
      ['T-M', '/description', 'info'],
      ['T-M', '/brand', 'warning'],
    ]);
  });
});

describe('assembleProducts: currencies', () => {
  it('puts a currency other than the shop on the product', async () => {
    const [tee] = records(await readText(gmcXmlFormat, rss(variant('T-S', 'tee', { price: '25.00 CAD' }), variant('T-M', 'tee', { price: '25.00 CAD' }))));
    expect(tee!.currency).toBe('CAD');
    expect(tee!.variants.map((v) => v.currency)).toEqual([undefined, undefined]);
  });

  it('keeps each variant in its own currency when the items of a group differ, and reports it', async () => {
    const items = await readText(gmcXmlFormat, rss(variant('T-S', 'tee', { price: '25.00 USD' }), variant('T-M', 'tee', { price: '34.00 CAD' })));
    const [tee] = records(items);
    expect(tee!.currency).toBeUndefined();
    expect(tee!.variants.map((v) => [v.price, v.currency])).toEqual([
      ['25.00', undefined],
      ['34.00', 'CAD'],
    ]);
    expect(diagnosticsOf(items).map((d) => [d.ruleId, d.variantId, d.pointer])).toEqual([['gmc/group-currency-mixed', 'T-M', '/variants/1/currency']]);
  });
});

describe('assembleProducts: diagnostics', () => {
  it('places item findings at the variant of the group, with the item line', async () => {
    const items = await readText(gmcXmlFormat, rss(variant('T-S', 'tee'), variant('T-M', 'tee', { gender: 'men' })));
    expect(diagnosticsOf(items)).toEqual([
      expect.objectContaining({ ruleId: 'gmc/unknown-value', productId: 'tee', variantId: 'T-M', pointer: '/variants/1/gender', origin: { file: 'feed', line: 16 }, actual: 'men' }),
    ]);
  });

  it('notes shipping once per feed, and each attribute not imported once', async () => {
    const shipping = '<g:shipping><g:country>US</g:country><g:price>5.00 USD</g:price></g:shipping>';
    const items = await readText(
      gmcXmlFormat,
      rss(`${gItem('A1', { custom_label_0: 'x' })}${shipping}`, `${gItem('A2', { custom_label_0: 'y', shipping_label: 'bulky' })}${shipping}`, gItem('A3', { adult: 'no' })),
    );
    expect(diagnosticsOf(items).map((d) => [d.ruleId, d.productId, d.actual])).toEqual([
      ['gmc/shipping-ignored', 'A1', undefined],
      ['gmc/attribute-not-imported', 'A1', 'custom_label_0'],
      ['gmc/attribute-not-imported', 'A3', 'adult'],
    ]);
  });
});
