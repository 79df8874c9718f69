import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChannel, testConfig } from '../../test-support/catalog-fixtures.js';
import { SEARCH_AGENTS, TRAINING_CRAWLERS } from './agents.js';
import { robotsChannel, ROBOTS_PATH } from './index.js';
import { parseRobotsTxt, verdict } from './robots-txt.js';

const ROBOTS = { training: 'disallow', sitemaps: ['https://alder-and-pine.example/sitemap.xml'], disallow: ['/cart', '/checkout', '/account'] };
const config = (robots: Record<string, unknown> = ROBOTS) => testConfig({ robots });
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const SITE = readFileSync(fixture('site-robots.txt'), 'utf8');

async function robots(options: { robots?: Record<string, unknown>; site?: string } = {}) {
  const result = await runChannel(robotsChannel, [], config(options.robots), options.site === undefined ? {} : { robotsTxt: options.site });
  return { ...result, text: result.out.text(ROBOTS_PATH) };
}

function golden(name: string, text: string) {
  if (process.env.UPDATE_GOLDEN) writeFileSync(fixture(name), text);
  expect(text).toBe(readFileSync(fixture(name), 'utf8'));
}

const allowed = (text: string, token: string, path: string) => verdict(parseRobotsTxt(text), token, path).allowed;

describe('robots channel', () => {
  it('writes a complete robots.txt that matches the golden file', async () => {
    const { text, diagnostics, summary } = await robots();
    golden('robots.txt', text);
    expect(diagnostics).toEqual([]);
    expect(summary).toEqual({ items: 1, skipped: 0 });
  });

  it('says to every crawler what the settings ask', async () => {
    const { text } = await robots();
    for (const { token } of SEARCH_AGENTS) {
      expect(allowed(text, token, '/products/jacket'), token).toBe(true);
      expect(allowed(text, token, '/cart'), token).toBe(false);
    }
    for (const { token } of TRAINING_CRAWLERS) expect(allowed(text, token, '/products/jacket'), token).toBe(false);
    expect(allowed(text, 'SomeOtherBot', '/products/jacket')).toBe(true);
    expect(allowed(text, 'SomeOtherBot', '/checkout/step-1')).toBe(false);
    expect(text).toContain('Sitemap: https://alder-and-pine.example/sitemap.xml\n');
  });

  it('closes the whole site when "/" is a disallow path (Allow: / would win the tie)', async () => {
    const { text, diagnostics } = await robots({ robots: { disallow: ['/'] } });
    expect(diagnostics).toEqual([]);
    expect(text).not.toContain('Allow: /\n');
    for (const token of ['OAI-SearchBot', 'GPTBot', 'SomeOtherBot']) expect(allowed(text, token, '/products/x'), token).toBe(false);
  });

  it('cites the vendor documentation of every token', async () => {
    const { text } = await robots();
    for (const agent of [...SEARCH_AGENTS, ...TRAINING_CRAWLERS]) expect(text).toContain(`# ${agent.token}: ${agent.purpose} (${agent.docs})`);
  });

  it('lists the feeds as comments, not as sitemaps', async () => {
    const { text } = await robots();
    const sitemaps = text.split('\n').filter((l) => /^sitemap:/i.test(l));
    expect(sitemaps).toEqual(['Sitemap: https://alder-and-pine.example/sitemap.xml']);
    expect(text).toContain('# Google Merchant Center product feed: https://alder-and-pine.example/feeds/google/products.xml\n');
  });

  it("merges its section into the site's robots.txt, keeping the site's bytes", async () => {
    const { text, diagnostics } = await robots({ site: SITE });
    golden('robots-merged.txt', text);
    expect(text.startsWith(SITE)).toBe(true);
    expect(diagnostics).toEqual([]);
    // The site's * rules still bind the crawlers agentshelf names, and its GPTBot block stays.
    expect(allowed(text, 'OAI-SearchBot', '/admin/users')).toBe(false);
    expect(allowed(text, 'OAI-SearchBot', '/search?q=tent')).toBe(true);
    expect(allowed(text, 'OAI-SearchBot', '/cart')).toBe(false);
    expect(allowed(text, 'GPTBot', '/')).toBe(false);
    expect(allowed(text, 'SomeOtherBot', '/admin/')).toBe(false);
    expect(allowed(text, 'SomeOtherBot', '/account')).toBe(false);
  });

  it('gives the same file when merging into its own output (idempotent)', async () => {
    const first = await robots({ site: SITE });
    const second = await robots({ site: first.text });
    expect(second.text).toBe(first.text);
    const third = await robots({ site: second.text, robots: { ...ROBOTS, training: 'allow' } });
    expect(third.text.startsWith(SITE)).toBe(true);
    expect((await robots({ site: third.text })).text).toBe(first.text);
  });

  it.each([
    ['a site group that allows a training crawler the settings disallow', 'User-agent: GPTBot\nAllow: /\n', ROBOTS, 'GPTBot'],
    ['a site group that blocks a search agent the settings allow', 'User-agent: googlebot\nDisallow: /\n', ROBOTS, 'Googlebot'],
    ["a site * group that allows a path the settings disallow", 'User-agent: *\nAllow: /cart\n', ROBOTS, '*'],
  ])('reports %s, and does not override it', async (_, site, settings, token) => {
    const { text, diagnostics } = await robots({ site, robots: settings });
    expect(text.startsWith(site)).toBe(true);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['robots/existing-group-conflict']);
    expect(diagnostics[0]).toMatchObject({ channel: 'robots', actual: { userAgent: token } });
  });

  it("reports that its groups lift the site's block for the crawlers the settings allow", async () => {
    const { text, diagnostics } = await robots({ site: 'User-agent: *\nDisallow: /\n' });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['robots/star-group-overridden']);
    expect(diagnostics[0]!.actual).toEqual(SEARCH_AGENTS.map((a) => a.token));
    expect(allowed(text, 'OAI-SearchBot', '/products/x')).toBe(true);
    expect(allowed(text, 'SomeOtherBot', '/products/x')).toBe(false);
  });

  it.each([
    ['user-agent lines without rules just before it', 'User-agent: *\nDisallow: /x\n\nUser-agent: FooBot\r\n', 'FooBot'],
    ['rules without a user-agent line just after it', '# BEGIN agentshelf\n# END agentshelf\nDisallow: /foo\n', '*'],
  ])("reports a site group running across the section: %s", async (_, site, agent) => {
    const { diagnostics } = await robots({ site });
    expect(diagnostics.filter((d) => d.ruleId === 'robots/group-crosses-section').map((d) => (d.actual as { userAgents: string[] }).userAgents)).toEqual([expect.arrayContaining([agent])]);
  });

  it('writes the site file unchanged, with an error, when its markers are broken', async () => {
    const site = 'User-agent: *\nDisallow: /x\n# BEGIN agentshelf\nUser-agent: GPTBot\n';
    const { text, diagnostics } = await robots({ site });
    expect(text).toBe(site);
    expect(diagnostics).toMatchObject([{ ruleId: 'robots/section-markers', severity: 'error', actual: [3] }]);
  });

  it('percent-encodes values robots.txt cannot carry', async () => {
    const { text, diagnostics } = await robots({ robots: { disallow: ['/search results', '/naïve#top'], sitemaps: ['https://alder-and-pine.example/sitemap.xml#main'] } });
    expect(text).toContain('Disallow: /search%20results\n');
    expect(text).toContain('Disallow: /na%C3%AFve%23top\n');
    expect(text).toContain('Sitemap: https://alder-and-pine.example/sitemap.xml\n');
    expect(diagnostics.map((d) => [d.ruleId, d.pointer])).toEqual([
      ['robots/value-encoded', '/robots/disallow/0'],
      ['robots/value-encoded', '/robots/disallow/1'],
      ['robots/value-encoded', '/robots/sitemaps/0'],
    ]);
  });

  it('warns when search agents are disallowed, and disallows them', async () => {
    const { text, diagnostics } = await robots({ robots: { searchAgents: 'disallow' } });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['robots/search-agents-disallowed']);
    expect(allowed(text, 'Googlebot', '/')).toBe(false);
    expect(allowed(text, 'GPTBot', '/')).toBe(true);
  });

  it('warns when the merged file is over the 500 KiB crawlers must read', async () => {
    const site = `${'# padding line of a very long robots.txt\n'.repeat(13_000)}User-agent: *\nDisallow: /x\n`;
    const { diagnostics } = await robots({ site });
    expect(diagnostics.map((d) => d.ruleId)).toContain('robots/too-large');
  });
});
