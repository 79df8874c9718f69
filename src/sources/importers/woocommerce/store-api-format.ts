import type { ApiFormat } from '../../formats.js';
import { readWooCommerceStoreApi } from './store-api.js';
import { isStoreApiProductsUrl } from './store-api-urls.js';

export const woocommerceStoreApiFormat: ApiFormat = {
  kind: 'api',
  name: 'woocommerce-store-api',
  description: 'WooCommerce Store API (public, no keys): /wp-json/wc/store/v1/products, read page by page with each variable product’s variations',
  matchesUrl: isStoreApiProductsUrl,
  read: (url, context) => readWooCommerceStoreApi(url, context),
};
