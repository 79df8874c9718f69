import type { ConfigSection } from '../channel.js';

/** This channel's section of the config (schemas/config.schema.json is assembled from such fragments). */
export const ROBOTS_CONFIG_SECTION: ConfigSection = {
  path: ['robots'],
  def: 'Robots',
  schema: {
    "description": "robots.txt policy for AI crawlers.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "searchAgents": {
        "description": "Search and shopping agents (OAI-SearchBot, ChatGPT-User, PerplexityBot, Perplexity-User, Claude-SearchBot, Claude-User, Googlebot, Bingbot). Default allow.",
        "enum": [
          "allow",
          "disallow"
        ],
        "default": "allow"
      },
      "training": {
        "description": "Training crawlers (GPTBot, ClaudeBot, Google-Extended, CCBot, Applebot-Extended, Meta-ExternalAgent): the shop's choice. Default allow.",
        "enum": [
          "allow",
          "disallow"
        ],
        "default": "allow"
      },
      "sitemaps": {
        "description": "Sitemap URLs to list.",
        "type": "array",
        "items": {
          "$ref": "#/$defs/HttpUrl"
        }
      },
      "disallow": {
        "description": "Paths no crawler may fetch, e.g. /cart, /checkout, /account.",
        "type": "array",
        "items": {
          "type": "string",
          "pattern": "^/"
        }
      },
      "mergeWith": {
        "description": "The site's existing robots.txt (a path relative to this file): agentshelf writes its section into it and leaves the rest unchanged.",
        "type": "string",
        "minLength": 1
      }
    }
  },
};
