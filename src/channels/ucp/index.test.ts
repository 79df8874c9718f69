import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import { FIXTURE_PRODUCTS, resolveAll, runChannel, testConfig, TEST_CONFIG_INPUT } from '../../test-support/catalog-fixtures.js';
import { UCP_PROFILE_PATH, ucpChannel } from './index.js';
import type { UcpBusinessProfile } from './profile.js';

const CATALOG = TEST_CONFIG_INPUT.agent.catalog;
const withAgent = (agent: Record<string, unknown>) => testConfig({ agent: { purchaseUrlTemplate: TEST_CONFIG_INPUT.agent.purchaseUrlTemplate, ...agent } });

async function profileFor(config: ResolvedConfig) {
  const result = await runChannel(ucpChannel, resolveAll(FIXTURE_PRODUCTS, config).products, config);
  const text = result.out.files.get(UCP_PROFILE_PATH);
  return { ...result, text, profile: text === undefined ? undefined : (JSON.parse(text) as UcpBusinessProfile) };
}

describe('ucp channel', () => {
  it.each([
    ['catalog-only', withAgent({ catalog: CATALOG }), 'profile.json'],
    ['checkout', withAgent({ catalog: CATALOG, checkout: CATALOG }), 'profile-checkout.json'],
  ])('matches the golden profile (%s)', async (_, config, name) => {
    const { text } = await profileFor(config);
    const golden = new URL(`./fixtures/${name}`, import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, text!);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });

  it('declares the shopping service on the catalog endpoints, and catalog search and lookup', async () => {
    const { profile, summary, diagnostics } = await profileFor(testConfig());
    expect(profile!.ucp.version).toBe('2026-04-08');
    expect(profile!.ucp.services['dev.ucp.shopping']).toEqual([
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
    expect(Object.keys(profile!.ucp.capabilities)).toEqual(['dev.ucp.shopping.catalog.search', 'dev.ucp.shopping.catalog.lookup']);
    expect(profile!.ucp.capabilities['dev.ucp.shopping.catalog.search']).toEqual([
      { version: '2026-04-08', spec: 'https://ucp.dev/2026-04-08/specification/catalog/search/', schema: 'https://ucp.dev/2026-04-08/schemas/shopping/catalog_search.json' },
    ]);
    expect(profile!.ucp.payment_handlers).toEqual({});
    expect(summary).toEqual({ items: 1, skipped: 0 });
    expect(diagnostics).toEqual([]);
  });

  it('binds only the REST endpoint when no MCP endpoint is configured', async () => {
    const { profile } = await profileFor(withAgent({ catalog: { rest: CATALOG.rest } }));
    expect(profile!.ucp.services['dev.ucp.shopping']!.map((s) => s.transport)).toEqual(['rest']);
  });

  it('binds only the MCP endpoint for an MCP-only catalog', async () => {
    const { profile } = await profileFor(withAgent({ catalog: { mcp: CATALOG.mcp } }));
    expect(profile!.ucp.services['dev.ucp.shopping']!.map((s) => [s.transport, s.endpoint])).toEqual([['mcp', 'https://alder-and-pine.example/api/mcp']]);
  });

  it('declares checkout only for a real checkout endpoint at the catalog endpoints', async () => {
    const { profile, diagnostics } = await profileFor(withAgent({ catalog: CATALOG, checkout: { rest: `${CATALOG.rest}/`, mcp: CATALOG.mcp } }));
    expect(profile!.ucp.capabilities['dev.ucp.shopping.checkout']).toEqual([
      { version: '2026-04-08', spec: 'https://ucp.dev/2026-04-08/specification/checkout/', schema: 'https://ucp.dev/2026-04-08/schemas/shopping/checkout.json' },
    ]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['ucp/no-payment-handlers']);
  });

  it('does not depend on products or on the run clock', async () => {
    const config = testConfig();
    const a = await runChannel(ucpChannel, [], config);
    const b = await runChannel(ucpChannel, resolveAll(FIXTURE_PRODUCTS, config).products, config);
    expect(a.out.text(UCP_PROFILE_PATH)).toBe(b.out.text(UCP_PROFILE_PATH));
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
    const { diagnostics, profile, summary } = await profileFor(withAgent(agent));
    expect(diagnostics.map((d) => d.ruleId)).toEqual([ruleId]);
    expect(diagnostics[0]).toMatchObject({ channel: 'ucp' });
    expect(profile !== undefined).toBe(written);
    expect(summary.items).toBe(written ? 1 : 0);
    if (profile) expect(profile.ucp.capabilities['dev.ucp.shopping.checkout'] !== undefined).toBe(checkout);
  });

  it('reports a missing catalog endpoint once, as a warning, and writes nothing', async () => {
    const { diagnostics, out } = await profileFor(withAgent({}));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'ucp/catalog-endpoint-missing', severity: 'warning' });
    expect(out.files.size).toBe(0);
  });

  it('writes endpoints without a trailing slash', async () => {
    const { profile } = await profileFor(withAgent({ catalog: { rest: 'https://alder-and-pine.example/api/ucp//', mcp: CATALOG.mcp } }));
    expect(profile!.ucp.services['dev.ucp.shopping']![0]!.endpoint).toBe('https://alder-and-pine.example/api/ucp');
  });
});
