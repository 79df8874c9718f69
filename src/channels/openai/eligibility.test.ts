import { describe, expect, it } from 'vitest';
import { FIXTURE_PRODUCTS, resolveAll, runChannel, testConfig, TEST_CONFIG_INPUT } from '../../test-support/catalog-fixtures.js';
import { OPENAI_FEED_PATH, openaiChannel, type OpenAiRow } from './index.js';

const PRIVACY = TEST_CONFIG_INPUT.policies.privacy;
const TERMS = TEST_CONFIG_INPUT.policies.terms;

describe('is_eligible_search and is_eligible_checkout', () => {
  // search, checkout asked, privacy, terms → search flag, checkout flag, findings (once per run, however many rows)
  it.each([
    [true, false, true, true, true, false, []],
    [true, true, true, true, true, true, []],
    [true, true, false, true, true, false, ['openai/checkout-needs-policies']],
    [true, true, true, false, true, false, ['openai/checkout-needs-policies']],
    [true, true, false, false, true, false, ['openai/checkout-needs-policies']],
    [false, true, true, true, false, false, ['openai/checkout-needs-search']],
    [false, true, false, false, false, false, ['openai/checkout-needs-search', 'openai/checkout-needs-policies']],
    [false, false, true, true, false, false, []],
    [true, false, false, false, true, false, []],
  ] as const)('search %s, checkout asked %s, privacy %s, terms %s → search %s, checkout %s, %j', async (search, checkout, privacy, terms, searchFlag, checkoutFlag, findings) => {
    const policies: Record<string, string> = {};
    if (privacy) policies.privacy = PRIVACY;
    if (terms) policies.terms = TERMS;
    const config = testConfig({ policies, feeds: { openai: { search, checkout } } });
    const { out, diagnostics } = await runChannel(openaiChannel, resolveAll(FIXTURE_PRODUCTS, config).products, config);
    const rows = out.text(OPENAI_FEED_PATH).split('\n').filter(Boolean).map((l) => JSON.parse(l) as OpenAiRow);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.is_eligible_search).toBe(searchFlag);
      expect(row.is_eligible_checkout).toBe(checkoutFlag);
      expect(row.seller_privacy_policy).toBe(privacy ? PRIVACY : undefined);
      expect(row.seller_tos).toBe(terms ? TERMS : undefined);
    }
    expect(diagnostics.map((d) => d.ruleId)).toEqual(findings);
    for (const d of diagnostics) expect(d).toMatchObject({ channel: 'openai', severity: 'warning' });
  });

  it('names the missing policies', async () => {
    const config = testConfig({ policies: {}, feeds: { openai: { checkout: true } } });
    const { diagnostics } = await runChannel(openaiChannel, [], config);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'openai/checkout-needs-policies', expected: ['policies.privacy', 'policies.terms'] });
  });
});
