// Holds the /.well-known/ucp business profile against the official UCP v2026-04-08 schemas
// (../shared/data/ucp/v2026-04-08/discovery/profile_schema.json, `$defs.business_profile`, which pulls in
// schemas/ucp.json, service.json, capability.json and payment_handler.json by relative $ref): the demo
// profile, a checkout-enabled variant of its config and an MCP-less one validate with zero errors, and every
// spec document the profile names exists in that release.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { UCP_PROFILE_PATH, ucpChannel } from '../../src/channels/ucp/index.js';
import type { UcpBusinessProfile, UcpServiceBinding } from '../../src/channels/ucp/profile.js';
import { loadConfigFile, parseConfig } from '../../src/config/load-config.js';
import type { ResolvedConfig } from '../../src/model/resolved-config.js';
import type { AgentshelfConfig } from '../../src/model/generated/config.js';
import { runChannel } from '../../src/test-support/catalog-fixtures.js';
import { DEMO_CONFIG, DEMO_JP_CONFIG } from '../support/run-cli.js';
import { describeConformance } from './support/shared-data.js';
import { loadUcpSchemas, type UcpSchemas } from './support/ucp-schemas.js';

const PROFILE_SCHEMA = 'discovery/profile_schema.json';
const BUSINESS_PROFILE = '/$defs/business_profile';
const RELEASE_BASE = 'https://ucp.dev/2026-04-08/';

async function profileOf(config: ResolvedConfig): Promise<UcpBusinessProfile> {
  const { out } = await runChannel(ucpChannel, [], config);
  return JSON.parse(out.text(UCP_PROFILE_PATH)) as UcpBusinessProfile;
}

describeConformance('UCP business profile against the v2026-04-08 schemas', () => {
  let schemas: UcpSchemas;
  const profiles = new Map<string, UcpBusinessProfile>();

  beforeAll(async () => {
    schemas = loadUcpSchemas('v2026-04-08');
    const us = await loadConfigFile(DEMO_CONFIG);
    const variant = (agent: AgentshelfConfig['agent']) => parseConfig({ ...us.raw, agent }, { baseDir: dirname(us.path!) }).config;
    const catalog = us.raw.agent!.catalog!;
    profiles.set('demo', await profileOf(us.config));
    profiles.set('demo with checkout', await profileOf(variant({ ...us.raw.agent, checkout: { ...catalog } })));
    profiles.set('demo without MCP', await profileOf(variant({ ...us.raw.agent, catalog: { rest: catalog.rest! } })));
    profiles.set('demo with checkout, without MCP', await profileOf(variant({ ...us.raw.agent, catalog: { rest: catalog.rest! }, checkout: { rest: catalog.rest! } })));
    profiles.set('jp demo', await profileOf((await loadConfigFile(DEMO_JP_CONFIG)).config));
  });

  it('the validator refuses what the business schema forbids', () => {
    const profile = profiles.get('demo')!;
    const { payment_handlers: _, ...withoutHandlers } = profile.ucp;
    expect(schemas.check({ ucp: withoutHandlers }, PROFILE_SCHEMA, BUSINESS_PROFILE)).not.toEqual([]);
    const noEndpoint = structuredClone(profile);
    delete (noEndpoint.ucp.services['dev.ucp.shopping']![0] as Partial<UcpServiceBinding>).endpoint;
    expect(schemas.check(noEndpoint, PROFILE_SCHEMA, BUSINESS_PROFILE)).not.toEqual([]);
    expect(schemas.check({ ucp: { ...profile.ucp, version: '2026-4-8' } }, PROFILE_SCHEMA, BUSINESS_PROFILE)).not.toEqual([]);
  });

  it('writes profiles that are valid business profiles, with zero errors', () => {
    expect(profiles.size).toBe(5);
    for (const [name, profile] of profiles) {
      expect(schemas.check(profile, PROFILE_SCHEMA, BUSINESS_PROFILE), name).toEqual([]);
      // The root schema accepts either kind of profile; it must accept ours too.
      expect(schemas.check(profile, PROFILE_SCHEMA), name).toEqual([]);
    }
  });

  it('declares exactly the capabilities each config supports', () => {
    const names = (name: string) => Object.keys(profiles.get(name)!.ucp.capabilities);
    expect(names('demo')).toEqual(['dev.ucp.shopping.catalog.search', 'dev.ucp.shopping.catalog.lookup']);
    expect(names('demo with checkout')).toEqual(['dev.ucp.shopping.catalog.search', 'dev.ucp.shopping.catalog.lookup', 'dev.ucp.shopping.checkout']);
    expect(names('demo with checkout, without MCP')).toContain('dev.ucp.shopping.checkout');
    const transports = (name: string) => profiles.get(name)!.ucp.services['dev.ucp.shopping']!.map((s) => s.transport);
    expect(transports('demo')).toEqual(['rest', 'mcp']);
    expect(transports('demo without MCP')).toEqual(['rest']);
    expect(transports('jp demo')).toEqual(['rest']);
  });

  it('points every capability and service at a document of the same release, named as declared', () => {
    const fileOf = (url: string) => {
      expect(url.startsWith(RELEASE_BASE), url).toBe(true);
      const file = url.slice(RELEASE_BASE.length);
      expect(schemas.files, url).toContain(file);
      return file;
    };
    const read = (file: string) => JSON.parse(readFileSync(join(schemas.dir, file), 'utf8')) as Record<string, any>;
    for (const [name, profile] of profiles) {
      for (const [capability, entries] of Object.entries(profile.ucp.capabilities)) {
        for (const entry of entries) {
          expect(read(fileOf(entry.schema)).name, `${name} ${capability}`).toBe(capability);
          expect(entry.spec.startsWith(`${RELEASE_BASE}specification/`), entry.spec).toBe(true);
        }
      }
      for (const binding of profile.ucp.services['dev.ucp.shopping']!) {
        const document = read(fileOf(binding.schema));
        const operations = binding.transport === 'rest' ? Object.keys(document.paths as object) : (document.methods as Array<{ name: string }>).map((m) => m.name);
        expect(operations, `${name} ${binding.transport}`).toEqual(expect.arrayContaining(binding.transport === 'rest' ? ['/catalog/search', '/catalog/lookup'] : ['search_catalog', 'lookup_catalog']));
        expect(binding.endpoint).toMatch(/^https:\/\/[^/]+(\/.*[^/])?$/);
      }
    }
  });
});
