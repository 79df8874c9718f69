import type { ConfigSection } from '../channel.js';

/** This channel's section of the config (schemas/config.schema.json is assembled from such fragments). */
export const LLMS_CONFIG_SECTION: ConfigSection = {
  path: ['llms'],
  def: 'Llms',
  schema: {
    "description": "llms.txt (https://llmstxt.org), llms-full.txt and one Markdown page per product.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "summary": {
        "description": "The blockquote under the title; default: the shop description.",
        "$ref": "#/$defs/Text"
      },
      "maxProducts": {
        "description": "How many products llms.txt lists by name (the rest are reached through the category pages and feeds).",
        "type": "integer",
        "minimum": 0,
        "default": 100
      },
      "maxBytes": {
        "description": "Size cap of llms.txt.",
        "type": "integer",
        "minimum": 1024,
        "default": 100000
      },
      "fullMaxBytes": {
        "description": "Size cap of llms-full.txt; products beyond it are left out and counted.",
        "type": "integer",
        "minimum": 1024,
        "default": 5000000
      },
      "productPages": {
        "description": "Write products/<product>.md for every product.",
        "type": "boolean",
        "default": true
      }
    }
  },
};
