import { defineRule } from '../../../../model/rule.js';

/** A variation with an empty attribute value matches "Any" value of it; no single value can be stated. */
export const wooAnyAttributeValue = defineRule({
  id: 'woocommerce/any-attribute-value',
  description: 'A WooCommerce variation applies to any value of an attribute; the attribute is left out for that variant.',
  severity: 'info',
  url: 'https://woocommerce.com/document/variable-product/',
});
