import type { Progress } from '../pipeline/options.js';
import type { Colors } from './output.js';

/**
 * A one-line progress bar for long runs on a terminal: variants read, variants per second and, when the
 * input size is known, the share done and an ETA. It redraws at most ten times a second and erases itself
 * at the end, so the summary that follows starts on a clean line. Off the terminal it draws nothing.
 */
export function progressBar(options: { stream: NodeJS.WriteStream; c: Colors; now?: () => number }): (progress: Progress) => void {
  const { stream, c } = options;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return (progress) => {
    const t = now();
    if (progress.done) {
      if (drawn) stream.write('\r\x1b[2K');
      return;
    }
    if (t - lastDraw < 100) return;
    lastDraw = t;
    drawn = true;
    stream.write(`\r\x1b[2K${formatProgress(progress, (t - started) / 1000, c, stream.columns ?? 80)}`);
  };
}

export function formatProgress(progress: Progress, seconds: number, c: Colors, columns = 80): string {
  const rate = seconds > 0 ? progress.variantsRead / seconds : 0;
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const parts = [`${n(progress.variantsRead)} variants`, `${n(rate)}/s`];
  let bar = '';
  if (progress.totalBytes) {
    const share = Math.min(1, progress.bytesRead / progress.totalBytes);
    const width = Math.max(10, Math.min(30, columns - 60));
    const filled = Math.round(share * width);
    bar = `${c.cyan('█'.repeat(filled))}${c.dim('░'.repeat(width - filled))} ${String(Math.floor(share * 100)).padStart(3)}% `;
    if (share > 0.01) parts.push(`ETA ${clock((seconds / share) * (1 - share))}`);
  }
  return `${bar}${parts.join(' · ')}`;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}
