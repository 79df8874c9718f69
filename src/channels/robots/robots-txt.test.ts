import { describe, expect, it } from 'vitest';
import { parseRobotsTxt, verdict } from './robots-txt.js';

describe('reading robots.txt as RFC 9309 crawlers do', () => {
  it('groups consecutive user-agent lines and starts a new group after a rule', () => {
    const parsed = parseRobotsTxt('\uFEFFDisallow: /ignored\nUser-agent: a\nuser-agent: B # comment\n\nDisallow: /x\nSitemap: https://s.example/s.xml\nAllow: /x/y\nUser-agent: c\nDisallow:\n');
    expect(parsed.groups).toEqual([
      { agents: ['a', 'B'], line: 2, rules: [{ allow: false, path: '/x', line: 5 }, { allow: true, path: '/x/y', line: 7 }] },
      { agents: ['c'], line: 8, rules: [] },
    ]);
  });

  const file = [
    'User-agent: *',
    'Disallow: /private',
    'Allow: /private/public',
    '',
    'User-agent: ExampleBot',
    'Disallow: /',
    'Allow: /shop$',
    '',
    'User-agent: examplebot',
    'Disallow: /*.pdf$',
    '',
    'User-agent: TieBot',
    'Disallow: /same',
    'Allow: /same',
  ].join('\r\n');

  it.each([
    ['OtherBot', '/', true, 'no group of its own: the * group, where nothing matches'],
    ['OtherBot', '/private/x', false, 'the * group'],
    ['OtherBot', '/private/public/x', true, 'the longer allow wins'],
    ['ExampleBot', '/private/public', false, 'its own group, not *'],
    ['ExampleBot', '/shop', true, '$ anchors the end'],
    ['ExampleBot', '/shop/x', false, '$ anchors the end'],
    ['EXAMPLEBOT', '/guide.pdf', false, 'case-insensitive token; groups for the same agent combine; * wildcard'],
    ['TieBot', '/same', true, 'allow wins a tie'],
    ['ExampleBot', '/robots.txt', true, '/robots.txt is always allowed'],
  ])('%s %s → allowed %s (%s)', (token, path, allowed) => {
    expect(verdict(parseRobotsTxt(file), token, path).allowed).toBe(allowed);
  });

  it('says which line decided', () => {
    expect(verdict(parseRobotsTxt(file), 'OtherBot', '/private/x').rule).toEqual({ allow: false, path: '/private', line: 2 });
  });
});
