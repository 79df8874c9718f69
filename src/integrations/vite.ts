/**
 * agentshelf/vite: A Vite plugin: `plugins: [agentshelf({ config })]` builds the catalog into the site `vite build` wrote. docs/integrations.md shows it in use.
 *
 * @module agentshelf/vite
 */
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { buildIntoSite, type IntegrationOptions } from './build-into-site.js';

export type { IntegrationOptions as AgentshelfViteOptions } from './build-into-site.js';

/**
 * A Vite plugin that runs agentshelf at the end of `vite build`: the outputs go into the build's `outDir`
 * (beside the pages, keeping them) and each product page gets its JSON-LD. `config` resolves against Vite's
 * `root`. A server-side (SSR) build is skipped: its output is not the site that is served.
 * https://vite.dev/guide/api-plugin.html#universal-hooks
 */
export function agentshelf(options: IntegrationOptions): Plugin {
  let resolved: ResolvedConfig | undefined;
  return {
    name: 'agentshelf',
    apply: 'build',
    // After the other plugins have written their files (the HTML pages of a multi-page app included).
    enforce: 'post',
    configResolved(config) {
      resolved = config;
    },
    async closeBundle() {
      if (!resolved) return;
      // Vite 6+ calls closeBundle once per environment: the site is what the client environment wrote; a server
      // (SSR) build's output is not served as pages. this.environment is absent before Vite 6.
      const environment = (this as { environment?: { config: { consumer: string; build: { outDir: string } } } }).environment;
      if (environment ? environment.config.consumer !== 'client' : resolved.build.ssr) return;
      // build.write: false keeps the bundle in memory: there is no site on disk to write into.
      if (resolved.build.write === false) return;
      const site = resolve(resolved.root, environment?.config.build.outDir ?? resolved.build.outDir);
      const logger = resolved.logger;
      await buildIntoSite({ ...options, config: resolve(resolved.root, options.config), site, log: options.log ?? ((line) => logger.info(line)) });
    },
  };
}

