import { AgentshelfError } from '../model/errors.js';
import type { ResolvedConfig } from '../model/resolved-config.js';
import type { Channel, ChannelContext, ChannelLink } from './channel.js';
import { googleChannel } from './google/index.js';
import { openaiChannel } from './openai/index.js';
import { jsonldChannel } from './jsonld/index.js';
import { acpChannel } from './acp/index.js';
import { ucpChannel } from './ucp/index.js';
import { openapiChannel } from './openapi/index.js';
import { llmsChannel } from './llms/index.js';
import { robotsChannel } from './robots/index.js';
import { microsoftChannel } from './microsoft/index.js';
import { metaChannel } from './meta/index.js';
import { catalogIndexChannel } from './catalog-index/index.js';

/** Every output channel, in the order they run and are reported. Adding a channel is one line here. */
export const CHANNELS: readonly Channel[] = [jsonldChannel, googleChannel, microsoftChannel, metaChannel, openaiChannel, acpChannel, ucpChannel, openapiChannel, catalogIndexChannel, llmsChannel, robotsChannel];

/** A channel's place in the registry: the order outputs, summaries and findings are given in. */
export function channelRank(channel: Channel): number {
  return CHANNELS.indexOf(channel);
}

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

/** The order documents list links in: the complete feeds first, agent APIs last. */
const LINK_KINDS: ReadonlyArray<ChannelLink['kind']> = ['product-feed', 'document', 'overview', 'api'];

/**
 * The links of the channels a run writes, as each declares them (Channel.links): by kind, then in registry
 * order. What ChannelContext.links gives every channel of the run.
 */
export function channelLinks(ids: ReadonlySet<string>, config: ResolvedConfig): ChannelContext['links'] {
  const running = CHANNELS.filter((c) => ids.has(c.id));
  return (run = {}) => {
    const all = running.flatMap((c) => (c.links?.(config, run) ?? []).map((link) => ({ ...link, channel: c.id })));
    return LINK_KINDS.flatMap((kind) => all.filter((l) => l.kind === kind));
  };
}

/** A channel context with the run's links filled in from the registry. */
export function channelContext(context: Omit<ChannelContext, 'links'>): ChannelContext;
export function channelContext(context: Omit<ChannelContext, 'links' | 'diagnostics'>): Omit<ChannelContext, 'diagnostics'>;
export function channelContext(context: Omit<ChannelContext, 'links' | 'diagnostics'> & Partial<Pick<ChannelContext, 'diagnostics'>>): Omit<ChannelContext, 'diagnostics'> {
  return { ...context, links: channelLinks(context.channels, context.config) };
}
