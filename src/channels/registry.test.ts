import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { URL_SCANS } from '../publish/links/collect-urls.js';
import { OUTPUT_READERS } from '../publish/parity/readers.js';
import { channelIds, channelLinks, CHANNELS, selectChannels } from './registry.js';
import { testConfig } from '../test-support/catalog-fixtures.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.includes('/test-support/') ? [path] : [];
  });
}

const FILES = sources(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

/** The source files a file imports, relative to src/ (formats/ucp/ is not channels/ucp/). */
function importedPaths(file: string, text: string): string[] {
  return [...text.matchAll(/from '(\.[^']*)'/g)].map((m) => relative(SRC, join(SRC, dirname(file), m[1]!)));
}

/** Where a file names a channel: an import of its folder, or its id as a string literal. */
function mentions(file: string, text: string, id: string): { imports: boolean; literal: boolean } {
  return { imports: importedPaths(file, text).some((path) => path.startsWith(`channels/${id}/`)), literal: new RegExp(`['"\`]${id}['"\`]`).test(text) };
}

describe('the channel registry', () => {
  it('is where every list of channels comes from: the pipeline, publishing, the CLI and the config name none', () => {
    const layers = FILES.filter((f) => /^(pipeline|publish|cli|config|serve)\//.test(f.path) || !f.path.includes('/'));
    const named = layers.flatMap((f) => channelIds().filter((id) => mentions(f.path, f.text, id).literal).map((id) => `${f.path}: '${id}'`));
    expect(named).toEqual([]);
  });

  it('is reached by the pipeline, publishing, the CLI and the config through the registry only: none imports a channel folder', () => {
    // index.ts is the library's public surface, which offers some channels' builders by name on purpose.
    const layers = FILES.filter((f) => /^(pipeline|publish|cli|config|serve)\//.test(f.path) || (!f.path.includes('/') && f.path !== 'index.ts'));
    const imports = layers.flatMap((f) => channelIds().filter((id) => mentions(f.path, f.text, id).imports).map((id) => `${f.path}: channels/${id}/`));
    expect(imports).toEqual([]);
  });

  it('derives the parity readers and the links from what each channel declares', () => {
    expect(OUTPUT_READERS.map((r) => r.channel)).toEqual(CHANNELS.filter((c) => c.readBack).map((c) => c.id));
    expect(new Set(URL_SCANS.map((s) => s.channel))).toEqual(new Set(CHANNELS.filter((c) => c.urls).map((c) => c.id)));
    const config = testConfig();
    const links = channelLinks(new Set(channelIds()), config)();
    expect(new Set(links.map((l) => l.channel))).toEqual(new Set(CHANNELS.filter((c) => (c.links?.(config, {}) ?? []).length > 0).map((c) => c.id)));
    // A channel that does not run is not linked to.
    expect(channelLinks(new Set(['llms']), config)().map((l) => l.channel)).toEqual(['llms']);
  });

  it.each(['microsoft', 'meta'])('lets %s touch nothing outside its folder but its registry line', (id) => {
    const outside = FILES.filter((f) => !f.path.startsWith(`channels/${id}/`) && f.path !== 'channels/registry.ts');
    const touched = outside.filter((f) => mentions(f.path, f.text, id).imports || (mentions(f.path, f.text, id).literal && /^(pipeline|publish|cli|config|serve|channels)\//.test(f.path)));
    expect(touched.map((f) => f.path)).toEqual([]);
    const registry = FILES.find((f) => f.path === 'channels/registry.ts')!.text;
    expect(registry.split('\n').filter((line) => line.includes(`/${id}/`))).toHaveLength(1);
    expect(selectChannels([id])).toHaveLength(1);
  });
});
