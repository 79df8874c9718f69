export { woocommerceCsvFormat, sniffWooCommerceCsv } from './woocommerce-csv-format.js';
export { readWooCommerceCsv, DEFAULT_MAX_BUFFERED_ROWS, type WooCsvOptions } from './woocommerce-csv.js';
export { woocommerceStoreApiFormat } from './store-api-format.js';
export { readWooCommerceStoreApi } from './store-api.js';
export { WOOCOMMERCE_RULES } from './woocommerce-rules.js';
