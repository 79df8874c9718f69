// An Eleventy 3 site; agentshelf runs when Eleventy has written the site (the eleventy.after event).
import { fileURLToPath, URL } from 'node:url';
import { agentshelf } from 'agentshelf/eleventy';

export default function (eleventyConfig) {
  // The project's folder is Eleventy's input (the default): its README is not a page of the shop.
  eleventyConfig.ignores.add('**/README.md');
  // A product's page is at the path of its URL, so agentshelf finds it by that path.
  eleventyConfig.addFilter('urlPath', (url) => new URL(url).pathname);
  eleventyConfig.addPlugin(agentshelf, { config: fileURLToPath(new URL('./agentshelf.config.json', import.meta.url)) });
}
