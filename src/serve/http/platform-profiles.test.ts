import { describe, expect, it } from 'vitest';
import { isLoopback, PlatformProfiles, type FetchedProfile } from './platform-profiles.js';
import { profileUrlOf } from './ucp-agent.js';

const PROFILE = JSON.stringify({ ucp: { version: '2026-08-25', capabilities: { 'dev.ucp.shopping.catalog.search': [{ version: '2026-08-25' }] } } });

function profiles(answer: FetchedProfile | Error, options: { allowLoopback?: boolean } = {}) {
  let clock = 0;
  const fetched: string[] = [];
  const store = new PlatformProfiles({
    fetch: async (url) => {
      fetched.push(url);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    now: () => clock,
    ...options,
  });
  return { store, fetched, advance: (ms: number) => (clock += ms) };
}

describe('PlatformProfiles', () => {
  it.each<[string, string, FetchedProfile | Error, { allowLoopback?: boolean }, string]>([
    ['an http URL', 'http://agent.example/.well-known/ucp', { status: 200, body: PROFILE }, {}, 'invalid_profile_url'],
    ['a loopback URL on a public server', 'https://127.0.0.1/.well-known/ucp', { status: 200, body: PROFILE }, {}, 'invalid_profile_url'],
    ['not a URL', 'agent.example/ucp', { status: 200, body: PROFILE }, {}, 'invalid_profile_url'],
    ['a redirect', 'https://agent.example/.well-known/ucp', { status: 301, body: '' }, {}, 'profile_unreachable'],
    ['a 404', 'https://agent.example/.well-known/ucp', { status: 404, body: '' }, {}, 'profile_unreachable'],
    ['a network failure', 'https://agent.example/.well-known/ucp', new Error('ECONNREFUSED'), {}, 'profile_unreachable'],
    ['a body without ucp.version', 'https://agent.example/.well-known/ucp', { status: 200, body: '{"ucp":{}}' }, {}, 'profile_malformed'],
    ['a draft version', 'https://agent.example/.well-known/ucp', { status: 200, body: '{"ucp":{"version":"draft"}}' }, {}, 'profile_malformed'],
  ])('refuses %s', async (_, url, answer, options, code) => {
    expect(await profiles(answer, options).store.resolve(url)).toMatchObject({ ok: false, code });
  });

  it('reads the version and capabilities, over http on loopback only when allowed', async () => {
    const { store } = profiles({ status: 200, body: PROFILE }, { allowLoopback: true });
    const result = await store.resolve('http://127.0.0.1:9/.well-known/ucp');
    expect(result.ok && result.profile.version).toBe('2026-08-25');
    expect(result.ok && [...result.profile.capabilities]).toEqual([['dev.ucp.shopping.catalog.search', ['2026-08-25']]]);
  });

  it('caches a profile for at least 60 seconds, whatever Cache-Control says, and longer when it says so', async () => {
    const short = profiles({ status: 200, body: PROFILE, cacheControl: 'max-age=5' });
    await short.store.resolve('https://agent.example/p');
    short.advance(59_000);
    await short.store.resolve('https://agent.example/p');
    expect(short.fetched).toHaveLength(1);
    short.advance(2_000);
    await short.store.resolve('https://agent.example/p');
    expect(short.fetched).toHaveLength(2);
    const long = profiles({ status: 200, body: PROFILE, cacheControl: 'public, max-age=600' });
    await long.store.resolve('https://agent.example/p');
    long.advance(599_000);
    await long.store.resolve('https://agent.example/p');
    expect(long.fetched).toHaveLength(1);
  });

  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['[::1]', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['shop.example', false],
  ])('isLoopback(%s) is %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});

describe('profileUrlOf (UCP-Agent, an RFC 8941 dictionary)', () => {
  it.each<[string | null, string | undefined]>([
    ['profile="https://agent.example/.well-known/ucp"', 'https://agent.example/.well-known/ucp'],
    ['other=1, profile="https://a.example/u"', 'https://a.example/u'],
    ['profile="https://a.example/u";v=2', 'https://a.example/u'],
    ['profile="https://a.example/say\\"hi\\""', 'https://a.example/say"hi"'],
    ['profile=https://a.example/u', undefined],
    ['other="profile=x"', undefined],
    [null, undefined],
  ])('%s', (header, url) => {
    expect(profileUrlOf(header)).toBe(url);
  });
});
