/**
 * Stable codes for what the catalog query engine refuses. `E_CATALOG_CURSOR` and `E_CATALOG_LIMIT` are the
 * caller's request (HTTP 400 / JSON-RPC -32602 for the server); `E_CATALOG_UNREADABLE` is a published index the
 * server cannot use (a failure of the deployment, not of the request).
 */
export type CatalogErrorCode = 'E_CATALOG_CURSOR' | 'E_CATALOG_LIMIT' | 'E_CATALOG_UNREADABLE';

export class CatalogError extends Error {
  readonly code: CatalogErrorCode;

  constructor(code: CatalogErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CatalogError';
    this.code = code;
  }
}

export function isCatalogError(error: unknown): error is CatalogError {
  return error instanceof CatalogError;
}
