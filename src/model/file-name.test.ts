import { describe, expect, it } from 'vitest';
import { productFileName } from './file-name.js';

describe('productFileName', () => {
  it.each([
    ['ap-summit-down-jacket', 'ap-summit-down-jacket'],
    ['AP_SDJ.2026', 'AP_SDJ.2026'],
    ['12345', '12345'],
  ])('keeps the safe id %s', (id, expected) => {
    expect(productFileName(id)).toBe(expected);
  });

  it.each(['../../etc/passwd', '/abs/path', 'a/b', 'a\\b', '..', '.hidden', 'trailing.', 'with space', 'ünïcödé', 'x'.repeat(101), '', 'CON'])(
    'makes %j safe: no separators, no leading dot, bounded length',
    (id) => {
      const name = productFileName(id);
      expect(name).not.toMatch(/[/\\]/);
      expect(name.startsWith('.')).toBe(false);
      expect(name.length).toBeLessThanOrEqual(100);
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._~-]*$/);
    },
  );

  it('never maps two ids to one name', () => {
    const ids = ['a b', 'a-b', 'a/b', 'a_b', 'a  b', '../a b', 'a b '];
    expect(new Set(ids.map(productFileName)).size).toBe(ids.length);
  });

  it.each(['site', 'SITE', 'index'])('gives the reserved name %s a hash', (id) => {
    expect(productFileName(id)).toMatch(new RegExp(`^${id}~[0-9a-f]{12}$`));
  });

  it('is stable', () => {
    expect(productFileName('../../etc/passwd')).toBe(productFileName('../../etc/passwd'));
    expect(productFileName('../../etc/passwd')).toMatch(/^etc-passwd~[0-9a-f]{12}$/);
  });
});
