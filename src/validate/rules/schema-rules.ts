import { defineRule, type Rule, type RuleMeta } from '../../model/rule.js';

/**
 * The schema rules: one per JSON Schema keyword that can fail, plus the two composite value types of the
 * model (decimal money and dates), which read better as one finding than as the failures of each branch.
 */
const SPEC = 'https://json-schema.org/draft/2020-12/json-schema-validation';

function schemaRule(id: string, description: string, anchor: string, more: Pick<RuleMeta, 'fix' | 'fixByPointer' | 'example'> = {}): Rule {
  return defineRule({ id: `schema/${id}`, description, severity: 'error', url: `${SPEC}#${anchor}`, ...more });
}

export const schemaRequired = schemaRule('required', 'A required property is missing.', 'name-required', {
  fix: 'Add the missing property: a product needs id, title, url and variants, and each variant an id and a price (schemas/product.schema.json).',
  fixByPointer: {
    '/url':
      'Set "defaults.productUrl" in the config to the URL template of your product pages, with {slug}, {id} or {platform_id}; for a WooCommerce CSV export, "https://your-shop.example/?post_type=product&p={platform_id}" (docs/importers/woocommerce-csv.md). agentshelf init writes it for you.',
    '/title': 'Give every product a title in the shop; the export writes it into its title column.',
    '/variants/*/price': 'Give every variant a price; an export that omits the price column cannot be published.',
  },
  example: {
    input: '{"id": "tee-1", "url": "https://shop.example/products/tee-1", "variants": [{"id": "tee-1-m", "price": "15.00"}]}',
    finding: 'The required property "title" is missing.',
  },
});
export const schemaType = schemaRule('type', 'A value has the wrong JSON type.', 'name-type', {
  fix: 'Write the value as the type the message names: a number without quotes (12, not "12"), true or false for a flag, a list in [ ] for images.',
  example: { input: '"stockQuantity": "12"', finding: 'Must be of type integer.' },
});
export const schemaEnum = schemaRule('enum', 'A value is not one of the allowed values.', 'name-enum', {
  fix: 'Use one of the values the message lists, spelled exactly as shown.',
  example: { input: '"availability": "available"', finding: '"available" is not one of in_stock, out_of_stock, preorder, backorder.' },
});
export const schemaPattern = schemaRule('pattern', 'A string does not have the required shape.', 'name-pattern', {
  fix: 'Write the value in the form the message describes: for example, a currency as its three upper-case letters (USD), an id without spaces at either end.',
  example: { input: '"currency": "usd"', finding: '"usd" does not have the required form: ISO 4217 alphabetic code (https://www.iso.org/iso-4217-currency-codes.html).' },
});
export const schemaFormat = schemaRule('format', 'A string is not a valid URI, date or other format.', 'name-vocabularies-for-semantic-c', {
  fix: 'Write a valid URL: percent-encode spaces and other characters URLs cannot hold (tee%201.jpg), and use "/" as the separator.',
  example: { input: '"images": ["https://shop.example/img/tee 1.jpg"]', finding: '"https://shop.example/img/tee 1.jpg" is not a valid uri-reference.' },
});
export const schemaAdditionalProperty = schemaRule('additional-property', 'A property is not part of the canonical model.', 'name-additionalproperties', {
  fix: 'Remove the property, or rename it to the name schemas/product.schema.json gives the same thing; other options of a variant go in its "options".',
  example: { input: '"variants": [{"id": "tee-1-m", "price": "15.00", "colour": "Black"}]', finding: '"colour" is not a property of the canonical model.' },
});
export const schemaMinItems = schemaRule('min-items', 'A list has too few items.', 'name-minitems', {
  fix: 'Give the product at least one variant with its id and price; a product sold in one version has one variant.',
  example: { input: '{"id": "tee-1", "title": "Logo Tee", "url": "https://shop.example/products/tee-1", "variants": []}', finding: 'Must have at least 1 item(s).' },
});
export const schemaMinLength = schemaRule('min-length', 'A string is empty or too short.', 'name-minlength', {
  fix: 'Give the field a value, or leave the property out when there is none.',
  example: { input: '"gtin": ""', finding: 'Must not be empty.' },
});
export const schemaMinimum = schemaRule('minimum', 'A number is below its minimum.', 'name-minimum', {
  fix: 'Write the real value, above the minimum the message names, or leave the property out when it is not known.',
  example: { input: '"weight": {"value": 0, "unit": "g"}', finding: 'Must be > 0.' },
});
export const schemaInvalid = schemaRule('invalid', 'A value does not match the schema.', 'name-a-vocabulary-for-structural', {
  fix: 'Correct the value to the form the message describes; schemas/product.schema.json defines each field.',
  example: { input: '"googleProductCategory": 0', finding: '0 is not valid here. Google product taxonomy category, as its numeric id or its full path (https://support.google.com/merchants/answer/6324436).' },
});
export const schemaDecimal = defineRule({
  id: 'schema/decimal',
  description: 'A price is not a non-negative decimal amount such as "15.00".',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324371',
  fix: 'Write the price as a plain decimal amount such as "15.00": a "." before the cents, no currency symbol, sign or thousands separator (the currency goes in "currency").',
  example: {
    input: '"price": "$15.00"',
    finding: '"$15.00" is not a price: write a non-negative decimal amount such as "15.00", without a sign, currency or thousands separator.',
  },
});
export const schemaDateTime = defineRule({
  id: 'schema/date-time',
  description: 'A date is not an RFC 3339 date-time (2026-11-20T09:00:00-05:00) or a calendar date (2026-11-20).',
  severity: 'error',
  url: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  fix: 'Write the date as an RFC 3339 date-time with its offset ("2026-12-02T23:59:59-05:00"), or as a calendar date ("2026-12-02").',
  example: {
    input: '"saleEndsAt": "12/02/2026"',
    finding: '"12/02/2026" is not a date: write an RFC 3339 date-time such as "2026-11-20T09:00:00-05:00", or a date such as "2026-11-20".',
  },
});

export const SCHEMA_RULES_BY_KEYWORD: Readonly<Record<string, Rule>> = {
  required: schemaRequired,
  type: schemaType,
  enum: schemaEnum,
  const: schemaEnum,
  pattern: schemaPattern,
  format: schemaFormat,
  additionalProperties: schemaAdditionalProperty,
  minItems: schemaMinItems,
  minLength: schemaMinLength,
  minimum: schemaMinimum,
  exclusiveMinimum: schemaMinimum,
};

/** Named model types whose failures are reported as one finding. */
export const SCHEMA_RULES_BY_DEFINITION: Readonly<Record<string, Rule>> = {
  Decimal: schemaDecimal,
  DateTime: schemaDateTime,
};

// The Identifier type's character check has a file of its own; it is a schema rule like the ones above.
export { schemaIdentifierCharacters } from './identifier-characters.js';
