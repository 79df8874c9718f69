import { describe, expect, it } from 'vitest';
import type { OpenAiRow } from './columns.js';
import { checkRowSchema, rowSchemaProblems } from './row-schema.js';

/** A minimal valid row: the nine required fields and both flags. */
const MINIMAL: OpenAiRow = {
  item_id: 'MUG-350-BLUE',
  title: 'Blue ceramic mug, 350 mL',
  description: 'Dishwasher-safe glazed ceramic mug with a handle.',
  url: 'https://example.com/products/mug-blue',
  brand: 'Northline',
  seller_name: 'Northline Home',
  image_url: 'https://example.com/images/mug-blue.jpg',
  availability: 'in_stock',
  price: '18.00 USD',
  is_eligible_search: true,
  is_eligible_checkout: false,
};

const VARIANT = { group_id: 'MUG-350', listing_has_variations: true, variant_dict: { color: 'Blue' } };
const CHECKOUT = { is_eligible_checkout: true, seller_privacy_policy: 'https://example.com/privacy', seller_tos: 'https://example.com/terms' };

const row = (changes: Record<string, unknown>, drop: string[] = []): unknown => {
  const out: Record<string, unknown> = { ...MINIMAL, ...changes };
  for (const key of drop) delete out[key];
  return out;
};

describe('schemas/openai-product-feed.schema.json', () => {
  it.each([
    ['the minimal row', row({})],
    ['a variant row', row(VARIANT)],
    ['a checkout row', row(CHECKOUT)],
    ['a JPY price', row({ price: '1500 JPY' })],
    ['a KWD price', row({ price: '1.500 KWD', sale_price: '1.250 KWD' })],
    ['a sale price', row({ sale_price: '15.00 USD' })],
    ['a pre-order with a date', row({ availability: 'pre_order', availability_date: '2027-02-15T00:00:00Z' })],
    ['a back-order with a day', row({ availability: 'backorder', availability_date: '2027-02-15' })],
    ['unknown availability', row({ availability: 'unknown' })],
    ['shipping tuples', row({ shipping: 'US::Standard:5.95 USD:0:1:3:5,US:CA:Overnight:16.00 USD,CA::Standard:12.00 USD:::5:9' })],
    ['dimensions', row({ length: '30', width: '20', height: '12.5', dimensions_unit: 'cm' })],
    ['weight', row({ weight: '0.75', item_weight_unit: 'kg' })],
    ['returns', row({ accepts_returns: true, return_deadline_in_days: 30, return_policy: 'https://example.com/returns' })],
    ['a final sale', row({ accepts_returns: false })],
    ['a 14-digit GTIN', row({ gtin: '09506000134352' })],
    ['size with system', row({ size: '10', size_system: 'MEX' })],
    ['markets', row({ target_countries: ['US', 'CA'], store_country: 'US' })],
    ['an item_id of 100 characters', row({ item_id: 'X'.repeat(100) })],
  ])('accepts %s', (_name, value) => {
    expect(rowSchemaProblems(value)).toEqual([]);
  });

  it.each([
    ['missing price', row({}, ['price']), '/price', 'required'],
    ['missing brand', row({}, ['brand']), '/brand', 'required'],
    ['a price without currency', row({ price: '18.00' }), '/price', 'pattern'],
    ['a price with a currency symbol', row({ price: '$18.00' }), '/price', 'pattern'],
    ['a price with thousands separators', row({ price: '1,299.00 USD' }), '/price', 'pattern'],
    ['a lower-case currency', row({ price: '18.00 usd' }), '/price', 'pattern'],
    ['a zero price', row({ price: '0.00 USD' }), '/price', 'not'],
    ['a zero sale price', row({ sale_price: '0 USD' }), '/sale_price', 'not'],
    ['checkout true with search false', row({ ...CHECKOUT, is_eligible_search: false }), '/is_eligible_search', 'const'],
    ['checkout true without a privacy policy', row({ ...CHECKOUT }, ['seller_privacy_policy']), '/seller_privacy_policy', 'required'],
    ['checkout true without terms', row({ ...CHECKOUT }, ['seller_tos']), '/seller_tos', 'required'],
    ['an unknown field', row({ enable_search: true }), '/enable_search', 'additionalProperties'],
    ['a legacy alias', row({ id: 'MUG-350-BLUE' }), '/id', 'additionalProperties'],
    ['an unknown availability', row({ availability: 'preorder' }), '/availability', 'enum'],
    ['an item_id of 101 characters', row({ item_id: 'X'.repeat(101) }), '/item_id', 'maxLength'],
    ['a title of 151 characters', row({ title: 'T'.repeat(151) }), '/title', 'maxLength'],
    ['a description of 5,001 characters', row({ description: 'D'.repeat(5001) }), '/description', 'maxLength'],
    ['a brand of 71 characters', row({ brand: 'B'.repeat(71) }), '/brand', 'maxLength'],
    ['a seller_name of 71 characters', row({ seller_name: 'S'.repeat(71) }), '/seller_name', 'maxLength'],
    ['an mpn of 71 characters', row({ mpn: 'M'.repeat(71) }), '/mpn', 'maxLength'],
    ['a blank title', row({ title: '   ' }), '/title', 'pattern'],
    ['a GTIN with dashes', row({ gtin: '0-12345-67890-5' }), '/gtin', 'pattern'],
    ['a 10-digit GTIN', row({ gtin: '0123456789' }), '/gtin', 'pattern'],
    ['a relative URL', row({ url: '/products/mug-blue' }), '/url', 'pattern'],
    ['a URL with a space', row({ url: 'https://example.com/a b' }), '/url', 'format'],
    ['a non-HTTP URL', row({ image_url: 'ftp://example.com/mug.jpg' }), '/image_url', 'pattern'],
    ['a lower-case country', row({ store_country: 'us' }), '/store_country', 'pattern'],
    ['a three-letter country', row({ target_countries: ['USA'] }), '/target_countries/0', 'pattern'],
    ['a string boolean', row({ is_eligible_search: 'true' }), '/is_eligible_search', 'type'],
    ['group_id alone', row({ group_id: 'MUG-350' }), '/listing_has_variations', 'dependentRequired'],
    ['variant_dict alone', row({ variant_dict: { color: 'Blue' } }), '/group_id', 'dependentRequired'],
    ['listing_has_variations false', row({ ...VARIANT, listing_has_variations: false }), '/listing_has_variations', 'const'],
    ['a variant_dict with an empty value', row({ ...VARIANT, variant_dict: { color: '' } }), '/variant_dict/color', 'minLength'],
    ['a variant_dict with a number', row({ ...VARIANT, variant_dict: { size: 10 } }), '/variant_dict/size', 'type'],
    ['a return window without acceptance', row({ return_deadline_in_days: 30 }), '/accepts_returns', 'dependentRequired'],
    ['a return window with returns refused', row({ accepts_returns: false, return_deadline_in_days: 30 }), '/accepts_returns', 'const'],
    ['a return window of 0 days', row({ accepts_returns: true, return_deadline_in_days: 0 }), '/return_deadline_in_days', 'minimum'],
    ['weight without unit', row({ weight: '1.5' }), '/item_weight_unit', 'dependentRequired'],
    ['two dimensions', row({ length: '30', width: '20', dimensions_unit: 'cm' }), '/height', 'dependentRequired'],
    ['an unknown weight unit', row({ weight: '1.5', item_weight_unit: 'stone' }), '/item_weight_unit', 'enum'],
    ['size_system without size', row({ size_system: 'US' }), '/size', 'dependentRequired'],
    ['an availability date on an in-stock item', row({ availability_date: '2027-02-15' }), '/availability', 'enum'],
    ['an availability date without a time zone', row({ availability: 'pre_order', availability_date: '2027-02-15T00:00:00' }), '/availability_date', 'anyOf'],
    ['a shipping tuple with three positions', row({ shipping: 'US:Standard:5.95 USD' }), '/shipping', 'pattern'],
    ['a shipping tuple without currency', row({ shipping: 'US::Standard:5.95' }), '/shipping', 'pattern'],
    ['additional images as a string', row({ additional_image_urls: 'https://example.com/a.jpg' }), '/additional_image_urls', 'type'],
  ])('refuses %s', (_name, value, pointer, keyword) => {
    expect(rowSchemaProblems(value)).toContainEqual(expect.objectContaining({ pointer, keyword }));
  });

  it('reports one problem per location, never the if that led to it', () => {
    const problems = rowSchemaProblems(row({ ...CHECKOUT, is_eligible_search: false }, ['seller_tos']));
    expect(problems.map((p) => [p.pointer, p.keyword])).toEqual([
      ['/seller_tos', 'required'],
      ['/is_eligible_search', 'const'],
    ]);
  });

  it('turns problems into openai/row-invalid diagnostics with the value at fault', () => {
    const subject = { productId: 'mug', variantId: 'MUG-350-BLUE', channel: 'openai' };
    const diagnostics = checkRowSchema(row({ price: '18 dollars', enable_search: true }) as OpenAiRow, subject);
    expect(diagnostics.map((d) => [d.ruleId, d.pointer, d.actual])).toEqual([
      ['openai/row-invalid', '/enable_search', true],
      ['openai/row-invalid', '/price', '18 dollars'],
    ]);
    expect(diagnostics[0]).toMatchObject(subject);
  });
});
