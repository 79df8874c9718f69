import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../channels/registry.js';
import { testConfig } from '../test-support/catalog-fixtures.js';
import { channelCost, HAND_OVER_COST, MAIN_THREAD_COST, planLanes } from './lane-plan.js';

const config = testConfig();
const ids = (plan: ReturnType<typeof planLanes>) => plan.map((lane) => lane.map((c) => c.id));
const load = (plan: ReturnType<typeof planLanes>) =>
  plan.map((lane, i) => lane.reduce((sum, c) => sum + channelCost(c, config), i === 0 ? MAIN_THREAD_COST + (plan.length - 1) * HAND_OVER_COST : 0));

describe('planLanes', () => {
  it('runs everything in the main thread on one thread', () => {
    expect(ids(planLanes(CHANNELS, 1, config))).toEqual([CHANNELS.map((c) => c.id)]);
  });

  it.each([2, 3, 4, 8])('spreads every channel once over %i threads, in registry order within a lane', (threads) => {
    const plan = planLanes(CHANNELS, threads, config);
    expect(plan.length).toBeLessThanOrEqual(threads);
    expect(ids(plan).flat().sort()).toEqual(CHANNELS.map((c) => c.id).sort());
    for (const lane of plan) expect(lane).toEqual(CHANNELS.filter((c) => lane.includes(c)));
    for (const lane of plan.slice(1)) expect(lane.length).toBeGreaterThan(0);
  });

  it('balances the threads: none carries more than the costliest channel above the lightest', () => {
    const costliest = Math.max(...CHANNELS.map((c) => channelCost(c, config)));
    for (const threads of [2, 3, 4]) {
      const loads = load(planLanes(CHANNELS, threads, config));
      expect(Math.max(...loads) - Math.min(...loads), `${threads} threads: ${loads.join(', ')}`).toBeLessThanOrEqual(costliest);
    }
  });

  it('gives the main thread fewer channels as threads are added, since it also reads and resolves', () => {
    const mainChannels = [1, 2, 3, 4].map((threads) => planLanes(CHANNELS, threads, config)[0]!.length);
    expect(mainChannels).toEqual([...mainChannels].sort((a, b) => b - a));
    expect(mainChannels[3]).toBeLessThan(mainChannels[0]!);
  });

  it('is the same plan every time for the same channels, config and threads', () => {
    expect(ids(planLanes(CHANNELS, 3, config))).toEqual(ids(planLanes([...CHANNELS], 3, config)));
  });

  it('starts no worker it has no channel for', () => {
    expect(planLanes(CHANNELS.slice(0, 2), 8, config).length).toBeLessThanOrEqual(3);
  });
});
