import { AgentshelfError } from '../model/errors.js';
import type { Channel } from './channel.js';
import { googleChannel } from './google/index.js';
import { openaiChannel } from './openai/index.js';
import { jsonldChannel } from './jsonld/index.js';
import { acpChannel } from './acp/index.js';
import { ucpChannel } from './ucp/index.js';
import { openapiChannel } from './openapi/index.js';
import { llmsChannel } from './llms/index.js';
import { robotsChannel } from './robots/index.js';

/** Every output channel, in the order they run and are reported. Adding a channel is one line here. */
export const CHANNELS: readonly Channel[] = [jsonldChannel, googleChannel, openaiChannel, acpChannel, ucpChannel, openapiChannel, llmsChannel, robotsChannel];

export function channelIds(): string[] {
  return CHANNELS.map((c) => c.id);
}

/** Picks channels by id, keeping registry order; an unknown id is a usage error. */
export function selectChannels(ids?: readonly string[]): Channel[] {
  if (!ids || ids.length === 0) return [...CHANNELS];
  const unknown = ids.filter((id) => !CHANNELS.some((c) => c.id === id));
  if (unknown.length > 0) {
    throw new AgentshelfError('E_CHANNEL_UNKNOWN', `Unknown channel ${unknown.map((u) => `"${u}"`).join(', ')}. Channels: ${channelIds().join(', ')}.`);
  }
  return CHANNELS.filter((c) => ids.includes(c.id));
}
