import { registerImporter } from '../formats.js';

/**
 * The platform importers, registered with the format registry on import. Each turns a platform's export or
 * API into canonical product records (schemas/product.schema.json), which are then validated and resolved
 * like any other input.
 */
export function registerImporters(): void {
  // Filled in as importers land: registerImporter(shopifyCsvFormat), …
  void registerImporter;
}
