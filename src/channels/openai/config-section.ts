import type { ConfigSection } from '../channel.js';

/** This channel's section of the config (schemas/config.schema.json is assembled from such fragments). */
export const OPENAI_CONFIG_SECTION: ConfigSection = {
  path: ['feeds', 'openai'],
  schema: {
    "description": "OpenAI product feed (ChatGPT shopping, file upload): https://developers.openai.com/commerce/specs/file-upload/products",
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "formats": {
        "description": "Files to write: jsonl (feeds/openai/products.jsonl.gz, always), tsv, csv.",
        "type": "array",
        "items": {
          "enum": [
            "jsonl",
            "tsv",
            "csv"
          ]
        },
        "uniqueItems": true,
        "default": [
          "jsonl"
        ]
      },
      "search": {
        "description": "is_eligible_search: let ChatGPT show the products. Default true.",
        "type": "boolean",
        "default": true
      },
      "checkout": {
        "description": "Ask for is_eligible_checkout. It is written true only where search is on and both the privacy and terms policy URLs exist.",
        "type": "boolean",
        "default": false
      },
      "targetCountries": {
        "description": "target_countries; default: the shop country.",
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/$defs/Country"
        },
        "uniqueItems": true
      },
      "shardSize": {
        "description": "Rows per file; OpenAI accepts at most 500,000 rows per shard.",
        "type": "integer",
        "minimum": 1,
        "maximum": 500000,
        "default": 500000
      }
    }
  },
};
