import { loadConfigFile } from '../../src/config/load-config.js';
import type { ResolvedConfig } from '../../src/model/resolved-config.js';
import type { ResolvedProduct } from '../../src/model/resolved.js';
import { resolveCatalog } from '../../src/pipeline/resolve-catalog.js';
import { readInputs } from '../../src/sources/read-inputs.js';
import { testReadContext } from '../../src/test-support/read-context.js';
import { DEMO_NOW } from './run-cli.js';

/** A demo shop's config and every product of its catalog, resolved as a build resolves them at DEMO_NOW. */
export async function resolveDemoProducts(configPath: string): Promise<{ config: ResolvedConfig; products: ResolvedProduct[] }> {
  const { config } = await loadConfigFile(configPath);
  const context = testReadContext();
  const products: ResolvedProduct[] = [];
  try {
    for await (const entry of resolveCatalog(readInputs(config.inputs, context), { config, nowMs: Date.parse(DEMO_NOW) })) {
      if (entry.product) products.push(entry.product);
    }
  } finally {
    await context.http.close();
  }
  return { config, products };
}
