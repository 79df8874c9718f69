import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config.js';

const BASE = { shop: { name: 'Camp', url: 'https://camp.example/', currency: 'USD', country: 'US', language: 'en' }, inputs: ['catalog.json'] };

describe('config errors a merchant can act on', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown key, with the closest known one', { shiping: [] }, 'the config has an unknown key "shiping": did you mean "shipping"?'],
    ['an unknown key deeper in', { feeds: { opnai: {} } }, '/feeds has an unknown key "opnai": did you mean "openai"?'],
    ['an enum, with its allowed values', { defaults: { condition: 'mint' } }, '/defaults/condition is "mint", which is not one of the allowed values: "new", "refurbished", "used"'],
    ['a wrong type, with the type expected and the type found', { shop: { ...BASE.shop, currency: 5 } }, '/shop/currency must be a string, not a number'],
    ['a missing required key', { shop: { name: 'Camp', url: 'https://camp.example/', country: 'US', language: 'en' } }, '/shop is missing the required key "currency"'],
  ])('%s', (_, change, line) => {
    expect(() => parseConfig({ ...BASE, ...change }, { baseDir: '/tmp' })).toThrow(line);
  });

  it('lists the keys allowed when no known key is close', () => {
    expect(() => parseConfig({ ...BASE, robots: { zzzzzzzz: true } }, { baseDir: '/tmp' })).toThrow(/\/robots has an unknown key "zzzzzzzz"; the keys allowed here are .*training/);
  });
});
