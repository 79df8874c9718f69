import { defineRule } from '../../../../model/rule.js';

export const wooBufferFull = defineRule({
  id: 'woocommerce/buffer-full',
  description: 'Too many WooCommerce variable products waited for their variations at once; from this one on, they are written out before the end of the file.',
  severity: 'warning',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
});
