/**
 * URLs of the WooCommerce Store API (https://github.com/woocommerce/woocommerce/blob/trunk/plugins/woocommerce/src/StoreApi/README.md):
 * routes live under /wp-json/wc/store/v1/ ("if the version is omitted, v1 will be served"), or, on sites
 * without pretty permalinks, in the rest_route query parameter (https://developer.wordpress.org/rest-api/key-concepts/#routes-endpoints).
 */
const PRODUCTS_PATH = /\/wp-json\/wc\/store\/(?:v1\/)?products\/?$/;
const PRODUCTS_ROUTE = /^\/wc\/store\/(?:v1\/)?products\/?$/;

/** "Maximum 100" per page (Store API README, Pagination). */
export const PER_PAGE = 100;

export function isStoreApiProductsUrl(url: URL): boolean {
  return PRODUCTS_PATH.test(url.pathname) || PRODUCTS_ROUTE.test(url.searchParams.get('rest_route') ?? '');
}

export interface StoreApiEndpoint {
  /** A page of the product list, with the caller's own filters kept. */
  productsPage(page: number): string;
  /** A page of one variable product's variations: GET /products?type=variation&parent=<id>. */
  variationsPage(parentId: number, page: number): string;
  /** GET /products/categories: every category with its parent. */
  categories(): string;
}

export function storeApiEndpoint(input: string): StoreApiEndpoint {
  const base = new URL(input);
  const route = base.searchParams.get('rest_route');
  const useRoute = route !== null && PRODUCTS_ROUTE.test(route);
  const productsRoute = useRoute ? route.replace(/\/$/, '') : undefined;
  const productsPath = base.pathname.replace(/\/$/, '');

  const bare = (): URL => {
    const url = new URL(base.href);
    url.search = '';
    url.hash = '';
    if (productsRoute) url.searchParams.set('rest_route', productsRoute);
    else url.pathname = productsPath;
    return url;
  };
  // Ordered by ID, so pages stay stable while a shop is read, and products come in the order of WooCommerce's CSV exporter.
  const ordered = (url: URL): URL => {
    if (!url.searchParams.has('orderby')) {
      url.searchParams.set('orderby', 'id');
      url.searchParams.set('order', 'asc');
    }
    return url;
  };
  return {
    productsPage(page) {
      const url = new URL(base.href);
      url.hash = '';
      url.searchParams.set('per_page', String(PER_PAGE));
      url.searchParams.set('page', String(page));
      return ordered(url).href;
    },
    variationsPage(parentId, page) {
      const url = bare();
      url.searchParams.set('type', 'variation');
      url.searchParams.set('parent', String(parentId));
      url.searchParams.set('per_page', String(PER_PAGE));
      url.searchParams.set('page', String(page));
      return ordered(url).href;
    },
    categories() {
      const url = bare();
      if (productsRoute) url.searchParams.set('rest_route', `${productsRoute}/categories`);
      else url.pathname = `${productsPath}/categories`;
      return url.href;
    },
  };
}
