import { defineRule, type Rule, type RuleMeta } from '../../model/rule.js';

/**
 * The schema rules: one per JSON Schema keyword that can fail, plus the two composite value types of the
 * model (decimal money and dates), which read better as one finding than as the failures of each branch.
 */
const SPEC = 'https://json-schema.org/draft/2020-12/json-schema-validation';

function schemaRule(id: string, description: string, anchor: string, fixes: Pick<RuleMeta, 'fix' | 'fixByPointer'> = {}): Rule {
  return defineRule({ id: `schema/${id}`, description, severity: 'error', url: `${SPEC}#${anchor}`, ...fixes });
}

export const schemaRequired = schemaRule('required', 'A required property is missing.', 'name-required', {
  fixByPointer: {
    '/url':
      'Set "defaults.productUrl" in the config to the URL template of your product pages, with {slug}, {id} or {platform_id}; for a WooCommerce CSV export, "https://your-shop.example/?post_type=product&p={platform_id}" (docs/importers/woocommerce-csv.md). agentshelf init writes it for you.',
    '/title': 'Give every product a title in the shop; the export writes it into its title column.',
    '/variants/*/price': 'Give every variant a price; an export that omits the price column cannot be published.',
  },
});
export const schemaType = schemaRule('type', 'A value has the wrong JSON type.', 'name-type');
export const schemaEnum = schemaRule('enum', 'A value is not one of the allowed values.', 'name-enum');
export const schemaPattern = schemaRule('pattern', 'A string does not have the required shape.', 'name-pattern');
export const schemaFormat = schemaRule('format', 'A string is not a valid URI, date or other format.', 'name-vocabularies-for-semantic-c');
export const schemaAdditionalProperty = schemaRule('additional-property', 'A property is not part of the canonical model.', 'name-additionalproperties');
export const schemaMinItems = schemaRule('min-items', 'A list has too few items.', 'name-minitems');
export const schemaMinLength = schemaRule('min-length', 'A string is empty or too short.', 'name-minlength');
export const schemaMinimum = schemaRule('minimum', 'A number is below its minimum.', 'name-minimum');
export const schemaInvalid = schemaRule('invalid', 'A value does not match the schema.', 'name-a-vocabulary-for-structural');
export const schemaDecimal = defineRule({
  id: 'schema/decimal',
  description: 'A price is not a non-negative decimal amount such as "15.00".',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324371',
});
export const schemaDateTime = defineRule({
  id: 'schema/date-time',
  description: 'A date is not an RFC 3339 date-time (2026-11-20T09:00:00-05:00) or a calendar date (2026-11-20).',
  severity: 'error',
  url: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
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
