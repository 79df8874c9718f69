/**
 * agentshelf/eleventy: An Eleventy 3 plugin: `eleventyConfig.addPlugin(agentshelf, { config })` builds the catalog into the site Eleventy wrote. docs/integrations.md shows it in use.
 *
 * @module agentshelf/eleventy
 */
import { resolve } from 'node:path';
import { buildIntoSite, type IntegrationOptions } from './build-into-site.js';

export type { IntegrationOptions as AgentshelfEleventyOptions } from './build-into-site.js';

/** The part of Eleventy's config API the plugin uses (Eleventy ships no types of its own). */
export interface EleventyConfigLike {
  on(event: 'eleventy.after', listener: (event: EleventyAfterEvent) => unknown): unknown;
}

/** What Eleventy 3 passes to `eleventy.after`. https://www.11ty.dev/docs/events/#eleventy.after */
export interface EleventyAfterEvent {
  /** The project's folders; `output` is the built site, relative to the working directory. */
  dir?: { output?: string };
  directories?: { output?: string };
  /** "build", "watch" or "serve". */
  runMode?: string;
}

/**
 * An Eleventy 3 plugin: `eleventyConfig.addPlugin(agentshelf, { config: 'agentshelf.config.json' })`. After
 * Eleventy has written the site, agentshelf builds the catalog into its output folder and puts each product's
 * JSON-LD into its page. `config` resolves against the working directory, as Eleventy's own paths do.
 * https://www.11ty.dev/docs/plugins/
 */
export function agentshelf(eleventyConfig: EleventyConfigLike, options: IntegrationOptions): void {
  if (!options?.config) throw new TypeError('agentshelf: the Eleventy plugin needs options.config, the path to agentshelf.config.json.');
  eleventyConfig.on('eleventy.after', async (event) => {
    const output = event.directories?.output ?? event.dir?.output;
    if (!output) throw new Error('agentshelf: Eleventy did not say where it wrote the site (eleventy.after without dir.output).');
    await buildIntoSite({ ...options, config: resolve(options.config), site: resolve(output) });
  });
}

