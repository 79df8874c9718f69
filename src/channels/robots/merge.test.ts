import { describe, expect, it } from 'vitest';
import { locateSection, mergeSection, outsideSection } from './merge.js';

const SECTION = '# BEGIN agentshelf\nUser-agent: GPTBot\nDisallow: /\n# END agentshelf\n';

function merge(existing: string, section = SECTION): string {
  const location = locateSection(existing);
  if (location.kind === 'broken') throw new Error(location.problem);
  return mergeSection(existing, section, location);
}

describe("agentshelf's section in a site's robots.txt", () => {
  it.each([
    ['an empty file', '', SECTION],
    ['a file ending with a line break', 'User-agent: *\nDisallow: /x\n', `User-agent: *\nDisallow: /x\n\n${SECTION}`],
    ['a file without a final line break', 'User-agent: *\nDisallow: /x', `User-agent: *\nDisallow: /x\n\n${SECTION}`],
    ['a file ending with a blank line', 'User-agent: *\nDisallow: /x\n\n', `User-agent: *\nDisallow: /x\n\n${SECTION}`],
    ['a CRLF file', 'User-agent: *\r\nDisallow: /x\r\n', `User-agent: *\r\nDisallow: /x\r\n\r\n${SECTION.replace(/\n/g, '\r\n')}`],
    ['a file with a byte order mark', '\uFEFFUser-agent: *\n', `\uFEFFUser-agent: *\n\n${SECTION}`],
  ])('appends the section to %s', (_, existing, expected) => {
    expect(merge(existing)).toBe(expected);
  });

  it('replaces the section in place and keeps every other byte', () => {
    const before = 'User-agent: *  \nDisallow: /x\t\n\n# BEGIN agentshelf old\nUser-agent: Old\nDisallow: /\n# END agentshelf\n\n# the site\'s own tail\nSitemap: https://s.example/a.xml';
    const merged = merge(before);
    expect(merged).toBe(`User-agent: *  \nDisallow: /x\t\n\n${SECTION}\n# the site's own tail\nSitemap: https://s.example/a.xml`);
    expect(outsideSection(merged, locateSection(merged))).toBe(outsideSection(before, locateSection(before)));
  });

  it.each(['', 'User-agent: *\nDisallow: /x', 'a\r\nb\r\n', '\uFEFFUser-agent: *\n\n\n', 'x\n# BEGIN agentshelf\nold\n# END agentshelf\ny\n'])('is idempotent: merging twice gives the same file (%j)', (existing) => {
    const once = merge(existing);
    expect(merge(once)).toBe(once);
  });

  it.each([
    ['a BEGIN without an END', 'a\n# BEGIN agentshelf\nb\n', [2]],
    ['an END without a BEGIN', 'a\n# END agentshelf\n', [2]],
    ['two sections', '# BEGIN agentshelf\n# END agentshelf\n# BEGIN agentshelf\n# END agentshelf\n', [1, 2, 3, 4]],
    ['an END before the BEGIN', '# END agentshelf\n# BEGIN agentshelf\n', [1, 2]],
  ])('refuses %s', (_, text, lines) => {
    expect(locateSection(text)).toMatchObject({ kind: 'broken', lines });
  });
});
