import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Product } from '../../model/generated/product.js';
import { FIXTURE_PRODUCTS, resolveAll, runChannel, testConfig } from '../../test-support/catalog-fixtures.js';
import { jsonldChannel } from './index.js';
import { buildProductDocument } from './product-document.js';

type Node = Record<string, any>;

const EVERY_OFFER = { jsonld: { shippingAndReturns: 'every_offer' } };

async function build(records: Product[] = FIXTURE_PRODUCTS, config = testConfig()) {
  const { products } = resolveAll(records, config);
  return runChannel(jsonldChannel, products, config);
}

function doc(out: { text(path: string): string }, id: string): Node {
  return JSON.parse(out.text(`jsonld/${id}.jsonld`)) as Node;
}

describe('jsonld channel', () => {
  it('writes one document per product and the site document', async () => {
    const { out, summary } = await build();
    expect([...out.files.keys()].sort()).toEqual([
      'jsonld/ap-campfire-coffee.jsonld',
      'jsonld/ap-summit-down-jacket.jsonld',
      'jsonld/ap-tessellate-speaker.jsonld',
      'jsonld/ap-trail-map-guide.jsonld',
      'jsonld/site.jsonld',
    ]);
    expect(summary).toEqual({ items: 4, skipped: 0 });
  });

  it.each([
    ['organization', {}],
    ['every-offer', EVERY_OFFER],
  ])('matches the golden files with the policies on the %s (fixtures/<mode>/)', async (mode, overrides) => {
    const { out } = await build(FIXTURE_PRODUCTS, testConfig(overrides));
    const dir = new URL(`./fixtures/${mode}/`, import.meta.url);
    for (const [path, content] of out.files) {
      const golden = new URL(path.replace('jsonld/', ''), dir);
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(golden, content);
      }
      expect(content, path).toBe(readFileSync(golden, 'utf8'));
    }
  });

  it('writes a simple product as a Product with a merchant-listing Offer', async () => {
    const speaker = doc((await build()).out, 'ap-tessellate-speaker');
    expect(speaker['@context']).toBe('https://schema.org');
    expect(speaker['@type']).toBe('Product');
    expect(speaker).toMatchObject({ name: 'Tessellate Basecamp Speaker (Gen 2)', sku: 'TS-BC2-GRY', gtin: '0012345678905', mpn: 'BC2-GRY', brand: { '@type': 'Brand', name: 'Tessellate Audio' } });
    expect(speaker.offers).toMatchObject({
      '@type': 'Offer',
      price: '149.00',
      priceCurrency: 'USD',
      availability: 'https://schema.org/PreOrder',
      availabilityStarts: '2027-02-15T00:00:00Z',
      itemCondition: 'https://schema.org/NewCondition',
      url: 'https://alder-and-pine.example/products/tessellate-speaker',
    });
    expect(speaker.offers.priceValidUntil).toBeUndefined();
    expect(speaker.offers.seller).toEqual({ '@id': 'https://alder-and-pine.example/#organization' });
    expect(speaker.category).toMatchObject({ '@type': 'CategoryCode', codeValue: '249' });
    expect(speaker.depth).toEqual({ '@type': 'QuantitativeValue', value: 18, unitCode: 'CMT' });
  });

  it('writes a product with variants as a ProductGroup whose variants point back to it', async () => {
    const group = doc((await build()).out, 'ap-summit-down-jacket');
    expect(group['@type']).toBe('ProductGroup');
    expect(group.productGroupID).toBe('ap-summit-down-jacket');
    expect(group.variesBy).toEqual(['https://schema.org/color', 'https://schema.org/size']);
    expect(group.hasVariant).toHaveLength(3);
    for (const variant of group.hasVariant as Node[]) {
      expect(variant['@type']).toBe('Product');
      expect(variant.inProductGroupWithID).toBe(group.productGroupID);
      expect(variant.isVariantOf).toEqual({ '@id': group['@id'] });
    }
    const ids = (group.hasVariant as Node[]).map((v) => v['@id']);
    expect(new Set(ids).size).toBe(3);
  });

  it('prices an active sale as the offer price with the regular price struck through, valid until the sale ends', async () => {
    const group = doc((await build()).out, 'ap-summit-down-jacket');
    const onSale = (group.hasVariant as Node[]).find((v) => v.sku === 'AP-SDJ-BLK-M')!;
    expect(onSale.offers).toMatchObject({
      price: '179.00',
      validFrom: '2026-11-20T00:00:00-05:00',
      priceValidUntil: '2026-12-02',
      priceSpecification: { '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/StrikethroughPrice', price: '229.00', priceCurrency: 'USD' },
    });
    const regular = (group.hasVariant as Node[]).find((v) => v.sku === 'AP-SDJ-RED-M')!;
    expect(regular.offers.price).toBe('229.00');
    expect(regular.offers.priceValidUntil).toBeUndefined();
    expect(regular.offers.availability).toBe('https://schema.org/BackOrder');
    const derived = (group.hasVariant as Node[]).find((v) => v.sku === 'AP-SDJ-BLK-L')!;
    expect(derived.offers.availability).toBe('https://schema.org/OutOfStock');
  });

  it('gives unit-priced products a reference quantity', async () => {
    const { out } = await build();
    expect(doc(out, 'ap-trail-map-guide').category).toMatchObject({ codeValue: '784' });
    const coffee = doc(out, 'ap-campfire-coffee');
    expect(coffee.url).toBe('https://alder-and-pine.example/products/campfire-coffee');
    expect(coffee.offers.priceSpecification.referenceQuantity).toEqual({
      '@type': 'QuantitativeValue',
      value: 340,
      unitCode: 'GRM',
      valueReference: { '@type': 'QuantitativeValue', value: 100, unitCode: 'GRM' },
    });
  });

  it('writes the Organization with its policies and the WebSite with the schema.org version, the same in both modes', async () => {
    const text = (await build()).out.text('jsonld/site.jsonld');
    const site = JSON.parse(text) as Node;
    const [organization, website] = site['@graph'] as Node[];
    expect(organization).toMatchObject({ '@type': 'Organization', name: 'Alder & Pine Outfitters', url: 'https://alder-and-pine.example/' });
    expect(organization!.hasMerchantReturnPolicy['@id']).toBe('https://alder-and-pine.example/#return-policy');
    expect(organization!.hasShippingService).toHaveLength(2);
    expect(website).toMatchObject({ '@type': 'WebSite', schemaVersion: 'https://schema.org/version/30.0/', publisher: { '@id': organization!['@id'] } });
    expect((await build(FIXTURE_PRODUCTS, testConfig(EVERY_OFFER))).out.text('jsonld/site.jsonld')).toBe(text);
  });

  it.each([
    ['a closing script tag', 'Bright.</script><script>alert(1)</script>'],
    ['an HTML comment opener', 'Before <!-- after'],
    ['line and paragraph separators', 'one\u2028two\u2029three'],
    ['ampersands and angle brackets', 'Salt & Pepper <b>bold</b> > less'],
  ])('is safe to embed in a script element with %s in a title', async (_name, title) => {
    const record: Product = { ...FIXTURE_PRODUCTS[1]!, id: 'hostile', title, variants: [{ ...FIXTURE_PRODUCTS[1]!.variants[0], title }] };
    const text = (await build([record])).out.text('jsonld/hostile.jsonld');
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(text).name).toBe(title.replace(/[\u2028\u2029]/g, ' ').replace(/\s+/g, ' '));
  });

  it.each([
    ['organization', {}],
    ['every_offer', EVERY_OFFER],
  ])('reports products without images and shipping rates in another currency (%s)', async (_mode, overrides) => {
    const noImage: Product = { ...FIXTURE_PRODUCTS[1]!, id: 'no-image', images: [], variants: [{ id: 'NO-IMG', price: '5.00', availability: 'in_stock' }] };
    const euro: Product = { ...FIXTURE_PRODUCTS[1]!, id: 'in-euro', currency: 'EUR', variants: [{ id: 'EUR-1', price: '5.00', availability: 'in_stock' }] };
    const { diagnostics, out } = await build([noImage, euro], testConfig(overrides));
    expect(diagnostics.filter((d) => d.productId !== undefined).map((d) => [d.ruleId, d.productId, d.channel])).toEqual([
      ['jsonld/image-missing', 'no-image', 'jsonld'],
      ['jsonld/shipping-currency', 'in-euro', 'jsonld'],
    ]);
    expect(diagnostics.find((d) => d.ruleId === 'jsonld/shipping-currency')).toMatchObject({ actual: 'EUR', expected: ['USD'] });
    expect(doc(out, 'in-euro').offers.shippingDetails).toBeUndefined();
    expect(doc(out, 'in-euro').offers.priceCurrency).toBe('EUR');
  });

  describe('shipping and returns once, on the Organization (the default)', () => {
    it('gives a physical product’s offers no policy of their own: the seller leads to the Organization that states them', async () => {
      const { out } = await build();
      for (const id of ['ap-tessellate-speaker', 'ap-campfire-coffee']) {
        expect(doc(out, id).offers.shippingDetails, id).toBeUndefined();
        expect(doc(out, id).offers.hasMerchantReturnPolicy, id).toBeUndefined();
      }
      for (const variant of doc(out, 'ap-summit-down-jacket').hasVariant as Node[]) {
        expect(Object.keys(variant.offers)).not.toContain('shippingDetails');
        expect(Object.keys(variant.offers)).not.toContain('hasMerchantReturnPolicy');
      }
    });

    it('states a digital product’s delivery as free to every country the shop ships to, in the offer’s currency, overriding the Organization’s parcels', async () => {
      const guide = doc((await build()).out, 'ap-trail-map-guide');
      expect(guide.offers.shippingDetails).toEqual([
        {
          '@type': 'OfferShippingDetails',
          '@id': 'https://alder-and-pine.example/#digital-delivery-US-USD',
          shippingRate: { '@type': 'MonetaryAmount', value: '0.00', currency: 'USD' },
          shippingDestination: { '@type': 'DefinedRegion', addressCountry: 'US' },
        },
        {
          '@type': 'OfferShippingDetails',
          '@id': 'https://alder-and-pine.example/#digital-delivery-CA-USD',
          shippingRate: { '@type': 'MonetaryAmount', value: '0.00', currency: 'USD' },
          shippingDestination: { '@type': 'DefinedRegion', addressCountry: 'CA' },
        },
      ]);
      expect(guide.offers.hasMerchantReturnPolicy).toBeUndefined();
    });

    it('writes a digital group’s free delivery in full once and refers to it by @id after that', async () => {
      const digitalGroup: Product = { ...FIXTURE_PRODUCTS[0]!, id: 'digital-group', isDigital: true };
      const group = doc((await build([digitalGroup])).out, 'digital-group');
      const [first, second] = group.hasVariant as Node[];
      expect(first!.offers.shippingDetails[0]['@type']).toBe('OfferShippingDetails');
      expect(second!.offers.shippingDetails).toEqual([{ '@id': 'https://alder-and-pine.example/#digital-delivery-US-USD' }, { '@id': 'https://alder-and-pine.example/#digital-delivery-CA-USD' }]);
    });

    it('gives a digital product nothing to override where the shop states no shipping rate', async () => {
      const guide = doc((await build(FIXTURE_PRODUCTS, testConfig({ shipping: [] }))).out, 'ap-trail-map-guide');
      expect(guide.offers.shippingDetails).toBeUndefined();
    });

    it('means the same as every_offer: the documents differ only in the policies their offers carry', async () => {
      const strip = (node: Node): Node => {
        const copy = structuredClone(node);
        for (const item of copy['@type'] === 'ProductGroup' ? (copy.hasVariant as Node[]) : [copy]) {
          delete item.offers.shippingDetails;
          delete item.offers.hasMerchantReturnPolicy;
        }
        return copy;
      };
      const organization = (await build()).out;
      const everyOffer = (await build(FIXTURE_PRODUCTS, testConfig(EVERY_OFFER))).out;
      for (const record of FIXTURE_PRODUCTS) expect(strip(doc(organization, record.id)), record.id).toEqual(strip(doc(everyOffer, record.id)));
    });

    it.each([
      ['shipping and returns', {}, "The shop's shipping and return policies are on the Organization in jsonld/site.jsonld, not on each offer: put that document on the home page."],
      ['shipping only', { returns: undefined }, "The shop's shipping rates are on the Organization in jsonld/site.jsonld, not on each offer: put that document on the home page."],
      ['returns only', { shipping: [] }, "The shop's return policy is on the Organization in jsonld/site.jsonld, not on each offer: put that document on the home page."],
    ])('notes once a run, at info, that the site document must be on the home page (%s)', async (_name, overrides, message) => {
      const { diagnostics } = await build(FIXTURE_PRODUCTS, testConfig(overrides));
      const notes = diagnostics.filter((d) => d.ruleId === 'jsonld/policies-on-organization');
      expect(notes).toEqual([expect.objectContaining({ severity: 'info', channel: 'jsonld', pointer: '/jsonld/shippingAndReturns', message })]);
    });

    it.each([
      ['every_offer', EVERY_OFFER],
      ['no policy at all', { shipping: [], returns: undefined }],
    ])('makes no note with %s', async (_name, overrides) => {
      const { diagnostics } = await build(FIXTURE_PRODUCTS, testConfig(overrides));
      expect(diagnostics.map((d) => d.ruleId)).not.toContain('jsonld/policies-on-organization');
    });

    it('is what buildProductDocument writes too, following the config', async () => {
      for (const overrides of [{}, EVERY_OFFER]) {
        const config = testConfig(overrides);
        const { out } = await build(FIXTURE_PRODUCTS, config);
        for (const product of resolveAll(FIXTURE_PRODUCTS, config).products) expect(buildProductDocument(product, config), product.id).toEqual(doc(out, product.id));
      }
    });
  });

  describe('shipping and returns on every offer', () => {
    it('writes them once per document and refers to them by @id after that', async () => {
      const group = doc((await build(FIXTURE_PRODUCTS, testConfig(EVERY_OFFER))).out, 'ap-summit-down-jacket');
      const [first, second] = group.hasVariant as Node[];
      expect(first!.offers.hasMerchantReturnPolicy).toMatchObject({ '@type': 'MerchantReturnPolicy', merchantReturnDays: 30, returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow' });
      expect(first!.offers.shippingDetails).toHaveLength(2);
      expect(second!.offers.hasMerchantReturnPolicy).toEqual({ '@id': first!.offers.hasMerchantReturnPolicy['@id'] });
    });

    it('gives digital products no shipping', async () => {
      const guide = doc((await build(FIXTURE_PRODUCTS, testConfig(EVERY_OFFER))).out, 'ap-trail-map-guide');
      expect(guide.offers.shippingDetails).toBeUndefined();
      expect(guide.offers.hasMerchantReturnPolicy['@type']).toBe('MerchantReturnPolicy');
    });
  });
});
