import { registerImporter } from '../formats.js';
import { gmcTsvFormat, gmcXmlFormat } from './gmc/index.js';
import { shopifyCsvFormat, shopifyJsonFormat } from './shopify/index.js';
import { woocommerceCsvFormat, woocommerceStoreApiFormat } from './woocommerce/index.js';

/**
 * The platform importers, registered with the format registry. Each turns a platform's export or API into
 * canonical product records (schemas/product.schema.json), which are then validated and resolved like any
 * other input. Sniffing formats are tried in this order, before the canonical ones.
 */
export const IMPORTERS = [shopifyCsvFormat, woocommerceCsvFormat, gmcXmlFormat, gmcTsvFormat, shopifyJsonFormat, woocommerceStoreApiFormat] as const;

let registered = false;

export function registerImporters(): void {
  if (registered) return;
  registered = true;
  for (const format of IMPORTERS) registerImporter(format);
}
