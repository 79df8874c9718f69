import { defineRule } from '../../../../model/rule.js';

/** A variation with an empty attribute value matches "Any" value of it; no single value can be stated. */
export const wooAnyAttributeValue = defineRule({
  id: 'woocommerce/any-attribute-value',
  description: 'A WooCommerce variation applies to any value of an attribute; the attribute is left out for that variant.',
  severity: 'info',
  url: 'https://woocommerce.com/document/variable-product/',
  fix: 'Nothing to do if the variation is sold in every size. To state one value, choose it for the variation in WooCommerce (Product data > Variations) instead of "Any Size", and export again.',
  example: {
    input: 'Variation row with "Attribute 1 name" Size and an empty "Attribute 1 value(s)" cell',
    finding: 'The variation is sold for any "Size"; no value is stated for it.',
  },
});
