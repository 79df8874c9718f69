// Holds the UCP business profiles against the official schemas of both releases agentshelf speaks:
// - /.well-known/ucp, the current profile, against UCP 2026-08-25 (../shared/data/ucp/2026-08-25-pre/
//   schemas/profile.json, `$defs.business_schema`, which pulls in ucp.json, service.json, capability.json and
//   payment_handler.json by relative $ref);
// - .well-known/ucp-2026-04-08, the leaf profile it links through ucp.supported_versions, against UCP v2026-04-08
//   (discovery/profile_schema.json, `$defs.business_profile`).
// The demo profile, a checkout-enabled variant of its config and MCP-less ones validate with zero errors; the
// leaf is a leaf (no supported_versions, its ucp.version equals its key); every spec document a profile names
// exists in its release, and every dev.ucp.* entry declares the document's version.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { UCP_PROFILE_PATH, ucpChannel, ucpLeafProfilePath } from '../../src/channels/ucp/index.js';
import type { UcpBusinessProfile, UcpServiceBinding } from '../../src/channels/ucp/profile.js';
import { loadConfigFile, parseConfig } from '../../src/config/load-config.js';
import { siteUrl } from '../../src/channels/site-links.js';
import type { ResolvedConfig } from '../../src/model/resolved-config.js';
import type { AgentshelfConfig } from '../../src/model/generated/config.js';
import { runChannel } from '../../src/test-support/catalog-fixtures.js';
import { DEMO_CONFIG, DEMO_JP_CONFIG } from '../support/run-cli.js';
import { describeConformance } from './support/shared-data.js';
import { loadUcpSchemas, type UcpSchemas } from './support/ucp-schemas.js';

/** Where each release keeps the business profile schema, and the definition of a business profile in it. */
const RELEASES = {
  '2026-08-25': { folder: '2026-08-25-pre', file: 'schemas/profile.json', pointer: '/$defs/business_schema' },
  '2026-04-08': { folder: 'v2026-04-08', file: 'discovery/profile_schema.json', pointer: '/$defs/business_profile' },
} as const;
type Release = keyof typeof RELEASES;

const LEAF = ucpLeafProfilePath('2026-04-08');

interface Profiles {
  config: ResolvedConfig;
  current: UcpBusinessProfile;
  leaf: UcpBusinessProfile;
}

async function profilesOf(config: ResolvedConfig): Promise<Profiles> {
  const { out } = await runChannel(ucpChannel, [], config);
  return { config, current: JSON.parse(out.text(UCP_PROFILE_PATH)) as UcpBusinessProfile, leaf: JSON.parse(out.text(LEAF)) as UcpBusinessProfile };
}

describeConformance('UCP business profiles against the 2026-08-25 and v2026-04-08 schemas', () => {
  const schemas = {} as Record<Release, UcpSchemas>;
  const profiles = new Map<string, Profiles>();
  const check = (release: Release, value: unknown, root = false) => schemas[release].check(value, RELEASES[release].file, root ? undefined : RELEASES[release].pointer);

  beforeAll(async () => {
    for (const release of Object.keys(RELEASES) as Release[]) schemas[release] = loadUcpSchemas(RELEASES[release].folder);
    const us = await loadConfigFile(DEMO_CONFIG);
    const variant = (agent: AgentshelfConfig['agent']) => parseConfig({ ...us.raw, agent }, { baseDir: dirname(us.path!) }).config;
    const catalog = us.raw.agent!.catalog!;
    profiles.set('demo', await profilesOf(us.config));
    profiles.set('demo with checkout', await profilesOf(variant({ ...us.raw.agent, checkout: { ...catalog } })));
    profiles.set('demo without MCP', await profilesOf(variant({ ...us.raw.agent, catalog: { rest: catalog.rest! } })));
    profiles.set('demo with checkout, without MCP', await profilesOf(variant({ ...us.raw.agent, catalog: { rest: catalog.rest! }, checkout: { rest: catalog.rest! } })));
    profiles.set('jp demo', await profilesOf((await loadConfigFile(DEMO_JP_CONFIG)).config));
  });

  it('the validators refuse what the business schemas forbid', () => {
    const { current, leaf } = profiles.get('demo')!;
    for (const [release, profile] of [
      ['2026-08-25', current],
      ['2026-04-08', leaf],
    ] as const) {
      const { payment_handlers: _, ...withoutHandlers } = profile.ucp;
      expect(check(release, { ucp: withoutHandlers }), release).not.toEqual([]);
      const noEndpoint = structuredClone(profile);
      delete (noEndpoint.ucp.services['dev.ucp.shopping']![0] as Partial<UcpServiceBinding>).endpoint;
      expect(check(release, noEndpoint), release).not.toEqual([]);
      expect(check(release, { ucp: { ...profile.ucp, version: '2026-4-8' } }), release).not.toEqual([]);
    }
    // 2026-08-25 only: a capability must name its schema, and pre-release versions are not versions.
    const noSchema = structuredClone(current);
    delete (noSchema.ucp.capabilities['dev.ucp.shopping.catalog.search']![0] as { schema?: string }).schema;
    expect(check('2026-08-25', noSchema)).not.toEqual([]);
    expect(check('2026-08-25', { ucp: { ...current.ucp, supported_versions: { draft: 'https://alder-and-pine.example/.well-known/ucp-draft' } } })).not.toEqual([]);
  });

  it('writes a current profile that is a valid 2026-08-25 business profile, with zero errors', () => {
    expect(profiles.size).toBe(5);
    for (const [name, { current }] of profiles) {
      expect(current.ucp.version, name).toBe('2026-08-25');
      expect(check('2026-08-25', current), name).toEqual([]);
      // The root schema accepts either kind of profile; it must accept ours too.
      expect(check('2026-08-25', current, true), name).toEqual([]);
    }
  });

  it('writes a leaf profile that is a valid 2026-04-08 business profile, with zero errors', () => {
    for (const [name, { leaf }] of profiles) {
      expect(check('2026-04-08', leaf), name).toEqual([]);
      expect(check('2026-04-08', leaf, true), name).toEqual([]);
    }
  });

  it('links the leaf by its published URL, and the leaf is a leaf: no supported_versions, its version equals its key', () => {
    for (const [name, { config, current, leaf }] of profiles) {
      const supported = current.ucp.supported_versions!;
      expect(supported, name).toEqual({ '2026-04-08': siteUrl(config, LEAF) });
      for (const [key, url] of Object.entries(supported)) {
        // The published file behind the URL is the leaf this run wrote.
        expect(url, name).toBe(new URL(ucpLeafProfilePath(key as Release), config.shop.url).href);
        expect(leaf.ucp.version, name).toBe(key);
      }
      expect(Object.keys(leaf.ucp), name).not.toContain('supported_versions');
    }
  });

  it('declares exactly the capabilities each config supports, in both documents', () => {
    for (const which of ['current', 'leaf'] as const) {
      const names = (name: string) => Object.keys(profiles.get(name)![which].ucp.capabilities);
      expect(names('demo')).toEqual(['dev.ucp.shopping.catalog.search', 'dev.ucp.shopping.catalog.lookup']);
      expect(names('demo with checkout')).toEqual(['dev.ucp.shopping.catalog.search', 'dev.ucp.shopping.catalog.lookup', 'dev.ucp.shopping.checkout']);
      expect(names('demo with checkout, without MCP')).toContain('dev.ucp.shopping.checkout');
      const transports = (name: string) => profiles.get(name)![which].ucp.services['dev.ucp.shopping']!.map((s) => s.transport);
      expect(transports('demo')).toEqual(['rest', 'mcp']);
      expect(transports('demo without MCP')).toEqual(['rest']);
      expect(transports('jp demo')).toEqual(['rest']);
    }
  });

  it('points every capability and service at a document of its own release, named as declared, at the version of the profile', () => {
    for (const [name, documents] of profiles) {
      for (const profile of [documents.current, documents.leaf]) {
        const release = profile.ucp.version as Release;
        const base = `https://ucp.dev/${release}/`;
        const fileOf = (url: string) => {
          expect(url.startsWith(base), url).toBe(true);
          const file = url.slice(base.length);
          expect(schemas[release].files, url).toContain(file);
          return file;
        };
        const read = (file: string) => JSON.parse(readFileSync(join(schemas[release].dir, file), 'utf8')) as Record<string, any>;
        for (const [capability, entries] of Object.entries(profile.ucp.capabilities)) {
          for (const entry of entries) {
            // Component versioning (2026-08-25 overview): every dev.ucp.* entry carries the profile's version.
            expect(entry.version, `${name} ${capability}`).toBe(release);
            expect(read(fileOf(entry.schema)).name, `${name} ${capability}`).toBe(capability);
            expect(entry.spec.startsWith(`${base}specification/`), entry.spec).toBe(true);
          }
        }
        for (const binding of profile.ucp.services['dev.ucp.shopping']!) {
          expect(binding.version, `${name} ${binding.transport}`).toBe(release);
          const document = read(fileOf(binding.schema));
          const operations = binding.transport === 'rest' ? Object.keys(document.paths as object) : (document.methods as Array<{ name: string }>).map((m) => m.name);
          expect(operations, `${name} ${binding.transport}`).toEqual(expect.arrayContaining(binding.transport === 'rest' ? ['/catalog/search', '/catalog/lookup'] : ['search_catalog', 'lookup_catalog']));
          expect(binding.endpoint).toMatch(/^https:\/\/[^/]+(\/.*[^/])?$/);
        }
      }
    }
  });

  it('puts the catalog spec pages where each release publishes them', () => {
    const { current, leaf } = profiles.get('demo')!;
    expect(current.ucp.capabilities['dev.ucp.shopping.catalog.search']![0]!.spec).toBe('https://ucp.dev/2026-08-25/specification/shopping/catalog/search/');
    expect(leaf.ucp.capabilities['dev.ucp.shopping.catalog.search']![0]!.spec).toBe('https://ucp.dev/2026-04-08/specification/catalog/search/');
  });
});
