import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleConfigSchema } from './config-schema.js';
import { CHANNELS } from './registry.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PUBLISHED = `${ROOT}schemas/config.schema.json`;
const base = JSON.parse(readFileSync(`${ROOT}src/config/config-base.schema.json`, 'utf8')) as Record<string, unknown>;

describe('schemas/config.schema.json', () => {
  it('is its base with every channel’s own section, as the channels declare them', () => {
    const text = `${JSON.stringify(assembleConfigSchema(base, CHANNELS), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMAS) writeFileSync(PUBLISHED, text);
    expect(readFileSync(PUBLISHED, 'utf8')).toBe(text);
  });

  it('places a channel’s section under feeds or at the top, and refuses a place the base does not have', () => {
    const channel = (path: readonly [string] | readonly ['feeds', string], def?: string) => ({ ...CHANNELS[0]!, configSection: { path, schema: { type: 'object' }, ...(def ? { def } : {}) } });
    const assembled = assembleConfigSchema(base, [channel(['feeds', 'x']), channel(['y'], 'Y')]) as { properties: Record<string, unknown>; $defs: Record<string, { properties: Record<string, unknown> }> };
    expect(assembled.$defs.Feeds!.properties.x).toEqual({ type: 'object' });
    expect([assembled.properties.y, assembled.$defs.Y]).toEqual([{ $ref: '#/$defs/Y' }, { type: 'object' }]);
    expect(() => assembleConfigSchema({ properties: {} }, [channel(['feeds', 'x'])])).toThrow(/no object at feeds/);
  });
});
