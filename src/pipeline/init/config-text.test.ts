import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../config/load-config.js';
import { Nested, renderObject } from './config-text.js';

describe('renderObject: a config with comments', () => {
  it('writes members with their comments, values by JSON.stringify, and parses back to the values', () => {
    const text = renderObject([
      { key: 'name', value: 'Pots & "Pans"', comment: ['The shop.'] },
      { key: 'nested', value: new Nested([{ key: 'a', value: 1 }, { key: 'b', value: [true, null] }]) },
    ]);
    expect(text).toBe('{\n  // The shop.\n  "name": "Pots & \\"Pans\\"",\n  "nested": {\n    "a": 1,\n    "b": [true,null]\n  }\n}');
    expect(parseConfigText(text, 'x.json')).toEqual({ name: 'Pots & "Pans"', nested: { a: 1, b: [true, null] } });
  });

  it('writes suggestions commented out, first and with a comma, so uncommenting one keeps the file valid', () => {
    const members = [
      { key: 'live', value: 'x' },
      { key: 'brand', value: 'Your brand', suggestion: true, comment: ['Name it.'] },
    ];
    const text = renderObject(members);
    expect(text).toBe('{\n  // Name it.\n  // "brand": "Your brand",\n  "live": "x"\n}');
    expect(parseConfigText(text, 'x.json')).toEqual({ live: 'x' });
    expect(parseConfigText(text.replace('// "brand"', '"brand"'), 'x.json')).toEqual({ brand: 'Your brand', live: 'x' });
    const only = renderObject([{ key: 'brand', value: 'Your brand', suggestion: true }]);
    expect(parseConfigText(only.replace('// "brand"', '"brand"'), 'x.json')).toEqual({ brand: 'Your brand' });
  });
});
