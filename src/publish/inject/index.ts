/** `agentshelf inject`: the published JSON-LD into a static site's pages (docs/inject.md). */
export { injectJsonLd, type InjectOptions, type InjectResult } from './inject.js';
export { readPageMap } from './page-map.js';
export { INJECT_RULES } from './rules.js';
