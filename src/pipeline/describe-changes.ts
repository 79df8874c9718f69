import type { ReadBack } from '../channels/channel.js';
import { CHANNELS } from '../channels/registry.js';
import { CHANGE_EXAMPLES, compareOffers, type ChangeReport } from '../publish/changes.js';
import { readScan, scanHasFiles, scanPath } from '../publish/read-outputs.js';
import type { RunState } from '../publish/run-state.js';
import type { ChannelsRan } from './run-channels.js';

/** Cheapest to read first: one file of lines, one file of items, shards, then a folder of documents. */
const READ_COST: Readonly<Record<ReadBack['kind'], number>> = { lines: 0, items: 1, shards: 2, files: 3 };

/**
 * The variants a build changes against the published folder, as one offer output shows them before and
 * after: the output that published the most items this run (ideally every variant), the cheapest to read
 * among equals.
 */
export async function describeChanges(input: { live: string; staging: string; items: ReadonlyMap<string, number>; now: number; into: ChangeReport }): Promise<void> {
  const readers = CHANNELS.flatMap((c) => (c.readBack ? [{ channel: c.id, readBack: c.readBack, items: input.items.get(c.id) ?? 0 }] : [])).sort(
    (a, b) => b.items - a.items || READ_COST[a.readBack.kind] - READ_COST[b.readBack.kind],
  );
  for (const { channel, readBack } of readers) {
    if (!(await scanHasFiles(readBack, input.live)) || !(await scanHasFiles(readBack, input.staging))) continue;
    await compareOffers({
      previous: () => readScan(readBack, input.live, input.now),
      current: readScan(readBack, input.staging, input.now),
      readFrom: `${channel} (${scanPath(readBack)})`,
      into: input.into,
    });
    return;
  }
}

/** The items left out as invalid this run that the last published run did not leave out. */
export function newlyInvalid(into: ChangeReport, invalid: ChannelsRan['invalid'], previous: RunState | undefined): void {
  if (!previous) return;
  const before = new Set(previous.invalid.ids);
  const fresh = invalid.ids.filter((id) => !before.has(id));
  // When either list was cut at INVALID_IDS_KEPT, the count is a lower bound.
  into.newlyInvalid = fresh.length;
  into.examples.newlyInvalid = fresh.slice(0, CHANGE_EXAMPLES);
}
