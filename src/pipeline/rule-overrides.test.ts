import { describe, expect, it } from 'vitest';
import { checkRuleOverrides } from './rule-overrides.js';

describe('checkRuleOverrides: the config’s "rules"', () => {
  it.each([
    ['a warning turned off', { 'gtin/check-digit': 'off' }, [['gtin/check-digit', 'off']]],
    ['an info raised to warning', { 'identifier/none': 'warning' }, [['identifier/none', 'warning']]],
    ['a catalog warning raised to error', { 'gtin/check-digit': 'error' }, [['gtin/check-digit', 'error']]],
    ['a channel warning lowered to info', { 'google/apparel-attributes': 'info' }, [['google/apparel-attributes', 'info']]],
    ['an error kept an error', { 'availability/missing': 'error' }, [['availability/missing', 'error']]],
  ] as const)('accepts %s', (_name, rules, expected) => {
    expect([...checkRuleOverrides(rules)]).toEqual(expected);
  });

  it.each([
    ['an unknown id, with the closest one', { 'gtin/checkdigit': 'off' }, /\/rules\/gtin\/checkdigit: no rule has this id\. Did you mean "gtin\/check-digit"\?/],
    ['an error lowered', { 'availability/missing': 'warning' }, /\/rules\/availability\/missing: an error of this rule leaves the item out/],
    ['an error turned off', { 'google/image-missing': 'off' }, /\/rules\/google\/image-missing: an error of this rule leaves the item out/],
    ['a channel rule raised to error', { 'google/apparel-attributes': 'error' }, /only catalog rules can be raised to error/],
  ] as const)('refuses %s, naming the key and the reason', (_name, rules, message) => {
    expect(() => checkRuleOverrides(rules, 'shop.config.json')).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID', message: expect.stringMatching(message) }));
  });
});
