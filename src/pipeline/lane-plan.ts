import type { Channel } from '../channels/channel.js';
import type { ResolvedConfig } from '../model/resolved-config.js';

/**
 * What the main thread does besides its channels, in the unit of Channel.cost (CPU µs per variant, from the
 * same --cpu-prof of the 100k benchmark catalog, bench/README.md): reading, validating and resolving every
 * product (about 150 µs), and handing each batch to every worker (a structured clone, about 20 µs a worker).
 */
export const MAIN_THREAD_COST = 150;
export const HAND_OVER_COST = 20;

/** The channels each thread runs: lane 0 is the main thread, the others are worker threads. */
export type LanePlan = Channel[][];

export function channelCost(channel: Channel, config: ResolvedConfig): number {
  return typeof channel.cost === 'function' ? channel.cost(config) : channel.cost;
}

/**
 * Spreads the channels over `threads` threads so that each carries about the same cost: the costliest channel
 * first, each to the thread with the least so far (the main thread starting with its own work; ties go to the
 * lower lane). The plan depends on the channels, the config and the thread count alone, and within a lane
 * channels keep the registry's order. A worker that would get no channel is not started.
 */
export function planLanes(channels: readonly Channel[], threads: number, config: ResolvedConfig): LanePlan {
  const workers = Math.max(0, Math.min(Math.floor(threads) - 1, channels.length));
  const lanes: Channel[][] = Array.from({ length: workers + 1 }, () => []);
  const load = lanes.map((_, i) => (i === 0 ? MAIN_THREAD_COST + workers * HAND_OVER_COST : 0));
  const order = channels.map((channel, rank) => ({ channel, rank, cost: channelCost(channel, config) })).sort((a, b) => b.cost - a.cost || a.rank - b.rank);
  const placed = new Map<Channel, number>();
  for (const { channel, cost } of order) {
    let lane = 0;
    for (let i = 1; i < load.length; i++) if (load[i]! < load[lane]!) lane = i;
    load[lane]! += cost;
    placed.set(channel, lane);
  }
  for (const channel of channels) lanes[placed.get(channel)!]!.push(channel);
  return lanes.filter((lane, i) => i === 0 || lane.length > 0);
}
