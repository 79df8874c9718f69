/**
 * agentshelf/astro: An Astro integration: `integrations: [agentshelf({ config })]` builds the catalog into the site `astro build` wrote. docs/integrations.md shows it in use.
 *
 * @module agentshelf/astro
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { buildIntoSite, type IntegrationOptions } from './build-into-site.js';

export type { IntegrationOptions as AgentshelfAstroOptions } from './build-into-site.js';

/**
 * An Astro integration: `integrations: [agentshelf({ config: 'agentshelf.config.json' })]`. When `astro build`
 * is done, agentshelf builds the catalog into the built site (the folder `astro:build:done` names: `outDir` for a
 * static site, the client folder for a server one) and puts each product's JSON-LD into its page. `config`
 * resolves against the project's root. https://docs.astro.build/en/reference/integrations-reference/
 */
export function agentshelf(options: IntegrationOptions): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'agentshelf',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildIntoSite({ ...options, config: resolve(root, options.config), site: fileURLToPath(dir), log: options.log ?? ((line) => logger.info(line)) });
      },
    },
  };
}

