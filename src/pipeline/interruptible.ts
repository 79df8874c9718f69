import { AgentshelfError } from '../model/errors.js';

/** The error a run stops with when its signal fires. */
export function interrupted(signal: AbortSignal): AgentshelfError {
  const reason = signal.reason instanceof Error ? signal.reason.message : typeof signal.reason === 'string' ? signal.reason : 'interrupted';
  return new AgentshelfError('E_INTERRUPTED', `The run was stopped (${reason}).`);
}

/**
 * An async iterable that stops with E_INTERRUPTED as soon as the signal fires, even while the source waits
 * (for a slow storefront API, say): the wait is abandoned rather than awaited.
 */
export async function* interruptible<T>(source: AsyncIterable<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  if (!signal) {
    yield* source;
    return;
  }
  const iterator = source[Symbol.asyncIterator]();
  let stop: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    stop = () => reject(interrupted(signal));
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
  stopped.catch(() => undefined);
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), stopped]);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    signal.removeEventListener('abort', stop!);
    // Let the source close its files and connections, without waiting on a read that may never end.
    void iterator.return?.()?.catch(() => undefined);
  }
}
