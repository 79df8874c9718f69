import { describe, expect, it } from 'vitest';
import { colors } from './output.js';
import { formatProgress, progressBar } from './progress-bar.js';

const plain = colors(false);

describe('progress bar', () => {
  it('shows variants, rate, share and ETA when the input size is known', () => {
    expect(formatProgress({ productsRead: 100, variantsRead: 250_000, bytesRead: 25, totalBytes: 100 }, 10, plain, 80)).toBe(
      `${'█'.repeat(5)}${'░'.repeat(15)}  25% 250,000 variants · 25,000/s · ETA 0:30`,
    );
  });

  it('shows no bar and no ETA for an input of unknown size (a URL)', () => {
    expect(formatProgress({ productsRead: 1, variantsRead: 3_000, bytesRead: 10, }, 2, plain)).toBe('3,000 variants · 1,500/s');
  });

  it('redraws at most ten times a second and erases itself at the end', () => {
    const written: string[] = [];
    let t = 0;
    const stream = { write: (s: string) => written.push(s), columns: 80 } as unknown as NodeJS.WriteStream;
    const update = progressBar({ stream, c: plain, now: () => t });
    for (t = 0; t < 1000; t += 10) update({ productsRead: t, variantsRead: t, bytesRead: t, totalBytes: 1000 });
    expect(written.length).toBe(10);
    update({ productsRead: 1000, variantsRead: 1000, bytesRead: 1000, done: true });
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });
});
