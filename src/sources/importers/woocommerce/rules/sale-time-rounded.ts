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
});
