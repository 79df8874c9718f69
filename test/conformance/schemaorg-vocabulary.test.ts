// Tests of the offline schema.org checker itself: the documents our JSON-LD is
// shaped like must pass against the official 30.0 release files, and each kind
// of mistake must be caught at the right JSON pointer.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA_DIR, conformanceMode, describeConformance } from './support/shared-data.js';
import {
  type SchemaOrgProblem,
  type SchemaOrgVocabulary,
  checkSchemaOrgDocument,
  loadSchemaOrgVocabulary,
} from './support/schemaorg-vocabulary.js';

// The release the product's JSON-LD is written against (../shared/README.md, data/schemaorg/30.0).
const SCHEMAORG_DIR = path.join(SHARED_DATA_DIR, 'schemaorg', '30.0');

// Google's product taxonomy file, the inCodeSet Google documents for CategoryCode
// (../shared/specs/merchant-feeds-and-structured-data.md §2.1).
const GOOGLE_TAXONOMY = 'https://www.google.com/basepages/producttype/taxonomy-with-ids.en-US.txt';

const merchantListingProduct = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  '@id': 'https://shop.example/products/tee#product',
  name: 'Organic cotton tee',
  description: 'A heavyweight tee.',
  image: ['https://shop.example/img/tee-front.jpg', 'https://shop.example/img/tee-back.jpg'],
  sku: 'TEE-001-M',
  gtin: '4006381333931',
  mpn: 'TEE-001-M',
  brand: { '@type': 'Brand', name: 'Acme' },
  category: [
    'Apparel & Accessories > Clothing > Shirts & Tops',
    { '@type': 'CategoryCode', inCodeSet: GOOGLE_TAXONOMY, codeValue: '212' },
  ],
  offers: {
    '@type': 'Offer',
    url: 'https://shop.example/products/tee?size=M',
    price: 24.9,
    priceCurrency: 'EUR',
    priceValidUntil: '2026-12-31',
    availability: 'https://schema.org/InStock',
    itemCondition: 'https://schema.org/NewCondition',
    seller: { '@id': 'https://shop.example/#organization' },
    shippingDetails: {
      '@type': 'OfferShippingDetails',
      shippingRate: { '@type': 'MonetaryAmount', value: 4.95, currency: 'EUR' },
      shippingDestination: { '@type': 'DefinedRegion', addressCountry: 'DE' },
      deliveryTime: {
        '@type': 'ShippingDeliveryTime',
        handlingTime: { '@type': 'QuantitativeValue', minValue: 0, maxValue: 1, unitCode: 'DAY' },
        transitTime: { '@type': 'QuantitativeValue', minValue: 1, maxValue: 3, unitCode: 'DAY' },
      },
    },
    hasMerchantReturnPolicy: {
      '@type': 'MerchantReturnPolicy',
      applicableCountry: ['DE', 'AT'],
      returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
      merchantReturnDays: 30,
      returnFees: 'https://schema.org/FreeReturn',
      returnMethod: 'https://schema.org/ReturnByMail',
    },
  },
};

// Google's variant example shape: a top-level array, variants pointing back by @id.
const productGroupWithVariants = [
  {
    '@context': 'https://schema.org/',
    '@type': 'ProductGroup',
    '@id': 'https://shop.example/products/tee#group',
    name: 'Organic cotton tee',
    productGroupID: 'TEE-001',
    brand: { '@type': 'Brand', name: 'Acme' },
    variesBy: ['https://schema.org/color', 'https://schema.org/size'],
    hasVariant: [
      { '@id': 'https://shop.example/products/tee?color=black&size=M#product' },
      {
        '@type': 'Product',
        '@id': 'https://shop.example/products/tee?color=white&size=M#product',
        name: 'Organic cotton tee, white, M',
        sku: 'TEE-001-WHT-M',
        gtin: '4006381333948',
        mpn: 'TEE-001-WHT-M',
        color: 'White',
        size: 'M',
        category: { '@type': 'CategoryCode', inCodeSet: GOOGLE_TAXONOMY, codeValue: '212' },
        offers: { '@type': 'Offer', price: '24.90', priceCurrency: 'EUR', availability: 'http://schema.org/OutOfStock' },
      },
    ],
  },
  {
    '@context': 'https://schema.org/',
    '@type': 'Product',
    '@id': 'https://shop.example/products/tee?color=black&size=M#product',
    name: 'Organic cotton tee, black, M',
    isVariantOf: { '@id': 'https://shop.example/products/tee#group' },
    inProductGroupWithID: 'TEE-001',
    sku: 'TEE-001-BLK-M',
    gtin: '4006381333955',
    mpn: 'TEE-001-BLK-M',
    color: 'Black',
    size: { '@type': 'SizeSpecification', name: 'M' },
    url: 'https://shop.example/products/tee?color=black&size=M',
  },
];

const organizationAndWebSite = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': ['Organization', 'OnlineStore'],
      '@id': 'https://shop.example/#organization',
      name: 'Acme Shop',
      url: 'https://shop.example/',
      logo: { '@type': 'ImageObject', url: 'https://shop.example/logo.png', width: 512, height: 512 },
      sameAs: ['https://www.instagram.com/acme', 'https://www.facebook.com/acme'],
      contactPoint: { '@type': 'ContactPoint', contactType: 'customer service', email: 'help@shop.example' },
      hasMerchantReturnPolicy: { '@id': 'https://shop.example/returns#policy' },
    },
    {
      '@type': 'WebSite',
      '@id': 'https://shop.example/#website',
      name: 'Acme Shop',
      url: 'https://shop.example/',
      inLanguage: 'en',
      publisher: { '@id': 'https://shop.example/#organization' },
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: 'https://shop.example/search?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    },
  ],
};

// Active price, strikethrough price and unit price (spec §2.2).
const offerWithPriceSpecifications = {
  '@context': 'https://schema.org',
  '@type': 'Offer',
  priceCurrency: 'EUR',
  price: 9.99,
  priceSpecification: [
    {
      '@type': 'UnitPriceSpecification',
      price: 9.99,
      priceCurrency: 'EUR',
      referenceQuantity: {
        '@type': 'QuantitativeValue',
        value: 100,
        unitCode: 'MLT',
        valueReference: { '@type': 'QuantitativeValue', value: 1000, unitCode: 'MLT' },
      },
    },
    {
      '@type': 'UnitPriceSpecification',
      priceType: 'https://schema.org/StrikethroughPrice',
      price: 12.99,
      priceCurrency: 'EUR',
      validFrom: '2026-01-01T00:00:00+01:00',
      validThrough: '2026-01-31T23:59:59+01:00',
    },
  ],
};

const validDocuments: ReadonlyArray<readonly [string, unknown]> = [
  ['merchant-listing Product with Offer, shipping and returns', merchantListingProduct],
  ['ProductGroup with variants in a top-level array', productGroupWithVariants],
  ['Organization + WebSite in an @graph', organizationAndWebSite],
  ['Offer with active, strikethrough and unit UnitPriceSpecifications', offerWithPriceSpecifications],
  ['a bare @id reference as a top-level node', { '@context': 'https://schema.org', '@id': 'https://shop.example/#organization' }],
  ['value objects and @list', { '@type': 'Product', name: { '@value': 'Tee', '@language': 'en' }, color: { '@list': ['Black', 'White'] } }],
];

interface InvalidCase {
  readonly name: string;
  readonly doc: unknown;
  readonly expected: ReadonlyArray<Pick<SchemaOrgProblem, 'path' | 'term' | 'problem'>>;
}

const invalidDocuments: readonly InvalidCase[] = [
  {
    name: 'unknown type',
    doc: { '@context': 'https://schema.org', '@type': 'Produkt', name: 'Tee' },
    expected: [{ path: '/@type', term: 'Produkt', problem: 'unknown-type' }],
  },
  {
    name: 'an enumeration member used as a type',
    doc: { '@type': ['Product', 'InStock'], name: 'Tee' },
    expected: [{ path: '/@type/1', term: 'InStock', problem: 'unknown-type' }],
  },
  {
    name: 'unknown property',
    doc: { '@context': 'https://schema.org', '@type': 'Product', colour: 'Black' },
    expected: [{ path: '/colour', term: 'colour', problem: 'unknown-property' }],
  },
  {
    name: 'unknown property key escaped in the JSON pointer',
    doc: { '@type': 'Product', 'size/fit': 'M' },
    expected: [{ path: '/size~1fit', term: 'size/fit', problem: 'unknown-property' }],
  },
  {
    name: 'price directly on Product (domain)',
    doc: { '@context': 'https://schema.org', '@type': 'Product', name: 'Tee', price: 24.9 },
    expected: [{ path: '/price', term: 'price', problem: 'domain' }],
  },
  {
    name: 'domain checked on a node inside @graph',
    doc: { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Shop' }, { '@type': 'Brand', gtin: '4006381333931' }] },
    expected: [{ path: '/@graph/1/gtin', term: 'gtin', problem: 'domain' }],
  },
  {
    name: 'misspelt availability enumeration member',
    doc: { '@type': 'Product', offers: { '@type': 'Offer', availability: 'https://schema.org/InStockk' } },
    expected: [{ path: '/offers/availability', term: 'InStockk', problem: 'unknown-enumeration-member' }],
  },
  {
    name: 'a member of the wrong enumeration',
    doc: { '@type': 'Offer', availability: 'https://schema.org/NewCondition' },
    expected: [{ path: '/availability', term: 'availability', problem: 'range' }],
  },
  {
    name: 'retired type (ProductReturnPolicy, attic since MerchantReturnPolicy)',
    doc: { '@type': 'ProductReturnPolicy', name: 'Returns' },
    expected: [{ path: '/@type', term: 'ProductReturnPolicy', problem: 'retired-type' }],
  },
  {
    name: 'retired property (hasProductReturnPolicy)',
    doc: { '@type': 'Offer', hasProductReturnPolicy: { '@type': 'MerchantReturnPolicy', merchantReturnDays: 30 } },
    expected: [{ path: '/hasProductReturnPolicy', term: 'hasProductReturnPolicy', problem: 'retired-property' }],
  },
  {
    name: 'retired enumeration member (ProductReturnFiniteReturnWindow)',
    doc: { '@type': 'MerchantReturnPolicy', returnPolicyCategory: 'https://schema.org/ProductReturnFiniteReturnWindow' },
    expected: [{ path: '/returnPolicyCategory', term: 'ProductReturnFiniteReturnWindow', problem: 'unknown-enumeration-member' }],
  },
  {
    name: 'superseded property (reviews -> review)',
    doc: { '@type': 'Product', name: 'Tee', reviews: [{ '@type': 'Review', reviewBody: 'Great' }] },
    expected: [{ path: '/reviews', term: 'reviews', problem: 'superseded-property' }],
  },
  {
    name: 'superseded type (DatedMoneySpecification -> MonetaryAmount)',
    doc: { '@type': 'DatedMoneySpecification', currency: 'EUR' },
    expected: [{ path: '/@type', term: 'DatedMoneySpecification', problem: 'superseded-type' }],
  },
  {
    name: 'nested node of a type outside the range',
    doc: { '@type': 'Product', offers: { '@type': 'Brand', name: 'Acme' } },
    expected: [{ path: '/offers', term: 'offers', problem: 'range' }],
  },
  {
    name: 'number where only classes are expected',
    doc: { '@type': 'Product', brand: 5, offers: [{ '@type': 'Offer', shippingDetails: true }] },
    expected: [
      { path: '/brand', term: 'brand', problem: 'range' },
      { path: '/offers/0/shippingDetails', term: 'shippingDetails', problem: 'range' },
    ],
  },
  {
    name: 'a node where only literals are expected',
    doc: { '@type': 'Product', name: { '@type': 'Thing', name: 'Tee' } },
    expected: [{ path: '/name', term: 'name', problem: 'range' }],
  },
  {
    name: 'untyped nested node is checked against the classes its property implies',
    doc: { '@type': 'Product', brand: { name: 'Acme', price: 3 } },
    expected: [{ path: '/brand/price', term: 'price', problem: 'domain' }],
  },
];

describe('conformanceMode', () => {
  it('runs whenever ../shared/data exists', () => {
    expect(conformanceMode(true, { CI: 'true' })).toBe('run');
    expect(conformanceMode(true, {})).toBe('run');
  });

  it('fails in CI and skips elsewhere when ../shared/data is missing', () => {
    expect(conformanceMode(false, { CI: 'true' })).toBe('fail');
    expect(conformanceMode(false, {})).toBe('skip');
  });
});

describeConformance('schema.org 30.0 vocabulary checker', () => {
  let vocab: SchemaOrgVocabulary;

  beforeAll(async () => {
    vocab = await loadSchemaOrgVocabulary(SCHEMAORG_DIR);
  });

  describe('vocabulary', () => {
    it('is cached per folder', async () => {
      expect(await loadSchemaOrgVocabulary(`${SCHEMAORG_DIR}/`)).toBe(vocab);
    });

    it('closes rdfs:subClassOf transitively', () => {
      const productGroup = vocab.classes.get('ProductGroup');
      expect(productGroup?.ancestors).toEqual(new Set(['ProductGroup', 'Product', 'Thing']));
      expect(vocab.classes.get('ItemAvailability')?.isEnumeration).toBe(true);
    });

    it('knows the data types and their subclasses', () => {
      for (const name of ['Text', 'URL', 'Number', 'Integer', 'Float', 'Date', 'DateTime', 'Time', 'Boolean']) {
        expect(vocab.dataTypes.has(name), name).toBe(true);
      }
      expect(vocab.dataTypes.has('Thing')).toBe(false);
    });

    it('reads domainIncludes, rangeIncludes and enumeration members', () => {
      const availability = vocab.properties.get('availability');
      expect(availability?.domainIncludes).toEqual(new Set(['Offer', 'Demand']));
      expect(availability?.rangeEnumerations).toEqual(['ItemAvailability']);
      expect(vocab.enumerationMembers.get('InStock')?.enumerations).toEqual(['ItemAvailability']);
      expect(vocab.enumerationMembers.get('StrikethroughPrice')?.enumerations).toEqual(['PriceTypeEnumeration']);
    });

    it('marks attic terms retired and records supersededBy', () => {
      expect(vocab.classes.get('ProductReturnPolicy')).toMatchObject({ retired: true, layer: 'attic', supersededBy: 'MerchantReturnPolicy' });
      expect(vocab.properties.get('hasProductReturnPolicy')).toMatchObject({ retired: true, supersededBy: 'hasMerchantReturnPolicy' });
      expect(vocab.properties.get('reviews')).toMatchObject({ retired: false, supersededBy: 'review' });
      expect(vocab.classes.get('Product')).toMatchObject({ retired: false, layer: 'core', supersededBy: undefined });
      expect(vocab.classes.get('MerchantReturnPolicy')?.layer).toBe('pending');
    });
  });

  describe('valid documents', () => {
    it.each(validDocuments)('%s has no problems', (_name, doc) => {
      expect(checkSchemaOrgDocument(doc, vocab)).toEqual([]);
    });
  });

  describe('invalid documents', () => {
    it.each(invalidDocuments.map((c) => [c.name, c] as const))('%s', (_name, { doc, expected }) => {
      const problems = checkSchemaOrgDocument(doc, vocab);
      expect(problems).toEqual(expected.map((problem) => expect.objectContaining(problem)));
      for (const problem of problems) expect(problem.message).toContain(problem.term);
    });
  });

  it('checks 200 documents well under a second once loaded', () => {
    const docs = Array.from({ length: 50 }, () => validDocuments.slice(0, 4).map(([, doc]) => doc)).flat();
    const started = performance.now();
    for (const doc of docs) checkSchemaOrgDocument(doc, vocab);
    expect(docs).toHaveLength(200);
    expect(performance.now() - started).toBeLessThan(250);
  });
});
