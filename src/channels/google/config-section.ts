import type { ConfigSection } from '../channel.js';

/** This channel's section of the config (schemas/config.schema.json is assembled from such fragments). */
export const GOOGLE_CONFIG_SECTION: ConfigSection = {
  path: ['feeds', 'google'],
  schema: {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "title": {
        "description": "The RSS channel title. Defaults to the shop name.",
        "$ref": "#/$defs/Text"
      },
      "description": {
        "$ref": "#/$defs/Text"
      }
    }
  },
};
