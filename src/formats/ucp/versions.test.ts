import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/load-config.js';
import { TEST_CONFIG_INPUT } from '../../test-support/catalog-fixtures.js';
import { UCP_SPEC, ucpSpec } from './catalog-spec.js';
import { capabilitySchemaUrl, capabilitySpecUrl, CATALOG_LOOKUP, CATALOG_SEARCH, CHECKOUT, serviceSchemaUrl, serviceSpecUrl } from './spec-urls.js';
import { isUcpVersion, supportedUcpVersions, UCP_CURRENT, UCP_VERSIONS } from './versions.js';

describe('UCP versions', () => {
  it('speaks 2026-08-25, the current release, and 2026-04-08, newest first', () => {
    expect(UCP_CURRENT).toBe('2026-08-25');
    expect(UCP_VERSIONS).toEqual(['2026-08-25', '2026-04-08']);
    expect([...UCP_VERSIONS].sort().reverse()).toEqual(UCP_VERSIONS);
    expect(UCP_VERSIONS.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))).toBe(true);
  });

  it.each([
    ['2026-08-25', ['2026-08-25', '2026-04-08']],
    ['2026-04-08', ['2026-04-08']],
  ] as const)('a shop declaring %s answers %j', (current, versions) => {
    expect(supportedUcpVersions(current)).toEqual(versions);
  });

  it.each([
    ['2026-08-25', true],
    ['2026-04-08', true],
    ['2026-01-11', false],
    ['draft', false],
    [20260825, false],
  ])('isUcpVersion(%j) is %s', (value, expected) => {
    expect(isUcpVersion(value)).toBe(expected);
  });

  it('is the version a config resolves to by default', () => {
    const { config } = parseConfig({ shop: TEST_CONFIG_INPUT.shop }, { baseDir: '.' });
    expect(config.agent.ucpVersion).toBe(UCP_CURRENT);
  });
});

describe('UCP spec URLs', () => {
  it.each([
    [
      '2026-08-25',
      {
        overview: 'https://ucp.dev/2026-08-25/specification/overview/',
        catalog: 'https://ucp.dev/2026-08-25/specification/shopping/catalog/',
        search: 'https://ucp.dev/2026-08-25/specification/shopping/catalog/search/',
        lookup: 'https://ucp.dev/2026-08-25/specification/shopping/catalog/lookup/',
        rest: 'https://ucp.dev/2026-08-25/specification/shopping/catalog/rest/',
        mcp: 'https://ucp.dev/2026-08-25/specification/shopping/catalog/mcp/',
      },
      'https://ucp.dev/2026-08-25/specification/shopping/checkout/',
    ],
    [
      '2026-04-08',
      {
        overview: 'https://ucp.dev/2026-04-08/specification/overview/',
        catalog: 'https://ucp.dev/2026-04-08/specification/catalog/',
        search: 'https://ucp.dev/2026-04-08/specification/catalog/search/',
        lookup: 'https://ucp.dev/2026-04-08/specification/catalog/lookup/',
        rest: 'https://ucp.dev/2026-04-08/specification/catalog/rest/',
        mcp: 'https://ucp.dev/2026-04-08/specification/catalog/mcp/',
      },
      'https://ucp.dev/2026-04-08/specification/checkout/',
    ],
  ] as const)('%s: pages where the release publishes them', (version, pages, checkout) => {
    expect(ucpSpec(version)).toEqual(pages);
    expect(serviceSpecUrl(version)).toBe(pages.overview);
    expect(capabilitySpecUrl(version, CATALOG_SEARCH)).toBe(pages.search);
    expect(capabilitySpecUrl(version, CATALOG_LOOKUP)).toBe(pages.lookup);
    expect(capabilitySpecUrl(version, CHECKOUT)).toBe(checkout);
  });

  it.each(UCP_VERSIONS)('%s: schemas and transport definitions at the same paths', (version) => {
    expect(capabilitySchemaUrl(version, CATALOG_SEARCH)).toBe(`https://ucp.dev/${version}/schemas/shopping/catalog_search.json`);
    expect(capabilitySchemaUrl(version, CATALOG_LOOKUP)).toBe(`https://ucp.dev/${version}/schemas/shopping/catalog_lookup.json`);
    expect(serviceSchemaUrl(version, 'rest')).toBe(`https://ucp.dev/${version}/services/shopping/rest.openapi.json`);
    expect(serviceSchemaUrl(version, 'mcp')).toBe(`https://ucp.dev/${version}/services/shopping/mcp.openrpc.json`);
  });

  it('cites the current release by default', () => {
    expect(UCP_SPEC).toEqual(ucpSpec(UCP_CURRENT));
  });
});
