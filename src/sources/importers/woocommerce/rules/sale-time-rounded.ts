import { defineRule } from '../../../../model/rule.js';

/**
 * Sale dates are whole days in the store's time zone: "Date sale price starts" is the start of its day and
 * "Date sale price ends" the end of its day. A time inside a day (set through the REST API) is rounded to
 * the whole days inside the window, so a sale is never shown when it is not on.
 */
export const wooSaleTimeRounded = defineRule({
  id: 'woocommerce/sale-time-rounded',
  description: 'A WooCommerce sale date carries a time inside the day; the sale window was narrowed to the whole days inside it.',
  severity: 'info',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
  fix: 'Nothing to do if a sale of whole days is right. Otherwise give the sale dates without a time of day (the dates WooCommerce admin sets), and export again.',
  example: {
    input: '"Date sale price starts" cell: 2025-03-01 10:30:00',
    finding: 'The sale start "2025-03-01 10:30:00" was moved to 2025-03-02, a whole day inside the sale.',
  },
});
