import { MCP_SERVER_JSON_PATH } from './mcp-server-json.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import { FIXTURE_PRODUCTS, resolveAll, runChannel, testConfig, TEST_CONFIG_INPUT } from '../../test-support/catalog-fixtures.js';
import { UCP_PROFILE_PATH, ucpChannel, ucpLeafProfilePath } from './index.js';
import type { UcpBusinessProfile } from './profile.js';

const LEAF_PATH = '.well-known/ucp-2026-04-08';

const CATALOG = TEST_CONFIG_INPUT.agent.catalog;
const withAgent = (agent: Record<string, unknown>) => testConfig({ agent: { purchaseUrlTemplate: TEST_CONFIG_INPUT.agent.purchaseUrlTemplate, ...agent } });

async function profileFor(config: ResolvedConfig) {
  const result = await runChannel(ucpChannel, resolveAll(FIXTURE_PRODUCTS, config).products, config);
  const text = result.out.files.get(UCP_PROFILE_PATH);
  const leafText = result.out.files.get(LEAF_PATH);
  const parse = (t: string | undefined) => (t === undefined ? undefined : (JSON.parse(t) as UcpBusinessProfile));
  return { ...result, text, leafText, profile: parse(text), leaf: parse(leafText) };
}

describe('ucp channel', () => {
  it.each([
    ['catalog-only', withAgent({ catalog: CATALOG }), 'profile.json'],
    ['checkout', withAgent({ catalog: CATALOG, checkout: CATALOG }), 'profile-checkout.json'],
  ])('matches the golden profiles (%s)', async (_, config, name) => {
    const { text, leafText } = await profileFor(config);
    for (const [written, file] of [
      [text, name],
      [leafText, name.replace('profile', 'profile-2026-04-08')],
    ] as const) {
      const golden = new URL(`./fixtures/${file}`, import.meta.url);
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, written!);
      expect(written, file).toBe(readFileSync(golden, 'utf8'));
    }
  });

  it('declares the shopping service on the catalog endpoints, and catalog search and lookup, at 2026-08-25', async () => {
    const { profile, summary, diagnostics } = await profileFor(testConfig());
    expect(profile!.ucp.version).toBe('2026-08-25');
    expect(profile!.ucp.supported_versions).toEqual({ '2026-04-08': 'https://alder-and-pine.example/.well-known/ucp-2026-04-08' });
    expect(profile!.ucp.services['dev.ucp.shopping']).toEqual([
      {
        version: '2026-08-25',
        spec: 'https://ucp.dev/2026-08-25/specification/overview/',
        transport: 'rest',
        endpoint: 'https://alder-and-pine.example/api/ucp',
        schema: 'https://ucp.dev/2026-08-25/services/shopping/rest.openapi.json',
      },
      {
        version: '2026-08-25',
        spec: 'https://ucp.dev/2026-08-25/specification/overview/',
        transport: 'mcp',
        endpoint: 'https://alder-and-pine.example/api/mcp',
        schema: 'https://ucp.dev/2026-08-25/services/shopping/mcp.openrpc.json',
      },
    ]);
    expect(Object.keys(profile!.ucp.capabilities)).toEqual(['dev.ucp.shopping.catalog.search', 'dev.ucp.shopping.catalog.lookup']);
    expect(profile!.ucp.capabilities['dev.ucp.shopping.catalog.search']).toEqual([
      { version: '2026-08-25', spec: 'https://ucp.dev/2026-08-25/specification/shopping/catalog/search/', schema: 'https://ucp.dev/2026-08-25/schemas/shopping/catalog_search.json' },
    ]);
    expect(profile!.ucp.capabilities['dev.ucp.shopping.catalog.lookup']).toEqual([
      { version: '2026-08-25', spec: 'https://ucp.dev/2026-08-25/specification/shopping/catalog/lookup/', schema: 'https://ucp.dev/2026-08-25/schemas/shopping/catalog_lookup.json' },
    ]);
    expect(profile!.ucp.payment_handlers).toEqual({});
    // Two documents: the profile and the 2026-04-08 leaf.
    expect(summary).toEqual({ items: 2, skipped: 0 });
    expect(diagnostics).toEqual([]);
  });

  it('writes a complete 2026-04-08 leaf profile, without supported_versions, at the URL the profile lists', async () => {
    const { leaf, out } = await profileFor(testConfig());
    expect(ucpLeafProfilePath('2026-04-08')).toBe(LEAF_PATH);
    expect([...out.files.keys()].sort()).toEqual([UCP_PROFILE_PATH, LEAF_PATH, MCP_SERVER_JSON_PATH]);
    expect(leaf!.ucp.version).toBe('2026-04-08');
    expect(leaf!.ucp).not.toHaveProperty('supported_versions');
    expect(leaf!.ucp.services['dev.ucp.shopping']).toEqual([
      {
        version: '2026-04-08',
        spec: 'https://ucp.dev/2026-04-08/specification/overview/',
        transport: 'rest',
        endpoint: 'https://alder-and-pine.example/api/ucp',
        schema: 'https://ucp.dev/2026-04-08/services/shopping/rest.openapi.json',
      },
      {
        version: '2026-04-08',
        spec: 'https://ucp.dev/2026-04-08/specification/overview/',
        transport: 'mcp',
        endpoint: 'https://alder-and-pine.example/api/mcp',
        schema: 'https://ucp.dev/2026-04-08/services/shopping/mcp.openrpc.json',
      },
    ]);
    expect(Object.keys(leaf!.ucp.capabilities)).toEqual(['dev.ucp.shopping.catalog.search', 'dev.ucp.shopping.catalog.lookup']);
    expect(leaf!.ucp.capabilities['dev.ucp.shopping.catalog.search']).toEqual([
      { version: '2026-04-08', spec: 'https://ucp.dev/2026-04-08/specification/catalog/search/', schema: 'https://ucp.dev/2026-04-08/schemas/shopping/catalog_search.json' },
    ]);
    expect(leaf!.ucp.payment_handlers).toEqual({});
  });

  it('writes only the 2026-04-08 profile, at /.well-known/ucp, when the config pins 2026-04-08', async () => {
    const config = testConfig();
    const { profile, out, summary } = await profileFor({ ...config, agent: { ...config.agent, ucpVersion: '2026-04-08' } });
    expect([...out.files.keys()]).toEqual([UCP_PROFILE_PATH, MCP_SERVER_JSON_PATH]);
    expect(profile!.ucp.version).toBe('2026-04-08');
    expect(profile!.ucp).not.toHaveProperty('supported_versions');
    expect(profile).toEqual((await profileFor(config)).leaf);
    expect(summary).toEqual({ items: 1, skipped: 0 });
  });

  it('declares the version of the document on every entry', async () => {
    const { profile, leaf } = await profileFor(withAgent({ catalog: CATALOG, checkout: CATALOG }));
    for (const document of [profile!, leaf!]) {
      const entries = [...Object.values(document.ucp.services), ...Object.values(document.ucp.capabilities)].flat();
      expect(entries.length).toBe(5);
      for (const entry of entries) {
        expect(entry.version).toBe(document.ucp.version);
        expect(entry.spec.startsWith(`https://ucp.dev/${document.ucp.version}/`), entry.spec).toBe(true);
        expect(entry.schema.startsWith(`https://ucp.dev/${document.ucp.version}/`), entry.schema).toBe(true);
      }
    }
  });

  it('binds only the REST endpoint when no MCP endpoint is configured', async () => {
    const { profile, leaf } = await profileFor(withAgent({ catalog: { rest: CATALOG.rest } }));
    expect(profile!.ucp.services['dev.ucp.shopping']!.map((s) => s.transport)).toEqual(['rest']);
    expect(leaf!.ucp.services['dev.ucp.shopping']!.map((s) => s.transport)).toEqual(['rest']);
  });

  it('binds only the MCP endpoint for an MCP-only catalog', async () => {
    const { profile } = await profileFor(withAgent({ catalog: { mcp: CATALOG.mcp } }));
    expect(profile!.ucp.services['dev.ucp.shopping']!.map((s) => [s.transport, s.endpoint])).toEqual([['mcp', 'https://alder-and-pine.example/api/mcp']]);
  });

  it('declares checkout only for a real checkout endpoint at the catalog endpoints', async () => {
    const { profile, leaf, diagnostics } = await profileFor(withAgent({ catalog: CATALOG, checkout: { rest: `${CATALOG.rest}/`, mcp: CATALOG.mcp } }));
    expect(profile!.ucp.capabilities['dev.ucp.shopping.checkout']).toEqual([
      { version: '2026-08-25', spec: 'https://ucp.dev/2026-08-25/specification/shopping/checkout/', schema: 'https://ucp.dev/2026-08-25/schemas/shopping/checkout.json' },
    ]);
    expect(leaf!.ucp.capabilities['dev.ucp.shopping.checkout']).toEqual([
      { version: '2026-04-08', spec: 'https://ucp.dev/2026-04-08/specification/checkout/', schema: 'https://ucp.dev/2026-04-08/schemas/shopping/checkout.json' },
    ]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['ucp/no-payment-handlers']);
  });

  it('does not depend on products or on the run clock', async () => {
    const config = testConfig();
    const a = await runChannel(ucpChannel, [], config);
    const b = await runChannel(ucpChannel, resolveAll(FIXTURE_PRODUCTS, config).products, config);
    expect(a.out.text(UCP_PROFILE_PATH)).toBe(b.out.text(UCP_PROFILE_PATH));
    expect(a.out.text(LEAF_PATH)).toBe(b.out.text(LEAF_PATH));
  });

  it.each([
    // rule, agent config, profile written, checkout declared
    ['ucp/catalog-endpoint-missing', {}, false, false],
    ['ucp/catalog-endpoint-missing', { checkout: CATALOG }, false, false],
    ['ucp/checkout-endpoint-mismatch', { catalog: CATALOG, checkout: { rest: 'https://checkout.alder-and-pine.example/ucp', mcp: CATALOG.mcp } }, true, false],
    ['ucp/checkout-endpoint-mismatch', { catalog: CATALOG, checkout: { rest: CATALOG.rest } }, true, false],
    ['ucp/checkout-endpoint-mismatch', { catalog: { rest: CATALOG.rest }, checkout: CATALOG }, true, false],
    ['ucp/endpoint-trailing-slash', { catalog: { rest: `${CATALOG.rest}/` } }, true, false],
    ['ucp/no-payment-handlers', { catalog: CATALOG, checkout: CATALOG }, true, true],
  ])('%s', async (ruleId, agent, written, checkout) => {
    const { diagnostics, profile, leaf, summary } = await profileFor(withAgent(agent));
    expect(diagnostics.map((d) => d.ruleId)).toEqual([ruleId]);
    expect(diagnostics[0]).toMatchObject({ channel: 'ucp' });
    expect(profile !== undefined).toBe(written);
    expect(leaf !== undefined).toBe(written);
    expect(summary.items).toBe(written ? 2 : 0);
    if (profile) expect(profile.ucp.capabilities['dev.ucp.shopping.checkout'] !== undefined).toBe(checkout);
    if (leaf) expect(leaf.ucp.capabilities['dev.ucp.shopping.checkout'] !== undefined).toBe(checkout);
  });

  it('reports a missing catalog endpoint once, as a warning, and writes nothing', async () => {
    const { diagnostics, out } = await profileFor(withAgent({}));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'ucp/catalog-endpoint-missing', severity: 'warning' });
    expect(out.files.size).toBe(0);
  });

  it('writes endpoints without a trailing slash', async () => {
    const { profile, leaf } = await profileFor(withAgent({ catalog: { rest: 'https://alder-and-pine.example/api/ucp//', mcp: CATALOG.mcp } }));
    expect(profile!.ucp.services['dev.ucp.shopping']![0]!.endpoint).toBe('https://alder-and-pine.example/api/ucp');
    expect(leaf!.ucp.services['dev.ucp.shopping']![0]!.endpoint).toBe('https://alder-and-pine.example/api/ucp');
  });

  it('describes the MCP endpoint for the MCP Registry (server.json), within the registry schema\'s limits', async () => {
    const { out } = await profileFor(testConfig());
    const server = JSON.parse(out.files.get(MCP_SERVER_JSON_PATH)!);
    expect(server).toMatchObject({ $schema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json', version: '2026.8.25', remotes: [{ type: 'streamable-http', url: testConfig().agent.catalog!.mcp }] });
    expect(server.name).toMatch(/^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/);
    expect(server.description.length).toBeLessThanOrEqual(100);
  });

  it('writes no server.json without an MCP endpoint', async () => {
    const config = testConfig();
    const { out } = await profileFor({ ...config, agent: { ...config.agent, catalog: { rest: config.agent.catalog!.rest! } } });
    expect([...out.files.keys()]).not.toContain(MCP_SERVER_JSON_PATH);
  });
});
