export { openCatalog, type CatalogSnapshot, type CatalogSearchResult, type CatalogLookupResult } from './catalog-snapshot.js';
export { MAX_SEARCH_LIMIT, type CatalogSearchQuery } from './search.js';
export { lookupProduct, detailProduct } from './lookup.js';
export { CatalogError, isCatalogError, type CatalogErrorCode } from './errors.js';
