import type { Channel } from './channel.js';

type Schema = Record<string, unknown> & { properties?: Record<string, unknown>; $defs?: Record<string, unknown> };

/**
 * schemas/config.schema.json from its base (src/config/config-base.schema.json) and the section each channel
 * declares (Channel.configSection), in registry order: a new channel's options are part of its folder, and the
 * published schema, the editor completion and the generated types follow. Pure: the test holds the committed
 * file to its output.
 */
export function assembleConfigSchema(base: Readonly<Schema>, channels: readonly Channel[]): Schema {
  const schema = structuredClone(base) as Schema;
  delete schema.$comment;
  const defs = schema.$defs ?? {};
  for (const channel of channels) {
    const section = channel.configSection;
    if (!section) continue;
    const value = section.def ? { $ref: `#/$defs/${section.def}` } : structuredClone(section.schema);
    if (section.def) defs[section.def] = structuredClone(section.schema);
    if (section.path.length === 1) {
      schema.properties = { ...schema.properties, [section.path[0]]: value };
      continue;
    }
    const parentRef = (schema.properties?.[section.path[0]] as { $ref?: string } | undefined)?.$ref;
    const parent = (parentRef ? defs[parentRef.replace('#/$defs/', '')] : schema.properties?.[section.path[0]]) as Schema | undefined;
    if (!parent?.properties) throw new Error(`The config base has no object at ${section.path[0]} for ${channel.id}'s section.`);
    parent.properties[section.path[1]] = value;
  }
  schema.$defs = defs;
  return schema;
}
