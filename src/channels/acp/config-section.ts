import type { ConfigSection } from '../channel.js';

/** This channel's section of the config (schemas/config.schema.json is assembled from such fragments). */
export const ACP_CONFIG_SECTION: ConfigSection = {
  path: ['feeds', 'acp'],
  schema: {
    "description": "Agentic Commerce Protocol product feed (2026-04-17).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "feedId": {
        "description": "FeedMetadata.id, the id the agent gave the feed. Default: the shop host and country, e.g. shop.example-US.",
        "$ref": "#/$defs/Text"
      },
      "targetCountry": {
        "description": "FeedMetadata.target_country; default: the shop country.",
        "$ref": "#/$defs/Country"
      }
    }
  },
};
