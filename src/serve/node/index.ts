/**
 * agentshelf/serve/node: the Node server of `agentshelf serve`, and loading a published folder from disk.
 *
 * @module agentshelf/serve/node
 */
export { serveFolder, type ServeFolderOptions, type RunningServer } from './serve-folder.js';
export { openCatalogDir } from '../catalog/open-catalog-dir.js';
export { toNodeListener } from './node-adapter.js';
export { undiciProfileFetch } from './undici-profile-fetch.js';
export { loadSite } from './load-site.js';
